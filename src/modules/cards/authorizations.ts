import { and, eq, inArray, lte } from 'drizzle-orm';
import type { Db } from '../../db/database.js';
import { isFinal } from '../../domain/card-status.js';
import { isId, newId } from '../../domain/ids.js';
import { AppError } from '../../errors/app-error.js';
import { bankAccounts } from '../accounts/schema.js';
import { transactions, type TransactionRow } from '../ledger/schema.js';
import { placeHolds, postJournalEntry, releaseHold } from '../ledger/service.js';
import { authorizations, cards, type AuthorizationRow, type CardRow } from './schema.js';
import { cardNotFound, getCard } from './service.js';
import { emitEvent, emitEvents, type NewEvent } from '../events/service.js';
import type { ApplyOptions, Outcome } from '../../db/group-commit.js';
import { claimKeys, storeResponses, type CommandResult, type IdempotencyClaim } from '../../http/idempotency.js';
import type { SerializedResponse } from '../../http/json-api.js';
import type { Vault } from '../../vault/vault.js';
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

/**
 * One authorization on its own, in the caller's transaction (the dashboard's sandbox form): the same
 * code as a batch of one. Errors: card_not_found (with a pointer to the relationship). Declines are
 * answers, not errors.
 */
export async function authorize(
  db: Db,
  organizationId: string,
  request: AuthorizationRequest,
  holdExpirySeconds: number,
): Promise<AuthorizationRow> {
  let decided: AuthorizationRow | undefined;
  const [outcome] = await authorizeBatch(db, undefined, [{ organizationId, request, holdExpirySeconds }], (row) => {
    decided = row;
    return { status: 201, headers: {}, body: '' };
  });
  if (!outcome!.ok) throw outcome!.error;
  return decided!;
}

/** One authorization request waiting in the group commit (see authorizeBatch). */
export interface AuthorizationCommand {
  organizationId: string;
  request: AuthorizationRequest;
  holdExpirySeconds: number;
  claim?: IdempotencyClaim | undefined;
}

const cardPointer = { pointer: '/data/relationships/card/data/id' };

/**
 * Authorizes a batch of requests in the caller's transaction (group commit, see db/group-commit.ts),
 * each answered exactly as `authorize` would have alone, in a constant number of statements whatever
 * the batch's size: claim the Idempotency-Keys (two), read the cards with their accounts locked in id
 * order (one), plan every decision in memory, then one UPDATE per batch for all holds (one row per
 * account, however many authorizations it takes), one INSERT each for transactions, authorizations,
 * events with their deliveries, and stored responses.
 *
 * Decisions are made in request order against each account's available balance as the batch has
 * left it, so a batch never approves more than the balance covers. A refused item (decline, unknown
 * card, replayed or reused key) never changes or aborts the others.
 */
