import { and, asc, desc, eq, gt, gte, lt, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/database.js';
import { isId, newId } from '../../domain/ids.js';
import { AppError } from '../../errors/app-error.js';
import type { KeysetWindow } from '../../http/pagination.js';
import { webhookDeliveries, webhookEndpoints } from '../webhooks/schema.js';
import { events, type EventRow } from './schema.js';

/** A JSON:API resource object, as the API serializes it. */
export type ResourceObject = { type: string; id: string } & Record<string, unknown>;

/**
 * Records that something happened, in the caller's transaction, and queues a delivery for every enabled
 * webhook endpoint of the organization that subscribes to the type (the outbox). Rolled back with the
 * change it describes.
 */
export async function emitEvent(db: Db, organizationId: string, type: string, data: ResourceObject, now = new Date()): Promise<EventRow> {
  const [event] = await db.insert(events).values({ id: newId('event'), organizationId, type, data, createdAt: now }).returning();
  const endpoints = await db
    .select({ id: webhookEndpoints.id, eventTypes: webhookEndpoints.eventTypes })
    .from(webhookEndpoints)
    .where(and(eq(webhookEndpoints.organizationId, organizationId), eq(webhookEndpoints.status, 'enabled')));
  const subscribed = endpoints.filter((endpoint) => endpoint.eventTypes.includes('*') || endpoint.eventTypes.includes(type));
  if (subscribed.length > 0) {
    await db.insert(webhookDeliveries).values(
      subscribed.map((endpoint) => ({
        id: newId('webhookDelivery'),
        organizationId,
        eventId: event!.id,
        endpointId: endpoint.id,
        status: 'pending' as const,
        nextAttemptAt: now,
        createdAt: now,
        updatedAt: now,
      })),
    );
  }
  return event!;
}

export async function getEvent(db: Db, organizationId: string, eventId: string): Promise<EventRow> {
  const notFound = new AppError('event_not_found', `No event \`${eventId}\` exists in your organization.`);
  if (!isId('event', eventId)) throw notFound;
  const [row] = await db
    .select()
    .from(events)
    .where(and(eq(events.organizationId, organizationId), eq(events.id, eventId)));
  if (!row) throw notFound;
  return row;
}

export async function listEvents(
  db: Db,
  organizationId: string,
  filters: { type?: string | undefined; since?: string | undefined },
  window: KeysetWindow,
): Promise<EventRow[]> {
  const conditions: (SQL | undefined)[] = [
    eq(events.organizationId, organizationId),
    filters.type !== undefined ? eq(events.type, filters.type) : undefined,
    filters.since !== undefined ? gte(events.createdAt, new Date(filters.since)) : undefined,
    window.idGreaterThan !== undefined ? gt(events.id, window.idGreaterThan) : undefined,
    window.idLessThan !== undefined ? lt(events.id, window.idLessThan) : undefined,
  ];
  return db
    .select()
    .from(events)
    .where(and(...conditions))
    .orderBy(window.ascending ? asc(events.id) : desc(events.id))
    .limit(window.limit);
}
