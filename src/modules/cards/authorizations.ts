import { and, eq, lte } from 'drizzle-orm';
import type { Db } from '../../db/database.js';
import { isFinal } from '../../domain/card-status.js';
import { isId, newId } from '../../domain/ids.js';
import { AppError } from '../../errors/app-error.js';
import { bankAccounts } from '../accounts/schema.js';
import { transactions, type TransactionRow } from '../ledger/schema.js';
import { placeHold, postJournalEntry, releaseHold } from '../ledger/service.js';
import { authorizations, type AuthorizationRow, type CardRow } from './schema.js';
import { getCard } from './service.js';
import { emitEvent } from '../events/service.js';
import { serializeTransaction } from '../transactions/serializer.js';
import { serializeAuthorization } from './serializer.js';

/**
 * Card authorizations as two-phase holds on the card's account (SPEC §5): approval places a hold and a
 * pending cardPayment transaction; capture posts a journal entry for the captured amount and drops the
 * hold; release and expiry drop the hold. An authorization leaves `approved` exactly once, so a second
 * capture or release is an error and never a second movement.
 */

export interface AuthorizationRequest {
  cardId: string;
  amount: number;
  currency: string;
  merchant: { name: string; mcc: string; city?: string | null | undefined; country?: string | null | undefined };
}

type DeclineReason = 'card_closed' | 'card_suspended' | 'card_inactive' | 'card_expired' | 'currency_mismatch' | 'account_closed' | 'insufficient_funds';

/** Why a card cannot pay, in order of precedence, or undefined when it can try. */
function cardDeclineReason(card: CardRow, now: Date): DeclineReason | undefined {
  if (isFinal(card.status)) return 'card_closed';
  if (card.status === 'suspended') return 'card_suspended';
  if (card.status === 'inactive') return 'card_inactive';
  // A card is valid through the last day of its expiry month.
  if (now >= new Date(Date.UTC(card.expYear, card.expMonth, 1))) return 'card_expired';
  return undefined;
}

/** Errors: card_not_found (with a pointer to the relationship). Declines are answers, not errors. */
export async function authorize(
  db: Db,
  organizationId: string,
  request: AuthorizationRequest,
  holdExpirySeconds: number,
): Promise<AuthorizationRow> {
  const card = await getCard(db, organizationId, request.cardId).catch(AppError.pointedAt({ pointer: '/data/relationships/card/data/id' }));
  const now = new Date();
  const [account] = await db.select().from(bankAccounts).where(eq(bankAccounts.id, card.bankAccountId));
  let reason: DeclineReason | undefined = cardDeclineReason(card, now);
  if (!reason && account!.currency !== request.currency) reason = 'currency_mismatch';
  if (!reason && account!.status !== 'open') reason = 'account_closed';
  if (!reason && !(await placeHold(db, organizationId, card.bankAccountId, request.amount))) reason = 'insufficient_funds';

  const merchant = { name: request.merchant.name, mcc: request.merchant.mcc, city: request.merchant.city ?? null, country: request.merchant.country ?? null };
  let pending: TransactionRow | undefined;
  if (!reason) {
    [pending] = await db.insert(transactions).values({
      id: newId('transaction'),
      organizationId,
      bankAccountId: card.bankAccountId,
      kind: 'cardPayment',
      status: 'pending',
      direction: 'debit',
      amount: request.amount,
      currency: request.currency,
      description: merchant.name,
      merchant,
      cardId: card.id,
      createdAt: now,
      updatedAt: now,
    }).returning();
  }
  const [row] = await db
    .insert(authorizations)
    .values({
      id: newId('authorization'),
      organizationId,
      cardId: card.id,
      bankAccountId: card.bankAccountId,
      transactionId: pending?.id ?? null,
      status: reason ? 'declined' : 'approved',
      declineReason: reason ?? null,
      amount: request.amount,
      currency: request.currency,
      merchant,
      expiresAt: reason ? null : new Date(now.getTime() + holdExpirySeconds * 1000),
      createdAt: now,
      updatedAt: now,
    })
    .returning();
  if (pending) await emitEvent(db, organizationId, 'transaction.created', serializeTransaction(pending), now);
  await emitEvent(db, organizationId, 'authorization.created', serializeAuthorization(row!), now);
  return row!;
}

export async function getAuthorization(db: Db, organizationId: string, authorizationId: string, options: { forUpdate?: boolean } = {}) {
  const notFound = new AppError('authorization_not_found', `No authorization \`${authorizationId}\` exists in your organization.`);
  if (!isId('authorization', authorizationId)) throw notFound;
  const query = db
    .select()
    .from(authorizations)
    .where(and(eq(authorizations.organizationId, organizationId), eq(authorizations.id, authorizationId)));
  const [row] = options.forUpdate ? await query.for('update') : await query;
  if (!row) throw notFound;
  return row;
}

