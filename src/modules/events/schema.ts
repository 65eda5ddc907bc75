import { index, jsonb, pgTable, text, timestamp } from 'drizzle-orm/pg-core';
import { organizations } from '../organizations/schema.js';

/**
 * Events: one row per state change, written in the same database transaction as the change, so none is
 * lost and none describes a change that rolled back. `data` is the JSON:API resource object as the API
 * serializes it, which by construction holds no card secret.
 */
export const events = pgTable(
  'events',
  {
    id: text('id').primaryKey(),
    organizationId: text('organization_id')
      .notNull()
      .references(() => organizations.id),
    type: text('type').notNull(),
    data: jsonb('data').$type<{ type: string; id: string } & Record<string, unknown>>().notNull(),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull(),
  },
  (table) => [index('events_organization_id_idx').on(table.organizationId, table.id)],
);
export type EventRow = typeof events.$inferSelect;
