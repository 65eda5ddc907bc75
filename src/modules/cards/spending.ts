import { inArray, sql } from 'drizzle-orm';
import type { Db } from '../../db/database.js';
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
 * A batch's plan of spending: what each counted card may still spend, as the batch has left it, and
 * the changes to write. Cards without a windowed limit are not counted and cost nothing.
 */
export class SpendingPlan {
  /** card id -> interval -> the counter as the database holds it (read under the account lock). */
  private readonly held = new Map<string, CardSpendingRow[]>();
  /** card id|interval -> the change planned in the current window. */
  private readonly added = new Map<string, { cardId: string; interval: WindowedInterval; amount: number; cap: number | null }>();
  /** Given back to an authorization's own window (it may since have closed: then nothing changes). */
  private readonly givenBack = new Map<string, { card_id: string; interval: WindowedInterval; window_start: string; amount: number }>();

  private constructor(private readonly now: Date) {}

  /** A plan over cards read with their counters once their accounts were locked (service.ts#payingCards). */
  static of(cards: { id: string; counters: CardSpendingRow[] }[], now: Date): SpendingPlan {
    const plan = new SpendingPlan(now);
    for (const card of cards) plan.held.set(card.id, card.counters);
    return plan;
  }

  /** A plan for settlements only: they give back, and need no counters read. */
  static forSettlements(now: Date): SpendingPlan {
    return new SpendingPlan(now);
  }

  private spent(cardId: string, interval: WindowedInterval): number {
    return spentIn(this.held.get(cardId), interval, this.now) + (this.added.get(`${cardId}|${interval}`)?.amount ?? 0);
  }

  /** The card's windows as this plan leaves them (for an event the batch writes). */
  current(card: Pick<CardRow, 'id' | 'spendingControls'>): CardSpending[] {
    return windowsOf(card.spendingControls, (interval) => this.spent(card.id, interval), this.now);
  }

  /** Whether the card's windowed limits leave room for `amount` more. */
  allows(card: Pick<CardRow, 'id' | 'spendingControls'>, amount: number): boolean {
    return !exceedsLimits(card.spendingControls, (interval) => this.spent(card.id, interval), amount);
  }

  /**
   * Counts an approved amount in every window of a card with a windowed limit (so a limit added later
   * sees what its window spent meanwhile); answers whether it was counted.
   */
  add(card: Pick<CardRow, 'id' | 'spendingControls'>, amount: number): boolean {
    if (!countsSpending(card.spendingControls)) return false;
    for (const interval of windowedIntervals) {
      const key = `${card.id}|${interval}`;
      const cap = card.spendingControls.limits.find((limit) => isWindowed(limit.interval) && limit.interval === interval)?.amount ?? null;
      const entry = this.added.get(key) ?? { cardId: card.id, interval, amount: 0, cap };
      entry.amount += amount;
      this.added.set(key, entry);
    }
    return true;
  }

  /** Gives back what an authorization counted (released, expired, or captured for less), in its own windows. */
  giveBack(cardId: string, countedAt: Date, amount: number): void {
    if (amount <= 0) return;
    for (const interval of windowedIntervals) {
      const start = windowStart(interval, countedAt).toISOString();
      const key = `${cardId}|${interval}|${start}`;
      const entry = this.givenBack.get(key) ?? { card_id: cardId, interval, window_start: start, amount: 0 };
      entry.amount += amount;
      this.givenBack.set(key, entry);
    }
  }

  /**
   * The planned changes as one write of the batch's statement: counters already in the current window
   * grow (guarded: the counter is what the plan read, and the total within the limit); counters from
   * an earlier window restart; missing ones are inserted; given-back amounts leave the windows they
   * were counted in, if those are still current.
   */
  write(): BatchWrite | undefined {
    const grow: object[] = [];
    const insert: object[] = [];
    for (const entry of this.added.values()) {
      const start = windowStart(entry.interval, this.now);
      const row = this.held.get(entry.cardId)?.find((candidate) => candidate.interval === entry.interval);
      const prior = spentIn(this.held.get(entry.cardId), entry.interval, this.now);
      const spent = prior + entry.amount;
      if (entry.cap !== null && spent > entry.cap) throw new Error(`a spending plan exceeds the ${entry.interval} limit of card ${entry.cardId}`);
      const change = { card_id: entry.cardId, interval: entry.interval, window_start: start.toISOString(), spent, cap: entry.cap };
      if (row) grow.push({ ...change, prior_start: row.windowStart.toISOString(), prior_spent: row.spent });
      else insert.push(change);
    }
    const back = [...this.givenBack.values()];
    const ctes: [string, ReturnType<typeof sql>][] = [];
    if (grow.length > 0) {
      ctes.push([
        'card_spending_grown',
        sql`UPDATE card_spending SET window_start = x.window_start, spent = x.spent
          FROM jsonb_to_recordset(${JSON.stringify(grow)}::jsonb)
            AS x(card_id text, interval text, window_start timestamptz, spent bigint, cap bigint, prior_start timestamptz, prior_spent bigint)
          WHERE card_spending.card_id = x.card_id AND card_spending.interval = x.interval
            AND card_spending.window_start = x.prior_start AND card_spending.spent = x.prior_spent AND x.spent <= COALESCE(x.cap, x.spent)
          RETURNING card_spending.card_id`,
      ]);
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
    if (ctes.length === 0) return undefined;
    const expect = [
      ...(grow.length > 0 ? [{ cte: 'card_spending_grown', rows: grow.length, what: 'card spending counters' }] : []),
      ...(insert.length > 0 ? [{ cte: 'card_spending_inserted', rows: insert.length, what: 'new card spending counters' }] : []),
    ];
    return { ctes, expect };
  }
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
