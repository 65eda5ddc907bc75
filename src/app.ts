import { docsRoutes } from './docs/site.js';
import { STATUS_CODES } from 'node:http';
import type { Duplex } from 'node:stream';
import { z } from 'zod';
import Fastify, { LogController, type FastifyBaseLogger, type FastifyInstance, type FastifyServerOptions } from 'fastify';
import { deleteExpiredIdempotencyKeys, upgradeIdempotencyFingerprints } from './commands/idempotency.js';
import type { AppContext } from './app-context.js';
import { limits, type Config } from './config.js';
import type { Database } from './db/database.js';
import { newId } from './domain/ids.js';
import { AppError } from './errors/app-error.js';
import { errorCatalog } from './errors/catalog.js';
import { errorDocument, jsonApiMediaType } from './http/json-api.js';
import { registerAuthentication } from './http/authentication.js';
import { acceptsJson, prefersXml, registerJsonParsers } from './http/content-negotiation.js';
import { registerErrorHandling, sendError } from './http/error-handler.js';
import { registerOpenApi } from './http/openapi.js';
import { openApiWebhooks } from './docs/webhook-messages.js';
import { RateLimiter, SharedRateLimiter } from './http/rate-limit.js';
import { zodValidatorCompiler } from './http/validation.js';
import { findUnsafeText, unsafeTextError } from './http/text-safety.js';
import { registerAccessLog } from './logging.js';
import { loadMasterKeyring } from './vault/master-keys.js';
import { Vault } from './vault/vault.js';
import { bankAccountRoutes } from './modules/accounts/routes.js';
import { expireDueHolds } from './modules/authorizations/service.js';
import { authorizationRoutes } from './modules/authorizations/routes.js';
import { transferRoutes } from './modules/transfers/routes.js';
import { sweepSandboxBank } from './modules/transfers/service.js';
import { httpInstantRail, InstantClearing, rejectOverdueInstantTransfers, sandboxClearingHouse } from './modules/transfers/instant.js';
import { httpPartnerVerifier } from './modules/payees/service.js';
import { payeeRoutes } from './modules/payees/routes.js';
import { deleteOldRequests, RequestLog } from './modules/requests/service.js';
import { cardRoutes } from './modules/cards/routes.js';
import { authorizationEndpointRoutes } from './modules/decisions/routes.js';
import { decisionAsker } from './modules/authorizations/decisions.js';
import { EndpointDirectory } from './modules/decisions/service.js';
import { Clocks } from './modules/clock/service.js';
import { auditRefusedCardSecretCall, RefusalCounter } from './modules/cards/sensitive-routes.js';
import { CredentialCache } from './modules/organizations/credential-cache.js';
import { dashboardNotFound, dashboardRoutes } from './dashboard/routes.js';
import { deliveryQueueDepth, startDeliveryWorker } from './modules/webhooks/delivery.js';
import { Metrics, registerMetrics } from './metrics.js';
import { observeMoney } from './db/money-moved.js';
import { eventAndWebhookRoutes } from './modules/webhooks/routes.js';
import { entityRoutes } from './modules/entities/routes.js';
import { simulationRoutes } from './modules/simulations/routes.js';
import { systemRoutes } from './modules/system/routes.js';
import { transactionRoutes } from './modules/ledger/routes.js';

export { version } from './version.js';
import { version } from './version.js';

const noQueryParameters = z.strictObject({});

export interface BuildAppOptions {
  config: Config;
  database: Database;
  /** Pino options; `false` for silence (the default in tests). */
  logger?: FastifyServerOptions['logger'];
  /** A ready logger (the server's, see logging.ts), instead of `logger`. */
  loggerInstance?: FastifyBaseLogger;
  /** How often expired card holds are released; 0 disables the sweep (tests drive it themselves). */
  holdSweepIntervalMs?: number;
  /** How often the webhook worker looks for due deliveries; 0 disables it (tests drive it themselves). */
  webhookIntervalMs?: number;
  /**
   * Called before any route is registered, so its hooks see every answer: the test harness checks each
   * JSON answer against the OpenAPI document through it.
   */
  observe?: (app: FastifyInstance) => void;
}

