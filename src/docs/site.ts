import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { FastifyInstance, FastifyReply } from 'fastify';
import { Marked } from 'marked';
import { errorCatalog } from '../errors/catalog.js';
import { faviconDataUri } from '../http/favicon.js';
import { escapeHtml, renderExamplesPage, type OpenApiDocument } from './examples-page.js';

/**
 * The docs served at /docs: the reference, rendered in the browser by Swagger UI (swagger-ui-dist,
 * served from node_modules: no CDN, works offline) from /openapi.json; the guides (docs/guides/*.md,
 * rendered here); a curl and JavaScript example of every operation; and the error catalog, which every
 * error object links to (`links.about`).
 */

/** The guides, in reading order: file name (docs/guides/<name>.md) and its place in the navigation. */
export const guides = [
  ['authentication', 'Authentication'],
  ['idempotency', 'Idempotency'],
  ['pagination', 'Pagination'],
  ['errors', 'Errors'],
  ['webhooks', 'Webhooks'],
  ['sandbox', 'The sandbox'],
  ['card-programs', 'Card programs'],
  ['verification-of-payee', 'Verification of Payee'],
  ['instant-payments', 'Instant payments'],
  ['going-live', 'Going live'],
] as const;
export type GuideName = (typeof guides)[number][0];

// docs/ and assets/ sit beside src/ and dist/, which mirror each other: the same paths work from both.
const guidesDirectory = new URL('../../docs/guides/', import.meta.url);
const assetsDirectory = new URL('../../assets/docs/', import.meta.url);
const require = createRequire(import.meta.url);
const packageFile = require.resolve('swagger-ui-dist/package.json');
const changelogFile = new URL('../../CHANGELOG.md', import.meta.url);

/** What the docs load, each from one place: Swagger UI's files from its package, ours from assets/docs. */
const assets: Record<string, { file: string | URL; type: string }> = {
  'swagger-ui-bundle.js': { file: packageFile.replace(/package\.json$/, 'swagger-ui-bundle.js'), type: 'text/javascript; charset=utf-8' },
  'swagger-ui.css': { file: packageFile.replace(/package\.json$/, 'swagger-ui.css'), type: 'text/css; charset=utf-8' },
  'reference.js': { file: new URL('reference.js', assetsDirectory), type: 'text/javascript; charset=utf-8' },
  'search.js': { file: new URL('search.js', assetsDirectory), type: 'text/javascript; charset=utf-8' },
  // MiniSearch's browser build (UMD: defines window.MiniSearch), next to the CommonJS entry it resolves to.
  'minisearch.js': { file: path.join(path.dirname(require.resolve('minisearch')), '../umd/index.js'), type: 'text/javascript; charset=utf-8' },
  'docs.css': { file: new URL('docs.css', assetsDirectory), type: 'text/css; charset=utf-8' },
};

/**
 * Scripts and styles from this origin only, no inline script or style: injected markup cannot run.
 * Images may be data: URLs (Swagger UI's icons); the reference fetches /openapi.json (and, with
 * "Try it out", the API) from this origin only. No framing, no forms.
 */
export const docsContentSecurityPolicy = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "frame-ancestors 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

/** Markdown of our own guides; links to a sibling `name.md` (readable on a forge too) become `/docs/guides/name`. */
const markdown = new Marked({ gfm: true });
function renderMarkdown(text: string): string {
  return (markdown.parse(text) as string)
    .replace(/href="([a-z-]+)\.md(#[^"]*)?"/g, 'href="/docs/guides/$1$2"')
    // Sections get an anchor, so that search results and links can point into a page.
    .replace(/<h2>(.*?)<\/h2>/g, (_, inner: string) => `<h2 id="${slug(inner)}">${inner}</h2>`);
}

