import { expect, it } from 'vitest';
import { docsContentSecurityPolicy, guides } from '../../src/docs/site.js';
import { errorCatalog } from '../../src/errors/catalog.js';
import { describeEachEngine } from '../helpers/harness.js';

/** The docs at /docs: the reference frame, guides, examples and error catalog, served offline under one CSP. */
describeEachEngine('docs', (harness) => {
  const page = (url: string) => harness.request(undefined, { method: 'GET', url, headers: { accept: 'text/html' } });

  it('serves the reference from Swagger UI’s own files, with no inline script or style allowed', async () => {
    const reference = await page('/docs');
    expect(reference.statusCode).toBe(200);
    expect(reference.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(reference.headers['content-security-policy']).toBe(docsContentSecurityPolicy);
    expect(docsContentSecurityPolicy).toContain("script-src 'self';");
    expect(docsContentSecurityPolicy).not.toContain('unsafe');
    expect(reference.body).not.toMatch(/<script>|<style>| style=/);
    const assets = [...reference.body.matchAll(/(?:src|href)="(\/docs\/assets\/[^"]+)"/g)].map((match) => match[1]!);
    expect(assets).toEqual([
      '/docs/assets/docs.css',
      '/docs/assets/minisearch.js',
      '/docs/assets/search.js',
      '/docs/assets/swagger-ui.css',
      '/docs/assets/swagger-ui-bundle.js',
      '/docs/assets/reference.js',
    ]);
    for (const asset of assets) {
      const answer = await page(asset);
      expect(answer.statusCode, asset).toBe(200);
      expect(answer.headers['content-type'], asset).toMatch(asset.endsWith('.js') ? /^text\/javascript/ : /^text\/css/);
    }
    expect((await page('/docs/assets/swagger-ui-bundle.js')).body.length).toBeGreaterThan(1_000_000);
    expect((await page('/docs/assets/..%2Fpackage.json')).statusCode).toBe(404);
    expect((await page('/docs/assets/index.html')).statusCode).toBe(404);
    expect((await page('/docs/assets/constructor')).statusCode).toBe(404);
  });

  it('serves every guide, linked from every page, with links between guides rewritten to the site', async () => {
    for (const [name, label] of guides) {
      const guide = await page(`/docs/guides/${name}`);
      expect(guide.statusCode, name).toBe(200);
      expect(guide.headers['content-security-policy']).toBe(docsContentSecurityPolicy);
      expect(guide.body).toContain(`<a href="/docs/guides/${name}" aria-current="page">${label.replace(/’/g, '’')}</a>`);
      expect(guide.body).toMatch(/<pre><code class="language-js">/);
      expect(guide.body).not.toMatch(/href="[a-z-]+\.md/);
    }
    expect((await page('/docs/guides/idempotency')).body).toContain('<a href="/docs/guides/authentication">Authentication</a>');
    expect((await page('/docs/guides/nope')).statusCode).toBe(404);
  });

  it('serves the reference at /docs/reference too, the changelog with its compatibility policy, and anchors on guide sections', async () => {
    const reference = await page('/docs/reference');
    expect(reference.statusCode).toBe(200);
    expect(reference.body).toBe((await page('/docs')).body);
    const changelog = await page('/docs/changelog');
    expect(changelog.statusCode).toBe(200);
    expect(changelog.headers['content-security-policy']).toBe(docsContentSecurityPolicy);
    expect(changelog.body).toContain('<h2 id="compatibility-policy">Compatibility policy</h2>');
    expect(changelog.body).toContain('<a href="/docs/changelog" aria-current="page">Changelog</a>');
    expect((await page('/docs/guides/instant-payments')).body).toContain('<h2 id="the-payer-s-limit">The payer&#39;s limit</h2>');
  });

  it('builds the search index from every guide section, every operation and every error code', async () => {
    const response = await page('/docs/search-index.json');
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('application/json; charset=utf-8');
    const documents = response.json() as { id: string; title: string; section: string; url: string; text: string }[];
    expect(new Set(documents.map((document) => document.id)).size).toBe(documents.length);
    for (const code of Object.keys(errorCatalog)) expect(documents).toContainEqual(expect.objectContaining({ id: `error:${code}`, url: `/docs/errors#${code}` }));
    for (const [name] of guides) expect(documents.some((document) => document.url === `/docs/guides/${name}`)).toBe(true);
    expect(documents).toContainEqual(
      expect.objectContaining({ title: 'POST /payee-verifications', url: '/docs/reference#/Verification%20of%20Payee/createPayeeVerification' }),
    );
    expect(documents).toContainEqual(
      expect.objectContaining({ title: "Instant payments: The payer's limit", url: '/docs/guides/instant-payments#the-payer-s-limit' }),
    );
    // Every section URL points at an anchor the page has.
    for (const document of documents.filter((d) => d.url.includes('/docs/guides/') && d.url.includes('#'))) {
      const [url, anchor] = document.url.split('#');
      expect((await page(url!)).body, document.url).toContain(`id="${anchor}"`);
    }
    // Code blocks are not indexed: the text is what a reader searches for.
    expect(documents.every((document) => !document.text.includes('await api('))).toBe(true);
  });

  it('fills in the key the dashboard names in the examples, and nothing else', async () => {
    const clientId = 'cli_01M9755GV483ABCDEFGHJKMNPQ';
    const named = await page(`/docs/examples?clientId=${clientId}`);
    expect(named.statusCode).toBe(200);
    expect(named.body).toContain(`<pre><code>export CLIENT_ID=${clientId} CLIENT_SECRET=lcs_...</code></pre>`);
    const forged = await page('/docs/examples?clientId=%3Cscript%3Ealert(1)%3C%2Fscript%3E');
    expect(forged.statusCode).toBe(200);
    expect(forged.body).not.toContain('<script>alert');
    expect(forged.body).not.toContain('export CLIENT_ID=');
  });

  it('serves the error catalog that every error object links to', async () => {
    const catalog = await page('/docs/errors');
    expect(catalog.statusCode).toBe(200);
    for (const code of Object.keys(errorCatalog)) expect(catalog.body).toContain(`<tr id="${code}" class="error-code">`);
    const credential = await harness.credential();
    const missing = await harness.request(credential, { method: 'GET', url: '/cards/card_00000000000000000000000000' });
    expect(missing.json().errors[0].links).toEqual({ about: '/docs/errors#card_not_found' });
  });

  it('serves a curl and a JavaScript example of every operation, with request bodies the API accepts', async () => {
    const response = await page('/docs/examples');
    expect(response.statusCode).toBe(200);
    expect(response.body).toContain('Register a new customer');
    expect(response.body).toContain('curl -X POST &#39;http://localhost:80/entities&#39;');
    expect(response.body).toContain('-u &quot;$CLIENT_ID:$CLIENT_SECRET&quot;');
    expect(response.body).toContain('btoa(`${process.env.CLIENT_ID}:${process.env.CLIENT_SECRET}`)');
    expect(response.body).toContain('await fetch(&quot;http://localhost:80/entities&quot;');
    // Creation routes show a request body that the API accepts as it stands.
    expect(response.body).toContain(
      `-d &#39;{&quot;data&quot;:{&quot;type&quot;:&quot;entity&quot;,&quot;attributes&quot;:{&quot;kind&quot;:&quot;individual&quot;`,
    );
    const openApi = (await harness.request(undefined, { method: 'GET', url: '/openapi.json' })).json();
    const example = openApi.paths['/entities'].post.requestBody.content['application/vnd.api+json'].example;
    const credential = await harness.credential();
    const created = await harness.request(credential, { method: 'POST', url: '/entities', payload: example });
    expect(created.statusCode).toBe(201);
  });
});