declare module 'fastify' {
  interface FastifyInstance {
    /** This process's buffer of the API request log (modules/requests); `flush()` writes it now. */
    requestLog: RequestLog;
  }
}

/**
 * Builds the HTTP application without listening, so that tests drive it through `inject()` and the
 * server entry point only adds `listen`.
 */
export async function buildApp(options: BuildAppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    ...(options.loggerInstance ? { loggerInstance: options.loggerInstance } : { logger: options.logger ?? false }),
    // One access line per request, written by registerAccessLog without the URL's query.
    logController: new LogController({ disableRequestLogging: true }),
    genReqId: () => newId('request'),
    bodyLimit: limits.bodyBytesMax,
    routerOptions: { ignoreTrailingSlash: true },
    // Never trusted by default: X-Forwarded-* from a client would forge addresses and https.
    // Fastify accepts a hop count at run time (documented), though its types omit numbers.
    trustProxy: options.config.trustProxy as FastifyServerOptions['trustProxy'],
    // Errors the router raises before any hook runs (a URL with broken percent-encoding) still get a
    // JSON:API error from the catalog, not Fastify's own body.
    // The whole request must arrive in time: a client trickling its body holds a socket, not the server.
    requestTimeout: options.config.requestTimeoutMs,
    http: {
      headersTimeout: Math.min(options.config.requestTimeoutMs, 10_000),
      connectionsCheckingInterval: Math.min(options.config.requestTimeoutMs, 1_000),
    },
    // Requests Node's own HTTP parser refuses (bad syntax, headers over 16 KiB, too slow) still get a
    // JSON:API error with a request id, not a framework body.
    clientErrorHandler: answerClientError,
    frameworkErrors: (error, request, reply) => {
      reply.header('X-Request-Id', request.id);
      return sendError(request, reply, new AppError('malformed_request', `The request could not be read: ${error.message}`));
    },
  });
  const keyring = await loadMasterKeyring(options.config.masterKeyring, {
    mode: options.config.mode,
    dataDir: options.config.dataDir,
    db: options.database.db,
    warn: (message) => app.log.warn(message),
  });
  const vault = await Vault.load(options.database.db, keyring);
  const authorizationEndpoints = new EndpointDirectory(options.database.db, vault);
  const context: AppContext = {
    config: options.config,
    database: options.database,
    ...rateLimiters(options.config, app),
    sensitiveRefusals: new RefusalCounter(),
    vault,
    credentialCache: new CredentialCache(),
    authorizationEndpoints,
    askAuthorizationEndpoint: decisionAsker(options.database.db, {
      vault,
      policy: { allowPrivate: options.config.webhookAllowPrivate },
      endpoints: authorizationEndpoints,
    }),
    clocks: new Clocks(options.database.db, options.config.mode === 'sandbox'),
    metrics: new Metrics(options.database, (database) => deliveryQueueDepth(database.db)),
    partnerVerifier: options.config.instant.vopUrl
      ? httpPartnerVerifier(options.config.instant.vopUrl, options.config.instant.vopTimeoutMs)
      : undefined,
    instantClearing: undefined,
  };
  context.instantClearing = instantClearing(context, app);
  // Payments in flight are decided (each within its deadline) before the database closes.
  app.addHook('onClose', async () => context.instantClearing?.close());
  const requestLog = new RequestLog(options.database.db, (error) =>
    app.log.warn({ err: { message: error.message } }, 'request log not written (the rows are dropped)'),
  );
  app.decorate('requestLog', requestLog);
  // The last requests reach the log before the database closes.
  app.addHook('onClose', async () => requestLog.flush());
  await context.credentialCache.start(options.database);
  app.addHook('onClose', async () => context.credentialCache.stop());

  app.decorate('vault', context.vault);
  app.decorate('clocks', context.clocks);
  // Every committed journal entry, whoever made it (db/money-moved.ts).
  observeMoney(options.database.db, (movements) => {
    for (const { kind, currency, amount } of movements) context.metrics.moved(kind, currency, amount);
  });
  await upgradeIdempotencyFingerprints(context.database.db, context.vault);

  registerAccessLog(app);
  app.setValidatorCompiler(zodValidatorCompiler);
  // Handlers send documents already serialized through their zod schemas (see http/json-api.ts);
  // response schemas are there for the OpenAPI document.
  app.setSerializerCompiler(() => (data) => JSON.stringify(data));
  registerJsonParsers(app);
  options.observe?.(app);
  registerErrorHandling(app, {
    browserNotFound: (request, reply) => dashboardNotFound(request, reply, options.config.mode === 'sandbox', options.database.db),
  });

  const live = options.config.mode === 'live';
  const publicHttps = options.config.publicUrl?.startsWith('https:') ?? false;
  app.addHook('onRequest', async (request, reply) => {
    reply.header('X-Request-Id', request.id);
    reply.header('X-Content-Type-Options', 'nosniff');
    // Behind TLS in live mode, browsers must never fall back to plain http for this host.
    if (live && (request.protocol === 'https' || publicHttps)) reply.header('Strict-Transport-Security', 'max-age=63072000; includeSubDomains');
    // Pages for people (the dashboard, the docs) answer HTML; only the API insists on JSON.
    if (
      !acceptsJson(request.headers.accept) &&
      !(request.routeOptions.config.answersXml && prefersXml(request.headers.accept)) &&
      !request.url.startsWith('/docs') &&
      !request.url.startsWith('/dashboard') &&
      !request.url.startsWith('/metrics')
    ) {
      throw new AppError('not_acceptable', 'This API answers application/vnd.api+json (or application/json).', {
        source: { header: 'Accept' },
      });
    }
  });

  registerMetrics(app, context.metrics, options.config.metrics);
  await registerOpenApi(app, { version, webhooks: openApiWebhooks() });
  systemRoutes(app, context);
  docsRoutes(app);
  await app.register(async (api) => {
    // Every API answer is about customers, accounts, cards or secrets: no cache may keep one.
    api.addHook('onRequest', async (_request, reply) => {
      reply.header('Cache-Control', 'no-store');
    });
    // A route that declares no query parameters takes none: `?include=cards` or `?fields[entity]=email`
    // on one resource is 400 naming the parameter (JSON:API), never silently ignored.
    api.addHook('onRoute', (route) => {
      if (!route.schema?.querystring) route.schema = { ...route.schema, querystring: noQueryParameters };
    });
    registerAuthentication(api, context.database.db, context.rateLimiter, context.credentialCache);
    // The organization's request log (the dashboard's Requests page): what was asked and answered,
    // never a body or a query string.
    api.addHook('onResponse', async (request, reply) => {
      const principal = request.principal as typeof request.principal | undefined;
      if (!principal) return;
      const errorCodes = (request as { errorCodes?: string[] }).errorCodes;
      requestLog.record({
        id: request.id,
        organizationId: principal.organizationId,
        credentialId: principal.credentialId,
        method: request.method,
        path: request.url.split('?')[0]!.slice(0, 500),
        status: reply.statusCode,
        errorCode: errorCodes ? errorCodes.join(',') : null,
        durationMs: Math.round(reply.elapsedTime),
        at: new Date(),
      });
    });
    api.addHook('preValidation', async (request) => {
      const unsafe = findUnsafeText(request);
      if (!unsafe) return;
      const error = unsafeTextError(unsafe);
      await auditRefusedCardSecretCall(context, request, error.details[0]!.code);
      throw error;
    });
    entityRoutes(api, context);
    bankAccountRoutes(api, context);
    transactionRoutes(api, context);
    cardRoutes(api, context);
    authorizationRoutes(api, context);
    authorizationEndpointRoutes(api, context);
    eventAndWebhookRoutes(api, context);
    payeeRoutes(api, context);
    transferRoutes(api, context);
    if (context.config.mode === 'sandbox') simulationRoutes(api, context);
  });
  await app.register(async (dash) => dashboardRoutes(dash, context));
  registerHoldSweep(app, context, options.holdSweepIntervalMs ?? 0);
  // Counted card-secret refusals reach the audit log before the database closes.
  app.addHook('onClose', async () => context.sensitiveRefusals.flush(context.database.db).catch(() => {}));
  registerWebhookWorker(app, context, options.webhookIntervalMs ?? 0);
  return app;
}

