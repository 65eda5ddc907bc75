import { createHash } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { buildApp } from '../../src/app.js';
import { queryRows } from '../../src/db/database.js';
import { apiClient } from '../helpers/api-client.js';
import { describeEachEngine } from '../helpers/harness.js';

/** Idempotency keys that protect responses holding secrets (outside review, issue 10 items 1 and 8). */
describeEachEngine('idempotency of secret-bearing commands', (harness) => {
  const api = apiClient(harness);

  async function storedFingerprint(key: string) {
    const [row] = await queryRows<{ request_hash: string }>(harness.database.db, sql`SELECT request_hash FROM idempotency_keys WHERE key = ${key}`);
    return row!.request_hash;
  }

  it('stores a keyed fingerprint: trying every PIN against it recovers nothing', async () => {
    const credential = await harness.credential();
    const account = await api.account(credential);
    const card = await api.card(credential, account.entityId);
    const url = `/cards/pin/${card.id}`;
    const payload = { data: { type: 'cardPin', attributes: { pin: '4826' } } };
    const reset = await harness.request(credential, { method: 'POST', url, payload, headers: { 'idempotency-key': 'chosen-pin' } });
    expect(reset.statusCode).toBe(200);

    const stored = await storedFingerprint('chosen-pin');
    expect(stored).toMatch(/^h1:[0-9a-f]{64}$/);
    // The attack the review ran: hash each candidate request the way an unkeyed fingerprint would.
    const recovered = [];
    for (let candidate = 0; candidate < 10_000; candidate++) {
      const pin = String(candidate).padStart(4, '0');
      const text = `POST ${url}\n${JSON.stringify({ data: { type: 'cardPin', attributes: { pin } } })}`;
      const digest = createHash('sha256').update(text).digest('hex');
      if (stored.includes(digest)) recovered.push(pin);
    }
    expect(recovered).toEqual([]);

    // The key still does its job: the same request replays, another is refused.
    const replay = await harness.request(credential, { method: 'POST', url, payload, headers: { 'idempotency-key': 'chosen-pin' } });
    expect(replay.statusCode).toBe(200);
    expect(replay.headers['idempotent-replayed']).toBe('true');
    expect(replay.body).toBe(reset.body);
    const other = await harness.request(credential, {
      method: 'POST',
      url,
      payload: { data: { type: 'cardPin', attributes: { pin: '4827' } } },
      headers: { 'idempotency-key': 'chosen-pin' },
    });
    expect(other.statusCode).toBe(422);
    expect(other.json().errors[0].code).toBe('idempotency_key_reused');
  });

  it('upgrades plain fingerprints written before, and keeps replaying them', async () => {
    const credential = await harness.credential();
    const entityId = await api.customer(credential);
    const url = `/bank/accounts/`;
    const payload = { data: { type: 'bankAccount', relationships: { entity: { data: { type: 'entity', id: entityId } } } } };
    const first = await harness.request(credential, { method: 'POST', url, payload, headers: { 'idempotency-key': 'legacy-row' } });
    expect(first.statusCode).toBe(201);
    // Make the row look as an older server wrote it: a plain SHA-256 of method, URL and body.
    const plain = createHash('sha256')
      .update(`POST ${url}\n${JSON.stringify(payload)}`)
      .digest('hex');
    await harness.database.db.execute(sql`UPDATE idempotency_keys SET request_hash = ${plain} WHERE key = 'legacy-row'`);

    // A server starting on this database rewrites it.
    const second = await buildApp({ config: harness.config, database: harness.database });
    await second.close();
    const upgraded = await storedFingerprint('legacy-row');
    expect(upgraded).toMatch(/^h0:[0-9a-f]{64}$/);
    expect(upgraded).not.toContain(plain);

    const replay = await harness.request(credential, { method: 'POST', url, payload, headers: { 'idempotency-key': 'legacy-row' } });
    expect(replay.statusCode).toBe(201);
    expect(replay.headers['idempotent-replayed']).toBe('true');
    expect(replay.body).toBe(first.body);
  });

  it('deletes keys past their 24 hours', async () => {
    const credential = await harness.credential();
    await api.customer(credential);
    const entity = await harness.request(credential, {
      method: 'POST',
      url: '/webhooks',
      payload: { data: { type: 'webhookEndpoint', attributes: { url: 'http://127.0.0.1:9/hooks', events: ['*'] } } },
      headers: { 'idempotency-key': 'old-key' },
    });
    expect(entity.statusCode).toBe(201);
    await harness.database.db.execute(sql`UPDATE idempotency_keys SET created_at = now() - interval '25 hours' WHERE key = 'old-key'`);
    const { deleteExpiredIdempotencyKeys } = await import('../../src/commands/idempotency.js');
    await deleteExpiredIdempotencyKeys(harness.database.db);
    expect(await queryRows(harness.database.db, sql`SELECT 1 FROM idempotency_keys WHERE key = 'old-key'`)).toEqual([]);
  });

  it('replays a secret only to the credential that caused it', async () => {
    const organization = `Replay org ${Date.now()}`;
    const admin = await harness.credential(organization, ['cards:sensitive']);
    const plain = await harness.credential(organization, []);
    const created = await harness.request(admin, {
      method: 'POST',
      url: '/webhooks',
      payload: { data: { type: 'webhookEndpoint', attributes: { url: 'http://127.0.0.1:9/hooks', events: ['*'] } } },
    });
    expect(created.statusCode).toBe(201);
    const webhookId = created.json().data.id;
    const key = { 'idempotency-key': 'rotate-1' };
    const rotated = await harness.request(admin, { method: 'POST', url: `/webhooks/${webhookId}/rotate-secret`, headers: key });
    expect(rotated.statusCode).toBe(200);
    const secret = rotated.json().data.attributes.secret as string;
    expect(secret).toMatch(/^whsec_/);

    const stolen = await harness.request(plain, { method: 'POST', url: `/webhooks/${webhookId}/rotate-secret`, headers: key });
    expect(stolen.statusCode).toBe(422);
    expect(stolen.json().errors[0].code).toBe('idempotency_key_reused');
    expect(stolen.body).not.toContain(secret);

    // And a PIN reset replayed by a credential without cards:sensitive is refused like the original would be.
    const account = await api.account(admin);
    const card = await api.card(admin, account.entityId);
    const pinKey = { 'idempotency-key': 'pin-2' };
    expect((await harness.request(admin, { method: 'POST', url: `/cards/pin/${card.id}`, headers: pinKey })).statusCode).toBe(200);
    const refused = await harness.request(plain, { method: 'POST', url: `/cards/pin/${card.id}`, headers: pinKey });
    expect(refused.statusCode).toBe(403);
    expect(refused.json().errors[0].code).toBe('insufficient_scope');
  });

  it('replays a PIN reset after the card was closed (the key is claimed before the card is looked up)', async () => {
    const credential = await harness.credential();
    const account = await api.account(credential);
    const card = await api.card(credential, account.entityId);
    const key = { 'idempotency-key': 'pin-before-close' };
    const first = await harness.request(credential, { method: 'POST', url: `/cards/pin/${card.id}`, headers: key });
    expect(first.statusCode).toBe(200);
    const closed = await harness.request(credential, {
      method: 'POST',
      url: `/cards/${card.id}/close`,
      payload: { data: { type: 'card', attributes: { reason: 'lost' } } },
    });
    expect(closed.statusCode).toBe(200);
    const replay = await harness.request(credential, { method: 'POST', url: `/cards/pin/${card.id}`, headers: key });
    expect(replay.statusCode).toBe(200);
    expect(replay.headers['idempotent-replayed']).toBe('true');
    expect(replay.body).toBe(first.body);
  });
});
