import { bigint, index, pgTable, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';
import { entities } from '../entities/schema.js';
import { organizations } from '../organizations/schema.js';

/**
 * Customer bank accounts. The balance columns are the ledger's running state for the account: they
 * change only together with an appended posting (see ledger/service.ts), in the same transaction, and
 * `ledger verify` checks them against the postings.
 */
export const bankAccounts = pgTable(
  'bank_accounts',
  {
    id: text('id').primaryKey(),
    organizationId: text('organization_id')
      .notNull()
      .references(() => organizations.id),
    entityId: text('entity_id')
      .notNull()
      .references(() => entities.id),
    currency: text('currency').notNull(),
    iban: text('iban').notNull(),
    bic: text('bic').notNull(),
    status: text('status', { enum: ['open', 'closed'] }).notNull(),
    /** Sum of the account's postings: the booked ("current") balance, in minor units. */
    postedBalance: bigint('posted_balance', { mode: 'number' }).notNull().default(0),
    /** Sum of the amounts held by pending card authorizations. Available = posted - held. */
    heldAmount: bigint('held_amount', { mode: 'number' }).notNull().default(0),
    /** Number of postings on the account; each posting carries the version it made. */
    version: bigint('version', { mode: 'number' }).notNull().default(0),
    /** The most one instant transfer may send from this account, in minor units (SPEC §14); null for no limit. */
    instantTransferLimit: bigint('instant_transfer_limit', { mode: 'number' }),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'date' }).notNull(),
    closedAt: timestamp('closed_at', { withTimezone: true, mode: 'date' }),
  },
  (table) => [
    uniqueIndex('bank_accounts_iban_key').on(table.iban),
    index('bank_accounts_organization_id_idx').on(table.organizationId, table.id),
    index('bank_accounts_entity_idx').on(table.entityId),
    // One open account per customer and currency (SPEC §3); closed ones do not count.
    uniqueIndex('bank_accounts_one_open_per_currency_key')
      .on(table.entityId, table.currency)
      .where(sql`status = 'open'`),
  ],
);

export type BankAccountRow = typeof bankAccounts.$inferSelect;

/**
 * An organization's internal accounts, per purpose and currency (settlement of incoming transfers, card
 * network settlement, fees, SEPA clearing and settlement, suspense): the other side of customer
 * movements in the ledger. They have no balance column: their balance is the sum of their postings, so
 * that no request ever waits on a lock of theirs (the "hot account" problem of SPEC §3). Created with an
 * organization's first account in a currency (accounts/internal.ts).
 */
export const internalAccountPurposes = [
  'incoming_transfer_settlement',
  'card_settlement',
  'fees',
  /** Submitted outgoing SEPA transfers not yet settled: its balance is their sum. */
  'sepa_clearing',
  /** What left through the partner bank for settled outgoing SEPA transfers. */
  'sepa_settlement',
  /** Credits from a bank statement for an IBAN no account holds, until someone sorts them out. */
  'suspense',
] as const;
export type InternalAccountPurpose = (typeof internalAccountPurposes)[number];

export const internalAccounts = pgTable(
  'internal_accounts',
  {
    id: text('id').primaryKey(),
    organizationId: text('organization_id')
      .notNull()
      .references(() => organizations.id),
    purpose: text('purpose', { enum: internalAccountPurposes }).notNull(),
    currency: text('currency').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (table) => [uniqueIndex('internal_accounts_purpose_key').on(table.organizationId, table.purpose, table.currency)],
);
