import { isValidIBAN } from 'ibantools';
import { count, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { journalEntries } from '../../src/modules/ledger/schema.js';
import { verifyLedger } from '../../src/invariants/verify.js';
import { apiClient, debtorIban } from '../helpers/api-client.js';
import { describeEachEngine, type TestApp } from '../helpers/harness.js';

const timestampPattern = expect.stringMatching(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
async function expectLedgerValid(harness: TestApp) {
  const results = await verifyLedger(harness.database.db);
  expect(results.filter((result) => result.violations.length > 0)).toEqual([]);
}

describeEachEngine('bank accounts and incoming transfers', (harness) => {
  const api = apiClient(harness);

  describe('POST /bank/accounts/', () => {
    it('opens an EUR account with a valid French IBAN and zero balances', async () => {
      const credential = await harness.credential();
      const entityId = await api.customer(credential);
      const response = await api.openAccount(credential, entityId);
      expect(response.statusCode).toBe(201);
      expect(response.headers['content-type']).toBe('application/vnd.api+json');
      const body = response.json();
      const id = body.data.id;
      expect(response.headers.location).toBe(`/bank/accounts/${id}`);
      expect(body).toEqual({
        data: {
          type: 'bankAccount',
          id: expect.stringMatching(/^acc_[0-9A-Z]{26}$/),
          attributes: {
            iban: expect.stringMatching(/^FR\d{2}9999900001\d{13}$/),
            bic: 'LNKYFRPPXXX',
            currency: 'EUR',
            status: 'open',
            balance: { current: 0, available: 0, pending: 0 },
            instantTransferLimit: null,
            createdAt: timestampPattern,
            updatedAt: timestampPattern,
            closedAt: null,
          },
          relationships: {
            entity: { data: { type: 'entity', id: entityId } },
            transactions: { links: { related: `/bank/accounts/${id}/transactions` } },
          },
          links: { self: `/bank/accounts/${id}` },
        },
        links: { self: `/bank/accounts/${id}` },
      });
      expect(isValidIBAN(body.data.attributes.iban)).toBe(true);
    });

    it('allows one open account per currency (409), another currency is fine', async () => {
      const credential = await harness.credential();
      const entityId = await api.customer(credential);
      const first = await api.openAccount(credential, entityId);
      const second = await api.openAccount(credential, entityId, 'EUR');
      expect(second.statusCode).toBe(409);
      expect(second.json().errors[0]).toMatchObject({
        code: 'bank_account_exists',
        detail: `The customer already has an open EUR account, \`${first.json().data.id}\`.`,
        source: { pointer: '/data/relationships/entity/data/id' },
      });
      expect((await api.openAccount(credential, entityId, 'USD')).json().data.attributes.currency).toBe('USD');
    });

    it('opens exactly one account from parallel requests for one customer and currency', async () => {
      const credential = await harness.credential();
      const entityId = await api.customer(credential);
      const responses = await Promise.all(Array.from({ length: 10 }, () => api.openAccount(credential, entityId)));
      expect(responses.map((r) => r.statusCode).sort()).toEqual([201, ...Array(9).fill(409)]);
    });

    it('answers a missing or foreign customer with 404 and refuses bad documents', async () => {
      const owner = await harness.credential();
      const stranger = await harness.credential();
      const entityId = await api.customer(owner);
      const foreign = await api.openAccount(stranger, entityId);
      expect(foreign.statusCode).toBe(404);
      expect(foreign.json().errors[0]).toMatchObject({ code: 'entity_not_found', source: { pointer: '/data/relationships/entity/data/id' } });
      const badCurrency = await api.openAccount(owner, entityId, 'XYZ');
      expect(badCurrency.statusCode).toBe(422);
      expect(badCurrency.json().errors[0]).toMatchObject({ code: 'validation_failed', source: { pointer: '/data/attributes/currency' } });
      const withIban = await harness.request(owner, {
        method: 'POST',
        url: '/bank/accounts/',
        payload: {
          data: { type: 'bankAccount', attributes: { iban: 'FR76' }, relationships: { entity: { data: { type: 'entity', id: entityId } } } },
        },
      });
      expect(withIban.json().errors[0]).toMatchObject({ code: 'read_only_member', source: { pointer: '/data/attributes/iban' } });
      const bodiless = await harness.request(owner, { method: 'POST', url: '/bank/accounts/' });
      expect(bodiless.statusCode).toBe(422);
      const list = await harness.request(owner, { method: 'GET', url: `/bank/accounts?filter[entity]=${entityId}` });
      expect(list.json().data).toEqual([]);
    });

    it('lists and reads accounts of the organization only', async () => {
      const owner = await harness.credential();
      const stranger = await harness.credential();
      const account = await api.account(owner);
      const other = await api.account(owner);
      const list = await harness.request(owner, { method: 'GET', url: '/bank/accounts?page[limit]=1' });
      expect(list.json().data.map((a: { id: string }) => a.id)).toEqual([other.id]);
      const next = await harness.request(owner, { method: 'GET', url: list.json().links.next });
      expect(next.json().data.map((a: { id: string }) => a.id)).toEqual([account.id]);
      const byEntity = await harness.request(owner, { method: 'GET', url: `/bank/accounts?filter[entity]=${account.entityId}` });
      expect(byEntity.json().data.map((a: { id: string }) => a.id)).toEqual([account.id]);
      expect((await harness.request(stranger, { method: 'GET', url: '/bank/accounts' })).json().data).toEqual([]);
      const foreign = await harness.request(stranger, { method: 'GET', url: `/bank/accounts/${account.id}` });
      expect(foreign.statusCode).toBe(404);
      expect(foreign.json().errors[0].code).toBe('bank_account_not_found');
    });
  });

  describe('POST /simulations/incoming-transfers', () => {
    it('credits the account and answers the posted transaction', async () => {
      const credential = await harness.credential();
      const account = await api.account(credential);
      const response = await api.transfer(credential, { iban: account.attributes.iban });
      expect(response.statusCode).toBe(201);
      const body = response.json();
      expect(response.headers.location).toBe(`/transactions/${body.data.id}`);
      expect(body).toEqual({
        data: {
          type: 'transaction',
          id: expect.stringMatching(/^txn_[0-9A-Z]{26}$/),
          attributes: {
            direction: 'credit',
            amount: 10000,
            currency: 'EUR',
            kind: 'incomingTransfer',
            status: 'posted',
            description: 'Transfer from Charles Babbage',
            reference: 'Invoice 7',
            counterparty: { name: 'Charles Babbage', iban: debtorIban, bic: null },
            merchant: null,
            balanceAfter: 10000,
            createdAt: timestampPattern,
            postedAt: timestampPattern,
            updatedAt: timestampPattern,
          },
          relationships: {
            bankAccount: { data: { type: 'bankAccount', id: account.id } },
            card: { data: null },
          },
          links: { self: `/transactions/${body.data.id}` },
        },
        links: { self: `/transactions/${body.data.id}` },
      });
      // A printed IBAN with spaces and small letters is the same IBAN.
      const spaced = account.attributes.iban.toLowerCase().replace(/(.{4})/g, '$1 ');
      const second = await api.transfer(credential, { iban: spaced, amount: 250 });
      expect(second.json().data.attributes.balanceAfter).toBe(10250);
      expect(await api.balance(credential, account.id)).toEqual({ current: 10250, available: 10250, pending: 0 });
      await expectLedgerValid(harness);
    });

    const refusals: [string, Record<string, unknown>, number, string, string][] = [
      ['zero', { amount: 0 }, 422, 'validation_failed', '/data/attributes/amount'],
      ['a negative amount', { amount: -500 }, 422, 'validation_failed', '/data/attributes/amount'],
      ['a fraction', { amount: 10.5 }, 422, 'validation_failed', '/data/attributes/amount'],
      ['a string amount', { amount: '100' }, 422, 'validation_failed', '/data/attributes/amount'],
      ['an absurd amount', { amount: 1e15 }, 422, 'validation_failed', '/data/attributes/amount'],
      ['an invalid debtor IBAN', { debtorIban: 'DE89370400440532013001' }, 422, 'validation_failed', '/data/attributes/debtorIban'],
      ['an invalid IBAN', { iban: 'FR7630006000011234567890188' }, 422, 'validation_failed', '/data/attributes/iban'],
      ['an unknown IBAN', { iban: 'FR1420041010050500013M02606' }, 422, 'iban_not_found', '/data/attributes/iban'],
      ['a wrong currency', { currency: 'USD' }, 422, 'currency_mismatch', '/data/attributes/currency'],
      ['an unknown currency', { currency: 'BTC' }, 422, 'validation_failed', '/data/attributes/currency'],
      ['an unknown member', { fee: 1 }, 422, 'unknown_member', '/data/attributes/fee'],
    ];
    for (const [name, attributes, status, code, pointer] of refusals) {
      it(`refuses ${name} with ${status} ${code} and moves no money`, async () => {
        const credential = await harness.credential();
        const account = await api.account(credential);
        const response = await api.transfer(credential, { iban: account.attributes.iban, ...attributes });
        expect(response.statusCode).toBe(status);
        expect(response.json().errors[0]).toMatchObject({ status: String(status), code, source: { pointer } });
        expect(await api.balance(credential, account.id)).toEqual({ current: 0, available: 0, pending: 0 });
        const listed = await harness.request(credential, { method: 'GET', url: `/bank/accounts/${account.id}/transactions` });
        expect(listed.json().data).toEqual([]);
      });
    }

    it('cannot credit another organization’s account, even by its IBAN', async () => {
      const owner = await harness.credential();
      const stranger = await harness.credential();
      const account = await api.account(owner);
      const response = await api.transfer(stranger, { iban: account.attributes.iban });
      expect(response.statusCode).toBe(422);
      expect(response.json().errors[0].code).toBe('iban_not_found');
      expect(await api.balance(owner, account.id)).toEqual({ current: 0, available: 0, pending: 0 });
    });

    it('replays a transfer with the same Idempotency-Key instead of crediting twice', async () => {
      const credential = await harness.credential();
      const account = await api.account(credential);
      const headers = { 'idempotency-key': 'sepa-e2e-0001' };
      const first = await api.transfer(credential, { iban: account.attributes.iban }, headers);
      const again = await api.transfer(credential, { iban: account.attributes.iban }, headers);
      expect(again.headers['idempotent-replayed']).toBe('true');
      expect(again.body).toBe(first.body);
      const parallel = await Promise.all(
        Array.from({ length: 20 }, () => api.transfer(credential, { iban: account.attributes.iban, amount: 1 }, { 'idempotency-key': 'burst' })),
      );
      expect(parallel.filter((r) => r.statusCode === 201 && !r.headers['idempotent-replayed'])).toHaveLength(1);
      expect(await api.balance(credential, account.id)).toEqual({ current: 10001, available: 10001, pending: 0 });
      const [entries] = await harness.database.db
        .select({ n: count() })
        .from(journalEntries)
        .where(eq(journalEntries.organizationId, credential.organizationId));
      expect(entries!.n).toBe(2);
      await expectLedgerValid(harness);
    });

    it('refuses money for a closed account; an account closes only when empty', async () => {
      const credential = await harness.credential();
      const account = await api.account(credential);
      await api.transfer(credential, { iban: account.attributes.iban, amount: 1 });
      const notEmpty = await harness.request(credential, { method: 'POST', url: `/bank/accounts/${account.id}/close` });
      expect(notEmpty.statusCode).toBe(409);
      expect(notEmpty.json().errors[0].code).toBe('bank_account_not_empty');

      const empty = await api.account(credential);
      const closed = await harness.request(credential, { method: 'POST', url: `/bank/accounts/${empty.id}/close` });
      expect(closed.statusCode).toBe(200);
      expect(closed.json().data.attributes).toMatchObject({ status: 'closed', closedAt: timestampPattern });
      const refused = await api.transfer(credential, { iban: empty.attributes.iban });
      expect(refused.statusCode).toBe(409);
      expect(refused.json().errors[0]).toMatchObject({ code: 'bank_account_closed', source: { pointer: '/data/attributes/iban' } });
      // The customer may open a new EUR account once the old one is closed.
      expect((await api.openAccount(credential, empty.entityId)).statusCode).toBe(201);
    });
  });

  describe('reading transactions', () => {
    it('lists a customer’s transactions through the seed’s POST /bank/accounts/:entityId and the GET routes', async () => {
      const credential = await harness.credential();
      const account = await api.account(credential);
      const ids: string[] = [];
      for (const amount of [100, 200, 300, 400, 500]) {
        ids.push((await api.transfer(credential, { iban: account.attributes.iban, amount })).json().data.id);
      }
      const newestFirst = [...ids].reverse();
      const seed = await harness.request(credential, {
        method: 'POST',
        url: `/bank/accounts/${account.entityId}?page[limit]=2`,
        headers: { 'content-type': 'application/vnd.api+json' },
      });
      expect(seed.statusCode).toBe(200);
      expect(seed.json().data.map((t: { id: string }) => t.id)).toEqual(newestFirst.slice(0, 2));
      expect(seed.json().data.map((t: { attributes: { balanceAfter: number } }) => t.attributes.balanceAfter)).toEqual([1500, 1000]);
      // Pagination links lead to the GET form of the same list.
      const next = seed.json().links.next as string;
      expect(next).toMatch(new RegExp(`^/transactions\\?page%5Blimit%5D=2&filter%5Bentity%5D=${account.entityId}&page%5Bafter%5D=`));
      const page2 = await harness.request(credential, { method: 'GET', url: next });
      expect(page2.json().data.map((t: { id: string }) => t.id)).toEqual(newestFirst.slice(2, 4));

      const byAccount = await harness.request(credential, { method: 'GET', url: `/bank/accounts/${account.id}/transactions?sort=createdAt` });
      expect(byAccount.json().data.map((t: { id: string }) => t.id)).toEqual(ids);
      const viaSeedWithAccountId = await harness.request(credential, { method: 'POST', url: `/bank/accounts/${account.id}` });
      expect(viaSeedWithAccountId.json().data).toHaveLength(5);
      const one = await harness.request(credential, { method: 'GET', url: `/transactions/${ids[2]}` });
      expect(one.json().data.attributes).toMatchObject({ amount: 300, balanceAfter: 600 });

      const since = one.json().data.attributes.createdAt;
      const filtered = await harness.request(credential, {
        method: 'GET',
        url: `/transactions?filter[bankAccount]=${account.id}&filter[since]=${since}&filter[direction]=credit&filter[kind]=incomingTransfer&filter[status]=posted`,
      });
      expect(filtered.json().data.map((t: { id: string }) => t.id)).toEqual(newestFirst.slice(0, 3));
      const none = await harness.request(credential, {
        method: 'GET',
        url: `/transactions?filter[entity]=${account.entityId}&filter[direction]=debit`,
      });
      expect(none.json().data).toEqual([]);
      const badDate = await harness.request(credential, { method: 'GET', url: '/transactions?filter[since]=yesterday' });
      expect(badDate.statusCode).toBe(400);
      expect(badDate.json().errors[0]).toMatchObject({ code: 'invalid_query_parameter', source: { parameter: 'filter[since]' } });
    });

    it('answers another organization’s account, customer and transaction ids with 404', async () => {
      const owner = await harness.credential();
      const stranger = await harness.credential();
      const account = await api.account(owner);
      const transaction = (await api.transfer(owner, { iban: account.attributes.iban })).json().data.id;
      const attempts: [string, string, string][] = [
        ['POST', `/bank/accounts/${account.entityId}`, 'entity_not_found'],
        ['POST', `/bank/accounts/${account.id}`, 'bank_account_not_found'],
        ['GET', `/bank/accounts/${account.id}/transactions`, 'bank_account_not_found'],
        ['GET', `/transactions/${transaction}`, 'transaction_not_found'],
        ['GET', `/transactions?filter[entity]=${account.entityId}`, 'entity_not_found'],
        ['POST', `/bank/accounts/${account.id}/close`, 'bank_account_not_found'],
      ];
      for (const [method, url, code] of attempts) {
        const response = await harness.request(stranger, { method: method as 'GET', url });
        expect([url, response.statusCode, response.json().errors[0].code]).toEqual([url, 404, code]);
      }
      expect(await api.balance(owner, account.id)).toEqual({ current: 10000, available: 10000, pending: 0 });
    });
  });

  describe('under concurrency', () => {
    it('keeps every acknowledged credit exactly once under 200 parallel credits and reads', async () => {
      const credential = await harness.credential();
      const accounts = await Promise.all([api.account(credential), api.account(credential), api.account(credential)]);
      const requests = Array.from({ length: 200 }, (_, i) => {
        const account = accounts[i % 3]!;
        if (i % 5 === 4) return harness.request(credential, { method: 'GET', url: `/bank/accounts/${account.id}` });
        return api.transfer(credential, { iban: account.attributes.iban, amount: i + 1 }, { 'idempotency-key': `storm-${i}` });
      });
      const responses = await Promise.all(requests);
      expect(responses.every((response) => response.statusCode === 201 || response.statusCode === 200)).toBe(true);
      for (const [index, account] of accounts.entries()) {
        const credited = responses
          .map((response, i) => ({ response, i }))
          .filter(({ response, i }) => response.statusCode === 201 && i % 3 === index)
          .map(({ response }) => response.json().data);
        const expected = credited.reduce((sum: number, transaction: { attributes: { amount: number } }) => sum + transaction.attributes.amount, 0);
        expect(await api.balance(credential, account.id)).toEqual({ current: expected, available: expected, pending: 0 });
        const listed = await harness.request(credential, { method: 'GET', url: `/bank/accounts/${account.id}/transactions?page[limit]=100` });
        expect(
          listed
            .json()
            .data.map((t: { id: string }) => t.id)
            .sort(),
        ).toEqual(credited.map((t: { id: string }) => t.id).sort());
      }
      await expectLedgerValid(harness);
    });
  });
});

describeEachEngine(
  'bank accounts with KYC pending',
  (harness) => {
    it('refuses to open an account before KYC approval', async () => {
      const credential = await harness.credential();
      const entityId = await apiClient(harness).customer(credential);
      const response = await apiClient(harness).openAccount(credential, entityId);
      expect(response.statusCode).toBe(409);
      expect(response.json().errors[0]).toMatchObject({
        code: 'entity_not_approved',
        detail: 'The customer’s KYC is pending; accounts open only once it is approved.',
      });
    });

    it('opens accounts once the sandbox KYC decision approves the customer, never after a rejection', async () => {
      const api = apiClient(harness);
      const credential = await harness.credential();
      const decide = (entityId: string, attributes: Record<string, unknown>) =>
        harness.request(credential, {
          method: 'POST',
          url: `/simulations/entities/${entityId}/kyc`,
          payload: { data: { type: 'kycDecision', attributes } },
        });
      const approved = await api.customer(credential);
      const decision = await decide(approved, { status: 'approved' });
      expect(decision.statusCode).toBe(200);
      expect(decision.json().data.attributes).toMatchObject({ kycStatus: 'approved', kycReasons: [] });
      expect((await api.openAccount(credential, approved)).statusCode).toBe(201);

      const rejected = await api.customer(credential);
      const rejection = await decide(rejected, { status: 'rejected', reasons: ['document_expired'] });
      expect(rejection.json().data.attributes).toMatchObject({ kycStatus: 'rejected', kycReasons: ['document_expired'] });
      const refused = await api.openAccount(credential, rejected);
      expect(refused.statusCode).toBe(409);
      expect(refused.json().errors[0].detail).toBe('The customer’s KYC is rejected; accounts open only once it is approved.');
      const bad = await decide(rejected, { status: 'maybe' });
      expect(bad.json().errors[0]).toMatchObject({ code: 'validation_failed', source: { pointer: '/data/attributes/status' } });
      const stranger = await harness.credential();
      const foreign = await harness.request(stranger, {
        method: 'POST',
        url: `/simulations/entities/${approved}/kyc`,
        payload: { data: { type: 'kycDecision', attributes: { status: 'rejected' } } },
      });
      expect(foreign.statusCode).toBe(404);
    });
  },
  { LINKCY_SANDBOX_KYC: 'pending' },
);

describeEachEngine(
  'live mode',
  (harness) => {
    it('has no simulation routes', async () => {
      const credential = await harness.credential();
      const response = await harness.request(credential, { method: 'POST', url: '/simulations/incoming-transfers', payload: {} });
      expect(response.statusCode).toBe(404);
      expect(response.json().errors[0].code).toBe('route_not_found');
    });
  },
  { LINKCY_MODE: 'live' },
);