/**
 * The API's and the card-secret routes' rate limits: in Redis when LINKCY_REDIS_URL is set, so that
 * they hold across every server process, else in this process.
 */
function rateLimiters(config: Config, app: FastifyInstance): Pick<AppContext, 'rateLimiter' | 'sensitiveRateLimiter' | 'payeeRateLimiter'> {
  if (!config.redisUrl) {
    return {
      rateLimiter: new RateLimiter(config.rateLimitPerSecond),
      sensitiveRateLimiter: new RateLimiter(config.sensitiveRateLimitPerSecond),
      payeeRateLimiter: new RateLimiter(config.instant.payeeVerificationRatePerSecond),
    };
  }
  let warned = 0;
  const onError = (error: Error) => {
    // At most one line a minute: an outage would otherwise log once per request.
    if (Date.now() - warned < 60_000) return;
    warned = Date.now();
    app.log.warn({ err: { message: error.message } }, 'redis unavailable: rate limits fall back to this process');
  };
  const redis = SharedRateLimiter.connect(config.redisUrl, onError);
  app.addHook('onClose', async () => {
    redis.disconnect();
  });
  return {
    rateLimiter: new SharedRateLimiter(redis, 'api', config.rateLimitPerSecond, onError),
    sensitiveRateLimiter: new SharedRateLimiter(redis, 'card-secrets', config.sensitiveRateLimitPerSecond, onError),
    payeeRateLimiter: new SharedRateLimiter(redis, 'payee-verifications', config.instant.payeeVerificationRatePerSecond, onError),
  };
}

