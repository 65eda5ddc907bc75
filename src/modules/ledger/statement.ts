import { and, asc, desc, eq, gte, lt, sql } from 'drizzle-orm';
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

/** The booked balance of an account just before an instant: its last posting's running balance, or 0. */
async function balanceBefore(db: Db, bankAccountId: string, instant: Date): Promise<number> {
  const [before] = await db
    .select({ balanceAfter: postings.balanceAfter })
    .from(postings)
    .where(and(eq(postings.bankAccountId, bankAccountId), lt(postings.createdAt, instant)))
    .orderBy(desc(postings.accountVersion))
    .limit(1);
  return before?.balanceAfter ?? 0;
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
  const opening = await balanceBefore(db, bankAccountId, from);
  const rows = await db
    .select({ posting: postings, transaction: transactions })
    .from(postings)
    .leftJoin(transactions, and(eq(transactions.journalEntryId, postings.journalEntryId), eq(transactions.bankAccountId, postings.bankAccountId)))
    .where(and(eq(postings.bankAccountId, bankAccountId), gte(postings.createdAt, from), lt(postings.createdAt, to)))
    .orderBy(asc(postings.accountVersion));
  return {
    opening,
    lines: rows.map(({ posting, transaction }) => ({
      postingId: posting.id,
      amount: posting.amount,
      balanceAfter: posting.balanceAfter!,
      bookedAt: posting.createdAt,
      transaction,
    })),
  };
}

/** One UTC day of an account: money in and out, and the booked balance at its end. */
export interface DailyMovement {
  /** YYYY-MM-DD (UTC). */
  day: string;
  moneyIn: number;
  moneyOut: number;
  closing: number;
}

/**
 * The last `days` UTC days of an account up to and including `today`, one row per day (days without
 * postings carry the balance forward): what the dashboard charts. Two queries whatever the volume.
 */
export async function dailyMovements(db: Db, bankAccountId: string, days: number, today: Date): Promise<DailyMovement[]> {
  const end = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate() + 1));
  const start = new Date(end.getTime() - days * 86_400_000);
  const day = sql<string>`to_char(${postings.createdAt} AT TIME ZONE 'UTC', 'YYYY-MM-DD')`;
  const rows = await db
    .select({
      day,
      moneyIn: sql<string>`coalesce(sum(${postings.amount}) FILTER (WHERE ${postings.amount} > 0), 0)`,
      moneyOut: sql<string>`coalesce(-sum(${postings.amount}) FILTER (WHERE ${postings.amount} < 0), 0)`,
      closing: sql<string>`(array_agg(${postings.balanceAfter} ORDER BY ${postings.accountVersion} DESC))[1]`,
    })
    .from(postings)
    .where(and(eq(postings.bankAccountId, bankAccountId), gte(postings.createdAt, start), lt(postings.createdAt, end)))
    .groupBy(day);
  const byDay = new Map(rows.map((row) => [row.day, row]));
  const out: DailyMovement[] = [];
  let balance = await balanceBefore(db, bankAccountId, start);
  for (let time = start.getTime(); time < end.getTime(); time += 86_400_000) {
    const key = new Date(time).toISOString().slice(0, 10);
    const row = byDay.get(key);
    if (row) balance = Number(row.closing);
    out.push({ day: key, moneyIn: Number(row?.moneyIn ?? 0), moneyOut: Number(row?.moneyOut ?? 0), closing: balance });
  }
  return out;
}
