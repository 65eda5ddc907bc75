import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, expect, it } from 'vitest';
import { execute } from '../../src/commands/execute.js';
import { decideKyc } from '../../src/modules/entities/service.js';
import { inArray } from 'drizzle-orm';
import { Vault } from '../../src/vault/vault.js';
import { sepaCreditTransfers } from '../../src/modules/transfers/schema.js';
import { advanceSepaCreditTransfers, stepAllowed, type SepaStepCommand } from '../../src/modules/transfers/service.js';
import { createSepaCreditTransfers } from '../../src/modules/transfers/batches.js';
import { rejectOverdueInstantTransfers } from '../../src/modules/transfers/instant.js';
import { receiveIncomingTransfer } from '../../src/modules/ledger/incoming-transfers.js';
import { verifyLedger } from '../../src/invariants/verify.js';
import type { IssuedCredential } from '../../src/modules/organizations/service.js';
import { apiClient } from '../helpers/api-client.js';
import { describeEachEngine, type TestApp } from '../helpers/harness.js';
import { creditorIban, transferClient } from '../helpers/transfer-client.js';

/** SPEC §14: Verification of Payee, SEPA Instant, the instant transfer limit, over HTTP. */

const timestamp = expect.stringMatching(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
const otherBankIban = 'NL91ABNA0417164300';

function helpers(harness: TestApp) {
  const api = apiClient(harness);
  const transfers = transferClient(harness);
  const verify = (credential: IssuedCredential, iban: string, name: string) =>
    harness.request(credential, {
      method: 'POST',
      url: '/payee-verifications',
      payload: { data: { type: 'payeeVerification', attributes: { iban, name } } },
    });
  const registerPayee = async (credential: IssuedCredential, iban: string, name: string) => {
    const response = await harness.request(credential, {
      method: 'POST',
      url: '/simulations/payees',
      payload: { data: { type: 'payee', attributes: { iban, name } } },
    });
    expect(response.statusCode).toBe(200);
  };
  const setLimit = (credential: IssuedCredential, accountId: string, instantTransferLimit: unknown) =>
    harness.request(credential, {
      method: 'PATCH',
      url: `/bank/accounts/${accountId}`,
      payload: { data: { type: 'bankAccount', attributes: { instantTransferLimit } } },
    });
  /** Reads the transfer until it leaves `pending`; answers it and how long that took. */
  const decided = async (credential: IssuedCredential, id: string, started = performance.now()) => {
    for (;;) {
      const response = await harness.request(credential, { method: 'GET', url: `/sepa-credit-transfers/${id}` });
      const data = response.json().data;
      if (data.attributes.status !== 'pending') return { data, ms: performance.now() - started };
      if (performance.now() - started > 15_000) throw new Error(`${id} still pending after 15 s`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  };
  const instant = (credential: IssuedCredential, accountId: string, attributes: Record<string, unknown> = {}, headers: Record<string, string> = {}) =>
    transfers.sepa(credential, accountId, { scheme: 'instant', ...attributes }, headers);
  /** Live mode has no sandbox KYC: the customer is approved as an operator's review would. */
  const liveAccount = async (credential: IssuedCredential) => {
    const entityId = await api.customer(credential);
    const operator = { organizationId: credential.organizationId, id: 'operator', origin: 'internal' as const };
    await execute(
      harness.database.db,
      operator,
      (command) => decideKyc(command, credential.organizationId, entityId, { status: 'approved', reasons: [] }),
      new Date(),
    );
    return api.account(credential, entityId);
  };
  return { api, transfers, verify, registerPayee, setLimit, decided, instant, liveAccount };
}

async function expectLedgerValid(harness: TestApp) {
  const results = await verifyLedger(harness.database.db);
  expect(results.filter((result) => result.violations.length > 0)).toEqual([]);
}

describeEachEngine('Verification of Payee', (harness) => {
  const { api, transfers, verify, registerPayee } = helpers(harness);

  it('answers IBANs held here from their holders, whichever organization holds them', async () => {
    const payer = await harness.credential();
    const payeeBank = await harness.credential();
    const account = await api.account(payeeBank);

    const exact = await verify(payer, account.attributes.iban, 'lovelace,  ADA');
    expect(exact.statusCode).toBe(201);
    const body = exact.json();
    expect(exact.headers.location).toBe(`/payee-verifications/${body.data.id}`);
    expect(body).toEqual({
      data: {
        type: 'payeeVerification',
        id: expect.stringMatching(/^pv_[0-9A-Z]{26}$/),
        attributes: { iban: account.attributes.iban, name: 'lovelace,  ADA', result: 'match', matchedName: null, createdAt: timestamp },
        links: { self: `/payee-verifications/${body.data.id}` },
      },
      links: { self: `/payee-verifications/${body.data.id}` },
    });
    const close = await verify(payer, account.attributes.iban, 'Ada Lovelase');
    expect(close.json().data.attributes).toMatchObject({ result: 'close_match', matchedName: 'Ada Lovelace' });
    const initial = await verify(payer, account.attributes.iban, 'A. Lovelace');
    expect(initial.json().data.attributes).toMatchObject({ result: 'close_match', matchedName: 'Ada Lovelace' });
    // No match never shows the holder's name.
    const none = await verify(payer, account.attributes.iban, 'Charles Babbage');
    expect(none.json().data.attributes).toEqual({
      iban: account.attributes.iban,
      name: 'Charles Babbage',
      result: 'no_match',
      matchedName: null,
      createdAt: timestamp,
    });
    expect(JSON.stringify(none.json())).not.toContain('Lovelace');

    // Kept, readable by the organization that asked, and by no other.
    const read = await harness.request(payer, { method: 'GET', url: `/payee-verifications/${body.data.id}` });
    expect(read.statusCode).toBe(200);
    expect(read.json().data).toEqual(body.data);
    const foreign = await harness.request(payeeBank, { method: 'GET', url: `/payee-verifications/${body.data.id}` });
    expect(foreign.statusCode).toBe(404);
    expect(foreign.json().errors[0]).toMatchObject({ code: 'payee_verification_not_found' });
    const events = await harness.request(payer, { method: 'GET', url: '/events?filter[type]=payeeVerification.created' });
    expect(events.json().data).toHaveLength(4);
    const payeeEvents = await harness.request(payeeBank, { method: 'GET', url: '/events?filter[type]=payeeVerification.created' });
    expect(payeeEvents.json().data).toHaveLength(0);

    // A closed account cannot be paid: not possible.
    await harness.request(payeeBank, { method: 'POST', url: `/bank/accounts/${account.id}/close` });
    const closed = await verify(payer, account.attributes.iban, 'Ada Lovelace');
    expect(closed.json().data.attributes).toMatchObject({ result: 'not_possible', matchedName: null });
  });

  it('answers other banks’ IBANs from the sandbox payees, else not_possible', async () => {
    const payer = await harness.credential();
    const unknown = await verify(payer, otherBankIban, 'Grace Hopper');
    expect(unknown.json().data.attributes).toMatchObject({ result: 'not_possible', matchedName: null });
    await registerPayee(payer, otherBankIban, 'Hopper Consulting GmbH');
    expect((await verify(payer, otherBankIban, 'HOPPER CONSULTING')).json().data.attributes.result).toBe('match');
    expect((await verify(payer, otherBankIban, 'Hoper Consulting')).json().data.attributes).toMatchObject({
      result: 'close_match',
      matchedName: 'Hopper Consulting GmbH',
    });
    // Another organization's sandbox payees are its own.
    const other = await harness.credential();
    expect((await verify(other, otherBankIban, 'Hopper Consulting')).json().data.attributes.result).toBe('not_possible');
  });

  it('refuses bad input with a clear error and keeps nothing', async () => {
    const payer = await harness.credential();
    const bad = await verify(payer, 'DE00370400440532013000', 'Ada');
    expect(bad.statusCode).toBe(422);
    expect(bad.json().errors[0]).toMatchObject({ code: 'validation_failed', source: { pointer: '/data/attributes/iban' } });
    const empty = await verify(payer, otherBankIban, '  ');
    expect(empty.statusCode).toBe(422);
    expect(empty.json().errors[0].source).toEqual({ pointer: '/data/attributes/name' });
    const long = await verify(payer, otherBankIban, 'x'.repeat(141));
    expect(long.statusCode).toBe(422);
    const unknownMember = await harness.request(payer, {
      method: 'POST',
      url: '/payee-verifications',
      payload: { data: { type: 'payeeVerification', attributes: { iban: otherBankIban, name: 'Ada', result: 'match' } } },
    });
    expect(unknownMember.statusCode).toBe(422);
    const events = await harness.request(payer, { method: 'GET', url: '/events?filter[type]=payeeVerification.created' });
    expect(events.json().data).toHaveLength(0);
  });

  it('records the verification on the transfer; anything but a match needs the payer’s acknowledgement', async () => {
    const payer = await harness.credential();
    const account = await api.account(payer);
    await api.fund(payer, account.attributes.iban, 100_000);
    await registerPayee(payer, creditorIban, 'Charles Babbage');

    const matched = (await verify(payer, creditorIban, 'Charles Babbage')).json().data;
    const sent = await transfers.sepa(payer, account.id, { payeeVerification: { id: matched.id, acknowledged: false } });
    expect(sent.statusCode).toBe(201);
    expect(sent.json().data.attributes.payeeVerification).toEqual({ id: matched.id, result: 'match', acknowledged: false });

    const close = (await verify(payer, creditorIban, 'Charles Babage')).json().data;
    expect(close.attributes.result).toBe('close_match');
    const unacknowledged = await transfers.sepa(payer, account.id, {
      creditor: { name: 'Charles Babage', iban: creditorIban, bic: null },
      payeeVerification: { id: close.id, acknowledged: false },
    });
    expect(unacknowledged.statusCode).toBe(422);
    expect(unacknowledged.json().errors[0]).toMatchObject({
      code: 'payee_verification_required',
      source: { pointer: '/data/attributes/payeeVerification/acknowledged' },
    });
    const acknowledged = await transfers.sepa(payer, account.id, {
      creditor: { name: 'Charles Babage', iban: creditorIban, bic: null },
      payeeVerification: { id: close.id, acknowledged: true },
    });
    expect(acknowledged.statusCode).toBe(201);
    expect(acknowledged.json().data.attributes.payeeVerification).toEqual({ id: close.id, result: 'close_match', acknowledged: true });

    // A verification of another payee does not cover this one; another organization's is not found.
    const elsewhere = await transfers.sepa(payer, account.id, {
      creditor: { name: 'Charles Babbage', iban: otherBankIban, bic: null },
      payeeVerification: { id: matched.id, acknowledged: true },
    });
    expect(elsewhere.statusCode).toBe(422);
    expect(elsewhere.json().errors[0]).toMatchObject({
      code: 'payee_verification_required',
      source: { pointer: '/data/attributes/payeeVerification/id' },
    });
    const stranger = await harness.credential();
    const theirs = (await verify(stranger, creditorIban, 'Charles Babbage')).json().data;
    const foreign = await transfers.sepa(payer, account.id, { payeeVerification: { id: theirs.id, acknowledged: true } });
    expect(foreign.statusCode).toBe(404);
    expect(foreign.json().errors[0]).toMatchObject({ code: 'payee_verification_not_found' });
    // The refused ones held nothing: two transfers of 12345 are all that left the available balance.
    expect(await api.balance(payer, account.id)).toEqual({ current: 100_000, available: 100_000 - 2 * 12345, pending: 2 * 12345 });
    await expectLedgerValid(harness);
  });
});

describeEachEngine(
  'Verification of Payee rate limit',
  (harness) => {
    const { verify } = helpers(harness);
    it('limits verifications per credential (names must not be harvestable): 429 with Retry-After, others unaffected', async () => {
      const harvester = await harness.credential();
      const statuses: number[] = [];
      for (let index = 0; index < 5; index++) statuses.push((await verify(harvester, otherBankIban, `Name ${index}`)).statusCode);
      expect(statuses.slice(0, 2)).toEqual([201, 201]);
      expect(statuses).toContain(429);
      const refused = await verify(harvester, otherBankIban, 'Another');
      expect(refused.statusCode).toBe(429);
      expect(refused.headers['retry-after']).toMatch(/^\d+$/);
      expect(refused.json().errors[0]).toMatchObject({ code: 'rate_limited' });
      const honest = await harness.credential();
      expect((await verify(honest, otherBankIban, 'Someone')).statusCode).toBe(201);
    });
  },
  { LINKCY_PAYEE_VERIFICATION_RATE_LIMIT: '1' },
);

describeEachEngine(
  'SEPA Instant',
  (harness) => {
    const { api, transfers, setLimit, decided, instant } = helpers(harness);

    it('settles an instant transfer to another bank within 10 seconds, with its events', async () => {
      const payer = await harness.credential();
      const account = await api.account(payer);
      await api.fund(payer, account.attributes.iban, 50_000);
      const started = performance.now();
      const response = await instant(payer, account.id, { amount: 12_000 });
      expect(response.statusCode).toBe(201);
      expect(response.json().data.attributes).toMatchObject({ scheme: 'instant', status: 'pending', payeeVerification: null });
      const { data, ms } = await decided(payer, response.json().data.id, started);
      expect(ms).toBeLessThan(10_000);
      expect(data.attributes).toMatchObject({ status: 'settled', submittedAt: timestamp, settledAt: timestamp, returnReason: null });
      expect(await api.balance(payer, account.id)).toEqual({ current: 38_000, available: 38_000, pending: 0 });
      const transaction = await harness.request(payer, { method: 'GET', url: `/transactions/${data.relationships.transaction.data.id}` });
      expect(transaction.json().data.attributes).toMatchObject({
        kind: 'outgoingTransfer',
        status: 'posted',
        description: 'Instant transfer to Charles Babbage',
      });
      const events = await harness.request(payer, { method: 'GET', url: '/events?filter[type]=sepaCreditTransfer.updated' });
      expect(
        events
          .json()
          .data.map((event: { meta: { snapshot: { attributes: { status: string } } } }) => event.meta.snapshot.attributes.status)
          .sort(),
      ).toEqual(['settled', 'submitted']);
      // The rail decided it: neither the sandbox bank nor a bank file nor a cancel touches it.
      const cancel = await harness.request(payer, { method: 'POST', url: `/sepa-credit-transfers/${data.id}/cancel` });
      expect(cancel.statusCode).toBe(409);
      await expectLedgerValid(harness);
    });

    it('rejects with the clearing house’s reason, or AB05 when it does not answer in time: the money back at once', async () => {
      const payer = await harness.credential();
      const account = await api.account(payer);
      await api.fund(payer, account.attributes.iban, 50_000);
      const closed = await instant(payer, account.id, { amount: 1_091 });
      const silent = await instant(payer, account.id, { amount: 1_099 });
      const rejected = await decided(payer, closed.json().data.id);
      expect(rejected.data.attributes).toMatchObject({ status: 'rejected', returnReason: 'AC04', settledAt: null });
      // The silent one is still in flight (its deadline is 1 s away): its amount is held meanwhile.
      expect(await api.balance(payer, account.id)).toEqual({ current: 50_000, available: 50_000 - 1_099, pending: 1_099 });
      const timedOut = await decided(payer, silent.json().data.id);
      expect(timedOut.data.attributes).toMatchObject({ status: 'rejected', returnReason: 'AB05' });
      expect(timedOut.ms).toBeLessThan(10_000);
      expect(await api.balance(payer, account.id)).toEqual({ current: 50_000, available: 50_000, pending: 0 });
      await expectLedgerValid(harness);
    });

    it('credits an IBAN held here in the same transaction, across organizations; a closed one rejects it (AC04)', async () => {
      const payer = await harness.credential();
      const payeeBank = await harness.credential();
      const from = await api.account(payer);
      const to = await api.account(payeeBank);
      await api.fund(payer, from.attributes.iban, 30_000);
      const response = await instant(payer, from.id, { amount: 10_000, creditor: { name: 'Ada Lovelace', iban: to.attributes.iban, bic: null } });
      expect(response.statusCode).toBe(201);
      expect(response.json().data.attributes).toMatchObject({ scheme: 'instant', status: 'settled', settledAt: timestamp });
      // The payer's organization never sees the payee's transaction id.
      expect(JSON.stringify(response.json())).not.toContain('creditTransaction');
      expect(await api.balance(payer, from.id)).toEqual({ current: 20_000, available: 20_000, pending: 0 });
      expect(await api.balance(payeeBank, to.id)).toEqual({ current: 10_000, available: 10_000, pending: 0 });
      const credits = await harness.request(payeeBank, { method: 'GET', url: `/bank/accounts/${to.id}/transactions` });
      expect(credits.json().data[0].attributes).toMatchObject({
        kind: 'incomingTransfer',
        direction: 'credit',
        amount: 10_000,
        status: 'posted',
        description: 'Instant transfer from Ada Lovelace',
        counterparty: { name: 'Ada Lovelace', iban: from.attributes.iban },
      });
      const payeeEvents = await harness.request(payeeBank, { method: 'GET', url: '/events?filter[type]=transaction.created' });
      expect(
        payeeEvents
          .json()
          .data.some((event: { meta: { snapshot: { attributes: { kind: string } } } }) => event.meta.snapshot.attributes.kind === 'incomingTransfer'),
      ).toBe(true);
      // No bank can return what never left this server.
      const returned = await transfers.simulate(payer, response.json().data.id, 'return');
      expect(returned.statusCode).toBe(409);

      const emptied = await api.account(payeeBank);
      await harness.request(payeeBank, { method: 'POST', url: `/bank/accounts/${emptied.id}/close` });
      const refused = await instant(payer, from.id, { amount: 5_000, creditor: { name: 'Ada Lovelace', iban: emptied.attributes.iban, bic: null } });
      expect(refused.statusCode).toBe(201);
      expect(refused.json().data.attributes).toMatchObject({ status: 'rejected', returnReason: 'AC04' });
      expect(await api.balance(payer, from.id)).toEqual({ current: 20_000, available: 20_000, pending: 0 });
      await expectLedgerValid(harness);
    });

    it('enforces the account’s instant transfer limit, editable with PATCH', async () => {
      const payer = await harness.credential();
      const account = await api.account(payer);
      await api.fund(payer, account.attributes.iban, 500_000);
      expect(
        (await harness.request(payer, { method: 'GET', url: `/bank/accounts/${account.id}` })).json().data.attributes.instantTransferLimit,
      ).toBeNull();

      const set = await setLimit(payer, account.id, 100_000);
      expect(set.statusCode).toBe(200);
      expect(set.json().data.attributes.instantTransferLimit).toBe(100_000);
      const above = await instant(payer, account.id, { amount: 100_001 });
      expect(above.statusCode).toBe(422);
      expect(above.json().errors[0]).toMatchObject({ code: 'instant_limit_exceeded', source: { pointer: '/data/attributes/amount' } });
      expect(await api.balance(payer, account.id)).toEqual({ current: 500_000, available: 500_000, pending: 0 });
      // The limit is for instant transfers only, and the limit itself is allowed.
      expect((await transfers.sepa(payer, account.id, { amount: 200_000 })).statusCode).toBe(201);
      expect((await instant(payer, account.id, { amount: 100_000 })).statusCode).toBe(201);
      const lifted = await setLimit(payer, account.id, null);
      expect(lifted.json().data.attributes.instantTransferLimit).toBeNull();
      expect((await instant(payer, account.id, { amount: 150_000 })).statusCode).toBe(201);

      for (const [value, status] of [
        [-1, 422],
        ['1000', 422],
        [1.5, 422],
        [1e12, 422],
      ] as const) {
        const response = await setLimit(payer, account.id, value);
        expect(response.statusCode).toBe(status);
        expect(response.json().errors[0].source).toEqual({ pointer: '/data/attributes/instantTransferLimit' });
      }
      const other = await harness.credential();
      const foreign = await setLimit(other, account.id, 1);
      expect(foreign.statusCode).toBe(404);
      const events = await harness.request(payer, { method: 'GET', url: '/events?filter[type]=bankAccount.updated' });
      expect(events.json().data).toHaveLength(2);
    });

    it('spends one balance with concurrent instant transfers: exactly the affordable ones approved, never below zero', async () => {
      const payer = await harness.credential();
      const payeeBank = await harness.credential();
      const account = await api.account(payer);
      const payee = await api.account(payeeBank);
      await api.fund(payer, account.attributes.iban, 10_000);
      const responses = await Promise.all(
        Array.from({ length: 30 }, (_, index) =>
          instant(payer, account.id, {
            amount: 1_000,
            ...(index % 2 === 0 ? { creditor: { name: 'Ada Lovelace', iban: payee.attributes.iban, bic: null } } : {}),
          }),
        ),
      );
      const statuses = responses.map((response) => response.statusCode);
      expect(statuses.filter((status) => status === 201)).toHaveLength(10);
      expect(statuses.filter((status) => status === 422)).toHaveLength(20);
      for (const response of responses.filter((r) => r.statusCode === 422)) expect(response.json().errors[0].code).toBe('insufficient_funds');
      const accepted = responses.filter((response) => response.statusCode === 201).map((response) => response.json().data);
      for (const transfer of accepted) expect((await decided(payer, transfer.id)).data.attributes.status).toBe('settled');
      const onUs = accepted.filter((transfer) => transfer.attributes.creditor.iban === payee.attributes.iban).length;
      expect(await api.balance(payer, account.id)).toEqual({ current: 0, available: 0, pending: 0 });
      expect(await api.balance(payeeBank, payee.id)).toEqual({ current: onUs * 1_000, available: onUs * 1_000, pending: 0 });
      await expectLedgerValid(harness);
    });

    it('rejects (AB05, money back) an instant transfer whose process stopped before its answer was booked', async () => {
      const payer = await harness.credential();
      const account = await api.account(payer);
      await api.fund(payer, account.attributes.iban, 5_000);
      // Created as the route would, but never handed to the rail (the process "died" after its commit),
      // with a deadline long past.
      const vault = await Vault.load(harness.database.db, harness.config.masterKeyring!);
      const [outcome] = await harness.database.db.transaction((tx) =>
        createSepaCreditTransfers(
          tx,
          vault,
          [
            {
              organizationId: payer.organizationId,
              instantTimeoutMs: -60_000,
              document: {
                data: {
                  type: 'sepaCreditTransfer',
                  attributes: {
                    amount: 1_500,
                    currency: 'EUR',
                    scheme: 'instant',
                    creditor: { name: 'Charles Babbage', iban: creditorIban, bic: null },
                  },
                  relationships: { bankAccount: { data: { type: 'bankAccount', id: account.id } } },
                },
              },
            },
          ],
          (row) => ({ status: 201, headers: {}, body: row.id }),
        ),
      );
      const id = (outcome as { value: { body: string } }).value.body;
      expect(await api.balance(payer, account.id)).toEqual({ current: 5_000, available: 3_500, pending: 1_500 });
      const clocks = harness.app.clocks;
      expect(await rejectOverdueInstantTransfers(harness.database.db, clocks)).toBe(1);
      expect(await rejectOverdueInstantTransfers(harness.database.db, clocks)).toBe(0);
      const read = await harness.request(payer, { method: 'GET', url: `/sepa-credit-transfers/${id}` });
      expect(read.json().data.attributes).toMatchObject({ status: 'rejected', returnReason: 'AB05' });
      expect(await api.balance(payer, account.id)).toEqual({ current: 5_000, available: 5_000, pending: 0 });
      await expectLedgerValid(harness);
    });

    it('holds the instant rules in the status machine itself, whichever path asks (a bank file, a sweep)', async () => {
      const payer = await harness.credential();
      const payeeBank = await harness.credential();
      const from = await api.account(payer);
      const to = await api.account(payeeBank);
      await api.fund(payer, from.attributes.iban, 10_000);
      const onUs = (await instant(payer, from.id, { amount: 1_000, creditor: { name: 'Ada Lovelace', iban: to.attributes.iban, bic: null } })).json()
        .data;
      const inFlight = (await instant(payer, from.id, { amount: 1_099 })).json().data;
      const rows = await harness.database.db
        .select()
        .from(sepaCreditTransfers)
        .where(inArray(sepaCreditTransfers.id, [onUs.id, inFlight.id]));
      const row = (id: string) => rows.find((candidate) => candidate.id === id)!;
      const step = (command: SepaStepCommand) => harness.database.db.transaction((tx) => advanceSepaCreditTransfers(tx, [command]));
      // No bank can return what never left; only the rail decides what is in flight.
      await expect(step({ row: row(onUs.id), step: 'return', at: new Date(), returnReason: 'AC04' })).rejects.toThrow(
        'was credited to an account held here: no other bank can return it',
      );
      await expect(step({ row: row(inFlight.id), step: 'reject', at: new Date(), returnReason: 'AG01' })).rejects.toThrow('is in flight');
      expect(stepAllowed(row(onUs.id), 'return')).toBe(false);
      expect(await api.balance(payeeBank, to.id)).toMatchObject({ current: 1_000 });
      expect((await decided(payer, inFlight.id)).data.attributes).toMatchObject({ status: 'rejected', returnReason: 'AB05' });
      await expectLedgerValid(harness);
    });

    it('receives instant credits through the simulation route', async () => {
      const credential = await harness.credential();
      const account = await api.account(credential);
      const response = await api.transfer(credential, { iban: account.attributes.iban, amount: 2_500, scheme: 'instant' });
      expect(response.statusCode).toBe(201);
      expect(response.json().data.attributes).toMatchObject({
        kind: 'incomingTransfer',
        status: 'posted',
        description: 'Instant transfer from Charles Babbage',
      });
      const wrong = await api.transfer(credential, { iban: account.attributes.iban, scheme: 'urgent' });
      expect(wrong.statusCode).toBe(422);
      expect(wrong.json().errors[0].source).toEqual({ pointer: '/data/attributes/scheme' });
    });
  },
  { LINKCY_INSTANT_TIMEOUT_MS: '1000', LINKCY_SANDBOX_INSTANT_DELAY_MS: '20' },
);

/** A partner service on 127.0.0.1 that answers as `answer` says (undefined: never), started before the suites read its URL. */
async function startPartner(answer: (body: Record<string, unknown>) => unknown) {
  const received: Record<string, unknown>[] = [];
  const server: Server = createServer((request, response) => {
    let text = '';
    request.on('data', (chunk: Buffer) => (text += chunk.toString()));
    request.on('end', () => {
      const body = JSON.parse(text) as Record<string, unknown>;
      received.push(body);
      const reply = answer(body);
      if (reply === undefined) return;
      response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(reply));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, received };
}

const vop = await startPartner((body) =>
  body.name === 'Slow Payee'
    ? undefined
    : body.name === 'Grace Hopper'
      ? { result: 'match' }
      : { result: 'close_match', matchedName: 'Grace Hopper' },
);
const rail = await startPartner((body) =>
  body.amount === 4_444
    ? undefined
    : body.amount === 3_333
      ? { status: 'RJCT', reason: 'AC06' }
      : body.amount === 2_222
        ? { status: 'maybe' }
        : { status: 'ACSC' },
);

describeEachEngine(
  'live mode: the partner’s VoP service and instant gateway',
  (harness) => {
    const { api, verify, decided, instant, liveAccount } = helpers(harness);

    it('asks the partner for other banks’ payees, and answers not_possible when it does not answer in time', async () => {
      const payer = await harness.credential();
      expect((await verify(payer, otherBankIban, 'Grace Hopper')).json().data.attributes).toMatchObject({ result: 'match', matchedName: null });
      expect((await verify(payer, otherBankIban, 'G Hopper')).json().data.attributes).toMatchObject({
        result: 'close_match',
        matchedName: 'Grace Hopper',
      });
      const started = performance.now();
      const slow = await verify(payer, otherBankIban, 'Slow Payee');
      expect(slow.statusCode).toBe(201);
      expect(slow.json().data.attributes.result).toBe('not_possible');
      expect(performance.now() - started).toBeLessThan(3_000);
      expect(vop.received.slice(-3).map((body) => body.iban)).toEqual([otherBankIban, otherBankIban, otherBankIban]);
      // No sandbox payees in live mode.
      const simulation = await harness.request(payer, { method: 'POST', url: '/simulations/payees', payload: {} });
      expect(simulation.statusCode).toBe(404);
    });

    it('sends instant transfers through the gateway: accepted, rejected with its reason, AB05 on silence, AB10 on nonsense', async () => {
      const payer = await harness.credential();
      const account = await liveAccount(payer);
      // Funded through the ledger as a bank statement's credit line is (no simulation routes in live mode).
      await receiveIncomingTransfer(harness.database.db, payer.organizationId, {
        iban: account.attributes.iban,
        amount: 100_000,
        currency: 'EUR',
        debtorName: 'Charles Babbage',
        debtorIban: creditorIban,
      });
      const ids: Record<number, string> = {};
      for (const amount of [1_000, 3_333, 4_444, 2_222]) {
        const response = await instant(payer, account.id, { amount });
        expect(response.statusCode).toBe(201);
        ids[amount] = response.json().data.id;
      }
      expect((await decided(payer, ids[1_000]!)).data.attributes).toMatchObject({ status: 'settled' });
      expect((await decided(payer, ids[3_333]!)).data.attributes).toMatchObject({ status: 'rejected', returnReason: 'AC06' });
      expect((await decided(payer, ids[4_444]!)).data.attributes).toMatchObject({ status: 'rejected', returnReason: 'AB05' });
      expect((await decided(payer, ids[2_222]!)).data.attributes).toMatchObject({ status: 'rejected', returnReason: 'AB10' });
      // The partner serves every engine's suite: this suite's payment is the one from its account.
      const sent = rail.received.find((body) => (body.debtor as { iban: string }).iban === account.attributes.iban && body.amount === 1_000)!;
      expect(sent).toMatchObject({
        currency: 'EUR',
        creditor: { name: 'Charles Babbage', iban: creditorIban },
        debtor: { name: 'Ada Lovelace', iban: account.attributes.iban },
      });
      expect(await api.balance(payer, account.id)).toMatchObject({ available: 100_000 - 1_000, pending: 0 });
      await expectLedgerValid(harness);
    });
  },
  {
    LINKCY_MODE: 'live',
    LINKCY_VOP_URL: `${vop.url}/vop`,
    LINKCY_VOP_TIMEOUT_MS: '500',
    LINKCY_INSTANT_RAIL_URL: `${rail.url}/sct-inst`,
    LINKCY_INSTANT_TIMEOUT_MS: '800',
  },
);

describeEachEngine(
  'live mode without an instant gateway',
  (harness) => {
    const { instant, liveAccount } = helpers(harness);
    it('refuses instant transfers to other banks (422 instant_unavailable), changing nothing', async () => {
      const payer = await harness.credential();
      const account = await liveAccount(payer);
      const response = await instant(payer, account.id, { amount: 100 });
      expect(response.statusCode).toBe(422);
      expect(response.json().errors[0]).toMatchObject({ code: 'instant_unavailable', source: { pointer: '/data/attributes/scheme' } });
    });
  },
  { LINKCY_MODE: 'live' },
);