/**
 * The instant rail (SPEC §14): the sandbox's clearing house, the partner's gateway in live mode
 * (LINKCY_INSTANT_RAIL_URL), or none (instant transfers to other banks are refused).
 */
function instantClearing(context: AppContext, app: FastifyInstance): InstantClearing | undefined {
  const { instant, mode } = context.config;
  const rail =
    mode === 'sandbox'
      ? sandboxClearingHouse(instant.sandboxDelayMs)
      : instant.railUrl
        ? httpInstantRail(instant.railUrl, instant.timeoutMs)
        : undefined;
  if (!rail) return undefined;
  return new InstantClearing(
    context.database.db,
    context.database.reads,
    rail,
    instant.timeoutMs,
    context.clocks,
    (error, transferId) => app.log.error({ err: { message: error.message }, transferId }, 'instant transfer decision failed'),
    context.metrics.batches('instant_decision'),
    (row, seconds) => context.metrics.instantDecision(row.status, row.returnReason, seconds),
  );
}

/** Node's HTTP parser refused a request before Fastify saw it: answer a JSON:API error on the raw socket. */
function answerClientError(this: FastifyInstance, error: NodeJS.ErrnoException, socket: Duplex) {
  if (error.code === 'ECONNRESET' || socket.destroyed || !socket.writable) return;
  const code =
    error.code === 'ERR_HTTP_REQUEST_TIMEOUT' ? 'request_timeout' : error.code === 'HPE_HEADER_OVERFLOW' ? 'headers_too_large' : 'malformed_request';
  const detail =
    code === 'request_timeout'
      ? 'The request did not arrive in time.'
      : code === 'headers_too_large'
        ? 'The request headers are larger than 16 KiB.'
        : 'The request could not be parsed as HTTP/1.1.';
  const requestId = newId('request');
  const status = errorCatalog[code].status;
  const body = JSON.stringify(errorDocument(requestId, [{ code, detail }]));
  this.log.info({ reqId: requestId, code: error.code }, 'request refused by the HTTP parser');
  socket.end(
    `HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\nContent-Type: ${jsonApiMediaType}\r\nContent-Length: ${Buffer.byteLength(body)}\r\n` +
      `X-Request-Id: ${requestId}\r\nX-Content-Type-Options: nosniff\r\nCache-Control: no-store\r\nConnection: close\r\n\r\n${body}`,
  );
}

