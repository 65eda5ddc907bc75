import { date, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import type { CardStatus } from '../../domain/card-status.js';
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
    expMonth: integer('exp_month').notNull(),
    expYear: integer('exp_year').notNull(),
    shippingAddress: jsonb('shipping_address').$type<PostalAddress>(),
    shippingStatus: text('shipping_status', { enum: ['processing', 'shipped', 'delivered'] }),
    estimatedDeliveryFrom: date('estimated_delivery_from', { mode: 'string' }),
    estimatedDeliveryTo: date('estimated_delivery_to', { mode: 'string' }),
    shippedAt: timestamp('shipped_at', { withTimezone: true, mode: 'date' }),
    deliveredAt: timestamp('delivered_at', { withTimezone: true, mode: 'date' }),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'date' }).notNull(),
    closedAt: timestamp('closed_at', { withTimezone: true, mode: 'date' }),
  },
  (table) => [
    uniqueIndex('cards_pan_lookup_hash_key').on(table.panLookupHash),
    index('cards_organization_id_idx').on(table.organizationId, table.id),
    index('cards_entity_id_idx').on(table.entityId, table.id),
  ],
);
export type CardRow = typeof cards.$inferSelect;
