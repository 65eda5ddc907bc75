import { and, eq } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { events } from '../../src/modules/webhooks/schema.js';
import type { IssuedCredential } from '../../src/modules/organizations/service.js';
import { apiClient } from '../helpers/api-client.js';
import { describeEachEngine } from '../helpers/harness.js';

/**
 * A card's life beyond its status (SPEC §10, issue 14): PIN tries and their block, incremental
 * authorizations, refunds, replacement.
 */
describeEachEngine('card lifecycle', (harness) => {
  const api = apiClient(harness);
  const pin = '4826';

  async function cardWithPin(credential: IssuedCredential) {
    const account = await api.account(credential);
    await api.fund(credential, account.attributes.iban, 100_000);
    const card = await api.card(credential, account.entityId);
    const set = await harness.request(credential, {
      method: 'POST',
      url: `/cards/pin/${card.id}`,
      payload: { data: { type: 'cardPin', attributes: { pin } } },
    });
    expect(set.statusCode).toBe(200);
    return { account, card };
  }

  function authorize(credential: IssuedCredential, cardId: string, attributes: Record<string, unknown> = {}) {
    return harness.request(credential, {
      method: 'POST',
      url: '/simulations/card-authorizations',
      payload: {
        data: {
          type: 'authorization',
          attributes: { amount: 500, currency: 'EUR', merchant: { name: 'Fuel Station', mcc: '5541', city: 'Nantes', country: 'FR' }, ...attributes },
          relationships: { card: { data: { type: 'card', id: cardId } } },
        },
      },
    });
  }

  async function outcome(credential: IssuedCredential, cardId: string, attributes: Record<string, unknown> = {}) {
    const response = await authorize(credential, cardId, attributes);
    expect(response.statusCode).toBe(201);
    expect(response.body).not.toContain('"pin"');
    const { status, declineReason } = response.json().data.attributes;
    return declineReason ?? status;
  }

  const pinStatusOf = async (credential: IssuedCredential, cardId: string) =>
    (await harness.request(credential, { method: 'GET', url: `/cards/${cardId}` })).json().data.attributes.pinStatus;

  it('blocks the PIN after three wrong in a row, until a reset; a right PIN starts the count again', async () => {
    const credential = await harness.credential(undefined, ['cards:sensitive']);
    const { account, card } = await cardWithPin(credential);
    expect(card.attributes.pinStatus).toBe('active');
    expect([await outcome(credential, card.id, { pin: '1111' }), await outcome(credential, card.id, { pin: '2222' })]).toEqual([
      'incorrect_pin',
      'incorrect_pin',
    ]);
    // A right PIN approves and forgets the wrong ones: two more wrong do not block.
    expect(await outcome(credential, card.id, { pin })).toBe('approved');
    expect([await outcome(credential, card.id, { pin: '1111' }), await outcome(credential, card.id, { pin: '1111' })]).toEqual([
      'incorrect_pin',
      'incorrect_pin',
    ]);
    expect(await pinStatusOf(credential, card.id)).toBe('active');
    expect(await outcome(credential, card.id, { pin: '3333' })).toBe('incorrect_pin');
    expect(await pinStatusOf(credential, card.id)).toBe('blocked');
    // Blocked: even the right PIN is declined; a purchase without a PIN (card not present) still works.
    expect(await outcome(credential, card.id, { pin })).toBe('pin_blocked');
    expect(await outcome(credential, card.id)).toBe('approved');
    const updates = await harness.database.db
      .select({ data: events.data })
      .from(events)
      .where(and(eq(events.organizationId, credential.organizationId), eq(events.type, 'card.updated')));
    expect(updates.map(({ data }) => (data as unknown as { attributes: { pinStatus: string } }).attributes.pinStatus)).toEqual(['blocked']);
    // A reset lifts the block, and says so.
    const reset = await harness.request(credential, {
      method: 'POST',
      url: `/cards/pin/${card.id}`,
      payload: { data: { type: 'cardPin', attributes: { pin: '5930' } } },
    });
    expect(reset.statusCode).toBe(200);
    expect(await pinStatusOf(credential, card.id)).toBe('active');
    expect(await outcome(credential, card.id, { pin: '5930' })).toBe('approved');
    const after = await harness.database.db
      .select({ data: events.data })
      .from(events)
      .where(and(eq(events.organizationId, credential.organizationId), eq(events.type, 'card.updated')));
    expect(after.map(({ data }) => (data as unknown as { attributes: { pinStatus: string } }).attributes.pinStatus)).toEqual(['blocked', 'active']);
    // Three approvals held 500 each; nothing else moved.
    expect(await api.balance(credential, account.id)).toEqual({ current: 100_000, available: 98_500, pending: 1_500 });
    // The card's own state comes first: a suspended card is card_suspended, and counts no PIN try.
    await harness.request(credential, {
      method: 'POST',
      url: '/cards/suspend',
      payload: { data: { type: 'card', id: card.id, attributes: { suspended: true } } },
    });
    expect(await outcome(credential, card.id, { pin: '0000' })).toBe('card_suspended');
  });

  it('counts wrong PINs exactly under concurrency: 10 parallel wrong tries are 3 incorrect_pin and 7 pin_blocked', async () => {
    const credential = await harness.credential();
    const { card } = await cardWithPin(credential);
    const outcomes = await Promise.all(Array.from({ length: 10 }, () => outcome(credential, card.id, { pin: '9999' })));
    expect(outcomes.filter((reason) => reason === 'incorrect_pin')).toHaveLength(3);
    expect(outcomes.filter((reason) => reason === 'pin_blocked')).toHaveLength(7);
    expect(await pinStatusOf(credential, card.id)).toBe('blocked');
  });

  it('refuses a PIN that is not four digits, and counts nothing', async () => {
    const credential = await harness.credential();
    const { card } = await cardWithPin(credential);
    for (const bad of ['123', '12345', 'abcd', 1234]) {
      const response = await authorize(credential, card.id, { pin: bad });
      expect(response.statusCode).toBe(422);
      expect(response.json().errors[0].source).toEqual({ pointer: '/data/attributes/pin' });
      expect(response.json().errors[0].detail).not.toContain(String(bad));
    }
    expect(await outcome(credential, card.id, { pin })).toBe('approved');
  });

  const increment = (credential: IssuedCredential, authorizationId: string, amount: number) =>
    harness.request(credential, {
      method: 'POST',
      url: `/simulations/card-authorizations/${authorizationId}/increment`,
      payload: { data: { type: 'authorization', attributes: { amount } } },
    });

  async function approved(credential: IssuedCredential, cardId: string, amount: number) {
    const response = await authorize(credential, cardId, { amount });
    expect(response.json().data.attributes.status).toBe('approved');
    return response.json().data as { id: string; relationships: { transaction: { data: { id: string } } } };
  }

  it('raises a pending authorization by an increment the balance covers, and records one it does not', async () => {
    const credential = await harness.credential();
    const account = await api.account(credential);
    await api.fund(credential, account.attributes.iban, 10_000);
    const card = await api.card(credential, account.entityId);
    const hotel = await approved(credential, card.id, 6_000);
    const raised = await increment(credential, hotel.id, 2_500);
    expect(raised.statusCode).toBe(200);
    expect(raised.json().data.attributes).toMatchObject({
      status: 'approved',
      amount: 8_500,
      increments: [{ amount: 2_500, status: 'approved', declineReason: null, createdAt: expect.any(String) }],
    });
    expect(await api.balance(credential, account.id)).toEqual({ current: 10_000, available: 1_500, pending: 8_500 });
    const pending = await harness.request(credential, { method: 'GET', url: `/transactions/${hotel.relationships.transaction.data.id}` });
    expect(pending.json().data.attributes).toMatchObject({ status: 'pending', amount: 8_500 });
    // More than is available: recorded as declined, and nothing else changes.
    const refused = await increment(credential, hotel.id, 1_501);
    expect(refused.statusCode).toBe(200);
    expect(refused.json().data.attributes.amount).toBe(8_500);
    expect(
      refused.json().data.attributes.increments.map((step: { status: string; declineReason: string | null }) => [step.status, step.declineReason]),
    ).toEqual([
      ['approved', null],
      ['declined', 'insufficient_funds'],
    ]);
    expect(await api.balance(credential, account.id)).toEqual({ current: 10_000, available: 1_500, pending: 8_500 });
    // The whole raised amount is what a capture takes.
    const captured = await harness.request(credential, { method: 'POST', url: `/simulations/card-authorizations/${hotel.id}/capture` });
    expect(captured.json().data.attributes).toMatchObject({ status: 'captured', capturedAmount: 8_500 });
    expect(await api.balance(credential, account.id)).toEqual({ current: 1_500, available: 1_500, pending: 0 });
    const posted = await harness.request(credential, { method: 'GET', url: `/transactions/${hotel.relationships.transaction.data.id}` });
    expect(posted.json().data.attributes).toMatchObject({ status: 'posted', amount: 8_500, balanceAfter: 1_500 });
    // A settled authorization takes no increment; another tenant's is not found; an increment needs an amount.
    expect((await increment(credential, hotel.id, 10)).json().errors[0].code).toBe('authorization_not_pending');
    const stranger = await harness.credential();
    expect((await increment(stranger, hotel.id, 10)).statusCode).toBe(404);
    const bodiless = await harness.request(credential, { method: 'POST', url: `/simulations/card-authorizations/${hotel.id}/increment` });
    expect(bodiless.statusCode).toBe(422);
  });

  it('holds increments to the card’s state and spending controls, and gives back all of a released authorization', async () => {
    const credential = await harness.credential();
    const account = await api.account(credential);
    await api.fund(credential, account.attributes.iban, 100_000);
    const card = await api.card(credential, account.entityId, {
      form: 'virtual',
      spendingControls: {
        limits: [
          { amount: 10_000, interval: 'daily' },
          { amount: 7_000, interval: 'perAuthorization' },
        ],
      },
    });
    const fuel = await approved(credential, card.id, 4_000);
    const reasons = async (amount: number) => {
      const response = await increment(credential, fuel.id, amount);
      expect(response.statusCode).toBe(200);
      return response.json().data.attributes.increments.at(-1).declineReason ?? 'approved';
    };
    expect(await reasons(3_001)).toBe('spending_limit_exceeded'); // 7,001 in one authorization
    expect(await reasons(3_000)).toBe('approved');
    await approved(credential, card.id, 2_000);
    expect(await reasons(1_001)).toBe('spending_limit_exceeded'); // per authorization again (8,001)
    const spendingOf = async () =>
      (await harness.request(credential, { method: 'GET', url: `/cards/${card.id}` })).json().data.attributes.spending[0];
    expect(await spendingOf()).toMatchObject({ spent: 9_000, remaining: 1_000 });
    await harness.request(credential, {
      method: 'POST',
      url: '/cards/suspend',
      payload: { data: { type: 'card', id: card.id, attributes: { suspended: true } } },
    });
    expect(await reasons(10)).toBe('card_suspended');
    // Releasing gives back the whole raised amount.
    expect((await harness.request(credential, { method: 'POST', url: `/simulations/card-authorizations/${fuel.id}/release` })).statusCode).toBe(200);
    expect(await spendingOf()).toMatchObject({ spent: 2_000, remaining: 8_000 });
    expect(await api.balance(credential, account.id)).toEqual({ current: 100_000, available: 98_000, pending: 2_000 });
  });

  it('credits a merchant’s refund to the card’s account, whatever the card’s status, and refuses what cannot be credited', async () => {
    const credential = await harness.credential();
    const account = await api.account(credential);
    const card = await api.card(credential, account.entityId);
    const refund = (who: IssuedCredential, cardId: string, attributes: Record<string, unknown> = {}) =>
      harness.request(who, {
        method: 'POST',
        url: '/simulations/card-refunds',
        payload: {
          data: {
            type: 'cardRefund',
            attributes: { amount: 1_250, currency: 'EUR', merchant: { name: 'Shoe Shop', mcc: '5661', city: 'Lille', country: 'FR' }, ...attributes },
            relationships: { card: { data: { type: 'card', id: cardId } } },
          },
        },
      });
    const response = await refund(credential, card.id);
    expect(response.statusCode).toBe(201);
    expect(response.headers.location).toBe(`/transactions/${response.json().data.id}`);
    expect(response.json().data).toMatchObject({
      type: 'transaction',
      attributes: {
        kind: 'cardRefund',
        direction: 'credit',
        status: 'posted',
        amount: 1_250,
        currency: 'EUR',
        description: 'Refund from Shoe Shop',
        merchant: { name: 'Shoe Shop', mcc: '5661', city: 'Lille', country: 'FR' },
        balanceAfter: 1_250,
      },
      relationships: { card: { data: { type: 'card', id: card.id } }, bankAccount: { data: { type: 'bankAccount', id: account.id } } },
    });
    expect((await harness.request(credential, { method: 'POST', url: `/cards/${card.id}/close` })).statusCode).toBe(200);
    expect((await refund(credential, card.id, { amount: 750 })).json().data.attributes.balanceAfter).toBe(2_000);
    expect(await api.balance(credential, account.id)).toEqual({ current: 2_000, available: 2_000, pending: 0 });
    const stranger = await harness.credential();
    const foreign = await refund(stranger, card.id);
    expect(foreign.statusCode).toBe(404);
    expect(foreign.json().errors[0]).toMatchObject({ code: 'card_not_found', source: { pointer: '/data/relationships/card/data/id' } });
    const wrongCurrency = await refund(credential, card.id, { currency: 'USD' });
    expect(wrongCurrency.json().errors[0]).toMatchObject({ code: 'currency_mismatch', source: { pointer: '/data/attributes/currency' } });
    expect(await api.balance(credential, account.id)).toEqual({ current: 2_000, available: 2_000, pending: 0 });
  });

  /** Ships a physical card to its holder (two shipment steps) and activates it: the activation's answer. */
  async function shipAndActivate(credential: IssuedCredential, cardId: string) {
    for (let step = 0; step < 2; step++) await harness.request(credential, { method: 'POST', url: `/simulations/cards/${cardId}/shipment` });
    return harness.request(credential, { method: 'POST', url: `/cards/${cardId}/activate` });
  }

  const replace = (credential: IssuedCredential, cardId: string, reason: unknown) =>
    harness.request(credential, { method: 'POST', url: `/cards/${cardId}/replace`, payload: { data: { type: 'card', attributes: { reason } } } });
  const cardOf = async (credential: IssuedCredential, cardId: string) =>
    (await harness.request(credential, { method: 'GET', url: `/cards/${cardId}` })).json().data;
  const details = async (credential: IssuedCredential, cardId: string) =>
    (await harness.request(credential, { method: 'POST', url: `/cards/details/${cardId}` })).json().data?.attributes as { pan: string } | undefined;

  it('replaces a lost card with a new number, ends the old one at once, and keeps PIN, controls and spending', async () => {
    const credential = await harness.credential(undefined, ['cards:sensitive']);
    const account = await api.account(credential);
    await api.fund(credential, account.attributes.iban, 10_000);
    const old = await api.card(credential, account.entityId, {
      form: 'virtual',
      spendingControls: { limits: [{ amount: 5_000, interval: 'daily' }] },
    });
    await harness.request(credential, { method: 'POST', url: `/cards/pin/${old.id}`, payload: { data: { type: 'cardPin', attributes: { pin } } } });
    await approved(credential, old.id, 1_200);
    const oldPan = (await details(credential, old.id))!.pan;
    const response = await replace(credential, old.id, 'lost');
    expect(response.statusCode).toBe(201);
    const successor = response.json().data;
    expect(response.headers.location).toBe(`/cards/${successor.id}`);
    expect(successor.attributes).toMatchObject({
      form: 'virtual',
      status: 'active',
      spendingControls: { limits: [{ amount: 5_000, interval: 'daily' }] },
    });
    expect(successor.attributes.spending[0]).toMatchObject({ spent: 1_200, remaining: 3_800 });
    expect(successor.relationships.replaces).toEqual({ data: { type: 'card', id: old.id } });
    expect((await details(credential, successor.id))!.pan).not.toBe(oldPan);
    const replaced = await cardOf(credential, old.id);
    expect(replaced.attributes.status).toBe('lost');
    expect(replaced.relationships.replacedBy).toEqual({ data: { type: 'card', id: successor.id } });
    // The PIN moved with it; the old card is declined and can no longer be replaced.
    expect(await outcome(credential, successor.id, { pin })).toBe('approved');
    expect(await outcome(credential, old.id)).toBe('card_closed');
    expect((await replace(credential, old.id, 'lost')).statusCode).toBe(410);
    // The customer's card routes now name the successor.
    expect((await harness.request(credential, { method: 'GET', url: `/cards/pin/${account.entityId}` })).json().data).toEqual({
      type: 'cardPin',
      id: successor.id,
      attributes: { pin },
    });
  });

  it('replaces a damaged physical card with the same number, which works until its successor is activated', async () => {
    const credential = await harness.credential(undefined, ['cards:sensitive']);
    const account = await api.account(credential);
    await api.fund(credential, account.attributes.iban, 10_000);
    const old = await api.card(credential, account.entityId, { form: 'physical' });
    expect((await shipAndActivate(credential, old.id)).statusCode).toBe(200);
    const successor = (await replace(credential, old.id, 'damaged')).json().data;
    expect(successor.attributes).toMatchObject({
      form: 'physical',
      status: 'inactive',
      last4: old.attributes.last4,
      expMonth: old.attributes.expMonth,
      expYear: old.attributes.expYear,
      shipping: { status: 'processing' },
    });
    expect((await details(credential, successor.id))!.pan).toBe((await details(credential, old.id))!.pan);
    // Still the old card until the new one is in hand; one successor at a time.
    expect(await outcome(credential, old.id)).toBe('approved');
    const again = await replace(credential, old.id, 'damaged');
    expect(again.statusCode).toBe(409);
    expect(again.json().errors[0].code).toBe('card_status_conflict');
    expect((await shipAndActivate(credential, successor.id)).statusCode).toBe(200);
    expect((await cardOf(credential, old.id)).attributes.status).toBe('closed');
    expect(await outcome(credential, successor.id)).toBe('approved');
    expect(await outcome(credential, old.id)).toBe('card_closed');
    const updates = await harness.database.db
      .select({ data: events.data })
      .from(events)
      .where(and(eq(events.organizationId, credential.organizationId), eq(events.type, 'card.updated')));
    expect(
      updates.map(({ data }) => [data.id, (data as unknown as { attributes: { status: string } }).attributes.status]).filter(([id]) => id === old.id),
    ).toEqual([
      [old.id, 'inactive'],
      [old.id, 'inactive'],
      [old.id, 'active'],
      [old.id, 'active'],
      [old.id, 'closed'],
    ]);
  });

  it('counts what a damaged card spends until its successor is activated against the successor’s limits', async () => {
    const credential = await harness.credential(undefined, ['cards:sensitive']);
    const account = await api.account(credential);
    await api.fund(credential, account.attributes.iban, 20_000);
    const old = await api.card(credential, account.entityId, {
      form: 'physical',
      spendingControls: { limits: [{ amount: 5_000, interval: 'daily' }] },
    });
    expect((await shipAndActivate(credential, old.id)).statusCode).toBe(200);
    expect(await outcome(credential, old.id, { amount: 1_000 })).toBe('approved');
    const successor = (await replace(credential, old.id, 'damaged')).json().data;
    expect(successor.attributes.spending[0]).toMatchObject({ spent: 1_000, remaining: 4_000 });
    // The old card still works while the new one ships, within the same daily limit.
    expect(await outcome(credential, old.id, { amount: 3_000 })).toBe('approved');
    const activated = await shipAndActivate(credential, successor.id);
    expect(activated.statusCode).toBe(200);
    expect(activated.json().data.attributes.spending[0]).toMatchObject({ spent: 4_000, remaining: 1_000 });
    expect(await outcome(credential, successor.id, { amount: 1_500 })).toBe('spending_limit_exceeded');
    expect(await outcome(credential, successor.id, { amount: 1_000 })).toBe('approved');
    expect((await cardOf(credential, successor.id)).attributes.spending[0]).toMatchObject({ spent: 5_000, remaining: 0 });
  });

  it('gives back what a replaced card’s released authorization counted to the card holding its counters', async () => {
    const credential = await harness.credential();
    const account = await api.account(credential);
    await api.fund(credential, account.attributes.iban, 50_000);
    const daily = { spendingControls: { limits: [{ amount: 5_000, interval: 'daily' }] } };
    const approved = async (cardId: string, amount: number) => {
      const response = await authorize(credential, cardId, { amount });
      expect(response.json().data.attributes.status).toBe('approved');
      return response.json().data.id as string;
    };
    const release = async (authorizationId: string) =>
      expect(
        (await harness.request(credential, { method: 'POST', url: `/simulations/card-authorizations/${authorizationId}/release` })).statusCode,
      ).toBe(200);
    const spentOf = async (cardId: string) => (await cardOf(credential, cardId)).attributes.spending[0];

    // Released after the physical successor's activation (which took the counters over): the successor's limit is whole again.
    const damaged = await api.card(credential, account.entityId, { form: 'physical', ...daily });
    expect((await shipAndActivate(credential, damaged.id)).statusCode).toBe(200);
    const held = await approved(damaged.id, 3_000);
    const successor = (await replace(credential, damaged.id, 'damaged')).json().data;
    expect((await shipAndActivate(credential, successor.id)).statusCode).toBe(200);
    expect(await spentOf(successor.id)).toMatchObject({ spent: 3_000, remaining: 2_000 });
    await release(held);
    expect(await spentOf(successor.id)).toMatchObject({ spent: 0, remaining: 5_000 });
    expect(await outcome(credential, successor.id, { amount: 5_000 })).toBe('approved');
    expect(await outcome(credential, successor.id, { amount: 1 })).toBe('spending_limit_exceeded');

    // Released before a physical successor's activation: the ended card keeps the count until then, and
    // the activation hands over what is left (the give-back included).
    const lost = await api.card(credential, account.entityId, { form: 'physical', ...daily });
    expect((await shipAndActivate(credential, lost.id)).statusCode).toBe(200);
    const lostHold = await approved(lost.id, 2_000);
    const renewed = (await replace(credential, lost.id, 'lost')).json().data;
    await release(lostHold);
    expect(await spentOf(lost.id)).toMatchObject({ spent: 0 });
    expect((await shipAndActivate(credential, renewed.id)).statusCode).toBe(200);
    expect(await spentOf(renewed.id)).toMatchObject({ spent: 0, remaining: 5_000 });

    // A virtual successor is active from its replacement on, the card it replaces closed at once.
    const virtual = await api.card(credential, account.entityId, { form: 'virtual', ...daily });
    const virtualHold = await approved(virtual.id, 4_000);
    const next = (await replace(credential, virtual.id, 'expiring')).json().data;
    expect(await spentOf(next.id)).toMatchObject({ spent: 4_000 });
    await release(virtualHold);
    expect(await spentOf(next.id)).toMatchObject({ spent: 0, remaining: 5_000 });
    expect(await api.balance(credential, account.id)).toEqual({ current: 50_000, available: 45_000, pending: 5_000 });
  });

  it('closes an expiring virtual card at once for its successor, and refuses what cannot be replaced', async () => {
    const credential = await harness.credential();
    const account = await api.account(credential);
    const old = await api.card(credential, account.entityId);
    const successor = (await replace(credential, old.id, 'expiring')).json().data;
    expect(successor.attributes).toMatchObject({ status: 'active', last4: old.attributes.last4 });
    expect((await cardOf(credential, old.id)).attributes.status).toBe('closed');
    const bad = await replace(credential, successor.id, 'bored');
    expect(bad.statusCode).toBe(422);
    expect(bad.json().errors[0].source).toEqual({ pointer: '/data/attributes/reason' });
    const stranger = await harness.credential();
    expect((await replace(stranger, successor.id, 'lost')).statusCode).toBe(404);
    expect((await cardOf(credential, successor.id)).attributes.status).toBe('active');
  });
});