const slug = (html: string) =>
  html
    .replace(/<[^>]+>/g, '')
    .replace(/&[#a-z0-9]+;/gi, ' ')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

function renderGuide(name: GuideName): { title: string; html: string } {
  const text = fs.readFileSync(new URL(`${name}.md`, guidesDirectory), 'utf8');
  const title = /^# (.+)$/m.exec(text)?.[1] ?? name;
  return { title, html: renderMarkdown(text) };
}

/** What the search box searches: each guide section, each operation of the reference, each error code. */
interface SearchDocument {
  id: string;
  title: string;
  section: string;
  url: string;
  text: string;
}

const plain = (markdownText: string) =>
  markdownText
    .replace(/```[\s\S]*?```/g, ' ')
    .replace(/[`*_#>|[\]()]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

function searchDocuments(document: OpenApiDocument): SearchDocument[] {
  const documents: SearchDocument[] = [];
  for (const [name, label] of guides) {
    const text = fs.readFileSync(new URL(`${name}.md`, guidesDirectory), 'utf8');
    const [intro, ...sections] = text.split(/^## /m);
    documents.push({ id: `guide:${name}`, title: label, section: 'Guide', url: `/docs/guides/${name}`, text: plain(intro!.replace(/^# .+$/m, '')) });
    for (const section of sections) {
      const heading = section.split('\n', 1)[0]!.trim();
      documents.push({
        id: `guide:${name}:${slug(heading)}`,
        title: `${label}: ${heading}`,
        section: 'Guide',
        url: `/docs/guides/${name}#${slug(heading)}`,
        text: plain(section.slice(heading.length)),
      });
    }
  }
  for (const [path, methods] of Object.entries(document.paths ?? {})) {
    for (const [method, operation] of Object.entries(methods as Record<string, { operationId?: string; summary?: string; description?: string; tags?: string[] }>)) {
      if (!operation.operationId) continue;
      // Swagger UI's deep link: the tag with its spaces as %20 (its `_` form is deprecated), then the operation.
      const tag = encodeURIComponent(operation.tags?.[0] ?? 'default');
      documents.push({
        id: `operation:${operation.operationId}`,
        title: `${method.toUpperCase()} ${path}`,
        section: operation.summary ?? 'Reference',
        url: `/docs/reference#/${tag}/${operation.operationId}`,
        text: plain(`${operation.summary ?? ''} ${operation.description ?? ''} ${operation.operationId}`),
      });
    }
  }
  for (const [code, definition] of Object.entries(errorCatalog)) {
    documents.push({ id: `error:${code}`, title: code, section: `Error ${definition.status}`, url: `/docs/errors#${code}`, text: plain(`${definition.title} ${definition.description}`) });
  }
  documents.push({ id: 'changelog', title: 'Changelog', section: 'Compatibility policy', url: '/docs/changelog', text: plain(fs.readFileSync(changelogFile, 'utf8')) });
  return documents;
}

function layout(title: string, current: string, main: string, extraHead = ''): string {
  const links: [string, string][] = [
    ['/docs', 'Reference'],
    ...guides.map(([name, label]): [string, string] => [`/docs/guides/${name}`, label]),
    ['/docs/examples', 'Examples'],
    ['/docs/errors', 'Error codes'],
    ['/docs/changelog', 'Changelog'],
  ];
  const nav = links
    .map(([href, label]) => `<li><a href="${href}"${href === current ? ' aria-current="page"' : ''}>${escapeHtml(label)}</a></li>`)
    .join('');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><link rel="icon" href="${faviconDataUri}">
<title>${escapeHtml(title)} · Linkcy API</title>
<link rel="stylesheet" href="/docs/assets/docs.css"><script src="/docs/assets/minisearch.js" defer></script><script src="/docs/assets/search.js" defer></script>${extraHead}</head>
<body><header class="site"><h1>Linkcy API</h1><p>Banking-as-a-Service: customers, IBAN accounts on a double-entry ledger, cards. Machine-readable: <a href="/openapi.json">/openapi.json</a></p></header>
<nav class="site" aria-label="Docs"><ul>${nav}</ul>
<div class="search" role="search"><label for="docs-search">Search the docs</label><input id="docs-search" type="search" placeholder="Search guides, routes, error codes" autocomplete="off" aria-controls="docs-search-results"><ul id="docs-search-results" aria-live="polite"></ul></div></nav>
${main}</body></html>`;
}

function errorCatalogPage(): string {
  const rows = Object.entries(errorCatalog)
    .map(
      ([code, definition]) =>
        `<tr id="${code}" class="error-code"><td><code>${code}</code></td><td>${definition.status}</td><td>${escapeHtml(definition.title)}</td>` +
        `<td>${escapeHtml(definition.description).replace(/`([^`]+)`/g, '<code>$1</code>')}</td><td>${definition.transient ? 'yes' : 'no'}</td></tr>`,
    )
    .join('\n');
  return layout(
    'Error codes',
    '/docs/errors',
    `<main><h2>Error codes</h2>
<p>Every error object carries one of these codes, and <code>links.about</code> pointing at its row here. Branch on the code, never on the
title or detail; a code is never renamed or reused. <em>Retry</em> says whether the same request may succeed later unchanged. See the
<a href="/docs/guides/errors">errors guide</a>.</p>
<table><thead><tr><th>Code</th><th>Status</th><th>Title</th><th>When, and what to do</th><th>Retry</th></tr></thead>
<tbody>${rows}</tbody></table></main>`,
  );
}

