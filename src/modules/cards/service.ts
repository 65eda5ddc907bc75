import { and, asc, desc, eq, gt, inArray, lt, lte, notInArray, sql, type SQL } from 'drizzle-orm';
import type { KeysetWindow } from '../../db/keyset.js';
import type { Config } from '../../config.js';
import type { CommandContext } from '../../commands/execute.js';
import type { Db } from '../../db/database.js';
import { birthDatePins, cardBrand, generatePan, generatePin } from '../../domain/card-number.js';
import { finalStatuses, isFinal, pinStatus, pinTriesMax, transition, type CardCommand } from '../../domain/card-status.js';
import type { BatchWrite } from '../../db/batch-write.js';
import { lockAccountRows, type AccountIdsQuery } from '../accounts/balances.js';
import { anyParameter, prepared } from '../../db/prepared.js';
import { safeEqual } from '../../domain/safe-equal.js';
import { isId, newId } from '../../domain/ids.js';
import { AppError } from '../../errors/app-error.js';
import type { Vault } from '../../vault/vault.js';
import { openAccountForCard } from '../accounts/service.js';
import { getEligibleEntity, getEntity } from '../entities/service.js';
import type { PostalAddress } from '../entities/schema.js';
import { cardNumbers, cards, type CardRow, type CardSpendingRow } from './schema.js';
import { serializeCard } from './serializer.js';
import { cardSpendingOf, spendingCounters, takeOverSpending, type CardSpending } from './spending.js';
import { countsSpending, noSpendingControls, type SpendingControls } from '../../domain/spending.js';
import type { CardCreateAttributes, CardListQuery } from './schemas.js';

/** Issuing cards, their status machine, shipping, and their secrets (SPEC §4). */

export interface CardDeps {
  vault: Vault;
  config: Config['cards'];
}

const shippingDaysMin = 4;
const shippingDaysMax = 14;
const panAttemptsMax = 5;

/** Ciphertexts are bound to organization, card and field: moved elsewhere, they do not decrypt. */
const binding = (card: Pick<CardRow, 'organizationId' | 'id'>, field: 'pan' | 'pin') => `${card.organizationId}|${card.id}|${field}`;

export function cardNotFound(id: string): AppError {
  return new AppError('card_not_found', `No card \`${id}\` exists in your organization.`);
}

function addDays(date: Date, days: number): string {
  return new Date(date.getTime() + days * 86_400_000).toISOString().slice(0, 10);
}

/**
 * Issues a card spending from the customer's open account. Errors: entity_not_found, entity_closed,
 * entity_not_approved, bank_account_required, validation_failed (shipping address on a virtual card).
 */
export async function issueCard(
  context: CommandContext,
  organizationId: string,
  input: CardCreateAttributes & { entityId: string; bankAccountId?: string | undefined },
  deps: CardDeps,
): Promise<CardRow> {
  const db = context.tx;
  const pointer = { pointer: '/data/relationships/entity/data/id' };
  const entity = await getEligibleEntity(db, organizationId, input.entityId, 'cards are issued');
  if (input.form === 'virtual' && input.shippingAddress) {
    throw new AppError('validation_failed', '`shippingAddress` applies to physical cards only.', {
      source: { pointer: '/data/attributes/shippingAddress' },
    });
  }
  const account = await openAccountForCard(db, entity.id, input.bankAccountId);
  if (!account && input.bankAccountId !== undefined) {
    throw new AppError('bank_account_not_found', `The customer has no open bank account \`${input.bankAccountId}\`.`, {
      source: { pointer: '/data/relationships/bankAccount/data/id' },
    });
  }
  if (!account) {
    throw new AppError('bank_account_required', 'The customer has no open bank account for the card to spend from. Open one first.', {
      source: pointer,
    });
  }

  const now = context.now;
  const id = newId('card');
  const name = input.cardholderName ?? (entity.kind === 'individual' ? `${entity.firstName} ${entity.lastName}` : entity.legalName!).slice(0, 26);
  const physical = input.form === 'physical';
  const pan = await claimNewNumber(db, id, deps);
  const location = { organizationId, id };
  const [row] = await db
    .insert(cards)
    .values({
      id,
      organizationId,
      entityId: entity.id,
      bankAccountId: account.id,
      form: input.form,
      status: physical ? 'inactive' : 'active',
      cardholderName: name.toUpperCase(),
      ...numberColumns(location, pan, expiryFrom(now, deps), deps),
      pinCiphertext: deps.vault.encrypt('pin', generatePin(entity.dateOfBirth), binding(location, 'pin')),
      ...shippingColumns(physical ? { line2: null, region: null, ...(input.shippingAddress ?? entity.address) } : null, now),
      spendingControls: input.spendingControls ?? noSpendingControls,
      createdAt: now,
      updatedAt: now,
    })
    .returning();
  context.emit('card.created', serializeCard(row!, cardSpendingOf(row!.spendingControls, [], now)), now);
  return row!;
}

