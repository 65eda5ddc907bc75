import swagger from '@fastify/swagger';
import type { FastifyInstance } from 'fastify';
import { createJsonSchemaTransform } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { jsonApiMediaType } from './json-api.js';

/**
 * The OpenAPI 3.1 document is generated from the zod schemas the routes validate with, so the
 * documentation cannot drift from the behaviour.
 */
export const errorDocumentSchema = z
  .object({
    errors: z.array(
      z.object({
        id: z.string().describe('The request id, also in the X-Request-Id header.'),
        status: z.string().describe('The HTTP status, as a string.'),
        code: z.string().describe('A stable code from the error catalog (docs/errors.md).'),
        title: z.string(),
        detail: z.string(),
        source: z.object({ pointer: z.string().optional(), parameter: z.string().optional(), header: z.string().optional() }).optional(),
      }),
    ),
  })
  .describe('A JSON:API error document.');

export const errorResponses = {
  '4XX': errorDocumentSchema,
  '5XX': errorDocumentSchema,
};

export async function registerOpenApi(app: FastifyInstance, options: { version: string }) {
  app.addHook('onRoute', (route) => {
    if (!route.schema || route.schema.hide) return;
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
      },
      components: { securitySchemes: { basicAuth: { type: 'http', scheme: 'basic' } } },
    },
    transform: createJsonSchemaTransform({ skipList: ['/openapi.json', '/docs'] }),
  });
}
