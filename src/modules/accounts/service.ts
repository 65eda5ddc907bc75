import { and, asc, desc, eq, gt, inArray, lt, sql, type SQL } from 'drizzle-orm';
import type { KeysetWindow } from '../../db/keyset.js';
import { limits, type Config } from '../../config.js';
import type { CommandContext } from '../../commands/execute.js';
import type { Db } from '../../db/database.js';
import { anyParameter, type IdsQuery } from '../../db/prepared.js';
import { organizationReader } from '../../db/read-batch.js';
import { frenchIban, randomAccountNumber } from '../../domain/iban.js';
import { isId, newId } from '../../domain/ids.js';
import { AppError } from '../../errors/app-error.js';
import { getEligibleEntity, getEntity } from '../entities/service.js';
import { bankAccountsByIds } from './balances.js';
import { ensureInternalAccounts } from './internal.js';
import { bankAccounts, type BankAccountRow } from './schema.js';
import { serializeBankAccount } from './serializer.js';
import type { BankAccountListQuery } from './schemas.js';

/** Customer bank accounts: opening, reading, closing (SPEC §3). */

export function bankAccountNotFound(accountId: string): AppError {
  return new AppError('bank_account_not_found', `No bank account \`${accountId}\` exists in your organization.`);
}

async function findOpenAccount(db: Db, entityId: string, currency: string): Promise<BankAccountRow | undefined> {
  const [row] = await db
    .select()
    .from(bankAccounts)
    .where(and(eq(bankAccounts.entityId, entityId), eq(bankAccounts.currency, currency), eq(bankAccounts.status, 'open')));
  return row;
}

function accountExists(existing: BankAccountRow): AppError {
  return new AppError('bank_account_exists', `The customer already has an open ${existing.currency} account, \`${existing.id}\`.`, {
    source: { pointer: '/data/relationships/entity/data/id' },
  });
}

/**
 * Opens an account with a new IBAN for an approved, active customer. Errors: entity_not_found,
 * entity_closed, entity_not_approved, bank_account_exists.
 */
export async function openBankAccount(
  context: CommandContext,
  organizationId: string,
  input: { entityId: string; currency: string },
  iban: Config['iban'],
): Promise<BankAccountRow> {
  const db = context.tx;
  // Locking the customer serializes concurrent openings for it, so the one-open-account rule is
  // decided here rather than by a unique-index race.
  const entity = await getEligibleEntity(db, organizationId, input.entityId, 'accounts open', { forUpdate: true });
  const existing = await findOpenAccount(db, entity.id, input.currency);
  if (existing) throw accountExists(existing);

  // The ledger posts the other side of this account's movements on them.
  await ensureInternalAccounts(db, organizationId, input.currency);
  const now = context.now;
  for (let attempt = 0; attempt < limits.accountNumberAttemptsMax; attempt++) {
    // ON CONFLICT DO NOTHING keeps the transaction usable when the random IBAN is already taken.
    const [row] = await db
      .insert(bankAccounts)
      .values({
        id: newId('bankAccount'),
        organizationId,
        entityId: entity.id,
        currency: input.currency,
        iban: frenchIban(iban.bankCode, iban.branchCode, randomAccountNumber()),
        bic: iban.bic,
        status: 'open',
        createdAt: now,
        updatedAt: now,
      })
      .onConflictDoNothing()
      .returning();
    if (row) {
      context.emit('bankAccount.created', serializeBankAccount(row), now);
      return row;
    }
    const raced = await findOpenAccount(db, entity.id, input.currency);
    if (raced) throw accountExists(raced);
  }
  throw new Error(`no unused account number after ${limits.accountNumberAttemptsMax} attempts`);
}

/**
 * The customers who hold these accounts, as a subquery another module's read can take (`entityNames`):
 * sent with the accounts' lock, it costs no round trip of its own (db/transaction.ts).
 */
export function holdersOfAccounts(accountIds: string[]): IdsQuery {
  return { name: 'account_holders', query: holdersOfAccountsQuery, values: { accountIds: anyParameter(accountIds) } };
}

const holdersOfAccountsQuery = sql`(SELECT ${sql.identifier(bankAccounts.entityId.name)} FROM ${bankAccounts} WHERE ${sql.identifier(bankAccounts.id.name)} = ANY(${sql.placeholder('accountIds')}))`;

/** Reads one account of the organization. Errors: bank_account_not_found (also for other tenants'). */
export async function getBankAccount(db: Db, organizationId: string, accountId: string): Promise<BankAccountRow> {
  if (!isId('bankAccount', accountId)) throw bankAccountNotFound(accountId);
  const [row] = await db
    .select()
    .from(bankAccounts)
    .where(and(eq(bankAccounts.organizationId, organizationId), eq(bankAccounts.id, accountId)));
  if (!row) throw bankAccountNotFound(accountId);
  return row;
}

/** GET /bank-accounts/:id's read: concurrent ones share one statement (db/read-batch.ts). Errors: bank_account_not_found. */
export const bankAccountReader = organizationReader(bankAccountsByIds, 'bankAccount', bankAccountNotFound);

