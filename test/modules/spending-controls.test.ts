import { and, eq, sql } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { cardSpending } from '../../src/modules/cards/schema.js';
import { events } from '../../src/modules/webhooks/schema.js';
import type { IssuedCredential } from '../../src/modules/organizations/service.js';
import { apiClient } from '../helpers/api-client.js';
import { describeEachEngine } from '../helpers/harness.js';

/**
 * Card spending controls (SPEC §10, issue 14): limits per authorization and per UTC window, merchant
 * category and country rules, counted inside the authorization's own batch, given back on release.
 */
describeEachEngine('card spending controls', (harness) => {
  const api = apiClient(harness);
  const empty = { limits: [], allowedCategories: [], blockedCategories: [], allowedCountries: [], blockedCountries: [] };
  const timestamp = expect.stringMatching(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{3})?Z$/);

  function nextMidnight(now = new Date()): string {
    return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() + 1)).toISOString();
  }

  async function cardWith(credential: IssuedCredential, spendingControls: Record<string, unknown>, funds = 100_000) {
    const account = await api.account(credential);
    if (funds > 0) await api.fund(credential, account.attributes.iban, funds);
    const card = await api.card(credential, account.entityId, { form: 'virtual', spendingControls });
    return { account, card };
  }

  function authorize(credential: IssuedCredential, cardId: string, amount: number, merchant: Record<string, unknown> = {}) {
    return harness.request(credential, {
      method: 'POST',
      url: '/simulations/card-authorizations',
      payload: {
        data: {
          type: 'authorization',
          attributes: { amount, currency: 'EUR', merchant: { name: 'Corner Shop', mcc: '5411', city: 'Lyon', country: 'FR', ...merchant } },
          relationships: { card: { data: { type: 'card', id: cardId } } },
        },
      },
    });
  }

  async function decision(credential: IssuedCredential, cardId: string, amount: number, merchant: Record<string, unknown> = {}) {
    const response = await authorize(credential, cardId, amount, merchant);
    expect(response.statusCode).toBe(201);
    const { id, attributes } = response.json().data;
    return { id: id as string, status: attributes.status as string, declineReason: attributes.declineReason as string | null };
  }

  async function spending(credential: IssuedCredential, cardId: string) {
    const response = await harness.request(credential, { method: 'GET', url: `/cards/${cardId}` });
    expect(response.statusCode).toBe(200);
    return response.json().data.attributes.spending as {
      interval: string;
      limit: number;
      spent: number;
      remaining: number;
      resetsAt: string | null;
    }[];
  }

  const settle = (credential: IssuedCredential, id: string, action: 'capture' | 'release', amount?: number) =>
    harness.request(credential, {
      method: 'POST',
      url: `/simulations/card-authorizations/${id}/${action}`,
      ...(amount !== undefined ? { payload: { data: { type: 'authorization', attributes: { amount } } } } : {}),
    });

  it('issues a card with controls, filled in whole, and shows each windowed limit with its window', async () => {
    const credential = await harness.credential();
    const { card } = await cardWith(credential, {
      limits: [
        { amount: 50_000, interval: 'daily' },
        { amount: 2_000, interval: 'perAuthorization' },
      ],
      blockedCountries: ['RU'],
    });
    expect(card.attributes.spendingControls).toEqual({
      ...empty,
      limits: [
        { amount: 50_000, interval: 'daily' },
        { amount: 2_000, interval: 'perAuthorization' },
      ],
      blockedCountries: ['RU'],
    });
    expect(card.attributes.spending).toEqual([{ interval: 'daily', limit: 50_000, spent: 0, remaining: 50_000, resetsAt: nextMidnight() }]);
    const plain = await api.card(credential, (await api.account(credential)).entityId);
    expect(plain.attributes).toMatchObject({ spendingControls: empty, spending: [] });
  });

  it('refuses bad controls with a pointer to the member, and changes nothing', async () => {
    const credential = await harness.credential();
    const { card } = await cardWith(credential, { limits: [{ amount: 100, interval: 'daily' }] });
    const cases: [unknown, string, string][] = [
      [
        {
          limits: [
            { amount: 1, interval: 'daily' },
            { amount: 2, interval: 'daily' },
          ],
        },
        '/data/attributes/spendingControls/limits/1/interval',
        'repeats',
      ],
      [{ limits: [{ amount: 0, interval: 'daily' }] }, '/data/attributes/spendingControls/limits/0/amount', 'greater than zero'],
      [{ limits: [{ amount: 10, interval: 'hourly' }] }, '/data/attributes/spendingControls/limits/0/interval', 'perAuthorization'],
      [{ limits: [{ amount: 1e15, interval: 'daily' }] }, '/data/attributes/spendingControls/limits/0/amount', 'at most'],
      [
        { allowedCategories: ['5411'], blockedCategories: ['7995'] },
        '/data/attributes/spendingControls/blockedCategories',
        'either allows or blocks',
      ],
      [{ blockedCategories: ['54111'] }, '/data/attributes/spendingControls/blockedCategories/0', '4-digit'],
      [{ blockedCategories: ['5411', '5411'] }, '/data/attributes/spendingControls/blockedCategories', 'repeat'],
      [{ blockedCountries: ['XX'] }, '/data/attributes/spendingControls/blockedCountries/0', 'alpha-2'],
      [{ allowedCountries: ['FR'], blockedCountries: ['RU'] }, '/data/attributes/spendingControls/blockedCountries', 'either allows or blocks'],
      [{ limits: [], velocity: 3 }, '/data/attributes/spendingControls/velocity', ''],
    ];
    for (const [controls, pointer, words] of cases) {
      const response = await harness.request(credential, {
        method: 'PATCH',
        url: `/cards/${card.id}`,
        payload: { data: { type: 'card', attributes: { spendingControls: controls } } },
      });
      expect(response.statusCode, JSON.stringify(controls)).toBe(422);
      const [error] = response.json().errors;
      expect(error.source, JSON.stringify(controls)).toEqual({ pointer });
      expect(error.detail).toContain(words);
    }
    const readOnly = await harness.request(credential, {
      method: 'PATCH',
      url: `/cards/${card.id}`,
      payload: { data: { type: 'card', attributes: { spendingControls: {}, spending: [] } } },
    });
    expect(readOnly.statusCode).toBe(422);
    expect(readOnly.json().errors[0].source).toEqual({ pointer: '/data/attributes/spending' });
    const wrongId = await harness.request(credential, {
      method: 'PATCH',
      url: `/cards/${card.id}`,
      payload: { data: { type: 'card', id: 'card_01M8A4RP6Z45ZFMEP1YRKGG3TW', attributes: { spendingControls: {} } } },
    });
    expect(wrongId.statusCode).toBe(422);
    expect(wrongId.json().errors[0].source).toEqual({ pointer: '/data/id' });
    const stranger = await harness.credential();
    const foreign = await harness.request(stranger, {
      method: 'PATCH',
      url: `/cards/${card.id}`,
      payload: { data: { type: 'card', attributes: { spendingControls: {} } } },
    });
    expect(foreign.statusCode).toBe(404);
    expect(foreign.json().errors[0].code).toBe('card_not_found');
    const unchanged = await harness.request(credential, { method: 'GET', url: `/cards/${card.id}` });
    expect(unchanged.json().data.attributes.spendingControls).toEqual({ ...empty, limits: [{ amount: 100, interval: 'daily' }] });
  });

  it('replaces controls with PATCH, emits card.updated, and refuses a closed card with 410', async () => {
    const credential = await harness.credential();
    const { card } = await cardWith(credential, { limits: [{ amount: 100, interval: 'daily' }] });
    const response = await harness.request(credential, {
      method: 'PATCH',
      url: `/cards/${card.id}`,
      payload: { data: { type: 'card', id: card.id, attributes: { spendingControls: { allowedCountries: ['FR', 'DE'] } } } },
    });
    expect(response.statusCode).toBe(200);
    expect(response.json().data.attributes).toMatchObject({
      spendingControls: { ...empty, allowedCountries: ['FR', 'DE'] },
      spending: [],
      updatedAt: timestamp,
    });
    const updates = await harness.database.db
      .select({ data: events.data })
      .from(events)
      .where(and(eq(events.organizationId, credential.organizationId), eq(events.type, 'card.updated')));
    expect(updates.map(({ data }) => (data as unknown as { attributes: { spendingControls: unknown } }).attributes.spendingControls)).toEqual([
      { ...empty, allowedCountries: ['FR', 'DE'] },
    ]);
    expect((await harness.request(credential, { method: 'POST', url: `/cards/${card.id}/close` })).statusCode).toBe(200);
    const closed = await harness.request(credential, {
      method: 'PATCH',
      url: `/cards/${card.id}`,
      payload: { data: { type: 'card', attributes: { spendingControls: {} } } },
    });
    expect(closed.statusCode).toBe(410);
    expect(closed.json().errors[0].code).toBe('card_closed');
  });

  it('declines on merchant category, merchant country and the per-authorization limit, and holds nothing', async () => {
    const credential = await harness.credential();
    const blocking = await cardWith(credential, {
      blockedCategories: ['7995'],
      blockedCountries: ['RU'],
      limits: [{ amount: 5_000, interval: 'perAuthorization' }],
    });
    const allowing = await cardWith(credential, { allowedCategories: ['5411', '5812'], allowedCountries: ['FR'] });
    const outcomes = [
      await decision(credential, blocking.card.id, 100, { mcc: '7995' }),
      await decision(credential, blocking.card.id, 100, { country: 'RU' }),
      await decision(credential, blocking.card.id, 5_001),
      await decision(credential, blocking.card.id, 5_000),
      await decision(credential, allowing.card.id, 100, { mcc: '7995' }),
      await decision(credential, allowing.card.id, 100, { country: 'DE' }),
      await decision(credential, allowing.card.id, 100, { country: null }),
      await decision(credential, allowing.card.id, 100, { mcc: '5812' }),
    ];
    expect(outcomes.map((outcome) => outcome.declineReason ?? outcome.status)).toEqual([
      'merchant_category_blocked',
      'merchant_country_blocked',
      'spending_limit_exceeded',
      'approved',
      'merchant_category_blocked',
      'merchant_country_blocked',
      'merchant_country_blocked',
      'approved',
    ]);
    expect(await api.balance(credential, blocking.account.id)).toEqual({ current: 100_000, available: 95_000, pending: 5_000 });
    expect(await api.balance(credential, allowing.account.id)).toEqual({ current: 100_000, available: 99_900, pending: 100 });
    // A card's own state declines first: a suspended card says so, whatever the merchant.
    await harness.request(credential, {
      method: 'POST',
      url: '/cards/suspend',
      payload: { data: { type: 'card', id: blocking.card.id, attributes: { suspended: true } } },
    });
    expect((await decision(credential, blocking.card.id, 100, { mcc: '7995' })).declineReason).toBe('card_suspended');
  });

  it('counts approved holds and captures in each window, and gives back what a release or a smaller capture leaves', async () => {
    const credential = await harness.credential();
    const { card } = await cardWith(credential, {
      limits: [
        { amount: 1_000, interval: 'daily' },
        { amount: 5_000, interval: 'monthly' },
      ],
    });
    const first = await decision(credential, card.id, 600);
    const second = await decision(credential, card.id, 500);
    expect([first.status, second.declineReason]).toEqual(['approved', 'spending_limit_exceeded']);
    expect((await spending(credential, card.id)).map(({ interval, spent, remaining }) => [interval, spent, remaining])).toEqual([
      ['daily', 600, 400],
      ['monthly', 600, 4_400],
    ]);
    expect((await settle(credential, first.id, 'capture', 250)).statusCode).toBe(200);
    expect((await spending(credential, card.id))[0]).toMatchObject({ spent: 250, remaining: 750 });
    const third = await decision(credential, card.id, 750);
    expect(third.status).toBe('approved');
    expect((await decision(credential, card.id, 1)).declineReason).toBe('spending_limit_exceeded');
    expect((await settle(credential, third.id, 'release')).statusCode).toBe(200);
    expect((await spending(credential, card.id)).map(({ spent }) => spent)).toEqual([250, 250]);
    // A limit lowered below what the window spent declines until the window resets; spent is kept.
    const lowered = await harness.request(credential, {
      method: 'PATCH',
      url: `/cards/${card.id}`,
      payload: { data: { type: 'card', attributes: { spendingControls: { limits: [{ amount: 200, interval: 'daily' }] } } } },
    });
    expect(lowered.json().data.attributes.spending).toEqual([{ interval: 'daily', limit: 200, spent: 250, remaining: 0, resetsAt: nextMidnight() }]);
    expect((await decision(credential, card.id, 1)).declineReason).toBe('spending_limit_exceeded');
  });

  it('starts a new window from zero: yesterday’s spending does not count today', async () => {
    const credential = await harness.credential();
    const { card } = await cardWith(credential, { limits: [{ amount: 1_000, interval: 'daily' }] });
    expect((await decision(credential, card.id, 1_000)).status).toBe('approved');
    expect((await decision(credential, card.id, 1)).declineReason).toBe('spending_limit_exceeded');
    // Move the daily counter into yesterday's window, as the turn of the day would.
    await harness.database.db
      .update(cardSpending)
      .set({ windowStart: sql`${cardSpending.windowStart} - interval '1 day'` })
      .where(and(eq(cardSpending.cardId, card.id), eq(cardSpending.interval, 'daily')));
    expect((await spending(credential, card.id))[0]).toMatchObject({ spent: 0, remaining: 1_000 });
    expect((await decision(credential, card.id, 900)).status).toBe('approved');
    const [daily] = await harness.database.db
      .select()
      .from(cardSpending)
      .where(and(eq(cardSpending.cardId, card.id), eq(cardSpending.interval, 'daily')));
    expect(daily).toMatchObject({ spent: 900 });
  });

  it('approves exactly 37 of 100 parallel authorizations of 10 under a daily limit of 370', async () => {
    const credential = await harness.credential();
    const { account, card } = await cardWith(credential, { limits: [{ amount: 370, interval: 'daily' }] });
    const responses = await Promise.all(Array.from({ length: 100 }, () => authorize(credential, card.id, 10)));
    expect(responses.every((response) => response.statusCode === 201)).toBe(true);
    const decided = responses.map((response) => response.json().data.attributes as { status: string; declineReason: string | null });
    expect(decided.filter((d) => d.status === 'approved')).toHaveLength(37);
    expect(decided.filter((d) => d.declineReason === 'spending_limit_exceeded')).toHaveLength(63);
    expect(await api.balance(credential, account.id)).toEqual({ current: 100_000, available: 99_630, pending: 370 });
    expect((await spending(credential, card.id))[0]).toMatchObject({ spent: 370, remaining: 0 });
  });

  it('keeps spent equal to a model through any sequence of authorizations, captures and releases', async () => {
    const credential = await harness.credential();
    const limits = { daily: 3_000, weekly: 4_000 };
    const { account, card } = await cardWith(
      credential,
      {
        limits: [
          { amount: limits.daily, interval: 'daily' },
          { amount: limits.weekly, interval: 'weekly' },
          { amount: 900, interval: 'perAuthorization' },
        ],
      },
      50_000,
    );
    // A seeded generator: the same sequence every run, a different one per seed when debugging.
    let seed = 20261126;
    const random = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
    let spent = 0;
    let held = 0;
    let posted = 0;
    const open: { id: string; amount: number }[] = [];
    for (let step = 0; step < 60; step++) {
      const roll = random();
      if (roll < 0.55 || open.length === 0) {
        const amount = 1 + Math.floor(random() * 1_000);
        const expected = amount > 900 || spent + amount > Math.min(limits.daily, limits.weekly) ? 'declined' : 'approved';
        const outcome = await decision(credential, card.id, amount);
        expect(outcome.status, `step ${step}: ${amount} on ${spent}`).toBe(expected);
        if (expected === 'approved') {
          spent += amount;
          held += amount;
          open.push({ id: outcome.id, amount });
        }
      } else {
        const [chosen] = open.splice(Math.floor(random() * open.length), 1);
        held -= chosen!.amount;
        if (roll < 0.8) {
          const captured = 1 + Math.floor(random() * chosen!.amount);
          expect((await settle(credential, chosen!.id, 'capture', captured)).statusCode).toBe(200);
          spent -= chosen!.amount - captured;
          posted += captured;
        } else {
          expect((await settle(credential, chosen!.id, 'release')).statusCode).toBe(200);
          spent -= chosen!.amount;
        }
      }
      if (step % 10 === 9) expect((await spending(credential, card.id)).map((window) => window.spent)).toEqual([spent, spent]);
    }
    expect((await spending(credential, card.id)).map((window) => [window.spent, window.remaining])).toEqual([
      [spent, limits.daily - spent],
      [spent, limits.weekly - spent],
    ]);
    expect(await api.balance(credential, account.id)).toEqual({ current: 50_000 - posted, available: 50_000 - posted - held, pending: held });
  });
});
