import pg from 'pg';

/** Statements no command makes, whatever the case of their text (see countRoundTrips). */
const belongsToNoCommand = /^(insert into "api_requests"|select "organization_id", "offset_ms" from "sandbox_clocks")/i;

/**
 * How many statements (round trips) `run` sends to PostgreSQL through `pg`, BEGIN and COMMIT included:
 * every query of every pooled client goes through pg.Client#query (but the request log's, see below).
 */
export async function countRoundTrips(run: () => Promise<unknown>): Promise<number> {
  const original = pg.Client.prototype.query;
  let count = 0;
  pg.Client.prototype.query = function counted(this: pg.Client, ...args: unknown[]) {
    // The API request log's buffered write (modules/requests) belongs to no command: a flush of earlier
    // requests' rows can land in any window; so can the sandbox clock's read, cached for a second only
    // (a slow machine took longer than that between a test's warm-up and its counted request).
    const text = typeof args[0] === 'string' ? args[0] : (args[0] as { text?: string } | undefined)?.text;
    if (!text || !belongsToNoCommand.test(text)) count++;
    return (original as (...a: unknown[]) => unknown).apply(this, args);
  } as typeof original;
  try {
    await run();
  } finally {
    pg.Client.prototype.query = original;
  }
  return count;
}
