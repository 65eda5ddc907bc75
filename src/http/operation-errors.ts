import { createHash } from 'node:crypto';
import { STATUS_CODES } from 'node:http';
import { errorCatalog, type ErrorCode } from '../errors/catalog.js';
import { errorAboutLink, jsonApiMediaType } from './json-api.js';

declare module 'fastify' {
  interface FastifyContextConfig {
    /**
     * The catalog codes this route raises itself (not found, conflicts, refusals), beyond those every
     * route of its kind may answer (see `commonErrors`). The OpenAPI document lists them per status, and
     * the test harness fails any answer whose code the document does not list for its operation.
     */
    errors?: readonly ErrorCode[];
  }
}

type Parameter = { in?: string; name?: string };
type Response = { description?: string; headers?: Record<string, unknown>; content?: Record<string, unknown> };
export type DocumentOperation = {
  operationId?: string;
  parameters?: Parameter[];
  requestBody?: unknown;
  security?: unknown[];
  responses?: Record<string, Response>;
};

/** What any route answers, whatever it does: a request it cannot read, an answer it cannot give, a database that cannot serve it. */
const everyRoute: ErrorCode[] = [
  'malformed_request',
  'invalid_query_parameter',
  'not_acceptable',
  'request_timeout',
  'internal_error',
  'database_busy',
  'database_unavailable',
];
const authenticated: ErrorCode[] = ['credentials_required', 'credentials_invalid', 'credentials_revoked', 'rate_limited'];
const withBody: ErrorCode[] = [
  'malformed_json',
  'payload_too_large',
  'unsupported_media_type',
  'validation_failed',
  'unknown_member',
  'read_only_member',
];
const idempotent: ErrorCode[] = ['invalid_idempotency_key', 'idempotency_key_in_use', 'idempotency_key_reused'];

/** The codes an operation may answer because of what it takes: credentials, a body, path or query parameters, a key. */
export function commonErrors(operation: DocumentOperation): ErrorCode[] {
  const parameters = operation.parameters ?? [];
  return [
    ...everyRoute,
    ...(operation.security?.length === 0 ? [] : authenticated),
    ...(operation.requestBody ? withBody : []),
    ...(parameters.some((parameter) => parameter.in === 'path') ? (['invalid_path_parameter'] as ErrorCode[]) : []),
    ...(parameters.some((parameter) => parameter.name === 'page[after]') ? (['invalid_cursor'] as ErrorCode[]) : []),
    ...(parameters.some((parameter) => parameter.name === 'Idempotency-Key') ? idempotent : []),
  ];
}

/** A response header as the document declares it. */
export const header = (description: string, required = false, schema: object = { type: 'string' }) => ({ description, required, schema });
/** `X-Request-Id`, on every answer. */
export const requestIdHeader = header('The request id, also in error objects: quote it when asking for help.', true);
const retryAfter = (when: string) => header(`Seconds to wait before ${when}.`, true, { type: 'string', pattern: '^[0-9]+$' });

/** Headers an error status always carries, beyond X-Request-Id. */
const statusHeaders: Record<number, Record<string, unknown>> = {
  401: { 'WWW-Authenticate': header('`Basic realm="linkcy"`: the scheme to authenticate with.', true) },
  429: { 'Retry-After': retryAfter('the rate limit lets the request through') },
  503: { 'Retry-After': retryAfter('retrying') },
};

/** An error document as the API answers it, for the document's examples. */
export function errorExample(code: ErrorCode) {
  const definition = errorCatalog[code];
  return {
    errors: [
      {
        id: 'req-7f3c2a9e',
        status: String(definition.status),
        code,
        title: definition.title,
        detail: definition.description,
        links: { about: errorAboutLink(code) },
      },
    ],
  };
}

const pascal = (text: string) => text.replace(/(^|[_ -])(\w)/g, (_whole, _separator, letter: string) => letter.toUpperCase());

/**
 * The name of the shared response for one status and set of codes: the code itself when alone
 * (`CardNotFound`), else the status phrase and a digest of the set (`BadRequest_1a2b3c`), so the name
 * only changes when the set does.
 */
function responseName(status: number, codes: ErrorCode[]): string {
  if (codes.length === 1) return pascal(codes[0]!);
  const digest = createHash('sha256').update(codes.join(',')).digest('hex').slice(0, 6);
  return `${pascal((STATUS_CODES[status] ?? String(status)).replace(/[^A-Za-z ]/g, ''))}_${digest}`;
}

type ErrorDocumentTarget = { paths?: unknown; components?: { responses?: Record<string, unknown>; schemas?: Record<string, unknown> } };

/**
 * The error document with `status` and `code` narrowed to one status's codes. A copy rather than an
 * `allOf` over the named schema: validators read an `allOf` of two object schemas inconsistently
 * (Redocly reports every member of the example as unevaluated).
 */
function narrowed(errorDocument: unknown, status: number, codes: ErrorCode[]): unknown {
  const copy = structuredClone(errorDocument) as { properties: { errors: { items: { properties: Record<string, Record<string, unknown>> } } } };
  const members = copy.properties.errors.items.properties;
  members.status = { ...members.status, enum: [String(status)] };
  members.code = { ...members.code, enum: codes };
  return copy;
}

/**
 * Replaces the `4XX`/`5XX` wildcards of every operation with the statuses it really answers, each with
 * the catalog codes it may carry as an enum (what the route declares in `config.errors` and what every
 * route of its kind may answer), the headers the status carries and an example. Operations answering
 * the same codes for a status share one response in `components.responses`.
 */
export function declareErrors(document: ErrorDocumentTarget, operations: Iterable<DocumentOperation>, declared: Map<string, readonly ErrorCode[]>) {
  const shared = ((document.components ??= {}).responses ??= {});
  const errorDocument = document.components.schemas?.ErrorDocument;
  if (!errorDocument) throw new Error('ErrorDocument is not among the named schemas');
  for (const operation of operations) {
    const responses = (operation.responses ??= {});
    delete responses['4XX'];
    delete responses['5XX'];
    const codes = new Set([...commonErrors(operation), ...(declared.get(operation.operationId ?? '') ?? [])]);
    const byStatus = new Map<number, ErrorCode[]>();
    for (const code of [...codes].sort()) {
      const status = errorCatalog[code].status;
      byStatus.set(status, [...(byStatus.get(status) ?? []), code]);
    }
    for (const [status, list] of [...byStatus].sort(([a], [b]) => a - b)) {
      const name = responseName(status, list);
      shared[name] ??= {
        description: list.map((code) => `\`${code}\`: ${errorCatalog[code].title}.`).join(' '),
        headers: { 'X-Request-Id': requestIdHeader, ...statusHeaders[status] },
        content: {
          [jsonApiMediaType]: {
            schema: narrowed(errorDocument, status, list),
            example: errorExample(list[0]!),
          },
        },
      };
      responses[String(status)] = { $ref: `#/components/responses/${name}` } as Response;
    }
  }
}
