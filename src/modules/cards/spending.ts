import { inArray, sql, type SQL } from 'drizzle-orm';
import { queryRows, type Db } from '../../db/database.js';
import type { BatchWrite } from '../../db/batch-write.js';
import {
  countsSpending,
  exceedsLimits,
  isWindowed,
  windowedIntervals,
  windowEnd,
  windowStart,
  type SpendingControls,
  type WindowedInterval,
} from '../../domain/spending.js';
import { cardSpending, type CardRow, type CardSpendingRow } from './schema.js';

/**
 * The spending counters of cards with a windowed limit (SPEC §10). A money command reads them with the
 * cards only after it has locked the cards' accounts (every authorization and settlement of a card
 * locks its account first), plans in memory, and writes them with the batch's one statement, guarded
 * so that a wrong plan fails instead of overspending.
 */

/** The counters of some cards, every interval. */
export async function spendingCounters(db: Db, cardIds: string[]): Promise<CardSpendingRow[]> {
  if (cardIds.length === 0) return [];
  return db
    .select()
    .from(cardSpending)
    .where(inArray(cardSpending.cardId, [...new Set(cardIds)]));
}

/** What a card spent in the window of `interval` holding `now` (0 when its counter is from an earlier window). */
function spentIn(rows: CardSpendingRow[] | undefined, interval: WindowedInterval, now: Date): number {
  const row = rows?.find((candidate) => candidate.interval === interval);
  return row && row.windowStart.getTime() === windowStart(interval, now).getTime() ? row.spent : 0;
}

/**
 * A successor card takes over what its predecessor's windows have spent (a replacement is no way around
 * a limit): at the replacement, and again at its activation, since a damaged or expiring physical card
 * keeps working until its successor is activated and what it spent meanwhile counts against the
 * successor's limits too. Only the predecessor can spend in that interval (an inactive card is
 * declined), so its counters are the pair's. The caller holds the account's lock, as every writer of
 * counters does.
 */
export async function takeOverSpending(db: Db, fromCardId: string, toCardId: string): Promise<void> {
  await db.execute(sql`INSERT INTO card_spending (card_id, interval, window_start, spent)
    SELECT ${toCardId}, interval, window_start, spent FROM card_spending WHERE card_id = ${fromCardId}
    ON CONFLICT (card_id, interval) DO UPDATE SET window_start = excluded.window_start, spent = excluded.spent`);
}

/**
 * A batch's plan of spending: what each counted card may still spend, as the batch has left it, and
 * the changes to write. Cards without a windowed limit are not counted and cost nothing.
 */
export class SpendingPlan {
  /** card id -> its counters as the database holds them (read with the card under the account lock). */
  private readonly held = new Map<string, CardSpendingRow[]>();
  /**
   * card id|interval -> the net change planned in the current window: amounts counted, less what
   * releases of authorizations counted in this same window give back.
   */
  private readonly changed = new Map<string, { cardId: string; interval: WindowedInterval; amount: number; cap: number | null }>();
  /** Given back to an authorization's earlier window, if the counter is still in it. */
  private readonly givenBack = new Map<string, { card_id: string; interval: WindowedInterval; window_start: string; amount: number }>();

  /** What time it is for a card: its organization's clock (SPEC §11), which sets its windows. */
  private constructor(private readonly nowFor: (cardId: string) => Date) {}

  /** A plan over cards read with their counters once their accounts were locked (service.ts#payingCards). */
  static of(cards: { id: string; counters: CardSpendingRow[] }[], now: Date | ((cardId: string) => Date)): SpendingPlan {
    const plan = new SpendingPlan(typeof now === 'function' ? now : () => now);
    for (const card of cards) plan.held.set(card.id, card.counters);
    return plan;
  }

  private spent(cardId: string, interval: WindowedInterval): number {
    return spentIn(this.held.get(cardId), interval, this.nowFor(cardId)) + (this.changed.get(`${cardId}|${interval}`)?.amount ?? 0);
  }

