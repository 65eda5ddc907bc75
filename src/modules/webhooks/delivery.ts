import { lookup as dnsLookup } from 'node:dns';
import http from 'node:http';
import https from 'node:https';
import net from 'node:net';
import { and, eq, inArray, lte } from 'drizzle-orm';
import type { Db } from '../../db/database.js';
import { newId } from '../../domain/ids.js';
import type { Vault } from '../../vault/vault.js';
import { events } from '../events/schema.js';
import { webhookAttempts, webhookDeliveries, webhookEndpoints } from './schema.js';
import { sign, signingSecrets } from './service.js';
import { isForbiddenAddress, type UrlPolicy } from './url-guard.js';

/**
 * The webhook sender (SPEC §6, Standard Webhooks). Due deliveries are claimed with FOR UPDATE SKIP
 * LOCKED and leased by moving `next_attempt_at` ahead, in a short transaction; the HTTP call happens
 * outside any transaction; the outcome is recorded in another. A process that dies mid-call leaves the
 * lease to expire, and the delivery is sent again: at least once, never lost.
 */
export const deliveryLimits = {
  /** A 2xx within this time is success (SPEC §6). */
  timeoutMs: 10_000,
  /** 30 s doubling to an 8-hour cap: eighteen attempts span about three days. */
  retryBaseMs: 30_000,
  retryCapMs: 8 * 60 * 60 * 1000,
  attemptsMax: 18,
  /** Deliveries claimed per batch by one worker. */
  batchSize: 20,
  /** Bytes of a response body read (and discarded): enough to finish the exchange politely. */
  responseBytesMax: 16 * 1024,
} as const;

export interface DeliveryDeps {
  vault: Vault;
  policy: UrlPolicy;
  /** How long a claimed delivery is reserved for the worker that claimed it (LINKCY_WEBHOOK_LEASE_SECONDS). */
  leaseMs: number;
}

/** Exponential backoff with ±20 % jitter, so that many failed deliveries do not retry in lockstep. */
export function retryDelayMs(attempt: number, random = Math.random()): number {
  const base = Math.min(deliveryLimits.retryBaseMs * 2 ** (attempt - 1), deliveryLimits.retryCapMs);
  return Math.round(base * (0.8 + 0.4 * random));
}

interface Outcome {
  status?: number;
  error?: string;
  durationMs: number;
}

/** A DNS lookup that refuses non-public addresses, so the connection goes only where the check said. */
function guardedLookup(policy: UrlPolicy): net.LookupFunction | undefined {
  if (policy.allowPrivate) return undefined;
  return (hostname, options, callback) => {
    dnsLookup(hostname, { ...options, all: true }, (error, addresses) => {
      if (error) return callback(error, '', 4);
      const list = addresses as unknown as { address: string; family: number }[];
      const refused = list.find(({ address }) => isForbiddenAddress(address));
      if (refused || list.length === 0) return callback(new Error('the host resolves to a non-public address'), '', 4);
      if ((options as { all?: boolean }).all) return (callback as unknown as (e: null, a: typeof list) => void)(null, list);
      return callback(null, list[0]!.address, list[0]!.family);
    });
  };
}

function post(url: string, headers: Record<string, string>, body: string, policy: UrlPolicy): Promise<Outcome> {
  const started = performance.now();
  const elapsed = () => Math.round(performance.now() - started);
  return new Promise((resolve) => {
    let target: URL;
    try {
      target = new URL(url);
    } catch {
      return resolve({ error: 'invalid URL', durationMs: 0 });
    }
    const host = target.hostname.replace(/^\[|\]$/g, '');
    if (!policy.allowPrivate && (target.protocol !== 'https:' || (net.isIP(host) && isForbiddenAddress(host)))) {
      return resolve({ error: 'target refused: not a public https URL', durationMs: 0 });
    }
    const client = target.protocol === 'https:' ? https : http;
    const lookup = guardedLookup(policy);
    const request = client.request(
      target,
      {
        method: 'POST',
        headers: { ...headers, 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(body)), 'user-agent': 'Linkcy-Webhooks/1' },
        timeout: deliveryLimits.timeoutMs,
        ...(lookup ? { lookup } : {}),
      },
      (response) => {
        // Redirects are not followed: a 3xx is a failed attempt like any other non-2xx answer.
        let read = 0;
        response.on('data', (chunk: Buffer) => {
          read += chunk.length;
          if (read > deliveryLimits.responseBytesMax) response.destroy();
        });
        response.on('close', () => resolve({ status: response.statusCode ?? 0, durationMs: elapsed() }));
        response.on('error', () => resolve({ status: response.statusCode ?? 0, durationMs: elapsed() }));
      },
    );
    request.on('timeout', () => request.destroy(new Error(`no answer within ${deliveryLimits.timeoutMs / 1000} s`)));
    request.on('error', (error) => resolve({ error: error.message.slice(0, 200), durationMs: elapsed() }));
    request.end(body);
  });
}

/**
 * Claims due deliveries, sends them, records the outcomes; returns how many were attempted. `now` is
 * injectable so that tests walk through the retry schedule without waiting.
 */
