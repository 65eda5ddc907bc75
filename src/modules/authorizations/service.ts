import { and, desc, eq, inArray, lte, sql } from 'drizzle-orm';
import { answeredKeys, type CommandResult, type IdempotencyClaim, type SerializedResponse } from '../../commands/idempotency.js';
import type { Db } from '../../db/database.js';
import { organizationReader, rowsByIds } from '../../db/read-batch.js';
import { isFinal, pinStatus } from '../../domain/card-status.js';
import { isId, newId } from '../../domain/ids.js';
import { AppError } from '../../errors/app-error.js';
import { customerEntriesWrite, lockAccounts, transactionsWrite, type CustomerPostingResult } from '../ledger/service.js';
import type { TransactionRow } from '../ledger/schema.js';
import { endPendingTransactions, resizePendingTransactions } from '../ledger/transactions.js';
import type { CardRow } from '../cards/schema.js';
import { accountsOfCards, cardNotFound, payingCards, pinFailuresWrite, pinTry, spendingHolders, type PayingCard } from '../cards/service.js';
import { bankAccountsFrom } from '../accounts/balances.js';
import type { BankAccountRow } from '../accounts/schema.js';
import type { Decision } from '../decisions/service.js';
import { inScope, sweepByClock, type Clocks, type SweepScope } from '../clock/service.js';
import { serializeCard } from '../cards/serializer.js';
import { cardsWithLockedCounters, SpendingPlan } from '../cards/spending.js';
import { controlDecline } from '../../domain/spending.js';
import { authorizations, type AuthorizationRow } from './schema.js';
import { applyOne, CommandBatch } from '../../commands/batch.js';
import { execute, systemActor } from '../../commands/execute.js';
import type { ApplyOptions, Outcome } from '../../db/group-commit.js';
import { applyBatchWrites, insertWrite } from '../../db/batch-write.js';
import { onOneConnection, sentTogether } from '../../db/transaction.js';
import type { Vault } from '../../vault/vault.js';
import { serializeTransaction } from '../ledger/serializer.js';
import { serializeAuthorization } from './serializer.js';
import type { DeclineReason } from './schemas.js';

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
  /** Card present: the PIN typed; checked, counted, never stored. */
  pin?: string | undefined;
}

/** The merchant as an authorization, a refund or an endpoint's message keeps it: every field present. */
export function merchantOf(request: Pick<AuthorizationRequest, 'merchant'>): AuthorizationRow['merchant'] {
  const { name, mcc, city, country } = request.merchant;
  return { name, mcc, city: city ?? null, country: country ?? null };
}

/** An increment carries no PIN (the card holder is not asked again). */
const noPin = () => undefined;

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
 * Linkcy's own checks of one authorization, in order of precedence: the card, its PIN, the account,
 * the card's merchant rules and limits, the funds. `pin` checks (and, in a batch, counts) a PIN try.
 * `authorizedTotal` is what the per-authorization limit weighs: the request's amount, or for an
 * increment the raised total (the windows and the funds weigh only the increment).
 */
function linkcyDecline(
  card: PayingCard,
  account: Pick<BankAccountRow, 'currency' | 'status'>,
  request: AuthorizationRequest,
  now: Date,
  available: number,
  spending: SpendingPlan,
  pin: (card: CardRow, pin: string) => DeclineReason | undefined,
  authorizedTotal = request.amount,
): DeclineReason | undefined {
  return (
    cardDeclineReason(card, now) ??
    (request.pin !== undefined ? pin(card, request.pin) : undefined) ??
    (account.currency !== request.currency ? 'currency_mismatch' : undefined) ??
    (account.status !== 'open' ? 'account_closed' : undefined) ??
    controlDecline(card.spendingControls, request.merchant, authorizedTotal) ??
    (spending.allows(card, request.amount) ? undefined : 'spending_limit_exceeded') ??
    (available < request.amount ? 'insufficient_funds' : undefined)
  );
}

/**
 * How long a stored answer must still last for the precheck to call its key a replay, not worth asking
 * the endpoint about: longer than any precheck may wait for its batch (the endpoint's deadline is at
 * most 3 s, a row's lock a few more). A key answered but expiring sooner is asked about like a new one:
 * were it deemed a replay and expire before its batch, the batch would apply it as new without asking
 * (SPEC §10); asked about, the worst is a question about a replay at the key's last minute.
 */
const replayLastingMs = 60_000;

