import { eq, sql } from 'drizzle-orm';
import { beforeAll, expect, it } from 'vitest';
import { queryRows } from '../../src/db/database.js';
import { GroupCommit } from '../../src/db/group-commit.js';
import { authorizeBatch, type AuthorizationCommand } from '../../src/modules/authorizations/service.js';
import { authorizations } from '../../src/modules/authorizations/schema.js';
import { events } from '../../src/modules/webhooks/schema.js';
import type { IssuedCredential } from '../../src/modules/organizations/service.js';
import { Vault } from '../../src/vault/vault.js';
import { apiClient } from '../helpers/api-client.js';
import { describeEachEngine } from '../helpers/harness.js';
import { countRoundTrips } from '../helpers/round-trips.js';

/**
 * Card authorizations in group commit (issue 9): batches decide exactly as one-at-a-time would, never
 * overspend, honour Idempotency-Keys within and across batches, and cost a constant number of
 * statements whatever their size.
 */
describeEachEngine('card authorizations in batches', (harness) => {
  const api = apiClient(harness);
  let vault: Vault;
  beforeAll(async () => {
    const keyring = harness.config.masterKeyring!;
    vault = await Vault.load(harness.database.db, keyring);
  });

  const respond = (row: { id: string; status: string; declineReason: string | null }) => ({
    status: 201,
    headers: {},
    body: JSON.stringify({ id: row.id, status: row.status, declineReason: row.declineReason }),
  });
  const merchant = { name: 'Batch Shop', mcc: '5411', city: null, country: null };
  const command = (credential: IssuedCredential, cardId: string, amount: number, key?: string): AuthorizationCommand => ({
    organizationId: credential.organizationId,
    request: { cardId, amount, currency: 'EUR', merchant },
    holdExpirySeconds: 3600,
    ...(key
      ? { claim: { organizationId: credential.organizationId, key, canonical: `POST /simulations/card-authorizations\n${cardId}|${amount}` } }
      : {}),
  });
  const batcher = () =>
    new GroupCommit((items: AuthorizationCommand[]) => harness.database.db.transaction((tx) => authorizeBatch(tx, vault, items, respond)));

  async function fundedCard(credential: IssuedCredential, amount: number) {
    const account = await api.account(credential);
    if (amount > 0) await api.fund(credential, account.attributes.iban, amount);
    return { account, card: await api.card(credential, account.entityId) };
  }

  it('approves exactly what the balance covers when 100 authorizations of 10 meet a balance of 370', async () => {
    const credential = await harness.credential();
    const { account, card } = await fundedCard(credential, 370);
    const group = batcher();
    const results = await Promise.all(Array.from({ length: 100 }, () => group.submit(command(credential, card.id, 10))));
    expect(group.stats.largest).toBeGreaterThan(1);
    const decided = results.map((result) => JSON.parse(result.body) as { status: string; declineReason: string | null });
    expect(decided.filter((d) => d.status === 'approved')).toHaveLength(37);
    expect(decided.filter((d) => d.declineReason === 'insufficient_funds')).toHaveLength(63);
    expect(await api.balance(credential, account.id)).toEqual({ current: 370, available: 0, pending: 370 });
  });

  it('answers each item of a mixed batch as it would have been answered alone', async () => {
    const credential = await harness.credential();
    const rich = await fundedCard(credential, 1_000);
    const poor = await fundedCard(credential, 50);
    const suspended = await fundedCard(credential, 1_000);
    expect(
      (
        await harness.request(credential, {
          method: 'POST',
          url: '/cards/suspend',
          payload: { data: { type: 'card', id: suspended.card.id, attributes: { suspended: true } } },
        })
      ).statusCode,
    ).toBe(200);
    const stranger = await harness.credential();
    const outcomes = await harness.database.db.transaction((tx) =>
      authorizeBatch(
        tx,
        vault,
        [
          command(credential, rich.card.id, 400),
          command(credential, 'card_01M8A4RP6Z45ZFMEP1YRKGG3TW', 10),
          command(credential, poor.card.id, 60),
          command(credential, poor.card.id, 50),
          command(credential, suspended.card.id, 10),
          command(stranger, rich.card.id, 10),
          command(credential, rich.card.id, 700),
          command(credential, 'not-a-card', 10),
        ],
        respond,
      ),
    );
    const summary = outcomes.map((outcome) => {
      if (outcome.ok === true) return JSON.parse(outcome.value.body).declineReason ?? JSON.parse(outcome.value.body).status;
      return outcome.ok === false ? (outcome.error as { details: { code: string; source?: unknown }[] }).details[0] : 'alone';
    });
    expect(summary).toEqual([
      'approved',
      { code: 'card_not_found', detail: expect.any(String), source: { pointer: '/data/relationships/card/data/id' } },
      'insufficient_funds',
      'approved',
      'card_suspended',
      { code: 'card_not_found', detail: expect.any(String), source: { pointer: '/data/relationships/card/data/id' } },
      'insufficient_funds',
      { code: 'card_not_found', detail: expect.any(String), source: { pointer: '/data/relationships/card/data/id' } },
    ]);
    // Events as alone: approved -> transaction.created + authorization.created; declined -> authorization.created.
    const emitted = await harness.database.db.select({ type: events.type }).from(events).where(eq(events.organizationId, credential.organizationId));
    const counts = emitted.reduce<Record<string, number>>((all, { type }) => ({ ...all, [type]: (all[type] ?? 0) + 1 }), {});
    expect(counts['authorization.created']).toBe(5);
    expect(counts['transaction.created']).toBe(2 + 3); // two card payments, three funding credits
    expect(await api.balance(credential, rich.account.id)).toEqual({ current: 1_000, available: 600, pending: 400 });
    expect(await api.balance(credential, poor.account.id)).toEqual({ current: 50, available: 0, pending: 50 });
  });

  it('makes one effect of 50 requests with one Idempotency-Key, in one batch and across batches', async () => {
    const credential = await harness.credential();
    const { card } = await fundedCard(credential, 10_000);
    const inOne = await harness.database.db.transaction((tx) =>
      authorizeBatch(
        tx,
        vault,
        Array.from({ length: 50 }, () => command(credential, card.id, 100, 'one-batch')),
        respond,
      ),
    );
    expect(inOne.filter((o) => o.ok)).toHaveLength(1);
    expect(new Set(inOne.filter((o) => !o.ok).map((o) => (o as { error: { details: { code: string }[] } }).error.details[0]!.code))).toEqual(
      new Set(['idempotency_key_in_use']),
    );
    const first = inOne.find((o) => o.ok)!;

    const group = batcher();
    const across = await Promise.allSettled(Array.from({ length: 50 }, () => group.submit(command(credential, card.id, 100, 'one-batch'))));
    const replays = across.flatMap((r) => (r.status === 'fulfilled' ? [r.value] : []));
    expect(replays.length).toBeGreaterThan(0);
    for (const replay of replays) {
      expect(replay.replayed).toBe(true);
      expect(replay.body).toBe((first as { value: { body: string } }).value.body);
    }
    for (const refused of across.flatMap((r) => (r.status === 'rejected' ? [r.reason] : [])))
      expect(refused.details[0].code).toBe('idempotency_key_in_use');
    const made = await harness.database.db.select().from(authorizations).where(eq(authorizations.cardId, card.id));
    expect(made).toHaveLength(1);

    // Over HTTP too: 50 parallel requests with one key make one authorization.
    const key = { 'idempotency-key': 'http-one-effect' };
    const answers = await Promise.all(
      Array.from({ length: 50 }, () =>
        harness.request(credential, {
          method: 'POST',
          url: '/simulations/card-authorizations',
          headers: key,
          payload: {
            data: {
              type: 'authorization',
              attributes: { amount: 100, currency: 'EUR', merchant: { name: 'Shop', mcc: '5411' } },
              relationships: { card: { data: { type: 'card', id: card.id } } },
            },
          },
        }),
      ),
    );
    const created = answers.filter((a) => a.statusCode === 201);
    expect(new Set(created.map((a) => a.json().data.id)).size).toBe(1);
    expect(answers.every((a) => a.statusCode === 201 || (a.statusCode === 409 && a.json().errors[0].code === 'idempotency_key_in_use'))).toBe(true);
    expect(await harness.database.db.select().from(authorizations).where(eq(authorizations.cardId, card.id))).toHaveLength(2);
  });

  it('settles a mixed batch of captures and releases each as alone', async () => {
    const credential = await harness.credential();
    const { account, card } = await fundedCard(credential, 10_000);
    const stranger = await harness.credential();
    const approve = async (amount: number) => (await api.authorize(credential, card.id, amount)).json().data.id as string;
    const [full, partial, released, twice, tooMuch] = [
      await approve(1_000),
      await approve(2_000),
      await approve(500),
      await approve(300),
      await approve(100),
    ];
    const settle = (authorizationId: string, action: 'capture' | 'release', amount?: number, organizationId = credential.organizationId) => ({
      organizationId,
      authorizationId,
      action,
      ...(amount === undefined ? {} : { amount }),
    });
    const { settleBatch } = await import('../../src/modules/authorizations/service.js');
    const outcomes = await harness.database.db.transaction((tx) =>
      settleBatch(
        tx,
        vault,
        [
          settle(full, 'capture'),
          settle(partial, 'capture', 1_200),
          settle(released, 'release'),
          settle(twice, 'capture'),
          settle(twice, 'release'),
          settle(tooMuch, 'capture', 101),
          settle(full, 'release', undefined, stranger.organizationId),
          settle('auth_01M8A4RP6Z45ZFMEP1YRKGG3TW', 'release'),
        ],
        respond,
      ),
    );
    expect(
      outcomes.map((o) =>
        o.ok === true ? JSON.parse(o.value.body).status : o.ok === false ? (o.error as { details: { code: string }[] }).details[0]!.code : 'alone',
      ),
    ).toEqual([
      'captured',
      'captured',
      'released',
      'captured',
      'authorization_not_pending',
      'validation_failed',
      'authorization_not_found',
      'authorization_not_found',
    ]);
    // Posted 1,000 + 1,200 + 300; still held: the 100 whose capture was refused.
    expect(await api.balance(credential, account.id)).toEqual({ current: 10_000 - 2_500, available: 10_000 - 2_500 - 100, pending: 100 });
    const listed = (
      await harness.request(credential, { method: 'GET', url: `/bank/accounts/${account.id}/transactions?filter[kind]=cardPayment&page[limit]=10` })
    ).json().data;
    expect(listed.map((t: { attributes: { status: string; amount: number } }) => `${t.attributes.status} ${t.attributes.amount}`).sort()).toEqual(
      ['pending 100', 'posted 1000', 'posted 1200', 'posted 300', 'released 500'].sort(),
    );
  });

  it('captures an authorization once when 30 captures of it arrive together', async () => {
    const credential = await harness.credential();
    const { account, card } = await fundedCard(credential, 5_000);
    const authorizationId = (await api.authorize(credential, card.id, 700)).json().data.id;
    const answers = await Promise.all(
      Array.from({ length: 30 }, () =>
        harness.request(credential, { method: 'POST', url: `/simulations/card-authorizations/${authorizationId}/capture` }),
      ),
    );
    expect(answers.filter((a) => a.statusCode === 200)).toHaveLength(1);
    expect(new Set(answers.filter((a) => a.statusCode !== 200).map((a) => `${a.statusCode} ${a.json().errors[0].code}`))).toEqual(
      new Set(['409 authorization_not_pending']),
    );
    expect(await api.balance(credential, account.id)).toEqual({ current: 4_300, available: 4_300, pending: 0 });
  });

  if (harness.engine === 'postgres') {
    it('settles a batch in the same number of database round trips whatever its size', async () => {
      const credential = await harness.credential();
      const funded = await Promise.all(Array.from({ length: 5 }, () => fundedCard(credential, 1_000_000)));
      await (
        await import('../../src/modules/authorizations/service.js')
      ).capture(harness.database.db, credential.organizationId, (await api.authorize(credential, funded[0]!.card.id, 1)).json().data.id, undefined);
      const authorizationsOf = async (count: number) => {
        const ids: string[] = [];
        for (let i = 0; i < count; i++) ids.push((await api.authorize(credential, funded[i % funded.length]!.card.id, 10)).json().data.id);
        return ids;
      };
      const { settleBatch } = await import('../../src/modules/authorizations/service.js');
      const batches = { 1: await authorizationsOf(1), 10: await authorizationsOf(10), 60: await authorizationsOf(60) };
      const trips: Record<number, number> = {};
      for (const [size, ids] of Object.entries(batches)) {
        const items = ids.map((authorizationId, i) => ({
          organizationId: credential.organizationId,
          authorizationId,
          action: 'capture' as const,
          claim: { organizationId: credential.organizationId, key: `s-${size}-${i}`, canonical: authorizationId },
        }));
        trips[Number(size)] = await countRoundTrips(async () => {
          const outcomes = await harness.database.db.transaction((tx) => settleBatch(tx, vault, items, respond));
          expect(outcomes.every((o) => o.ok === true)).toBe(true);
        });
      }
      // BEGIN, key locks, stored keys, authorizations, accounts, journal, transactions (each updated and
      // read back in one statement), then balances, authorizations, counters, events and stored keys in
      // one statement, COMMIT.
      expect(trips).toEqual({ 1: 9, 10: 9, 60: 9 });
    });

    it('applies a batch in the same number of database round trips whatever its size', async () => {
      const credential = await harness.credential();
      const cards = await Promise.all(Array.from({ length: 20 }, () => fundedCard(credential, 100_000)));
      const roundTrips: Record<number, number> = {};
      for (const size of [1, 10, 100]) {
        const items = Array.from({ length: size }, (_, i) => command(credential, cards[i % cards.length]!.card.id, 10, `trips-${size}-${i}`));
        roundTrips[size] = await countRoundTrips(async () => {
          const outcomes = await harness.database.db.transaction((tx) => authorizeBatch(tx, vault, items, respond));
          expect(outcomes.every((o) => o.ok)).toBe(true);
        });
      }
      expect(roundTrips[10]).toBe(roundTrips[1]);
      expect(roundTrips[100]).toBe(roundTrips[1]);
      // BEGIN, key locks, stored keys, cards, accounts (locked; the ledger's, read apart from the cards'
      // since each module queries its own tables), then holds, transactions, authorizations, events with
      // their deliveries and the stored keys in one statement (db/batch-write.ts), COMMIT.
      expect(roundTrips[1]).toBe(7);
      const [{ held }] = (await queryRows<{ held: string }>(
        harness.database.db,
        sql`SELECT sum(held_amount)::text AS held FROM bank_accounts WHERE organization_id = ${credential.organizationId}`,
      )) as [{ held: string }];
      expect(Number(held)).toBe(10 * 111);
    });
  }
});
