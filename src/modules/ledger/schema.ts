import { sql } from 'drizzle-orm';
import { bigint, bigserial, check, index, jsonb, pgTable, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import { bankAccounts, internalAccounts } from '../accounts/schema.js';
export type { InternalAccountPurpose } from '../accounts/schema.js';
import { organizations } from '../organizations/schema.js';

/**
 * The double-entry ledger. A journal entry is one balanced movement of money: its postings sum to zero
 * per currency. Postings are append-only.
 *
 * The other side of customer movements is an organization's internal accounts (accounts/schema.ts).
 */

export const journalEntries = pgTable(
  'journal_entries',
  {
    id: text('id').primaryKey(),
    organizationId: text('organization_id')
      .notNull()
      .references(() => organizations.id),
    /** The Idempotency-Key of the request that made this entry, so `ledger verify` can match them. */
    idempotencyKey: text('idempotency_key'),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull(),
  },
  (table) => [uniqueIndex('journal_entries_idempotency_key').on(table.organizationId, table.idempotencyKey)],
);

export const postings = pgTable(
  'postings',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    journalEntryId: text('journal_entry_id')
      .notNull()
      .references(() => journalEntries.id),
    organizationId: text('organization_id')
      .notNull()
      .references(() => organizations.id),
    bankAccountId: text('bank_account_id').references(() => bankAccounts.id),
    internalAccountId: text('internal_account_id').references(() => internalAccounts.id),
    /** Signed minor units: positive credits the account (raises a customer's balance), negative debits it. */
    amount: bigint('amount', { mode: 'number' }).notNull(),
    currency: text('currency').notNull(),
    /** For customer accounts: the balance right after this posting, and the account version it made. */
    balanceAfter: bigint('balance_after', { mode: 'number' }),
    accountVersion: bigint('account_version', { mode: 'number' }),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull(),
  },
  (table) => [
    check('postings_one_account', sql`(${table.bankAccountId} IS NULL) <> (${table.internalAccountId} IS NULL)`),
    check('postings_customer_chain', sql`(${table.bankAccountId} IS NULL) = (${table.balanceAfter} IS NULL AND ${table.accountVersion} IS NULL)`),
    check('postings_nonzero', sql`${table.amount} <> 0`),
    uniqueIndex('postings_account_version_key').on(table.bankAccountId, table.accountVersion),
    index('postings_internal_account_idx').on(table.internalAccountId),
    index('postings_journal_idx').on(table.journalEntryId),
  ],
);

/**
 * What a customer sees as a transaction on an account (SPEC §3): direction and amount from the
 * account's side, a kind, a status, and who was on the other side. Posted transactions point at the
 * journal entry that moved the money.
 */
export const transactions = pgTable(
  'transactions',
  {
    id: text('id').primaryKey(),
    organizationId: text('organization_id')
      .notNull()
      .references(() => organizations.id),
    bankAccountId: text('bank_account_id')
      .notNull()
      .references(() => bankAccounts.id),
    journalEntryId: text('journal_entry_id').references(() => journalEntries.id),
    kind: text('kind').notNull(),
    status: text('status', { enum: ['pending', 'posted', 'released', 'returned'] }).notNull(),
    direction: text('direction', { enum: ['credit', 'debit'] }).notNull(),
    amount: bigint('amount', { mode: 'number' }).notNull(),
    currency: text('currency').notNull(),
    description: text('description'),
    reference: text('reference'),
    counterparty: jsonb('counterparty').$type<{ name: string; iban: string | null; bic: string | null }>(),
    merchant: jsonb('merchant').$type<{ name: string; mcc: string; city: string | null; country: string | null }>(),
    cardId: text('card_id'),
    balanceAfter: bigint('balance_after', { mode: 'number' }),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull(),
    postedAt: timestamp('posted_at', { withTimezone: true, mode: 'date' }),
    updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'date' }).notNull(),
  },
  (table) => [
    check('transactions_amount_positive', sql`${table.amount} > 0`),
    index('transactions_account_id_idx').on(table.bankAccountId, table.id),
    index('transactions_organization_id_idx').on(table.organizationId, table.id),
  ],
);

export type TransactionRow = typeof transactions.$inferSelect;
export type NewTransactionRow = typeof transactions.$inferInsert;