/** A new card's expiry: the configured years ahead, through the end of that month. */
function expiryFrom(now: Date, deps: CardDeps): { expMonth: number; expYear: number } {
  const expiry = new Date(Date.UTC(now.getUTCFullYear() + deps.config.expiryYears, now.getUTCMonth(), 1));
  return { expMonth: expiry.getUTCMonth() + 1, expYear: expiry.getUTCFullYear() };
}

/** Claims a number no card has ever carried (card_numbers), for the card `cardId`. */
async function claimNewNumber(db: Db, cardId: string, deps: CardDeps): Promise<string> {
  for (let attempt = 0; attempt < panAttemptsMax; attempt++) {
    const pan = generatePan(deps.config.bin);
    const [claimed] = await db
      .insert(cardNumbers)
      .values({ panLookupHash: deps.vault.panLookupHash(pan), cardId })
      .onConflictDoNothing()
      .returning({ hash: cardNumbers.panLookupHash });
    if (claimed) return pan;
  }
  throw new Error(`no unused PAN under BIN after ${panAttemptsMax} attempts`);
}

/** The columns a card number and expiry make: the number only encrypted, its shown parts, its hash. */
function numberColumns(location: { organizationId: string; id: string }, pan: string, expiry: { expMonth: number; expYear: number }, deps: CardDeps) {
  return {
    brand: cardBrand(pan),
    bin: pan.slice(0, 6),
    last4: pan.slice(-4),
    panCiphertext: deps.vault.encrypt('pan', pan, binding(location, 'pan')),
    panLookupHash: deps.vault.panLookupHash(pan),
    ...expiry,
  };
}

/** A physical card's shipping, ordered now (null address: a virtual card). */
function shippingColumns(address: PostalAddress | null, now: Date) {
  return {
    shippingAddress: address,
    shippingStatus: address ? ('processing' as const) : null,
    estimatedDeliveryFrom: address ? addDays(now, shippingDaysMin) : null,
    estimatedDeliveryTo: address ? addDays(now, shippingDaysMax) : null,
  };
}

export type ReplacementReason = 'lost' | 'stolen' | 'damaged' | 'expiring';

/**
 * Issues the successor of a card locked with lockCardWithAccount (SPEC §10), with the same form,
 * holder, account, PIN, controls and what its windows have spent. `lost` and `stolen` get a new number
 * and end the card at once; `damaged` keeps number and expiry, `expiring` the number with a new
 * expiry, and the card keeps working until its successor is activated (a virtual one is active at
 * once, so the card closes at once). Errors: card_closed (410), card_status_conflict (already
 * replaced), entity_closed.
 */
