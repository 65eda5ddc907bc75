import { and, eq } from 'drizzle-orm';
import type { Db } from '../../db/database.js';
import { newId } from '../../domain/ids.js';
import { releaseHeldAmount } from '../accounts/balances.js';
import { emitEvents } from '../webhooks/events.js';
import { serializeTransaction } from './serializer.js';
import { transactions, type InternalAccountPurpose, type TransactionRow } from './schema.js';
import { postJournalEntry } from './service.js';

/**
 * The ledger's use-cases for the later steps of money that leaves an account (SPEC §9). Each writes the
 * balances, the journal entry with its postings, the customer-facing transaction rows and their events
 * together, in the caller's database transaction; the transfers module decides when, this module how.
 * An outgoing SEPA transfer is a hold first (pending, placed in batches: transfers/batches.ts), then a
 * posting against the SEPA clearing account (submitted), then a move from clearing to settlement
 * (settled); a rejection or a return gives the money back from whichever internal account holds it.
 */

/** Marks a posted outgoing transaction returned (its money is coming back). */
async function markReturned(db: Db, transactionId: string, now: Date): Promise<TransactionRow> {
  const [original] = await db
    .update(transactions)
    .set({ status: 'returned', updatedAt: now })
    .where(and(eq(transactions.id, transactionId), eq(transactions.status, 'posted'), eq(transactions.kind, 'outgoingTransfer')))
    .returning();
  if (!original) throw new Error(`transaction ${transactionId} is not a posted outgoing transfer`);
  return original;
}

/** Locks a pending outgoing transaction and drops its hold. */
async function dropHold(db: Db, transactionId: string, now: Date): Promise<TransactionRow> {
  const [pending] = await db
    .select()
    .from(transactions)
    .where(and(eq(transactions.id, transactionId), eq(transactions.status, 'pending'), eq(transactions.kind, 'outgoingTransfer')))
    .for('update');
  if (!pending) throw new Error(`transaction ${transactionId} is not a pending outgoing transfer`);
  await releaseHeldAmount(db, pending.bankAccountId, pending.amount, now);
  return pending;
}

/** A pending outgoing payment that will not be made (cancelled, or rejected before submission). */
export async function releaseOutgoing(db: Db, transactionId: string, now: Date): Promise<TransactionRow> {
  await dropHold(db, transactionId, now);
  const [released] = await db.update(transactions).set({ status: 'released', updatedAt: now }).where(eq(transactions.id, transactionId)).returning();
  await announce(db, 'transaction.updated', [released!], now);
  return released!;
}

/**
 * The payment left for the bank: the hold becomes a posting from the customer's account to the SEPA
 * clearing account, and the transaction is posted with its balance after.
 */
export async function postOutgoing(db: Db, transactionId: string, now: Date): Promise<TransactionRow> {
  const pending = await dropHold(db, transactionId, now);
  const posted = await postJournalEntry(db, {
    organizationId: pending.organizationId,
    kind: 'outgoingTransfer',
    currency: pending.currency,
    postings: [
      { target: { kind: 'customer', bankAccountId: pending.bankAccountId }, amount: -pending.amount },
      { target: { kind: 'internal', purpose: 'sepa_clearing' }, amount: pending.amount },
    ],
    now,
  });
  const [row] = await db
    .update(transactions)
    .set({
      status: 'posted',
      journalEntryId: posted.journalEntryId,
      balanceAfter: posted.customerResults.get(pending.bankAccountId)!.balanceAfter,
      postedAt: now,
      updatedAt: now,
    })
    .where(eq(transactions.id, transactionId))
    .returning();
  await announce(db, 'transaction.updated', [row!], now);
  return row!;
}

/** The bank confirmed the payment: it leaves the clearing account for settlement. */
export async function settleOutgoing(db: Db, organizationId: string, currency: string, amount: number, now: Date): Promise<void> {
  await postJournalEntry(db, {
    organizationId,
    kind: 'outgoingSettlement',
    currency,
    postings: [
      { target: { kind: 'internal', purpose: 'sepa_clearing' }, amount: -amount },
      { target: { kind: 'internal', purpose: 'sepa_settlement' }, amount },
    ],
    now,
  });
}

