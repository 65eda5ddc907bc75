import fs from 'node:fs';
import swagger from '@fastify/swagger';
import type { FastifyInstance } from 'fastify';
import { createJsonSchemaTransform, createJsonSchemaTransformObject } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { errorCatalog, type ErrorCode } from '../errors/catalog.js';
import { idempotencyKeyParameter } from './idempotency.js';
import { declareErrors, header, requestIdHeader, type DocumentOperation } from './operation-errors.js';
import { apiSchemas, named } from './schema-registry.js';
import { jsonApiMediaType } from './json-api.js';

/**
 * The OpenAPI 3.1 document is generated from the zod schemas the routes validate with, so the
 * documentation cannot drift from the behaviour.
 */
/** Every code of the catalog: clients generated from the document get them as a union. */
const errorCodes = Object.keys(errorCatalog) as [ErrorCode, ...ErrorCode[]];

export const errorDocumentSchema = z
  .object({
    errors: z.array(
      z.object({
        id: z.string().describe('The request id, also in the X-Request-Id header.'),
        status: z.string().describe('The HTTP status, as a string.'),
        code: z.enum(errorCodes).describe('A stable code from the error catalog (docs/errors.md).'),
        title: z.string(),
        detail: z.string(),
        source: z.object({ pointer: z.string().optional(), parameter: z.string().optional(), header: z.string().optional() }).optional(),
        links: z.object({ about: z.string().describe('The docs’ entry for this code: what it means and what to do (`/docs/errors#<code>`).') }),
      }),
    ),
  })
  .describe('A JSON:API error document.');
named(errorDocumentSchema, 'ErrorDocument');

/**
 * What routes validate their error answers with. The document replaces these wildcards with each
 * operation's own statuses and codes (operation-errors.ts#declareErrors).
 */
export const errorResponses = {
  '4XX': errorDocumentSchema,
  '5XX': errorDocumentSchema,
};

const namedSchemas = createJsonSchemaTransformObject({ schemaRegistry: apiSchemas });

export async function registerOpenApi(app: FastifyInstance, options: { version: string; webhooks?: Record<string, unknown> }) {
  // Commands that honour an Idempotency-Key, by operationId, to declare the header on them.
  const idempotent = new Set<string>();
  // Routes that also answer XML (a camt.053 statement), by operationId.
  const xml = new Set<string>();
  // The error codes each route raises itself, by operationId.
  const errors = new Map<string, readonly ErrorCode[]>();
  app.addHook('onRoute', (route) => {
    if (!route.schema || route.schema.hide) return;
    const operationId = (route.schema as { operationId?: string }).operationId;
    if (route.config?.idempotencyKey && operationId) idempotent.add(operationId);
    if (route.config?.answersXml && operationId) xml.add(operationId);
    if (route.config?.errors && operationId) errors.set(operationId, route.config.errors);
    // Every API route speaks JSON:API; say so in the document instead of the generic application/json.
    const schema = route.schema as Record<string, unknown>;
    schema.produces ??= [jsonApiMediaType];
    schema.consumes ??= [jsonApiMediaType, 'application/json'];
    if (schema.security === undefined && route.url !== '/healthz' && route.url !== '/readyz') {
      schema.security = [{ basicAuth: [] }];
    }
  });
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Linkcy API',
        version: options.version,
        description:
          'Banking-as-a-Service: customers, IBAN accounts on a double-entry ledger, cards. JSON:API documents, ' +
          'HTTP Basic authentication with your CLIENT_ID and CLIENT_SECRET.',
        license: { name: 'Apache-2.0', identifier: 'Apache-2.0' },
      },
      servers: [{ url: '/', description: 'This server' }],
      components: { securitySchemes: { basicAuth: { type: 'http', scheme: 'basic' } } },
      // What webhook endpoints receive, one operation per event type (OpenAPI 3.1).
      ...(options.webhooks ? { webhooks: options.webhooks } : {}),
    },
    transform: createJsonSchemaTransform({ skipList: ['/openapi.json', '/docs'], schemaRegistry: apiSchemas }),
    transformObject: (document) => {
      if (!('openapiObject' in document)) return document.swaggerObject;
      // Named schemas first (components.schemas), then what the document adds.
      const named = namedSchemas(document) as typeof document.openapiObject;
      const withHeaders = declareResponseHeaders(declareXml(declareIdempotencyKeys(optionalBodies(named), idempotent), xml));
      const operations = operationsOf(withHeaders);
      declareErrors(withHeaders, operations, errors);
      declareExamples(operations);
      return declareSeedTrailingSlashes(dropUnreferencedSchemas(mergeIdenticalPaths(withHeaders)));
    },
  });
}

