import { date, index, jsonb, pgTable, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import { organizations } from '../organizations/schema.js';

export interface PostalAddress {
  line1: string;
  line2: string | null;
  postalCode: string;
  city: string;
  region: string | null;
  country: string;
}

/** Customers of an organization: individuals and businesses. */
export const entities = pgTable(
  'entities',
  {
    id: text('id').primaryKey(),
    organizationId: text('organization_id')
      .notNull()
      .references(() => organizations.id),
    kind: text('kind', { enum: ['individual', 'business'] }).notNull(),
    status: text('status', { enum: ['active', 'closed'] }).notNull(),
    kycStatus: text('kyc_status', { enum: ['pending', 'approved', 'rejected'] }).notNull(),
    /** Why KYC was rejected (sandbox decisions carry them; empty otherwise). */
    kycReasons: text('kyc_reasons').array().notNull().default([]),
    firstName: text('first_name'),
    lastName: text('last_name'),
    dateOfBirth: date('date_of_birth', { mode: 'string' }),
    nationality: text('nationality'),
    legalName: text('legal_name'),
    registrationNumber: text('registration_number'),
    email: text('email').notNull(),
    phone: text('phone'),
    address: jsonb('address').$type<PostalAddress>().notNull(),
    externalId: text('external_id'),
    metadata: jsonb('metadata').$type<Record<string, string>>().notNull(),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'date' }).notNull(),
  },
  (table) => [
    // Ids are time-ordered, so (organization, id) serves every newest-first page of a tenant.
    index('entities_organization_id_idx').on(table.organizationId, table.id),
    uniqueIndex('entities_organization_external_id_key').on(table.organizationId, table.externalId),
    index('entities_organization_email_idx').on(table.organizationId, table.email),
  ],
);

export type EntityRow = typeof entities.$inferSelect;
