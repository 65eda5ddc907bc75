import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../app-context.js';
import { execute } from '../../commands/execute.js';
import { actorOf, requestNow, runCommand, sendCommandResult } from '../../http/idempotency.js';
import { createdResponse, resourceDocument, sendDocument } from '../../http/json-api.js';
import { errorResponses } from '../../http/openapi.js';
import {
  authorizationEndpointCreateDocument,
  authorizationEndpointDocument,
  authorizationEndpointListDocument,
  authorizationEndpointParams,
} from './schemas.js';
import { serializeAuthorizationEndpoint } from './serializer.js';
import { createAuthorizationEndpoint, deleteAuthorizationEndpoint, findAuthorizationEndpoint, getAuthorizationEndpoint } from './service.js';

export function authorizationEndpointRoutes(app: FastifyInstance, context: AppContext) {
  const routes = app.withTypeProvider<ZodTypeProvider>();
  // GET handlers read through `reads`, connections writes cannot take (db/database.ts).
  const { db, reads } = context.database;
  const tags = ['Authorization decisions'];
  const policy = { allowPrivate: context.config.webhookAllowPrivate };

  routes.post('/authorization-endpoints', {
    config: { idempotencyKey: true, errors: ['webhook_url_forbidden', 'authorization_endpoint_exists'] },
    schema: {
      tags,
      operationId: 'createAuthorizationEndpoint',
      summary: 'Register your authorization endpoint',
      description:
        'From now on each card authorization that passes Linkcy’s own checks is POSTed to `url`, signed like a webhook ' +
        '(Standard Webhooks headers; the message id is the authorization’s id), and your server answers ' +
        '`{"decision": "approve"}` or `{"decision": "decline"}` within `timeoutMs`; otherwise `fallback` applies. One endpoint ' +
        'per organization. Answers 201 with the signing secret, shown only now.',
      body: authorizationEndpointCreateDocument,
      response: { 201: authorizationEndpointDocument, ...errorResponses },
    },
    handler: async (request, reply) => {
      const organizationId = request.principal.organizationId;
      // The secret is in the answer: a replayed creation would need it stored, so it is sealed like a PIN.
      const result = await runCommand(
        db,
        request,
        async ({ tx, audit }) => {
          const { endpoint, secret } = await createAuthorizationEndpoint(tx, organizationId, request.body.data.attributes, {
            vault: context.vault,
            policy,
          });
          audit('authorization_endpoint.create', endpoint.id);
          return createdResponse(serializeAuthorizationEndpoint(endpoint, secret));
        },
        { sealed: true },
      );
      context.authorizationEndpoints.forget(organizationId);
      return sendCommandResult(reply, result);
    },
  });

  routes.get('/authorization-endpoints', {
    schema: {
      tags,
      operationId: 'listAuthorizationEndpoints',
      summary: 'List your authorization endpoint',
      description: 'None or one.',
      response: { 200: authorizationEndpointListDocument, ...errorResponses },
    },
    handler: async (request, reply) => {
      const endpoint = await findAuthorizationEndpoint(reads, request.principal.organizationId);
      return sendDocument(reply, 200, {
        data: endpoint ? [serializeAuthorizationEndpoint(endpoint)] : [],
        links: { self: '/authorization-endpoints' },
      });
    },
  });

  routes.get('/authorization-endpoints/:endpointId', {
    config: { errors: ['authorization_endpoint_not_found'] },
    schema: {
      tags,
      operationId: 'getAuthorizationEndpoint',
      summary: 'Get your authorization endpoint',
      params: authorizationEndpointParams,
      response: { 200: authorizationEndpointDocument, ...errorResponses },
    },
    handler: async (request, reply) =>
      sendDocument(
        reply,
        200,
        resourceDocument(
          serializeAuthorizationEndpoint(await getAuthorizationEndpoint(reads, request.principal.organizationId, request.params.endpointId)),
        ),
      ),
  });

  routes.delete('/authorization-endpoints/:endpointId', {
    config: { errors: ['authorization_endpoint_not_found'] },
    schema: {
      tags,
      operationId: 'deleteAuthorizationEndpoint',
      summary: 'Delete your authorization endpoint',
      description: 'Linkcy decides authorizations alone again (in every server process within a second).',
      params: authorizationEndpointParams,
      response: { 204: z.null().describe('Deleted; no body.'), ...errorResponses },
    },
    handler: async (request, reply) => {
      const organizationId = request.principal.organizationId;
      await execute(
        db,
        actorOf(request),
        async ({ tx, audit }) => {
          await deleteAuthorizationEndpoint(tx, organizationId, request.params.endpointId);
          audit('authorization_endpoint.delete', request.params.endpointId);
        },
        await requestNow(request),
      );
      context.authorizationEndpoints.forget(organizationId);
      return reply.code(204).send(null);
    },
  });
}