/** An authorization to check before asking the organization's endpoint (see precheckBatch). */
export interface Precheck {
  organizationId: string;
  request: AuthorizationRequest;
  now?: Date | undefined;
  claim?: IdempotencyClaim | undefined;
}

/** A precheck's answer: Linkcy's own decline, an unknown card, a key answered before (a replay), or nothing against. */
export type PrecheckResult = DeclineReason | 'card_not_found' | 'answered_before' | undefined;

/**
 * What Linkcy would decide now for each of several authorizations, read without locks or writes in two
 * statements whatever their number, sent at once on one connection (the cards with their counters, and
 * their accounts by a subquery of the cards; one more for the keys answered before when items carry
 * Idempotency-Keys), so the batch waits for one answer: whether each is worth asking the
 * organization's endpoint about (the batch decides again, under its locks). Undefined: it would pass;
 * `card_not_found`: no such card in the organization; `answered_before`: a replay. Run in group commit
 * (db/group-commit.ts), so concurrent authorizations share the reads.
 */
export async function precheckBatch(db: Db, vault: Vault, items: Precheck[]): Promise<Outcome<PrecheckResult>[]> {
  const claims = items.flatMap(({ claim }) => (claim ? [claim] : []));
  const cardIds = [...new Set(items.map(({ request }) => request.cardId).filter((id) => isId('card', id)))];
  const [answered, cards, accountRows] = await onOneConnection(db, (connection) =>
    Promise.all([
      answeredKeys(connection, claims, replayLastingMs),
      payingCards(connection, cardIds),
      cardIds.length ? bankAccountsFrom(connection, accountsOfCards(cardIds)) : [],
    ]),
  );
  const cardsById = new Map(cards.map((card) => [card.id, card]));
  const accounts = new Map(accountRows.map((account) => [account.id, account]));
  // Checked without counting: the batch counts the try.
  const tryPin = (paying: CardRow, pin: string) => pinTry(paying, vault, pin, paying.pinFailures).reason;
  return items.map(({ organizationId, request, now = new Date(), claim }) => {
    if (claim && answered.has(claim)) return { ok: true, value: 'answered_before' };
    const card = cardsById.get(request.cardId);
    if (!card || card.organizationId !== organizationId) return { ok: true, value: 'card_not_found' };
    const account = accounts.get(card.bankAccountId)!;
    const available = account.postedBalance - account.heldAmount;
    return { ok: true, value: linkcyDecline(card, account, request, now, available, SpendingPlan.of([card], now), tryPin) };
  });
}

/**
 * One authorization on its own, in the caller's transaction (the dashboard's sandbox form): the same
 * code as a batch of one. Errors: card_not_found (with a pointer to the relationship). Declines are
 * answers, not errors.
 */
export function authorize(
  db: Db,
  organizationId: string,
  request: AuthorizationRequest,
  holdExpirySeconds: number,
  now?: Date,
  /** What asking the organization's endpoint gave, before this transaction (see authorizations/decisions.ts). */
  asked: Asked = {},
): Promise<AuthorizationRow> {
  return applyOne((respond) => authorizeBatch(db, undefined, [{ organizationId, request, holdExpirySeconds, now, ...asked }], respond));
}

/** One authorization request waiting in the group commit (see authorizeBatch). */
export interface AuthorizationCommand {
  organizationId: string;
  request: AuthorizationRequest;
  holdExpirySeconds: number;
  claim?: IdempotencyClaim | undefined;
  /** The organization's time (its sandbox clock); the batch's when absent. */
  now?: Date | undefined;
  /** The organization's endpoint's answer (modules/decisions), asked before the batch; its id was sent with it. */
  decision?: (Decision & { authorizationId: string }) | undefined;
  /**
   * The organization has an endpoint, not asked because Linkcy's precheck answered this first. Should
   * the authorization pass by the time its batch runs (money arrived in between), it is still declined
   * as the precheck saw it: never approved without the endpoint's answer (SPEC §10).
   */
  unasked?: DeclineReason | 'card_not_found' | undefined;
}

/** What asking the organization's endpoint gave an authorization's batch (authorizations/decisions.ts#askClient). */
export type Asked = Pick<AuthorizationCommand, 'decision' | 'unasked'>;

const cardPointer = { pointer: '/data/relationships/card/data/id' };

/**
 * The cards a batch's items name, with their accounts locked in id order, then read with their spending
 * counters under those locks, so that status, controls and counters are what the batch may change. In
 * a batch, an account another transaction holds is skipped, not waited for (its card's items are
 * applied alone afterwards, so one locked account cannot stall the whole batch): such a card is found
 * but its account is not in `accounts`.
 */
