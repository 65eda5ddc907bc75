import { lookup as dnsLookup } from 'node:dns';
import http from 'node:http';
import https from 'node:https';
import net from 'node:net';
import { randomUUID } from 'node:crypto';
import { and, eq, inArray, lte, sql } from 'drizzle-orm';
import { queryRows, type Db } from '../../db/database.js';
import { newId } from '../../domain/ids.js';
import type { Vault } from '../../vault/vault.js';
import { eventsByIds } from './events.js';
import { webhookAttempts, webhookDeliveries, webhookEndpoints } from './schema.js';
import { signedHeaders, signingSecrets, webhookMessageBody } from './service.js';
import { isForbiddenAddress, type UrlPolicy } from './url-guard.js';

/**
 * The webhook sender (SPEC §6, Standard Webhooks). Due deliveries are claimed with FOR UPDATE SKIP
 * LOCKED and leased (moving `next_attempt_at` ahead and stamping a lease token), in a short
 * transaction; the HTTP call happens outside any transaction, under a hard total deadline; the outcome
 * is recorded in another, only if the lease is still this worker's. A process that dies mid-call leaves
 * the lease to expire, and the delivery is sent again: at least once, never lost.
 *
 * Endpoints are isolated: the background worker keeps a few calls in flight per endpoint and many in
 * all, and claims more as each call ends, so a slow, hanging or failing endpoint holds only its own
 * slots and delays only its own deliveries.
 */
export const deliveryLimits = {
  /** A 2xx within this time is success (SPEC §6); the default of LINKCY_WEBHOOK_TIMEOUT_SECONDS. */
  timeoutMs: 10_000,
  /** 30 s doubling to an 8-hour cap: eighteen attempts span about three days. */
  retryBaseMs: 30_000,
  retryCapMs: 8 * 60 * 60 * 1000,
  attemptsMax: 18,
  /** Deliveries claimed at once by one worker. */
  batchSize: 20,
  /**
   * Calls in flight per endpoint, per organization, and in all, in one process: an organization's
   * slow or hanging endpoints can hold a quarter of the calls at most, so every other organization's
   * deliveries always find room at once.
   */
  inFlightPerEndpointMax: 4,
  inFlightPerOrganizationMax: 16,
  inFlightMax: 64,
  /** Bytes of a response body read (and discarded): enough to finish the exchange politely. */
  responseBytesMax: 16 * 1024,
} as const;

export interface DeliveryDeps {
  vault: Vault;
  policy: UrlPolicy;
  /** How long a claimed delivery is reserved for the worker that claimed it (LINKCY_WEBHOOK_LEASE_SECONDS). */
  leaseMs: number;
  /** The whole attempt's deadline, connection to last byte (LINKCY_WEBHOOK_TIMEOUT_SECONDS); less than the lease. */
  timeoutMs?: number;
  /** Told of every attempt's outcome (metrics). */
  observe?: (outcome: { status?: number | undefined; durationMs: number }) => void;
}

/** Exponential backoff with ±20 % jitter, so that many failed deliveries do not retry in lockstep. */
export function retryDelayMs(attempt: number, random = Math.random()): number {
  const base = Math.min(deliveryLimits.retryBaseMs * 2 ** (attempt - 1), deliveryLimits.retryCapMs);
  return Math.round(base * (0.8 + 0.4 * random));
}

export interface Outcome {
  status?: number;
  error?: string;
  durationMs: number;
  /** The worker stopped mid-call: nothing is recorded, the lease expires and the delivery is sent again. */
  abandoned?: boolean;
  /** No complete answer came within the deadline. */
  timedOut?: boolean;
  /** What the receiver answered (an authorization endpoint's decision; a webhook's answer is not kept). */
  body?: string;
}

/**
 * Where a signed message may be POSTed, checked again at each call (the URL was checked when registered,
 * but the policy may have changed since): an http(s) URL, https to a public address outside the sandbox.
 * The connection itself goes through `guardedLookup`, so a host name cannot resolve around the check.
 */
