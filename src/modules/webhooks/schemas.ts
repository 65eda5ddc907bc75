import { z } from 'zod';
import { timestampSchema as timestamp } from '../../http/timestamps.js';
import { instantFilter, listLinksSchema, pageQuerySchema } from '../../http/pagination.js';
import { withReadOnlyMembers } from '../../http/validation.js';
import { eventTypes } from './service.js';
import { named } from '../../http/schema-registry.js';

/** Documents of events and webhook endpoints (SPEC §6). */

const eventTypeSchema = z.enum(['*', ...eventTypes], { error: `must be \`*\` or one of ${eventTypes.join(', ')}` });
const urlSchema = z.string().max(2048).describe('Where events are POSTed. Live mode: https to a public address.');
const eventsSchema = z.array(eventTypeSchema).min(1, { error: 'must list at least one event type, or `*`' }).max(50);
const descriptionSchema = z.string().trim().max(255).nullable().optional();

export const webhookCreateDocument = withReadOnlyMembers(
  z
    .strictObject({
      data: z.strictObject({
        type: z.literal('webhookEndpoint'),
        attributes: z.strictObject({ url: urlSchema, events: eventsSchema, description: descriptionSchema }),
      }),
    })
    .meta({
      examples: [
        { data: { type: 'webhookEndpoint', attributes: { url: 'https://example.com/linkcy/webhooks', events: ['*'], description: 'Backend' } } },
      ],
    }),
  { attributes: ['secret', 'status', 'createdAt', 'updatedAt'], id: true },
);

export const webhookUpdateDocument = withReadOnlyMembers(
  z.strictObject({
    data: z.strictObject({
      type: z.literal('webhookEndpoint'),
      id: z.string().optional(),
      attributes: z.strictObject({
        url: urlSchema.optional(),
        events: eventsSchema.optional(),
        description: descriptionSchema,
        status: z.enum(['enabled', 'disabled']).optional(),
      }),
    }),
  }),
  { attributes: ['secret', 'createdAt', 'updatedAt'] },
);

export const webhookParams = z.object({ webhookId: z.string().describe('The endpoint id, `whk_...`.') });
export const eventParams = z.object({ eventId: z.string().describe('The event id, `evt_...`.') });

export const eventListQuery = z.strictObject({
  ...pageQuerySchema,
  'filter[type]': z.enum(eventTypes).optional(),
  'filter[since]': instantFilter,
});
export const plainListQuery = z.strictObject({ ...pageQuerySchema });

/**
 * An event references the resource it is about (a JSON:API relationship) and carries that resource as it
 * was right after the change in its `meta`: JSON:API forbids resource objects (their `links` and
 * `relationships`) inside attributes, and a list's `included` may hold one object per resource, not one
 * per change.
 */
export const eventResource = z.object({
  type: z.literal('event'),
  id: z.string(),
  attributes: z.object({
    type: z.string().describe('What happened, such as `card.updated`.'),
    createdAt: timestamp,
  }),
  relationships: z.object({
    resource: z
      .object({ data: z.object({ type: z.string(), id: z.string() }) })
      .describe('The resource the event is about (`card`, `transaction`, ...).'),
  }),
  meta: z.object({
    snapshot: z
      .record(z.string(), z.unknown())
      .describe('The resource as the API showed it right after the change: what webhook messages carry as `data`.'),
  }),
  links: z.object({ self: z.string() }),
});

export const webhookResource = z.object({
  type: z.literal('webhookEndpoint'),
  id: z.string(),
  attributes: z.object({
    url: z.string(),
    events: z.array(z.string()),
    description: z.string().nullable(),
    status: z.enum(['enabled', 'disabled']),
    disabledReason: z.string().nullable(),
    secret: z.string().optional().describe('The signing secret, `whsec_...`: only in the answer that creates or rotates it.'),
    createdAt: timestamp,
    updatedAt: timestamp,
  }),
  links: z.object({ self: z.string(), deliveries: z.string() }),
});

export const deliveryResource = z.object({
  type: z.literal('webhookDelivery'),
  id: z.string(),
  attributes: z.object({
    status: z.enum(['pending', 'succeeded', 'failed']),
    attempts: z.number().int(),
    nextAttemptAt: timestamp.nullable(),
    lastResponseStatus: z.number().int().nullable(),
    lastError: z.string().nullable(),
    lastDurationMs: z.number().int().nullable(),
    createdAt: timestamp,
    updatedAt: timestamp,
  }),
  relationships: z.object({
    event: z.object({ data: z.object({ type: z.literal('event'), id: z.string() }) }),
    webhookEndpoint: z.object({ data: z.object({ type: z.literal('webhookEndpoint'), id: z.string() }) }),
  }),
});

export const eventDocument = z.object({ data: eventResource, links: z.object({ self: z.string() }) });
export const eventListDocument = z.object({ data: z.array(eventResource), links: listLinksSchema });
export const webhookDocument = z.object({ data: webhookResource, links: z.object({ self: z.string() }) });
export const webhookListDocument = z.object({ data: z.array(webhookResource), links: listLinksSchema });
export const deliveryListDocument = z.object({ data: z.array(deliveryResource), links: listLinksSchema });

named(eventResource, 'Event');
named(webhookResource, 'WebhookEndpoint');
named(deliveryResource, 'WebhookDelivery');
