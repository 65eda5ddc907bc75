import { bigint, boolean, index, jsonb, pgTable, text, timestamp } from 'drizzle-orm/pg-core';
import type { FallbackReason } from '../decisions/schemas.js';
import { bankAccounts } from '../accounts/schema.js';
import { cards } from '../cards/schema.js';
import { organizations } from '../organizations/schema.js';

export interface AuthorizationIncrement {
  amount: number;
  status: 'approved' | 'declined';
  declineReason: string | null;
  createdAt: string;
}

/** Card authorizations: two-phase holds on the card's account (SPEC §5). */
export const authorizations = pgTable(
  'authorizations',
  {
    id: text('id').primaryKey(),
    organizationId: text('organization_id')
      .notNull()
      .references(() => organizations.id),
    cardId: text('card_id')
      .notNull()
      .references(() => cards.id),
    bankAccountId: text('bank_account_id')
      .notNull()
      .references(() => bankAccounts.id),
    /** The pending cardPayment transaction of an approved authorization. */
    transactionId: text('transaction_id'),
    status: text('status', { enum: ['approved', 'declined', 'captured', 'released', 'expired'] }).notNull(),
    declineReason: text('decline_reason'),
    amount: bigint('amount', { mode: 'number' }).notNull(),
    capturedAmount: bigint('captured_amount', { mode: 'number' }),
    currency: text('currency').notNull(),
    merchant: jsonb('merchant').$type<{ name: string; mcc: string; city: string | null; country: string | null }>().notNull(),
    /** Counted in the card's spending windows when approved (the card had a windowed limit then). */
    countsTowardLimits: boolean('counts_toward_limits').notNull().default(false),
    /** Incremental authorizations (SPEC §10), approved or declined, oldest first. */
    increments: jsonb('increments').$type<AuthorizationIncrement[]>().notNull().default([]),
    /** Who decided with Linkcy (SPEC §10): the organization's endpoint, or its fallback; null when none was asked. */
    /** Rows from before fallback reasons were recorded have none (read as null). */
    decision: jsonb('decision').$type<{ source: 'endpoint' | 'fallback'; reason?: FallbackReason | null; latencyMs: number }>(),
    expiresAt: timestamp('expires_at', { withTimezone: true, mode: 'date' }),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'date' }).notNull(),
  },
  (table) => [
    index('authorizations_organization_id_idx').on(table.organizationId, table.id),
    index('authorizations_pending_expiry_idx').on(table.expiresAt),
  ],
);
export type AuthorizationRow = typeof authorizations.$inferSelect;