export function callTarget(url: string, policy: UrlPolicy): { target: URL; host: string; secure: boolean } | { refused: string } {
  let target: URL;
  try {
    target = new URL(url);
  } catch {
    return { refused: 'invalid URL' };
  }
  const host = target.hostname.replace(/^\[|\]$/g, '');
  const secure = target.protocol === 'https:';
  if ((!secure && target.protocol !== 'http:') || (!policy.allowPrivate && (!secure || (net.isIP(host) && isForbiddenAddress(host))))) {
    return { refused: 'target refused: not a public https URL' };
  }
  return { target, host, secure };
}

/** A DNS lookup that refuses non-public addresses, so the connection goes only where the check said. */
export function guardedLookup(policy: UrlPolicy): net.LookupFunction | undefined {
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

/**
 * POSTs one signed webhook message, on a connection of its own (authorization endpoints have their
 * own client, modules/decisions/endpoint-client.ts). The deadline is total: a receiver that answers
 * headers and then trickles its body (or never answers) is cut off at `timeoutMs` from the start,
 * whatever it sends meanwhile. What the receiver answers is read (at most responseBytesMax) and discarded.
 */
export function postSigned(
  url: string,
  headers: Record<string, string>,
  body: string,
  policy: UrlPolicy,
  timeoutMs: number,
  options: { stop?: AbortSignal | undefined } = {},
): Promise<Outcome> {
  const { stop } = options;
  const started = performance.now();
  const elapsed = () => Math.round(performance.now() - started);
  return new Promise((resolve) => {
    const checked = callTarget(url, policy);
    if ('refused' in checked) return resolve({ error: checked.refused, durationMs: 0 });
    const { target, secure } = checked;
    let settled = false;
    /** Ends this call's watch (its deadline, the worker's stop); false if it had ended already. */
    const settle = () => {
      if (settled) return false;
      settled = true;
      clearTimeout(deadline);
      stop?.removeEventListener('abort', onStop);
      return true;
    };
    const finish = (outcome: Outcome) => {
      if (!settle()) return;
      resolve(outcome);
      request.destroy();
    };
    const deadline = setTimeout(
      () => finish({ error: `no complete answer within ${timeoutMs / 1000} s`, durationMs: elapsed(), timedOut: true }),
      timeoutMs,
    );
    const onStop = () => finish({ error: 'worker stopped', durationMs: elapsed(), abandoned: true });
    stop?.addEventListener('abort', onStop);
    const client = secure ? https : http;
    const lookup = guardedLookup(policy);
    const request = client.request(
      target,
      {
        method: 'POST',
        headers: {
          ...headers,
          'content-type': 'application/json',
          'content-length': String(Buffer.byteLength(body)),
          'user-agent': 'Linkcy-Webhooks/1',
        },
        ...(lookup ? { lookup } : {}),
      },
      (response) => {
        // Redirects are not followed: a 3xx is a failed attempt like any other non-2xx answer.
        let read = 0;
        response.on('data', (chunk: Buffer) => {
          read += chunk.length;
          if (read > deliveryLimits.responseBytesMax) finish({ status: response.statusCode ?? 0, durationMs: elapsed() });
        });
        response.on('end', () => finish({ status: response.statusCode ?? 0, durationMs: elapsed() }));
        response.on('error', () => finish({ status: response.statusCode ?? 0, durationMs: elapsed() }));
      },
    );
    request.on('error', (error) => finish({ error: error.message.slice(0, 200), durationMs: elapsed() }));
    if (stop?.aborted) onStop();
    else request.end(body);
  });
}

type Claimed = typeof webhookDeliveries.$inferSelect & { leaseToken: string };

/**
 * Claims up to `limit` due deliveries, at most `perEndpoint` of any one endpoint (none of the endpoints
 * in `skipEndpoints`) and at most an organization's room (`organizationRoom`, else `perOrganization`),
 * so that neither one endpoint's nor one organization's backlog can fill a batch and starve the others
 * queued behind it.
 */
export async function claimDue(
  db: Db,
  deps: Pick<DeliveryDeps, 'leaseMs'>,
  now: Date,
  options: {
    limit?: number;
    perEndpoint?: number;
    skipEndpoints?: string[];
    perOrganization?: number;
    organizationRoom?: Record<string, number>;
  } = {},
): Promise<Claimed[]> {
  const limit = options.limit ?? deliveryLimits.batchSize;
  const perEndpoint = options.perEndpoint ?? limit;
  const perOrganization = options.perOrganization ?? limit;
  const rooms = JSON.stringify(options.organizationRoom ?? {});
  const skip = options.skipEndpoints ?? [];
  const leaseToken = randomUUID();
  return db.transaction(async (tx) => {
    const candidates = await queryRows<{ id: string }>(
      tx,
      sql`SELECT id FROM (
          SELECT id, next_attempt_at, organization_id,
                 row_number() OVER (PARTITION BY organization_id ORDER BY next_attempt_at, id) AS organization_rank
          FROM (
            SELECT id, next_attempt_at, organization_id, row_number() OVER (PARTITION BY endpoint_id ORDER BY next_attempt_at, id) AS rank
            FROM webhook_deliveries
            WHERE status = 'pending' AND next_attempt_at <= ${now}
              ${
                skip.length > 0
                  ? sql`AND endpoint_id NOT IN (${sql.join(
                      skip.map((id) => sql`${id}`),
                      sql`, `,
                    )})`
                  : sql``
              }
          ) due
          WHERE rank <= ${perEndpoint}
        ) fair
        WHERE organization_rank <= COALESCE((${rooms}::jsonb ->> organization_id)::int, ${perOrganization})
        ORDER BY next_attempt_at, id
        LIMIT ${limit}`,
    );
    if (candidates.length === 0) return [];
    const due = await tx
      .select()
      .from(webhookDeliveries)
      .where(
        and(
          inArray(
            webhookDeliveries.id,
            candidates.map((row) => row.id),
          ),
          eq(webhookDeliveries.status, 'pending'),
          lte(webhookDeliveries.nextAttemptAt, now),
        ),
      )
      .for('update', { skipLocked: true });
    if (due.length === 0) return [];
    await tx
      .update(webhookDeliveries)
      .set({ nextAttemptAt: new Date(now.getTime() + deps.leaseMs), leaseToken })
      .where(
        inArray(
          webhookDeliveries.id,
          due.map((delivery) => delivery.id),
        ),
      );
    return due.map((delivery) => ({ ...delivery, leaseToken }));
  });
}

/** Loads what the claimed deliveries need: their events and endpoints. */
async function loadTargets(db: Db, claimed: Claimed[]) {
  const eventRows = await eventsByIds(db, [...new Set(claimed.map((d) => d.eventId))]);
  const endpointRows = await db
    .select()
    .from(webhookEndpoints)
    .where(inArray(webhookEndpoints.id, [...new Set(claimed.map((d) => d.endpointId))]));
  return { events: new Map(eventRows.map((row) => [row.id, row])), endpoints: new Map(endpointRows.map((row) => [row.id, row])) };
}

/**
 * Sends one claimed delivery and records its outcome (unless the worker stopped mid-call). `now` signs
 * and stamps the attempt: the worker passes the real time, tests their own clock.
 */
async function attempt(
  db: Db,
  deps: DeliveryDeps,
  delivery: Claimed,
  targets: Awaited<ReturnType<typeof loadTargets>>,
  now: Date,
  stop?: AbortSignal,
): Promise<void> {
  const event = targets.events.get(delivery.eventId)!;
  const endpoint = targets.endpoints.get(delivery.endpointId)!;
  let outcome: Outcome;
  if (endpoint.status !== 'enabled') {
    outcome = { error: 'endpoint disabled', durationMs: 0 };
  } else {
    const body = webhookMessageBody({ id: event.id, type: event.type, timestamp: event.createdAt.toISOString(), data: event.data });
    const headers = signedHeaders(signingSecrets(endpoint, deps.vault, now), event.id, now, body);
    outcome = await postSigned(endpoint.url, headers, body, deps.policy, deps.timeoutMs ?? deliveryLimits.timeoutMs, { stop });
  }
  if (outcome.abandoned) return;
  if (endpoint.status === 'enabled') deps.observe?.(outcome);
  await recordOutcome(db, delivery, endpoint.status === 'enabled', outcome, now);
}

/**
 * Claims due deliveries, sends them, records the outcomes; returns how many were attempted. `now` is
 * injectable so that tests walk through the retry schedule without waiting.
 */
export async function deliverDue(db: Db, deps: DeliveryDeps, now: Date = new Date()): Promise<number> {
  const claimed = await claimDue(db, deps, now);
  if (claimed.length === 0) return 0;
  const targets = await loadTargets(db, claimed);
  await Promise.all(claimed.map((delivery) => attempt(db, deps, delivery, targets, now)));
  return claimed.length;
}

/**
 * Records an attempt, only while the delivery's lease is still the one this worker claimed: a worker
 * whose lease ran out (and whose delivery another worker has claimed since) records nothing, so no
 * attempt is counted twice or lost. Returns whether it recorded.
 */
export async function recordOutcome(db: Db, delivery: Claimed, endpointEnabled: boolean, outcome: Outcome, now: Date): Promise<boolean> {
  const attempts = delivery.attempts + 1;
  const succeeded = outcome.status !== undefined && outcome.status >= 200 && outcome.status < 300;
  const gone = outcome.status === 410;
  const exhausted = attempts >= deliveryLimits.attemptsMax;
  const status = succeeded ? 'succeeded' : gone || exhausted || !endpointEnabled ? 'failed' : 'pending';
  return db.transaction(async (tx) => {
    if (gone) {
      // 410 Gone: the receiver says this endpoint no longer exists. Stop sending to it. The endpoint row
      // is locked first, so two deliveries answered 410 at once queue on it instead of each holding its
      // own delivery row while waiting for the other's (a deadlock).
      await tx
        .update(webhookEndpoints)
        .set({ status: 'disabled', disabledReason: 'the endpoint answered 410 Gone', updatedAt: now })
        .where(eq(webhookEndpoints.id, delivery.endpointId));
    }
    // The lease token proves the claim (it is cleared once recorded); the status may meanwhile have been
    // set to failed by another delivery's 410, and this attempt still counts.
    const updated = await tx
      .update(webhookDeliveries)
      .set({
        status,
        attempts,
        nextAttemptAt: status === 'pending' ? new Date(now.getTime() + retryDelayMs(attempts)) : now,
        leaseToken: null,
        lastResponseStatus: outcome.status ?? null,
        lastError: outcome.error ?? (succeeded ? null : `HTTP ${outcome.status}`),
        lastDurationMs: outcome.durationMs,
        updatedAt: now,
      })
      .where(and(eq(webhookDeliveries.id, delivery.id), eq(webhookDeliveries.leaseToken, delivery.leaseToken)))
      .returning({ id: webhookDeliveries.id });
    if (updated.length === 0) return false;
    await tx.insert(webhookAttempts).values({
      id: newId('webhookAttempt'),
      deliveryId: delivery.id,
      attemptedAt: now,
      responseStatus: outcome.status ?? null,
      error: outcome.error ?? null,
      durationMs: outcome.durationMs,
    });
    if (gone) {
      await tx
        .update(webhookDeliveries)
        .set({ status: 'failed', lastError: 'endpoint disabled after 410 Gone', updatedAt: now })
        .where(and(eq(webhookDeliveries.endpointId, delivery.endpointId), eq(webhookDeliveries.status, 'pending')));
    }
    return true;
  });
}

/**
 * Runs deliveries in the background of a server process until stopped. Calls run concurrently, at
 * most `inFlightPerEndpointMax` per endpoint and `inFlightMax` in all; each ended call frees its slot
 * and triggers another claim, so no call waits for another endpoint's. Stopping abandons calls in
 * flight (their leases expire and they are sent again) instead of waiting out their deadlines.
 */
export function startDeliveryWorker(db: Db, deps: DeliveryDeps, intervalMs: number, onError: (error: Error) => void): () => Promise<void> {
  const perEndpoint = new Map<string, number>();
  const perOrganization = new Map<string, number>();
  const inFlight = new Set<Promise<void>>();
  const stop = new AbortController();
  let claiming: Promise<void> | undefined;
  let again = false;

  const release = (counts: Map<string, number>, id: string) => {
    const left = (counts.get(id) ?? 1) - 1;
    if (left <= 0) counts.delete(id);
    else counts.set(id, left);
  };

  const claimRound = async () => {
    for (;;) {
      const room = deliveryLimits.inFlightMax - inFlight.size;
      if (room <= 0 || stop.signal.aborted) return;
      const saturated = [...perEndpoint].filter(([, count]) => count >= deliveryLimits.inFlightPerEndpointMax).map(([id]) => id);
      const organizationRoom = Object.fromEntries(
        [...perOrganization].map(([id, count]) => [id, Math.max(0, deliveryLimits.inFlightPerOrganizationMax - count)]),
      );
      const claimed = await claimDue(db, deps, new Date(), {
        limit: Math.min(room, deliveryLimits.batchSize),
        perEndpoint: deliveryLimits.inFlightPerEndpointMax,
        skipEndpoints: saturated,
        perOrganization: deliveryLimits.inFlightPerOrganizationMax,
        organizationRoom,
      });
      if (claimed.length === 0) return;
      const targets = await loadTargets(db, claimed);
      for (const delivery of claimed) {
        perEndpoint.set(delivery.endpointId, (perEndpoint.get(delivery.endpointId) ?? 0) + 1);
        perOrganization.set(delivery.organizationId, (perOrganization.get(delivery.organizationId) ?? 0) + 1);
        const call: Promise<void> = attempt(db, deps, delivery, targets, new Date(), stop.signal)
          .catch(onError)
          .finally(() => {
            inFlight.delete(call);
            release(perEndpoint, delivery.endpointId);
            release(perOrganization, delivery.organizationId);
            tick();
          });
        inFlight.add(call);
      }
    }
  };

  const tick = () => {
    if (stop.signal.aborted) return;
    if (claiming) {
      again = true;
      return;
    }
    again = false;
    claiming = claimRound()
      .catch(onError)
      .finally(() => {
        claiming = undefined;
        if (again) tick();
      });
  };

  const timer = setInterval(tick, intervalMs);
  timer.unref();
  tick();
  return async () => {
    stop.abort();
    clearInterval(timer);
    await claiming;
    await Promise.allSettled([...inFlight]);
  };
}

/** Deliveries still to be made: all pending, and those due now (the worker's backlog), for metrics. */
export async function deliveryQueueDepth(db: Db, now = new Date()): Promise<{ pending: number; due: number; oldestDueSeconds: number }> {
  const [row] = await db
    .select({
      pending: sql<number>`count(*)::int`,
      due: sql<number>`(count(*) filter (where ${webhookDeliveries.nextAttemptAt} <= ${now}))::int`,
      // How long the oldest due delivery has waited: a stalled queue shows here while "due" alone may look small.
      oldestDueSeconds: sql<number>`coalesce(extract(epoch from ${now}::timestamptz - min(${webhookDeliveries.nextAttemptAt}) filter (where ${webhookDeliveries.nextAttemptAt} <= ${now})), 0)::float8`,
    })
    .from(webhookDeliveries)
    .where(eq(webhookDeliveries.status, 'pending'));
  return { pending: row?.pending ?? 0, due: row?.due ?? 0, oldestDueSeconds: Number(row?.oldestDueSeconds ?? 0) };
}
