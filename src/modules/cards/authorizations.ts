import { and, eq, inArray, lte, sql } from 'drizzle-orm';
import { queryRows, type Db } from '../../db/database.js';
import { isFinal } from '../../domain/card-status.js';
import { isId, newId } from '../../domain/ids.js';
import { AppError } from '../../errors/app-error.js';
import { bankAccounts } from '../accounts/schema.js';
import { transactions } from '../ledger/schema.js';
import { appendJournalEntries, internalAccountId, placeHolds } from '../ledger/service.js';
import { authorizations, cards, type AuthorizationRow, type CardRow } from './schema.js';
import { cardNotFound } from './service.js';
import { CommandBatch } from '../../commands/batch.js';
import type { ApplyOptions, Outcome } from '../../db/group-commit.js';
import type { CommandResult, IdempotencyClaim } from '../../http/idempotency.js';
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

type DeclineReason =
  'card_closed' | 'card_suspended' | 'card_inactive' | 'card_expired' | 'currency_mismatch' | 'account_closed' | 'insufficient_funds';

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
export async function authorize(db: Db, organizationId: string, request: AuthorizationRequest, holdExpirySeconds: number): Promise<AuthorizationRow> {
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
  const batch = await CommandBatch.open(tx, vault, items);
  const live = batch.live;
  if (live.length === 0) return batch.finish();

  const cardIds = [...new Set(live.map(({ item }) => item.request.cardId).filter((id) => isId('card', id)))];
  const found =
    cardIds.length === 0
      ? []
      : await tx
          .select({
            card: cards,
            account: {
              id: bankAccounts.id,
              currency: bankAccounts.currency,
              status: bankAccounts.status,
              postedBalance: bankAccounts.postedBalance,
              heldAmount: bankAccounts.heldAmount,
            },
          })
          .from(cards)
          .innerJoin(bankAccounts, eq(bankAccounts.id, cards.bankAccountId))
          .where(inArray(cards.id, cardIds))
          .orderBy(bankAccounts.id)
          // In a batch, an account another transaction holds is skipped, not waited for: its items
          // are applied alone afterwards, so one locked account cannot stall the whole batch.
          .for('update', options.alone ? { of: bankAccounts } : { of: bankAccounts, skipLocked: true });
  const cardsById = new Map(found.map((row) => [row.card.id, row]));
  const skipped = options.alone
    ? new Set<string>()
    : await cardsOfLockedAccounts(
        tx,
        cardIds.filter((id) => !cardsById.has(id)),
      );
  const available = new Map(found.map(({ account }) => [account.id, account.postedBalance - account.heldAmount]));

  const now = new Date();
  const holds = new Map<string, number>();
  const planned: { index: number; item: AuthorizationCommand; card: CardRow; reason: DeclineReason | undefined }[] = [];
  for (const { item, index } of live) {
    const row = cardsById.get(item.request.cardId);
    if (skipped.has(item.request.cardId)) {
      batch.deferAlone(index);
      continue;
    }
    if (!row || row.card.organizationId !== item.organizationId) {
      batch.refuse(index, cardNotFound(item.request.cardId).at(cardPointer));
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

  if (holds.size > 0)
    await placeHolds(
      tx,
      [...holds].map(([bankAccountId, amount]) => ({ bankAccountId, amount })),
      now,
    );

  const rows = planned.map(({ item, card, reason }) => {
    const merchant = {
      name: item.request.merchant.name,
      mcc: item.request.merchant.mcc,
      city: item.request.merchant.city ?? null,
      country: item.request.merchant.country ?? null,
    };
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
  const insertedAuthorizations =
    rows.length === 0
      ? []
      : await tx
          .insert(authorizations)
          .values(rows.map((row) => row.authorization))
          .returning();
  const transactionsById = new Map(insertedTransactions.map((row) => [row.id, row]));
  const authorizationsById = new Map(insertedAuthorizations.map((row) => [row.id, row]));

  planned.forEach(({ index, item }, position) => {
    const { pending, authorization } = rows[position]!;
    const authorizationRow = authorizationsById.get(authorization.id)!;
    if (pending)
      batch.emit({
        organizationId: item.organizationId,
        type: 'transaction.created',
        data: serializeTransaction(transactionsById.get(pending.id)!),
        now,
      });
    batch.emit({ organizationId: item.organizationId, type: 'authorization.created', data: serializeAuthorization(authorizationRow), now });
    batch.answer(index, respond(authorizationRow));
  });
  return batch.finish();
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

/** A capture, release or expiry waiting in the group commit (see settleBatch). */
export interface SettlementCommand {
  organizationId: string;
  authorizationId: string;
  action: 'capture' | 'release' | 'expire';
  /** For a capture: how much of the authorized amount; all of it when absent. */
  amount?: number | undefined;
  claim?: IdempotencyClaim | undefined;
}

/**
 * Settles a batch of pending authorizations in the caller's transaction, each exactly as alone and in
 * a constant number of statements: claim the keys, lock the authorizations (then their accounts, the
 * same order as every other path), plan in memory, then one UPDATE for every account (holds dropped,
 * captured amounts posted, versions advanced), one statement for the captures' journal entries and
 * postings, one UPDATE each for transactions and authorizations, one events statement, the stored
 * responses.
 *
 * A capture posts the captured amount (customer debited, card settlement credited) and drops the whole
 * hold; a release or expiry drops the hold. An authorization leaves `approved` once: the second of two
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
  const accountIds = [...new Set(found.map((row) => row.bankAccountId))];
  const accounts =
    accountIds.length === 0
      ? []
      : await tx.select().from(bankAccounts).where(inArray(bankAccounts.id, accountIds)).orderBy(bankAccounts.id).for('update', lock);
  const accountsById = new Map(accounts.map((account) => [account.id, account]));
  const skipped = options.alone
    ? new Set<string>()
    : await existing(
        tx,
        ids.filter((id) => !byId.has(id)),
      );

  const running = new Map(
    accounts.map((account) => [account.id, { balance: account.postedBalance, version: account.version, released: 0, posted: 0, postings: 0 }]),
  );
  const planned: {
    index: number;
    item: SettlementCommand;
    authorization: AuthorizationRow;
    captured: number | null;
    balanceAfter: number | null;
    version: number | null;
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
        assertPending(authorization, now);
      }
    } catch (error) {
      batch.refuse(index, error as AppError);
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
    const state = running.get(authorization.bankAccountId)!;
    state.released += authorization.amount;
    let balanceAfter: number | null = null;
    let version: number | null = null;
    if (captured !== null && captured > 0) {
      state.balance -= captured;
      state.version += 1;
      state.posted += captured;
      state.postings += 1;
      balanceAfter = state.balance;
      version = state.version;
    }
    // Later commands on the same authorization in this batch see it settled.
    authorization.status = item.action === 'capture' ? 'captured' : item.action === 'release' ? 'released' : 'expired';
    planned.push({ index, item, authorization, captured, balanceAfter, version, journalEntryId: version === null ? null : newId('journalEntry') });
  }
  if (planned.length === 0) return batch.finish();
  const at = now.toISOString();

  // Every account once: holds dropped, captures posted. The guard restates the invariants: a hold is
  // never released twice, and available never goes below zero.
  const changes = [...running]
    .filter(([, state]) => state.released > 0)
    .map(([id, state]) => ({ id, released: state.released, posted: state.posted, postings: state.postings }));
  const changed = await queryRows<{ id: string }>(
    tx,
    sql`UPDATE bank_accounts SET held_amount = bank_accounts.held_amount - x.released, posted_balance = bank_accounts.posted_balance - x.posted,
               version = bank_accounts.version + x.postings, updated_at = ${at}::timestamptz
        FROM jsonb_to_recordset(${JSON.stringify(changes)}::jsonb) AS x(id text, released bigint, posted bigint, postings bigint)
        WHERE bank_accounts.id = x.id AND bank_accounts.held_amount >= x.released
          AND bank_accounts.posted_balance - x.posted - (bank_accounts.held_amount - x.released) >= 0
        RETURNING bank_accounts.id`,
  );
  if (changed.length !== changes.length) throw new Error(`settling holds updated ${changed.length} of ${changes.length} accounts`);

  const captures = planned.filter((plan) => plan.journalEntryId !== null);
  if (captures.length > 0) {
    const settlement = new Map<string, string>();
    for (const { authorization } of captures) {
      const cacheKey = `${authorization.organizationId}|${authorization.currency}`;
      if (!settlement.has(cacheKey))
        settlement.set(cacheKey, await internalAccountId(tx, authorization.organizationId, 'card_settlement', authorization.currency));
    }
    const entries = captures.map(({ authorization, item, journalEntryId }) => ({
      id: journalEntryId!,
      organization_id: authorization.organizationId,
      idempotency_key: item.claim?.key ?? null,
      created_at: at,
    }));
    const lines = captures.flatMap(({ authorization, captured, balanceAfter, version, journalEntryId }) => [
      {
        journal_entry_id: journalEntryId!,
        organization_id: authorization.organizationId,
        bank_account_id: authorization.bankAccountId,
        internal_account_id: null,
        amount: -captured!,
        currency: authorization.currency,
        balance_after: balanceAfter,
        account_version: version,
        created_at: at,
      },
      {
        journal_entry_id: journalEntryId!,
        organization_id: authorization.organizationId,
        bank_account_id: null,
        internal_account_id: settlement.get(`${authorization.organizationId}|${authorization.currency}`)!,
        amount: captured!,
        currency: authorization.currency,
        balance_after: null,
        account_version: null,
        created_at: at,
      },
    ]);
    await appendJournalEntries(tx, entries, lines);
  }

  const transactionChanges = planned.map(({ authorization, captured, balanceAfter, journalEntryId }) => ({
    id: authorization.transactionId!,
    status: captured !== null ? 'posted' : 'released',
    amount: captured,
    journal_entry_id: journalEntryId,
    balance_after: balanceAfter,
    posted: captured !== null,
  }));
  const updatedTransactions = await queryRows<{ id: string }>(
    tx,
    sql`UPDATE transactions SET status = x.status, amount = COALESCE(x.amount, transactions.amount), journal_entry_id = COALESCE(x.journal_entry_id, transactions.journal_entry_id),
               balance_after = COALESCE(x.balance_after, transactions.balance_after),
               posted_at = CASE WHEN x.posted THEN ${at}::timestamptz ELSE transactions.posted_at END, updated_at = ${at}::timestamptz
        FROM jsonb_to_recordset(${JSON.stringify(transactionChanges)}::jsonb)
          AS x(id text, status text, amount bigint, journal_entry_id text, balance_after bigint, posted boolean)
        WHERE transactions.id = x.id
        RETURNING transactions.id`,
  );
  if (updatedTransactions.length !== planned.length) throw new Error('a settled authorization has no pending transaction');
  const transactionRows = await tx
    .select()
    .from(transactions)
    .where(
      inArray(
        transactions.id,
        transactionChanges.map((change) => change.id),
      ),
    );

  const authorizationChanges = planned.map(({ authorization, captured }) => ({
    id: authorization.id,
    status: authorization.status,
    captured_amount: captured,
  }));
  await tx.execute(
    sql`UPDATE authorizations SET status = x.status, captured_amount = COALESCE(x.captured_amount, authorizations.captured_amount), updated_at = ${at}::timestamptz
        FROM jsonb_to_recordset(${JSON.stringify(authorizationChanges)}::jsonb) AS x(id text, status text, captured_amount bigint)
        WHERE authorizations.id = x.id`,
  );
  const authorizationRows = await tx
    .select()
    .from(authorizations)
    .where(
      inArray(
        authorizations.id,
        authorizationChanges.map((change) => change.id),
      ),
    );
  const transactionsById = new Map(transactionRows.map((row) => [row.id, row]));
  const authorizationsById = new Map(authorizationRows.map((row) => [row.id, row]));

  for (const { index, authorization } of planned) {
    const row = authorizationsById.get(authorization.id)!;
    batch.emit({
      organizationId: row.organizationId,
      type: 'transaction.updated',
      data: serializeTransaction(transactionsById.get(authorization.transactionId!)!),
      now,
    });
    batch.emit({ organizationId: row.organizationId, type: 'authorization.updated', data: serializeAuthorization(row), now });
    batch.answer(index, respond(row));
  }
  return batch.finish();
}

/** Of authorizations a locking read did not return, those that exist: they were locked (skipped). */
async function existing(tx: Db, missing: string[]): Promise<Set<string>> {
  if (missing.length === 0) return new Set();
  const rows = await tx.select({ id: authorizations.id }).from(authorizations).where(inArray(authorizations.id, missing));
  return new Set(rows.map((row) => row.id));
}

async function settleOne(db: Db, command: SettlementCommand, now?: Date): Promise<AuthorizationRow> {
  let settled: AuthorizationRow | undefined;
  const [outcome] = await settleBatch(
    db,
    undefined,
    [command],
    (row) => {
      settled = row;
      return { status: 200, headers: {}, body: '' };
    },
    { alone: true },
    now,
  );
  if (outcome!.ok !== true) throw outcome!.ok === false ? outcome!.error : new Error('a settlement applied alone was skipped');
  return settled!;
}

/** Captures all or part of a pending authorization on its own (the dashboard's form): a batch of one. */
export function capture(db: Db, organizationId: string, authorizationId: string, amount: number | undefined): Promise<AuthorizationRow> {
  return settleOne(db, { organizationId, authorizationId, action: 'capture', amount });
}

/** Releases a pending authorization's hold on its own: a batch of one. */
export function release(db: Db, organizationId: string, authorizationId: string): Promise<AuthorizationRow> {
  return settleOne(db, { organizationId, authorizationId, action: 'release' });
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
        // Captured or released since it was listed: nothing to do (authorization_not_pending).
        const settled = await settleOne(tx, { organizationId, authorizationId: id, action: 'expire' }, now).catch((error: unknown) => {
          if (error instanceof AppError && error.details[0]!.code === 'authorization_not_pending') return undefined;
          throw error;
        });
        if (settled) expired++;
      });
    }
    if (due.length < batchSize) return expired;
  }
}
