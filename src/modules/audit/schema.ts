import { bigint, bigserial, index, integer, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

/**
 * The audit log: append-only, hash-chained. Each row's hash covers its content and the previous row's
 * hash in its chain, so altering, deleting or reordering a row breaks every hash after it in that chain
 * (`linkcy audit verify`). It records who did what to which resource with what outcome, never a secret.
 *
 * There is one chain per organization (and `system` for actions without one), so appends of one
 * tenant never wait on another's; rows written before chains were split are in the chain `global`.
 */
export const auditLog = pgTable(
  'audit_log',
  {
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
    chain: text('chain').notNull().default('global'),
    /** How many identical refusals this row stands for (card-secret calls past the rate limit are counted, not each written). */
    count: integer('count').notNull().default(1),
  },
  (table) => [index('audit_log_chain_id_idx').on(table.chain, table.id)],
);

/**
 * Each chain's head, written in the transaction of every append: its last entry's id and hash and its
 * number of entries. Hashes alone cannot show that a chain's last entries, or a whole chain, were
 * removed; the heads can (`linkcy audit verify`), and a checkpoint of them kept elsewhere shows the
 * heads themselves were not rewritten.
 */
export const auditChainHeads = pgTable('audit_chain_heads', {
  chain: text('chain').primaryKey(),
  lastId: bigint('last_id', { mode: 'number' }).notNull(),
  hash: text('hash').notNull(),
  entries: bigint('entries', { mode: 'number' }).notNull(),
});