  private change(cardId: string, interval: WindowedInterval, amount: number, cap?: number | null): void {
    if (!this.held.has(cardId)) throw new Error(`card ${cardId} was not read with its counters by this batch`);
    const key = `${cardId}|${interval}`;
    const entry = this.changed.get(key) ?? { cardId, interval, amount: 0, cap: null };
    entry.amount += amount;
    if (cap !== undefined) entry.cap = cap;
    this.changed.set(key, entry);
  }

  /** The card's windows as this plan leaves them (for an event the batch writes). */
  current(card: Pick<CardRow, 'id' | 'spendingControls'>): CardSpending[] {
    return windowsOf(card.spendingControls, (interval) => this.spent(card.id, interval), this.nowFor(card.id));
  }

  /** Whether the card's windowed limits leave room for `amount` more. */
  allows(card: Pick<CardRow, 'id' | 'spendingControls'>, amount: number): boolean {
    return !exceedsLimits(card.spendingControls, (interval) => this.spent(card.id, interval), amount);
  }

  /**
   * Counts an approved amount in every window of the card (so a limit added later sees what its window
   * spent meanwhile) when `counted` says so: by default, when the card has a windowed limit; an
   * increment counts when its authorization did. Answers whether it was counted.
   */
  add(card: Pick<CardRow, 'id' | 'spendingControls'>, amount: number, counted = countsSpending(card.spendingControls)): boolean {
    if (!counted) return false;
    for (const interval of windowedIntervals) {
      const limit = card.spendingControls.limits.find((candidate) => candidate.interval === interval);
      this.change(card.id, interval, amount, limit?.amount ?? null);
    }
    return true;
  }

  /** Gives back what an authorization counted (released, expired, or captured for less), in its own windows. */
  giveBack(cardId: string, countedAt: Date, amount: number): void {
    if (amount <= 0) return;
    for (const interval of windowedIntervals) {
      const start = windowStart(interval, countedAt);
      if (start.getTime() === windowStart(interval, this.nowFor(cardId)).getTime()) {
        this.change(cardId, interval, -amount);
        continue;
      }
      const key = `${cardId}|${interval}|${start.toISOString()}`;
      const entry = this.givenBack.get(key) ?? { card_id: cardId, interval, window_start: start.toISOString(), amount: 0 };
      entry.amount += amount;
      this.givenBack.set(key, entry);
    }
  }

