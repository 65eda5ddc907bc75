import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppContext } from '../../app-context.js';
import { resourceDocument, sendDocument } from '../../http/json-api.js';
import { errorResponses } from '../../http/openapi.js';
import { authorizationDocument, authorizationParams } from './schemas.js';
import { serializeAuthorization } from './serializer.js';
import { authorizationReader } from './service.js';

/** Reading card authorizations; the sandbox makes them (simulations/routes.ts), a card network in live mode. */
export function authorizationRoutes(app: FastifyInstance, context: AppContext) {
  const routes = app.withTypeProvider<ZodTypeProvider>();
  // Reads run on connections writes cannot take (db/database.ts).
  const readAuthorization = authorizationReader(context.database.reads);
  const tags = ['Cards'];

  routes.get('/authorizations/:authorizationId', {
    config: { errors: ['authorization_not_found'] },
    schema: {
      tags,
      operationId: 'getAuthorization',
      summary: 'Get a card authorization',
      params: authorizationParams,
      response: { 200: authorizationDocument, ...errorResponses },
    },
    handler: async (request, reply) => {
      const resource = serializeAuthorization(await readAuthorization(request.principal.organizationId, request.params.authorizationId));
      return sendDocument(reply, 200, resourceDocument(resource));
    },
  });
}