/** Sends webhook deliveries from this process; several processes share the outbox safely. */
function registerWebhookWorker(app: FastifyInstance, context: AppContext, intervalMs: number) {
  if (intervalMs <= 0) return;
  let stop: (() => Promise<void>) | undefined;
  app.addHook('onReady', async () => {
    stop = startDeliveryWorker(
      context.database.db,
      {
        vault: context.vault,
        policy: { allowPrivate: context.config.webhookAllowPrivate },
        leaseMs: context.config.webhookLeaseMs,
        timeoutMs: context.config.webhookTimeoutMs,
        observe: (outcome) => context.metrics.webhookAttempt(outcome),
      },
      intervalMs,
      (error) => app.log.error({ err: { message: error.message } }, 'webhook delivery failed'),
    );
  });
  // Stop claiming before the database closes; a call in flight finishes or its lease expires.
  app.addHook('onClose', async () => stop?.());
}

/**
 * Housekeeping in the background: releases expired card holds, so that funds never stay held past
 * their time, forgets idempotency keys past their retention, and in the sandbox plays the partner bank
 * for outgoing SEPA transfers.
 */
function registerHoldSweep(app: FastifyInstance, context: AppContext, intervalMs: number) {
  if (intervalMs <= 0) return;
  let timer: NodeJS.Timeout | undefined;
  app.addHook('onReady', async () => {
    timer = setInterval(() => {
      expireDueHolds(context.database.db, context.clocks, (error, organizationId) =>
        app.log.error({ err: { message: error.message }, organizationId }, 'hold expiry sweep failed'),
      ).catch((error: unknown) => app.log.error({ err: { message: (error as Error).message } }, 'hold expiry sweep failed'));
      if (context.config.mode === 'sandbox' && context.config.sandboxSepaSettleSeconds > 0) {
        sweepSandboxBank(context.database.db, context.clocks, context.config.sandboxSepaSettleSeconds, (error, organizationId) =>
          app.log.error({ err: { message: error.message }, organizationId }, 'sandbox SEPA settlement failed'),
        ).catch((error: unknown) => app.log.error({ err: { message: (error as Error).message } }, 'sandbox SEPA settlement failed'));
      }
      rejectOverdueInstantTransfers(context.database.db, context.clocks).catch((error: unknown) =>
        app.log.error({ err: { message: (error as Error).message } }, 'overdue instant transfer sweep failed'),
      );
      deleteOldRequests(context.database.db).catch((error: unknown) =>
        app.log.error({ err: { message: (error as Error).message } }, 'request log sweep failed'),
      );
      deleteExpiredIdempotencyKeys(context.database.db).catch((error: unknown) =>
        app.log.error({ err: { message: (error as Error).message } }, 'idempotency key sweep failed'),
      );
      context.sensitiveRefusals
        .flush(context.database.db)
        .catch((error: unknown) => app.log.error({ err: { message: (error as Error).message } }, 'writing counted refusals failed'));
    }, intervalMs);
    timer.unref();
  });
  app.addHook('onClose', async () => clearInterval(timer));
}
