/**
 * Card spending controls (SPEC §10): amount limits per authorization and per UTC calendar window,
 * and merchant category and country rules. Pure: the cards module keeps the counters, the
 * authorizations module asks `controlDecline` and `exceedsLimits` while it plans a batch.
 */

export const spendingIntervals = ['perAuthorization', 'daily', 'weekly', 'monthly', 'yearly', 'allTime'] as const;
export type SpendingInterval = (typeof spendingIntervals)[number];
/** The intervals with a window, hence a counter (perAuthorization compares one amount). */
export const windowedIntervals = ['daily', 'weekly', 'monthly', 'yearly', 'allTime'] as const;
export type WindowedInterval = (typeof windowedIntervals)[number];

export interface SpendingLimit {
  amount: number;
  interval: SpendingInterval;
}

export interface SpendingControls {
  limits: SpendingLimit[];
  allowedCategories: string[];
  blockedCategories: string[];
  allowedCountries: string[];
  blockedCountries: string[];
}

export const noSpendingControls: SpendingControls = {
  limits: [],
  allowedCategories: [],
  blockedCategories: [],
  allowedCountries: [],
  blockedCountries: [],
};

const allTimeStart = new Date(0);

/** The start of the UTC calendar window holding `at`: days, ISO weeks (from Monday), months, years. */
export function windowStart(interval: WindowedInterval, at: Date): Date {
  const [year, month, day] = [at.getUTCFullYear(), at.getUTCMonth(), at.getUTCDate()];
  switch (interval) {
    case 'daily':
      return new Date(Date.UTC(year, month, day));
    case 'weekly':
      return new Date(Date.UTC(year, month, day - ((at.getUTCDay() + 6) % 7)));
    case 'monthly':
      return new Date(Date.UTC(year, month, 1));
    case 'yearly':
      return new Date(Date.UTC(year, 0, 1));
    case 'allTime':
      return allTimeStart;
  }
}

/** When the window holding `at` ends (null: never). */
export function windowEnd(interval: WindowedInterval, at: Date): Date | null {
  const start = windowStart(interval, at);
  const [year, month, day] = [start.getUTCFullYear(), start.getUTCMonth(), start.getUTCDate()];
  switch (interval) {
    case 'daily':
      return new Date(Date.UTC(year, month, day + 1));
    case 'weekly':
      return new Date(Date.UTC(year, month, day + 7));
    case 'monthly':
      return new Date(Date.UTC(year, month + 1, 1));
    case 'yearly':
      return new Date(Date.UTC(year + 1, 0, 1));
    case 'allTime':
      return null;
  }
}

export function isWindowed(interval: SpendingInterval): interval is WindowedInterval {
  return interval !== 'perAuthorization';
}

/** Whether the card's spending is counted: only while it has a limit with a window. */
export function countsSpending(controls: SpendingControls): boolean {
  return controls.limits.some((limit) => isWindowed(limit.interval));
}

export type ControlDecline = 'merchant_category_blocked' | 'merchant_country_blocked' | 'spending_limit_exceeded';

/**
 * The merchant rules and the per-authorization limit: what can be decided without the counters. A
 * merchant without a country fails an allow-list of countries (it cannot show it is allowed).
 */
export function controlDecline(
  controls: SpendingControls,
  merchant: { mcc: string; country?: string | null | undefined },
  amount: number,
): ControlDecline | undefined {
  if (controls.allowedCategories.length > 0 && !controls.allowedCategories.includes(merchant.mcc)) return 'merchant_category_blocked';
  if (controls.blockedCategories.includes(merchant.mcc)) return 'merchant_category_blocked';
  const country = merchant.country ?? null;
  if (controls.allowedCountries.length > 0 && (country === null || !controls.allowedCountries.includes(country))) return 'merchant_country_blocked';
  if (country !== null && controls.blockedCountries.includes(country)) return 'merchant_country_blocked';
  if (controls.limits.some((limit) => limit.interval === 'perAuthorization' && amount > limit.amount)) return 'spending_limit_exceeded';
  return undefined;
}

/** Whether spending `amount` more breaks a windowed limit, given what each window has spent so far. */
export function exceedsLimits(controls: SpendingControls, spent: (interval: WindowedInterval) => number, amount: number): boolean {
  return controls.limits.some((limit) => isWindowed(limit.interval) && spent(limit.interval) + amount > limit.amount);
}
