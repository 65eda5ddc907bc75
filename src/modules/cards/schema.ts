import { sql } from 'drizzle-orm';
import { bigint, check, date, index, integer, jsonb, pgTable, primaryKey, text, timestamp } from 'drizzle-orm/pg-core';
import type { CardStatus } from '../../domain/card-status.js';
import { noSpendingControls, windowedIntervals, type SpendingControls } from '../../domain/spending.js';
import { bankAccounts } from '../accounts/schema.js';
import type { PostalAddress } from '../entities/schema.js';
import { entities } from '../entities/schema.js';
import { organizations } from '../organizations/schema.js';

/**
 * Payment cards. The PAN is stored only encrypted (`pan_ciphertext`) with a keyed hash for uniqueness;
 * the PIN only encrypted under its own key; the CVV not at all (it is derived). `last4` and `bin` are the
 * parts of a PAN that may be shown.
 */
export const cards = pgTable(
  'cards',
  {
    id: text('id').primaryKey(),
    organizationId: text('organization_id')
      .notNull()
      .references(() => organizations.id),
    entityId: text('entity_id')
      .notNull()
      .references(() => entities.id),
    bankAccountId: text('bank_account_id')
      .notNull()
      .references(() => bankAccounts.id),
    form: text('form', { enum: ['virtual', 'physical'] }).notNull(),
    status: text('status').$type<CardStatus>().notNull(),
    cardholderName: text('cardholder_name').notNull(),
    brand: text('brand').notNull(),
    bin: text('bin').notNull(),
    last4: text('last4').notNull(),
    panCiphertext: text('pan_ciphertext').notNull(),
    panLookupHash: text('pan_lookup_hash').notNull(),
    pinCiphertext: text('pin_ciphertext').notNull(),
    /** Wrong PINs in a row at authorizations; at three the PIN is blocked until a reset (SPEC §10). */
    pinFailures: integer('pin_failures').notNull().default(0),
    expMonth: integer('exp_month').notNull(),
    expYear: integer('exp_year').notNull(),
    shippingAddress: jsonb('shipping_address').$type<PostalAddress>(),
    shippingStatus: text('shipping_status', { enum: ['processing', 'shipped', 'delivered'] }),
    estimatedDeliveryFrom: date('estimated_delivery_from', { mode: 'string' }),
    estimatedDeliveryTo: date('estimated_delivery_to', { mode: 'string' }),
    shippedAt: timestamp('shipped_at', { withTimezone: true, mode: 'date' }),
    deliveredAt: timestamp('delivered_at', { withTimezone: true, mode: 'date' }),
    /** Limits and merchant rules (SPEC §10), always whole: every list present, empty when unused. */
    spendingControls: jsonb('spending_controls').$type<SpendingControls>().notNull().default(noSpendingControls),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'date' }).notNull(),
    closedAt: timestamp('closed_at', { withTimezone: true, mode: 'date' }),
    /** The card this one replaces (SPEC §10); a replaced card names its successor in `replacedBy`. */
    replacesCardId: text('replaces_card_id'),
    replacedByCardId: text('replaced_by_card_id'),
    replacementReason: text('replacement_reason', { enum: ['lost', 'stolen', 'damaged', 'expiring'] }),
  },
  (table) => [
    // A replacement for a damaged or expiring card keeps its number: numbers are unique in card_numbers,
    // keyed by the lookup hash (a lookup by number goes there), so cards needs no index on it.
    index('cards_organization_id_idx').on(table.organizationId, table.id),
    index('cards_entity_id_idx').on(table.entityId, table.id),
  ],
);
export type CardRow = typeof cards.$inferSelect;

/**
 * What a card with a windowed limit has spent in its current window of each interval (approved holds
 * and captures; a release gives back). One row per card and interval: a new window restarts the row.
 * Written only while the card's account is locked, so the plan that reads it cannot race another.
 */
export const cardSpending = pgTable(
  'card_spending',
  {
    cardId: text('card_id')
      .notNull()
      .references(() => cards.id),
    interval: text('interval', { enum: windowedIntervals }).notNull(),
    windowStart: timestamp('window_start', { withTimezone: true, mode: 'date' }).notNull(),
    spent: bigint('spent', { mode: 'number' }).notNull(),
  },
  (table) => [primaryKey({ columns: [table.cardId, table.interval] }), check('card_spending_spent_not_negative', sql`${table.spent} >= 0`)],
);
export type CardSpendingRow = typeof cardSpending.$inferSelect;

/**
 * Every card number ever issued, once (SPEC §4: PANs are unique), by its keyed hash: a new number is
 * claimed here first; a replacement that keeps its predecessor's number claims nothing.
 */
export const cardNumbers = pgTable('card_numbers', {
  panLookupHash: text('pan_lookup_hash').primaryKey(),
  /** The first card that carried the number. */
  cardId: text('card_id').notNull(),
});