type Operation = {
  operationId?: string;
  parameters?: unknown[];
  responses?: Record<string, { headers?: Record<string, unknown> }>;
  requestBody?: { required?: boolean; content?: Record<string, { schema?: { type?: string; anyOf?: unknown[] } }> };
};
const isNullSchema = (schema: unknown) => (schema as { type?: unknown } | undefined)?.type === 'null';

/**
 * Routes that take no body (the seed's bodiless POSTs) validate with `null`-or-absent, and routes whose
 * body may be left out (a capture without an amount) with `X`-or-null-or-absent; as zod translates
 * them, the document would *require* a body of JSON null, which clients and validating proxies then
 * insist on. Say what is meant instead: no body at all, or an optional one.
 */
function optionalBodies<Document extends { paths?: unknown }>(document: Document): Document {
  for (const methods of Object.values((document.paths ?? {}) as Record<string, Record<string, Operation>>)) {
    for (const operation of Object.values(methods)) {
      const content = operation.requestBody?.content;
      if (!content) continue;
      const schemas = Object.values(content).map((media) => media.schema);
      if (schemas.every(isNullSchema)) {
        delete operation.requestBody;
        continue;
      }
      for (const media of Object.values(content)) {
        const alternatives = media.schema?.anyOf;
        if (!alternatives?.some(isNullSchema)) continue;
        const rest = alternatives.filter((alternative) => !isNullSchema(alternative));
        media.schema = (rest.length === 1 ? rest[0] : { anyOf: rest }) as typeof media.schema;
        operation.requestBody!.required = false;
      }
    }
  }
  return document;
}

/**
 * The seed serves `POST /bank/accounts/:entityId` beside `GET /bank/accounts/:accountId`: one path whose
 * parameter each method names its own way. OpenAPI allows one template per path, so paths that differ
 * only in parameter names are merged under the first, each operation's parameter renamed to it (the
 * description still says what the value may be).
 */
function mergeIdenticalPaths<Document extends { paths?: unknown }>(document: Document): Document {
  const paths = (document.paths ?? {}) as Record<string, Record<string, Operation & { parameters?: { in?: string; name?: string }[] }>>;
  const shapes = new Map<string, string>();
  for (const path of Object.keys(paths)) {
    const shape = path.replace(/\{[^}]+\}/g, '{}');
    const first = shapes.get(shape);
    if (!first) {
      shapes.set(shape, path);
      continue;
    }
    const names = (template: string) => [...template.matchAll(/\{([^}]+)\}/g)].map((match) => match[1]!);
    const [kept, merged] = [names(first), names(path)];
    for (const [method, operation] of Object.entries(paths[path]!)) {
      if (paths[first]![method]) throw new Error(`${method.toUpperCase()} ${path} and ${first} are one route`);
      for (const parameter of operation.parameters ?? []) {
        const position = parameter.in === 'path' ? merged.indexOf(parameter.name ?? '') : -1;
        if (position >= 0) parameter.name = kept[position]!;
      }
      paths[first]![method] = operation;
    }
    delete paths[path];
  }
  return document;
}

/** The collections the seed reference calls with a trailing slash (`POST /entities/`, `GET /entities/`, ...). */
const seedTrailingSlashPaths = ['/entities', '/bank/accounts', '/cards'];

/**
 * The server answers `/entities/` as `/entities` (the seed's clients call it so). Declare those forms
 * too, as references to the same path item: one operation, reachable by both URLs, so a validating
 * proxy lets the seed's calls through.
 */
function declareSeedTrailingSlashes<Document extends { paths?: unknown }>(document: Document): Document {
  const paths = (document.paths ?? {}) as Record<string, unknown>;
  for (const path of seedTrailingSlashPaths) {
    if (paths[path]) paths[`${path}/`] = { $ref: `#/paths/${path.replace(/\//g, '~1')}` };
  }
  return document;
}