async function lockPayingCards(tx: Db, cardIds: string[], options: ApplyOptions) {
  const ids = [...new Set(cardIds.filter((id) => isId('card', id)))];
  // Sent together (db/transaction.ts): PostgreSQL reads the cards after taking the locks, in the order sent.
  const [{ accounts, plan: balances }, found] = await sentTogether([lockAccounts(tx, accountsOfCards(ids), options), payingCards(tx, ids)]);
  return { accounts, balances, found, cardsById: new Map(found.map((card) => [card.id, card])) };
}

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
  const batch = await CommandBatch.open(tx, vault, items);
  const live = batch.live;
  if (live.length === 0) return batch.finish();

  const { accounts, balances, found, cardsById } = await lockPayingCards(
    tx,
    live.map(({ item }) => item.request.cardId),
    options,
  );
  // Likewise a card whose spending counters another transaction holds: its items go alone.
  const blocked = options.alone ? new Set<string>() : await cardsWithLockedCounters(tx, found);
  // Each organization's time (its sandbox clock, SPEC §11), as its commands carry it; else the batch's.
  const now = new Date();
  const times = new Map(live.flatMap(({ item }) => (item.now ? [[item.organizationId, item.now] as const] : [])));
  const timeOf = (organizationId: string) => times.get(organizationId) ?? now;
  const spending = SpendingPlan.of(found, (cardId) => timeOf(cardsById.get(cardId)!.organizationId));
  // PIN tries as this batch leaves them, from the count read under the account lock.
  const pinTries = new Map<string, { card: CardRow; prior: number; failures: number }>();
  const checkPin = (card: CardRow, pin: string): DeclineReason | undefined => {
    if (!vault) throw new Error('an authorization with a PIN needs the vault');
    const tries = pinTries.get(card.id) ?? { card, prior: card.pinFailures, failures: card.pinFailures };
    pinTries.set(card.id, tries);
    const result = pinTry(card, vault, pin, tries.failures);
    tries.failures = result.failures;
    return result.reason;
  };
  const planned: { index: number; item: AuthorizationCommand; card: CardRow; reason: DeclineReason | undefined; counted: boolean }[] = [];
  for (const { item, index } of live) {
    const card = cardsById.get(item.request.cardId);
    if (card && (!accounts.has(card.bankAccountId) || blocked.has(card.id))) {
      batch.deferAlone(index);
      continue;
    }
    if (!card || card.organizationId !== item.organizationId || item.unasked === 'card_not_found') {
      batch.refuse(index, cardNotFound(item.request.cardId).at(cardPointer));
      continue;
    }
    const account = accounts.get(card.bankAccountId)!;
    let reason = linkcyDecline(card, account, item.request, timeOf(item.organizationId), balances.available(account.id), spending, checkPin);
    // The client's own decision (asked before the batch, holding nothing) counts once Linkcy's checks pass.
    if (!reason && item.decision && !item.decision.approve) reason = 'declined_by_client';
    if (!reason && item.unasked) reason = item.unasked;
    if (!reason) balances.hold(account.id, item.request.amount);
    const counted = !reason && spending.add(card, item.request.amount);
    planned.push({ index, item, card, reason, counted });
  }

  const rows = planned.map(({ item, card, reason, counted }) => {
    const at = timeOf(item.organizationId);
    const merchant = merchantOf(item.request);
    // Whole rows, as the database will hold them: the batch's one statement returns nothing to read back.
    const pending = reason
      ? undefined
      : ({
          id: newId('transaction'),
          organizationId: item.organizationId,
          bankAccountId: card.bankAccountId,
          journalEntryId: null,
          kind: 'cardPayment',
          status: 'pending' as const,
          direction: 'debit' as const,
          amount: item.request.amount,
          currency: item.request.currency,
          description: merchant.name,
          reference: null,
          counterparty: null,
          merchant,
          cardId: card.id,
          balanceAfter: null,
          createdAt: at,
          postedAt: null,
          updatedAt: at,
        } satisfies TransactionRow);
    const authorization = {
      id: item.decision?.authorizationId ?? newId('authorization'),
      organizationId: item.organizationId,
      cardId: card.id,
      bankAccountId: card.bankAccountId,
      transactionId: pending?.id ?? null,
      status: reason ? ('declined' as const) : ('approved' as const),
      declineReason: reason ?? null,
      amount: item.request.amount,
      capturedAmount: null,
      currency: item.request.currency,
      merchant,
      countsTowardLimits: counted,
      increments: [],
      decision: item.decision ? { source: item.decision.source, reason: item.decision.reason ?? null, latencyMs: item.decision.latencyMs } : null,
      expiresAt: reason ? null : new Date(at.getTime() + item.holdExpirySeconds * 1000),
      createdAt: at,
      updatedAt: at,
    } satisfies AuthorizationRow;
    return { pending, authorization };
  });
  planned.forEach(({ index, item }, position) => {
    const { pending, authorization } = rows[position]!;
    const at = authorization.createdAt;
    if (pending) batch.emit({ organizationId: item.organizationId, type: 'transaction.created', data: serializeTransaction(pending), now: at });
    batch.emit({ organizationId: item.organizationId, type: 'authorization.created', data: serializeAuthorization(authorization), now: at });
    batch.answer(index, respond(authorization));
  });
  // A card whose PIN the batch blocked (or unblocked) changed as its clients see it.
  const pinChanges = [...pinTries.values()].filter(({ prior, failures }) => prior !== failures);
  for (const { card, failures } of pinChanges) {
    if (pinStatus(card.pinFailures) === pinStatus(failures)) continue;
    const at = timeOf(card.organizationId);
    const changed = { ...card, pinFailures: failures, updatedAt: at };
    batch.emit({ organizationId: card.organizationId, type: 'card.updated', data: serializeCard(changed, spending.current(changed)), now: at });
  }
  // Holds, pending transactions, authorizations, PIN tries, events and stored responses: one statement.
  const pendingRows = rows.flatMap((row) => (row.pending ? [row.pending] : []));
  return batch.finish([
    balances.write(now),
    spending.write(),
    pinFailuresWrite(pinChanges.map(({ card, prior, failures }) => ({ id: card.id, prior, failures, at: timeOf(card.organizationId) }))),
    transactionsWrite(pendingRows),
    insertWrite(
      'authorizations_inserted',
      authorizations,
      rows.map((row) => row.authorization),
    ),
  ]);
}

