import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/app.js';
import { loadConfig } from '../../src/config.js';
import type { Database } from '../../src/db/database.js';
import { createCredential } from '../../src/modules/organizations/service.js';
import { entityDocument, individualAttributes } from '../helpers/fixtures.js';
import { captureLogs } from '../helpers/log-capture.js';
import { pino } from 'pino';
import { loggerOptions } from '../../src/logging.js';
import { basicAuth, describeEachEngine, engines, openTestDatabase } from '../helpers/harness.js';

describeEachEngine('system routes', (harness) => {
  it('GET /healthz answers 200 without credentials', async () => {
    const response = await harness.request(undefined, { method: 'GET', url: '/healthz' });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ status: 'ok' });
  });

  it('GET /readyz answers 200 with the engine when the database answers', async () => {
    const response = await harness.request(undefined, { method: 'GET', url: '/readyz' });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ status: 'ready', engine: harness.engine });
  });

  it('serves an OpenAPI 3.1 document generated from the route schemas', async () => {
    const response = await harness.request(undefined, { method: 'GET', url: '/openapi.json' });
    expect(response.statusCode).toBe(200);
    const document = response.json();
    expect(document.openapi).toBe('3.1.0');
    expect(Object.keys(document.paths)).toEqual(expect.arrayContaining(['/entities', '/entities/{entityId}']));
    const create = document.paths['/entities'].post;
    expect(create.security).toEqual([{ basicAuth: [] }]);
    const bodySchema = create.requestBody.content['application/vnd.api+json'].schema;
    // The same zod schema that validates requests: strict, with the kinds as a union.
    expect(bodySchema.additionalProperties).toBe(false);
    expect(JSON.stringify(bodySchema)).toContain('"individual"');
    expect(JSON.stringify(bodySchema)).toContain('"business"');
    expect(Object.keys(document.paths['/entities/{entityId}'])).toEqual(expect.arrayContaining(['get', 'post', 'patch']));
  });

  it('names every API operation (a unique operationId and a tag) and documents no dashboard page', async () => {
    const document = (await harness.request(undefined, { method: 'GET', url: '/openapi.json' })).json();
    // A seed's trailing-slash path is a `$ref` to its path: the same operations, counted once.
    const operations = Object.entries(document.paths as Record<string, Record<string, { operationId?: string; tags?: string[] }>>)
      .filter(([, methods]) => !('$ref' in methods))
      .flatMap(([path, methods]) => Object.entries(methods).map(([method, operation]) => ({ path, method, ...operation })));
    expect(operations.length).toBeGreaterThanOrEqual(39);
    expect(operations.filter((operation) => operation.path.startsWith('/dashboard') || operation.path === '/metrics')).toEqual([]);
    for (const operation of operations) {
      expect(operation.operationId, `${operation.method} ${operation.path}`).toMatch(/^[a-z][A-Za-z]+$/);
      expect(operation.tags?.length, `${operation.method} ${operation.path}`).toBeGreaterThan(0);
    }
    const ids = operations.map((operation) => operation.operationId);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual(expect.arrayContaining(['createEntity', 'revealCardDetails', 'resetCardPin', 'simulateCardAuthorization']));
    const docs = await harness.request(undefined, { method: 'GET', url: '/docs', headers: { accept: 'text/html' } });
    expect(docs.body).not.toContain('/dashboard/sign-in');
    // The seed's bodiless POSTs declare no body (not a required JSON null); an optional body is optional.
    const paths = document.paths;
    for (const [path, method] of [
      ['/entities/{entityId}', 'post'],
      ['/cards/details/{entityId}', 'post'],
      ['/bank/accounts/{accountId}/close', 'post'],
      ['/simulations/card-authorizations/{authorizationId}/release', 'post'],
    ] as const) {
      expect(paths[path][method].requestBody, `${method} ${path}`).toBeUndefined();
    }
    const capture = paths['/simulations/card-authorizations/{authorizationId}/capture'].post.requestBody;
    expect(capture.required).toBe(false);
    expect(capture.content['application/vnd.api+json'].schema).toMatchObject({ type: 'object', required: ['data'] });
    expect(paths['/entities'].post.requestBody.required).toBe(true);
    // Every command declares the Idempotency-Key it honours (the flag that declares it is the one the
    // key reader checks), and its success answers the Idempotent-Replayed header.
    const keyed = operations
      .filter((operation) => (operation as { parameters?: { name: string }[] }).parameters?.some((p) => p.name === 'Idempotency-Key'))
      .map((operation) => operation.operationId)
      .sort();
    expect(keyed).toEqual(
      [
        'activateCard',
        'cancelSepaCreditTransfer',
        'captureAuthorization',
        'closeBankAccount',
        'closeCard',
        'createAuthorizationEndpoint',
        'createBankAccount',
        'createBookTransfer',
        'createCard',
        'createEntity',
        'createPayeeVerification',
        'createSepaCreditTransfer',
        'createWebhookEndpoint',
        'redeliverEvent',
        'releaseAuthorization',
        'resetCardPin',
        'rotateWebhookSecret',
        'simulateCardAuthorization',
        'incrementAuthorization',
        'moveSandboxClock',
        'simulateCardRefund',
        'replaceCard',
        'simulateCardShipment',
        'simulateIncomingTransfer',
        'simulateKycDecision',
        'simulatePayee',
        'simulateSepaCreditTransferReject',
        'simulateSepaCreditTransferReturn',
        'simulateSepaCreditTransferSettle',
        'suspendCard',
        'updateBankAccount',
      ].sort(),
    );
    // The seed's POST /bank/accounts/:entityId shares its path with GET /bank/accounts/:accountId: one template.
    expect(paths['/bank/accounts/{entityId}']).toBeUndefined();
    expect(paths['/bank/accounts/{accountId}'].post.operationId).toBe('listEntityTransactionsByPost');
    expect(paths['/bank/accounts/{accountId}'].post.parameters).toContainEqual(expect.objectContaining({ in: 'path', name: 'accountId' }));
    // Timestamps are date-times; a customer's attributes are one shape per kind, told apart by `kind`.
    // Every pattern reads the same without the `u` flag (other validators compile them so): the
    // control-character rule accepts "Lovelace" and refuses a BEL.
    const patterns = [...JSON.stringify(document).matchAll(/"pattern":"((?:[^"\\]|\\.)*)"/g)].map((match) => JSON.parse(`"${match[1]}"`) as string);
    expect(patterns.length).toBeGreaterThan(50);
    for (const pattern of patterns) expect(() => new RegExp(pattern)).not.toThrow();
    expect(patterns.some((pattern) => pattern.includes('p{'))).toBe(false);
    const controls = new RegExp(patterns.find((pattern) => pattern.includes('\\u001f'))!);
    expect([controls.test('Ada Lovelace'), controls.test('Ada\u0007')]).toEqual([true, false]);
    // The customer is a named schema the answer references.
    expect(paths['/entities/{entityId}'].get.responses['200'].content['application/vnd.api+json'].schema.properties.data).toEqual({
      $ref: '#/components/schemas/Entity',
    });
    expect(Object.keys(document.components.schemas)).toEqual(
      expect.arrayContaining(['Entity', 'BankAccount', 'Transaction', 'Card', 'Authorization', 'SepaCreditTransfer']),
    );
    // The seed's trailing-slash forms are the same operations under a second URL.
    expect(paths['/entities/']).toEqual({ $ref: '#/paths/~1entities' });
    expect(paths['/cards/']).toEqual({ $ref: '#/paths/~1cards' });
    // Each operation lists the statuses it answers, with the codes each may carry; no wildcards.
    const statusesOf = (operation: { responses: Record<string, unknown> }) => Object.keys(operation.responses);
    expect(statusesOf(paths['/cards/{cardId}'].get)).toEqual(['200', '400', '401', '404', '406', '408', '429', '500', '503']);
    const cardNotFound = document.components.responses[paths['/cards/{cardId}'].get.responses['404'].$ref.split('/').pop()];
    expect(cardNotFound.content['application/vnd.api+json'].schema.properties.errors.items.properties.code.enum).toEqual(['card_not_found']);
    expect(cardNotFound.content['application/vnd.api+json'].example.errors[0]).toMatchObject({ status: '404', code: 'card_not_found' });
    const unauthorized = document.components.responses[paths['/cards/{cardId}'].get.responses['401'].$ref.split('/').pop()];
    expect(unauthorized.headers['WWW-Authenticate'].required).toBe(true);
    const resetConflicts = document.components.responses[paths['/cards/pin/{entityId}'].post.responses['409'].$ref.split('/').pop()];
    expect(resetConflicts.content['application/vnd.api+json'].schema.properties.errors.items.properties.code.enum).toEqual([
      'idempotency_key_in_use',
    ]);
    expect(statusesOf(paths['/cards/pin/{entityId}'].post)).toContain('403');
    const attributes = document.components.schemas.Entity.properties.attributes;
    expect(attributes.oneOf.map((shape: { properties: { kind: { const: string } } }) => shape.properties.kind.const)).toEqual([
      'individual',
      'business',
    ]);
    for (const shape of attributes.oneOf) expect(shape.properties.createdAt).toMatchObject({ type: 'string', format: 'date-time' });
    expect(attributes.oneOf[0].required).toEqual(expect.arrayContaining(['firstName', 'lastName', 'dateOfBirth', 'nationality']));
    // The statement also answers camt.053 XML.
    expect(Object.keys(paths['/bank/accounts/{accountId}/statement'].get.responses['200'].content)).toEqual([
      'application/vnd.api+json',
      'application/xml',
    ]);
    expect(paths['/entities'].post.responses['201'].headers['Idempotent-Replayed'].schema).toEqual({ type: 'string', enum: ['true'] });
    expect(paths['/entities'].post.parameters).toContainEqual(expect.objectContaining({ name: 'Idempotency-Key', in: 'header', required: false }));
    expect(JSON.stringify(paths)).not.toContain('"requestBody":{"required":true,"content":{"application/vnd.api+json":{"schema":{"type":"null"}');
  });
});

