import { integer, pgTable, serial, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';

export type VaultKeyPurpose = 'pan' | 'pin' | 'cvv' | 'lookup' | 'webhook';

/** Data keys, each wrapped by a master key version (see vault.ts). Never holds a key in the clear. */
export const vaultKeys = pgTable(
  'vault_keys',
  {
    id: serial('id').primaryKey(),
    purpose: text('purpose', { enum: ['pan', 'pin', 'cvv', 'lookup', 'webhook'] }).notNull(),
    version: integer('version').notNull(),
    masterKeyVersion: integer('master_key_version').notNull(),
    wrappedKey: text('wrapped_key').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
    rotatedAt: timestamp('rotated_at', { withTimezone: true, mode: 'date' }),
  },
  (table) => [uniqueIndex('vault_keys_purpose_version_key').on(table.purpose, table.version)],
);

/**
 * The sandbox master keyring, when no master key is configured (sandbox only, see master-keys.ts): kept
 * in the database so that every server on it shares it. Test data only; live mode never reads it.
 */
export const sandboxMasterKeys = pgTable('sandbox_master_keys', {
  version: integer('version').primaryKey(),
  key: text('key').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
});
