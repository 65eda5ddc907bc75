import http from 'node:http';
import net from 'node:net';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { queryRows } from '../../src/db/database.js';
import { claimDue, recordOutcome, startDeliveryWorker, type DeliveryDeps } from '../../src/modules/webhooks/delivery.js';
import { webhookAttempts, webhookDeliveries } from '../../src/modules/webhooks/schema.js';
import type { IssuedCredential } from '../../src/modules/organizations/service.js';
import { Vault } from '../../src/vault/vault.js';
import { apiClient } from '../helpers/api-client.js';
import { describeEachEngine } from '../helpers/harness.js';
import { startReceiver } from '../helpers/receiver.js';

/** Servers that misbehave as the outside review's did: one trickles its answer, one never answers. */
async function startBadReceivers() {
  const timers = new Set<NodeJS.Timeout>();
  const trickle = http.createServer((_request, response) => {
    response.writeHead(200, { 'content-length': '1000' });
    response.write('x');
    const timer = setInterval(() => response.write('x'), 300);
    timers.add(timer);
    response.on('close', () => clearInterval(timer));
  });
  const sockets = new Set<net.Socket>();
  const hang = net.createServer((socket) => {
    sockets.add(socket);
    socket.on('error', () => {});
  });
  await Promise.all([
    new Promise<void>((resolve) => trickle.listen(0, '127.0.0.1', resolve)),
    new Promise<void>((resolve) => hang.listen(0, '127.0.0.1', resolve)),
  ]);
  return {
    trickleUrl: `http://127.0.0.1:${(trickle.address() as net.AddressInfo).port}/hooks`,
    hangUrl: `http://127.0.0.1:${(hang.address() as net.AddressInfo).port}/hooks`,
    async close() {
      for (const timer of timers) clearInterval(timer);
      for (const socket of sockets) socket.destroy();
      trickle.closeAllConnections();
      await Promise.all([new Promise((resolve) => trickle.close(resolve)), new Promise((resolve) => hang.close(resolve))]);
    },
  };
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

describeEachEngine('webhook delivery isolation', (harness) => {
  const api = apiClient(harness);
  let deps: DeliveryDeps;
  let bad: Awaited<ReturnType<typeof startBadReceivers>>;
  beforeAll(async () => {
    const keyring = harness.config.masterKeyring!;
    deps = { vault: await Vault.load(harness.database.db, keyring), policy: { allowPrivate: true }, leaseMs: 60_000, timeoutMs: 3_000 };
    bad = await startBadReceivers();
  });
  afterAll(() => bad.close());

  async function subscribe(credential: IssuedCredential, url: string) {
    const response = await harness.request(credential, {
      method: 'POST',
      url: '/webhooks',
      payload: { data: { type: 'webhookEndpoint', attributes: { url, events: ['entity.created'] } } },
    });
    expect(response.statusCode).toBe(201);
    return response.json().data.id as string;
  }

  it('keeps another organization’s deliveries flowing while one has a trickling and a hanging endpoint', async () => {
    const slowOrg = await harness.credential();
    const healthyOrg = await harness.credential();
    const trickleEndpoint = await subscribe(slowOrg, bad.trickleUrl);
    await subscribe(slowOrg, bad.hangUrl);
    const good = await startReceiver();
    await subscribe(healthyOrg, good.url);

    const stop = startDeliveryWorker(harness.database.db, deps, 50, (error) => {
      throw error;
    });
    try {
      // Organization A's backlog comes first and is due first.
      for (let i = 0; i < 15; i++) await api.customer(slowOrg);
      await new Promise((resolve) => setTimeout(resolve, 200));
      const sentAt = new Map<string, number>();
      for (let i = 0; i < 25; i++) {
        const entityId = await api.customer(healthyOrg);
        sentAt.set(entityId, Date.now());
        await new Promise((resolve) => setTimeout(resolve, 40));
      }
      const deadline = Date.now() + 10_000;
      while (good.received.length < 25 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 25));
      expect(good.received).toHaveLength(25);
      const latencies = good.received.map((entry) => entry.at - sentAt.get(JSON.parse(entry.body).data.id)!);
      expect(percentile(latencies, 99)).toBeLessThan(2000);

      // The trickling endpoint's attempts end at the total deadline and are recorded as failures.
      const until = Date.now() + 6_000;
      let trickled: { last_error: string | null; last_duration_ms: number | null; attempts: number }[] = [];
      while (Date.now() < until) {
        trickled = await queryRows(
          harness.database.db,
          sql`SELECT last_error, last_duration_ms, attempts FROM webhook_deliveries WHERE endpoint_id = ${trickleEndpoint} AND attempts > 0`,
        );
        if (trickled.length > 0) break;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      expect(trickled.length).toBeGreaterThan(0);
      expect(trickled[0]!.last_error).toBe('no complete answer within 3 s');
      expect(trickled[0]!.last_duration_ms).toBeGreaterThanOrEqual(2900);
      expect(trickled[0]!.last_duration_ms).toBeLessThan(4500);
    } finally {
      // Stopping abandons calls in flight instead of waiting out their deadlines.
      const stopping = Date.now();
      await stop();
      expect(Date.now() - stopping).toBeLessThan(1500);
      await good.close();
    }
  });

  it('gives another organization room at once while one organization’s 20 endpoints never answer', async () => {
    const slowOrg = await harness.credential();
    const healthyOrg = await harness.credential();
    for (let i = 0; i < 20; i++) await subscribe(slowOrg, `${bad.hangUrl}/${i}`);
    const good = await startReceiver();
    await subscribe(healthyOrg, good.url);
    // 20 endpoints × 4 calls each would fill all 64 of a process's calls; the organization gets 16.
    for (let i = 0; i < 5; i++) await api.customer(slowOrg);
    const stop = startDeliveryWorker(harness.database.db, deps, 50, (error) => {
      throw error;
    });
    try {
      await new Promise((resolve) => setTimeout(resolve, 300)); // the hanging calls are under way
      const sentAt = new Map<string, number>();
      for (let i = 0; i < 10; i++) {
        const entityId = await api.customer(healthyOrg);
        sentAt.set(entityId, Date.now());
      }
      const deadline = Date.now() + 8_000;
      while (good.received.length < 10 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 25));
      expect(good.received).toHaveLength(10);
      const latencies = good.received.map((entry) => entry.at - sentAt.get(JSON.parse(entry.body).data.id)!);
      // Without a share per organization every slot was the hanging ones' until their 3 s deadline.
      expect(Math.max(...latencies)).toBeLessThan(2000);
      const [inFlight] = await queryRows<{ n: number }>(
        harness.database.db,
        sql`SELECT count(*)::int AS n FROM webhook_deliveries WHERE organization_id = ${slowOrg.organizationId} AND lease_token IS NOT NULL AND status = 'pending' AND attempts = 0`,
      );
      expect(inFlight!.n).toBeLessThanOrEqual(16);
    } finally {
      await stop();
      await good.close();
    }
  });

  it('records concurrent 410 answers of one endpoint without a deadlock, each attempt counted', async () => {
    const credential = await harness.credential();
    const gone = await startReceiver(() => 410);
    const endpointId = await subscribe(credential, gone.url);
    for (let i = 0; i < 6; i++) await api.customer(credential);
    const claimed = (await claimDue(harness.database.db, deps, new Date(Date.now() + 1000), { limit: 1000 })).filter(
      (d) => d.endpointId === endpointId,
    );
    expect(claimed).toHaveLength(6);
    const later = new Date(Date.now() + 2000);
    const recorded = await Promise.all(
      claimed.map((delivery) => recordOutcome(harness.database.db, delivery, true, { status: 410, durationMs: 3 }, later)),
    );
    expect(recorded).toEqual(Array(6).fill(true));
    const rows = await harness.database.db.select().from(webhookDeliveries).where(eq(webhookDeliveries.endpointId, endpointId));
    expect(rows.map((row) => [row.status, row.attempts])).toEqual(Array(6).fill(['failed', 1]));
    await gone.close();
  });

  it('records an outcome only while the worker still holds the lease', async () => {
    const credential = await harness.credential();
    const good = await startReceiver();
    await subscribe(credential, good.url);
    await api.customer(credential);
    const [delivery] = await harness.database.db
      .select()
      .from(webhookDeliveries)
      .where(eq(webhookDeliveries.organizationId, credential.organizationId));
    const now = new Date(Date.now() + 1000);
    const [first] = (await claimDue(harness.database.db, deps, now, { limit: 1000 })).filter((claimed) => claimed.id === delivery!.id);
    expect(first).toBeDefined();
    // The first worker's lease runs out; a second worker claims the delivery.
    const later = new Date(now.getTime() + deps.leaseMs + 1);
    const [second] = (await claimDue(harness.database.db, deps, later, { limit: 1000 })).filter((claimed) => claimed.id === delivery!.id);
    expect(second!.leaseToken).not.toBe(first!.leaseToken);
    expect(await recordOutcome(harness.database.db, first!, true, { status: 204, durationMs: 5 }, later)).toBe(false);
    expect(await recordOutcome(harness.database.db, second!, true, { status: 204, durationMs: 5 }, later)).toBe(true);
    const attempts = await harness.database.db.select().from(webhookAttempts).where(eq(webhookAttempts.deliveryId, delivery!.id));
    expect(attempts).toHaveLength(1);
    const [row] = await harness.database.db.select().from(webhookDeliveries).where(eq(webhookDeliveries.id, delivery!.id));
    expect([row!.status, row!.attempts]).toEqual(['succeeded', 1]);
    await good.close();
  });
});
