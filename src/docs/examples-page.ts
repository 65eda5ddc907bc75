/**
 * The examples page (`/docs/examples`), from the OpenAPI document: every operation with a curl and a
 * JavaScript example that run as written once CLIENT_ID and CLIENT_SECRET are replaced.
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

export type OpenApiDocument = { info: { title: string; description?: string }; paths: Record<string, Record<string, Operation>> };

export const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

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
  // The credentials as the README sets them: environment variables, never pasted into a command line.
  if (operation.security?.length !== 0) lines.push(`  -u "$CLIENT_ID:$CLIENT_SECRET"`);
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
  if (operation.security?.length !== 0) headers.push('Authorization: "Basic " + btoa(`${process.env.CLIENT_ID}:${process.env.CLIENT_SECRET}`)');
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

/** The page's `<main>`: the operations grouped by tag, with a table of contents. */
export function renderExamplesPage(document: OpenApiDocument, baseUrl: string, clientId?: string): string {
  const sections = new Map<string, string[]>();
  for (const [path, operations] of Object.entries(document.paths)) {
    for (const [method, operation] of Object.entries(operations)) {
      // Methods only: not `parameters`, nor a `$ref` (the seed's trailing-slash forms point at their path).
      if (!['get', 'post', 'put', 'patch', 'delete'].includes(method)) continue;
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
  // A key named by the dashboard's Configuration page: its CLIENT_ID filled in (its secret was shown once, and is nowhere to be read again).
  const setup =
    clientId === undefined
      ? `<p>Every operation, as curl and as JavaScript, reading your credential from <code>$CLIENT_ID</code> and <code>$CLIENT_SECRET</code>. Generate one on the dashboard's Configuration page.</p>`
      : `<p>Every operation, as curl and as JavaScript, for the key <code>${escapeHtml(clientId)}</code>. Set it in your shell first (its secret was shown once, when you generated it):</p>
<pre><code>export CLIENT_ID=${escapeHtml(clientId)} CLIENT_SECRET=lcs_...</code></pre>`;
  return `<main><h2>Examples</h2>${setup}
<ul class="toc">${nav}</ul>${body}</main>`;
}
