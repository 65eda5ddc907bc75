import { and, eq } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { events } from '../../src/modules/webhooks/schema.js';
import type { IssuedCredential } from '../../src/modules/organizations/service.js';
import { apiClient } from '../helpers/api-client.js';
import { describeEachEngine } from '../helpers/harness.js';

/**
 * A card's life beyond its status (SPEC §10, issue 14): PIN tries and their block.
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
});
