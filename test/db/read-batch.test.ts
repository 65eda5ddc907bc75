import { sql } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { queryRows } from '../../src/db/database.js';
import { batchedReads } from '../../src/db/read-batch.js';
import { describeEachEngine } from '../helpers/harness.js';

/** Reads by key that arrive in one turn of the event loop share one statement (db/read-batch.ts). */
describeEachEngine('batched reads', (harness) => {
  const statements: string[][] = [];
  const reader = (table: string, maxBatch?: number) =>
    batchedReads(
      async (keys) => {
        statements.push(keys);
        return queryRows<{ id: string; body: string }>(
          harness.database.db,
          sql`SELECT id, body FROM ${sql.identifier(table)} WHERE id = ANY(${sql.param(keys)}::text[])`,
        );
      },
      (row) => row.id,
      maxBatch,
    );

  it('answers each reader its own row (or none) from one statement per turn, at most maxBatch keys each', async () => {
    const { db } = harness.database;
    await db.execute(sql`CREATE TABLE IF NOT EXISTS read_batch_notes (id text PRIMARY KEY, body text NOT NULL)`);
    await db.execute(sql`INSERT INTO read_batch_notes VALUES ('a', 'first'), ('b', 'second'), ('c', 'third') ON CONFLICT DO NOTHING`);
    const read = reader('read_batch_notes', 2);
    statements.length = 0;
    const answers = await Promise.all(['a', 'b', 'a', 'x', 'c'].map((key) => read(key)));
    expect(answers).toEqual([
      { id: 'a', body: 'first' },
      { id: 'b', body: 'second' },
      { id: 'a', body: 'first' },
      undefined,
      { id: 'c', body: 'third' },
    ]);
    // Four distinct keys, two per statement; the repeated key is asked once.
    expect(statements).toEqual([
      ['a', 'b'],
      ['x', 'c'],
    ]);
    // The next turn is a statement of its own.
    statements.length = 0;
    expect(await read('b')).toEqual({ id: 'b', body: 'second' });
    expect(statements).toEqual([['b']]);
  });

  it('fails every reader of a statement that fails, and reads again afterwards', async () => {
    const read = reader('read_batch_missing_table');
    const failed = await Promise.allSettled([read('a'), read('b')]);
    expect(failed.map((result) => result.status)).toEqual(['rejected', 'rejected']);
    expect(String((failed[0] as PromiseRejectedResult).reason)).toMatch(/read_batch_missing_table/);
    await harness.database.db.execute(sql`CREATE TABLE IF NOT EXISTS read_batch_missing_table (id text PRIMARY KEY, body text NOT NULL)`);
    expect(await read('a')).toBeUndefined();
  });
});
