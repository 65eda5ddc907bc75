import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, expect, it } from 'vitest';
import { buildSdk } from '../../scripts/build-sdk.mjs';
import { renderSdkSchema } from '../../scripts/sdk-schema.mjs';
import { createLinkcy, LinkcyError, verifyWebhook, WebhookVerificationError } from '../../sdk/src/index.js';
import { sign } from '../../src/modules/webhooks/service.js';
import { individualAttributes } from '../helpers/fixtures.js';
import { describeEachEngine, type TestApp } from '../helpers/harness.js';

/**
 * The TypeScript SDK (sdk/) against a real server on both engines: its types are what the document the
 * server serves renders to, commands carry an Idempotency-Key kept across retries, refusals are typed,
 * lists are paged through, webhooks are verified offline, and the README's quickstart runs as written.
 */
const run = promisify(execFile);

function listening(harness: TestApp) {
  const state = { baseUrl: '' };
  beforeAll(async () => {
    state.baseUrl = await harness.app.listen({ port: 0, host: '127.0.0.1' });
  });
  return state;
}

const entityBody = (overrides: Record<string, unknown> = {}) => ({
  data: { type: 'entity' as const, attributes: individualAttributes({ externalId: null, ...overrides }) as never },
});

describeEachEngine('TypeScript SDK', (harness) => {
  const server = listening(harness);

  it('is generated from the document the server serves (sdk/src/schema.ts does not drift)', async () => {
    const document = (await harness.app.inject({ method: 'GET', url: '/openapi.json' })).json();
    expect(fs.readFileSync('sdk/src/schema.ts', 'utf8')).toBe(await renderSdkSchema(document));
  });

  it('creates, reads and pages with an Idempotency-Key on each command, and throws typed errors', async () => {
    const credential = await harness.credential();
    const sent: { method: string; key: string | null }[] = [];
    const linkcy = createLinkcy({
      baseUrl: server.baseUrl,
      ...credential,
      fetch: (request) => {
        const req = request as Request;
        sent.push({ method: req.method, key: req.headers.get('idempotency-key') });
        return fetch(req);
      },
    });
    const ids: string[] = [];
    for (let i = 0; i < 7; i++) {
      const { data } = await linkcy.POST('/entities', { body: entityBody({ email: `sdk${i}@example.com` }) });
      ids.push(data!.data.id);
    }
    const { data: one } = await linkcy.GET('/entities/{entityId}', { params: { path: { entityId: ids[0]! } } });
    expect(one!.data.attributes.email).toBe('sdk0@example.com');
    // Narrowed on `kind`, an individual's name is a string (a compile-time check as much as a runtime one).
    const attributes = one!.data.attributes;
    const firstName: string = attributes.kind === 'individual' ? attributes.firstName : attributes.legalName;
    expect(firstName).toBe('Ada');
    expect(sent.filter((call) => call.method === 'POST').every((call) => /^[0-9a-f-]{36}$/.test(call.key ?? ''))).toBe(true);
    expect(new Set(sent.filter((call) => call.method === 'POST').map((call) => call.key)).size).toBe(7);
    expect(sent.find((call) => call.method === 'GET')!.key).toBeNull();

    // Every item, three per page, newest first.
    const paged: string[] = [];
    for await (const entity of linkcy.paginate('/entities', { params: { query: { 'page[limit]': 3 } } })) paged.push(entity.id);
    expect(paged).toEqual([...ids].reverse());

    const refusal = await linkcy
      .GET('/entities/{entityId}', { params: { path: { entityId: 'ent_00000000000000000000000000' } } })
      .catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(LinkcyError);
    expect(refusal).toMatchObject({ status: 404, code: 'entity_not_found' });
    expect((refusal as LinkcyError).requestId).toMatch(/^req_/);
    const invalid = await linkcy.POST('/entities', { body: entityBody({ email: 'not an email' }) }).catch((error: unknown) => error);
    expect(invalid).toMatchObject({ status: 422, code: 'validation_failed' });
    expect((invalid as LinkcyError).errors[0]!.source).toEqual({ pointer: '/data/attributes/email' });

    // A key given by the caller is used, and replays the first answer.
    const key = { 'Idempotency-Key': `sdk-given-${Date.now()}` };
    const first = await linkcy.POST('/entities', { body: entityBody({ email: 'given@example.com' }), params: { header: key } });
    const again = await linkcy.POST('/entities', { body: entityBody({ email: 'given@example.com' }), params: { header: key } });
    expect(again.data!.data.id).toBe(first.data!.data.id);
    expect(again.response.headers.get('idempotent-replayed')).toBe('true');
  });

  it('verifies a webhook signed by the server’s own signing code, and refuses forgeries, replays and wrong secrets', async () => {
    const credential = await harness.credential();
    const linkcy = createLinkcy({ baseUrl: server.baseUrl, ...credential });
    const { data } = await linkcy.POST('/webhooks', {
      body: { data: { type: 'webhookEndpoint', attributes: { url: 'http://127.0.0.1:9/hooks', events: ['*'] } } },
    });
    const secret = data!.data.attributes.secret!;
    const body = JSON.stringify({ type: 'entity.created', data: { type: 'entity', id: 'ent_1' } });
    const timestamp = Math.floor(Date.now() / 1000);
    const headers = { 'webhook-id': 'evt_1', 'webhook-timestamp': String(timestamp), 'webhook-signature': sign(secret, 'evt_1', timestamp, body) };
    expect(verifyWebhook<{ type: string }>(secret, headers, body).type).toBe('entity.created');
    // Typed by default: narrowing on `type` gives `data` its resource type.
    const message = verifyWebhook(secret, headers, body);
    const resourceType: string = message.type === 'entity.created' ? message.data.type : '';
    expect(resourceType).toBe('entity');
    expect(verifyWebhook(secret, new Headers(headers), Buffer.from(body))).toEqual(JSON.parse(body));
    expect(() => verifyWebhook(secret, headers, body.replace('ent_1', 'ent_2'))).toThrow(WebhookVerificationError);
    expect(() => verifyWebhook('whsec_' + Buffer.alloc(24, 7).toString('base64'), headers, body)).toThrow('No signature matches');
    expect(() => verifyWebhook(secret, headers, body, { now: new Date((timestamp + 301) * 1000) })).toThrow('outside the tolerance');
    expect(() => verifyWebhook(secret, { ...headers, 'webhook-signature': undefined }, body)).toThrow('Missing');
    // During a rotation, either secret verifies.
    const { data: rotated } = await linkcy.POST('/webhooks/{webhookId}/rotate-secret', { params: { path: { webhookId: data!.data.id } } });
    const newSecret = rotated!.data.attributes.secret!;
    expect(verifyWebhook([newSecret, secret], headers, body)).toEqual(JSON.parse(body));
  });

  // Packaging does not depend on the engine: once, on the embedded one.
  if (harness.engine === 'pglite') {
    it('installs from its package into a default CommonJS project and an ES module one, and works in both', async () => {
      const work = fs.mkdtempSync(path.join(os.tmpdir(), 'linkcy-sdk-'));
      try {
        buildSdk();
        await run('npm', ['pack', path.resolve('sdk'), '--pack-destination', work, '--silent'], { timeout: 60_000 });
        const tarball = path.join(
          work,
          fs.readdirSync(work).find((name) => name.endsWith('.tgz'))!,
        );
        const credential = await harness.credential();
        const env = { ...process.env, LINKCY_URL: server.baseUrl, CLIENT_ID: credential.clientId, CLIENT_SECRET: credential.clientSecret };
        // What each program does: a typed call to the server, a refusal typed by its code, a webhook verified offline.
        const body = (load: string) => `${load}
const linkcy = createLinkcy({ baseUrl: process.env.LINKCY_URL, clientId: process.env.CLIENT_ID, clientSecret: process.env.CLIENT_SECRET });
async function main() {
  const { data } = await linkcy.GET('/entities', {});
  console.log('entities', data.data.length);
  try {
    await linkcy.GET('/entities/{entityId}', { params: { path: { entityId: 'ent_00000000000000000000000000' } } });
  } catch (error) {
    console.log(error instanceof LinkcyError ? error.code : 'untyped');
  }
  try {
    verifyWebhook('whsec_' + Buffer.alloc(24, 1).toString('base64'), {}, '{}');
  } catch (error) {
    console.log(error instanceof WebhookVerificationError ? 'verified offline' : 'untyped');
  }
}
`;
        const projects = [
          {
            name: 'commonjs',
            file: 'index.js',
            code: body("const { createLinkcy, LinkcyError, verifyWebhook, WebhookVerificationError } = require('@linkcy/sdk');") + 'main();\n',
          },
          {
            name: 'esm',
            file: 'index.mjs',
            code: body("import { createLinkcy, LinkcyError, verifyWebhook, WebhookVerificationError } from '@linkcy/sdk';") + 'await main();\n',
          },
        ];
        for (const project of projects) {
          const directory = path.join(work, project.name);
          fs.mkdirSync(directory);
          // `npm init -y`: a default package, CommonJS unless told otherwise.
          await run('npm', ['init', '-y'], { cwd: directory, timeout: 60_000 });
          if (project.name === 'esm') await run('npm', ['pkg', 'set', 'type=module'], { cwd: directory });
          await run('npm', ['install', tarball, '--prefer-offline', '--no-audit', '--no-fund', '--silent'], { cwd: directory, timeout: 120_000 });
          fs.writeFileSync(path.join(directory, project.file), project.code);
          const { stdout } = await run(process.execPath, [project.file], { cwd: directory, env, timeout: 60_000 });
          expect([project.name, stdout]).toEqual([project.name, 'entities 0\nentity_not_found\nverified offline\n']);
        }
        // TypeScript in the CommonJS project (module nodenext, as `tsc --init` writes) finds the types of `require`.
        const cjs = path.join(work, 'commonjs');
        fs.writeFileSync(
          path.join(cjs, 'check.ts'),
          "import { createLinkcy } from '@linkcy/sdk';\nconst linkcy = createLinkcy({ baseUrl: 'http://x', clientId: 'a', clientSecret: 'b' });\nvoid linkcy.GET('/entities', {}).then(({ data }) => data?.data.map((entity) => entity.attributes.kycStatus));\n",
        );
        await run(
          process.execPath,
          [
            path.resolve('node_modules/typescript/bin/tsc'),
            '--noEmit',
            '--strict',
            '--module',
            'nodenext',
            '--moduleResolution',
            'nodenext',
            '--types',
            'node',
            '--typeRoots',
            path.resolve('node_modules/@types'),
            'check.ts',
          ],
          { cwd: cjs, timeout: 60_000 },
        ).catch((error: { stdout?: string }) => {
          throw new Error(`the SDK's types do not resolve in a CommonJS project:\n${error.stdout ?? String(error)}`);
        });
      } finally {
        fs.rmSync(work, { recursive: true, force: true });
      }
    }, 300_000);
  }

  it('runs the README quickstart as written', async () => {
    const readme = fs.readFileSync('README.md', 'utf8');
    const block = /<!-- quickstart-sdk -->\n```ts\n([\s\S]*?)```/.exec(readme)![1]!;
    const file = path.resolve(`test-results/quickstart-${harness.engine}.mts`);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, block.replace("'@linkcy/sdk'", `'${path.resolve('sdk/src/index.ts')}'`));
    // It compiles as written (strict TypeScript against the SDK's types)...
    await run(
      process.execPath,
      [
        'node_modules/typescript/bin/tsc',
        '--noEmit',
        '--strict',
        '--target',
        'es2022',
        '--module',
        'nodenext',
        '--moduleResolution',
        'nodenext',
        '--allowImportingTsExtensions',
        '--skipLibCheck',
        '--types',
        'node',
        file,
      ],
      { timeout: 60_000 },
    ).catch((error: { stdout?: string }) => {
      throw new Error(`the README quickstart does not compile:\n${error.stdout ?? String(error)}`);
    });
    // ...and runs.
    const credential = await harness.credential();
    const { stdout } = await run(process.execPath, ['--import', 'tsx', file], {
      env: { ...process.env, LINKCY_URL: server.baseUrl, CLIENT_ID: credential.clientId, CLIENT_SECRET: credential.clientSecret },
      timeout: 60_000,
    });
    expect(stdout).toMatch(/^ent_[0-9A-Z]{26} has FR76/);
    expect(stdout).toMatch(/\nent_[0-9A-Z]{26} approved\n/);
    expect(stdout.trim().split('\n').at(-1)).toBe('no such customer');
  });
});

