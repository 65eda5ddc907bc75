import { and, desc, eq, gte, ilike, lt, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/database.js';
import { insertWholeRows } from '../../db/batch-write.js';
import { apiRequests, type ApiRequestRow } from './schema.js';

/**
 * The API request log. Writing a row per request inside each request would cost every request a
 * statement; instead each process buffers what it answered and writes it every `flushMs` (or every 500
 * rows) in one INSERT. It is a log for people, not a record of money: a row lost to a crash between two
 * flushes is acceptable, a slower API is not. Write failures are reported and the rows dropped.
 */
export const requestLogRetentionDays = 7;

export class RequestLog {
  private buffer: ApiRequestRow[] = [];
  private timer: NodeJS.Timeout | undefined;
  private flushing: Promise<void> = Promise.resolve();

  constructor(
    private readonly db: Db,
    private readonly onError: (error: Error) => void,
    private readonly flushMs = 1_000,
  ) {}

  record(row: ApiRequestRow): void {
    this.buffer.push(row);
    if (this.buffer.length >= 500) void this.flush();
    else this.timer ??= setTimeout(() => void this.flush(), this.flushMs).unref();
  }

  /** Writes what is buffered (waits for a write in progress first). */
  flush(): Promise<void> {
    clearTimeout(this.timer);
    this.timer = undefined;
    const rows = this.buffer;
    this.buffer = [];
    this.flushing = this.flushing.then(async () => {
      if (rows.length === 0) return;
      try {
        // Rows as one JSON parameter (db/batch-write.ts): drizzle's builder, per value of 500 rows, was
        // 15 % of the server's CPU under a GET load.
        await this.db.execute(insertWholeRows(apiRequests, rows, { onConflict: 'nothing' }));
      } catch (error) {
        this.onError(error as Error);
      }
    });
    return this.flushing;
  }
}

export interface RequestFilters {
  /** `errors` (400 and more), `success` (below 400), or all. */
  outcome: '' | 'errors' | 'success';
  method: string;
  /** Part of the path, or a request id (`req_...`, exact). */
  q: string;
}

/** The organization's latest requests, newest first, as the filters narrow them. */
export async function recentRequests(db: Db, organizationId: string, filters: RequestFilters, limit: number): Promise<ApiRequestRow[]> {
  const q = filters.q.trim();
  const conditions: (SQL | undefined)[] = [
    eq(apiRequests.organizationId, organizationId),
    filters.outcome === 'errors' ? gte(apiRequests.status, 400) : filters.outcome === 'success' ? lt(apiRequests.status, 400) : undefined,
    filters.method ? eq(apiRequests.method, filters.method) : undefined,
    q === ''
      ? undefined
      : /^req_[0-9A-Z]{26}$/.test(q)
        ? eq(apiRequests.id, q)
        : ilike(apiRequests.path, `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`),
  ];
  return db
    .select()
    .from(apiRequests)
    .where(and(...conditions))
    .orderBy(desc(apiRequests.id))
    .limit(limit);
}

/** Housekeeping: forgets requests older than the retention. */
export async function deleteOldRequests(db: Db, now = new Date()): Promise<void> {
  await db.delete(apiRequests).where(lt(apiRequests.at, new Date(now.getTime() - requestLogRetentionDays * 86_400_000)));
}
