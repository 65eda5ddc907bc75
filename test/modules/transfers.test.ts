import { sql } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { creditorIban, transferClient } from '../helpers/transfer-client.js';
import { verifyLedger } from '../../src/invariants/verify.js';
import { runSandboxBank } from '../../src/modules/transfers/service.js';
import { apiClient } from '../helpers/api-client.js';
import { describeEachEngine, type TestApp } from '../helpers/harness.js';

const timestampPattern = expect.stringMatching(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);

async function expectLedgerValid(harness: TestApp) {
  const results = await verifyLedger(harness.database.db);
  expect(results.filter((result) => result.violations.length > 0)).toEqual([]);
}

describeEachEngine('book transfers', (harness) => {
  const api = apiClient(harness);
  const transfers = transferClient(harness);

  it('moves money between two accounts in one entry: 201, a bookTransfer transaction on each side', async () => {
    const credential = await harness.credential();
    const from = await api.account(credential);
    const to = await api.account(credential);
    await api.fund(credential, from.attributes.iban, 10000);
    const response = await transfers.book(credential, from.id, to.id);
    expect(response.statusCode).toBe(201);
    const body = response.json();
    expect(response.headers.location).toBe(`/transfers/${body.data.id}`);
    expect(body).toEqual({
      data: {
        type: 'bookTransfer',
        id: expect.stringMatching(/^btr_[0-9A-Z]{26}$/),
        attributes: { amount: 2500, currency: 'EUR', description: 'Rent share', status: 'posted', createdAt: timestampPattern },
        relationships: {
          from: { data: { type: 'bankAccount', id: from.id } },
          to: { data: { type: 'bankAccount', id: to.id } },
          debitTransaction: { data: { type: 'transaction', id: expect.stringMatching(/^txn_/) } },
          creditTransaction: { data: { type: 'transaction', id: expect.stringMatching(/^txn_/) } },
        },
        links: { self: `/transfers/${body.data.id}` },
      },
      links: { self: `/transfers/${body.data.id}` },
    });
    expect(await api.balance(credential, from.id)).toEqual({ current: 7500, available: 7500, pending: 0 });
    expect(await api.balance(credential, to.id)).toEqual({ current: 2500, available: 2500, pending: 0 });
    const debit = await harness.request(credential, { method: 'GET', url: `/transactions/${body.data.relationships.debitTransaction.data.id}` });
    expect(debit.json().data.attributes).toMatchObject({
      kind: 'bookTransfer',
      direction: 'debit',
      status: 'posted',
      amount: 2500,
      balanceAfter: 7500,
      description: 'Rent share',
      counterparty: { name: 'Ada Lovelace', iban: to.attributes.iban, bic: 'LNKYFRPPXXX' },
    });
    const credit = await harness.request(credential, { method: 'GET', url: `/transactions/${body.data.relationships.creditTransaction.data.id}` });
    expect(credit.json().data.attributes).toMatchObject({ kind: 'bookTransfer', direction: 'credit', balanceAfter: 2500 });

    const read = await harness.request(credential, { method: 'GET', url: `/transfers/${body.data.id}` });
    expect(read.statusCode).toBe(200);
    expect(read.json().data).toEqual(body.data);
    const list = await harness.request(credential, { method: 'GET', url: `/transfers?filter[bankAccount]=${to.id}` });
    expect(list.json().data.map((row: { id: string }) => row.id)).toEqual([body.data.id]);
    const events = await harness.request(credential, { method: 'GET', url: '/events?filter[type]=bookTransfer.created' });
    expect(
      events.json().data.map((event: { relationships: { resource: { data: { id: string } } } }) => event.relationships.resource.data.id),
    ).toEqual([body.data.id]);
    await expectLedgerValid(harness);
  });

  it('refuses what it cannot do, changing nothing: insufficient funds, same account, other tenant, currency', async () => {
    const credential = await harness.credential();
    const other = await harness.credential();
    const from = await api.account(credential);
    const to = await api.account(credential);
    const foreign = await api.account(other);
    await api.fund(credential, from.attributes.iban, 1000);

    const poor = await transfers.book(credential, from.id, to.id, { amount: 1001 });
    expect(poor.statusCode).toBe(422);
    expect(poor.json().errors[0]).toMatchObject({ code: 'insufficient_funds', status: '422' });
    const same = await transfers.book(credential, from.id, from.id);
    expect(same.statusCode).toBe(422);
    expect(same.json().errors[0]).toMatchObject({ code: 'validation_failed', source: { pointer: '/data/relationships/to/data/id' } });
    const tenant = await transfers.book(credential, from.id, foreign.id, { amount: 10 });
    expect(tenant.statusCode).toBe(404);
    expect(tenant.json().errors[0].code).toBe('bank_account_not_found');
    const currency = await transfers.book(credential, from.id, to.id, { currency: 'USD', amount: 10 });
    expect(currency.statusCode).toBe(422);
    expect(currency.json().errors[0]).toMatchObject({ code: 'currency_mismatch', source: { pointer: '/data/relationships/from/data/id' } });
    const unknown = await transfers.book(credential, from.id, to.id, { amount: 10, status: 'posted' });
    expect(unknown.statusCode).toBe(422);
    expect(await api.balance(credential, from.id)).toEqual({ current: 1000, available: 1000, pending: 0 });
    expect(await api.balance(credential, to.id)).toEqual({ current: 0, available: 0, pending: 0 });
    expect(await api.balance(other, foreign.id)).toEqual({ current: 0, available: 0, pending: 0 });
  });

  it('replays with an Idempotency-Key and never overdraws under concurrent transfers', async () => {
    const credential = await harness.credential();
    const from = await api.account(credential);
    const to = await api.account(credential);
    await api.fund(credential, from.attributes.iban, 370);
    const first = await transfers.book(credential, from.id, to.id, { amount: 10 }, { 'idempotency-key': 'rent-1' });
    const replay = await transfers.book(credential, from.id, to.id, { amount: 10 }, { 'idempotency-key': 'rent-1' });
    expect(replay.statusCode).toBe(201);
    expect(replay.headers['idempotent-replayed']).toBe('true');
    expect(replay.body).toBe(first.body);
    // 360 left: 50 parallel transfers of 10 each, in both directions, approve exactly 36 out of `from`.
    const results = await Promise.all(Array.from({ length: 50 }, () => transfers.book(credential, from.id, to.id, { amount: 10 })));
    expect(results.filter((r) => r.statusCode === 201)).toHaveLength(36);
    expect(results.filter((r) => r.statusCode === 422).every((r) => r.json().errors[0].code === 'insufficient_funds')).toBe(true);
    expect(await api.balance(credential, from.id)).toEqual({ current: 0, available: 0, pending: 0 });
    expect(await api.balance(credential, to.id)).toEqual({ current: 370, available: 370, pending: 0 });
    await expectLedgerValid(harness);
  });
});

