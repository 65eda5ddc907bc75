import { eq } from 'drizzle-orm';
import { beforeAll, expect, it } from 'vitest';
import { GroupCommit } from '../../src/db/group-commit.js';
import { receiveIncomingTransfers, type IncomingTransferCommand } from '../../src/modules/ledger/incoming-transfers.js';
import { transactions } from '../../src/modules/ledger/schema.js';
import type { IssuedCredential } from '../../src/modules/organizations/service.js';
import { Vault } from '../../src/vault/vault.js';
import { apiClient, debtorIban } from '../helpers/api-client.js';
import { describeEachEngine } from '../helpers/harness.js';
import { countRoundTrips } from '../helpers/round-trips.js';

/** Incoming transfers in group commit (issue 9): each credit as alone, in a constant number of statements. */
describeEachEngine('incoming transfers in batches', (harness) => {
  const api = apiClient(harness);
  let vault: Vault;
  beforeAll(async () => {
    const keyring = harness.config.masterKeyring!;
    vault = await Vault.load(harness.database.db, keyring);
  });
  const respond = (row: { id: string; balanceAfter: number | null; amount: number }) => ({
    status: 201,
    headers: {},
    body: JSON.stringify({ id: row.id, balanceAfter: row.balanceAfter, amount: row.amount }),
  });
  const credit = (
    credential: IssuedCredential,
    iban: string,
    amount: number,
    options: { currency?: string; key?: string } = {},
  ): IncomingTransferCommand => ({
    organizationId: credential.organizationId,
    transfer: { iban, amount, currency: options.currency ?? 'EUR', debtorName: 'Ada', debtorIban, reference: null },
    ...(options.key ? { claim: { organizationId: credential.organizationId, key: options.key, canonical: `credit ${iban} ${amount}` } } : {}),
  });

  it('answers each credit of a mixed batch as alone, with running balances in request order', async () => {
    const credential = await harness.credential();
    const first = await api.account(credential);
    const second = await api.account(credential);
    const closed = await api.account(credential);
    expect((await harness.request(credential, { method: 'POST', url: `/bank/accounts/${closed.id}/close` })).statusCode).toBe(200);
    const stranger = await harness.credential();
    const outcomes = await harness.database.db.transaction((tx) =>
      receiveIncomingTransfers(
        tx,
        vault,
        [
          credit(credential, first.attributes.iban, 100),
          credit(credential, 'FR7630006000011234567890189', 5),
          credit(credential, second.attributes.iban, 7),
          credit(credential, first.attributes.iban, 250),
          credit(credential, closed.attributes.iban, 1),
          credit(credential, first.attributes.iban, 1, { currency: 'USD' }),
          credit(stranger, first.attributes.iban, 1),
          credit(credential, first.attributes.iban, 50),
        ],
        respond,
      ),
    );
    expect(
      outcomes.map((o) =>
        o.ok === true
          ? JSON.parse(o.value.body).balanceAfter
          : o.ok === false
            ? (o.error as { details: { code: string }[] }).details[0]!.code
            : 'alone',
      ),
    ).toEqual([100, 'iban_not_found', 7, 350, 'bank_account_closed', 'currency_mismatch', 'iban_not_found', 400]);
    expect(await api.balance(credential, first.id)).toEqual({ current: 400, available: 400, pending: 0 });
    expect(await api.balance(credential, second.id)).toEqual({ current: 7, available: 7, pending: 0 });
    const listed = await harness.database.db.select().from(transactions).where(eq(transactions.bankAccountId, first.id));
    expect(listed.map((row) => row.balanceAfter).sort((a, b) => a! - b!)).toEqual([100, 350, 400]);
  });

  it('keeps every concurrent credit to one account, each once', async () => {
    const credential = await harness.credential();
    const account = await api.account(credential);
    const group = new GroupCommit((items: IncomingTransferCommand[]) =>
      harness.database.db.transaction((tx) => receiveIncomingTransfers(tx, vault, items, respond)),
    );
    const results = await Promise.all(
      Array.from({ length: 120 }, (_, i) => group.submit(credit(credential, account.attributes.iban, i + 1, { key: `c-${i}` }))),
    );
    expect(group.stats.largest).toBeGreaterThan(1);
    expect(new Set(results.map((r) => JSON.parse(r.body).balanceAfter)).size).toBe(120);
    expect((await api.balance(credential, account.id)).current).toBe((120 * 121) / 2);
    // Replayed keys change nothing.
    const again = await Promise.all(
      Array.from({ length: 120 }, (_, i) => group.submit(credit(credential, account.attributes.iban, i + 1, { key: `c-${i}` }))),
    );
    expect(again.every((r) => r.replayed)).toBe(true);
    expect((await api.balance(credential, account.id)).current).toBe((120 * 121) / 2);
  });

  if (harness.engine === 'postgres') {
    it('reads a customer in one database round trip once the credential is cached', async () => {
      const credential = await harness.credential();
      const entityId = await api.customer(credential);
      expect((await harness.request(credential, { method: 'GET', url: `/entities/${entityId}` })).statusCode).toBe(200);
      const trips = await countRoundTrips(async () => {
        const read = await harness.request(credential, { method: 'GET', url: `/entities/${entityId}` });
        expect(read.statusCode).toBe(200);
      });
      expect(trips).toBe(1);
    });

    it('reads concurrent customers in one round trip, each answered as alone, other tenants’ ids not found', async () => {
      const [credential, other] = [await harness.credential(), await harness.credential()];
      const mine = await Promise.all(Array.from({ length: 12 }, () => api.customer(credential)));
      const theirs = await api.customer(other);
      await harness.request(credential, { method: 'GET', url: `/entities/${mine[0]}` }); // the credential is cached
      const asked = [...mine, mine[3]!, theirs, 'ent_0000000000000000000000'];
      let reads: { statusCode: number; body: string }[] = [];
      const trips = await countRoundTrips(async () => {
        reads = await Promise.all(asked.map((id) => harness.request(credential, { method: 'GET', url: `/entities/${id}` })));
      });
      expect(trips).toBe(1);
      expect(reads.map((read) => read.statusCode)).toEqual([...mine.map(() => 200), 200, 404, 404]);
      expect(reads.slice(0, 13).map((read) => JSON.parse(read.body).data.id)).toEqual([...mine, mine[3]]);
      for (const [index, id] of [theirs, 'ent_0000000000000000000000'].entries()) {
        expect(JSON.parse(reads[13 + index]!.body).errors).toEqual([
          expect.objectContaining({ status: '404', code: 'entity_not_found', detail: expect.stringContaining(id) }),
        ]);
      }
    });

    it('reads concurrent accounts, transactions and authorizations in one round trip per kind, other tenants’ ids not found', async () => {
      const owned = async (credential: Awaited<ReturnType<typeof harness.credential>>) => {
        const account = await api.account(credential);
        const credit = await api.transfer(credential, { iban: account.attributes.iban, amount: 5000 });
        const card = await api.card(credential, account.entityId);
        const authorization = await api.authorize(credential, card.id, 100);
        expect([credit.statusCode, authorization.statusCode]).toEqual([201, 201]);
        return [`/bank/accounts/${account.id}`, `/transactions/${credit.json().data.id}`, `/authorizations/${authorization.json().data.id}`];
      };
      const [credential, other] = [await harness.credential(), await harness.credential()];
      const mine = [...(await owned(credential)), ...(await owned(credential))];
      const theirs = await owned(other);
      let reads: { statusCode: number; body: string }[] = [];
      const trips = await countRoundTrips(async () => {
        reads = await Promise.all([...mine, ...theirs].map((url) => harness.request(credential, { method: 'GET', url })));
      });
      expect(trips).toBe(3);
      expect(reads.map((read) => read.statusCode)).toEqual([200, 200, 200, 200, 200, 200, 404, 404, 404]);
      expect(reads.slice(0, 6).map((read) => JSON.parse(read.body).data.id)).toEqual(mine.map((url) => url.split('/').at(-1)));
      expect(reads.slice(6).map((read) => JSON.parse(read.body).errors[0].code)).toEqual([
        'bank_account_not_found',
        'transaction_not_found',
        'authorization_not_found',
      ]);
    });

    it('applies a batch in the same number of database round trips whatever its size', async () => {
      const credential = await harness.credential();
      const accounts = await Promise.all(Array.from({ length: 10 }, () => api.account(credential)));
      await api.fund(credential, accounts[0]!.attributes.iban, 1); // the settlement account exists and is cached
      const trips: Record<number, number> = {};
      for (const size of [1, 10, 100]) {
        const items = Array.from({ length: size }, (_, i) =>
          credit(credential, accounts[i % accounts.length]!.attributes.iban, 10, { key: `t-${size}-${i}` }),
        );
        trips[size] = await countRoundTrips(async () => {
          const outcomes = await harness.database.db.transaction((tx) => receiveIncomingTransfers(tx, vault, items, respond));
          expect(outcomes.every((o) => o.ok)).toBe(true);
        });
      }
      // BEGIN, key locks, stored keys, accounts, then the journal with postings, balances, transactions,
      // events and the stored keys in one statement, COMMIT.
      expect(trips).toEqual({ 1: 6, 10: 6, 100: 6 });
    });
  }
});
