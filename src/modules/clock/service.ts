import { eq, gt, notInArray, sql, type SQL } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';
import type { Db } from '../../db/database.js';
import { sandboxClocks } from './schema.js';

/**
 * Sandbox clocks (SPEC §11): each organization's sandbox runs at real time plus an offset it can only
 * move forward, and everything time-based for it reads `now(organizationId)`. In live mode the clock is
 * real time and costs nothing. Offsets are cached per process: a move made here applies at once, one
 * made by another server process within `ttlMs` (a second).
 */
export class Clocks {
  private readonly offsets = new Map<string, { offsetMs: number; until: number }>();

  constructor(
    private readonly db: Db,
    private readonly sandbox: boolean,
    private readonly ttlMs = 1_000,
  ) {}

  /**
   * The organization's time now (real time in live mode, or for no organization). Inside a transaction,
   * pass it as `db`: the embedded database has one connection, and a read beside its open transaction
   * would wait for it forever.
   */
  async now(organizationId: string | null, db: Db = this.db): Promise<Date> {
    const real = Date.now();
    if (!this.sandbox || organizationId === null) return new Date(real);
    return new Date(real + (await this.offset(db, organizationId, real)));
  }

  private async offset(db: Db, organizationId: string, real: number): Promise<number> {
    const hit = this.offsets.get(organizationId);
    if (hit && hit.until > real) return hit.offsetMs;
    const [row] = await db.select().from(sandboxClocks).where(eq(sandboxClocks.organizationId, organizationId));
    const offsetMs = row?.offsetMs ?? 0;
    this.offsets.set(organizationId, { offsetMs, until: real + this.ttlMs });
    return offsetMs;
  }

  /**
   * Moves the organization's clock forward to `to` (never back: a `to` before its now is refused by
   * the caller) inside the caller's transaction. Call `forget` once it has committed: until then this
   * process keeps the old time, as the database does.
   */
  async moveTo(tx: Db, organizationId: string, to: Date): Promise<void> {
    const offsetMs = to.getTime() - Date.now();
    await tx
      .insert(sandboxClocks)
      .values({ organizationId, offsetMs })
      .onConflictDoUpdate({ target: sandboxClocks.organizationId, set: { offsetMs: sql`GREATEST(${sandboxClocks.offsetMs}, excluded.offset_ms)` } });
  }

  /** The organizations whose sandbox clock runs ahead of real time, each with its time now (none in live mode). */
  async ahead(): Promise<{ organizationId: string; now: Date }[]> {
    if (!this.sandbox) return [];
    const rows = await this.db.select().from(sandboxClocks).where(gt(sandboxClocks.offsetMs, 0));
    const real = Date.now();
    return rows.map((row) => ({ organizationId: row.organizationId, now: new Date(real + row.offsetMs) }));
  }

  /** Drops the cached offset: the next `now` reads the committed clock. */
  forget(organizationId: string): void {
    this.offsets.delete(organizationId);
  }
}

/**
 * Which organizations one pass of a periodic sweep covers: one organization (at its own time), or
 * every organization but those whose clock runs ahead (at real time, which is not theirs).
 */
export type SweepScope = { organizationId: string } | { except: string[] };

/** The condition on a table's organization column that keeps a sweep's query to its scope (none: everyone). */
export function inScope(organizationColumn: PgColumn, scope: SweepScope | undefined): SQL | undefined {
  if (scope === undefined) return undefined;
  if ('organizationId' in scope) return eq(organizationColumn, scope.organizationId);
  return scope.except.length > 0 ? notInArray(organizationColumn, scope.except) : undefined;
}

/**
 * Runs a periodic sweep (hold expiry, the sandbox bank) the way each must: once at real time for every
 * organization whose clock is not ahead, then once per organization ahead, at its own time, so what
 * falls due as its time flows on is found too. Each pass is isolated: a failure (a clock out of range,
 * a row it cannot write) is told to `onError`, and the other passes still run.
 */
export async function sweepByClock(
  clocks: Pick<Clocks, 'ahead'>,
  pass: (now: Date, scope: SweepScope) => Promise<void>,
  onError: (error: Error, organizationId: string | null) => void,
): Promise<void> {
  const ahead = await clocks.ahead();
  const isolated = async (now: Date, scope: SweepScope) => {
    try {
      await pass(now, scope);
    } catch (error) {
      onError(error as Error, 'organizationId' in scope ? scope.organizationId : null);
    }
  };
  await isolated(new Date(), { except: ahead.map((clock) => clock.organizationId) });
  for (const { organizationId, now } of ahead) await isolated(now, { organizationId });
}
