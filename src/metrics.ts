import { timingSafeEqual, createHash } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { Config } from './config.js';
import type { Database } from './db/database.js';
import type { BatchObserver } from './db/group-commit.js';
import { AppError } from './errors/app-error.js';

/**
 * Prometheus metrics (SPEC §8), one registry per application so that several apps in one process (the
 * tests) never mix their figures. Labels have bounded values only: route patterns, never URLs; decline
 * reasons and kinds from fixed lists; no organization or credential ids (their number is unbounded).
 */
export class Metrics {
  readonly registry = new Registry();
  private readonly httpRequests = new Counter({
    name: 'linkcy_http_requests_total',
    help: 'HTTP requests answered, by method, route pattern and status.',
    labelNames: ['method', 'route', 'status'] as const,
    registers: [this.registry],
  });
  private readonly httpDuration = new Histogram({
    name: 'linkcy_http_request_duration_seconds',
    help: 'Time from the request’s arrival to its answer, by method, route pattern and status.',
    labelNames: ['method', 'route', 'status'] as const,
    buckets: [0.002, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [this.registry],
  });
  private readonly batchSize = new Histogram({
    name: 'linkcy_group_commit_batch_size',
    help: 'Commands applied together in one database transaction (group commit), by command.',
    labelNames: ['command'] as const,
    buckets: [1, 2, 4, 8, 16, 32, 64, 128, 256],
    registers: [this.registry],
  });
  private readonly batchWait = new Histogram({
    name: 'linkcy_group_commit_wait_seconds',
    help: 'Time a command waited in the queue before its batch began, by command.',
    labelNames: ['command'] as const,
    buckets: [0.0005, 0.001, 0.002, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 1],
    registers: [this.registry],
  });
  private readonly authorizations = new Counter({
    name: 'linkcy_card_authorizations_total',
    help: 'Card authorizations decided, by outcome and decline reason ("" when approved).',
    labelNames: ['outcome', 'reason'] as const,
    registers: [this.registry],
  });
  private readonly instantDecisions = new Histogram({
    name: 'linkcy_instant_transfer_decision_seconds',
    help: 'Instant transfers to other banks, from their dispatch to the rail until their decision was booked, by outcome (settled, rejected) and reason ("" when settled).',
    labelNames: ['outcome', 'reason'] as const,
    buckets: [0.05, 0.1, 0.25, 0.5, 1, 2, 4, 8, 10],
    registers: [this.registry],
  });
  private readonly moneyMoved = new Counter({
    name: 'linkcy_money_moved_minor_units_total',
    help: 'Money moved by committed journal entries, in minor units of the currency, by what moved it (db/money-moved.ts).',
    labelNames: ['kind', 'currency'] as const,
    registers: [this.registry],
  });
  private readonly webhookAttempts = new Counter({
    name: 'linkcy_webhook_attempts_total',
    help: 'Webhook delivery attempts, by result: success (2xx), http_error (another status), failed (no answer in time, refused address, connection error).',
    labelNames: ['result'] as const,
    registers: [this.registry],
  });
  private readonly webhookDuration = new Histogram({
    name: 'linkcy_webhook_attempt_duration_seconds',
    help: 'Time of a webhook delivery attempt, connection to last byte, by result.',
    labelNames: ['result'] as const,
    buckets: [0.01, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [this.registry],
  });

  constructor(database: Database, webhookQueue: (database: Database) => Promise<{ pending: number; due: number; oldestDueSeconds: number }>) {
    // Process memory, CPU, event-loop delay (nodejs_eventloop_lag_*), garbage collection, handles.
    collectDefaultMetrics({ register: this.registry });
    const pool = database.poolStats;
    new Gauge({
      name: 'linkcy_database_connections',
      help: 'Database connections by state: total open, idle, max (pool size), and requests waiting for one.',
      labelNames: ['state'] as const,
      registers: [this.registry],
      collect() {
        const stats = pool?.() ?? { total: 1, idle: 0, waiting: 0, max: 1 };
        for (const [state, value] of Object.entries(stats)) this.set({ state }, value);
      },
    });
    new Gauge({
      name: 'linkcy_webhook_queue_deliveries',
      help: 'Webhook deliveries not yet succeeded or given up: all pending, and those due now.',
      labelNames: ['state'] as const,
      registers: [this.registry],
      async collect() {
        // A scrape during a database outage still answers, without this gauge.
        const depth = await webhookQueue(database).catch(() => undefined);
        if (!depth) return;
        this.set({ state: 'pending' }, depth.pending);
        this.set({ state: 'due' }, depth.due);
      },
    });
    new Gauge({
      name: 'linkcy_webhook_oldest_due_delivery_seconds',
      help: 'How long the oldest webhook delivery that is due has waited for its attempt (0 when none is due): a stalled queue.',
      registers: [this.registry],
      async collect() {
        const depth = await webhookQueue(database).catch(() => undefined);
        if (depth) this.set(depth.oldestDueSeconds);
      },
    });
  }

  /** What GroupCommit reports for the command it batches. */
  batches(command: string): BatchObserver {
    return {
      batch: (size, waitsMs) => {
        this.batchSize.observe({ command }, size);
        for (const waitMs of waitsMs) this.batchWait.observe({ command }, waitMs / 1000);
      },
    };
  }

  authorization(outcome: string, reason: string | null) {
    this.authorizations.inc({ outcome, reason: reason ?? '' });
  }

  instantDecision(outcome: string, reason: string | null, seconds: number) {
    this.instantDecisions.observe({ outcome, reason: reason ?? '' }, seconds);
  }

  moved(kind: string, currency: string, amountMinor: number) {
    if (amountMinor > 0) this.moneyMoved.inc({ kind, currency }, amountMinor);
  }

  webhookAttempt(outcome: { status?: number | undefined; durationMs: number }) {
    const result = outcome.status === undefined ? 'failed' : outcome.status >= 200 && outcome.status < 300 ? 'success' : 'http_error';
    this.webhookAttempts.inc({ result });
    this.webhookDuration.observe({ result }, outcome.durationMs / 1000);
  }

  request(method: string, route: string, status: number, seconds: number) {
    const labels = { method, route, status: String(status) };
    this.httpRequests.inc(labels);
    this.httpDuration.observe(labels, seconds);
  }
}

/**
 * Counts every answered request, and serves /metrics on the API port (the Prometheus convention), behind
 * a bearer token when LINKCY_METRICS_TOKEN is set. With LINKCY_METRICS=off there is no such route.
 */
export function registerMetrics(app: FastifyInstance, metrics: Metrics, config: Config['metrics']) {
  app.addHook('onResponse', async (request, reply) => {
    metrics.request(request.method, request.routeOptions.url ?? 'unmatched', reply.statusCode, reply.elapsedTime / 1000);
  });
  if (!config.enabled) return;
  const expected = config.token ? createHash('sha256').update(config.token).digest() : undefined;
  app.get('/metrics', { schema: { hide: true } }, async (request, reply) => {
    if (expected) {
      const presented = /^Bearer (\S+)$/i.exec(request.headers.authorization ?? '')?.[1] ?? '';
      if (!timingSafeEqual(createHash('sha256').update(presented).digest(), expected)) {
        throw new AppError('metrics_token_invalid', 'Send `Authorization: Bearer <LINKCY_METRICS_TOKEN>`.', {
          headers: { 'WWW-Authenticate': 'Bearer realm="metrics"' },
        });
      }
    }
    reply.header('Content-Type', metrics.registry.contentType).header('Cache-Control', 'no-store');
    return metrics.registry.metrics();
  });
}