/** A merchant's refund to a card waiting in the group commit (see refundBatch). */
export interface RefundCommand {
  organizationId: string;
  request: { cardId: string; amount: number; currency: string; merchant: AuthorizationRequest['merchant'] };
  claim?: IdempotencyClaim | undefined;
  /** The organization's time (its sandbox clock); the batch's when absent. */
  now?: Date | undefined;
}

/**
 * Merchants' refunds to cards (sandbox, SPEC §10), in a batch like every money command: each credits
 * the card's account from the organization's card settlement account with a posted `cardRefund`
 * transaction, whatever the card's status (a closed card's customer still gets the money back), unless
 * the account is closed. Refunds do not give back spending. Errors per item: card_not_found (with a
 * pointer), bank_account_closed, currency_mismatch.
 */
export async function refundBatch(
  tx: Db,
  /** Needed only when items carry Idempotency-Keys. */
  vault: Vault | undefined,
  items: RefundCommand[],
  respond: (row: TransactionRow) => SerializedResponse,
  options: ApplyOptions = { alone: true },
): Promise<Outcome<CommandResult>[]> {
  const batch = await CommandBatch.open(tx, vault, items);
  const live = batch.live;
  if (live.length === 0) return batch.finish();

  const { accounts, balances, cardsById } = await lockPayingCards(
    tx,
    live.map(({ item }) => item.request.cardId),
    options,
  );
  const now = new Date();
  const planned: { index: number; item: RefundCommand; row: TransactionRow; result: CustomerPostingResult }[] = [];
  for (const { item, index } of live) {
    const card = cardsById.get(item.request.cardId);
    if (card && !accounts.has(card.bankAccountId)) {
      batch.deferAlone(index);
      continue;
    }
    if (!card || card.organizationId !== item.organizationId) {
      batch.refuse(index, cardNotFound(item.request.cardId).at(cardPointer));
      continue;
    }
    const account = accounts.get(card.bankAccountId)!;
    if (account.status !== 'open') {
      batch.refuse(index, new AppError('bank_account_closed', `The card’s account \`${account.id}\` is closed.`, { source: cardPointer }));
      continue;
    }
    if (account.currency !== item.request.currency) {
      batch.refuse(
        index,
        new AppError('currency_mismatch', `The card spends in ${account.currency}; the refund is in ${item.request.currency}.`, {
          source: { pointer: '/data/attributes/currency' },
        }),
      );
      continue;
    }
    const result = balances.post(account.id, item.request.amount);
    const merchant = merchantOf(item.request);
    const row = {
      id: newId('transaction'),
      organizationId: item.organizationId,
      bankAccountId: account.id,
      journalEntryId: newId('journalEntry'),
      kind: 'cardRefund',
      status: 'posted' as const,
      direction: 'credit' as const,
      amount: item.request.amount,
      currency: account.currency,
      description: `Refund from ${merchant.name}`,
      reference: null,
      counterparty: null,
      merchant,
      cardId: card.id,
      balanceAfter: result.balanceAfter,
      createdAt: item.now ?? now,
      postedAt: item.now ?? now,
      updatedAt: item.now ?? now,
    } satisfies TransactionRow;
    planned.push({ index, item, row, result });
  }
  if (planned.length === 0) return batch.finish();

  const journal = await customerEntriesWrite(
    tx,
    'card_settlement',
    'cardRefund',
    planned.map(({ item, row, result }) => ({
      journalEntryId: row.journalEntryId!,
      organizationId: row.organizationId,
      at: row.createdAt,
      currency: row.currency,
      bankAccountId: row.bankAccountId,
      amount: row.amount,
      result,
      idempotencyKey: item.claim?.key ?? null,
    })),
  );
  for (const { index, item, row } of planned) {
    batch.emit({ organizationId: item.organizationId, type: 'transaction.created', data: serializeTransaction(row), now: row.createdAt });
    batch.answer(index, respond(row));
  }
  // Journal entries, balances, transactions, events and stored responses: one statement.
  return batch.finish([journal, balances.write(now), transactionsWrite(planned.map(({ row }) => row))]);
}