describeEachEngine('SEPA credit transfers', (harness) => {
  const api = apiClient(harness);
  const transfers = transferClient(harness);

  async function fundedAccount(amount = 100000) {
    const credential = await harness.credential();
    const account = await api.account(credential);
    await api.fund(credential, account.attributes.iban, amount);
    return { credential, account };
  }

  it('accepts a transfer as pending and takes the amount out of the available balance at once', async () => {
    const { credential, account } = await fundedAccount();
    const response = await transfers.sepa(credential, account.id, { endToEndId: 'INV-42' });
    expect(response.statusCode).toBe(201);
    const body = response.json();
    expect(body).toEqual({
      data: {
        type: 'sepaCreditTransfer',
        id: expect.stringMatching(/^sct_[0-9A-Z]{26}$/),
        attributes: {
          amount: 12345,
          currency: 'EUR',
          status: 'pending',
          creditor: { name: 'Charles Babbage', iban: creditorIban, bic: null },
          remittanceInformation: 'Invoice 42',
          endToEndId: 'INV-42',
          scheme: 'standard',
          payeeVerification: null,
          returnReason: null,
          submittedAt: null,
          settledAt: null,
          createdAt: timestampPattern,
          updatedAt: timestampPattern,
        },
        relationships: {
          bankAccount: { data: { type: 'bankAccount', id: account.id } },
          transaction: { data: { type: 'transaction', id: expect.stringMatching(/^txn_/) } },
          returnTransaction: { data: null },
        },
        links: { self: `/sepa-credit-transfers/${body.data.id}` },
      },
      links: { self: `/sepa-credit-transfers/${body.data.id}` },
    });
    expect(await api.balance(credential, account.id)).toEqual({ current: 100000, available: 87655, pending: 12345 });
    const pending = await harness.request(credential, { method: 'GET', url: `/transactions/${body.data.relationships.transaction.data.id}` });
    expect(pending.json().data.attributes).toMatchObject({
      kind: 'outgoingTransfer',
      direction: 'debit',
      status: 'pending',
      amount: 12345,
      balanceAfter: null,
      counterparty: { name: 'Charles Babbage', iban: creditorIban, bic: null },
    });
    // Without an endToEndId, the transfer's id is used, spelled with the SEPA identifier characters.
    const generated = await transfers.sepa(credential, account.id, { amount: 100 });
    expect(generated.json().data.attributes.endToEndId).toBe(generated.json().data.id.replace('sct_', 'sct-'));
    expect(generated.json().data.attributes.endToEndId).toMatch(/^sct-[0-9A-Z]{26}$/);
    await expectLedgerValid(harness);
  });

  it('validates by the SEPA rulebook, naming the member, and changes nothing', async () => {
    const { credential, account } = await fundedAccount();
    const cases: [Record<string, unknown>, string, RegExp][] = [
      [{ creditor: { name: 'X', iban: 'DE89370400440532013001' } }, '/data/attributes/creditor/iban', /check digits are wrong/],
      [{ creditor: { name: 'X', iban: 'FR7630006000011234567890188' } }, '/data/attributes/creditor/iban', /not a valid IBAN/],
      [{ creditor: { name: 'X', iban: 'BR1800360305000010009795493C1' } }, '/data/attributes/creditor/iban', /not in the SEPA scheme/],
      [{ creditor: { name: 'X', iban: creditorIban, bic: 'NOTABIC' } }, '/data/attributes/creditor/bic', /not a valid BIC/],
      [{ creditor: { name: '李雷', iban: creditorIban } }, '/data/attributes/creditor/name', /`李`/],
      [{ creditor: { name: 'Ada 🚀', iban: creditorIban } }, '/data/attributes/creditor/name', /`🚀`/],
      [{ creditor: { name: 'x'.repeat(71), iban: creditorIban } }, '/data/attributes/creditor/name', /at most 70/],
      [{ remittanceInformation: 'y'.repeat(141) }, '/data/attributes/remittanceInformation', /at most 140/],
      [{ currency: 'USD' }, '/data/attributes/currency', /EUR/],
      [{ amount: 100_000_000_000 }, '/data/attributes/amount', /at most/],
      [{ amount: 0 }, '/data/attributes/amount', /greater than zero/],
      [{ amount: 12.5 }, '/data/attributes/amount', /int/],
      [{ endToEndId: 'e'.repeat(36) }, '/data/attributes/endToEndId', /at most 35/],
      [{ endToEndId: '/INV' }, '/data/attributes/endToEndId', /start nor end/],
      [{ endToEndId: 'INV_42' }, '/data/attributes/endToEndId', /may hold only/],
    ];
    for (const [attributes, pointer, detail] of cases) {
      const response = await transfers.sepa(credential, account.id, attributes);
      expect(response.statusCode, JSON.stringify(attributes)).toBe(422);
      expect(response.json().errors[0], JSON.stringify(attributes)).toMatchObject({ code: 'validation_failed', source: { pointer } });
      expect(response.json().errors[0].detail).toMatch(detail);
    }
    expect(await api.balance(credential, account.id)).toEqual({ current: 100000, available: 100000, pending: 0 });
    const list = await harness.request(credential, { method: 'GET', url: '/sepa-credit-transfers' });
    expect(list.json().data).toEqual([]);
  });

  it('transliterates names and remittance into the SEPA character set', async () => {
    const { credential, account } = await fundedAccount();
    const response = await transfers.sepa(credential, account.id, {
      creditor: { name: 'Zoë Æsir-Groß & Cie', iban: 'de89 3704 0044 0532 0130 00', bic: 'cobadeffxxx' },
      remittanceInformation: 'Facture n° 12 – réglée',
    });
    expect(response.statusCode, response.body).toBe(201);
    expect(response.json().data.attributes).toMatchObject({
      creditor: { name: 'Zoe AEsir-Gross + Cie', iban: creditorIban, bic: 'COBADEFFXXX' },
      remittanceInformation: 'Facture no 12 - reglee',
    });
    // Cyrillic and Greek are transliterated (the EPC leaves it to the sender), capitals kept.
    const cyrillic = await transfers.sepa(credential, account.id, { creditor: { name: 'Пётр Щукин, Ωμέγα', iban: creditorIban } });
    expect(cyrillic.statusCode, cyrillic.body).toBe(201);
    expect(cyrillic.json().data.attributes.creditor.name).toBe('Petr Shchukin, Omega');
  });

  it('refuses insufficient funds, a used endToEndId, another tenant’s account; cancels only while pending', async () => {
    const { credential, account } = await fundedAccount(20000);
    const other = await harness.credential();
    const poor = await transfers.sepa(credential, account.id, { amount: 20001 });
    expect(poor.statusCode).toBe(422);
    expect(poor.json().errors[0]).toMatchObject({ code: 'insufficient_funds', source: { pointer: '/data/attributes/amount' } });
    const foreign = await transfers.sepa(other, account.id);
    expect(foreign.statusCode).toBe(404);
    expect(foreign.json().errors[0].code).toBe('bank_account_not_found');

    const first = await transfers.sepa(credential, account.id, { endToEndId: 'E2E-1', amount: 5000 });
    expect(first.statusCode).toBe(201);
    const again = await transfers.sepa(credential, account.id, { endToEndId: 'E2E-1', amount: 5000 });
    expect(again.statusCode).toBe(409);
    expect(again.json().errors[0]).toMatchObject({ code: 'end_to_end_id_exists', source: { pointer: '/data/attributes/endToEndId' } });
    expect(await api.balance(credential, account.id)).toEqual({ current: 20000, available: 15000, pending: 5000 });

    const id = first.json().data.id;
    const notMine = await harness.request(other, { method: 'POST', url: `/sepa-credit-transfers/${id}/cancel` });
    expect(notMine.statusCode).toBe(404);
    expect(notMine.json().errors[0].code).toBe('sepa_credit_transfer_not_found');
    const cancelled = await harness.request(credential, { method: 'POST', url: `/sepa-credit-transfers/${id}/cancel` });
    expect(cancelled.statusCode).toBe(200);
    expect(cancelled.json().data.attributes.status).toBe('cancelled');
    expect(await api.balance(credential, account.id)).toEqual({ current: 20000, available: 20000, pending: 0 });
    const twice = await harness.request(credential, { method: 'POST', url: `/sepa-credit-transfers/${id}/cancel` });
    expect(twice.statusCode).toBe(409);
    expect(twice.json().errors[0]).toMatchObject({
      code: 'sepa_credit_transfer_status_conflict',
      detail: `The SEPA credit transfer \`${id}\` is cancelled; only a pending transfer can be cancelled.`,
    });
    const transaction = await harness.request(credential, {
      method: 'GET',
      url: `/transactions/${first.json().data.relationships.transaction.data.id}`,
    });
    expect(transaction.json().data.attributes.status).toBe('released');
    await expectLedgerValid(harness);
  });

  it('settles, rejects and returns in the sandbox, giving the money back when it does not arrive', async () => {
    const { credential, account } = await fundedAccount(100000);
    const ids: string[] = [];
    for (const amount of [1000, 2000, 3000, 4000]) ids.push((await transfers.sepa(credential, account.id, { amount })).json().data.id);

    const settled = await transfers.simulate(credential, ids[0]!, 'settle');
    expect(settled.statusCode).toBe(200);
    expect(settled.json().data.attributes).toMatchObject({ status: 'settled', submittedAt: timestampPattern, settledAt: timestampPattern });
    const posted = await harness.request(credential, {
      method: 'GET',
      url: `/transactions/${settled.json().data.relationships.transaction.data.id}`,
    });
    expect(posted.json().data.attributes).toMatchObject({ status: 'posted', balanceAfter: 99000 });

    const rejected = await transfers.simulate(credential, ids[1]!, 'reject');
    expect(rejected.json().data.attributes).toMatchObject({ status: 'rejected', returnReason: 'AG01' });
    expect(rejected.json().data.relationships.returnTransaction.data).toBeNull();

    await transfers.simulate(credential, ids[2]!, 'settle');
    const returned = await transfers.simulate(credential, ids[2]!, 'return', 'AC04');
    expect(returned.json().data.attributes).toMatchObject({ status: 'returned', returnReason: 'AC04' });
    const credit = await harness.request(credential, {
      method: 'GET',
      url: `/transactions/${returned.json().data.relationships.returnTransaction.data.id}`,
    });
    expect(credit.json().data.attributes).toMatchObject({ kind: 'transferReturn', direction: 'credit', status: 'posted', amount: 3000 });
    const original = await harness.request(credential, {
      method: 'GET',
      url: `/transactions/${returned.json().data.relationships.transaction.data.id}`,
    });
    expect(original.json().data.attributes.status).toBe('returned');

    const final = await transfers.simulate(credential, ids[2]!, 'settle');
    expect(final.statusCode).toBe(409);
    expect(final.json().errors[0].code).toBe('sepa_credit_transfer_status_conflict');
    const badReason = await transfers.simulate(credential, ids[3]!, 'reject', 'nope');
    expect(badReason.statusCode).toBe(422);

    // 1000 settled left; 3000 went and came back; 2000 never left; 4000 still pending.
    expect(await api.balance(credential, account.id)).toEqual({ current: 99000, available: 95000, pending: 4000 });
    const updates = await harness.request(credential, { method: 'GET', url: '/events?filter[type]=sepaCreditTransfer.updated&page[limit]=100' });
    // Settling a pending transfer passes through submitted: two updates each for the two settled.
    expect(updates.json().data.length).toBe(6);
    const list = await harness.request(credential, { method: 'GET', url: '/sepa-credit-transfers?filter[status]=pending' });
    expect(list.json().data.map((row: { id: string }) => row.id)).toEqual([ids[3]]);
    await expectLedgerValid(harness);
  });

  it('the sandbox bank submits a pending transfer after the delay, and settles it after the delay again', async () => {
    const { credential, account } = await fundedAccount(10000);
    const id = (await transfers.sepa(credential, account.id, { amount: 2500 })).json().data.id;
    const status = async () => (await harness.request(credential, { method: 'GET', url: `/sepa-credit-transfers/${id}` })).json().data.attributes;
    const run = (secondsLater: number) => harness.database.db.transaction((tx) => runSandboxBank(tx, 30, new Date(Date.now() + secondsLater * 1000)));
    await run(10);
    expect((await status()).status).toBe('pending');
    await run(31);
    expect(await status()).toMatchObject({ status: 'submitted' });
    expect(await api.balance(credential, account.id)).toEqual({ current: 7500, available: 7500, pending: 0 });
    await run(40);
    expect((await status()).status).toBe('submitted');
    await run(100);
    expect((await status()).status).toBe('settled');
    await expectLedgerValid(harness);
  });

  it('verify names a hold without its pending transaction, clearing or settlement apart from its transfers, and suspense apart from its events', async () => {
    const { credential, account } = await fundedAccount(10000);
    const id = (await transfers.sepa(credential, account.id, { amount: 2500 })).json().data.id;
    await transfers.simulate(credential, id, 'settle');
    const second = (await transfers.sepa(credential, account.id, { amount: 1000 })).json().data.id;
    await harness.database.db.transaction((tx) => runSandboxBank(tx, 0, new Date(Date.now() + 1000)));
    const failing = async () => (await verifyLedger(harness.database.db)).filter((r) => r.violations.length > 0).map((r) => r.name);
    expect(await failing()).toEqual([]);
    const { db } = harness.database;
    await db.execute(sql`UPDATE bank_accounts SET held_amount = held_amount + 1 WHERE id = ${account.id}`);
    await db.execute(sql`UPDATE sepa_credit_transfers SET status = 'settled' WHERE id = ${second}`);
    await db.execute(sql`INSERT INTO events (id, organization_id, type, data, created_at)
                         VALUES (${`evt_${'0'.repeat(26)}`}, ${credential.organizationId}, 'bankStatement.unmatchedCredit',
                                 ${JSON.stringify({ type: 'bankStatementEntry', id: 'x', attributes: { amount: 5, currency: 'EUR' } })}::jsonb, now())`);
    expect(await failing()).toEqual([
      'holds_match_pending_transactions',
      'sepa_clearing_matches_submitted',
      'sepa_settlement_matches_settled',
      'suspense_matches_unmatched_credits',
    ]);
    await db.execute(sql`UPDATE bank_accounts SET held_amount = held_amount - 1 WHERE id = ${account.id}`);
    await db.execute(sql`UPDATE sepa_credit_transfers SET status = 'submitted' WHERE id = ${second}`);
    await db.execute(sql`DELETE FROM events WHERE id = ${`evt_${'0'.repeat(26)}`}`);
    expect(await failing()).toEqual([]);
  });

  it('a return for an account closed since goes to suspense, announced, and the transfer is returned', async () => {
    const { credential, account } = await fundedAccount(1000);
    const id = (await transfers.sepa(credential, account.id, { amount: 1000 })).json().data.id;
    await transfers.simulate(credential, id, 'settle');
    const closed = await harness.request(credential, { method: 'POST', url: `/bank/accounts/${account.id}/close` });
    expect(closed.json().data.attributes.status).toBe('closed');
    const returned = await transfers.simulate(credential, id, 'return', 'MD07');
    expect(returned.statusCode).toBe(200);
    expect(returned.json().data.attributes).toMatchObject({ status: 'returned', returnReason: 'MD07' });
    expect(returned.json().data.relationships.returnTransaction.data).toBeNull();
    const events = await harness.request(credential, { method: 'GET', url: '/events?filter[type]=bankStatement.unmatchedCredit' });
    expect(events.json().data[0].meta.snapshot.attributes).toMatchObject({ amount: 1000, reason: expect.stringContaining('is closed') });
    expect(await api.balance(credential, account.id)).toEqual({ current: 0, available: 0, pending: 0 });
    await expectLedgerValid(harness);
  });

  it('never overdraws under concurrent transfers, and one Idempotency-Key makes one transfer', async () => {
    const { credential, account } = await fundedAccount(370);
    const results = await Promise.all(Array.from({ length: 50 }, () => transfers.sepa(credential, account.id, { amount: 10 })));
    expect(results.filter((r) => r.statusCode === 201)).toHaveLength(37);
    expect(results.filter((r) => r.statusCode !== 201).every((r) => r.json().errors[0].code === 'insufficient_funds')).toBe(true);
    expect(await api.balance(credential, account.id)).toEqual({ current: 370, available: 0, pending: 370 });

    const funded = await fundedAccount(1000);
    const same = await Promise.all(
      Array.from({ length: 20 }, () => transfers.sepa(funded.credential, funded.account.id, { amount: 10 }, { 'idempotency-key': 'pay-once' })),
    );
    expect(same.filter((r) => r.statusCode === 201).length).toBeGreaterThanOrEqual(1);
    expect(same.every((r) => r.statusCode === 201 || r.json().errors[0].code === 'idempotency_key_in_use')).toBe(true);
    expect(await api.balance(funded.credential, funded.account.id)).toEqual({ current: 1000, available: 990, pending: 10 });
    await expectLedgerValid(harness);
  });
});
