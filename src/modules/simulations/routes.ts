import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppContext } from '../../app-context.js';
import { runCommand } from '../../http/idempotency.js';
import { documentResponse, sendResponse } from '../../http/json-api.js';
import { errorResponses } from '../../http/openapi.js';
import { transactionDocument } from '../transactions/schemas.js';
import { serializeTransaction } from '../transactions/serializer.js';
import { receiveIncomingTransfer } from './incoming-transfers.js';
import { incomingTransferDocument } from './schemas.js';

/** Sandbox routes that play the outside world (SPEC §5). They are not registered in live mode. */
export function simulationRoutes(app: FastifyInstance, context: AppContext) {
  const routes = app.withTypeProvider<ZodTypeProvider>();
  const { db } = context.database;
  const tags = ['Sandbox simulations'];

  routes.post('/simulations/incoming-transfers', {
    schema: {
      tags,
      summary: 'Simulate an incoming SEPA transfer',
      description: 'Credits the account holding `iban`. Answers the resulting transaction.',
      body: incomingTransferDocument,
      response: { 201: transactionDocument, ...errorResponses },
    },
    handler: async (request, reply) => {
      const result = await runCommand(db, request, async (tx, { idempotencyKey }) => {
        const row = await receiveIncomingTransfer(tx, request.principal.organizationId, request.body.data.attributes, idempotencyKey);
        const resource = serializeTransaction(row);
        return documentResponse(201, { data: resource, links: { self: resource.links.self } }, { Location: resource.links.self });
      });
      return sendResponse(reply, result, result.replayed ? { 'Idempotent-Replayed': 'true' } : {});
    },
  });
}
