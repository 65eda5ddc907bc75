import { sql } from 'drizzle-orm';
import net from 'node:net';
import pg from 'pg';
import { expect, it } from 'vitest';
import { applyBatchWrites } from '../../src/db/batch-write.js';
import { postgresErrorCode, queryRows, type Db } from '../../src/db/database.js';
import { inTransaction } from '../../src/db/money-moved.js';
import { onOneConnection, sentTogether } from '../../src/db/transaction.js';
import { describeEachEngine } from '../helpers/harness.js';

/** How many writes to sockets `run` makes (net.Socket's _write and _writev: one system call each). */
async function socketWrites(run: () => Promise<unknown>): Promise<number> {
  const socket = net.Socket.prototype as unknown as Record<'_write' | '_writev', (...a: unknown[]) => unknown>;
  const originals = { _write: socket._write, _writev: socket._writev };
  let writes = 0;
  for (const name of ['_write', '_writev'] as const) {
    socket[name] = function counted(this: unknown, ...args: unknown[]) {
      writes++;
      return originals[name].apply(this, args);
    };
  }
  try {
    await run();
  } finally {
    Object.assign(socket, originals);
  }
  return writes;
}

/**
 * Transactions as group commit opens them (db/transaction.ts): on PostgreSQL BEGIN travels with the
 * first statements, reads go together, and COMMIT goes right behind the batch's last statement. What a
 * caller sees must be what a plain transaction gives: all or nothing, and the error that caused it.
 */
