import { sql } from 'drizzle-orm';
import { pgTable, text } from 'drizzle-orm/pg-core';
import { expect, it } from 'vitest';
import { queryRows } from '../../src/db/database.js';
import { prepared, queryRowsNamed } from '../../src/db/prepared.js';
import { describeEachEngine } from '../helpers/harness.js';

/**
 * Prepared hot queries (db/prepared.ts) run on the connection of the handle they are given: inside a
 * transaction they see its uncommitted rows (another pooled connection would not), and they roll back
 * with it.
 */
const notes = pgTable('prepared_test_notes', { id: text('id').primaryKey(), body: text('body').notNull() });

describeEachEngine('prepared queries', (harness) => {
  const noteById = prepared('test_note_by_id', (db) =>
    db
      .select()
      .from(notes)
      .where(sql`${notes.id} = ANY(${sql.placeholder('ids')})`),
  );

  it('runs in the transaction it is given, with its placeholders filled, call after call', async () => {
    const { db } = harness.database;
    await db.execute(sql`CREATE TABLE IF NOT EXISTS prepared_test_notes (id text PRIMARY KEY, body text NOT NULL)`);
    await db.execute(sql`INSERT INTO prepared_test_notes VALUES ('a', 'first') ON CONFLICT DO NOTHING`);
    // Built on the pool's handle first: later calls must still run where they are told to.
    expect(await noteById(db, { ids: ['a'] })).toEqual([{ id: 'a', body: 'first' }]);
    const seen = await db
      .transaction(async (tx) => {
        await tx.execute(sql`INSERT INTO prepared_test_notes VALUES ('b', 'second'), ('c', 'third')`);
        const both = await noteById(tx, { ids: ['a', 'c'] });
        const inside = [both.sort((x, y) => x.id.localeCompare(y.id)), await noteById(tx, { ids: ['b'] })];
        throw Object.assign(new Error('roll back'), { inside });
      })
      .catch((error: { inside: unknown }) => error.inside);
    expect(seen).toEqual([
      [
        { id: 'a', body: 'first' },
        { id: 'c', body: 'third' },
      ],
      [{ id: 'b', body: 'second' }],
    ]);
    expect(await noteById(db, { ids: ['a', 'b', 'c'] })).toEqual([{ id: 'a', body: 'first' }]);
  });

  it('names a repeated raw statement after its text, so PostgreSQL parses it once per connection', async () => {
    const { db } = harness.database;
    const statement = (value: number) => sql`SELECT x.n + 1 AS next FROM jsonb_to_recordset(${JSON.stringify([{ n: value }])}::jsonb) AS x(n int)`;
    const named = await db.transaction(async (tx) => {
      const answers = [await queryRowsNamed<{ next: number }>(tx, statement(1)), await queryRowsNamed<{ next: number }>(tx, statement(41))];
      expect(answers).toEqual([[{ next: 2 }], [{ next: 42 }]]);
      if (harness.engine === 'pglite') return [];
      return queryRows<{ name: string; statement: string }>(
        tx,
        sql`SELECT name, statement FROM pg_prepared_statements WHERE statement LIKE '%x.n + 1%'`,
      );
    });
    if (harness.engine === 'postgres') {
      expect(named).toHaveLength(1);
      expect(named[0]!.name).toMatch(/^linkcy_[\w-]{24}$/);
    }
  });
});
