import type { Db } from '../db/database.js';
import { AppError } from '../errors/app-error.js';
import { applyBatchWrites, type BatchWrite } from '../db/batch-write.js';
import { inTransaction } from '../db/money-moved.js';
import { appendAudit } from '../modules/audit/service.js';
import { eventsWrite, type NewEvent, type ResourceObject } from '../modules/webhooks/events.js';

/**
 * The one place a change to the database begins and ends, whoever asks for it: an API route, a
 * card-secret route, a dashboard action or a background job. `execute` opens the transaction, hands
 * the command a context (the transaction, who acts, the time, and where to put the events and audit
 * entries it produces), and writes those at the end, the events with their webhook fan-out in one
 * statement. API commands go through `http/idempotency.ts#runCommand`, which claims the request's
 * Idempotency-Key in the same transaction before the command looks anything up. Batched money commands
 * use the same pieces per batch (commands/batch.ts).
 */

/** Who acts: a credential (API), a member (dashboard) or the system (jobs), within an organization. */
export interface Actor {
  /** Null only for what happens before there is an organization (a refused sign-up). */
  organizationId: string | null;
  /** A credential id, a member id, or `system`. */
  id: string;
  /** Where the request came from (an IP address), for the audit log; `internal` for jobs. */
  origin: string;
}

export interface CommandContext {
  readonly tx: Db;
  readonly actor: Actor;
  readonly now: Date;
  /** The request's Idempotency-Key, when it has one (stored with journal entries). */
  readonly idempotencyKey: string | undefined;
  /** Records an event about `data`, written (with its webhook deliveries) when the command ends; `at` defaults to `now`. */
  emit(type: string, data: ResourceObject, at?: Date): void;
  /** Records an audit entry of the actor, written in the same transaction when the command ends. */
  audit(action: string, resource: string | null, outcome?: string): void;
}

class Frame implements CommandContext {
  private readonly events: NewEvent[] = [];
  private readonly audits: { action: string; resource: string | null; outcome: string }[] = [];

  constructor(
    readonly tx: Db,
    readonly actor: Actor,
    readonly idempotencyKey: string | undefined,
    /** The actor's organization's time: its sandbox clock (modules/clock), else real time. */
    readonly now: Date,
  ) {}

  // Arrow properties: commands destructure the context (`async ({ tx, audit }) => ...`).
  readonly emit = (type: string, data: ResourceObject, at: Date = this.now): void => {
    if (this.actor.organizationId === null) throw new Error('an event needs an organization');
    this.events.push({ organizationId: this.actor.organizationId, type, data, now: at });
  };

  readonly audit = (action: string, resource: string | null, outcome = 'success'): void => {
    this.audits.push({ action, resource, outcome });
  };

  /** Writes the events (with `also`, another write of the same statement) and the audit entries. */
  async finish(also?: BatchWrite): Promise<void> {
    await applyBatchWrites(this.tx, [eventsWrite(this.events).write, also]);
    for (const entry of this.audits) {
      await appendAudit(this.tx, { organizationId: this.actor.organizationId, actor: this.actor.id, origin: this.actor.origin, ...entry });
    }
  }
}

/** Background jobs (hold expiry, the sandbox's bank): they act for no one organization. */
export const systemActor: Actor = { organizationId: null, id: 'system', origin: 'internal' };

/**
 * Runs a command in the caller's transaction; its events and audit entries are written after it.
 * `alsoWrite` adds a write that depends on the result (the stored response of an API command) to the
 * statement that writes the events.
 */
export async function runInFrame<T>(
  tx: Db,
  actor: Actor,
  idempotencyKey: string | undefined,
  command: (context: CommandContext) => Promise<T>,
  alsoWrite: ((result: T) => BatchWrite | undefined) | undefined,
  now: Date,
): Promise<T> {
  const frame = new Frame(tx, actor, idempotencyKey, now);
  const result = await command(frame);
  await frame.finish(alsoWrite?.(result));
  return result;
}

/**
 * Runs a command in one transaction; its events and audit entries are written before it commits. `now`
 * is the time it runs at, always said by the caller: the actor's organization's time from its clock
 * (modules/clock: `http/idempotency.ts#requestNow` for the API, the dashboard's kit, a sweep's clock),
 * or real time for the operator and for what belongs to no organization.
 */
export async function execute<T>(db: Db, actor: Actor, command: (context: CommandContext) => Promise<T>, now: Date): Promise<T> {
  return inTransaction(db, (tx) => runInFrame(tx, actor, undefined, command, undefined, now));
}

/** The refusal of a command as the audit log keeps it: its catalog code, or `internal_error`. */
export function outcomeOf(error: unknown): string {
  return error instanceof AppError ? error.details[0]!.code : 'internal_error';
}
