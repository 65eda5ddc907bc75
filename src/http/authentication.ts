import type { FastifyInstance, FastifyRequest } from 'fastify';
import { limits } from '../config.js';
import type { Db } from '../db/database.js';
import { AppError } from '../errors/app-error.js';
import type { CredentialCache } from '../modules/organizations/credential-cache.js';
import { authenticate, touchCredential, type Principal } from '../modules/organizations/service.js';
import type { Limiter } from './rate-limit.js';

declare module 'fastify' {
  interface FastifyRequest {
    /** Set by the authentication hook on every API route. */
    principal: Principal;
  }
}

const challenge = { 'WWW-Authenticate': 'Basic realm="linkcy", charset="UTF-8"' };

/**
 * Reads RFC 7617 Basic credentials strictly: standard base64 with its padding (no base64url letters,
 * no stray characters that a lenient decoder would skip), valid UTF-8, and a user name without a colon.
 */
function readBasicCredentials(request: FastifyRequest): { clientId: string; clientSecret: string } | undefined {
  const header = request.headers.authorization;
  const match = header?.match(/^Basic ([A-Za-z0-9+/]+={0,2})$/i);
  if (!match || match[1]!.length % 4 !== 0) return undefined;
  const bytes = Buffer.from(match[1]!, 'base64');
  if (bytes.toString('base64') !== match[1]) return undefined;
  let decoded: string;
  try {
    decoded = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
  const colon = decoded.indexOf(':');
  if (colon < 0) return undefined;
  return { clientId: decoded.slice(0, colon), clientSecret: decoded.slice(colon + 1) };
}

/**
 * Authenticates every request of the scope it is registered in (HTTP Basic, SPEC §1), then applies the
 * credential's rate limit. It runs first, before the body is read, so an anonymous client learns nothing
 * about the routes beyond their existence.
 */
export function registerAuthentication(app: FastifyInstance, db: Db, rateLimiter: Limiter, cache?: CredentialCache) {
  app.decorateRequest('principal', null as unknown as Principal);
  app.addHook('onRequest', async (request, reply) => {
    const presented = readBasicCredentials(request);
    if (!presented) {
      throw new AppError('credentials_required', 'Authenticate with HTTP Basic: CLIENT_ID as user name, CLIENT_SECRET as password.', {
        headers: challenge,
      });
    }
    const result = await authenticate(db, presented.clientId, presented.clientSecret, cache);
    if (result.outcome === 'invalid') {
      throw new AppError('credentials_invalid', 'The CLIENT_ID and CLIENT_SECRET do not match an active credential.', { headers: challenge });
    }
    if (result.outcome === 'revoked') {
      throw new AppError('credentials_revoked', 'This credential has been revoked or has expired.', { headers: challenge });
    }
    request.principal = result.principal;

    if (rateLimiter.enabled) {
      const decision = await rateLimiter.take(result.principal.credentialId);
      reply.headers(rateLimiter.headers(decision));
      if (!decision.allowed) {
        throw new AppError('rate_limited', `This credential is limited to ${decision.limit} requests per second.`, {
          headers: { 'Retry-After': String(decision.retryAfterSeconds) },
        });
      }
    }

    const staleBefore = new Date(Date.now() - limits.credentialTouchIntervalMs);
    if (result.lastUsedAt === null || result.lastUsedAt < staleBefore) {
      const now = new Date();
      await touchCredential(db, result.principal.credentialId, staleBefore);
      result.recordUse(now);
    }
  });
}

/** Throws 403 unless the request's credential holds `scope`. */
export function requireScope(request: FastifyRequest, scope: string) {
  if (!request.principal.scopes.includes(scope)) {
    throw new AppError('insufficient_scope', `This route needs a credential with the \`${scope}\` scope.`);
  }
}