describeEachEngine('pipelined transactions', (harness) => {
  const table = sql.raw('pipelined_test_rows');
  const rows = async (db: Db) => (await queryRows<{ id: string }>(db, sql`SELECT id FROM ${table} ORDER BY id`)).map((row) => row.id);
  const insert = (id: string) => ({
    ctes: [[`inserted_${id}`, sql`INSERT INTO ${table} VALUES (${id}) RETURNING id`]] as [string, ReturnType<typeof sql>][],
  });

  const setUp = async () => {
    await harness.database.db.execute(sql`CREATE TABLE IF NOT EXISTS pipelined_test_rows (id text PRIMARY KEY)`);
    await harness.database.db.execute(sql`DELETE FROM pipelined_test_rows`);
  };
  // As group commit opens its transactions: `work` ends with a write made `last`. Answers the error, if any.
  const groupTransaction = (work: (tx: Db) => Promise<void>) =>
    inTransaction(harness.database.db, work, { commitBehindLast: true }).then(
      () => undefined,
      (error: Error & { cause?: Error & { cause?: Error } }) => error,
    );

  it('commits the work of a batch whose last write sent COMMIT behind it, and nothing more can be sent', async () => {
    await setUp();
    const { db } = harness.database;
    const failure = await groupTransaction(async (tx) => {
      await tx.execute(sql`INSERT INTO pipelined_test_rows VALUES ('a')`);
      await applyBatchWrites(tx, [insert('b')], { last: true });
      await tx.execute(sql`INSERT INTO pipelined_test_rows VALUES ('c')`);
    });
    const outcome = failure ? [failure.message, failure.cause?.cause?.message] : 'committed';
    if (harness.engine === 'postgres') {
      // The statement after COMMIT was refused, and that is a bug its caller hears of, whatever committed.
      expect(outcome).toEqual([
        'the transaction committed, but its work failed after its last statement',
        'a statement after its transaction’s COMMIT',
      ]);
      expect(await rows(db)).toEqual(['a', 'b']);
    } else {
      // PGlite has no wire to pipeline: COMMIT is sent when the work returns, as always.
      expect(outcome).toBe('committed');
      expect(await rows(db)).toEqual(['a', 'b', 'c']);
    }
  });

  it('rolls everything back when the last statement fails, even with COMMIT already behind it, and says why', async () => {
    await setUp();
    const { db } = harness.database;
    const failure = await groupTransaction(async (tx) => {
      await tx.execute(sql`INSERT INTO pipelined_test_rows VALUES ('a')`);
      // A guard that refused a row: the statement checks its own count and fails.
      await applyBatchWrites(
        tx,
        [
          {
            ctes: [['none_inserted', sql`INSERT INTO pipelined_test_rows SELECT 'z' WHERE false RETURNING id`]],
            expect: [{ cte: 'none_inserted', rows: 1, what: 'test rows' }],
          },
        ],
        { last: true },
      );
    });
    expect(String(failure?.cause ?? failure)).toContain('a batch wrote 0 of 1 test rows');
    expect(await rows(db)).toEqual([]);
  });

  it('answers statements sent together in order, and fails with the first one’s error, not the aborted ones behind it', async () => {
    await setUp();
    const { db } = harness.database;
    await db.execute(sql`INSERT INTO pipelined_test_rows VALUES ('a')`);
    const together = await inTransaction(db, (tx) =>
      sentTogether([
        queryRows<{ n: number }>(tx, sql`SELECT 1 AS n`),
        queryRows<{ id: string }>(tx, sql`SELECT id FROM pipelined_test_rows`),
      ] as const),
    );
    expect(together).toEqual([[{ n: 1 }], [{ id: 'a' }]]);
    const failure = await inTransaction(db, (tx) =>
      sentTogether([
        tx.execute(sql`INSERT INTO pipelined_test_rows VALUES ('b')`),
        tx.execute(sql`INSERT INTO pipelined_test_rows VALUES ('a')`),
        tx.execute(sql`SELECT 1`),
      ] as const),
    ).then(
      () => undefined,
      (error: Error & { cause?: { code?: string } }) => error.cause?.code ?? (error as { code?: string }).code,
    );
    expect(failure).toBe('23505');
    expect(await rows(db)).toEqual(['a']);
  });

  it('runs reads on one connection, sent together and answered in order; a failed one fails the call and the pool goes on', async () => {
    await setUp();
    const { db } = harness.database;
    await db.execute(sql`INSERT INTO pipelined_test_rows VALUES ('a')`);
    let answers: unknown;
    const writes = await socketWrites(async () => {
      answers = await onOneConnection(db, (connection) =>
        Promise.all([
          queryRows<{ n: number }>(connection, sql`SELECT 1 AS n`),
          queryRows<{ id: string }>(connection, sql`SELECT id FROM pipelined_test_rows`),
        ]),
      );
    });
    expect(answers).toEqual([[{ n: 1 }], [{ id: 'a' }]]);
    // PGlite has no socket; on PostgreSQL both statements leave in one write.
    expect(writes).toBe(harness.engine === 'postgres' ? 1 : 0);
    const failure = await onOneConnection(db, (connection) =>
      Promise.all([queryRows(connection, sql`SELECT 1`), queryRows(connection, sql`SELECT * FROM no_such_table`)]),
    ).then(
      () => undefined,
      (error: Error) => postgresErrorCode(error),
    );
    expect(failure).toBe('42P01');
    expect(await onOneConnection(db, (connection) => queryRows<{ n: number }>(connection, sql`SELECT 2 AS n`))).toEqual([{ n: 2 }]);
  });

  if (harness.engine === 'postgres') {
    it('waits for PostgreSQL twice per batch, not once per statement, and writes to it twice: BEGIN with the reads, the write with COMMIT', async () => {
      await setUp();
      const { db } = harness.database;
      // A wait starts when a statement is sent on a connection with no answer outstanding.
      const original = pg.Client.prototype.query;
      const outstanding = new WeakMap<object, number>();
      let waits = 0;
      let statements = 0;
      pg.Client.prototype.query = function counted(this: pg.Client, ...args: unknown[]) {
        const before = outstanding.get(this) ?? 0;
        if (before === 0) waits++;
        statements++;
        outstanding.set(this, before + 1);
        const answer = (original as (...a: unknown[]) => Promise<unknown>).apply(this, args);
        const settle = () => outstanding.set(this, outstanding.get(this)! - 1);
        answer.then(settle, settle);
        return answer;
      } as typeof original;
      let writes: number;
      try {
        writes = await socketWrites(() =>
          inTransaction(
            db,
            async (tx) => {
              await sentTogether([queryRows(tx, sql`SELECT 1`), queryRows(tx, sql`SELECT 2`)] as const);
              await applyBatchWrites(tx, [insert('a')], { last: true });
            },
            { commitBehindLast: true },
          ),
        );
      } finally {
        pg.Client.prototype.query = original;
      }
      expect({ statements, waits, writes }).toEqual({ statements: 5, waits: 2, writes: 2 });
      expect(await rows(db)).toEqual(['a']);
    });
  }
});