describeEachEngine(
  'TypeScript SDK under a rate limit',
  (harness) => {
    const server = listening(harness);

    it('retries 429 with the same Idempotency-Key until each command lands once', async () => {
      const credential = await harness.credential();
      const statuses: number[] = [];
      const keys = new Map<string, number>();
      const linkcy = createLinkcy({
        baseUrl: server.baseUrl,
        ...credential,
        maxAttempts: 20,
        fetch: async (request) => {
          const req = request as Request;
          const key = req.headers.get('idempotency-key');
          if (key) keys.set(key, (keys.get(key) ?? 0) + 1);
          const response = await fetch(req);
          statuses.push(response.status);
          return response;
        },
      });
      const created = await Promise.all(
        Array.from({ length: 6 }, (_, i) => linkcy.POST('/entities', { body: entityBody({ email: `burst${i}@example.com` }) })),
      );
      expect(statuses).toContain(429);
      expect(new Set(created.map((answer) => answer.data!.data.id)).size).toBe(6);
      // Some keys were sent more than once (the retries), and still one customer each.
      expect([...keys.values()].some((count) => count > 1)).toBe(true);
      const listed = [];
      for await (const entity of linkcy.paginate('/entities', { params: { query: { 'page[limit]': 100 } } })) listed.push(entity.id);
      expect(listed).toHaveLength(6);
    });
  },
  // One request a second, bursts of two: six at once must meet 429.
  { LINKCY_RATE_LIMIT: '1' },
);
