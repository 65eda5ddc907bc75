import type { FastifyReply, FastifyRequest } from 'fastify';
import type { AppContext } from '../../app-context.js';
import type { Db } from '../../db/database.js';
import { AppError } from '../../errors/app-error.js';
import { requestOrigin } from '../../http/request-origin.js';
import { appendAudit } from '../audit/service.js';

/**
 * The gate in front of every card-secret route (SPEC §4): the `cards:sensitive` scope, a rate limit of
 * its own, `Cache-Control: no-store`, and an audit entry for every call, refused ones included. The
 * entry of a successful call is written in the same transaction as the action, so a secret is never
 * handed out without its audit record.
 */
export async function guardSensitive<T>(
  context: AppContext,
  request: FastifyRequest,
  reply: FastifyReply,
  action: string,
  run: (tx: Db) => Promise<{ resource: string; result: T }>,
): Promise<T> {
  reply.header('Cache-Control', 'no-store');
  const { db } = context.database;
  const principal = request.principal;
  const origin = requestOrigin(request);
  const target = Object.values((request.params ?? {}) as Record<string, string>)[0] ?? null;
  const entry = (outcome: string, resource: string | null) => ({
    organizationId: principal.organizationId,
    actor: principal.credentialId,
    action,
    resource,
    outcome,
    origin,
  });
  try {
    if (!principal.scopes.includes('cards:sensitive')) {
      throw new AppError('insufficient_scope', 'Revealing or changing card secrets needs a credential with the `cards:sensitive` scope.');
    }
    const limiter = context.sensitiveRateLimiter;
    if (limiter.enabled) {
      const decision = limiter.take(principal.credentialId);
      if (!decision.allowed) {
        throw new AppError('rate_limited', `Card-secret routes are limited to ${decision.limit} calls per second per credential.`, {
          headers: { 'Retry-After': String(decision.retryAfterSeconds) },
        });
      }
    }
    return await db.transaction(async (tx) => {
      const { resource, result } = await run(tx);
      await appendAudit(tx, entry('success', resource));
      return result;
    });
  } catch (error) {
    const outcome = error instanceof AppError ? error.details[0]!.code : 'internal_error';
    await db.transaction((tx) => appendAudit(tx, entry(outcome, target)));
    throw error;
  }
}
