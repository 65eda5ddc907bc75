import type { FastifyReply, FastifyRequest } from 'fastify';
import type { AppContext } from '../../app-context.js';
import type { Db } from '../../db/database.js';
import { AppError } from '../../errors/app-error.js';
import { execute, outcomeOf } from '../../commands/execute.js';
import { actorOf, requestNow } from '../../http/idempotency.js';
import { requestOrigin } from '../../http/request-origin.js';
import { appendAudit, type AuditEntry } from '../audit/service.js';

/**
 * Refusals past the card-secret rate limit, counted instead of each written: a client hammering the
 * route must not turn every refused call into an audit append (and a lock on its chain). The first
 * refusal of each credential in a second is written at once, carrying the count of those suppressed
 * since; whatever is still counted is written by `flush()` (housekeeping and shutdown).
 */
export class RefusalCounter {
  private readonly pending = new Map<string, { second: number; suppressed: number; entry: AuditEntry }>();

  constructor(private readonly now: () => number = Date.now) {}

  /** The entry to write now for this refusal (its count includes earlier suppressed ones), or undefined: counted. */
  record(credentialId: string, entry: AuditEntry): AuditEntry | undefined {
    const second = Math.floor(this.now() / 1000);
    const state = this.pending.get(credentialId);
    if (state && state.second === second) {
      state.suppressed++;
      state.entry = entry;
      return undefined;
    }
    this.pending.set(credentialId, { second, suppressed: 0, entry });
    return { ...entry, count: 1 + (state?.suppressed ?? 0) };
  }

  /** Writes every suppressed count as one entry per credential. */
  async flush(db: Db): Promise<void> {
    for (const [credentialId, state] of this.pending) {
      this.pending.delete(credentialId);
      if (state.suppressed > 0) await appendAlone(db, { ...state.entry, count: state.suppressed });
    }
  }
}

/** A refusal's audit entry: the command rolled back, so the entry is a change of its own. */
function appendAlone(db: Db, entry: AuditEntry): Promise<void> {
  return execute(db, { organizationId: entry.organizationId, id: entry.actor, origin: entry.origin }, ({ tx }) => appendAudit(tx, entry), new Date());
}

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Marks a card-secret route and names its audit action (`card.pin.reveal`, ...). */
    cardSecretAction?: string;
  }
}

function auditEntry(request: FastifyRequest, outcome: string, resource: string | null): AuditEntry {
  return {
    organizationId: request.principal.organizationId,
    actor: request.principal.credentialId,
    action: request.routeOptions.config.cardSecretAction!,
    resource,
    outcome,
    origin: requestOrigin(request),
  };
}

function targetOf(request: FastifyRequest): string | null {
  return Object.values((request.params ?? {}) as Record<string, string>)[0] ?? null;
}

/**
 * A card-secret request refused before its route ran (unreadable input): still audited, like every
 * other refusal of a card-secret call. Does nothing on other routes.
 */
export async function auditRefusedCardSecretCall(context: AppContext, request: FastifyRequest, outcome: string): Promise<void> {
  if (!request.routeOptions.config.cardSecretAction) return;
  await appendAlone(context.database.db, auditEntry(request, outcome, targetOf(request)));
}

/**
 * The gate in front of every card-secret route (SPEC §4): the `cards:sensitive` scope, a rate limit of
 * its own, `Cache-Control: no-store`, and an audit entry for every call, refused ones included (past
 * the rate limit, counted). The entry of a successful call is written in the same transaction as the
 * action, so a secret is never handed out without its audit record.
 */
export async function guardSensitive<T>(
  context: AppContext,
  request: FastifyRequest,
  reply: FastifyReply,
  run: (tx: Db) => Promise<{ resource: string; result: T }>,
): Promise<T> {
  reply.header('Cache-Control', 'no-store');
  const { db } = context.database;
  const principal = request.principal;
  const target = targetOf(request);
  const entry = (outcome: string, resource: string | null) => auditEntry(request, outcome, resource);
  try {
    if (!principal.scopes.includes('cards:sensitive')) {
      throw new AppError('insufficient_scope', 'Revealing or changing card secrets needs a credential with the `cards:sensitive` scope.');
    }
    const limiter = context.sensitiveRateLimiter;
    if (limiter.enabled) {
      const decision = await limiter.take(principal.credentialId);
      if (!decision.allowed) {
        const refusal = context.sensitiveRefusals.record(principal.credentialId, entry('rate_limited', target));
        if (refusal) await appendAlone(db, refusal);
        throw new AppError('rate_limited', `Card-secret routes are limited to ${decision.limit} calls per second per credential.`, {
          headers: { 'Retry-After': String(decision.retryAfterSeconds) },
        });
      }
    }
    return await execute(
      db,
      actorOf(request),
      async ({ tx, audit }) => {
        const { resource, result } = await run(tx);
        audit(request.routeOptions.config.cardSecretAction!, resource);
        return result;
      },
      await requestNow(request),
    );
  } catch (error) {
    if (error instanceof AppError && error.details[0]!.code === 'rate_limited') throw error;
    await appendAlone(db, entry(outcomeOf(error), target));
    throw error;
  }
}