/**
 * A submitted or settled payment came back (rejected by the bank, or returned by the creditor's bank):
 * the money goes back to the customer from the internal account holding it, as a transferReturn credit,
 * and the original transaction is marked returned. Errors: bank_account_closed.
 */
export async function returnOutgoing(
  db: Db,
  transactionId: string,
  from: 'sepa_clearing' | 'sepa_settlement',
  description: string,
  now: Date,
): Promise<{ original: TransactionRow; credit: TransactionRow }> {
  const original = await markReturned(db, transactionId, now);
  const posted = await postJournalEntry(db, {
    organizationId: original.organizationId,
    kind: 'transferReturn',
    currency: original.currency,
    postings: [
      { target: { kind: 'internal', purpose: from }, amount: -original.amount },
      { target: { kind: 'customer', bankAccountId: original.bankAccountId }, amount: original.amount },
    ],
    now,
  });
  const [credit] = await db
    .insert(transactions)
    .values({
      id: newId('transaction'),
      organizationId: original.organizationId,
      bankAccountId: original.bankAccountId,
      journalEntryId: posted.journalEntryId,
      kind: 'transferReturn',
      status: 'posted',
      direction: 'credit',
      amount: original.amount,
      currency: original.currency,
      description,
      reference: original.reference,
      counterparty: original.counterparty,
      balanceAfter: posted.customerResults.get(original.bankAccountId)!.balanceAfter,
      createdAt: now,
      postedAt: now,
      updatedAt: now,
    })
    .returning();
  await announce(db, 'transaction.updated', [original], now);
  await announce(db, 'transaction.created', [credit!], now);
  return { original, credit: credit! };
}

/** What a suspense credit says about the money it parks, for whoever sorts it out. */
export interface SuspenseCredit {
  organizationId: string;
  currency: string;
  amount: number;
  reason: string;
  creditorIban: string | null;
  debtor: { name: string | null; iban: string | null };
  remittanceInformation: string | null;
  endToEndId: string | null;
  statementMessageId: string | null;
}

/**
 * Money nobody's account can take (a statement credit for an unknown IBAN, a return for an account
 * closed since) moves from the internal account holding it to the organization's suspense account,
 * and is announced by a `bankStatement.unmatchedCredit` event: posting and event always go together,
 * which is what `ledger verify` checks. Returns the journal entry id (the event's resource id).
 */
export async function parkInSuspense(db: Db, from: InternalAccountPurpose, credit: SuspenseCredit, now: Date): Promise<string> {
  const posted = await postJournalEntry(db, {
    organizationId: credit.organizationId,
    kind: 'suspense',
    currency: credit.currency,
    postings: [
      { target: { kind: 'internal', purpose: from }, amount: -credit.amount },
      { target: { kind: 'internal', purpose: 'suspense' }, amount: credit.amount },
    ],
    now,
  });
  const { organizationId, ...attributes } = credit;
  await emitEvents(db, [
    { organizationId, type: 'bankStatement.unmatchedCredit', data: { type: 'bankStatementEntry', id: posted.journalEntryId, attributes }, now },
  ]);
  return posted.journalEntryId;
}

/** A payment came back for an account closed since: the original is marked returned and the money parked in suspense. */
export async function returnOutgoingToSuspense(
  db: Db,
  transactionId: string,
  from: 'sepa_clearing' | 'sepa_settlement',
  credit: Omit<SuspenseCredit, 'organizationId' | 'currency' | 'amount'>,
  now: Date,
): Promise<TransactionRow> {
  const original = await markReturned(db, transactionId, now);
  await parkInSuspense(db, from, { organizationId: original.organizationId, currency: original.currency, amount: original.amount, ...credit }, now);
  await announce(db, 'transaction.updated', [original], now);
  return original;
}

async function announce(db: Db, type: 'transaction.created' | 'transaction.updated', rows: TransactionRow[], now: Date): Promise<void> {
  await emitEvents(
    db,
    rows.map((row) => ({ organizationId: row.organizationId, type, data: serializeTransaction(row), now })),
  );
}