function authorizationNotFound(authorizationId: string): AppError {
  return new AppError('authorization_not_found', `No authorization \`${authorizationId}\` exists in your organization.`);
}

/** GET /authorizations/:id's read: concurrent ones share one statement (db/read-batch.ts). Errors: authorization_not_found. */
export const authorizationReader = organizationReader(rowsByIds('authorizations_by_ids', authorizations), 'authorization', authorizationNotFound);

function assertPending(authorization: AuthorizationRow, now: Date) {
  if (authorization.status === 'approved' && authorization.expiresAt && authorization.expiresAt <= now) {
    throw new AppError('authorization_expired', 'The authorization’s hold has expired; its funds are released.');
  }
  if (authorization.status !== 'approved') {
    throw new AppError('authorization_not_pending', `The authorization is ${authorization.status}; only an approved, pending one can change.`);
  }
}

/** A capture, release, expiry or increment waiting in the group commit (see settleBatch). */
export interface SettlementCommand {
  organizationId: string;
  authorizationId: string;
  action: 'capture' | 'release' | 'expire' | 'increment';
  /** A capture: how much of the authorized amount (all of it when absent); an increment: how much more. */
  amount?: number | undefined;
  claim?: IdempotencyClaim | undefined;
  /** The organization's time (its sandbox clock); the batch's when absent. */
  now?: Date | undefined;
}

/**
 * Settles a batch of pending authorizations in the caller's transaction, each exactly as alone and in
 * a constant number of statements: claim the keys, lock the authorizations (then their accounts, the
 * same order as every other path), read the cards whose spending the batch changes, plan in memory,
 * then one UPDATE for every account (holds dropped or raised, captured amounts posted, versions
 * advanced), one statement for the captures' journal entries and postings, one UPDATE each for
 * transactions and authorizations, and one statement for spending counters, events and stored
 * responses.
 *
 * A capture posts the captured amount (customer debited, card settlement credited) and drops the whole
 * hold; a release or expiry drops the hold; an increment (the merchant asks for more, SPEC §10) raises
 * the hold and the amount if the card, its controls and the balance allow, and is recorded either way
 * in the authorization's `increments`. An authorization leaves `approved` once: the second of two
 * commands on it in one batch is refused as it would be alone. Errors per item: authorization_not_found,
 * authorization_not_pending, authorization_expired, validation_failed (more than authorized).
 */