export async function authorizeBatch(
  tx: Db,
  /** Needed only when items carry Idempotency-Keys. */
  vault: Vault | undefined,
  items: AuthorizationCommand[],
  respond: (row: AuthorizationRow) => SerializedResponse,
  options: ApplyOptions = { alone: true },
): Promise<Outcome<CommandResult>[]> {
  const outcomes: (Outcome<CommandResult> | undefined)[] = items.map(() => undefined);
  const claims = items.map((item) => item.claim);
  if (claims.some(Boolean) && !vault) throw new Error('authorizeBatch needs the vault for Idempotency-Keys');
  (await claimKeys(tx, vault!, claims)).forEach((claim, index) => {
    if (claim?.kind === 'replay') outcomes[index] = { ok: true, value: claim.result };
    if (claim?.kind === 'refused') outcomes[index] = { ok: false, error: claim.error };
  });
  const live = items.map((item, index) => ({ item, index })).filter(({ index }) => outcomes[index] === undefined);
  if (live.length === 0) return outcomes as Outcome<CommandResult>[];

  const cardIds = [...new Set(live.map(({ item }) => item.request.cardId).filter((id) => isId('card', id)))];
  const found =
    cardIds.length === 0
      ? []
      : await tx
          .select({ card: cards, account: { id: bankAccounts.id, currency: bankAccounts.currency, status: bankAccounts.status, postedBalance: bankAccounts.postedBalance, heldAmount: bankAccounts.heldAmount } })
          .from(cards)
          .innerJoin(bankAccounts, eq(bankAccounts.id, cards.bankAccountId))
          .where(inArray(cards.id, cardIds))
          .orderBy(bankAccounts.id)
          // In a batch, an account another transaction holds is skipped, not waited for: its items
          // are applied alone afterwards, so one locked account cannot stall the whole batch.
          .for('update', options.alone ? { of: bankAccounts } : { of: bankAccounts, skipLocked: true });
  const cardsById = new Map(found.map((row) => [row.card.id, row]));
  const skipped = options.alone ? new Set<string>() : await cardsOfLockedAccounts(tx, cardIds.filter((id) => !cardsById.has(id)));
  const available = new Map(found.map(({ account }) => [account.id, account.postedBalance - account.heldAmount]));

  const now = new Date();
  const holds = new Map<string, number>();
  const planned: { index: number; item: AuthorizationCommand; card: CardRow; reason: DeclineReason | undefined }[] = [];
  for (const { item, index } of live) {
    const row = cardsById.get(item.request.cardId);
    if (skipped.has(item.request.cardId)) {
      outcomes[index] = { ok: 'alone' };
      continue;
    }
    if (!row || row.card.organizationId !== item.organizationId) {
      outcomes[index] = { ok: false, error: cardNotFound(item.request.cardId).at(cardPointer) };
      continue;
    }
    const { card, account } = row;
    let reason: DeclineReason | undefined = cardDeclineReason(card, now);
    if (!reason && account.currency !== item.request.currency) reason = 'currency_mismatch';
    if (!reason && account.status !== 'open') reason = 'account_closed';
    if (!reason && available.get(account.id)! - item.request.amount < 0) reason = 'insufficient_funds';
    if (!reason) {
      available.set(account.id, available.get(account.id)! - item.request.amount);
      holds.set(account.id, (holds.get(account.id) ?? 0) + item.request.amount);
    }
    planned.push({ index, item, card, reason });
  }

  if (holds.size > 0) await placeHolds(tx, [...holds].map(([bankAccountId, amount]) => ({ bankAccountId, amount })), now);

  const rows = planned.map(({ item, card, reason }) => {
    const merchant = { name: item.request.merchant.name, mcc: item.request.merchant.mcc, city: item.request.merchant.city ?? null, country: item.request.merchant.country ?? null };
    const pending = reason
      ? undefined
      : {
          id: newId('transaction'),
          organizationId: item.organizationId,
          bankAccountId: card.bankAccountId,
          kind: 'cardPayment',
          status: 'pending' as const,
          direction: 'debit' as const,
          amount: item.request.amount,
          currency: item.request.currency,
          description: merchant.name,
          merchant,
          cardId: card.id,
          createdAt: now,
          updatedAt: now,
        };
    const authorization = {
      id: newId('authorization'),
      organizationId: item.organizationId,
      cardId: card.id,
      bankAccountId: card.bankAccountId,
      transactionId: pending?.id ?? null,
      status: reason ? ('declined' as const) : ('approved' as const),
      declineReason: reason ?? null,
      amount: item.request.amount,
      currency: item.request.currency,
      merchant,
      expiresAt: reason ? null : new Date(now.getTime() + item.holdExpirySeconds * 1000),
      createdAt: now,
      updatedAt: now,
    };
    return { pending, authorization };
  });
  const pendingRows = rows.flatMap((row) => (row.pending ? [row.pending] : []));
  const insertedTransactions = pendingRows.length === 0 ? [] : await tx.insert(transactions).values(pendingRows).returning();
  const insertedAuthorizations = rows.length === 0 ? [] : await tx.insert(authorizations).values(rows.map((row) => row.authorization)).returning();
  const transactionsById = new Map(insertedTransactions.map((row) => [row.id, row]));
  const authorizationsById = new Map(insertedAuthorizations.map((row) => [row.id, row]));

  const newEvents: NewEvent[] = [];
  const stored: { claim: IdempotencyClaim; response: SerializedResponse }[] = [];
  planned.forEach(({ index, item }, position) => {
    const { pending, authorization } = rows[position]!;
    const authorizationRow = authorizationsById.get(authorization.id)!;
    if (pending) newEvents.push({ organizationId: item.organizationId, type: 'transaction.created', data: serializeTransaction(transactionsById.get(pending.id)!), now });
    newEvents.push({ organizationId: item.organizationId, type: 'authorization.created', data: serializeAuthorization(authorizationRow), now });
    const response = respond(authorizationRow);
    if (item.claim) stored.push({ claim: item.claim, response });
    outcomes[index] = { ok: true, value: { ...response, replayed: false } };
  });
  await emitEvents(tx, newEvents);
  if (stored.length > 0) await storeResponses(tx, vault!, stored);
  return outcomes as Outcome<CommandResult>[];
}

/** Of cards a locking read did not return, those that exist: their account was locked (skipped). */
async function cardsOfLockedAccounts(tx: Db, missing: string[]): Promise<Set<string>> {
  if (missing.length === 0) return new Set();
  const rows = await tx.select({ id: cards.id }).from(cards).where(inArray(cards.id, missing));
  return new Set(rows.map((row) => row.id));
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

