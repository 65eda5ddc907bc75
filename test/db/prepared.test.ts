import { sql } from 'drizzle-orm';
import { pgTable, text } from 'drizzle-orm/pg-core';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { expect, inject, it } from 'vitest';
import { queryRows } from '../../src/db/database.js';
import { openEmbedded } from '../../src/db/embedded.js';
import { withNamedStatements } from '../../src/db/pglite-statements.js';
import { anyParameter, prepared, queryRowsNamed } from '../../src/db/prepared.js';
import { describeEachEngine, describeEmbedded } from '../helpers/harness.js';

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

  it('plans a read by a few ids once per connection when its array goes through anyParameter, with the same answer', async () => {
    const { db } = harness.database;
    await db.execute(sql`CREATE TABLE IF NOT EXISTS prepared_test_notes (id text PRIMARY KEY, body text NOT NULL)`);
    await db.execute(sql`INSERT INTO prepared_test_notes VALUES ('a', 'first') ON CONFLICT DO NOTHING`);
    // The same read twice, told apart by a marker in its text (the embedded engine names statements by text).
    const read = (marker: string) =>
      prepared(`test_plan_${marker}`, (db) =>
        db
          .select()
          .from(notes)
          .where(sql`${notes.id} = ANY(${sql.placeholder('ids')}) AND ${sql.raw(`'${marker}'`)} <> ''`),
      );
    const [padded, bare] = [read('padded'), read('bare')];
    const plans = await db.transaction(async (tx) => {
      for (let call = 0; call < 8; call++) {
        expect(await padded(tx, { ids: anyParameter(['a', `missing-${call}`]) })).toEqual([{ id: 'a', body: 'first' }]);
        expect(await bare(tx, { ids: ['a', `missing-${call}`] })).toEqual([{ id: 'a', body: 'first' }]);
      }
      return queryRows<{ statement: string; generic_plans: number; custom_plans: number }>(
        tx,
        sql`SELECT statement, generic_plans::int, custom_plans::int FROM pg_prepared_statements WHERE statement LIKE '%prepared_test_notes%<> %'`,
      );
    });
    const of = (marker: string) => plans.find((plan) => plan.statement.includes(`'${marker}'`));
    // Two ids alone: a custom plan at every call. Padded to ten: five custom plans, then the generic one.
    expect(of('bare')).toMatchObject({ generic_plans: 0, custom_plans: 8 });
    expect(of('padded')).toMatchObject({ generic_plans: 3, custom_plans: 5 });
    expect(anyParameter(['x', 'y'])).toEqual(['x', 'y', 'x', 'x', 'x', 'x', 'x', 'x', 'x', 'x']);
    expect(anyParameter([])).toEqual([]);
    const eleven = Array.from({ length: 11 }, (_, index) => String(index));
    expect(anyParameter(eleven)).toEqual(eleven);
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

/**
 * The embedded database's named statements (db/pglite-statements.ts): every answer is what PGlite's
 * own query gives, a repeated text is parsed once, and errors leave the database usable.
 */
describeEmbedded('named statements on the embedded database', () => {
  const open = async () => {
    const client = await PGlite.create({ loadDataDir: new Blob([fs.readFileSync(inject('pgliteTemplate'))]) });
    await client.exec(`CREATE TABLE notes (id text PRIMARY KEY, body jsonb, at timestamptz, tags text[], n int)`);
    return { client, named: withNamedStatements(client) };
  };

  it('answers as PGlite’s own query does, parsing a repeated text once', async () => {
    const { client, named } = await open();
    try {
      const insert = 'INSERT INTO notes VALUES ($1, $2, $3, $4, $5) RETURNING *';
      const values = (id: string, n: number | null) => [
        id,
        { text: `note ${id}`, nested: [1, 'two'] },
        new Date('2026-12-03T10:00:00Z'),
        ['a', 'b,c'],
        n,
      ];
      const [own, ours, again] = [
        await client.query(insert, values('own', 1)),
        await named.query(insert, values('ours', 2)),
        await named.query(insert, values('again', null)),
      ];
      for (const result of [ours, again]) {
        expect(result.fields).toEqual(own.fields);
        expect(result.affectedRows).toBe(1);
      }
      expect(ours.rows).toEqual([{ ...(own.rows[0] as object), id: 'ours', body: { text: 'note ours', nested: [1, 'two'] }, n: 2 }]);
      expect(again.rows).toEqual([{ ...(own.rows[0] as object), id: 'again', body: { text: 'note again', nested: [1, 'two'] }, n: null }]);

      const select = 'SELECT id, n FROM notes WHERE id = ANY($1) ORDER BY id';
      const options = { rowMode: 'array' as const };
      expect((await named.query(select, [['ours', 'own', 'none']], options)).rows).toEqual(
        (await client.query(select, [['ours', 'own', 'none']], options)).rows,
      );
      expect((await named.query(select, [['again']], options)).rows).toEqual([['again', null]]);
      // A statement without rows (noData) reads as one.
      expect(await named.query('UPDATE notes SET n = $1 WHERE id = $2', [7, 'nobody'])).toMatchObject({ rows: [], affectedRows: 0 });

      const prepared = await client.query<{ name: string; statement: string }>(`SELECT name, statement FROM pg_prepared_statements ORDER BY name`);
      expect(prepared.rows.map((row) => row.statement).sort()).toEqual([insert, select, 'UPDATE notes SET n = $1 WHERE id = $2'].sort());
    } finally {
      await client.close();
    }
  });

  it('fails a bad statement with PostgreSQL’s error and its text, and stays usable, in and out of transactions', async () => {
    const { client, named } = await open();
    try {
      const missing = 'SELECT nothing FROM nowhere WHERE id = $1';
      await expect(named.query(missing, ['a'])).rejects.toMatchObject({ code: '42P01', query: missing, params: ['a'] });
      await expect(named.query('SELECT $1::int AS n', ['x'])).rejects.toMatchObject({ code: '22P02' });
      expect((await named.query('SELECT $1::int AS n', ['5'])).rows).toEqual([{ n: 5 }]);

      // A transaction rolls back whatever ran in it through named statements, and a failed one leaves it aborted.
      const insert = 'INSERT INTO notes (id, n) VALUES ($1, $2)';
      await expect(
        named.transaction(async (tx) => {
          await tx.query(insert, ['rolled-back', 1]);
          expect((await tx.query('SELECT count(*)::int AS count FROM notes WHERE id = $1', ['rolled-back'])).rows).toEqual([{ count: 1 }]);
          await tx.query(insert, ['rolled-back', 2]);
        }),
      ).rejects.toMatchObject({ code: '23505' });
      await named.transaction(async (tx) => tx.query(insert, ['kept', 3]));
      expect((await named.query('SELECT id FROM notes ORDER BY id')).rows).toEqual([{ id: 'kept' }]);
    } finally {
      await client.close();
    }
  });

  it('keeps the buffer cache it is given (32 MB by default), so the server’s memory stays small', async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'linkcy-buffers-'));
    try {
      for (const [options, expected] of [
        [{}, '32MB'],
        [{ sharedBuffersMb: 48 }, '48MB'],
      ] as const) {
        const database = await openEmbedded(dataDir, options);
        try {
          const result = (await database.db.execute('SHOW shared_buffers')) as unknown as { rows: { shared_buffers: string }[] };
          expect(result.rows).toEqual([{ shared_buffers: expected }]);
        } finally {
          await database.close();
        }
      }
    } finally {
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  }, 120_000);
});
