import { eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { isLuhnValid } from '../../src/domain/card-number.js';
import { auditLog } from '../../src/modules/audit/schema.js';
import { verifyAuditLog } from '../../src/modules/audit/service.js';
import { expireHolds } from '../../src/modules/authorizations/service.js';
import { cards } from '../../src/modules/cards/schema.js';
import { RefusalCounter } from '../../src/modules/cards/sensitive-routes.js';
import { verifyLedger } from '../../src/invariants/verify.js';
import type { IssuedCredential } from '../../src/modules/organizations/service.js';
import { apiClient } from '../helpers/api-client.js';
import { describeEachEngine, type TestApp } from '../helpers/harness.js';

const timestampPattern = expect.stringMatching(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);

async function expectLedgerValid(harness: TestApp) {
  expect((await verifyLedger(harness.database.db)).filter((r) => r.violations.length > 0)).toEqual([]);
}

function addDays(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}

describeEachEngine('cards', (harness) => {
  const api = apiClient(harness);

  /** A customer with a funded EUR account. */
  async function fundedCustomer(credential: IssuedCredential, amount = 10_000) {
    const account = await api.account(credential);
    if (amount > 0) await api.fund(credential, account.attributes.iban, amount);
    return account;
  }

  describe('issuing', () => {
    it('issues an active virtual card that shows no more than the first six and last four digits', async () => {
      const credential = await harness.credential();
      const account = await fundedCustomer(credential);
      const response = await api.issueCard(credential, account.entityId);
      expect(response.statusCode).toBe(201);
      const body = response.json();
      const id = body.data.id;
      expect(response.headers.location).toBe(`/cards/${id}`);
      const expiry = new Date();
      expect(body).toEqual({
        data: {
          type: 'card',
          id: expect.stringMatching(/^card_[0-9A-Z]{26}$/),
          attributes: {
            form: 'virtual',
            status: 'active',
            cardholderName: 'ADA LOVELACE',
            brand: 'visa',
            last4: expect.stringMatching(/^\d{4}$/),
            maskedPan: expect.stringMatching(/^489537\*{6}\d{4}$/),
            expMonth: expiry.getUTCMonth() + 1,
            expYear: expiry.getUTCFullYear() + 3,
            shipping: null,
            pinStatus: 'active',
            spendingControls: { limits: [], allowedCategories: [], blockedCategories: [], allowedCountries: [], blockedCountries: [] },
            spending: [],
            createdAt: timestampPattern,
            updatedAt: timestampPattern,
          },
          relationships: {
            entity: { data: { type: 'entity', id: account.entityId } },
            bankAccount: { data: { type: 'bankAccount', id: account.id } },
            replaces: { data: null },
            replacedBy: { data: null },
          },
          links: { self: `/cards/${id}` },
        },
        links: { self: `/cards/${id}` },
      });
      expect(body.data.attributes.maskedPan.endsWith(body.data.attributes.last4)).toBe(true);
    });

    it('issues an inactive physical card shipped to the customer’s address within 4 to 14 days', async () => {
      const credential = await harness.credential();
      const account = await fundedCustomer(credential, 0);
      const card = await api.card(credential, account.entityId, { form: 'physical', cardholderName: 'Ada King' });
      expect(card.attributes).toMatchObject({
        form: 'physical',
        status: 'inactive',
        cardholderName: 'ADA KING',
        shipping: {
          status: 'processing',
          address: { line1: '10 rue de Rivoli', line2: null, postalCode: '75001', city: 'Paris', region: null, country: 'FR' },
          estimatedDeliveryFrom: addDays(4),
          estimatedDeliveryTo: addDays(14),
        },
      });
    });

    it('refuses a customer without an open account, a foreign customer and bad documents', async () => {
      const owner = await harness.credential();
      const stranger = await harness.credential();
      const bare = await api.customer(owner);
      const noAccount = await api.issueCard(owner, bare);
      expect(noAccount.statusCode).toBe(409);
      expect(noAccount.json().errors[0]).toMatchObject({ code: 'bank_account_required', source: { pointer: '/data/relationships/entity/data/id' } });
      const account = await fundedCustomer(owner, 0);
      const foreign = await api.issueCard(stranger, account.entityId);
      expect(foreign.statusCode).toBe(404);
      expect(foreign.json().errors[0].code).toBe('entity_not_found');
      const cases: [Record<string, unknown>, string, string][] = [
        [{ form: 'plastic' }, 'validation_failed', '/data/attributes/form'],
        [{ form: 'virtual', pan: '4111111111111111' }, 'read_only_member', '/data/attributes/pan'],
        [
          { form: 'virtual', shippingAddress: { line1: 'x', postalCode: '1', city: 'y', country: 'FR' } },
          'validation_failed',
          '/data/attributes/shippingAddress',
        ],
        [{ form: 'virtual', cardholderName: 'Ada 😀' }, 'validation_failed', '/data/attributes/cardholderName'],
      ];
      for (const [attributes, code, pointer] of cases) {
        const response = await api.issueCard(owner, account.entityId, attributes);
        expect([response.statusCode, response.json().errors[0].code, response.json().errors[0].source]).toEqual([
          code === 'read_only_member' || code === 'validation_failed' ? 422 : 409,
          code,
          { pointer },
        ]);
      }
      const list = await harness.request(owner, { method: 'GET', url: `/cards?filter[entity]=${account.entityId}` });
      expect(list.json().data).toEqual([]);
    });

    it('lists and filters cards; every list holds masked numbers only', async () => {
      const credential = await harness.credential();
      const account = await fundedCustomer(credential, 0);
      const virtual = await api.card(credential, account.entityId);
      const physical = await api.card(credential, account.entityId, { form: 'physical' });
      const all = await harness.request(credential, { method: 'GET', url: '/cards' });
      expect(all.json().data.map((c: { id: string }) => c.id)).toEqual([physical.id, virtual.id]);
      const byForm = await harness.request(credential, { method: 'GET', url: '/cards?filter[form]=physical&filter[status]=inactive' });
      expect(byForm.json().data.map((c: { id: string }) => c.id)).toEqual([physical.id]);
      expect(all.body).not.toMatch(/\d{13,19}/);
    });
  });

  describe('status machine and shipping', () => {
    it('activates a physical card only once delivered', async () => {
      const credential = await harness.credential();
      const account = await fundedCustomer(credential, 0);
      const card = await api.card(credential, account.entityId, { form: 'physical' });
      const early = await harness.request(credential, { method: 'POST', url: `/cards/${card.id}/activate` });
      expect(early.statusCode).toBe(409);
      expect(early.json().errors[0].code).toBe('card_not_delivered');
      const ship = () => harness.request(credential, { method: 'POST', url: `/simulations/cards/${card.id}/shipment` });
      expect((await ship()).json().data.attributes.shipping.status).toBe('shipped');
      expect((await ship()).json().data.attributes.shipping.status).toBe('delivered');
      const again = await ship();
      expect(again.statusCode).toBe(409);
      expect(again.json().errors[0].code).toBe('card_already_delivered');
      const activated = await harness.request(credential, { method: 'POST', url: `/cards/${card.id}/activate` });
      expect(activated.statusCode).toBe(200);
      expect(activated.json().data.attributes.status).toBe('active');
      const virtual = await api.card(credential, account.entityId);
      const shipVirtual = await harness.request(credential, { method: 'POST', url: `/simulations/cards/${virtual.id}/shipment` });
      expect(shipVirtual.json().errors[0].code).toBe('card_not_physical');
    });

    it('suspends and re-enables through the seed’s POST /cards/suspend, by card id or by entity', async () => {
      const credential = await harness.credential();
      const account = await fundedCustomer(credential, 0);
      const card = await api.card(credential, account.entityId);
      const suspend = (data: Record<string, unknown>) =>
        harness.request(credential, { method: 'POST', url: '/cards/suspend', payload: { data: { type: 'card', ...data } } });
      const byId = await suspend({ id: card.id, attributes: { suspended: true } });
      expect(byId.statusCode).toBe(200);
      expect(byId.json().data.attributes.status).toBe('suspended');
      const twice = await suspend({ id: card.id, attributes: { suspended: true } });
      expect(twice.json().data.attributes.status).toBe('suspended');
      const byEntity = await suspend({
        attributes: { suspended: false },
        relationships: { entity: { data: { type: 'entity', id: account.entityId } } },
      });
      expect(byEntity.json().data).toMatchObject({ id: card.id, attributes: { status: 'active' } });
      const neither = await suspend({ attributes: { suspended: true } });
      expect(neither.statusCode).toBe(422);
      const notBoolean = await suspend({ id: card.id, attributes: { suspended: 'yes' } });
      expect(notBoolean.json().errors[0]).toMatchObject({ code: 'validation_failed', source: { pointer: '/data/attributes/suspended' } });
      const physical = await api.card(credential, account.entityId, { form: 'physical' });
      const inactive = await suspend({ id: physical.id, attributes: { suspended: true } });
      expect(inactive.statusCode).toBe(409);
      expect(inactive.json().errors[0].code).toBe('card_status_conflict');
    });

    it('makes lost, stolen and closed final: any later change is 410 and changes nothing', async () => {
      const credential = await harness.credential();
      const account = await fundedCustomer(credential, 0);
      const card = await api.card(credential, account.entityId);
      const lost = await harness.request(credential, {
        method: 'POST',
        url: `/cards/${card.id}/close`,
        payload: { data: { type: 'card', attributes: { reason: 'lost' } } },
      });
      expect(lost.json().data.attributes.status).toBe('lost');
      const attempts = [
        harness.request(credential, {
          method: 'POST',
          url: '/cards/suspend',
          payload: { data: { type: 'card', id: card.id, attributes: { suspended: true } } },
        }),
        harness.request(credential, { method: 'POST', url: `/cards/${card.id}/close` }),
        harness.request(credential, { method: 'POST', url: `/cards/${card.id}/activate` }),
        harness.request(credential, { method: 'POST', url: `/cards/details/${card.id}` }),
        harness.request(credential, { method: 'POST', url: `/cards/pin/${card.id}` }),
      ];
      for (const response of await Promise.all(attempts)) {
        expect(response.statusCode).toBe(410);
        expect(response.json().errors[0].code).toBe('card_closed');
      }
      expect((await harness.request(credential, { method: 'GET', url: `/cards/${card.id}` })).json().data.attributes.status).toBe('lost');
      // The entity-keyed routes skip final cards.
      const none = await harness.request(credential, { method: 'GET', url: `/cards/pin/${account.entityId}` });
      expect(none.statusCode).toBe(404);
      expect(none.json().errors[0].code).toBe('card_not_found');
    });
  });

  describe('card secrets', () => {
    it('reveals details by entity (the latest card that is not final) or by card id, uncached and audited', async () => {
      const credential = await harness.credential();
      const account = await fundedCustomer(credential, 0);
      const older = await api.card(credential, account.entityId);
      const newer = await api.card(credential, account.entityId);
      const byEntity = await harness.request(credential, {
        method: 'POST',
        url: `/cards/details/${account.entityId}`,
        headers: { 'content-type': 'application/vnd.api+json' },
      });
      expect(byEntity.statusCode).toBe(200);
      expect(byEntity.headers['cache-control']).toBe('no-store');
      const details = byEntity.json().data;
      expect(details).toEqual({
        type: 'cardDetails',
        id: newer.id,
        attributes: {
          pan: expect.stringMatching(/^489537\d{10}$/),
          cvv: expect.stringMatching(/^\d{3}$/),
          expMonth: newer.attributes.expMonth,
          expYear: newer.attributes.expYear,
          cardholderName: 'ADA LOVELACE',
        },
      });
      expect(isLuhnValid(details.attributes.pan)).toBe(true);
      expect(details.attributes.pan.slice(-4)).toBe(newer.attributes.last4);
      const byCard = await harness.request(credential, { method: 'POST', url: `/cards/details/${older.id}` });
      expect(byCard.json().data.id).toBe(older.id);
      expect(byCard.json().data.attributes.pan).not.toBe(details.attributes.pan);
      // The CVV is derived, so it is the same on every reveal.
      const again = await harness.request(credential, { method: 'POST', url: `/cards/details/${newer.id}` });
      expect(again.json().data.attributes.cvv).toBe(details.attributes.cvv);

      const entries = await harness.database.db.select().from(auditLog).where(eq(auditLog.organizationId, credential.organizationId));
      expect(entries.map((e) => [e.action, e.resource, e.outcome, e.actor])).toEqual([
        ['card.details.reveal', newer.id, 'success', credential.clientId],
        ['card.details.reveal', older.id, 'success', credential.clientId],
        ['card.details.reveal', newer.id, 'success', credential.clientId],
      ]);
      expect(await verifyAuditLog(harness.database.db)).toMatchObject({
        entries: expect.any(Number),
        checkpoint: expect.stringMatching(/^[0-9a-f]{64}$/),
      });
      expect((await verifyAuditLog(harness.database.db)).brokenAt).toBeUndefined();
    });

    it('reads, sets and generates PINs, refusing trivial ones without echoing them', async () => {
      const credential = await harness.credential();
      const account = await fundedCustomer(credential, 0);
      const card = await api.card(credential, account.entityId);
      const read = await harness.request(credential, { method: 'GET', url: `/cards/pin/${account.entityId}` });
      expect(read.statusCode).toBe(200);
      expect(read.headers['cache-control']).toBe('no-store');
      expect(read.json()).toEqual({ data: { type: 'cardPin', id: card.id, attributes: { pin: expect.stringMatching(/^\d{4}$/) } } });

      const set = await harness.request(credential, {
        method: 'POST',
        url: `/cards/pin/${card.id}`,
        payload: { data: { type: 'cardPin', attributes: { pin: '4826' } } },
      });
      expect(set.json().data.attributes.pin).toBe('4826');
      expect((await harness.request(credential, { method: 'GET', url: `/cards/pin/${card.id}` })).json().data.attributes.pin).toBe('4826');

      // Trivial, common (outside review: 1212, 1122, 2580, 6969, 1004) and the cardholder's birth date (1990-12-10).
      for (const pin of ['0000', '1111', '1234', '4321', '12345', '12a4', '1212', '1122', '2580', '6969', '1004', '1012', '1210', '1990', '9012']) {
        const refused = await harness.request(credential, {
          method: 'POST',
          url: `/cards/pin/${card.id}`,
          payload: { data: { type: 'cardPin', attributes: { pin } } },
        });
        expect(refused.statusCode).toBe(422);
        expect(refused.json().errors[0]).toMatchObject({ code: 'validation_failed', source: { pointer: '/data/attributes/pin' } });
        // The refusal never repeats the PIN (request ids are random, so look at what the API wrote).
        expect(refused.json().errors[0].detail).not.toContain(pin);
      }
      const generated = await harness.request(credential, { method: 'POST', url: `/cards/pin/${account.entityId}` });
      const pin = generated.json().data.attributes.pin;
      expect(pin).toMatch(/^\d{4}$/);
      expect((await harness.request(credential, { method: 'GET', url: `/cards/pin/${card.id}` })).json().data.attributes.pin).toBe(pin);

      // A replayed reset answers the same PIN; the stored copy is encrypted, not the PIN in the clear.
      const key = { 'idempotency-key': 'pin-reset-1' };
      const first = await harness.request(credential, { method: 'POST', url: `/cards/pin/${card.id}`, headers: key });
      const replay = await harness.request(credential, { method: 'POST', url: `/cards/pin/${card.id}`, headers: key });
      expect(replay.headers['idempotent-replayed']).toBe('true');
      expect(replay.body).toBe(first.body);
      const stored = await harness.database.db.execute(sql`SELECT response_body FROM idempotency_keys WHERE key = 'pin-reset-1'`);
      const storedBody = (stored as unknown as { rows: { response_body: string }[] }).rows[0]!.response_body;
      expect(storedBody).toMatch(/^sealed:v1\./);
      expect(storedBody).not.toContain(first.json().data.attributes.pin);
    });

    it('needs the cards:sensitive scope (403), and audits the refusal', async () => {
      const credential = await harness.credential(undefined, []);
      const account = await fundedCustomer(credential, 0);
      const card = await api.card(credential, account.entityId);
      for (const [method, url] of [
        ['POST', `/cards/details/${card.id}`],
        ['GET', `/cards/pin/${card.id}`],
        ['POST', `/cards/pin/${card.id}`],
      ] as const) {
        const response = await harness.request(credential, { method, url });
        expect(response.statusCode).toBe(403);
        expect(response.json().errors[0].code).toBe('insufficient_scope');
      }
      const entries = await harness.database.db.select().from(auditLog).where(eq(auditLog.organizationId, credential.organizationId));
      expect(entries.map((e) => [e.action, e.outcome])).toEqual([
        ['card.details.reveal', 'insufficient_scope'],
        ['card.pin.reveal', 'insufficient_scope'],
        ['card.pin.reset', 'insufficient_scope'],
      ]);
    });

    it('detects an altered audit entry', async () => {
      const credential = await harness.credential();
      const account = await fundedCustomer(credential, 0);
      const card = await api.card(credential, account.entityId);
      await harness.request(credential, { method: 'GET', url: `/cards/pin/${card.id}` });
      await harness.request(credential, { method: 'GET', url: `/cards/pin/${card.id}` });
      const before = await verifyAuditLog(harness.database.db);
      expect(before.brokenAt).toBeUndefined();
      const [first] = await harness.database.db.select().from(auditLog).where(eq(auditLog.organizationId, credential.organizationId)).limit(1);
      await harness.database.db.update(auditLog).set({ actor: 'cli_someone_else' }).where(eq(auditLog.id, first!.id));
      const after = await verifyAuditLog(harness.database.db);
      expect(after.brokenAt).toEqual({ id: first!.id, reason: 'content does not match its hash' });
      await harness.database.db.update(auditLog).set({ actor: first!.actor }).where(eq(auditLog.id, first!.id));
    });

    it('binds each ciphertext to its card: a PAN copied to another card does not decrypt', async () => {
      const credential = await harness.credential();
      const account = await fundedCustomer(credential, 0);
      const victim = await api.card(credential, account.entityId);
      const thief = await api.card(credential, account.entityId);
      const [row] = await harness.database.db.select().from(cards).where(eq(cards.id, victim.id));
      await harness.database.db.update(cards).set({ panCiphertext: row!.panCiphertext }).where(eq(cards.id, thief.id));
      const response = await harness.request(credential, { method: 'POST', url: `/cards/details/${thief.id}` });
      expect(response.statusCode).toBe(500);
      expect(response.json().errors[0].code).toBe('internal_error');
      expect(response.body).not.toMatch(/\d{16}/);
    });

    it('answers other organizations’ card ids with 404 on every card route', async () => {
      const owner = await harness.credential();
      const stranger = await harness.credential();
      const account = await fundedCustomer(owner, 1000);
      const card = await api.card(owner, account.entityId);
      const authorization = (await api.authorize(owner, card.id, 100)).json().data.id;
      const attempts: [string, string, unknown, string][] = [
        ['GET', `/cards/${card.id}`, undefined, 'card_not_found'],
        ['POST', `/cards/details/${card.id}`, undefined, 'card_not_found'],
        ['POST', `/cards/details/${account.entityId}`, undefined, 'entity_not_found'],
        ['GET', `/cards/pin/${card.id}`, undefined, 'card_not_found'],
        ['POST', `/cards/pin/${card.id}`, undefined, 'card_not_found'],
        ['POST', '/cards/suspend', { data: { type: 'card', id: card.id, attributes: { suspended: true } } }, 'card_not_found'],
        ['POST', `/cards/${card.id}/activate`, undefined, 'card_not_found'],
        ['POST', `/cards/${card.id}/close`, undefined, 'card_not_found'],
        ['POST', `/simulations/cards/${card.id}/shipment`, undefined, 'card_not_found'],
        ['GET', `/authorizations/${authorization}`, undefined, 'authorization_not_found'],
        ['POST', `/simulations/card-authorizations/${authorization}/capture`, undefined, 'authorization_not_found'],
        ['POST', `/simulations/card-authorizations/${authorization}/release`, undefined, 'authorization_not_found'],
      ];
      for (const [method, url, payload, code] of attempts) {
        const response = await harness.request(stranger, { method: method as 'GET', url, ...(payload ? { payload } : {}) });
        expect([url, response.statusCode, response.json().errors[0].code]).toEqual([url, 404, code]);
      }
      const foreignAuthorization = await api.authorize(stranger, card.id, 100);
      expect(foreignAuthorization.statusCode).toBe(404);
      expect((await harness.request(owner, { method: 'GET', url: `/cards/${card.id}` })).json().data.attributes.status).toBe('active');
      expect(await api.balance(owner, account.id)).toEqual({ current: 1000, available: 900, pending: 100 });
    });
  });

  describe('authorizations', () => {
    it('holds on approval, then captures part and releases the rest', async () => {
      const credential = await harness.credential();
      const account = await fundedCustomer(credential, 10_000);
      const card = await api.card(credential, account.entityId);
      const approved = await api.authorize(credential, card.id, 2_500);
      expect(approved.statusCode).toBe(201);
      const authorization = approved.json().data;
      expect(authorization).toMatchObject({
        type: 'authorization',
        attributes: { status: 'approved', declineReason: null, amount: 2500, capturedAmount: null, currency: 'EUR', expiresAt: timestampPattern },
        relationships: { card: { data: { type: 'card', id: card.id } }, transaction: { data: { type: 'transaction' } } },
      });
      expect(await api.balance(credential, account.id)).toEqual({ current: 10_000, available: 7_500, pending: 2_500 });
      const transactionId = authorization.relationships.transaction.data.id;
      const pending = await harness.request(credential, { method: 'GET', url: `/transactions/${transactionId}` });
      expect(pending.json().data.attributes).toMatchObject({
        kind: 'cardPayment',
        status: 'pending',
        direction: 'debit',
        amount: 2500,
        balanceAfter: null,
        merchant: { name: 'Café de Flore', mcc: '5812', city: 'Paris', country: 'FR' },
      });
      expect(pending.json().data.relationships.card.data).toEqual({ type: 'card', id: card.id });

      const captured = await harness.request(credential, {
        method: 'POST',
        url: `/simulations/card-authorizations/${authorization.id}/capture`,
        payload: { data: { type: 'authorization', attributes: { amount: 1_500 } } },
      });
      expect(captured.statusCode).toBe(200);
      expect(captured.json().data.attributes).toMatchObject({ status: 'captured', capturedAmount: 1500 });
      expect(await api.balance(credential, account.id)).toEqual({ current: 8_500, available: 8_500, pending: 0 });
      const posted = await harness.request(credential, { method: 'GET', url: `/transactions/${transactionId}` });
      expect(posted.json().data.attributes).toMatchObject({ status: 'posted', amount: 1500, balanceAfter: 8500, postedAt: timestampPattern });

      for (const action of ['capture', 'release']) {
        const twice = await harness.request(credential, { method: 'POST', url: `/simulations/card-authorizations/${authorization.id}/${action}` });
        expect(twice.statusCode).toBe(409);
        expect(twice.json().errors[0].code).toBe('authorization_not_pending');
      }
      expect(await api.balance(credential, account.id)).toEqual({ current: 8_500, available: 8_500, pending: 0 });
      await expectLedgerValid(harness);
    });

    it('releases a hold on request, and refuses to capture more than authorized', async () => {
      const credential = await harness.credential();
      const account = await fundedCustomer(credential, 5_000);
      const card = await api.card(credential, account.entityId);
      const authorization = (await api.authorize(credential, card.id, 3_000)).json().data;
      const tooMuch = await harness.request(credential, {
        method: 'POST',
        url: `/simulations/card-authorizations/${authorization.id}/capture`,
        payload: { data: { type: 'authorization', attributes: { amount: 3_001 } } },
      });
      expect(tooMuch.statusCode).toBe(422);
      expect(tooMuch.json().errors[0]).toMatchObject({ code: 'validation_failed', source: { pointer: '/data/attributes/amount' } });
      const released = await harness.request(credential, { method: 'POST', url: `/simulations/card-authorizations/${authorization.id}/release` });
      expect(released.json().data.attributes.status).toBe('released');
      expect(await api.balance(credential, account.id)).toEqual({ current: 5_000, available: 5_000, pending: 0 });
      const transaction = await harness.request(credential, {
        method: 'GET',
        url: `/transactions/${authorization.relationships.transaction.data.id}`,
      });
      expect(transaction.json().data.attributes.status).toBe('released');
      const read = await harness.request(credential, { method: 'GET', url: `/authorizations/${authorization.id}` });
      expect(read.json().data.attributes.status).toBe('released');
    });

    it('expires holds after their time and releases the funds', async () => {
      const credential = await harness.credential();
      const account = await fundedCustomer(credential, 5_000);
      const card = await api.card(credential, account.entityId);
      const authorization = (await api.authorize(credential, card.id, 1_000)).json().data;
      expect(await expireHolds(harness.database.db, new Date())).toBe(0);
      const later = new Date(Date.parse(authorization.attributes.expiresAt) + 1000);
      expect(await expireHolds(harness.database.db, later)).toBeGreaterThanOrEqual(1);
      expect((await harness.request(credential, { method: 'GET', url: `/authorizations/${authorization.id}` })).json().data.attributes.status).toBe(
        'expired',
      );
      expect(await api.balance(credential, account.id)).toEqual({ current: 5_000, available: 5_000, pending: 0 });
      const capture = await harness.request(credential, { method: 'POST', url: `/simulations/card-authorizations/${authorization.id}/capture` });
      expect(capture.json().errors[0].code).toBe('authorization_not_pending');
      await expectLedgerValid(harness);
    });

    it('declines with a reason and moves nothing', async () => {
      const credential = await harness.credential();
      const account = await fundedCustomer(credential, 1_000);
      const card = await api.card(credential, account.entityId);
      const decline = async (cardId: string, amount: number, currency = 'EUR') => {
        const response = await api.authorize(credential, cardId, amount, currency);
        expect(response.statusCode).toBe(201);
        expect(response.json().data.attributes).toMatchObject({ status: 'declined', expiresAt: null });
        expect(response.json().data.relationships.transaction.data).toBeNull();
        return response.json().data.attributes.declineReason;
      };
      expect(await decline(card.id, 100, 'USD')).toBe('currency_mismatch');
      expect(await decline(card.id, 1_001)).toBe('insufficient_funds');
      await harness.request(credential, {
        method: 'POST',
        url: '/cards/suspend',
        payload: { data: { type: 'card', id: card.id, attributes: { suspended: true } } },
      });
      expect(await decline(card.id, 100)).toBe('card_suspended');
      const physical = await api.card(credential, account.entityId, { form: 'physical' });
      expect(await decline(physical.id, 100)).toBe('card_inactive');
      const expired = await api.card(credential, account.entityId);
      await harness.database.db.update(cards).set({ expYear: 2020 }).where(eq(cards.id, expired.id));
      expect(await decline(expired.id, 100)).toBe('card_expired');
      const closed = await api.card(credential, account.entityId);
      await harness.request(credential, { method: 'POST', url: `/cards/${closed.id}/close` });
      expect(await decline(closed.id, 100)).toBe('card_closed');
      expect(await api.balance(credential, account.id)).toEqual({ current: 1_000, available: 1_000, pending: 0 });
    });

    it('spends from the account the card names: a USD card on a customer’s USD account', async () => {
      const credential = await harness.credential();
      const eur = await fundedCustomer(credential, 1_000);
      const usd = await api.account(credential, eur.entityId, 'USD');
      const response = await harness.request(credential, {
        method: 'POST',
        url: '/cards/',
        payload: {
          data: {
            type: 'card',
            attributes: { form: 'virtual' },
            relationships: { entity: { data: { type: 'entity', id: eur.entityId } }, bankAccount: { data: { type: 'bankAccount', id: eur.id } } },
          },
        },
      });
      expect(response.json().data.relationships.bankAccount.data.id).toBe(eur.id);
      const usdCard = await api.card(credential, eur.entityId);
      expect(usdCard).toMatchObject({ relationships: { bankAccount: { data: { id: usd.id } } } });
      const approved = await api.authorize(credential, response.json().data.id, 100);
      expect(approved.json().data.attributes.status).toBe('approved');
      const other = await api.account(credential);
      const foreignAccount = await harness.request(credential, {
        method: 'POST',
        url: '/cards/',
        payload: {
          data: {
            type: 'card',
            attributes: { form: 'virtual' },
            relationships: { entity: { data: { type: 'entity', id: eur.entityId } }, bankAccount: { data: { type: 'bankAccount', id: other.id } } },
          },
        },
      });
      expect(foreignAccount.statusCode).toBe(404);
      expect(foreignAccount.json().errors[0]).toMatchObject({
        code: 'bank_account_not_found',
        source: { pointer: '/data/relationships/bankAccount/data/id' },
      });
    });

    it('never overspends: 100 parallel authorizations approve exactly what the balance covers', async () => {
      const credential = await harness.credential();
      const account = await fundedCustomer(credential, 3_700);
      const card = await api.card(credential, account.entityId);
      const responses = await Promise.all(Array.from({ length: 100 }, () => api.authorize(credential, card.id, 100)));
      expect(responses.every((response) => response.statusCode === 201)).toBe(true);
      const statuses = responses.map((response) => response.json().data.attributes.status);
      expect(statuses.filter((status) => status === 'approved')).toHaveLength(37);
      expect(responses.filter((r) => r.json().data.attributes.declineReason === 'insufficient_funds')).toHaveLength(63);
      expect(await api.balance(credential, account.id)).toEqual({ current: 3_700, available: 0, pending: 3_700 });
      await expectLedgerValid(harness);
    });
  });
});

describeEachEngine(
  'card secrets rate limit',
  (harness) => {
    it('limits reveals separately from the rest of the API, and audits the refusals', async () => {
      const api = apiClient(harness);
      const credential = await harness.credential();
      const account = await api.account(credential);
      const card = await api.card(credential, account.entityId);
      const statuses: number[] = [];
      for (let i = 0; i < 4; i++) statuses.push((await harness.request(credential, { method: 'GET', url: `/cards/pin/${card.id}` })).statusCode);
      // One per second, bursts of two: the third and fourth are refused, while other routes still answer.
      expect(statuses).toEqual([200, 200, 429, 429]);
      const limited = await harness.request(credential, { method: 'POST', url: `/cards/details/${card.id}` });
      expect(limited.statusCode).toBe(429);
      expect(limited.headers['retry-after']).toBe('1');
      expect(limited.headers['cache-control']).toBe('no-store');
      expect(limited.json().errors[0].code).toBe('rate_limited');
      expect((await harness.request(credential, { method: 'GET', url: `/cards/${card.id}` })).statusCode).toBe(200);
      const entries = await harness.database.db.select().from(auditLog).where(eq(auditLog.organizationId, credential.organizationId));
      expect(entries.filter((e) => e.outcome === 'success').map((e) => e.count)).toEqual([1, 1]);
      // The first refusal of each second is written at once and the others are counted (the counter's
      // exact behaviour is tested below with its own clock): the three refusals are one entry, or two
      // when they fell on both sides of a second's boundary.
      const refusals = entries.filter((e) => e.outcome === 'rate_limited');
      expect(refusals[0]?.count).toBe(1);
      expect(refusals.length).toBeLessThanOrEqual(2);
      expect(refusals.reduce((sum, e) => sum + e.count, 0)).toBeLessThanOrEqual(3);
    });
  },
  { LINKCY_SENSITIVE_RATE_LIMIT: '1' },
);

describe('counted card-secret refusals', () => {
  const entry = { organizationId: 'org_1', actor: 'cred_1', action: 'card.pin.reveal', resource: 'card_1', outcome: 'rate_limited', origin: 'api' };

  it('writes the first refusal of each second with the count suppressed before it, per credential', () => {
    let now = 10_000;
    const counter = new RefusalCounter(() => now);
    expect(counter.record('cred_1', entry)).toEqual({ ...entry, count: 1 });
    now = 10_400;
    expect(counter.record('cred_1', entry)).toBeUndefined();
    expect(counter.record('cred_2', entry)).toEqual({ ...entry, count: 1 });
    now = 10_999;
    expect(counter.record('cred_1', entry)).toBeUndefined();
    now = 11_000;
    expect(counter.record('cred_1', entry)).toEqual({ ...entry, count: 3 });
    now = 14_500;
    expect(counter.record('cred_1', entry)).toEqual({ ...entry, count: 1 });
  });
});
