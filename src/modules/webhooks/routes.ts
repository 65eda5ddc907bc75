import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { emptyBody } from '../../http/fields.js';
import type { AppContext } from '../../app-context.js';
import { execute } from '../../commands/execute.js';
import { AppError } from '../../errors/app-error.js';
import { actorOf, requestNow, runCommand, sendCommandResult } from '../../http/idempotency.js';
import { documentResponse, resourceDocument, sendDocument, createdResponse } from '../../http/json-api.js';
import { errorResponses } from '../../http/openapi.js';
import { fetchPage, pageLinks } from '../../http/pagination.js';
import { getEvent, listEvents } from './events.js';
import {
  deliveryListDocument,
  eventDocument,
  eventListDocument,
  eventListQuery,
  eventParams,
  plainListQuery,
  webhookCreateDocument,
  webhookDocument,
  webhookListDocument,
  webhookParams,
  webhookUpdateDocument,
} from './schemas.js';
import { serializeDelivery, serializeEvent, serializeWebhook } from './serializer.js';
import { createEndpoint, deleteEndpoint, getEndpoint, listDeliveries, listEndpoints, redeliver, rotateSecret, updateEndpoint } from './service.js';

export function eventAndWebhookRoutes(app: FastifyInstance, context: AppContext) {
  const routes = app.withTypeProvider<ZodTypeProvider>();
  // GET handlers read through `reads`, connections writes cannot take (db/database.ts).
  const { db, reads } = context.database;
  const policy = { allowPrivate: context.config.webhookAllowPrivate };
  routes.get('/events', {
    schema: {
      tags: ['Events'],
      operationId: 'listEvents',
      summary: 'List events',
      description: 'Newest first. Recover anything a webhook missed from here.',
      querystring: eventListQuery,
      response: { 200: eventListDocument, ...errorResponses },
    },
    handler: async (request, reply) => {
      const filters = { type: request.query['filter[type]'], since: request.query['filter[since]'] };
      const page = await fetchPage(request.query, 'event', (window) => listEvents(reads, request.principal.organizationId, filters, window));
      return sendDocument(reply, 200, { data: page.rows.map(serializeEvent), links: pageLinks(request, page) });
    },
  });

  routes.get('/events/:eventId', {
    config: { errors: ['event_not_found'] },
    schema: {
      tags: ['Events'],
      operationId: 'getEvent',
      summary: 'Get an event',
      params: eventParams,
      response: { 200: eventDocument, ...errorResponses },
    },
    handler: async (request, reply) => {
      const resource = serializeEvent(await getEvent(reads, request.principal.organizationId, request.params.eventId));
      return sendDocument(reply, 200, resourceDocument(resource));
    },
  });

  routes.post('/events/:eventId/redeliver', {
    config: { idempotencyKey: true, errors: ['event_not_found', 'webhook_not_found'] },
    schema: {
      tags: ['Events'],
      operationId: 'redeliverEvent',
      summary: 'Send an event to the webhooks again',
      description: 'Queues a new delivery of the event to every enabled endpoint that subscribes to its type. Answers 202 with the deliveries.',
      params: eventParams,
      body: emptyBody,
      response: { 202: deliveryListDocument, ...errorResponses },
    },
    handler: async (request, reply) => {
      const result = await runCommand(db, request, async ({ tx }) => {
        const deliveries = await redeliver(tx, request.principal.organizationId, request.params.eventId);
        return documentResponse(202, { data: deliveries.map(serializeDelivery), links: { self: `/events/${request.params.eventId}` } });
      });
      return sendCommandResult(reply, result);
    },
  });

  const tags = ['Webhooks'];
  routes.post('/webhooks', {
    config: { idempotencyKey: true, errors: ['webhook_url_forbidden', 'webhook_endpoint_limit_reached'] },
    schema: {
      tags,
      operationId: 'createWebhookEndpoint',
      summary: 'Register a webhook endpoint',
      description: 'Answers 201 with the signing secret (`whsec_...`), shown only now. Deliveries follow the Standard Webhooks specification.',
      body: webhookCreateDocument,
      response: { 201: webhookDocument, ...errorResponses },
    },
    handler: async (request, reply) => {
      const { attributes } = request.body.data;
      // The secret is in the answer: a replayed creation would need it stored, so it is sealed like a PIN.
      const result = await runCommand(
        db,
        request,
        async ({ tx, audit }) => {
          // Without a form nonce nothing can conflict, so an endpoint is always created here.
          const { endpoint, secret } = (await createEndpoint(tx, request.principal.organizationId, attributes, { vault: context.vault, policy }))!;
          audit('webhook.create', endpoint.id);
          const resource = serializeWebhook(endpoint, secret);
          return createdResponse(resource);
        },
        { sealed: true },
      );
      return sendCommandResult(reply, result);
    },
  });

  routes.get('/webhooks', {
    schema: {
      tags,
      operationId: 'listWebhookEndpoints',
      summary: 'List webhook endpoints',
      querystring: plainListQuery,
      response: { 200: webhookListDocument, ...errorResponses },
    },
    handler: async (request, reply) => {
      const page = await fetchPage(request.query, 'webhook', (window) => listEndpoints(reads, request.principal.organizationId, window));
      return sendDocument(reply, 200, { data: page.rows.map((row) => serializeWebhook(row)), links: pageLinks(request, page) });
    },
  });

  routes.get('/webhooks/:webhookId', {
    config: { errors: ['webhook_not_found'] },
    schema: {
      tags,
      operationId: 'getWebhookEndpoint',
      summary: 'Get a webhook endpoint',
      params: webhookParams,
      response: { 200: webhookDocument, ...errorResponses },
    },
    handler: async (request, reply) =>
      sendDocument(
        reply,
        200,
        resourceDocument(serializeWebhook(await getEndpoint(reads, request.principal.organizationId, request.params.webhookId))),
      ),
  });

  routes.patch('/webhooks/:webhookId', {
    config: { errors: ['webhook_not_found', 'webhook_url_forbidden'] },
    schema: {
      tags,
      operationId: 'updateWebhookEndpoint',
      summary: 'Update a webhook endpoint',
      description: '`url`, `events`, `description`, or `status` (`enabled`/`disabled`; re-enable after a 410 disabled it).',
      params: webhookParams,
      body: webhookUpdateDocument,
      response: { 200: webhookDocument, ...errorResponses },
    },
    handler: async (request, reply) => {
      const { data } = request.body;
      if (data.id !== undefined && data.id !== request.params.webhookId) {
        throw new AppError('validation_failed', '`id` must equal the id in the URL.', { source: { pointer: '/data/id' } });
      }
      const row = await execute(
        db,
        actorOf(request),
        async ({ tx, audit }) => {
          const updated = await updateEndpoint(tx, request.principal.organizationId, request.params.webhookId, data.attributes, policy);
          audit('webhook.update', updated.id);
          return updated;
        },
        await requestNow(request),
      );
      return sendDocument(reply, 200, resourceDocument(serializeWebhook(row)));
    },
  });

  routes.delete('/webhooks/:webhookId', {
    config: { errors: ['webhook_not_found'] },
    schema: {
      tags,
      operationId: 'deleteWebhookEndpoint',
      summary: 'Delete a webhook endpoint',
      params: webhookParams,
      response: { 204: z.null().describe('Deleted; no body.'), ...errorResponses },
    },
    handler: async (request, reply) => {
      await execute(
        db,
        actorOf(request),
        async ({ tx, audit }) => {
          await deleteEndpoint(tx, request.principal.organizationId, request.params.webhookId);
          audit('webhook.delete', request.params.webhookId);
        },
        await requestNow(request),
      );
      return reply.code(204).send(null);
    },
  });

  routes.post('/webhooks/:webhookId/rotate-secret', {
    config: { idempotencyKey: true, errors: ['webhook_not_found'] },
    schema: {
      tags,
      operationId: 'rotateWebhookSecret',
      summary: 'Rotate a webhook endpoint’s signing secret',
      description: 'Answers the new secret once. The old one keeps signing beside it (a second `v1,` signature) for 24 hours.',
      params: webhookParams,
      body: emptyBody,
      response: { 200: webhookDocument, ...errorResponses },
    },
    handler: async (request, reply) => {
      const result = await runCommand(
        db,
        request,
        async ({ tx, audit }) => {
          const { endpoint, secret } = await rotateSecret(tx, request.principal.organizationId, request.params.webhookId, context.vault);
          audit('webhook.rotate_secret', endpoint.id);
          return documentResponse(200, resourceDocument(serializeWebhook(endpoint, secret)));
        },
        { sealed: true },
      );
      return sendCommandResult(reply, result);
    },
  });

  routes.get('/webhooks/:webhookId/deliveries', {
    config: { errors: ['webhook_not_found'] },
    schema: {
      tags,
      operationId: 'listWebhookDeliveries',
      summary: 'List an endpoint’s deliveries',
      description: 'Each delivery with its status, attempts, last response code and duration, and next attempt.',
      params: webhookParams,
      querystring: plainListQuery,
      response: { 200: deliveryListDocument, ...errorResponses },
    },
    handler: async (request, reply) => {
      const endpoint = await getEndpoint(reads, request.principal.organizationId, request.params.webhookId);
      const page = await fetchPage(request.query, 'webhookDelivery', (window) => listDeliveries(reads, endpoint.id, window));
      return sendDocument(reply, 200, { data: page.rows.map(serializeDelivery), links: pageLinks(request, page) });
    },
  });
}
