import { index, pgTable, primaryKey, text, timestamp } from 'drizzle-orm/pg-core';
import { organizations } from '../organizations/schema.js';

/**
 * Verification of Payee (SPEC §14): every check a payer's organization asked for, kept as answered, and
 * the sandbox's payees at other banks (what the partner's VoP service would answer in live mode).
 */

export const payeeVerificationResults = ['match', 'close_match', 'no_match', 'not_possible'] as const;
export type PayeeVerificationResult = (typeof payeeVerificationResults)[number];

export const payeeVerifications = pgTable(
  'payee_verifications',
  {
    id: text('id').primaryKey(),
    organizationId: text('organization_id')
      .notNull()
      .references(() => organizations.id),
    iban: text('iban').notNull(),
    /** The name the payer gave. */
    name: text('name').notNull(),
    result: text('result', { enum: payeeVerificationResults }).notNull(),
    /** The holder's name, only for a close match (never shown otherwise). */
    matchedName: text('matched_name'),
    /** Who answered: this server (the IBAN is held here), the sandbox's payees, or the partner's service. */
    answeredBy: text('answered_by', { enum: ['linkcy', 'sandbox', 'partner', 'none'] }).notNull(),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull(),
  },
  (table) => [index('payee_verifications_organization_id_idx').on(table.organizationId, table.id)],
);
export type PayeeVerificationRow = typeof payeeVerifications.$inferSelect;

/** Sandbox only: who holds an IBAN at another bank, as an organization registered it. */
export const sandboxPayees = pgTable(
  'sandbox_payees',
  {
    organizationId: text('organization_id')
      .notNull()
      .references(() => organizations.id),
    iban: text('iban').notNull(),
    name: text('name').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull(),
  },
  (table) => [primaryKey({ columns: [table.organizationId, table.iban] })],
);
