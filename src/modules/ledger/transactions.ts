import { and, asc, desc, eq, getTableColumns, gt, gte, inArray, lt, sql, type SQL } from 'drizzle-orm';
import type { KeysetWindow } from '../../db/keyset.js';
import type { Db } from '../../db/database.js';
import { organizationReader, rowsByIds } from '../../db/read-batch.js';
import { AppError } from '../../errors/app-error.js';
import { transactions, type TransactionRow } from './schema.js';
import type { TransactionListQuery } from './schemas.js';

/** Reading transactions. Writing them is the business of the modules that move money. */

function transactionNotFound(transactionId: string): AppError {
  return new AppError('transaction_not_found', `No transaction \`${transactionId}\` exists in your organization.`);
}

/** GET /transactions/:id's read: concurrent ones share one statement (db/read-batch.ts). Errors: transaction_not_found. */
export const transactionReader = organizationReader(rowsByIds('transactions_by_ids', transactions), 'transaction', transactionNotFound);

/** Newest first by default. `bankAccountIds` narrows to those accounts (an empty list matches nothing). */
export async function listTransactions(
  db: Db,
  organizationId: string,
  scope: { bankAccountIds?: string[] },
  query: TransactionListQuery,
  window: KeysetWindow,
): Promise<TransactionRow[]> {
  if (scope.bankAccountIds?.length === 0) return [];
  const conditions: (SQL | undefined)[] = [
    eq(transactions.organizationId, organizationId),
    scope.bankAccountIds &&
      (scope.bankAccountIds.length === 1
        ? eq(transactions.bankAccountId, scope.bankAccountIds[0]!)
        : inArray(transactions.bankAccountId, scope.bankAccountIds)),
    query['filter[status]'] && eq(transactions.status, query['filter[status]']),
    query['filter[kind]'] && eq(transactions.kind, query['filter[kind]']),
    query['filter[direction]'] && eq(transactions.direction, query['filter[direction]']),
    query['filter[since]'] !== undefined ? gte(transactions.createdAt, new Date(query['filter[since]'])) : undefined,
    query['filter[until]'] !== undefined ? lt(transactions.createdAt, new Date(query['filter[until]'])) : undefined,
    window.idGreaterThan !== undefined ? gt(transactions.id, window.idGreaterThan) : undefined,
    window.idLessThan !== undefined ? lt(transactions.id, window.idLessThan) : undefined,
  ];
  return db
    .select()
    .from(transactions)
    .where(and(...conditions))
    .orderBy(window.ascending ? asc(transactions.id) : desc(transactions.id))
    .limit(window.limit);
}

/** The latest transactions of some accounts of the organization, newest first (the dashboard). */
export async function recentTransactions(db: Db, organizationId: string, bankAccountIds: string[], limit: number): Promise<TransactionRow[]> {
  if (bankAccountIds.length === 0) return [];
  return db
    .select()
    .from(transactions)
    .where(and(eq(transactions.organizationId, organizationId), inArray(transactions.bankAccountId, bankAccountIds)))
    .orderBy(desc(transactions.id))
    .limit(limit);
}

/** How a batch ends some pending card payments: posted (captured, with the amount and balance) or released. */
export interface HoldOutcome {
  id: string;
  status: 'posted' | 'released';
  /** The captured amount, when it differs from the authorized one; null keeps the row's amount. */
  amount: number | null;
  journal_entry_id: string | null;
  balance_after: number | null;
  posted: boolean;
  /** When (the organization's time, SPEC §11); the batch's `now` when absent. */
  at?: string;
}

/**
 * Ends a batch's pending card-payment transactions in one statement (after the journal entries): the
 * rows as they are now, one per outcome.
 */
export async function endPendingTransactions(tx: Db, outcomes: HoldOutcome[], now: Date): Promise<TransactionRow[]> {
  if (outcomes.length === 0) return [];
  const at = now.toISOString();
  const rows = await tx
    .update(transactions)
    .set({
      status: sql`x.status`,
      amount: sql`COALESCE(x.amount, ${transactions.amount})`,
      journalEntryId: sql`COALESCE(x.journal_entry_id, ${transactions.journalEntryId})`,
      balanceAfter: sql`COALESCE(x.balance_after, ${transactions.balanceAfter})`,
      postedAt: sql`CASE WHEN x.posted THEN COALESCE(x.at, ${at}::timestamptz) ELSE ${transactions.postedAt} END`,
      updatedAt: sql`COALESCE(x.at, ${at}::timestamptz)`,
    })
    .from(
      sql`jsonb_to_recordset(${JSON.stringify(outcomes)}::jsonb)
            AS x(id text, status text, amount bigint, journal_entry_id text, balance_after bigint, posted boolean, at timestamptz)`,
    )
    .where(sql`${transactions.id} = x.id AND ${transactions.status} = 'pending'`)
    .returning(getTableColumns(transactions));
  if (rows.length !== outcomes.length) throw new Error('a settled authorization has no pending transaction');
  return rows;
}

/**
 * Resizes pending card payments whose authorization grew (incremental authorizations), in one
 * statement: the rows as they are now.
 */
export async function resizePendingTransactions(tx: Db, changes: { id: string; amount: number; at: string }[]): Promise<TransactionRow[]> {
  if (changes.length === 0) return [];
  const rows = await tx
    .update(transactions)
    .set({ amount: sql`x.amount`, updatedAt: sql`x.at` })
    .from(sql`jsonb_to_recordset(${JSON.stringify(changes)}::jsonb) AS x(id text, amount bigint, at timestamptz)`)
    .where(sql`${transactions.id} = x.id AND ${transactions.status} = 'pending'`)
    .returning(getTableColumns(transactions));
  if (rows.length !== changes.length) throw new Error('an incremented authorization has no pending transaction');
  return rows;
}
