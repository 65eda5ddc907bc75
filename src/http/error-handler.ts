import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import FindMyWay from 'find-my-way';
import { AppError } from '../errors/app-error.js';
import { prefersHtml } from './content-negotiation.js';
import { errorDocument, jsonApiMediaType } from './json-api.js';

/** PostgreSQL errors that mean "the database is not there right now", not "the query was wrong". */
const unavailableCodes = new Set(['57P01', '57P02', '57P03', '53300', '08000', '08001', '08003', '08004', '08006']);
const unavailableErrnos = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'ENOTFOUND']);

/**
 * PostgreSQL errors that mean "not now" rather than "never": a lock or statement deadline passed, a
 * deadlock or serialization conflict was broken. The request changed nothing and may be retried.
 */
const busyCodes = new Set(['55P03', '57014', '40P01', '40001']);

/**
 * Why the database could not serve the request, if that is what this error is. A connection that died
 * mid-transaction can fail the ROLLBACK too ("not queryable"), and then that is the error that surfaces.
 */
function databaseFailure(error: unknown): 'unavailable' | 'busy' | undefined {
  for (let current = error; current && typeof current === 'object'; current = (current as { cause?: unknown }).cause) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string' && (unavailableCodes.has(code) || unavailableErrnos.has(code))) return 'unavailable';
    if (typeof code === 'string' && busyCodes.has(code)) return 'busy';
    const message = (current as { message?: unknown }).message;
    if (typeof message !== 'string') continue;
    if (/timeout exceeded when trying to connect/i.test(message)) return 'busy';
    if (/Connection terminated|not queryable|PGlite is closed|Cannot use a pool after calling end/i.test(message)) return 'unavailable';
  }
  return undefined;
}

/** Translates framework errors, which carry Fastify's own codes, into catalog errors. */
function fromFramework(error: FastifyError): AppError | undefined {
  switch (error.code) {
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return new AppError('payload_too_large', 'The request body is larger than 64 KiB.');
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return new AppError('unsupported_media_type', 'Send the body as application/vnd.api+json or application/json.', {
        source: { header: 'Content-Type' },
      });
  }
  if (error.statusCode === 400) return new AppError('malformed_request', 'The request could not be read.');
  return undefined;
}

export function sendError(request: FastifyRequest, reply: FastifyReply, error: AppError) {
  return reply
    .code(error.status)
    .headers(error.headers)
    .header('Content-Type', jsonApiMediaType)
    .send(Buffer.from(JSON.stringify(errorDocument(request.id, error.details))));
}

/**
 * The one place where failures become HTTP answers. Expected failures are AppErrors and are answered
 * with their catalog code; anything else is a bug or an outage, logged with the request id and answered
 * without internals.
 */
export function registerErrorHandling(
  app: FastifyInstance,
  options: {
    /** Answers a browser's navigation to no route with a page, not JSON; undefined for paths it does not own. */
    browserNotFound?: (request: FastifyRequest, reply: FastifyReply) => Promise<FastifyReply | undefined>;
  } = {},
) {
  // A second router that knows every path and method, so that a path served under other methods is
  // answered 405 with `Allow` instead of 404.
  const knownRoutes = FindMyWay({ ignoreTrailingSlash: true });
  app.addHook('onRoute', (route) => {
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    for (const method of methods.map((name) => name.toUpperCase() as 'GET')) {
      if (!knownRoutes.hasRoute(method, route.url)) knownRoutes.on(method, route.url, () => {});
    }
  });

  app.setNotFoundHandler(async (request, reply) => {
    const path = request.url.split('?')[0] ?? '/';
    // Without its trailing slash, `/entities/` would match `/entities/:entityId` with an empty id.
    const routePath = path.length > 1 ? path.replace(/\/+$/, '') : path;
    if (options.browserNotFound && (request.method === 'GET' || request.method === 'HEAD') && prefersHtml(request.headers.accept)) {
      const page = await options.browserNotFound(request, reply);
      if (page) return page;
    }
    const allowed = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE'].filter((method) => knownRoutes.find(method as 'GET', routePath) !== null);
    if (allowed.length > 0) {
      return sendError(
        request,
        reply,
        new AppError('method_not_allowed', `${request.method} is not allowed on ${path}. Allowed: ${allowed.join(', ')}.`, {
          headers: { Allow: allowed.join(', ') },
        }),
      );
    }
    return sendError(request, reply, new AppError('route_not_found', `No route matches ${request.method} ${path}.`));
  });

  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (error instanceof AppError) return sendError(request, reply, error);
    const translated = fromFramework(error);
    if (translated) return sendError(request, reply, translated);
    const failure = databaseFailure(error);
    if (failure === 'unavailable') {
      request.log.error({ err: summarize(error) }, 'database unavailable');
      return sendError(
        request,
        reply,
        new AppError('database_unavailable', 'The database is unavailable. Retry shortly.', { headers: { 'Retry-After': '1' } }),
      );
    }
    if (failure === 'busy') {
      request.log.warn({ err: summarize(error) }, 'database busy');
      return sendError(
        request,
        reply,
        new AppError(
          'database_busy',
          'The database could not serve this request in time (a row it needs is in use, or every connection is). Nothing changed; retry shortly.',
          {
            headers: { 'Retry-After': '1' },
          },
        ),
      );
    }
    request.log.error({ err: summarize(error) }, 'unexpected error');
    return sendError(request, reply, new AppError('internal_error', `Internal error. Quote request id ${request.id} when reporting it.`));
  });
}

/**
 * What of an unexpected error goes to the log: its type, message and stack, never the query parameters
 * Drizzle attaches (they may hold customer data) nor request headers.
 */
function summarize(error: unknown): Record<string, unknown> {
  const base = error as { name?: string; message?: string; stack?: string; code?: string; cause?: unknown };
  const message = (base.message ?? '').replace(/\nparams:.*$/s, '');
  const summary: Record<string, unknown> = { type: base.name, message, code: base.code, stack: base.stack?.replace(/\nparams:.*?\n/s, '\n') };
  if (base.cause && typeof base.cause === 'object') summary.cause = summarize(base.cause);
  return summary;
}
