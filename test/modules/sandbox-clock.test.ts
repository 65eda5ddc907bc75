import { and, asc, eq, sql } from 'drizzle-orm';
import { expireDueHolds, expireHolds } from '../../src/modules/authorizations/service.js';
import { sweepSandboxBank } from '../../src/modules/transfers/service.js';
import { Clocks } from '../../src/modules/clock/service.js';
import { sandboxClocks } from '../../src/modules/clock/schema.js';
import { expect, it } from 'vitest';
import { events } from '../../src/modules/webhooks/schema.js';
import type { IssuedCredential } from '../../src/modules/organizations/service.js';
import { apiClient } from '../helpers/api-client.js';
import { transferClient } from '../helpers/transfer-client.js';
import { describeEachEngine } from '../helpers/harness.js';

/**
 * Each organization's sandbox clock (SPEC §11, issue 14): time-based rules read it, and moving it runs
 * what became due at once, with events.
 */
describeEachEngine('sandbox clock', (harness) => {
  const api = apiClient(harness);
  const transfers = transferClient(harness);
  const day = 86_400;

  const clock = async (credential: IssuedCredential) =>
    new Date((await harness.request(credential, { method: 'GET', url: '/simulations/clock' })).json().data.attributes.now);

  function move(credential: IssuedCredential, attributes: Record<string, unknown>) {
    return harness.request(credential, { method: 'POST', url: '/simulations/clock', payload: { data: { type: 'clock', attributes } } });
  }

  async function authorize(credential: IssuedCredential, cardId: string, amount: number) {
    const response = await harness.request(credential, {
      method: 'POST',
      url: '/simulations/card-authorizations',
      payload: {
        data: {
          type: 'authorization',
          attributes: { amount, currency: 'EUR', merchant: { name: 'Market', mcc: '5411', city: 'Nice', country: 'FR' } },
          relationships: { card: { data: { type: 'card', id: cardId } } },
        },
      },
    });
    expect(response.statusCode).toBe(201);
    return response.json().data as {
      id: string;
      attributes: { status: string; declineReason: string | null; createdAt: string; expiresAt: string | null };
    };
  }

  it('reads real time until moved, moves only forward, and is each organization’s own', async () => {
    const credential = await harness.credential();
    const before = Date.now();
    const start = await clock(credential);
    expect(start.getTime()).toBeGreaterThanOrEqual(before - 1_000);
    expect(start.getTime()).toBeLessThanOrEqual(Date.now() + 1_000);
    const moved = await move(credential, { advanceSeconds: 3 * day });
    expect(moved.statusCode).toBe(200);
    expect(moved.json()).toEqual({
      data: { type: 'clock', id: credential.organizationId, attributes: { now: expect.any(String) } },
      meta: { expiredHolds: 0, deliveredCards: 0, submittedSepaCreditTransfers: 0, settledSepaCreditTransfers: 0 },
      links: { self: '/simulations/clock' },
    });
    const after = await clock(credential);
    expect(after.getTime() - start.getTime()).toBeGreaterThanOrEqual(3 * day * 1000);
    expect(after.getTime() - start.getTime()).toBeLessThan(3 * day * 1000 + 5_000);
    const back = await move(credential, { now: new Date(after.getTime() - day * 1000).toISOString() });
    expect(back.statusCode).toBe(422);
    expect(back.json().errors[0]).toMatchObject({ code: 'validation_failed', source: { pointer: '/data/attributes/now' } });
    for (const attributes of [{}, { advanceSeconds: 0 }, { advanceSeconds: 1, now: after.toISOString() }, { now: 'tomorrow' }]) {
      expect((await move(credential, attributes)).statusCode, JSON.stringify(attributes)).toBe(422);
    }
    // Another organization's clock did not move, and a new customer carries the moved clock's time.
    const stranger = await harness.credential();
    expect(Math.abs((await clock(stranger)).getTime() - Date.now())).toBeLessThan(5_000);
    const entity = await harness.request(credential, { method: 'GET', url: `/entities/${await api.customer(credential)}` });
    expect(new Date(entity.json().data.attributes.createdAt).getTime()).toBeGreaterThanOrEqual(after.getTime());
  });

  it('drives a month of a card’s life in a second: shipping, activation, a daily limit resetting, a hold expiring', async () => {
    const credential = await harness.credential();
    const account = await api.account(credential);
    await api.fund(credential, account.attributes.iban, 100_000);
    const card = await api.card(credential, account.entityId, {
      form: 'physical',
      spendingControls: { limits: [{ amount: 5_000, interval: 'daily' }] },
    });
    const shipping = card.attributes.shipping as { estimatedDeliveryFrom: string };
    expect(card.attributes.status).toBe('inactive');

    // Day 4: the estimated delivery begins; moving there delivers the card (shipped, then delivered).
    const delivered = await move(credential, { now: `${shipping.estimatedDeliveryFrom}T09:00:00Z` });
    expect(delivered.json().meta).toMatchObject({ expiredHolds: 0, deliveredCards: 1 });
    expect((await harness.request(credential, { method: 'GET', url: `/cards/${card.id}` })).json().data.attributes.shipping.status).toBe('delivered');
    expect((await harness.request(credential, { method: 'POST', url: `/cards/${card.id}/activate` })).statusCode).toBe(200);

    // Purchases against the daily limit; the next day it has reset.
    const morning = await authorize(credential, card.id, 4_000);
    expect(morning.attributes.status).toBe('approved');
    expect(morning.attributes.createdAt.slice(0, 10)).toBe(shipping.estimatedDeliveryFrom);
    expect((await authorize(credential, card.id, 2_000)).attributes.declineReason).toBe('spending_limit_exceeded');
    await harness.request(credential, { method: 'POST', url: `/simulations/card-authorizations/${morning.id}/capture` });
    await move(credential, { advanceSeconds: day });
    const nextDay = await authorize(credential, card.id, 4_500);
    expect(nextDay.attributes.status).toBe('approved');
    const spending = (await harness.request(credential, { method: 'GET', url: `/cards/${card.id}` })).json().data.attributes.spending[0];
    expect(spending).toMatchObject({ spent: 4_500, remaining: 500 });

    // Eight days on, the uncaptured hold has expired: released at once, with its events.
    const expiry = await move(credential, { advanceSeconds: 8 * day });
    expect(expiry.json().meta).toMatchObject({ expiredHolds: 1, deliveredCards: 0 });
    const expired = await harness.request(credential, { method: 'GET', url: `/authorizations/${nextDay.id}` });
    expect(expired.json().data.attributes.status).toBe('expired');
    expect(await api.balance(credential, account.id)).toEqual({ current: 96_000, available: 96_000, pending: 0 });
    // The rest of the month, and the card's state as of then.
    await move(credential, { advanceSeconds: 20 * day });
    expect((await authorize(credential, card.id, 5_000)).attributes.status).toBe('approved');
    const types = await harness.database.db
      .select({ type: events.type, createdAt: events.createdAt })
      .from(events)
      .where(and(eq(events.organizationId, credential.organizationId)))
      .orderBy(asc(events.id));
    expect(types.filter(({ type }) => type === 'authorization.updated')).toHaveLength(2); // the capture, the expiry
    // Events carry the clock's time: the last is a month after the card was issued.
    const issued = new Date(card.attributes.createdAt as string).getTime();
    expect(types.at(-1)!.createdAt.getTime() - issued).toBeGreaterThan(29 * day * 1000);
  });

  it('lets the periodic sweep expire holds that fall due at a clock running ahead, after its last move', async () => {
    const credential = await harness.credential();
    const account = await api.account(credential);
    await api.fund(credential, account.attributes.iban, 10_000);
    const card = await api.card(credential, account.entityId);
    expect((await move(credential, { advanceSeconds: 30 * day })).statusCode).toBe(200);
    const hold = await authorize(credential, card.id, 1_000);
    expect(hold.attributes.status).toBe('approved');
    // A week passes on this organization's clock without a move (as real time flows on, it does).
    await harness.database.db
      .update(sandboxClocks)
      .set({ offsetMs: sql`${sandboxClocks.offsetMs} + ${8 * day * 1000}` })
      .where(eq(sandboxClocks.organizationId, credential.organizationId));
    // Nothing is due at real time: only the sweep at the organization's own time finds the hold.
    expect(await expireHolds(harness.database.db, new Date(), 100, { organizationId: credential.organizationId })).toBe(0);
    expect(await expireDueHolds(harness.database.db, new Clocks(harness.database.db, true))).toBeGreaterThanOrEqual(1);
    const expired = await harness.request(credential, { method: 'GET', url: `/authorizations/${hold.id}` });
    expect(expired.json().data.attributes.status).toBe('expired');
    expect(await api.balance(credential, account.id)).toEqual({ current: 10_000, available: 10_000, pending: 0 });
  });

  it('expires a card when its clock passes the card’s expiry', async () => {
    const credential = await harness.credential();
    const account = await api.account(credential);
    await api.fund(credential, account.attributes.iban, 1_000);
    const card = await api.card(credential, account.entityId);
    const { expMonth, expYear } = card.attributes as { expMonth: number; expYear: number };
    await move(credential, { now: new Date(Date.UTC(expYear, expMonth, 1)).toISOString() });
    expect((await authorize(credential, card.id, 100)).attributes.declineReason).toBe('card_expired');
  });

  it('lets the sandbox bank submit and settle a SEPA credit transfer when the clock passes its times', async () => {
    const credential = await harness.credential();
    const account = await api.account(credential);
    await api.fund(credential, account.attributes.iban, 50_000);
    const sent = await transfers.sepa(credential, account.id);
    expect(sent.statusCode).toBe(201);
    // The sandbox bank takes a transfer 30 s after it was made and settles it 30 s later (the default).
    const moved = await move(credential, { advanceSeconds: 120 });
    expect(moved.json().meta).toMatchObject({ submittedSepaCreditTransfers: 1, settledSepaCreditTransfers: 1 });
    const settled = (await harness.request(credential, { method: 'GET', url: `/sepa-credit-transfers/${sent.json().data.id}` })).json().data
      .attributes;
    expect(settled.status).toBe('settled');
    const created = new Date(sent.json().data.attributes.createdAt).getTime();
    expect(new Date(settled.submittedAt).getTime() - created).toBe(30_000);
    expect(await api.balance(credential, account.id)).toEqual({ current: 50_000 - 12_345, available: 50_000 - 12_345, pending: 0 });
  });

  it('stamps the SEPA steps a client asks for with its organization’s time, and reads its statement’s days by it', async () => {
    const credential = await harness.credential();
    const account = await api.account(credential);
    expect((await move(credential, { advanceSeconds: 40 * day })).statusCode).toBe(200);
    const now = await clock(credential);
    await api.fund(credential, account.attributes.iban, 50_000);
    const sent = (await transfers.sepa(credential, account.id)).json().data;
    const settled = (await transfers.simulate(credential, sent.id, 'settle')).json().data.attributes;
    const returned = (await transfers.simulate(credential, sent.id, 'return')).json().data.attributes;
    for (const at of [sent.attributes.createdAt, settled.submittedAt, settled.settledAt, returned.updatedAt]) {
      expect(Math.abs(new Date(at).getTime() - now.getTime()), at).toBeLessThan(60_000);
    }
    const cancelled = (await transfers.sepa(credential, account.id, { endToEndId: 'E2E-CANCEL-1' })).json().data;
    const cancel = await harness.request(credential, { method: 'POST', url: `/sepa-credit-transfers/${cancelled.id}/cancel` });
    expect(Math.abs(new Date(cancel.json().data.attributes.updatedAt).getTime() - now.getTime())).toBeLessThan(60_000);
    // The default statement is the organization's month so far: the funding, the payment, its return.
    const statement = await harness.request(credential, { method: 'GET', url: `/bank/accounts/${account.id}/statement` });
    expect(statement.statusCode).toBe(200);
    const today = now.toISOString().slice(0, 10);
    expect(statement.json().links.self).toBe(`/bank/accounts/${account.id}/statement?from=${today.slice(0, 8)}01&to=${today}`);
    expect(statement.json().data.attributes.entries, JSON.stringify(statement.json().data.attributes.entries)).toHaveLength(3);
  });

  it('lets the periodic sandbox bank submit and settle, at its own time, a transfer made after the clock moved', async () => {
    const credential = await harness.credential();
    const account = await api.account(credential);
    await api.fund(credential, account.attributes.iban, 50_000);
    expect((await move(credential, { advanceSeconds: 8 * day })).statusCode).toBe(200);
    const sent = (await transfers.sepa(credential, account.id)).json().data;
    // Two minutes pass on this organization's clock without a move.
    await harness.database.db
      .update(sandboxClocks)
      .set({ offsetMs: sql`${sandboxClocks.offsetMs} + ${120_000}` })
      .where(eq(sandboxClocks.organizationId, credential.organizationId));
    const failures: unknown[] = [];
    await sweepSandboxBank(harness.database.db, new Clocks(harness.database.db, true), 30, (error) => failures.push(error));
    expect(failures).toEqual([]);
    const settled = (await harness.request(credential, { method: 'GET', url: `/sepa-credit-transfers/${sent.id}` })).json().data.attributes;
    expect(settled.status).toBe('settled');
    expect(new Date(settled.submittedAt).getTime() - new Date(sent.attributes.createdAt).getTime()).toBe(30_000);
    expect(new Date(settled.settledAt).getTime() - new Date(settled.submittedAt).getTime()).toBe(30_000);
  });

  it('refuses to run a clock more than ten years ahead of real time, however it is asked', async () => {
    const credential = await harness.credential();
    const far = await move(credential, { now: '9999-12-31T00:00:00Z' });
    expect(far.statusCode).toBe(422);
    expect(far.json().errors[0]).toMatchObject({ code: 'validation_failed', source: { pointer: '/data/attributes/now' } });
    expect(far.json().errors[0].detail).toContain('at most ten years ahead of real time');
    const nineYears = 9 * 365 * day;
    expect((await move(credential, { advanceSeconds: nineYears })).statusCode).toBe(200);
    const again = await move(credential, { advanceSeconds: nineYears });
    expect(again.statusCode).toBe(422);
    expect(again.json().errors[0]).toMatchObject({ code: 'validation_failed', source: { pointer: '/data/attributes/advanceSeconds' } });
    // Nothing moved: the organization still answers, at its nine years ahead.
    expect((await clock(credential)).getTime() - Date.now()).toBeGreaterThan(nineYears * 1000 - 60_000);
    expect((await harness.request(credential, { method: 'GET', url: '/entities/' })).statusCode).toBe(200);
  });

  it('keeps sweeping everyone else when one organization’s expiry fails (a clock out of range)', async () => {
    // A clock left beyond any date PostgreSQL and RFC 3339 agree on, as one could be set before the horizon existed.
    const broken = await harness.credential();
    await harness.database.db.insert(sandboxClocks).values({ organizationId: broken.organizationId, offsetMs: Date.UTC(10_000, 0, 1) - Date.now() });
    const credential = await harness.credential();
    const account = await api.account(credential);
    await api.fund(credential, account.attributes.iban, 10_000);
    const card = await api.card(credential, account.entityId);
    expect((await move(credential, { advanceSeconds: day })).statusCode).toBe(200);
    const hold = await authorize(credential, card.id, 1_000);
    await harness.database.db
      .update(sandboxClocks)
      .set({ offsetMs: sql`${sandboxClocks.offsetMs} + ${8 * day * 1000}` })
      .where(eq(sandboxClocks.organizationId, credential.organizationId));
    const failures: (string | null)[] = [];
    const expired = await expireDueHolds(harness.database.db, new Clocks(harness.database.db, true), (_error, organizationId) =>
      failures.push(organizationId),
    );
    expect(failures).toEqual([broken.organizationId]);
    expect(expired).toBeGreaterThanOrEqual(1);
    expect((await harness.request(credential, { method: 'GET', url: `/authorizations/${hold.id}` })).json().data.attributes.status).toBe('expired');
  });
});