export async function settleBatch(
  tx: Db,
  /** Needed only when items carry Idempotency-Keys. */
  vault: Vault | undefined,
  items: SettlementCommand[],
  respond: (row: AuthorizationRow) => SerializedResponse,
  options: ApplyOptions = { alone: true },
  now = new Date(),
): Promise<Outcome<CommandResult>[]> {
  const batch = await CommandBatch.open(tx, vault, items);
  const live = batch.live;
  if (live.length === 0) return batch.finish();

  const ids = [...new Set(live.map(({ item }) => item.authorizationId).filter((id) => isId('authorization', id)))];
  const lock = options.alone ? {} : { skipLocked: true as const };
  const found =
    ids.length === 0
      ? []
      : await tx.select().from(authorizations).where(inArray(authorizations.id, ids)).orderBy(authorizations.id).for('update', lock);
  const byId = new Map(found.map((row) => [row.id, { ...row }]));
  // Then their accounts, in id order like every other path; an account held elsewhere is skipped in a batch.
  const { accounts: accountsById, plan: balances } = await lockAccounts(
    tx,
    found.map((row) => row.bankAccountId),
    { ...options, existing: true },
  );
  const skipped = options.alone
    ? new Set<string>()
    : await existing(
        tx,
        ids.filter((id) => !byId.has(id)),
      );
  // The cards whose spending changes (counted authorizations) or that decide an increment, read under
  // their accounts' locks; a batch without either reads none.
  const incremented = new Set(live.filter(({ item }) => item.action === 'increment').map(({ item }) => item.authorizationId));
  // What a released authorization counted goes back to the card holding its counters now: a
  // successor's, once the card has ended and been replaced (spendingHolders).
  const { cards, holderOf } = await spendingHolders(
    tx,
    await payingCards(tx, [...new Set(found.filter((row) => row.countsTowardLimits || incremented.has(row.id)).map((row) => row.cardId))]),
  );
  const cardsById = new Map(cards.map((card) => [card.id, card]));
  // Each organization's time (its sandbox clock, SPEC §11), as its commands carry it; else `now`.
  const times = new Map(live.flatMap(({ item }) => (item.now ? [[item.organizationId, item.now] as const] : [])));
  const timeOf = (organizationId: string) => times.get(organizationId) ?? now;
  const spending = SpendingPlan.of(cards, (cardId) => timeOf(cardsById.get(cardId)!.organizationId));

  const planned: {
    index: number;
    item: SettlementCommand;
    authorization: AuthorizationRow;
    /** The authorization as this item leaves it (the batch may change it again). */
    after: AuthorizationRow;
    ends: boolean;
    captured: number | null;
    posting: CustomerPostingResult | null;
    journalEntryId: string | null;
  }[] = [];
  for (const { item, index } of live) {
    const authorization = byId.get(item.authorizationId);
    if (skipped.has(item.authorizationId) || (authorization && !accountsById.has(authorization.bankAccountId))) {
      batch.deferAlone(index);
      continue;
    }
    if (!authorization || authorization.organizationId !== item.organizationId) {
      batch.refuse(index, new AppError('authorization_not_found', `No authorization \`${item.authorizationId}\` exists in your organization.`));
      continue;
    }
    try {
      if (item.action === 'expire') {
        if (authorization.status !== 'approved') throw new AppError('authorization_not_pending', 'Settled since it was listed.');
      } else {
        assertPending(authorization, timeOf(item.organizationId));
      }
    } catch (error) {
      batch.refuse(index, error as AppError);
      continue;
    }
    if (item.action === 'increment') {
      const more = item.amount!;
      const card = cardsById.get(authorization.cardId)!;
      const account = accountsById.get(authorization.bankAccountId)!;
      const at = timeOf(item.organizationId);
      const increment = { cardId: card.id, amount: more, currency: authorization.currency, merchant: authorization.merchant };
      const reason = linkcyDecline(card, account, increment, at, balances.available(account.id), spending, noPin, authorization.amount + more);
      if (!reason) {
        balances.hold(account.id, more);
        spending.add(card, more, authorization.countsTowardLimits);
        authorization.amount += more;
      }
      authorization.increments = [
        ...authorization.increments,
        { amount: more, status: reason ? 'declined' : 'approved', declineReason: reason ?? null, createdAt: at.toISOString() },
      ];
      planned.push({
        index,
        item,
        authorization,
        after: { ...authorization, updatedAt: at },
        ends: false,
        captured: null,
        posting: null,
        journalEntryId: null,
      });
      continue;
    }
    const captured = item.action === 'capture' ? (item.amount ?? authorization.amount) : null;
    if (captured !== null && captured > authorization.amount) {
      batch.refuse(
        index,
        new AppError('validation_failed', `\`amount\` must be at most the authorized ${authorization.amount}.`, {
          source: { pointer: '/data/attributes/amount' },
        }),
      );
      continue;
    }
    balances.release(authorization.bankAccountId, authorization.amount);
    if (authorization.countsTowardLimits) {
      spending.giveBack(holderOf(authorization.cardId).id, authorization.createdAt, authorization.amount - (captured ?? 0));
    }
    const posting = captured !== null && captured > 0 ? balances.post(authorization.bankAccountId, -captured) : null;
    // Later commands on the same authorization in this batch see it settled.
    authorization.status = item.action === 'capture' ? 'captured' : item.action === 'release' ? 'released' : 'expired';
    if (captured !== null) authorization.capturedAmount = captured;
    planned.push({
      index,
      item,
      authorization,
      after: { ...authorization, updatedAt: timeOf(item.organizationId) },
      ends: true,
      captured,
      posting,
      journalEntryId: posting ? newId('journalEntry') : null,
    });
  }
  if (planned.length === 0) return batch.finish();

  // Its own statement: the pending transactions ended next name their journal entries.
  const journal = await customerEntriesWrite(
    tx,
    'card_settlement',
    'cardPayment',
    planned.flatMap(({ authorization, item, captured, posting, journalEntryId }) =>
      posting
        ? [
            {
              journalEntryId: journalEntryId!,
              organizationId: authorization.organizationId,
              at: timeOf(authorization.organizationId),
              currency: authorization.currency,
              bankAccountId: authorization.bankAccountId,
              amount: -captured!,
              result: posting,
              idempotencyKey: item.claim?.key ?? null,
            },
          ]
        : [],
    ),
  );
  await applyBatchWrites(tx, [journal]);

  // Each pending transaction changes once: ended (with what was captured), or resized by increments.
  const ending = planned.filter(({ ends }) => ends);
  const endedIds = new Set(ending.map(({ authorization }) => authorization.id));
  const resized = [
    ...new Map(
      planned
        .filter(({ ends, authorization }) => !ends && !endedIds.has(authorization.id))
        .map((step) => [step.authorization.id, step.authorization]),
    ).values(),
  ];
  const transactionRows = [
    ...(await endPendingTransactions(
      tx,
      ending.map(({ after, captured, posting, journalEntryId }) => ({
        id: after.transactionId!,
        status: captured !== null ? ('posted' as const) : ('released' as const),
        amount: captured ?? after.amount,
        journal_entry_id: journalEntryId,
        balance_after: posting?.balanceAfter ?? null,
        posted: captured !== null,
        at: after.updatedAt.toISOString(),
      })),
      now,
    )),
    ...(await resizePendingTransactions(
      tx,
      resized.map((authorization) => ({
        id: authorization.transactionId!,
        amount: authorization.amount,
        at: timeOf(authorization.organizationId).toISOString(),
      })),
    )),
  ];

  // The authorizations as the batch leaves them, one row each.
  const finalStates = [...new Map(planned.map(({ authorization }) => [authorization.id, authorization])).values()];
  const authorizationsUpdate = tx
    .update(authorizations)
    .set({
      status: sql`x.status`,
      amount: sql`x.amount`,
      capturedAmount: sql`x.captured_amount`,
      increments: sql`x.increments`,
      updatedAt: sql`x.updated_at`,
    })
    .from(
      sql`jsonb_to_recordset(${JSON.stringify(
        finalStates.map((authorization) => ({
          id: authorization.id,
          status: authorization.status,
          amount: authorization.amount,
          captured_amount: authorization.capturedAmount,
          increments: authorization.increments,
          updated_at: timeOf(authorization.organizationId).toISOString(),
        })),
      )}::jsonb) AS x(id text, status text, amount bigint, captured_amount bigint, increments jsonb, updated_at timestamptz)`,
    )
    .where(sql`${authorizations.id} = x.id`)
    .returning({ id: authorizations.id });
  const transactionsById = new Map(transactionRows.map((row) => [row.id, row]));

  for (const { index, after, ends } of planned) {
    // The transaction's change is told by the item that made its last change.
    const told = ends || !endedIds.has(after.id);
    if (told && (ends || after.increments.at(-1)?.status === 'approved')) {
      batch.emit({
        organizationId: after.organizationId,
        type: 'transaction.updated',
        data: serializeTransaction(transactionsById.get(after.transactionId!)!),
        now: after.updatedAt,
      });
    }
    batch.emit({ organizationId: after.organizationId, type: 'authorization.updated', data: serializeAuthorization(after), now: after.updatedAt });
    batch.answer(index, respond(after));
  }
  // Balances, the authorizations' new states, spending counters, events and stored responses: one statement.
  return batch.finish([
    balances.write(now),
    {
      ctes: [['authorizations_updated', authorizationsUpdate.getSQL()]],
      expect: [{ cte: 'authorizations_updated', rows: finalStates.length, what: 'authorization updates' }],
    },
    spending.write(),
  ]);
}