export async function replaceCard(context: CommandContext, card: CardRow, reason: ReplacementReason, deps: CardDeps): Promise<CardRow> {
  const db = context.tx;
  if (finalStatuses.includes(card.status)) throw new AppError('card_closed', `The card is ${card.status}; it can no longer be replaced.`);
  if (card.replacedByCardId) {
    throw new AppError('card_status_conflict', `The card was already replaced by \`${card.replacedByCardId}\`; replace that one.`);
  }
  await getEligibleEntity(db, card.organizationId, card.entityId, 'cards are issued');
  const now = context.now;
  const id = newId('card');
  const location = { organizationId: card.organizationId, id };
  const renumbered = reason === 'lost' || reason === 'stolen';
  const pan = renumbered ? await claimNewNumber(db, id, deps) : deps.vault.decrypt('pan', card.panCiphertext, binding(card, 'pan'));
  const expiry = reason === 'damaged' ? { expMonth: card.expMonth, expYear: card.expYear } : expiryFrom(now, deps);
  const physical = card.form === 'physical';
  const [successor] = await db
    .insert(cards)
    .values({
      id,
      organizationId: card.organizationId,
      entityId: card.entityId,
      bankAccountId: card.bankAccountId,
      form: card.form,
      status: physical ? 'inactive' : 'active',
      cardholderName: card.cardholderName,
      ...numberColumns(location, pan, expiry, deps),
      pinCiphertext: deps.vault.encrypt('pin', deps.vault.decrypt('pin', card.pinCiphertext, binding(card, 'pin')), binding(location, 'pin')),
      pinFailures: card.pinFailures,
      ...shippingColumns(physical ? card.shippingAddress : null, now),
      spendingControls: card.spendingControls,
      replacesCardId: card.id,
      replacementReason: reason,
      createdAt: now,
      updatedAt: now,
    })
    .returning();
  await takeOverSpending(db, card.id, id);
  // A lost or stolen card ends now; another ends when its successor is active (at once if virtual).
  const ending = renumbered ? reason : physical ? undefined : 'closed';
  const [replaced] = await db
    .update(cards)
    .set({ replacedByCardId: id, updatedAt: now, ...(ending ? { status: ending, closedAt: now } : {}) })
    .where(eq(cards.id, card.id))
    .returning();
  context.emit('card.updated', await presentCard(db, replaced!, now), now);
  context.emit('card.created', await presentCard(db, successor!, now), now);
  return successor!;
}

/**
 * Ends the card an activated successor replaces, unless it has ended already, and hands the successor
 * what the predecessor spent until now (see takeOverSpending), under the account's lock.
 */
async function endPredecessor(context: CommandContext, successor: CardRow, now: Date): Promise<void> {
  if (!successor.replacesCardId) return;
  await lockAccountRows(context.tx, { ids: [successor.bankAccountId] }, { alone: true });
  await takeOverSpending(context.tx, successor.replacesCardId, successor.id);
  const [ended] = await context.tx
    .update(cards)
    .set({ status: 'closed', closedAt: now, updatedAt: now })
    .where(and(eq(cards.id, successor.replacesCardId), notInArray(cards.status, [...finalStatuses])))
    .returning();
  if (ended) context.emit('card.updated', await presentCard(context.tx, ended, now), now);
}

/** The accounts some cards spend from, as a subquery for the ledger's lock (ledger/service.ts#lockAccounts). */
export function accountsOfCards(ids: string[]): AccountIdsQuery {
  return { name: 'cards', query: accountsOfCardsQuery, values: { cardIds: anyParameter(ids) } };
}

const accountsOfCardsQuery = sql`(SELECT ${sql.identifier(cards.bankAccountId.name)} FROM ${cards} WHERE ${sql.identifier(cards.id.name)} = ANY(${sql.placeholder('cardIds')}))`;

export type PayingCard = CardRow & { counters: CardSpendingRow[] };

/**
 * Cards by id (any organization) with their spending counters, in one read: a batch of authorizations
 * reads them once it holds their accounts' locks, so status, controls and counters are current.
 */
export async function payingCards(db: Db, ids: string[]): Promise<PayingCard[]> {
  if (ids.length === 0) return [];
  const rows = await payingCardsQuery(db, { ids: anyParameter(ids) });
  return rows.map(({ card, counters }) => ({
    ...card,
    counters: counters.map((counter) => ({
      cardId: card.id,
      interval: counter.interval,
      windowStart: new Date(counter.windowStart),
      spent: Number(counter.spent),
    })),
  }));
}

/**
 * The card whose counters hold what each of `cards` counted: the card itself or, once it has ended and
 * a successor holds its counters for good, that successor (and so on along the chain). A successor
 * holds them for good once a physical one has been activated (it took them over then, see
 * takeOverSpending, and the ended card counts nothing more) or from its replacement on for a virtual
 * one (issued active while the card it replaces closed at once). Before a physical successor's
 * activation the ended card still holds them: the activation copies them over, give-backs included.
 * Where in doubt (a physical successor that has ended too), the card itself: what it counted is still
 * in its own counters, so a give-back there is never more than was counted. Costs one read per step of
 * a chain, none when no card has ended with a successor.
 */
