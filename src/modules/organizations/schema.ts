import { index, pgTable, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';

/** The tenant: every resource belongs to exactly one organization. */
export const organizations = pgTable(
  'organizations',
  {
    id: text('id').primaryKey(),
    name: text('name').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (table) => [uniqueIndex('organizations_name_key').on(table.name)],
);

/**
 * API credentials. The secret is stored only as its SHA-256: secrets carry 256 random bits, so a fast
 * hash is as strong as a slow one here, and authentication stays cheap on every request.
 */
export const credentials = pgTable(
  'credentials',
  {
    id: text('id').primaryKey(),
    organizationId: text('organization_id')
      .notNull()
      .references(() => organizations.id),
    label: text('label'),
    /** The dashboard member who generated it; null when made with the CLI. */
    createdBy: text('created_by'),
    /** The dashboard form that generated it: a resubmitted form (a page refresh) makes no second credential. */
    formNonce: text('form_nonce'),
    secretHash: text('secret_hash').notNull(),
    scopes: text('scopes').array().notNull(),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
    lastUsedAt: timestamp('last_used_at', { withTimezone: true, mode: 'date' }),
    expiresAt: timestamp('expires_at', { withTimezone: true, mode: 'date' }),
    revokedAt: timestamp('revoked_at', { withTimezone: true, mode: 'date' }),
  },
  (table) => [
    index('credentials_organization_idx').on(table.organizationId),
    uniqueIndex('credentials_form_nonce_key').on(table.organizationId, table.formNonce),
  ],
);
