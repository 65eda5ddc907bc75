import { and, asc, desc, eq, gte, lt } from 'drizzle-orm';
import type { Db } from '../../db/database.js';
import { postings, transactions, type TransactionRow } from './schema.js';

/** One posting on a customer account, with the transaction the customer sees for it. */
export interface StatementLine {
  postingId: number;
  /** Signed: positive credits the account. */
  amount: number;
  balanceAfter: number;
  bookedAt: Date;
  transaction: TransactionRow | null;
}

/**
 * An account's booked movements in [from, to): the balance before the first (the opening balance) and
 * every posting in order of the account's version, which is the order balances chained in.
 */
export async function accountStatementLines(
  db: Db,
  bankAccountId: string,
  from: Date,
  to: Date,
): Promise<{ opening: number; lines: StatementLine[] }> {
  const [before] = await db
    .select({ balanceAfter: postings.balanceAfter })
    .from(postings)
    .where(and(eq(postings.bankAccountId, bankAccountId), lt(postings.createdAt, from)))
    .orderBy(desc(postings.accountVersion))
    .limit(1);
  const rows = await db
    .select({ posting: postings, transaction: transactions })
    .from(postings)
    .leftJoin(transactions, and(eq(transactions.journalEntryId, postings.journalEntryId), eq(transactions.bankAccountId, postings.bankAccountId)))
    .where(and(eq(postings.bankAccountId, bankAccountId), gte(postings.createdAt, from), lt(postings.createdAt, to)))
    .orderBy(asc(postings.accountVersion));
  return {
    opening: before?.balanceAfter ?? 0,
    lines: rows.map(({ posting, transaction }) => ({
      postingId: posting.id,
      amount: posting.amount,
      balanceAfter: posting.balanceAfter!,
      bookedAt: posting.createdAt,
      transaction,
    })),
  };
}
