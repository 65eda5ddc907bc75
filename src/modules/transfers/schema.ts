import { bigint, customType, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';
import { bankAccounts } from '../accounts/schema.js';
import { journalEntries, transactions } from '../ledger/schema.js';
import { organizations } from '../organizations/schema.js';

/**
 * Money out (SPEC §9): book transfers between two accounts of one organization, outgoing SEPA credit
 * transfers with their status machine, and the ISO 20022 files exchanged with the partner bank. The
 * money itself moves in the ledger (ledger/outgoing.ts); these tables say what was asked and where it is.
 */

export const bookTransfers = pgTable(
  'book_transfers',
  {
    id: text('id').primaryKey(),
    organizationId: text('organization_id')
      .notNull()
      .references(() => organizations.id),
    fromAccountId: text('from_account_id')
      .notNull()
      .references(() => bankAccounts.id),
    toAccountId: text('to_account_id')
      .notNull()
      .references(() => bankAccounts.id),
    amount: bigint('amount', { mode: 'number' }).notNull(),
    currency: text('currency').notNull(),
    description: text('description'),
    status: text('status', { enum: ['posted'] }).notNull(),
    journalEntryId: text('journal_entry_id')
      .notNull()
      .references(() => journalEntries.id),
    debitTransactionId: text('debit_transaction_id')
      .notNull()
      .references(() => transactions.id),
    creditTransactionId: text('credit_transaction_id')
      .notNull()
      .references(() => transactions.id),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull(),
  },
  (table) => [
    index('book_transfers_organization_id_idx').on(table.organizationId, table.id),
    index('book_transfers_from_idx').on(table.fromAccountId, table.id),
    index('book_transfers_to_idx').on(table.toAccountId, table.id),
  ],
);
export type BookTransferRow = typeof bookTransfers.$inferSelect;

export const sepaSchemes = ['standard', 'instant'] as const;
export type SepaScheme = (typeof sepaSchemes)[number];

/** The Verification of Payee a transfer was sent with (SPEC §14), as it was when the payer authorized it. */
export interface PayeeVerificationRecord {
  id: string;
  result: 'match' | 'close_match' | 'no_match' | 'not_possible';
  acknowledged: boolean;
}

export const sepaTransferStatuses = ['pending', 'submitted', 'settled', 'rejected', 'returned', 'cancelled'] as const;
export type SepaTransferStatus = (typeof sepaTransferStatuses)[number];

export const sepaCreditTransfers = pgTable(
  'sepa_credit_transfers',
  {
    id: text('id').primaryKey(),
    organizationId: text('organization_id')
      .notNull()
      .references(() => organizations.id),
    bankAccountId: text('bank_account_id')
      .notNull()
      .references(() => bankAccounts.id),
    status: text('status', { enum: sepaTransferStatuses }).notNull(),
    /** SCT (`standard`, through the bank's files) or SCT Inst (`instant`, decided within 10 seconds). */
    scheme: text('scheme', { enum: sepaSchemes }).notNull().default('standard'),
    amount: bigint('amount', { mode: 'number' }).notNull(),
    currency: text('currency').notNull(),
    creditor: jsonb('creditor').$type<{ name: string; iban: string; bic: string | null }>().notNull(),
    remittanceInformation: text('remittance_information'),
    endToEndId: text('end_to_end_id').notNull(),
    /** The customer's outgoingTransfer transaction: pending, then posted (or released, or returned). */
    transactionId: text('transaction_id')
      .notNull()
      .references(() => transactions.id),
    /** The credit that gave the money back after a rejection or return of a submitted transfer. */
    returnTransactionId: text('return_transaction_id').references(() => transactions.id),
    returnReason: text('return_reason'),
    /** An instant transfer to an IBAN held here: the payee's incomingTransfer, booked in the same transaction. */
    creditTransactionId: text('credit_transaction_id').references(() => transactions.id),
    /** An instant transfer in flight: when (real time) the rail's answer is no longer awaited and it is rejected (AB05). */
    instantDeadlineAt: timestamp('instant_deadline_at', { withTimezone: true, mode: 'date' }),
    payeeVerification: jsonb('payee_verification').$type<PayeeVerificationRecord>(),
    /** The pain.001 message that carried it to the bank, and the payment information block in it. */
    exportMessageId: text('export_message_id'),
    paymentInformationId: text('payment_information_id'),
    /** Why the last export could not write it (it stays pending; SPEC §13); null once it can. */
    exportProblem: text('export_problem'),
    submittedAt: timestamp('submitted_at', { withTimezone: true, mode: 'date' }),
    settledAt: timestamp('settled_at', { withTimezone: true, mode: 'date' }),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'date' }).notNull(),
  },
  (table) => [
    index('sepa_credit_transfers_organization_id_idx').on(table.organizationId, table.id),
    index('sepa_credit_transfers_account_idx').on(table.bankAccountId, table.id),
    index('sepa_credit_transfers_status_idx').on(table.status, table.id),
    // A bank statement names a payment by its EndToEndId: within an organization it is unique.
    uniqueIndex('sepa_credit_transfers_end_to_end_id_key').on(table.organizationId, table.endToEndId),
    // The bank's files name payments by EndToEndId (whichever organization), by payment information
    // block (a batch booking, a pain.002) and by message (a pain.002's group status).
    index('sepa_credit_transfers_end_to_end_id_idx').on(table.endToEndId),
    index('sepa_credit_transfers_payment_information_id_idx').on(table.paymentInformationId),
    index('sepa_credit_transfers_export_message_id_idx').on(table.exportMessageId),
    // Instant transfers still waiting for the rail's answer: what the deadline sweep reads.
    index('sepa_credit_transfers_instant_in_flight_idx')
      .on(table.instantDeadlineAt)
      .where(sql`scheme = 'instant' AND status = 'pending'`),
  ],
);
export type SepaCreditTransferRow = typeof sepaCreditTransfers.$inferSelect;

