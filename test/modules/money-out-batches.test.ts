import { inArray } from 'drizzle-orm';
import { beforeAll, expect, it } from 'vitest';
import { sepaCreditTransfers } from '../../src/modules/transfers/schema.js';
import { advanceSepaCreditTransfers, type SepaStep } from '../../src/modules/transfers/service.js';
import { decideInstantTransfers } from '../../src/modules/transfers/instant.js';
import type { IssuedCredential } from '../../src/modules/organizations/service.js';
import {
  createBookTransfers,
  createSepaCreditTransfers,
  type BookTransferCommand,
  type SepaCreditTransferCommand,
} from '../../src/modules/transfers/batches.js';
import { Vault } from '../../src/vault/vault.js';
import { apiClient } from '../helpers/api-client.js';
import { describeEachEngine } from '../helpers/harness.js';
import { countRoundTrips } from '../helpers/round-trips.js';

/**
 * Book and SEPA credit transfers in group commit: a batch answers each item as it would have been
 * answered alone, a refused item changes nothing for the others, and a batch costs the same number of
 * statements whatever its size.
 */
describeEachEngine('money out in batches', (harness) => {
  const api = apiClient(harness);
  let vault: Vault;
  beforeAll(async () => {
    vault = await Vault.load(harness.database.db, harness.config.masterKeyring!);
  });
  const respond = (row: { id: string; status: string }) => ({ status: 201, headers: {}, body: JSON.stringify({ id: row.id, status: row.status }) });
  const claim = (credential: IssuedCredential, key: string) => ({ organizationId: credential.organizationId, key, canonical: `POST /x\n${key}` });
  const book = (credential: IssuedCredential, from: string, to: string, amount: number, key?: string): BookTransferCommand => ({
    organizationId: credential.organizationId,
    document: {
      data: {
        type: 'bookTransfer',
        attributes: { amount, currency: 'EUR' },
        relationships: { from: { data: { type: 'bankAccount', id: from } }, to: { data: { type: 'bankAccount', id: to } } },
      },
    },
    ...(key ? { claim: claim(credential, key) } : {}),
  });
  const sepa = (credential: IssuedCredential, account: string, amount: number, endToEndId?: string, key?: string): SepaCreditTransferCommand => ({
    organizationId: credential.organizationId,
    document: {
      data: {
        type: 'sepaCreditTransfer',
        attributes: {
          amount,
          currency: 'EUR',
          creditor: { name: 'Ada', iban: 'DE89370400440532013000', bic: null },
          ...(endToEndId ? { endToEndId } : {}),
        },
        relationships: { bankAccount: { data: { type: 'bankAccount', id: account } } },
      },
    },
    ...(key ? { claim: claim(credential, key) } : {}),
  });
  const codes = (outcomes: { ok: unknown; error?: unknown }[]) =>
    outcomes.map((outcome) => (outcome.ok === true ? 'ok' : (outcome as { error: { details?: { code: string }[] } }).error.details?.[0]?.code));

  it('answers each item of a mixed book transfer batch as alone, spending balances in request order', async () => {
    const credential = await harness.credential();
    const other = await harness.credential();
    const [a, b] = [await api.account(credential), await api.account(credential)];
    const foreign = await api.account(other);
    await api.fund(credential, a.attributes.iban, 100);
    const outcomes = await harness.database.db.transaction((tx) =>
      createBookTransfers(
        tx,
        vault,
        [
          book(credential, a.id, b.id, 60),
          book(credential, a.id, b.id, 60),
          book(credential, b.id, a.id, 60),
          book(credential, a.id, a.id, 1),
          book(credential, a.id, foreign.id, 1),
          book(credential, 'acc_nope', b.id, 1),
        ],
        respond,
      ),
    );
    // 100 -> a 40, b 60; the second 60 from a no longer fits; b sends 60 back; the rest are refused.
    expect(codes(outcomes)).toEqual(['ok', 'insufficient_funds', 'ok', 'validation_failed', 'bank_account_not_found', 'bank_account_not_found']);
    expect(await api.balance(credential, a.id)).toEqual({ current: 100, available: 100, pending: 0 });
    expect(await api.balance(credential, b.id)).toEqual({ current: 0, available: 0, pending: 0 });
  });

  it('answers each item of a mixed SEPA batch as alone: holds in order, one endToEndId per organization', async () => {
    const credential = await harness.credential();
    const account = await api.account(credential);
    await api.fund(credential, account.attributes.iban, 100);
    const outcomes = await harness.database.db.transaction((tx) =>
      createSepaCreditTransfers(
        tx,
        vault,
        [
          sepa(credential, account.id, 70, 'B-1'),
          sepa(credential, account.id, 70, 'B-2'),
          sepa(credential, account.id, 30, 'B-1'),
          sepa(credential, account.id, 30, 'B-3'),
          sepa(credential, 'acc_nope', 1),
        ],
        respond,
      ),
    );
    expect(codes(outcomes)).toEqual(['ok', 'insufficient_funds', 'end_to_end_id_exists', 'ok', 'bank_account_not_found']);
    expect(await api.balance(credential, account.id)).toEqual({ current: 100, available: 0, pending: 100 });
  });

  if (harness.engine === 'postgres') {
    it('applies a batch of transfers in the same number of database round trips whatever its size', async () => {
      const credential = await harness.credential();
      const accounts: string[] = [];
      for (let i = 0; i < 10; i++) {
        const account = await api.account(credential);
        await api.fund(credential, account.attributes.iban, 100_000);
        accounts.push(account.id);
      }
      const trips: Record<string, number> = {};
      for (const size of [1, 10, 50]) {
        const books = Array.from({ length: size }, (_, i) => book(credential, accounts[i % 10]!, accounts[(i + 1) % 10]!, 10, `book-${size}-${i}`));
        trips[`book ${size}`] = await countRoundTrips(async () => {
          const outcomes = await harness.database.db.transaction((tx) => createBookTransfers(tx, vault, books, respond));
          expect(outcomes.every((o) => o.ok === true)).toBe(true);
        });
        const transfers = Array.from({ length: size }, (_, i) => sepa(credential, accounts[i % 10]!, 10, `E2E-${size}-${i}`, `sepa-${size}-${i}`));
        trips[`sepa ${size}`] = await countRoundTrips(async () => {
          const outcomes = await harness.database.db.transaction((tx) => createSepaCreditTransfers(tx, vault, transfers, respond));
          expect(outcomes.every((o) => o.ok === true)).toBe(true);
        });
        // Without endToEndIds of their own, nothing needs checking: one statement less.
        const generated = Array.from({ length: size }, (_, i) => sepa(credential, accounts[i % 10]!, 10, undefined, `generated-${size}-${i}`));
        trips[`sepa generated ${size}`] = await countRoundTrips(async () => {
          const outcomes = await harness.database.db.transaction((tx) => createSepaCreditTransfers(tx, vault, generated, respond));
          expect(outcomes.every((o) => o.ok === true)).toBe(true);
        });
      }
      // Book: BEGIN, key locks, stored keys, accounts, owners' names, then the journal, balances,
      // transactions, transfers, events and stored keys in one statement, COMMIT. SEPA: BEGIN, key locks,
      // stored keys, the endToEndId check, accounts, their holders' names (a name no payment file can
      // carry is refused, SPEC §13), then holds, pending transactions, transfers, events and stored keys
      // in one statement, COMMIT.
      expect(trips).toEqual({
        'book 1': 7,
        'book 10': 7,
        'book 50': 7,
        'sepa 1': 8,
        'sepa 10': 8,
        'sepa 50': 8,
        'sepa generated 1': 7,
        'sepa generated 10': 7,
        'sepa generated 50': 7,
      });
    });

    it('creates and decides instant transfers (on us, to other banks) in the same number of round trips whatever their number', async () => {
      const credential = await harness.credential();
      const payees = await harness.credential();
      const accounts: string[] = [];
      for (let i = 0; i < 10; i++) {
        const account = await api.account(credential);
        await api.fund(credential, account.attributes.iban, 100_000);
        accounts.push(account.id);
      }
      const payee = await api.account(payees);
      const instant = (account: string, onUs: boolean, key: string): SepaCreditTransferCommand => {
        const item = sepa(credential, account, 10, undefined, key);
        item.document.data.attributes.scheme = 'instant';
        if (onUs) item.document.data.attributes.creditor = { name: 'Ada Lovelace', iban: payee.attributes.iban, bic: null };
        return { ...item, instantTimeoutMs: 8_000 };
      };
      // The first use of an organization's internal accounts looks their ids up once (then cached).
      const warmUp = await harness.database.db.transaction((tx) =>
        createSepaCreditTransfers(tx, vault, [instant(accounts[0]!, true, 'warm-1'), instant(accounts[0]!, false, 'warm-2')], respond),
      );
      const warmId = JSON.parse((warmUp[1] as { value: { body: string } }).value.body).id as string;
      await harness.database.db.transaction((tx) => decideInstantTransfers(tx, [{ transferId: warmId, at: new Date(), answer: { accepted: true } }]));
      const trips: Record<string, number> = {};
      const created: string[] = [];
      for (const size of [1, 10, 50]) {
        const items = Array.from({ length: size }, (_, i) => instant(accounts[i % 10]!, i % 2 === 0, `instant-${size}-${i}`));
        trips[`create ${size}`] = await countRoundTrips(async () => {
          const outcomes = await harness.database.db.transaction((tx) => createSepaCreditTransfers(tx, vault, items, respond));
          expect(outcomes.every((o) => o.ok === true)).toBe(true);
          for (const outcome of outcomes) {
            const answer = JSON.parse((outcome as { value: { body: string } }).value.body) as { id: string; status: string };
            if (answer.status === 'pending') created.push(answer.id);
          }
        });
      }
      for (const size of [1, 10, 50]) {
        const decisions = created.splice(0, size).map((transferId, i) => ({
          transferId,
          at: new Date(),
          answer: i % 3 === 2 ? ({ accepted: false, reason: 'AC04' } as const) : ({ accepted: true } as const),
        }));
        trips[`decide ${size}`] = await countRoundTrips(async () => {
          const outcomes = await harness.database.db.transaction((tx) => decideInstantTransfers(tx, decisions));
          expect(outcomes.every((o) => o.ok === true && o.value !== null)).toBe(true);
        });
      }
      // Creating: BEGIN, key locks, stored keys, the payees' accounts by IBAN, the accounts, their holders'
      // names, then the one statement of writes (the journal entries of on-us ones in it), COMMIT. Deciding:
      // BEGIN, the transfers, accounts, transactions, the one statement of writes with the journal, COMMIT.
      expect(trips).toEqual({ 'create 1': 8, 'create 10': 8, 'create 50': 8, 'decide 1': 6, 'decide 10': 6, 'decide 50': 6 });
    });

    it('moves any number of SEPA transfers through a step of the status machine in the same number of round trips', async () => {
      const credential = await harness.credential();
      const account = await api.account(credential);
      await api.fund(credential, account.attributes.iban, 1_000_000);
      const pending = async (size: number, tag: string) => {
        const items = Array.from({ length: size }, (_, i) => sepa(credential, account.id, 10, `STEP-${tag}-${i}`));
        const outcomes = await harness.database.db.transaction((tx) => createSepaCreditTransfers(tx, vault, items, respond));
        return outcomes.map((outcome) => JSON.parse((outcome as { value: { body: string } }).value.body).id as string);
      };
      const step = (ids: string[], name: SepaStep) =>
        countRoundTrips(() =>
          harness.database.db.transaction(async (tx) => {
            const rows = await tx
              .select()
              .from(sepaCreditTransfers)
              .where(inArray(sepaCreditTransfers.id, ids))
              .orderBy(sepaCreditTransfers.id)
              .for('update');
            const changed = await advanceSepaCreditTransfers(
              tx,
              rows.map((row) => ({ row, step: name, at: new Date() })),
            );
            expect(changed.map((row) => row.status)).toEqual(
              ids.map(() => ({ submit: 'submitted', settle: 'settled', return: 'returned' })[name as 'submit']),
            );
          }),
        );
      // Each internal account's id is read once per process, the first time it is posted to.
      const warm = await pending(1, 'warm');
      for (const name of ['submit', 'settle', 'return'] as const) await step(warm, name);
      const trips: Record<string, number> = {};
      for (const size of [1, 10, 50]) {
        const ids = await pending(size, String(size));
        trips[`submit ${size}`] = await step(ids, 'submit');
        trips[`settle ${size}`] = await step(ids, 'settle');
        trips[`return ${size}`] = await step(ids, 'return');
      }
      // BEGIN, the transfers locked, their accounts, their transactions, then the journal entries, balances,
      // transactions, transfers and events in one statement, COMMIT.
      expect(new Set(Object.values(trips)), JSON.stringify(trips)).toEqual(new Set([6]));
      // Every transfer came back: the account is whole again, and `ledger verify` (after each suite) holds.
      expect(await api.balance(credential, account.id)).toEqual({ current: 1_000_000, available: 1_000_000, pending: 0 });
    });
  }
});