/** Adds `application/xml` (an ISO 20022 document, as text) beside JSON:API to the 200 answer of routes that also answer XML. */
function declareXml<Document extends { paths?: unknown }>(document: Document, xml: Set<string>): Document {
  for (const methods of Object.values((document.paths ?? {}) as Record<string, Record<string, Operation>>)) {
    for (const operation of Object.values(methods)) {
      if (!operation.operationId || !xml.has(operation.operationId)) continue;
      const ok = operation.responses?.['200'] as { content?: Record<string, unknown> } | undefined;
      if (ok)
        ok.content = { ...ok.content, 'application/xml': { schema: { type: 'string', description: 'An ISO 20022 camt.053.001.08 document.' } } };
    }
  }
  return document;
}

/** Declares the Idempotency-Key header on every command, and `Idempotent-Replayed` on their answers. */
function declareIdempotencyKeys<Document extends { paths?: unknown }>(document: Document, idempotent: Set<string>): Document {
  for (const methods of Object.values((document.paths ?? {}) as Record<string, Record<string, Operation>>)) {
    for (const operation of Object.values(methods)) {
      if (!operation.operationId || !idempotent.has(operation.operationId)) continue;
      operation.parameters = [...(operation.parameters ?? []), idempotencyKeyParameter];
      for (const [status, response] of Object.entries(operation.responses ?? {})) {
        if (!status.startsWith('2')) continue;
        response.headers = {
          ...response.headers,
          'Idempotent-Replayed': {
            description: '`true` when this is the stored response of an earlier request with the same Idempotency-Key.',
            schema: { type: 'string', enum: ['true'] },
          },
        };
      }
    }
  }
  return document;
}

/** Every operation of the document. */
function operationsOf(document: { paths?: unknown }): DocumentOperation[] {
  return Object.values((document.paths ?? {}) as Record<string, Record<string, DocumentOperation>>).flatMap((methods) => Object.values(methods));
}

/**
 * The headers successful answers carry: `X-Request-Id` on every one, `Location` on every 201 (errors get
 * theirs from declareErrors). The test harness checks that the required ones are present on every answer.
 */
function declareResponseHeaders<Document extends { paths?: unknown }>(document: Document): Document {
  for (const operation of operationsOf(document) as Operation[]) {
    for (const [status, response] of Object.entries(operation.responses ?? {})) {
      const extra: Record<string, unknown> = { 'X-Request-Id': requestIdHeader };
      if (status === '201') extra.Location = header('The new resource’s URL.', true);
      response.headers = { ...extra, ...response.headers };
    }
  }
  return document;
}

const examplesFile = new URL('../../assets/openapi/response-examples.json', import.meta.url);

/**
 * Shows each successful answer with a real one: the answer the operation gave in a scripted sandbox
 * session (`npm run openapi:examples` writes them to assets/openapi/response-examples.json, data beside
 * the code: assets/ sits beside src/ and dist/, so the same path works from both). A test checks each
 * against its schema.
 */
function declareExamples(operations: DocumentOperation[]) {
  const responseExamples = JSON.parse(fs.readFileSync(examplesFile, 'utf8')) as Record<string, Record<string, unknown>>;
  for (const operation of operations) {
    for (const [status, response] of Object.entries(operation.responses ?? {})) {
      const example = responseExamples[operation.operationId ?? '']?.[status];
      const media = (response.content as Record<string, { example?: unknown }> | undefined)?.[jsonApiMediaType];
      if (example !== undefined && media) media.example = example;
    }
  }
}

/**
 * The registry names each schema twice, as read (`EntityInput`) and as written (`Entity`); requests are
 * described inline, so the input forms are mostly unused. Keep only the schemas something references.
 */
function dropUnreferencedSchemas<Document extends { components?: { schemas?: Record<string, unknown> } }>(document: Document): Document {
  const schemas = document.components?.schemas;
  if (!schemas) return document;
  for (let changed = true; changed;) {
    changed = false;
    const text = JSON.stringify(document);
    for (const name of Object.keys(schemas)) {
      if (!text.includes(`"#/components/schemas/${name}"`)) {
        delete schemas[name];
        changed = true;
      }
    }
  }
  return document;
}
