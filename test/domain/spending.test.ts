import { describe, expect, it } from 'vitest';
import { controlDecline, noSpendingControls, windowEnd, windowStart } from '../../src/domain/spending.js';

describe('spending windows (UTC calendar)', () => {
  const at = (iso: string) => new Date(iso);
  it('starts days at midnight, weeks on Monday, months on the 1st, years on 1 January', () => {
    // Sunday 2026-11-29, late evening: the week began on Monday the 23rd.
    const sunday = at('2026-11-29T23:59:59.999Z');
    expect(windowStart('daily', sunday).toISOString()).toBe('2026-11-29T00:00:00.000Z');
    expect(windowStart('weekly', sunday).toISOString()).toBe('2026-11-23T00:00:00.000Z');
    expect(windowEnd('weekly', sunday)!.toISOString()).toBe('2026-11-30T00:00:00.000Z');
    expect(windowStart('weekly', at('2026-11-30T00:00:00Z')).toISOString()).toBe('2026-11-30T00:00:00.000Z');
    // A week across a year's turn starts in the old year.
    expect(windowStart('weekly', at('2027-01-01T12:00:00Z')).toISOString()).toBe('2026-12-28T00:00:00.000Z');
    expect(windowStart('monthly', at('2026-12-31T23:00:00Z')).toISOString()).toBe('2026-12-01T00:00:00.000Z');
    expect(windowEnd('monthly', at('2026-12-31T23:00:00Z'))!.toISOString()).toBe('2027-01-01T00:00:00.000Z');
    expect(windowEnd('daily', at('2028-02-28T10:00:00Z'))!.toISOString()).toBe('2028-02-29T00:00:00.000Z');
    expect(windowStart('yearly', at('2026-06-15T00:00:00Z')).toISOString()).toBe('2026-01-01T00:00:00.000Z');
    expect(windowEnd('yearly', at('2026-06-15T00:00:00Z'))!.toISOString()).toBe('2027-01-01T00:00:00.000Z');
    expect(windowStart('allTime', sunday).getTime()).toBe(0);
    expect(windowEnd('allTime', sunday)).toBeNull();
  });

  it('checks merchant rules before the per-authorization limit', () => {
    const controls = { ...noSpendingControls, blockedCategories: ['7995'], limits: [{ amount: 10, interval: 'perAuthorization' as const }] };
    expect(controlDecline(controls, { mcc: '7995', country: 'FR' }, 50)).toBe('merchant_category_blocked');
    expect(controlDecline(controls, { mcc: '5411', country: 'FR' }, 50)).toBe('spending_limit_exceeded');
    expect(controlDecline(controls, { mcc: '5411' }, 10)).toBeUndefined();
    expect(controlDecline(noSpendingControls, { mcc: '7995', country: null }, 10 ** 9)).toBeUndefined();
  });
});
