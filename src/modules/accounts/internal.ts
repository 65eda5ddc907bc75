import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/database.js';
import { newId } from '../../domain/ids.js';
import { internalAccountPurposes, internalAccounts, type InternalAccountPurpose } from './schema.js';

/** Internal account ids never change once created and committed, so each process remembers them. */
const internalAccountIds = new Map<string, string>();

/** Creates the internal accounts an organization needs for a currency, if they do not exist yet. */
export async function ensureInternalAccounts(db: Db, organizationId: string, currency: string): Promise<void> {
  await db
    .insert(internalAccounts)
    .values(internalAccountPurposes.map((purpose) => ({ id: newId('internalAccount'), organizationId, purpose, currency })))
    .onConflictDoNothing();
}

/**
 * The organization's internal account for a purpose and currency (the ledger posts against it), created
 * if it does not exist yet. Remembered only once committed by someone else: a row this transaction
 * created would be gone if it rolled back, and a remembered id of it would break every later posting.
 */
export async function internalAccountId(db: Db, organizationId: string, purpose: InternalAccountPurpose, currency: string): Promise<string> {
  const cacheKey = `${organizationId}|${purpose}|${currency}`;
  const cached = internalAccountIds.get(cacheKey);
  if (cached) return cached;
  const find = () =>
    db
      .select({
        id: internalAccounts.id,
        // Written by this transaction (not yet committed): not to be remembered.
        mine: sql<boolean>`coalesce(${internalAccounts}.xmin = xid(pg_current_xact_id_if_assigned()), false)`,
      })
      .from(internalAccounts)
      .where(
        and(eq(internalAccounts.organizationId, organizationId), eq(internalAccounts.purpose, purpose), eq(internalAccounts.currency, currency)),
      );
  let [row] = await find();
  if (!row) {
    await ensureInternalAccounts(db, organizationId, currency);
    [row] = await find();
  }
  if (!row!.mine) internalAccountIds.set(cacheKey, row!.id);
  return row!.id;
}