export async function spendingHolders(db: Db, read: PayingCard[]): Promise<{ cards: PayingCard[]; holderOf: (cardId: string) => PayingCard }> {
  const known = new Map(read.map((card) => [card.id, card]));
  // Only an ended card's successor can hold its counters.
  const successorId = (card: PayingCard) => (isFinal(card.status) ? card.replacedByCardId : null);
  const successorHolding = (card: PayingCard): PayingCard | undefined => {
    const successor = known.get(successorId(card) ?? '');
    const holds =
      successor?.bankAccountId === card.bankAccountId && (successor.form === 'virtual' || ['active', 'suspended'].includes(successor.status));
    return holds ? successor : undefined;
  };
  for (let step = read; ;) {
    const missing = [...new Set(step.map(successorId).filter((id): id is string => id !== null && !known.has(id)))];
    if (missing.length === 0) break;
    step = await payingCards(db, missing);
    for (const card of step) known.set(card.id, card);
  }
  return {
    cards: [...known.values()],
    holderOf: (cardId) => {
      let holder = known.get(cardId)!;
      for (let next = successorHolding(holder); next; next = successorHolding(holder)) holder = next;
      return holder;
    },
  };
}

const payingCardsQuery = prepared('paying_cards', (db) =>
  db
    .select({
      card: cards,
      counters: sql<{ interval: CardSpendingRow['interval']; windowStart: string; spent: number }[]>`COALESCE((
        SELECT json_agg(json_build_object('interval', s.interval, 'windowStart', s.window_start, 'spent', s.spent))
        FROM card_spending s WHERE s.card_id = ${cards.id}), '[]'::json)`,
    })
    .from(cards)
    .where(sql`${cards.id} = ANY(${sql.placeholder('ids')})`),
);

/** A customer's cards, newest first (the dashboard's customer page). */
export async function entityCards(db: Db, organizationId: string, entityId: string): Promise<CardRow[]> {
  return db
    .select()
    .from(cards)
    .where(and(eq(cards.organizationId, organizationId), eq(cards.entityId, entityId)))
    .orderBy(desc(cards.id));
}

/** Reads a card of the organization. Errors: card_not_found (also for other tenants' cards). */
export async function getCard(db: Db, organizationId: string, cardId: string, options: { forUpdate?: boolean } = {}): Promise<CardRow> {
  if (!isId('card', cardId)) throw cardNotFound(cardId);
  const query = db
    .select()
    .from(cards)
    .where(and(eq(cards.organizationId, organizationId), eq(cards.id, cardId)));
  const [row] = options.forUpdate ? await query.for('update') : await query;
  if (!row) throw cardNotFound(cardId);
  return row;
}

/**
 * The seed's card routes take an entity id or a card id (SPEC §4): a card id names the card; an entity
 * id names its most recently issued card that is not final. Errors: card_not_found, entity_not_found.
 */
export async function resolveCard(db: Db, organizationId: string, entityOrCardId: string, options: { forUpdate?: boolean } = {}): Promise<CardRow> {
  if (isId('card', entityOrCardId)) return getCard(db, organizationId, entityOrCardId, options);
  const entity = await getEntity(db, organizationId, entityOrCardId);
  const [latest] = await db
    .select({ id: cards.id })
    .from(cards)
    .where(and(eq(cards.entityId, entity.id), notInArray(cards.status, [...finalStatuses])))
    .orderBy(desc(cards.id))
    .limit(1);
  if (!latest) throw new AppError('card_not_found', `The customer \`${entity.id}\` has no card that is not closed.`);
  return getCard(db, organizationId, latest.id, options);
}

export async function listCards(db: Db, organizationId: string, query: CardListQuery, window: KeysetWindow): Promise<CardRow[]> {
  const conditions: (SQL | undefined)[] = [
    eq(cards.organizationId, organizationId),
    query['filter[status]'] && eq(cards.status, query['filter[status]']),
    query['filter[form]'] && eq(cards.form, query['filter[form]']),
    query['filter[entity]'] !== undefined ? eq(cards.entityId, query['filter[entity]']) : undefined,
    window.idGreaterThan !== undefined ? gt(cards.id, window.idGreaterThan) : undefined,
    window.idLessThan !== undefined ? lt(cards.id, window.idLessThan) : undefined,
  ];
  return db
    .select()
    .from(cards)
    .where(and(...conditions))
    .orderBy(window.ascending ? asc(cards.id) : desc(cards.id))
    .limit(window.limit);
}

