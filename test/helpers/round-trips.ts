import pg from 'pg';

/**
 * How many statements (round trips) `run` sends to PostgreSQL through `pg`, BEGIN and COMMIT included:
 * every query of every pooled client goes through pg.Client#query.
 */
export async function countRoundTrips(run: () => Promise<unknown>): Promise<number> {
  const original = pg.Client.prototype.query;
  let count = 0;
  pg.Client.prototype.query = function counted(this: pg.Client, ...args: unknown[]) {
    count++;
    return (original as (...a: unknown[]) => unknown).apply(this, args);
  } as typeof original;
  try {
    await run();
  } finally {
    pg.Client.prototype.query = original;
  }
  return count;
}
