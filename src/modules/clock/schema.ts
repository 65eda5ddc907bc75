import { bigint, pgTable, text } from 'drizzle-orm/pg-core';
import { organizations } from '../organizations/schema.js';

/** Each organization's sandbox clock (SPEC §11), as how far it runs ahead of real time. */
export const sandboxClocks = pgTable('sandbox_clocks', {
  organizationId: text('organization_id')
    .primaryKey()
    .references(() => organizations.id),
  offsetMs: bigint('offset_ms', { mode: 'number' }).notNull(),
});
