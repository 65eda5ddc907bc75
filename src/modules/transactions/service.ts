import { and, asc, desc, eq, gt, gte, inArray, lt, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/database.js';
import { isId } from '../../domain/ids.js';
import { AppError } from '../../errors/app-error.js';
import type { KeysetWindow } from '../../http/pagination.js';
import { transactions, type TransactionRow } from '../ledger/schema.js';
import type { TransactionListQuery } from './schemas.js';

/** Reading transactions. Writing them is the business of the modules that move money. */

export async function getTransaction(db: Db, organizationId: string, transactionId: string): Promise<TransactionRow> {
  const notFound = new AppError('transaction_not_found', `No transaction \`${transactionId}\` exists in your organization.`);
  if (!isId('transaction', transactionId)) throw notFound;
  const [row] = await db
    .select()
    .from(transactions)
    .where(and(eq(transactions.organizationId, organizationId), eq(transactions.id, transactionId)));
  if (!row) throw notFound;
  return row;
}

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