/**
 * Applies a status command to a locked card. Errors: card_closed (410: final statuses), card_status_conflict,
 * card_not_delivered.
 */
export async function changeCardStatus(context: CommandContext, card: CardRow, command: CardCommand): Promise<CardRow> {
  const db = context.tx;
  const result = transition(card.status, command);
  if (!result.ok) throw new AppError(result.code, result.detail);
  if (!result.changed) return card;
  const now = context.now;
  const [row] = await db
    .update(cards)
    .set({ status: result.status, updatedAt: now, ...(finalStatuses.includes(result.status) ? { closedAt: now } : {}) })
    .where(inArray(cards.id, [card.id]))
    .returning();
  context.emit('card.updated', await presentCard(db, row!, now), now);
  if (command.kind === 'activate') await endPredecessor(context, row!, now);
  return row!;
}

/**
 * Replaces a locked card's spending controls; what its windows spent is kept (a lowered limit below
 * it declines until the window resets). Errors: card_closed (410).
 */
export async function changeSpendingControls(context: CommandContext, card: CardRow, controls: SpendingControls): Promise<CardRow> {
  if (finalStatuses.includes(card.status)) throw new AppError('card_closed', `The card is ${card.status}; its controls can no longer change.`);
  const now = context.now;
  const [row] = await context.tx.update(cards).set({ spendingControls: controls, updatedAt: now }).where(eq(cards.id, card.id)).returning();
  context.emit('card.updated', await presentCard(context.tx, row!, now), now);
  return row!;
}

/** Each card's windowed limits with what their current windows spent: one read of counters for all that count it. */
export async function spendingOfCards(db: Db, rows: CardRow[], now = new Date()): Promise<Map<string, CardSpending[]>> {
  const counters = await spendingCounters(
    db,
    rows.filter((row) => countsSpending(row.spendingControls)).map((row) => row.id),
  );
  return new Map(
    rows.map((row) => [
      row.id,
      cardSpendingOf(
        row.spendingControls,
        counters.filter((counter) => counter.cardId === row.id),
        now,
      ),
    ]),
  );
}

/** Cards as clients see them, with their spending. */
export async function presentCards(db: Db, rows: CardRow[], now = new Date()) {
  const spending = await spendingOfCards(db, rows, now);
  return rows.map((row) => serializeCard(row, spending.get(row.id)!));
}

export async function presentCard(db: Db, row: CardRow, now = new Date()) {
  return (await presentCards(db, [row], now))[0]!;
}

export function isDelivered(card: CardRow): boolean {
  return card.shippingStatus === 'delivered';
}

/** Sandbox: moves a physical card processing -> shipped -> delivered. Errors: card_not_physical, card_already_delivered. */
export async function advanceShipment(context: CommandContext, card: CardRow): Promise<CardRow> {
  const db = context.tx;
  if (card.form !== 'physical') throw new AppError('card_not_physical', 'Only physical cards are shipped.');
  if (card.shippingStatus === 'delivered') throw new AppError('card_already_delivered', 'The card was already delivered.');
  const now = context.now;
  const next =
    card.shippingStatus === 'processing'
      ? { shippingStatus: 'shipped' as const, shippedAt: now }
      : { shippingStatus: 'delivered' as const, deliveredAt: now };
  const [row] = await db
    .update(cards)
    .set({ ...next, updatedAt: now })
    .where(eq(cards.id, card.id))
    .returning();
  context.emit('card.updated', await presentCard(db, row!, now), now);
  return row!;
}

/**
 * Sandbox: physical cards of the organization whose estimated delivery has begun by `today` and that
 * are not delivered yet, oldest first (a sandbox clock's move delivers them, SPEC §11).
 */
export async function cardsDueForDelivery(db: Db, organizationId: string, today: string): Promise<CardRow[]> {
  return db
    .select()
    .from(cards)
    .where(
      and(
        eq(cards.organizationId, organizationId),
        inArray(cards.shippingStatus, ['processing', 'shipped']),
        notInArray(cards.status, [...finalStatuses]),
        lte(cards.estimatedDeliveryFrom, today),
      ),
    )
    .orderBy(asc(cards.id))
    .for('update');
}