/** Of authorizations a locking read did not return, those that exist: they were locked (skipped). */
async function existing(tx: Db, missing: string[]): Promise<Set<string>> {
  if (missing.length === 0) return new Set();
  const rows = await tx.select({ id: authorizations.id }).from(authorizations).where(inArray(authorizations.id, missing));
  return new Set(rows.map((row) => row.id));
}

function settleOne(db: Db, command: SettlementCommand, now?: Date): Promise<AuthorizationRow> {
  return applyOne((respond) => settleBatch(db, undefined, [command], respond, { alone: true }, now));
}

/** Captures all or part of a pending authorization on its own (the dashboard's form): a batch of one. */
export function capture(db: Db, organizationId: string, authorizationId: string, amount: number | undefined, now?: Date): Promise<AuthorizationRow> {
  return settleOne(db, { organizationId, authorizationId, action: 'capture', amount, now });
}

/** Releases a pending authorization's hold on its own: a batch of one. */
export function release(db: Db, organizationId: string, authorizationId: string, now?: Date): Promise<AuthorizationRow> {
  return settleOne(db, { organizationId, authorizationId, action: 'release', now });
}

/**
 * Expires every approved authorization whose hold is past its time, up to `batchSize` per transaction
 * (one settlement batch each); returns how many expired. The server runs it periodically; a sandbox
 * clock's move runs it for its organization at the clock's time (SPEC §11); tests call it with a
 * `now`. One captured or released since it was listed is simply not expired.
 */