export async function listBankAccounts(db: Db, organizationId: string, query: BankAccountListQuery, window: KeysetWindow) {
  const conditions: (SQL | undefined)[] = [
    eq(bankAccounts.organizationId, organizationId),
    query['filter[entity]'] !== undefined ? eq(bankAccounts.entityId, query['filter[entity]']) : undefined,
    query['filter[status]'] && eq(bankAccounts.status, query['filter[status]']),
    query['filter[currency]'] && eq(bankAccounts.currency, query['filter[currency]']),
    window.idGreaterThan !== undefined ? gt(bankAccounts.id, window.idGreaterThan) : undefined,
    window.idLessThan !== undefined ? lt(bankAccounts.id, window.idLessThan) : undefined,
  ];
  return db
    .select()
    .from(bankAccounts)
    .where(and(...conditions))
    .orderBy(window.ascending ? asc(bankAccounts.id) : desc(bankAccounts.id))
    .limit(window.limit);
}

/** The ids of a customer's accounts, open or closed. Errors: entity_not_found. */
export async function entityBankAccountIds(db: Db, organizationId: string, entityId: string): Promise<string[]> {
  const entity = await getEntity(db, organizationId, entityId);
  const rows = await db.select({ id: bankAccounts.id }).from(bankAccounts).where(eq(bankAccounts.entityId, entity.id));
  return rows.map((row) => row.id);
}

/**
 * The open account a card of the customer draws on: the one named, else the newest open one; undefined
 * when there is none (or the one named is not the customer's, or not open).
 */
export async function openAccountForCard(db: Db, entityId: string, bankAccountId: string | undefined): Promise<{ id: string } | undefined> {
  const [account] = await db
    .select({ id: bankAccounts.id })
    .from(bankAccounts)
    .where(
      and(
        eq(bankAccounts.entityId, entityId),
        eq(bankAccounts.status, 'open'),
        bankAccountId !== undefined ? eq(bankAccounts.id, bankAccountId) : undefined,
      ),
    )
    .orderBy(desc(bankAccounts.id))
    .limit(1);
  return account;
}

/** A customer's accounts, newest first (the dashboard's customer page). */
export async function entityBankAccounts(db: Db, organizationId: string, entityId: string): Promise<BankAccountRow[]> {
  return db
    .select()
    .from(bankAccounts)
    .where(and(eq(bankAccounts.organizationId, organizationId), eq(bankAccounts.entityId, entityId)))
    .orderBy(desc(bankAccounts.id));
}

/** Finds an account by IBAN within the organization; another tenant's IBAN is not found. */
export async function findBankAccountByIban(db: Db, organizationId: string, iban: string): Promise<BankAccountRow | undefined> {
  const [row] = await db
    .select()
    .from(bankAccounts)
    .where(and(eq(bankAccounts.iban, iban), eq(bankAccounts.organizationId, organizationId)));
  return row;
}

/** The account holding an IBAN, in any organization (a bank statement names accounts by IBAN only). */
export async function bankAccountByIban(db: Db, iban: string): Promise<BankAccountRow | undefined> {
  const [row] = await db.select().from(bankAccounts).where(eq(bankAccounts.iban, iban));
  return row;
}

/**
 * Closes an account whose balance is zero and that has no pending holds. Errors: bank_account_not_found,
 * bank_account_closed, bank_account_not_empty.
 */
export async function closeBankAccount(context: CommandContext, organizationId: string, accountId: string): Promise<BankAccountRow> {
  const db = context.tx;
  await getBankAccount(db, organizationId, accountId);
  const [row] = await db.select().from(bankAccounts).where(eq(bankAccounts.id, accountId)).for('update');
  if (row!.status === 'closed') throw new AppError('bank_account_closed', `The account \`${accountId}\` is already closed.`);
  if (row!.postedBalance !== 0 || row!.heldAmount !== 0) {
    throw new AppError(
      'bank_account_not_empty',
      `The account holds ${row!.postedBalance} and has ${row!.heldAmount} on hold (minor units); it can close only at zero.`,
    );
  }
  const now = context.now;
  const [closed] = await db
    .update(bankAccounts)
    .set({ status: 'closed', closedAt: now, updatedAt: now })
    .where(inArray(bankAccounts.id, [accountId]))
    .returning();
  context.emit('bankAccount.updated', serializeBankAccount(closed!), now);
  return closed!;
}

/**
 * Sets the most one instant transfer may send from the account (SPEC §14), in minor units, or none
 * (null). Closed accounts keep theirs. Errors: bank_account_not_found.
 */
export async function setInstantTransferLimit(
  context: CommandContext,
  organizationId: string,
  accountId: string,
  limit: number | null,
): Promise<BankAccountRow> {
  await getBankAccount(context.tx, organizationId, accountId);
  const [row] = await context.tx.select().from(bankAccounts).where(eq(bankAccounts.id, accountId)).for('update');
  if (row!.instantTransferLimit === limit) return row!;
  const [changed] = await context.tx
    .update(bankAccounts)
    .set({ instantTransferLimit: limit, updatedAt: context.now })
    .where(eq(bankAccounts.id, accountId))
    .returning();
  context.emit('bankAccount.updated', serializeBankAccount(changed!), context.now);
  return changed!;
}
