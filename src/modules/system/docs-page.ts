import { createHash } from 'node:crypto';
/**
 * Renders the API reference served at `/docs` from the OpenAPI document: every operation with a curl
 * and a JavaScript example that run as written once CLIENT_ID and CLIENT_SECRET are replaced.
 */
interface Operation {
  summary?: string;
  description?: string;
  tags?: string[];
  requestBody?: {
    content?: Record<string, { example?: unknown; examples?: Record<string, { value?: unknown }>; schema?: { examples?: unknown[] } }>;
  };
  security?: unknown[];
}

type OpenApiDocument = { info: { title: string; description?: string }; paths: Record<string, Record<string, Operation>> };

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

const inlineCode = (text: string) => escapeHtml(text).replace(/`([^`]+)`/g, '<code>$1</code>');

function exampleBody(operation: Operation): unknown {
  const content = operation.requestBody?.content ?? {};
  // @fastify/swagger lifts a schema's `examples` into the media object (`example` or `examples`).
  for (const media of Object.values(content)) {
    const example = media.example ?? Object.values(media.examples ?? {})[0]?.value ?? media.schema?.examples?.[0];
    if (example !== undefined) return example;
  }
  return undefined;
}

function curlExample(baseUrl: string, method: string, path: string, operation: Operation): string {
  const lines = [`curl -X ${method.toUpperCase()} '${baseUrl}${path}'`];
  if (operation.security?.length !== 0) lines.push(`  -u CLIENT_ID:CLIENT_SECRET`);
  const body = exampleBody(operation);
  if (body !== undefined) {
    lines.push(`  -H 'Content-Type: application/vnd.api+json'`);
    lines.push(`  -d '${JSON.stringify(body)}'`);
  }
  return lines.join(' \\\n');
}

function javascriptExample(baseUrl: string, method: string, path: string, operation: Operation): string {
  const body = exampleBody(operation);
  const headers = [`Accept: "application/vnd.api+json"`];
  if (operation.security?.length !== 0) headers.push('Authorization: "Basic " + btoa("CLIENT_ID:CLIENT_SECRET")');
  if (body !== undefined) headers.push(`"Content-Type": "application/vnd.api+json"`);
  return [
    `const response = await fetch("${baseUrl}${path}", {`,
    `  method: "${method.toUpperCase()}",`,
    `  headers: { ${headers.join(', ')} },`,
    ...(body !== undefined ? [`  body: JSON.stringify(${JSON.stringify(body, null, 2).replace(/\n/g, '\n  ')}),`] : []),
    `});`,
    `console.log(response.status, await response.json());`,
  ].join('\n');
}

/** The page's only style sheet, inline; the CSP allows exactly it, by hash, and nothing else. */
const docsStyles = `
  body{font:15px/1.5 system-ui,sans-serif;margin:0;color:#1c2430;background:#fafbfc}
  header{background:#14213d;color:#fff;padding:1.2rem 2rem} header p{margin:.2rem 0 0;opacity:.85}
  nav{padding:.5rem 2rem;background:#fff;border-bottom:1px solid #e3e7ee} nav ul{margin:0;padding:0;display:flex;gap:1.2rem;list-style:none;flex-wrap:wrap}
  main{max-width:72rem;margin:0 auto;padding:1rem 2rem 4rem}
  .op{background:#fff;border:1px solid #e3e7ee;border-radius:8px;padding:1rem 1.2rem;margin:1rem 0}
  .op h3{margin:0;font-size:1.05rem} .method{display:inline-block;min-width:4.2rem;text-align:center;border-radius:4px;color:#fff;font-size:.8rem;padding:.1rem .4rem}
  .get{background:#2a7ab0}.post{background:#2f9e44}.patch{background:#d9480f}.delete{background:#c92a2a}.put{background:#862e9c}
  .examples{display:grid;grid-template-columns:repeat(auto-fit,minmax(22rem,1fr));gap:.8rem}
  figure{margin:0} figcaption{font-size:.75rem;text-transform:uppercase;color:#5c6b7a}
  pre{background:#0f1724;color:#e6edf3;padding:.8rem;border-radius:6px;overflow-x:auto;font-size:.82rem}
  code{font-family:ui-monospace,Menlo,monospace}
  header a{color:#9cc3ff}
`;

/**
 * The reference page runs no script and loads nothing: its policy allows its own style sheet (by hash)
 * and forbids framing, so it cannot be used for clickjacking or made to run injected markup.
 */
export const docsContentSecurityPolicy = [
  "default-src 'none'",
  `style-src 'sha256-${createHash('sha256').update(docsStyles).digest('base64')}'`,
  "img-src 'self' data:",
  "frame-ancestors 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

export function renderDocsPage(document: OpenApiDocument, baseUrl: string): string {
  const sections = new Map<string, string[]>();
  for (const [path, operations] of Object.entries(document.paths)) {
    for (const [method, operation] of Object.entries(operations)) {
      if (method === 'head' || method === 'parameters') continue;
      const tag = operation.tags?.[0] ?? 'Service';
      const displayPath = path.replace(/\{(\w+)\}/g, ':$1');
      const anchor = `${method}-${displayPath}`.replace(/[^a-zA-Z0-9]+/g, '-');
      const html = `
<section class="op" id="${anchor}">
  <h3><span class="method ${method}">${method.toUpperCase()}</span> <code>${escapeHtml(displayPath)}</code></h3>
  <p class="summary">${inlineCode(operation.summary ?? '')}</p>
  ${operation.description ? `<p>${inlineCode(operation.description)}</p>` : ''}
  <div class="examples">
    <figure><figcaption>shell</figcaption><pre><code>${escapeHtml(curlExample(baseUrl, method, displayPath, operation))}</code></pre></figure>
    <figure><figcaption>javascript</figcaption><pre><code>${escapeHtml(javascriptExample(baseUrl, method, displayPath, operation))}</code></pre></figure>
  </div>
</section>`;
      sections.set(tag, [...(sections.get(tag) ?? []), html]);
    }
  }
  const nav = [...sections.keys()].map((tag) => `<li><a href="#tag-${escapeHtml(tag)}">${escapeHtml(tag)}</a></li>`).join('');
  const body = [...sections.entries()].map(([tag, ops]) => `<h2 id="tag-${escapeHtml(tag)}">${escapeHtml(tag)}</h2>${ops.join('')}`).join('');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(document.info.title)} reference</title>
<style>${docsStyles}</style></head>
<body><header><h1>${escapeHtml(document.info.title)}</h1><p>${inlineCode(document.info.description ?? '')}</p>
<p>Machine-readable: <a href="/openapi.json">/openapi.json</a> · Error codes: see <code>docs/errors.md</code></p></header>
<nav><ul>${nav}</ul></nav><main>${body}</main></body></html>`;
}