function sendPage(reply: FastifyReply, html: string) {
  return reply
    .type('text/html; charset=utf-8')
    .headers({ 'Content-Security-Policy': docsContentSecurityPolicy, 'X-Frame-Options': 'DENY', 'Referrer-Policy': 'no-referrer' })
    .send(html);
}

/**
 * What the docs serve never changes while the process runs: read and rendered once, on first use and
 * not at start-up (the Swagger UI bundle alone is 1.7 MB), and shared by every app of the process.
 */
let cache:
  | { files: Map<string, { body: Buffer; type: string }>; guidePages: Map<string, { title: string; html: string }>; catalogPage: string; changelogPage: string }
  | undefined;
function served() {
  cache ??= {
    files: new Map(Object.entries(assets).map(([name, asset]) => [name, { body: fs.readFileSync(asset.file), type: asset.type }])),
    guidePages: new Map(guides.map(([name]) => [name as string, renderGuide(name)])),
    catalogPage: errorCatalogPage(),
    changelogPage: layout('Changelog', '/docs/changelog', `<main class="guide">${renderMarkdown(fs.readFileSync(changelogFile, 'utf8'))}</main>`),
  };
  return cache;
}

export function docsRoutes(app: FastifyInstance) {
  const hidden = { schema: { hide: true } };

  // The reference: at /docs, and at /docs/reference where readers look for it.
  const reference = async (_request: unknown, reply: FastifyReply) =>
    sendPage(
      reply,
      layout(
        'Reference',
        '/docs',
        '<main id="reference"><noscript><p>The reference needs JavaScript; read <a href="/openapi.json">/openapi.json</a> or the <a href="/docs/examples">examples</a>.</p></noscript></main>',
        '<link rel="stylesheet" href="/docs/assets/swagger-ui.css"><script src="/docs/assets/swagger-ui-bundle.js" defer></script><script src="/docs/assets/reference.js" defer></script>',
      ),
    );
  app.get('/docs', hidden, reference);
  app.get('/docs/reference', hidden, reference);

  app.get('/docs/changelog', hidden, async (_request, reply) => sendPage(reply, served().changelogPage));

  // The search box's index, built once from the guides, the OpenAPI document and the error catalog.
  let index: string | undefined;
  app.get('/docs/search-index.json', hidden, async (_request, reply) => {
    index ??= JSON.stringify(searchDocuments(app.swagger() as OpenApiDocument));
    return reply.type('application/json; charset=utf-8').header('Cache-Control', 'public, max-age=3600').send(index);
  });

  app.get<{ Params: { file: string } }>('/docs/assets/:file', hidden, async (request, reply) => {
    const file = served().files.get(request.params.file);
    if (!file) return reply.code(404).type('text/plain; charset=utf-8').send('No such file in the docs.');
    return reply.type(file.type).header('Cache-Control', 'public, max-age=3600').send(file.body);
  });

  app.get<{ Params: { guide: string } }>('/docs/guides/:guide', hidden, async (request, reply) => {
    const guide = served().guidePages.get(request.params.guide);
    if (!guide) {
      const known = guides.map(([name, label]) => `<li><a href="/docs/guides/${name}">${escapeHtml(label)}</a></li>`).join('');
      return sendPage(reply.code(404), layout('No such guide', '', `<main class="guide"><h2>No such guide</h2><ul>${known}</ul></main>`));
    }
    return sendPage(reply, layout(guide.title, `/docs/guides/${request.params.guide}`, `<main class="guide">${guide.html}</main>`));
  });

  app.get('/docs/errors', hidden, async (_request, reply) => sendPage(reply, served().catalogPage));

  // The examples name this server's own address, as the request reached it.
  // The examples name this server's own address, as the request reached it, and a key when the
  // dashboard links here for one (`?clientId=cli_...`; anything else is ignored).
  app.get<{ Querystring: { clientId?: string } }>('/docs/examples', hidden, async (request, reply) => {
    const clientId = /^cli_[0-9A-Z]{26}$/.test(request.query.clientId ?? '') ? request.query.clientId : undefined;
    return sendPage(
      reply,
      layout('Examples', '/docs/examples', renderExamplesPage(app.swagger() as OpenApiDocument, `${request.protocol}://${request.host}`, clientId)),
    );
  });
}
