import { inArray, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/database.js';
import type { BatchWrite } from '../../db/batch-write.js';
import { anyParameter, prepared, preparedNamed, type IdsQuery } from '../../db/prepared.js';
import { bankAccounts, type BankAccountRow } from './schema.js';
import { rowsByIds } from '../../db/read-batch.js';

/**
 * The balance columns of `bank_accounts`, as the ledger moves them. The ledger decides every change (it
 * appends the postings in the same transaction); these are the only statements that write balances,
 * each guarded so that a wrong plan fails instead of breaking an invariant. Accounts are locked in id
 * order on every path, so two money commands never wait on each other in a cycle.
 */

/**
 * Locks accounts in id order. In a batch (not `alone`), an account another transaction holds is
 * skipped, not waited for, and named in `locked` (its items are applied alone afterwards); accounts
 * that do not exist are in neither. `idsFrom` is a subquery of account ids from the module that knows
 * them (a card's account): `locked` is then empty, and the caller, who reads what the subquery chose
 * afterwards, under the locks, knows which of those accounts the lock skipped.
 */
export async function lockAccountRows(
  tx: Db,
  by: { ids: string[] } | { ibans: string[] } | { idsFrom: AccountIdsQuery },
  options: {
    alone: boolean;
    /** Every id names an account (a foreign key says so): what the lock did not return was locked. */
    existing?: boolean;
  },
): Promise<{ rows: BankAccountRow[]; locked: Set<string> }> {
  if ('idsFrom' in by) {
    const rows = await locker(by.idsFrom.name, () => inArray(bankAccounts.id, by.idsFrom.query), options.alone)(tx, by.idsFrom.values);
    return { rows, locked: new Set() };
  }
  const [wanted, column, keyOf] =
    'ids' in by
      ? [by.ids, bankAccounts.id, (row: Pick<BankAccountRow, 'id' | 'iban'>) => row.id]
      : [by.ibans, bankAccounts.iban, (row: Pick<BankAccountRow, 'id' | 'iban'>) => row.iban];
  const unique = [...new Set(wanted)];
  if (unique.length === 0) return { rows: [], locked: new Set() };
  const rows = await locker(
    `${column.name}s`,
    () => sql`${column} = ANY(${sql.placeholder('values')})`,
    options.alone,
  )(tx, { values: anyParameter(unique) });
  const found = new Set(rows.map(keyOf));
  const missing = unique.filter((value) => !found.has(value));
  if (options.alone || missing.length === 0) return { rows, locked: new Set() };
  if (options.existing) return { rows, locked: new Set(missing) };
  const existing = await tx.select({ id: bankAccounts.id, iban: bankAccounts.iban }).from(bankAccounts).where(inArray(column, missing));
  return { rows, locked: new Set(existing.map(keyOf)) };
}

/** Account ids chosen by another module's query (a card's account), for the lock built on it. */
export type AccountIdsQuery = IdsQuery;

/**
 * The prepared lock of the accounts `condition` chooses, in id order, skipping (batch) or waiting
 * (alone); one per condition `name`, filled by its placeholders (`condition` is built once).
 */
function locker(name: string, condition: () => SQL, alone: boolean) {
  return preparedNamed<BankAccountRow[]>(`lock_accounts_by_${name}_${alone ? 'wait' : 'skip'}`, (db) =>
    db
      .select()
      .from(bankAccounts)
      .where(condition())
      .orderBy(bankAccounts.id)
      .for('update', alone ? {} : { skipLocked: true }),
  );
}

export interface BalanceChange {
  id: string;
  /** Added to the posted balance. */
  posted: number;
  /** Added to the held amount (negative: released). */
  held: number;
  /** Postings appended on the account: its version advances by as many. */
  postings: number;
}

/**
 * A batch's balance changes, as one write of its single statement (db/batch-write.ts). The guard
 * restates the ledger's invariants (no negative hold or available balance; nothing new held on or
 * credited to a closed account): a row it refuses means the plan was wrong, and the batch rolls back.
 */
export function balanceChangesWrite(changes: BalanceChange[], now: Date): BatchWrite | undefined {
  if (changes.length === 0) return undefined;
  for (const change of changes) {
    if (![change.posted, change.held].every(Number.isSafeInteger)) throw new Error(`account change ${JSON.stringify(change)} is not in integers`);
  }
  const update = sql`UPDATE bank_accounts SET posted_balance = bank_accounts.posted_balance + x.posted, held_amount = bank_accounts.held_amount + x.held,
               version = bank_accounts.version + x.postings, updated_at = ${now.toISOString()}::timestamptz
        FROM jsonb_to_recordset(${JSON.stringify(changes)}::jsonb) AS x(id text, posted bigint, held bigint, postings bigint)
        WHERE bank_accounts.id = x.id AND bank_accounts.held_amount + x.held >= 0
          AND bank_accounts.posted_balance + x.posted - (bank_accounts.held_amount + x.held) >= 0
          AND ((x.posted <= 0 AND x.held <= 0) OR bank_accounts.status = 'open')
        RETURNING bank_accounts.id`;
  return { ctes: [['balance_changes', update]], expect: [{ cte: 'balance_changes', rows: changes.length, what: 'account balance changes' }] };
}

/** Accounts by id in any organization, unlocked: the operator's bank files, and a refused posting's explanation. */
export async function bankAccountsByIds(db: Db, ids: string[]): Promise<BankAccountRow[]> {
  return accountsByIds(db, [...new Set(ids)]);
}

const accountsByIds = rowsByIds('accounts_by_ids', bankAccounts);

/**
 * Accounts another module's query chooses (a card's account), unlocked, prepared once per query name:
 * a read that needs the chooser's rows too sends both at once (db/transaction.ts#onOneConnection)
 * instead of waiting for the first to know what the second reads.
 */
export async function bankAccountsFrom(db: Db, idsFrom: AccountIdsQuery): Promise<BankAccountRow[]> {
  const read = preparedNamed<BankAccountRow[]>(`accounts_by_${idsFrom.name}`, (db) =>
    db.select().from(bankAccounts).where(inArray(bankAccounts.id, idsFrom.query)),
  );
  return read(db, idsFrom.values);
}

/** Accounts by IBAN, in any organization (a bank file names them so); unknown IBANs are left out. */
export async function bankAccountsByIbans(db: Db, ibans: string[]): Promise<BankAccountRow[]> {
  if (ibans.length === 0) return [];
  return accountsByIbans(db, { ibans: anyParameter([...new Set(ibans)]) });
}

const accountsByIbans = prepared('accounts_by_ibans', (db) =>
  db
    .select()
    .from(bankAccounts)
    .where(sql`${bankAccounts.iban} = ANY(${sql.placeholder('ibans')})`),
);
