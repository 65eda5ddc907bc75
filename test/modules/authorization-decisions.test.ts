import http from 'node:http';
import { sql } from 'drizzle-orm';
import { limits } from '../../src/config.js';
import type { AddressInfo } from 'node:net';
import { afterAll, expect, it } from 'vitest';
import { transaction } from '../../src/db/transaction.js';
import { authorize as authorizeInTransaction, precheckBatch, type AuthorizationCommand } from '../../src/modules/authorizations/service.js';
import { sign } from '../../src/modules/webhooks/service.js';
import { countRoundTrips } from '../helpers/round-trips.js';
import type { IssuedCredential } from '../../src/modules/organizations/service.js';
import { apiClient } from '../helpers/api-client.js';
import { describeEachEngine } from '../helpers/harness.js';

/**
 * Real-time authorization decisions (SPEC §10, issue 14): an organization's own server approves or
 * declines each authorization that passes Linkcy's checks, signed like a webhook, within its timeout,
 * else its fallback; nothing is locked or held while it thinks.
 */
type Answer = { status?: number; body?: string; delayMs?: number };

async function decisionServer(
  answer: (message: { id: string; data: { attributes: Record<string, unknown> } }) => Answer,
  /** Cut a kept-alive connection as its second request arrives (what a server closing an idle connection looks like to a client that just reused it). */
  options: { dropReusedConnections?: boolean } = {},
) {
  const received: { headers: Record<string, string>; body: string }[] = [];
  const requestsPerConnection = new Map<unknown, number>();
  const server = http.createServer((request, response) => {
    const served = (requestsPerConnection.get(request.socket) ?? 0) + 1;
    requestsPerConnection.set(request.socket, served);
    if (options.dropReusedConnections && served > 1) return request.socket.destroy();
    let body = '';
    request.on('data', (chunk) => (body += chunk));
    request.on('end', () => {
      received.push({ headers: request.headers as Record<string, string>, body });
      const { status = 200, body: reply = '', delayMs = 0 } = answer(JSON.parse(body));
      setTimeout(() => {
        if (!response.destroyed) response.writeHead(status, { 'content-type': 'application/json' }).end(reply);
      }, delayMs);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/decide`,
    received,
    connections: () => requestsPerConnection.size,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

describeEachEngine('real-time authorization decisions', (harness) => {
  const api = apiClient(harness);
  const servers: { close(): Promise<void> }[] = [];
  afterAll(async () => {
    await Promise.all(servers.map((server) => server.close()));
  });

  async function organizationWithEndpoint(
    answer: Parameters<typeof decisionServer>[0],
    attributes: Record<string, unknown> = {},
    serverOptions: Parameters<typeof decisionServer>[1] = {},
  ) {
    const server = await decisionServer(answer, serverOptions);
    servers.push(server);
    const credential = await harness.credential();
    const response = await harness.request(credential, {
      method: 'POST',
      url: '/authorization-endpoints',
      payload: { data: { type: 'authorizationEndpoint', attributes: { url: server.url, ...attributes } } },
    });
    expect(response.statusCode).toBe(201);
    const account = await api.account(credential);
    await api.fund(credential, account.attributes.iban, 10_000);
    const card = await api.card(credential, account.entityId);
    return { server, credential, account, card, endpoint: response.json().data };
  }

  async function authorize(credential: IssuedCredential, cardId: string, amount = 1_000, extra: Record<string, unknown> = {}) {
    const response = await harness.request(credential, {
      method: 'POST',
      url: '/simulations/card-authorizations',
      payload: {
        data: {
          type: 'authorization',
          attributes: { amount, currency: 'EUR', merchant: { name: 'Book Shop', mcc: '5942', city: 'Rennes', country: 'FR' }, ...extra },
          relationships: { card: { data: { type: 'card', id: cardId } } },
        },
      },
    });
    expect(response.statusCode).toBe(201);
    return response.json().data as {
      id: string;
      attributes: { status: string; declineReason: string | null; decision: { source: string; latencyMs: number } | null };
    };
  }

  it('registers one endpoint with its secret shown once, and refuses a second or a bad one', async () => {
    const { credential, endpoint, server } = await organizationWithEndpoint(() => ({ body: '{"decision":"approve"}' }));
    expect(endpoint).toMatchObject({
      type: 'authorizationEndpoint',
      attributes: { url: server.url, timeoutMs: 1500, fallback: 'decline', secret: expect.stringMatching(/^whsec_[A-Za-z0-9+/]{32}$/) },
      links: { self: `/authorization-endpoints/${endpoint.id}` },
    });
    const read = await harness.request(credential, { method: 'GET', url: `/authorization-endpoints/${endpoint.id}` });
    expect(read.json().data.attributes.secret).toBeUndefined();
    const list = await harness.request(credential, { method: 'GET', url: '/authorization-endpoints' });
    expect(list.json().data.map((item: { id: string }) => item.id)).toEqual([endpoint.id]);
    const second = await harness.request(credential, {
      method: 'POST',
      url: '/authorization-endpoints',
      payload: { data: { type: 'authorizationEndpoint', attributes: { url: server.url } } },
    });
    expect(second.statusCode).toBe(409);
    expect(second.json().errors[0].code).toBe('authorization_endpoint_exists');
    for (const [attributes, pointer] of [
      [{ url: server.url, timeoutMs: 99 }, '/data/attributes/timeoutMs'],
      [{ url: server.url, timeoutMs: 3001 }, '/data/attributes/timeoutMs'],
      [{ url: server.url, fallback: 'maybe' }, '/data/attributes/fallback'],
      [{ url: 'ftp://example.com/x' }, '/data/attributes/url'],
    ] as const) {
      const other = await harness.credential();
      const refused = await harness.request(other, {
        method: 'POST',
        url: '/authorization-endpoints',
        payload: { data: { type: 'authorizationEndpoint', attributes } },
      });
      expect(refused.statusCode, JSON.stringify(attributes)).toBe(422);
      expect(refused.json().errors[0].source).toEqual({ pointer });
    }
    const stranger = await harness.credential();
    expect((await harness.request(stranger, { method: 'GET', url: `/authorization-endpoints/${endpoint.id}` })).statusCode).toBe(404);
    expect((await harness.request(stranger, { method: 'DELETE', url: `/authorization-endpoints/${endpoint.id}` })).statusCode).toBe(404);
  });

  it('approves and declines as the endpoint answers, signed like a webhook, and never sends the PIN', async () => {
    const { credential, card, endpoint, server, account } = await organizationWithEndpoint((message) => ({
      body: JSON.stringify({ decision: (message.data.attributes.amount as number) > 3_000 ? 'decline' : 'approve' }),
    }));
    const small = await authorize(credential, card.id, 1_000);
    expect(small.attributes).toMatchObject({
      status: 'approved',
      declineReason: null,
      decision: { source: 'endpoint', latencyMs: expect.any(Number) },
    });
    const pin = (
      await harness.request(credential, {
        method: 'POST',
        url: `/cards/pin/${card.id}`,
        payload: { data: { type: 'cardPin', attributes: { pin: '4826' } } },
      })
    ).json().data.attributes.pin;
    expect(pin).toBe('4826');
    const large = await authorize(credential, card.id, 4_000, { pin });
    expect(large.attributes).toMatchObject({
      status: 'declined',
      declineReason: 'declined_by_client',
      decision: { source: 'endpoint', reason: null },
    });
    expect(await api.balance(credential, account.id)).toEqual({ current: 10_000, available: 9_000, pending: 1_000 });
    // What Linkcy declines itself never reaches the endpoint: a wrong PIN, more than the balance.
    expect((await authorize(credential, card.id, 500, { pin: '1357' })).attributes).toMatchObject({ declineReason: 'incorrect_pin', decision: null });
    expect((await authorize(credential, card.id, 9_500)).attributes).toMatchObject({ declineReason: 'insufficient_funds', decision: null });
    expect(server.received).toHaveLength(2);
    const [first, second] = server.received;
    const { id, timestamp } = { id: first!.headers['webhook-id']!, timestamp: Number(first!.headers['webhook-timestamp']) };
    expect(id).toBe(small.id);
    expect(first!.headers['webhook-signature']).toBe(sign(endpoint.attributes.secret, id, timestamp, first!.body));
    expect(JSON.parse(first!.body)).toEqual({
      id: small.id,
      type: 'authorization.request',
      timestamp: expect.any(String),
      data: {
        type: 'authorization',
        id: small.id,
        attributes: {
          amount: 1_000,
          currency: 'EUR',
          merchant: { name: 'Book Shop', mcc: '5942', city: 'Rennes', country: 'FR' },
          cardPresent: false,
        },
        relationships: { card: { data: { type: 'card', id: card.id } } },
      },
    });
    expect(JSON.parse(second!.body).data.attributes.cardPresent).toBe(true);
    expect(second!.body).not.toContain('4826');
  });

  it('applies the fallback when the endpoint is late, fails or answers nonsense, and Linkcy alone once it is deleted', async () => {
    const answers: Answer[] = [
      { delayMs: 600, body: '{"decision":"decline"}' },
      { status: 500, body: '{"decision":"decline"}' },
      { body: 'decline' },
      { body: '{"decision":"no"}' },
    ];
    let call = 0;
    const { credential, card, endpoint, server } = await organizationWithEndpoint(() => answers[call++] ?? { body: '{"decision":"decline"}' }, {
      timeoutMs: 200,
      fallback: 'approve',
    });
    const reasons = ['timeout', 'http_error', 'invalid_answer', 'invalid_answer'];
    for (let i = 0; i < answers.length; i++) {
      const started = Date.now();
      const outcome = await authorize(credential, card.id, 100);
      expect(outcome.attributes, `answer ${i}`).toMatchObject({ status: 'approved', decision: { source: 'fallback', reason: reasons[i] } });
      if (i === 0) {
        expect(outcome.attributes.decision!.latencyMs).toBeGreaterThanOrEqual(190);
        expect(Date.now() - started).toBeLessThan(600);
      }
    }
    expect(server.received).toHaveLength(4);
    expect((await harness.request(credential, { method: 'DELETE', url: `/authorization-endpoints/${endpoint.id}` })).statusCode).toBe(204);
    expect((await authorize(credential, card.id, 100)).attributes).toMatchObject({ status: 'approved', decision: null });
    expect(server.received).toHaveLength(4);
    // Nobody listening: the fallback (here a decline) says so, rather than a decline the client never made.
    const closed = await organizationWithEndpoint(() => ({ body: '{"decision":"approve"}' }), {
      url: 'http://127.0.0.1:9/decide',
      timeoutMs: 1000,
      fallback: 'decline',
    });
    expect((await authorize(closed.credential, closed.card.id, 100)).attributes).toMatchObject({
      status: 'declined',
      declineReason: 'declined_by_client',
      decision: { source: 'fallback', reason: 'unreachable' },
    });
  });

  it('never approves what the endpoint was not asked about: a precheck’s decline holds if the money arrives before the batch', async () => {
    const { server, credential, account, card } = await organizationWithEndpoint(() => ({ body: '{"decision":"approve"}' }));
    // Over the balance: Linkcy declines, and the endpoint hears nothing of it.
    expect((await authorize(credential, card.id, 20_000)).attributes).toMatchObject({
      status: 'declined',
      declineReason: 'insufficient_funds',
      decision: null,
    });
    // The race, played in order: the precheck found too little (or no card), so nobody was asked; by
    // the time the batch runs, 5,000 fits in the balance.
    const request = { cardId: card.id, amount: 5_000, currency: 'EUR', merchant: { name: 'Kiosk', mcc: '5994' } };
    const batch = (asked: Pick<AuthorizationCommand, 'unasked'>) =>
      transaction(harness.database.db, (tx) => authorizeInTransaction(tx, credential.organizationId, request, 600, undefined, asked));
    expect(await batch({ unasked: 'insufficient_funds' })).toMatchObject({
      status: 'declined',
      declineReason: 'insufficient_funds',
      transactionId: null,
      decision: null,
    });
    await expect(batch({ unasked: 'card_not_found' })).rejects.toMatchObject({ details: [{ code: 'card_not_found' }] });
    expect(await api.balance(credential, account.id)).toEqual({ current: 10_000, available: 10_000, pending: 0 });
    expect(server.received).toHaveLength(0);
    // The same request with nothing withheld passes (the declines above were the precheck's, not the balance's).
    expect(await batch({})).toMatchObject({ status: 'approved', declineReason: null });
    expect(await api.balance(credential, account.id)).toEqual({ current: 10_000, available: 5_000, pending: 5_000 });
  });

  it('holds no connection while endpoints think: 200 authorizations waiting on a slow endpoint starve nothing else', async () => {
    const { credential, card } = await organizationWithEndpoint(() => ({ delayMs: 1_200, body: '{"decision":"approve"}' }), {
      timeoutMs: 3_000,
      fallback: 'approve',
    });
    const waiting = Promise.all(Array.from({ length: 200 }, () => authorize(credential, card.id, 10)));
    await new Promise((resolve) => setTimeout(resolve, 200));
    // Meanwhile another organization's reads and money commands go through at once.
    const other = await harness.credential();
    const started = Date.now();
    const account = await api.account(other);
    await api.fund(other, account.attributes.iban, 1_000);
    const otherCard = await api.card(other, account.entityId);
    expect((await authorize(other, otherCard.id, 100)).attributes.status).toBe('approved');
    expect(Date.now() - started).toBeLessThan(1_000);
    const outcomes = await waiting;
    // Every one was decided (on a loaded machine a few may meet the deadline and take the fallback).
    expect(outcomes.every((outcome) => outcome.attributes.status === 'approved' && outcome.attributes.decision !== null)).toBe(true);
    expect(outcomes.filter((outcome) => outcome.attributes.decision?.source === 'endpoint').length).toBeGreaterThan(100);
  });
  it('asks over one kept-alive connection, and asks again on a new one when the server has just closed it', async () => {
    const steady = await organizationWithEndpoint(() => ({ body: '{"decision":"approve"}' }));
    for (let i = 0; i < 3; i++) expect((await authorize(steady.credential, steady.card.id, 100)).attributes.decision?.source).toBe('endpoint');
    expect(steady.server.received).toHaveLength(3);
    expect(steady.server.connections()).toBe(1);

    const closing = await organizationWithEndpoint(() => ({ body: '{"decision":"approve"}' }), {}, { dropReusedConnections: true });
    const first = await authorize(closing.credential, closing.card.id, 100);
    const second = await authorize(closing.credential, closing.card.id, 100);
    expect([first.attributes.status, second.attributes.status]).toEqual(['approved', 'approved']);
    expect(second.attributes.decision?.source).toBe('endpoint');
    expect(closing.server.received).toHaveLength(2);
    expect(closing.server.connections()).toBe(2);
  });
  it('does not ask again about a replayed Idempotency-Key: the stored answer is replayed', async () => {
    const { server, credential, card } = await organizationWithEndpoint(() => ({ body: '{"decision":"decline"}' }));
    const send = () =>
      harness.request(credential, {
        method: 'POST',
        url: '/simulations/card-authorizations',
        headers: { 'idempotency-key': 'purchase-7' },
        payload: {
          data: {
            type: 'authorization',
            attributes: { amount: 700, currency: 'EUR', merchant: { name: 'Book Shop', mcc: '5942' } },
            relationships: { card: { data: { type: 'card', id: card.id } } },
          },
        },
      });
    const first = await send();
    const replay = await send();
    expect(first.statusCode).toBe(201);
    expect(first.json().data.attributes).toMatchObject({ status: 'declined', declineReason: 'declined_by_client' });
    expect(replay.statusCode).toBe(201);
    expect(replay.headers['idempotent-replayed']).toBe('true');
    expect(replay.body).toBe(first.body);
    expect(server.received).toHaveLength(1);
    // A stored answer in its last minute is asked about like a new key, for it might expire before the
    // authorization's batch, which would then apply it without the endpoint; still there, it is replayed.
    await harness.database.db.execute(
      sql`UPDATE idempotency_keys SET created_at = now() - make_interval(secs => ${limits.idempotencyKeyTtlMs / 1000 - 30})
          WHERE organization_id = ${credential.organizationId} AND key = 'purchase-7'`,
    );
    const lastMinute = await send();
    expect(lastMinute.headers['idempotent-replayed']).toBe('true');
    expect(lastMinute.body).toBe(first.body);
    expect(server.received).toHaveLength(2);
  });

  it('asks once about concurrent duplicates of one Idempotency-Key: one question, one authorization', async () => {
    const { server, credential, card, account } = await organizationWithEndpoint(() => ({ delayMs: 150, body: '{"decision":"approve"}' }));
    const send = () =>
      harness.request(credential, {
        method: 'POST',
        url: '/simulations/card-authorizations',
        headers: { 'idempotency-key': 'purchase-dup' },
        payload: {
          data: {
            type: 'authorization',
            attributes: { amount: 700, currency: 'EUR', merchant: { name: 'Book Shop', mcc: '5942' } },
            relationships: { card: { data: { type: 'card', id: card.id } } },
          },
        },
      });
    const answers = await Promise.all([send(), send(), send(), send(), send()]);
    expect(server.received).toHaveLength(1);
    const created = answers.filter((answer) => answer.statusCode === 201);
    expect(created.length).toBeGreaterThanOrEqual(1);
    expect(new Set(created.map((answer) => answer.json().data.id)).size).toBe(1);
    for (const answer of answers.filter((one) => one.statusCode !== 201)) {
      expect(answer.statusCode).toBe(409);
      expect(answer.json().errors[0].code).toBe('idempotency_key_in_use');
    }
    // One hold, whatever each duplicate was told.
    expect(await api.balance(credential, account.id)).toEqual({ current: 10_000, available: 9_300, pending: 700 });
  });

  // Round trips are counted through pg, so on PostgreSQL.
  if (harness.engine === 'postgres') {
    it('prechecks any number of concurrent authorizations in the same few statements', async () => {
      const credential = await harness.credential();
      const account = await api.account(credential);
      await api.fund(credential, account.attributes.iban, 10_000);
      const card = await api.card(credential, account.entityId);
      const request = { cardId: card.id, amount: 100, currency: 'EUR', merchant: { name: 'Kiosk', mcc: '5994' } };
      const trips: Record<string, number> = {};
      for (const size of [1, 10, 50]) {
        for (const keyed of [false, true]) {
          const items = Array.from({ length: size }, (_, i) => ({
            organizationId: credential.organizationId,
            request,
            claim: keyed ? { organizationId: credential.organizationId, key: `precheck-${size}-${i}`, canonical: '{}' } : undefined,
          }));
          trips[`${keyed ? 'keyed' : 'plain'} ${size}`] = await countRoundTrips(async () => {
            const outcomes = await precheckBatch(harness.database.db, harness.app.vault, items);
            expect(outcomes).toEqual(items.map(() => ({ ok: true, value: undefined })));
          });
        }
      }
      // The cards with their counters, then their accounts; with Idempotency-Keys, the answered keys first.
      expect(trips).toEqual({ 'plain 1': 2, 'keyed 1': 3, 'plain 10': 2, 'keyed 10': 3, 'plain 50': 2, 'keyed 50': 3 });
    });
  }
});
