import { errorCatalog } from './catalog.js';

/** Renders docs/errors.md from the catalog; a test fails when the committed file differs. */
export function renderErrorDocs(): string {
  const rows = Object.entries(errorCatalog)
    .sort(([a, x], [b, y]) => x.status - y.status || a.localeCompare(b))
    .map(
      ([code, definition]) =>
        `| \`${code}\` | ${definition.status} | ${definition.title} | ${definition.transient ? 'yes' : 'no'} | ${definition.description} |`,
    );
  return [
    '# Error codes',
    '',
    '<!-- Generated from src/errors/catalog.ts by `npm run docs:errors`. Do not edit by hand. -->',
    '',
    'Every error response is a JSON:API error document:',
    '',
    '```json',
    '{"errors": [{"id": "req_...", "status": "422", "code": "validation_failed", "title": "Validation failed",',
    '  "detail": "`email` must be a valid email address.", "source": {"pointer": "/data/attributes/email"}}]}',
    '```',
    '',
    '`id` is the request id, also sent in the `X-Request-Id` header. `code` is stable: branch on it, never on',
    '`title` or `detail`. A code is never renamed or reused. `source` says where the problem is: `pointer` (a',
    'JSON Pointer into the body), `parameter` (a query parameter) or `header`. *Transient* errors may succeed',
    'if the same request is retried later.',
    '',
    '| code | status | title | transient | meaning |',
    '| --- | --- | --- | --- | --- |',
    ...rows,
    '',
  ].join('\n');
}
