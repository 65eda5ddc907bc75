import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../app-context.js';
import { AppError } from '../../errors/app-error.js';

/** Unauthenticated routes: probes for orchestrators and the OpenAPI document. */
export function systemRoutes(app: FastifyInstance, context: AppContext) {
  const hidden = { hide: true };

  app.get('/healthz', { schema: { ...hidden } }, async (_request, reply) => reply.type('application/json').send(JSON.stringify({ status: 'ok' })));

  app.get('/readyz', { schema: { ...hidden } }, async (_request, reply) => {
    try {
      await context.database.ping();
    } catch {
      throw new AppError('database_unavailable', 'The database does not answer.', { headers: { 'Retry-After': '1' } });
    }
    return reply.type('application/json').send(JSON.stringify({ status: 'ready', engine: context.database.engine }));
  });

  app.get('/openapi.json', { schema: { ...hidden } }, async (_request, reply) => reply.type('application/json').send(JSON.stringify(app.swagger())));
}