export async function deliverDue(db: Db, deps: DeliveryDeps, now: Date = new Date()): Promise<number> {
  const claimed = await db.transaction(async (tx) => {
    const due = await tx
      .select()
      .from(webhookDeliveries)
      .where(and(eq(webhookDeliveries.status, 'pending'), lte(webhookDeliveries.nextAttemptAt, now)))
      .orderBy(webhookDeliveries.nextAttemptAt)
      .limit(deliveryLimits.batchSize)
      .for('update', { skipLocked: true });
    if (due.length === 0) return [];
    await tx
      .update(webhookDeliveries)
      .set({ nextAttemptAt: new Date(now.getTime() + deps.leaseMs) })
      .where(inArray(webhookDeliveries.id, due.map((delivery) => delivery.id)));
    return due;
  });
  if (claimed.length === 0) return 0;

  const eventRows = await db.select().from(events).where(inArray(events.id, [...new Set(claimed.map((d) => d.eventId))]));
  const endpointRows = await db.select().from(webhookEndpoints).where(inArray(webhookEndpoints.id, [...new Set(claimed.map((d) => d.endpointId))]));
  const eventsById = new Map(eventRows.map((row) => [row.id, row]));
  const endpointsById = new Map(endpointRows.map((row) => [row.id, row]));

  await Promise.all(
    claimed.map(async (delivery) => {
      const event = eventsById.get(delivery.eventId)!;
      const endpoint = endpointsById.get(delivery.endpointId)!;
      let outcome: Outcome;
      if (endpoint.status !== 'enabled') {
        outcome = { error: 'endpoint disabled', durationMs: 0 };
      } else {
        const body = JSON.stringify({ id: event.id, type: event.type, timestamp: event.createdAt.toISOString(), data: event.data });
        const timestamp = Math.floor(now.getTime() / 1000);
        const signature = signingSecrets(endpoint, deps.vault, now)
          .map((secret) => sign(secret, event.id, timestamp, body))
          .join(' ');
        outcome = await post(endpoint.url, { 'webhook-id': event.id, 'webhook-timestamp': String(timestamp), 'webhook-signature': signature }, body, deps.policy);
      }
      await record(db, delivery, endpoint.status === 'enabled', outcome, now);
    }),
  );
  return claimed.length;
}

async function record(db: Db, delivery: typeof webhookDeliveries.$inferSelect, endpointEnabled: boolean, outcome: Outcome, now: Date) {
  const attempts = delivery.attempts + 1;
  const succeeded = outcome.status !== undefined && outcome.status >= 200 && outcome.status < 300;
  const gone = outcome.status === 410;
  const exhausted = attempts >= deliveryLimits.attemptsMax;
  const status = succeeded ? 'succeeded' : gone || exhausted || !endpointEnabled ? 'failed' : 'pending';
  await db.transaction(async (tx) => {
    await tx.insert(webhookAttempts).values({
      id: newId('webhookAttempt'),
      deliveryId: delivery.id,
      attemptedAt: now,
      responseStatus: outcome.status ?? null,
      error: outcome.error ?? null,
      durationMs: outcome.durationMs,
    });
    await tx
      .update(webhookDeliveries)
      .set({
        status,
        attempts,
        nextAttemptAt: status === 'pending' ? new Date(now.getTime() + retryDelayMs(attempts)) : now,
        lastResponseStatus: outcome.status ?? null,
        lastError: outcome.error ?? (succeeded ? null : `HTTP ${outcome.status}`),
        lastDurationMs: outcome.durationMs,
        updatedAt: now,
      })
      .where(eq(webhookDeliveries.id, delivery.id));
    if (gone) {
      // 410 Gone: the receiver says this endpoint no longer exists. Stop sending to it.
      await tx
        .update(webhookEndpoints)
        .set({ status: 'disabled', disabledReason: 'the endpoint answered 410 Gone', updatedAt: now })
        .where(eq(webhookEndpoints.id, delivery.endpointId));
      await tx
        .update(webhookDeliveries)
        .set({ status: 'failed', lastError: 'endpoint disabled after 410 Gone', updatedAt: now })
        .where(and(eq(webhookDeliveries.endpointId, delivery.endpointId), eq(webhookDeliveries.status, 'pending')));
    }
  });
}

/** Runs deliveries in the background of a server process until stopped. */
export function startDeliveryWorker(db: Db, deps: DeliveryDeps, intervalMs: number, onError: (error: Error) => void): () => Promise<void> {
  let running: Promise<void> | undefined;
  let stopped = false;
  const tick = () => {
    if (running || stopped) return;
    running = (async () => {
      // Drain what is due, then wait for the next tick.
      while (!stopped && (await deliverDue(db, deps)) > 0);
    })()
      .catch(onError)
      .finally(() => {
        running = undefined;
      });
  };
  const timer = setInterval(tick, intervalMs);
  timer.unref();
  tick();
  return async () => {
    stopped = true;
    clearInterval(timer);
    await running;
  };
}