const bytea = customType<{ data: Uint8Array; driverData: Uint8Array }>({ dataType: () => 'bytea' });

/** Every pain.001 message written, kept so that a lost file can be written again. */
export const sepaExports = pgTable('sepa_exports', {
  messageId: text('message_id').primaryKey(),
  transferCount: integer('transfer_count').notNull(),
  controlSum: bigint('control_sum', { mode: 'number' }).notNull(),
  /** The document as written, before exports were kept compressed (null since). */
  document: text('document'),
  /** The document as written, gzip-compressed: a payroll's file is a tenth of its size so. */
  documentGzip: bytea('document_gzip'),
  createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull(),
});

/** Every bank message applied (statement, notification, status report), by message id. */
export const bankStatementImports = pgTable('bank_statement_imports', {
  messageId: text('message_id').primaryKey(),
  /** Such as camt.053.001.08 (null for imports before it was recorded). */
  messageName: text('message_name'),
  sha256: text('sha256').notNull(),
  summary: jsonb('summary').$type<Record<string, number>>().notNull(),
  importedAt: timestamp('imported_at', { withTimezone: true, mode: 'date' }).notNull(),
});

export interface BankEntryCredit {
  transactionId: string;
  bankAccountId: string;
  organizationId: string;
  endToEndId: string | null;
  /** In cents. */
  amount: number;
}

/**
 * Every booked entry of the bank's statements and notifications that was read, by the account it is
 * on and the bank's own reference for it (SPEC §13): an entry is applied once, whichever file brings it
 * (a re-delivered statement, a notification then the day's statement).
 */
export const bankEntries = pgTable(
  'bank_entries',
  {
    accountIban: text('account_iban').notNull(),
    /** `ref:` and the AcctSvcrRef, else `seq:` and the statement's id, sequence number and entry reference. */
    entryKey: text('entry_key').notNull(),
    messageId: text('message_id').notNull(),
    /** As the file wrote it: "123.45 EUR". */
    amount: text('amount').notNull(),
    direction: text('direction', { enum: ['credit', 'debit'] }).notNull(),
    /** What it did: credited, settled, returned, suspense, unmatched, ignored... */
    outcome: text('outcome').notNull(),
    /** The customer credits it made: what a later reversal of it (RvslInd) takes back. */
    credits: jsonb('credits').$type<BankEntryCredit[]>().notNull().default([]),
    recordedAt: timestamp('recorded_at', { withTimezone: true, mode: 'date' }).notNull(),
  },
  (table) => [primaryKey({ columns: [table.accountIban, table.entryKey] })],
);
