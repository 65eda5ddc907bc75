import { sql } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import { isId, type IdKind } from '../domain/ids.js';
import type { Db } from './database.js';
import { anyParameter, prepared } from './prepared.js';

/**
 * Concurrent reads of one kind by key, gathered for one turn of the event loop and answered by one
 * statement (`key = ANY($1)`): under load, the GETs whose requests arrived together cost one round trip,
 * one socket write and one result to parse instead of one each (the writes to PostgreSQL's socket were
 * a fifth of the server's CPU under GET load). Alone, a read waits for nothing: the turn ends when the
 * requests that arrived with it have been parsed (setImmediate runs right after I/O).
 *
 * A read sees what was committed when its statement runs, which is after its request arrived: a client
 * reads its own acknowledged writes as before.
 */
export function batchedReads<Row>(
  load: (keys: string[]) => Promise<Row[]>,
  keyOf: (row: Row) => string,
  /** Keys per statement; more wait for the next one (started at once, not after this one). */
  maxBatch = 256,
): (key: string) => Promise<Row | undefined> {
  type Readers = Map<string, { resolve: (row: Row | undefined) => void; reject: (error: unknown) => void }[]>;
  let waiting: Readers = new Map();
  let scheduled = false;

  const run = async (batch: Readers) => {
    try {
      const rows = new Map((await load([...batch.keys()])).map((row) => [keyOf(row), row]));
      for (const [key, readers] of batch) for (const reader of readers) reader.resolve(rows.get(key));
    } catch (error) {
      for (const readers of batch.values()) for (const reader of readers) reader.reject(error);
    }
  };

  const flush = () => {
    scheduled = false;
    const all = waiting;
    waiting = new Map();
    let batch: Readers = new Map();
    for (const [key, readers] of all) {
      batch.set(key, readers);
      if (batch.size === maxBatch) {
        void run(batch);
        batch = new Map();
      }
    }
    if (batch.size > 0) void run(batch);
  };

  return (key) =>
    new Promise<Row | undefined>((resolve, reject) => {
      const readers = waiting.get(key);
      if (readers) readers.push({ resolve, reject });
      else waiting.set(key, [{ resolve, reject }]);
      if (!scheduled) {
        scheduled = true;
        setImmediate(flush);
      }
    });
}

/**
 * An organization's rows of one table by id (a GET of one resource), batched as batchedReads per
 * database handle: an id of the wrong shape, a missing row and another organization's row are all
 * `missing(id)` (a 404 that does not tell them apart).
 */
export function organizationReader<Row extends { id: string; organizationId: string }>(
  byIds: (db: Db, ids: string[]) => Promise<Row[]>,
  kind: IdKind,
  missing: (id: string) => Error,
): (db: Db) => (organizationId: string, id: string) => Promise<Row> {
  return (db) => {
    const read = batchedReads(
      (ids) => byIds(db, ids),
      (row) => row.id,
    );
    return async (organizationId, id) => {
      if (!isId(kind, id)) throw missing(id);
      const row = await read(id);
      if (!row || row.organizationId !== organizationId) throw missing(id);
      return row;
    };
  };
}

/**
 * Rows of a table by id (any organization), as one prepared `id = ANY($1)` named `name` (db/prepared.ts):
 * the load of an organizationReader, or of a batch that reads several rows at once.
 */
export function rowsByIds<Table extends PgTable & { id: PgColumn }>(
  name: string,
  table: Table,
): (db: Db, ids: string[]) => Promise<Table['$inferSelect'][]> {
  const query = prepared<{ ids: string[] }, Table['$inferSelect'][]>(name, (db) =>
    db
      .select()
      .from(table as PgTable)
      .where(sql`${table.id} = ANY(${sql.placeholder('ids')})`),
  );
  return (db, ids) => (ids.length === 0 ? Promise.resolve([]) : query(db, { ids: anyParameter(ids) }));
}