function assertPending(authorization: AuthorizationRow, now: Date) {
  if (authorization.status === 'approved' && authorization.expiresAt && authorization.expiresAt <= now) {
    throw new AppError('authorization_expired', 'The authorization’s hold has expired; its funds are released.');
  }
  if (authorization.status !== 'approved') {
    throw new AppError('authorization_not_pending', `The authorization is ${authorization.status}; only an approved, pending one can change.`);
  }
}

/**
 * Captures all or part of a pending authorization: the captured amount is posted (customer debited,
 * card settlement credited) and the whole hold dropped. Errors: authorization_not_found,
 * authorization_not_pending, authorization_expired, validation_failed (more than authorized).
 */
export async function capture(db: Db, organizationId: string, authorizationId: string, amount: number | undefined): Promise<AuthorizationRow> {
  const authorization = await getAuthorization(db, organizationId, authorizationId, { forUpdate: true });
  const now = new Date();
  // An expired hold is refused here and released by the expiry sweep (this transaction will roll back).
  assertPending(authorization, now);
  const captured = amount ?? authorization.amount;
  if (captured > authorization.amount) {
    throw new AppError('validation_failed', `\`amount\` must be at most the authorized ${authorization.amount}.`, {
      source: { pointer: '/data/attributes/amount' },
    });
  }
  await releaseHold(db, authorization.bankAccountId, authorization.amount);
  const posted = await postJournalEntry(db, {
    organizationId,
    currency: authorization.currency,
    now,
    postings: [
      { target: { kind: 'customer', bankAccountId: authorization.bankAccountId }, amount: -captured },
      { target: { kind: 'internal', purpose: 'card_settlement' }, amount: captured },
    ],
  });
  const [transaction] = await db
    .update(transactions)
    .set({
      status: 'posted',
      amount: captured,
      journalEntryId: posted.journalEntryId,
      balanceAfter: posted.customerResults.get(authorization.bankAccountId)!.balanceAfter,
      postedAt: now,
      updatedAt: now,
    })
    .where(eq(transactions.id, authorization.transactionId!))
    .returning();
  const [row] = await db
    .update(authorizations)
    .set({ status: 'captured', capturedAmount: captured, updatedAt: now })
    .where(eq(authorizations.id, authorization.id))
    .returning();
  await emitEvent(db, organizationId, 'transaction.updated', serializeTransaction(transaction!), now);
  await emitEvent(db, organizationId, 'authorization.updated', serializeAuthorization(row!), now);
  return row!;
}

async function settleHold(db: Db, authorization: AuthorizationRow, status: 'released' | 'expired', now: Date): Promise<AuthorizationRow> {
  await releaseHold(db, authorization.bankAccountId, authorization.amount);
  const [transaction] = await db
    .update(transactions)
    .set({ status: 'released', updatedAt: now })
    .where(eq(transactions.id, authorization.transactionId!))
    .returning();
  const [row] = await db
    .update(authorizations)
    .set({ status, updatedAt: now })
    .where(eq(authorizations.id, authorization.id))
    .returning();
  await emitEvent(db, authorization.organizationId, 'transaction.updated', serializeTransaction(transaction!), now);
  await emitEvent(db, authorization.organizationId, 'authorization.updated', serializeAuthorization(row!), now);
  return row!;
}

/** Releases a pending authorization's hold. Errors: authorization_not_found, authorization_not_pending, authorization_expired. */
export async function release(db: Db, organizationId: string, authorizationId: string): Promise<AuthorizationRow> {
  const authorization = await getAuthorization(db, organizationId, authorizationId, { forUpdate: true });
  const now = new Date();
  // An expired hold is refused here and released by the expiry sweep (this transaction will roll back).
  assertPending(authorization, now);
  return settleHold(db, authorization, 'released', now);
}

/**
 * Expires every approved authorization whose hold is past its time, a batch at a time, each in its own
 * transaction; returns how many expired. The server runs it periodically; tests call it with a `now`.
 */
export async function expireHolds(db: Db, now: Date = new Date(), batchSize = 100): Promise<number> {
  let expired = 0;
  for (;;) {
    const due = await db
      .select({ id: authorizations.id, organizationId: authorizations.organizationId })
      .from(authorizations)
      .where(and(eq(authorizations.status, 'approved'), lte(authorizations.expiresAt, now)))
      .limit(batchSize);
    if (due.length === 0) return expired;
    for (const { id, organizationId } of due) {
      await db.transaction(async (tx) => {
        const authorization = await getAuthorization(tx, organizationId, id, { forUpdate: true });
        // Captured or released since it was listed: nothing to do.
        if (authorization.status !== 'approved') return;
        await settleHold(tx, authorization, 'expired', now);
        expired++;
      });
    }
    if (due.length < batchSize) return expired;
  }
}

