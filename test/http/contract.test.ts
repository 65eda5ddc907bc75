import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../src/app.js';
import { loadConfig } from '../../src/config.js';
import type { Database } from '../../src/db/database.js';
import { checkResponsesAgainstDocument, type ContractCheck } from '../helpers/contract.js';
import { openTestDatabase } from '../helpers/harness.js';

/**
 * The harness checks every JSON answer of every suite against /openapi.json (helpers/contract.ts). This
 * shows the check can fail: with a document amended to demand a member and a header the answers lack,
 * and a status the document does not list, each is reported.
 */
let database: Database;
let app: FastifyInstance;
let check: ContractCheck;

beforeAll(async () => {
  database = await openTestDatabase('pglite');
  app = await buildApp({
    config: loadConfig({ LINKCY_LOG_LEVEL: 'silent', LINKCY_RATE_LIMIT: '0', LINKCY_MASTER_KEY: randomBytes(32).toString('base64') }),
    database,
    observe: (instance) => {
      check = checkResponsesAgainstDocument(instance, {
        amend: (document) => {
          const responses = document.paths['/entities']!.get!.responses!;
          const schema = responses['200']!.content!['application/vnd.api+json']!.schema as { required?: string[] };
          schema.required = [...(schema.required ?? []), 'notInTheAnswer'];
          const ok = responses['200'] as { headers?: Record<string, { required?: boolean }> };
          ok.headers = { ...ok.headers, 'X-Never-Sent': { required: true } };
          delete responses['400'];
        },
      });
    },
  });
});

afterAll(async () => {
  await app?.close();
  await database?.close();
});

it('reports an answer that does not match the document, and a status it does not declare', async () => {
  const { createCredential } = await import('../../src/modules/organizations/service.js');
  const credential = await createCredential(database.db, { organizationName: 'Contract probe', scopes: [] });
  const authorization = `Basic ${Buffer.from(`${credential.clientId}:${credential.clientSecret}`).toString('base64')}`;
  expect((await app.inject({ method: 'GET', url: '/entities', headers: { authorization } })).statusCode).toBe(200);
  expect((await app.inject({ method: 'GET', url: '/entities?page[limit]=0', headers: { authorization } })).statusCode).toBe(400);
  expect(check.violations).toEqual([
    'GET /entities -> 200: no X-Never-Sent header',
    "GET /entities -> 200: data must have required property 'notInTheAnswer'",
    'GET /entities -> 400 invalid_query_parameter: status not in the document',
  ]);
});

it('shows a real answer as the example of every successful response, and each matches its schema', async () => {
  const { Ajv2020 } = await import('ajv/dist/2020.js');
  const addFormats = (await import('ajv-formats')).default as unknown as (ajv: InstanceType<typeof Ajv2020>) => void;
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  addFormats(ajv);
  type Media = { schema: object; example?: unknown };
  const document = (await app.inject({ method: 'GET', url: '/openapi.json' })).json() as {
    paths: Record<string, Record<string, { operationId: string; responses: Record<string, { content?: Record<string, Media> }> }>>;
    components: object;
  };
  const problems: string[] = [];
  let shown = 0;
  for (const methods of Object.values(document.paths)) {
    if ('$ref' in methods) continue; // a seed's trailing-slash form of a path checked here already
    for (const operation of Object.values(methods)) {
      for (const [status, response] of Object.entries(operation.responses)) {
        const media = response.content?.['application/vnd.api+json'];
        if (!status.startsWith('2') || !media) continue;
        if (media.example === undefined) {
          problems.push(`${operation.operationId} ${status}: no example`);
          continue;
        }
        const validate = ajv.compile({ ...media.schema, components: document.components });
        if (validate(media.example)) shown++;
        else problems.push(`${operation.operationId} ${status}: ${ajv.errorsText(validate.errors)}`);
      }
    }
  }
  expect(problems).toEqual([]);
  expect(shown).toBeGreaterThanOrEqual(49);
  // Signing secrets in published examples are an obvious placeholder (it decodes to EXAMPLE-secret-not-a-real-one).
  const secrets = JSON.stringify(document).match(/"secret":"whsec_[^"]*"/g) ?? [];
  expect(secrets.length).toBeGreaterThanOrEqual(3);
  expect(new Set(secrets)).toEqual(new Set(['"secret":"whsec_RVhBTVBMRS1zZWNyZXQtbm90LWEtcmVhbC1vbmU="']));
});