  /**
   * The planned changes as one write of the batch's statement: a counter changes from what the plan
   * read (guarded: it must still be that, and a total that grew must be within the limit), restarting
   * when its window is over; a missing one is inserted; amounts given back to an earlier window leave
   * it if the counter is still there. No two parts touch one row (a statement's CTEs must not).
   */
  write(): BatchWrite | undefined {
    const update: object[] = [];
    const insert: object[] = [];
    for (const entry of this.changed.values()) {
      if (entry.amount === 0) continue;
      const row = this.held.get(entry.cardId)?.find((candidate) => candidate.interval === entry.interval);
      const now = this.nowFor(entry.cardId);
      const spent = spentIn(this.held.get(entry.cardId), entry.interval, now) + entry.amount;
      if (spent < 0) throw new Error(`a spending plan gives back more than card ${entry.cardId} spent`);
      const cap = entry.amount > 0 ? entry.cap : null;
      if (cap !== null && spent > cap) throw new Error(`a spending plan exceeds the ${entry.interval} limit of card ${entry.cardId}`);
      const change = {
        card_id: entry.cardId,
        interval: entry.interval,
        window_start: windowStart(entry.interval, now).toISOString(),
        spent,
        cap,
      };
      if (row) update.push({ ...change, prior_start: row.windowStart.toISOString(), prior_spent: row.spent });
      else insert.push(change);
    }
    // A counter this batch changes in the current window is restarted or already there: nothing of an
    // earlier window is left in it to give back.
    const back = [...this.givenBack.values()].filter((entry) => !this.changed.has(`${entry.card_id}|${entry.interval}`));
    const ctes: [string, SQL][] = [];
    const expect: NonNullable<BatchWrite['expect']> = [];
    if (update.length > 0) {
      ctes.push([
        'card_spending_changed',
        sql`UPDATE card_spending SET window_start = x.window_start, spent = x.spent
          FROM jsonb_to_recordset(${JSON.stringify(update)}::jsonb)
            AS x(card_id text, interval text, window_start timestamptz, spent bigint, cap bigint, prior_start timestamptz, prior_spent bigint)
          WHERE card_spending.card_id = x.card_id AND card_spending.interval = x.interval
            AND card_spending.window_start = x.prior_start AND card_spending.spent = x.prior_spent AND x.spent <= COALESCE(x.cap, x.spent)
          RETURNING card_spending.card_id`,
      ]);
      expect.push({ cte: 'card_spending_changed', rows: update.length, what: 'card spending counters' });
    }
    if (insert.length > 0) {
      ctes.push([
        'card_spending_inserted',
        sql`INSERT INTO card_spending (card_id, interval, window_start, spent)
          SELECT x.card_id, x.interval, x.window_start, x.spent
          FROM jsonb_to_recordset(${JSON.stringify(insert)}::jsonb) AS x(card_id text, interval text, window_start timestamptz, spent bigint, cap bigint)
          WHERE x.spent <= COALESCE(x.cap, x.spent)
          RETURNING card_id`,
      ]);
      expect.push({ cte: 'card_spending_inserted', rows: insert.length, what: 'new card spending counters' });
    }
    if (back.length > 0) {
      ctes.push([
        'card_spending_given_back',
        sql`UPDATE card_spending SET spent = card_spending.spent - x.amount
          FROM jsonb_to_recordset(${JSON.stringify(back)}::jsonb) AS x(card_id text, interval text, window_start timestamptz, amount bigint)
          WHERE card_spending.card_id = x.card_id AND card_spending.interval = x.interval AND card_spending.window_start = x.window_start
          RETURNING card_spending.card_id`,
      ]);
    }
    return ctes.length === 0 ? undefined : { ctes, expect };
  }
}

/**
 * Of `cards` read with their counters, those whose counters another transaction holds. Counters are
 * written under their account's lock, but anything else holding one (an operator's session, a long
 * maintenance statement) must delay only its own card: a batch locks the counters it may change
 * without waiting (SKIP LOCKED) and sends the cards it could not lock alone. One statement, and none
 * when no card has counters.
 */
export async function cardsWithLockedCounters(tx: Db, cards: { id: string; counters: CardSpendingRow[] }[]): Promise<Set<string>> {
  const counted = cards.filter((card) => card.counters.length > 0);
  if (counted.length === 0) return new Set();
  const rows = await queryRows<{ card_id: string }>(
    tx,
    sql`SELECT card_id FROM card_spending
        WHERE card_id IN (SELECT jsonb_array_elements_text(${JSON.stringify(counted.map((card) => card.id))}::jsonb))
        FOR UPDATE SKIP LOCKED`,
  );
  const lockedHere = new Map<string, number>();
  for (const row of rows) lockedHere.set(row.card_id, (lockedHere.get(row.card_id) ?? 0) + 1);
  return new Set(counted.filter((card) => (lockedHere.get(card.id) ?? 0) < card.counters.length).map((card) => card.id));
}

export interface CardSpending {
  interval: WindowedInterval;
  limit: number;
  spent: number;
  remaining: number;
  resetsAt: Date | null;
}

/** A card's windowed limits with what their current windows have spent (SPEC §10's `spending`). */
export function cardSpendingOf(controls: SpendingControls, counters: CardSpendingRow[], now: Date): CardSpending[] {
  return windowsOf(controls, (interval) => spentIn(counters, interval, now), now);
}

function windowsOf(controls: SpendingControls, spent: (interval: WindowedInterval) => number, now: Date): CardSpending[] {
  return controls.limits.flatMap((limit) => {
    if (!isWindowed(limit.interval)) return [];
    const used = spent(limit.interval);
    return [
      {
        interval: limit.interval,
        limit: limit.amount,
        spent: used,
        remaining: Math.max(0, limit.amount - used),
        resetsAt: windowEnd(limit.interval, now),
      },
    ];
  });
}
