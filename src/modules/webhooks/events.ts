import { and, asc, desc, eq, gt, gte, inArray, lt, sql, type SQL } from 'drizzle-orm';
import type { KeysetWindow } from '../../db/keyset.js';
import type { BatchWrite } from '../../db/batch-write.js';
import type { Db } from '../../db/database.js';
import { isId, newId } from '../../domain/ids.js';
import { AppError } from '../../errors/app-error.js';
import { events, type EventRow } from './schema.js';

/** A JSON:API resource object, as the API serializes it. */
export type ResourceObject = { type: string; id: string } & Record<string, unknown>;

/**
 * An event to record: something happened to `data` in the organization, at its time. Commands queue
 * them (commands/execute.ts, commands/batch.ts) and `eventsWrite` records them, with their webhook
 * fan-out (the outbox), in the statement that writes the change they describe: rolled back with it.
 */
export interface NewEvent {
  organizationId: string;
  type: string;
  data: ResourceObject;
  now: Date;
}

/**
 * The events (and their webhook fan-out) of a batch, as one write of its single statement
 * (db/batch-write.ts): the input rows, the events insert, and the deliveries insert that selects the
 * subscribed endpoints. Delivery ids take the event id's time part and 64 random bits, so they sort
 * with their event.
 */
export function eventsWrite(list: NewEvent[]): { write: BatchWrite | undefined; ids: { id: string }[] } {
  if (list.length === 0) return { write: undefined, ids: [] };
  // Deliveries are a work queue: due at real time, whatever the event's time says. An event carries its
  // organization's time (a sandbox clock may run days ahead), and the worker claims by real time.
  const dueAt = new Date().toISOString();
  const rows = list.map((event) => ({
    id: newId('event'),
    organization_id: event.organizationId,
    type: event.type,
    data: event.data,
    created_at: event.now.toISOString(),
  }));
  const ctes: [string, SQL][] = [
    [
      'event_input',
      sql`SELECT * FROM json_to_recordset(${JSON.stringify(rows)}::json)
            AS x(id text, organization_id text, type text, data json, created_at timestamptz)`,
    ],
    [
      'event_inserted',
      sql`INSERT INTO events (id, organization_id, type, data, created_at) SELECT id, organization_id, type, data, created_at FROM event_input`,
    ],
    [
      'event_deliveries',
      sql`INSERT INTO webhook_deliveries (id, organization_id, event_id, endpoint_id, status, next_attempt_at, created_at, updated_at)
          SELECT 'whd_' || substr(event_input.id, 5, 10) || upper(substr(md5(random()::text || endpoint.id || event_input.id || clock_timestamp()::text), 1, 16)),
                 event_input.organization_id, event_input.id, endpoint.id, 'pending', ${dueAt}::timestamptz, event_input.created_at, event_input.created_at
          FROM event_input
          JOIN webhook_endpoints endpoint
            ON endpoint.organization_id = event_input.organization_id AND endpoint.status = 'enabled' AND endpoint.deleted_at IS NULL
           AND ('*' = ANY (endpoint.event_types) OR event_input.type = ANY (endpoint.event_types))`,
    ],
  ];
  return { write: { ctes }, ids: rows.map((row) => ({ id: row.id })) };
}

/** Events by id, any organization (the webhook worker loads what it delivers). */
export async function eventsByIds(db: Db, ids: string[]): Promise<EventRow[]> {
  if (ids.length === 0) return [];
  return db.select().from(events).where(inArray(events.id, ids));
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
