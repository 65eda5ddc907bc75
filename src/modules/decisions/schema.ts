import { integer, pgTable, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import { organizations } from '../organizations/schema.js';

/**
 * An organization's authorization endpoint (SPEC §10): its own server, asked to approve or decline each
 * card authorization that passes Linkcy's checks. One per organization; the signing secret is stored
 * encrypted (vault `webhook` key, its own binding).
 */
export const authorizationEndpoints = pgTable(
  'authorization_endpoints',
  {
    id: text('id').primaryKey(),
    organizationId: text('organization_id')
      .notNull()
      .references(() => organizations.id),
    url: text('url').notNull(),
    timeoutMs: integer('timeout_ms').notNull(),
    fallback: text('fallback', { enum: ['approve', 'decline'] }).notNull(),
    secretCiphertext: text('secret_ciphertext').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull(),
  },
  (table) => [uniqueIndex('authorization_endpoints_organization_key').on(table.organizationId)],
);
export type AuthorizationEndpointRow = typeof authorizationEndpoints.$inferSelect;
