import { index, integer, pgTable, text, timestamp } from 'drizzle-orm/pg-core';
import { organizations } from '../organizations/schema.js';

/**
 * The API request log (the dashboard's Requests page): each authenticated API request's time, method,
 * path, status, error code, request id and duration, for the organization that made it. Never a body,
 * a query string or a header. Kept `requestLogRetentionDays`.
 */
export const apiRequests = pgTable(
  'api_requests',
  {
    /** The request id (`req_...`), as the client got it in X-Request-Id and in each error's `id`. */
    id: text('id').primaryKey(),
    organizationId: text('organization_id')
      .notNull()
      .references(() => organizations.id),
    credentialId: text('credential_id').notNull(),
    method: text('method').notNull(),
    /** The path without its query (a filter value can be an email). */
    path: text('path').notNull(),
    status: integer('status').notNull(),
    /** The catalog codes of an error answer, comma-separated. */
    errorCode: text('error_code'),
    durationMs: integer('duration_ms').notNull(),
    at: timestamp('at', { withTimezone: true, mode: 'date' }).notNull(),
  },
  (table) => [index('api_requests_organization_idx').on(table.organizationId, table.id)],
);
export type ApiRequestRow = typeof apiRequests.$inferSelect;