/** The card's full number, CVV and expiry, for the `cards:sensitive` reveal. Errors: card_closed. */
export function revealDetails(card: CardRow, vault: Vault) {
  if (finalStatuses.includes(card.status)) throw new AppError('card_closed', `The card is ${card.status}; its details are no longer available.`);
  const pan = vault.decrypt('pan', card.panCiphertext, binding(card, 'pan'));
  return {
    pan,
    cvv: vault.cvv(pan, card.expMonth, card.expYear),
    expMonth: card.expMonth,
    expYear: card.expYear,
    cardholderName: card.cardholderName,
  };
}

export function revealPin(card: CardRow, vault: Vault): string {
  if (finalStatuses.includes(card.status)) throw new AppError('card_closed', `The card is ${card.status}; its PIN is no longer available.`);
  return vault.decrypt('pin', card.pinCiphertext, binding(card, 'pin'));
}

/**
 * Sets the PIN of a card locked with lockCardWithAccount (a random one when none is given), and lifts a
 * block of wrong PINs. Errors: card_closed.
 */
export async function resetPin(context: CommandContext, card: CardRow, vault: Vault, pin: string | undefined): Promise<string> {
  const db = context.tx;
  if (finalStatuses.includes(card.status)) throw new AppError('card_closed', `The card is ${card.status}; its PIN cannot change.`);
  // A PIN anyone who knows the cardholder's birthday would try is refused, and never generated.
  const { dateOfBirth } = await getEntity(db, card.organizationId, card.entityId);
  if (pin !== undefined && dateOfBirth && birthDatePins(dateOfBirth).has(pin)) {
    throw new AppError('validation_failed', '`pin` is derived from the cardholder’s date of birth; choose another.', {
      source: { pointer: '/data/attributes/pin' },
    });
  }
  const next = pin ?? generatePin(dateOfBirth);
  const now = context.now;
  const [row] = await db
    .update(cards)
    .set({ pinCiphertext: vault.encrypt('pin', next, binding(card, 'pin')), pinFailures: 0, updatedAt: now })
    .where(eq(cards.id, card.id))
    .returning();
  if (pinStatus(card.pinFailures) !== pinStatus(0)) context.emit('card.updated', await presentCard(db, row!, now), now);
  return next;
}

/**
 * Locks a card for a change that authorizations also make (its PIN tries): its account first, then the
 * card, the order of every money command, so that a batch holding the account never waits on a card
 * this transaction holds. Returns the card as it is under the locks.
 */
export async function lockCardWithAccount(tx: Db, card: CardRow): Promise<CardRow> {
  await lockAccountRows(tx, { ids: [card.bankAccountId] }, { alone: true });
  return getCard(tx, card.organizationId, card.id, { forUpdate: true });
}

/**
 * One PIN try at a card with `failures` wrong tries in a row (SPEC §10): blocked at three, else the
 * PIN compared in constant time; the count after it (a right PIN starts it again).
 */
export function pinTry(
  card: CardRow,
  vault: Vault,
  pin: string,
  failures: number,
): { reason: 'pin_blocked' | 'incorrect_pin' | undefined; failures: number } {
  if (failures >= pinTriesMax) return { reason: 'pin_blocked', failures };
  if (safeEqual(vault.decrypt('pin', card.pinCiphertext, binding(card, 'pin')), pin)) return { reason: undefined, failures: 0 };
  return { reason: 'incorrect_pin', failures: failures + 1 };
}

/**
 * The PIN tries a batch of authorizations counted, as one write of its statement: guarded on the count
 * the batch read under the account lock (every change of it holds that lock); `at` is the card's
 * organization's time.
 */
export function pinFailuresWrite(changes: { id: string; prior: number; failures: number; at: Date }[]): BatchWrite | undefined {
  if (changes.length === 0) return undefined;
  return {
    ctes: [
      [
        'card_pin_failures',
        sql`UPDATE cards SET pin_failures = x.failures, updated_at = x.at
          FROM jsonb_to_recordset(${JSON.stringify(changes)}::jsonb) AS x(id text, prior integer, failures integer, at timestamptz)
          WHERE cards.id = x.id AND cards.pin_failures = x.prior
          RETURNING cards.id`,
      ],
    ],
    expect: [{ cte: 'card_pin_failures', rows: changes.length, what: 'card PIN try counts' }],
  };
}
