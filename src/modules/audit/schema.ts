import { bigserial, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

/**
 * The audit log: append-only, hash-chained. Each row's hash covers its content and the previous row's
 * hash, so altering, deleting or reordering a row breaks every hash after it (`linkcy audit verify`).
 * It records who did what to which resource with what outcome, never a secret itself.
 */
export const auditLog = pgTable('audit_log', {
  id: bigserial('id', { mode: 'number' }).primaryKey(),
  organizationId: text('organization_id'),
  /** The credential (`cli_...`) or person that acted. */
  actor: text('actor').notNull(),
  action: text('action').notNull(),
  resource: text('resource'),
  /** `success`, or the error code that refused the action. */
  outcome: text('outcome').notNull(),
  /** Where the request came from: client address and user agent. */
  origin: text('origin').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull(),
  previousHash: text('previous_hash').notNull(),
  hash: text('hash').notNull(),
});