export async function expireHolds(db: Db, now: Date = new Date(), batchSize = 100, scope?: SweepScope): Promise<number> {
  let expired = 0;
  for (;;) {
    const due = await db
      .select({ authorizationId: authorizations.id, organizationId: authorizations.organizationId })
      .from(authorizations)
      .where(and(eq(authorizations.status, 'approved'), lte(authorizations.expiresAt, now), inScope(authorizations.organizationId, scope)))
      .orderBy(authorizations.id)
      .limit(batchSize);
    if (due.length === 0) return expired;
    const commands = due.map((row) => ({ ...row, action: 'expire' as const }));
    const outcomes = await execute(
      db,
      systemActor,
      ({ tx }) => settleBatch(tx, undefined, commands, () => ({ status: 200, headers: {}, body: '' }), { alone: true }, now),
      now,
    );
    expired += outcomes.filter((outcome) => outcome.ok === true).length;
    if (due.length < batchSize) return expired;
  }
}

/**
 * The periodic sweep (clock/service.ts#sweepByClock): holds due at real time, then, for each
 * organization whose sandbox clock runs ahead, the holds due at its time (moving a clock expires what
 * fell due then; this catches what falls due afterwards, as its time flows on). One organization's
 * failure is told to `onError` (by default thrown) and the others are still swept.
 */
export async function expireDueHolds(
  db: Db,
  clocks: Pick<Clocks, 'ahead'>,
  onError: (error: Error, organizationId: string | null) => void = (error) => {
    throw error;
  },
): Promise<number> {
  let expired = 0;
  await sweepByClock(
    clocks,
    async (now, scope) => {
      expired += await expireHolds(db, now, 100, scope);
    },
    onError,
  );
  return expired;
}

/** The authorizations behind some card-payment transactions, by transaction id (the dashboard). */
export async function authorizationsOfTransactions(db: Db, organizationId: string, transactionIds: string[]): Promise<Map<string, AuthorizationRow>> {
  if (transactionIds.length === 0) return new Map();
  const rows = await db
    .select()
    .from(authorizations)
    .where(and(eq(authorizations.organizationId, organizationId), inArray(authorizations.transactionId, transactionIds)));
  return new Map(rows.map((row) => [row.transactionId!, row]));
}

/** The latest authorizations of some cards, declined ones included, newest first (the dashboard). */
export async function recentAuthorizationsOfCards(db: Db, organizationId: string, cardIds: string[], limit: number): Promise<AuthorizationRow[]> {
  if (cardIds.length === 0) return [];
  return db
    .select()
    .from(authorizations)
    .where(and(eq(authorizations.organizationId, organizationId), inArray(authorizations.cardId, cardIds)))
    .orderBy(desc(authorizations.id))
    .limit(limit);
}
