import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { emptyBody } from '../../http/fields.js';
import type { AppContext } from '../../app-context.js';
import { errorResponses } from '../../http/openapi.js';
import { execute } from '../../commands/execute.js';
import { actorOf, requestNow, runCommand, sendCommandResult } from '../../http/idempotency.js';
import { createdResponse, resourceDocument, sendDocument } from '../../http/json-api.js';
import { fetchPage, pageLinks } from '../../http/pagination.js';
import { AppError } from '../../errors/app-error.js';
import { entityCreateDocument, entityDocument, entityListDocument, entityListQuery, entityParams, entityUpdateDocument } from './schemas.js';
import { serializeEntity } from './serializer.js';
import { createEntity, entityReader, listEntities, updateEntity } from './service.js';

export function entityRoutes(app: FastifyInstance, context: AppContext) {
  const routes = app.withTypeProvider<ZodTypeProvider>();
  // GET handlers read through `reads`, connections writes cannot take (db/database.ts).
  const { db, reads } = context.database;
  const tags = ['Entities'];

  routes.post('/entities', {
    config: { idempotencyKey: true, errors: ['external_id_taken'] },
    schema: {
      tags,
      operationId: 'createEntity',
      summary: 'Register a new customer',
      description: 'Registers an individual or a business. In sandbox mode KYC is approved at once.',
      body: entityCreateDocument,
      response: { 201: entityDocument, ...errorResponses },
    },
    handler: async (request, reply) => {
      const policy = { initialKycStatus: context.config.mode === 'sandbox' ? context.config.sandboxKycStatus : 'pending' } as const;
      const result = await runCommand(db, request, async (command) => {
        const row = await createEntity(command, request.principal.organizationId, request.body.data.attributes, policy);
        const resource = serializeEntity(row);
        return createdResponse(resource);
      });
      return sendCommandResult(reply, result);
    },
  });

  routes.get('/entities', {
    schema: {
      tags,
      operationId: 'listEntities',
      summary: 'Get all your customers',
      description: 'Newest first, paginated by cursor; filter with `filter[...]`.',
      querystring: entityListQuery,
      response: { 200: entityListDocument, ...errorResponses },
    },
    handler: async (request, reply) => {
      const page = await fetchPage(request.query, 'entity', (window) => listEntities(reads, request.principal.organizationId, request.query, window));
      return sendDocument(reply, 200, { data: page.rows.map(serializeEntity), links: pageLinks(request, page) });
    },
  });

  const readEntity = entityReader(reads);
  const readOne = async (organizationId: string, entityId: string) => {
    const resource = serializeEntity(await readEntity(organizationId, entityId));
    return resourceDocument(resource);
  };

  routes.get('/entities/:entityId', {
    config: { errors: ['entity_not_found'] },
    schema: { tags, operationId: 'getEntity', summary: 'Get a customer', params: entityParams, response: { 200: entityDocument, ...errorResponses } },
    handler: async (request, reply) => sendDocument(reply, 200, await readOne(request.principal.organizationId, request.params.entityId)),
  });

  routes.post('/entities/:entityId', {
    config: { errors: ['entity_not_found'] },
    schema: {
      tags,
      operationId: 'getEntityByPost',
      summary: 'Get a customer (the seed reference’s form)',
      description: 'Answers exactly as `GET /entities/:entityId`. Kept because the original reference documents it.',
      params: entityParams,
      body: emptyBody,
      response: { 200: entityDocument, ...errorResponses },
    },
    handler: async (request, reply) => sendDocument(reply, 200, await readOne(request.principal.organizationId, request.params.entityId)),
  });

  routes.patch('/entities/:entityId', {
    config: { errors: ['entity_not_found', 'entity_closed', 'external_id_taken'] },
    schema: {
      tags,
      operationId: 'updateEntity',
      summary: 'Update a customer’s contact details',
      description: '`email`, `phone`, `address` and `metadata` (merged; `null` removes a key).',
      params: entityParams,
      body: entityUpdateDocument,
      response: { 200: entityDocument, ...errorResponses },
    },
    handler: async (request, reply) => {
      const { entityId } = request.params;
      const { data } = request.body;
      if (data.id !== undefined && data.id !== entityId) {
        throw new AppError('validation_failed', '`id` must equal the id in the URL.', { source: { pointer: '/data/id' } });
      }
      const row = await execute(
        db,
        actorOf(request),
        (command) => updateEntity(command, request.principal.organizationId, entityId, data.attributes),
        await requestNow(request),
      );
      const resource = serializeEntity(row);
      return sendDocument(reply, 200, resourceDocument(resource));
    },
  });
}
