import type { z } from 'zod';
import type { EventRow, WebhookDeliveryRow, WebhookEndpointRow } from './schema.js';
import { deliveryResource, eventResource, webhookResource } from './schemas.js';

export function serializeEvent(row: EventRow): z.infer<typeof eventResource> {
  return eventResource.parse({
    type: 'event',
    id: row.id,
    attributes: { type: row.type, createdAt: row.createdAt.toISOString() },
    relationships: { resource: { data: { type: row.data.type, id: row.data.id } } },
    meta: { snapshot: row.data },
    links: { self: `/events/${row.id}` },
  });
}

/** The secret appears only when given: in the answers that create or rotate it. */
export function serializeWebhook(row: WebhookEndpointRow, secret?: string): z.infer<typeof webhookResource> {
  return webhookResource.parse({
    type: 'webhookEndpoint',
    id: row.id,
    attributes: {
      url: row.url,
      events: row.eventTypes,
      description: row.description,
      status: row.status,
      disabledReason: row.disabledReason,
      ...(secret ? { secret } : {}),
      createdAt: row.createdAt.toISOString(),
      updatedAt: row.updatedAt.toISOString(),
    },
    links: { self: `/webhooks/${row.id}`, deliveries: `/webhooks/${row.id}/deliveries` },
  });
}

export function serializeDelivery(row: WebhookDeliveryRow): z.infer<typeof deliveryResource> {
  return deliveryResource.parse({
    type: 'webhookDelivery',
    id: row.id,
    attributes: {
      status: row.status,
      attempts: row.attempts,
      nextAttemptAt: row.status === 'pending' ? row.nextAttemptAt.toISOString() : null,
      lastResponseStatus: row.lastResponseStatus,
      lastError: row.lastError,
      lastDurationMs: row.lastDurationMs,
      createdAt: row.createdAt.toISOString(),
      updatedAt: row.updatedAt.toISOString(),
    },
    relationships: {
      event: { data: { type: 'event', id: row.eventId } },
      webhookEndpoint: { data: { type: 'webhookEndpoint', id: row.endpointId } },
    },
  });
}