for (const engine of engines) {
  describe(`readiness and logs [${engine}]`, () => {
    const { lines, stream } = captureLogs();
    let database: Database;
    let app: Awaited<ReturnType<typeof buildApp>>;
    beforeAll(async () => {
      database = await openTestDatabase(engine);
      app = await buildApp({
        config: loadConfig({ LINKCY_RATE_LIMIT: '0', LINKCY_MASTER_KEY: randomBytes(32).toString('base64') }),
        database,
        // The server's own logger options (logging.ts), at the most talkative level.
        loggerInstance: pino(loggerOptions('trace'), stream),
      });
    });
    afterAll(async () => {
      await app.close();
    });

    it('never writes a credential or a customer’s details to the log', async () => {
      const credential = await createCredential(database.db, { organizationName: 'Logs Inc', scopes: [] });
      const authorization = basicAuth(credential);
      const headers = { authorization, accept: 'application/vnd.api+json', 'content-type': 'application/vnd.api+json' };
      await app.inject({ method: 'POST', url: '/entities/', headers, payload: entityDocument(individualAttributes()) });
      await app.inject({ method: 'POST', url: '/entities/', headers, payload: '{"broken' });
      await app.inject({ method: 'GET', url: '/entities/', headers: { authorization: basicAuth({ ...credential, clientSecret: 'wrong' }) } });
      const search = await app.inject({ method: 'GET', url: '/entities/?filter[email]=ada@example.com&filter[externalId]=user-42', headers });
      expect(search.statusCode).toBe(200);
      const log = lines.join('');
      expect(lines.length).toBeGreaterThan(3);
      for (const secret of [
        credential.clientSecret,
        authorization,
        authorization.slice(6),
        'Lovelace',
        'ada@example.com',
        'user-42',
        '+33612345678',
      ]) {
        expect(log).not.toContain(secret);
      }
      // One access line per request, with what an operator filters on.
      const access = lines.map((line) => JSON.parse(line)).filter((line) => line.msg === 'request');
      expect(access).toHaveLength(4);
      const last = access.at(-1);
      expect(last).toEqual({
        level: 30,
        time: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
        pid: process.pid,
        hostname: expect.any(String),
        reqId: search.headers['x-request-id'],
        method: 'GET',
        route: '/entities',
        status: 200,
        ms: expect.any(Number),
        organizationId: credential.organizationId,
        credentialId: expect.stringMatching(/^\w+_/),
        msg: 'request',
      });
      // An error's line names its catalog code; a success's has none.
      expect(access.map((line) => [line.route, line.status, line.errorCode])).toEqual([
        ['/entities', 201, undefined],
        ['/entities', 400, 'malformed_json'],
        ['/entities', 401, 'credentials_invalid'],
        ['/entities', 200, undefined],
      ]);
    });

    it('answers /readyz with 503 and an API route with 503 database_unavailable once the database is gone', async () => {
      const credential = await createCredential(database.db, { organizationName: 'Outage Inc', scopes: [] });
      await database.close();
      const ready = await app.inject({ method: 'GET', url: '/readyz' });
      expect(ready.statusCode).toBe(503);
      expect(ready.headers['retry-after']).toBe('1');
      expect(ready.json().errors[0]).toMatchObject({ status: '503', code: 'database_unavailable' });
      const api = await app.inject({ method: 'GET', url: '/entities/', headers: { authorization: basicAuth(credential) } });
      expect(api.statusCode).toBe(503);
      expect(api.json().errors[0].code).toBe('database_unavailable');
      expect(lines.join('')).not.toContain(credential.clientSecret);
    });
  });
}
