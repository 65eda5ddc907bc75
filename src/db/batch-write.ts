import { getTableColumns, sql, type SQL } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import type { Db } from './database.js';
import { queryRowsNamed } from './prepared.js';
import { commitBehind } from './transaction.js';

/**
 * One write of a batch as common table expressions of the single statement that applies the whole
 * batch: each owning module supplies its own (`[name, body]`, in order; a body may read an earlier
 * name of the same write), so a batch's writes cost one round trip without any module writing another
 * module's table. `expect` checks how many rows CTEs' RETURNING gave: a guard that refused a row
 * means the plan was wrong, and the batch rolls back.
 *
 * PostgreSQL runs every data-modifying CTE of a statement exactly once, on one snapshot, whether or
 * not the final SELECT reads it; none sees another's changes, so no two writes of a batch may touch
 * the same row.
 */
export interface BatchWrite {
  ctes: [name: string, body: SQL][];
  expect?: { cte: string; rows: number; what: string }[];
}

/**
 * Applies a batch's writes with one statement; an empty list costs nothing. The statement checks its
 * own row counts (`expect`, by `linkcy_expect_rows`, migration 0021): a miscount fails the statement,
 * not a check made after its answer, so `last` may send COMMIT right behind it (db/transaction.ts#commitBehind)
 * when it is its transaction's last statement. Nothing may be done on `tx` after a `last` write.
 */
export async function applyBatchWrites(tx: Db, writes: (BatchWrite | undefined)[], options: { last?: boolean } = {}): Promise<void> {
  const present = writes.filter((write): write is BatchWrite => write !== undefined && write.ctes.length > 0);
  if (present.length === 0) {
    if (options.last) commitBehind(tx);
    return;
  }
  const ctes = present.flatMap((write) => write.ctes);
  const names = new Set(ctes.map(([name]) => name));
  if (names.size !== ctes.length) throw new Error(`two writes of a batch share a CTE name: ${ctes.map(([name]) => name).join(', ')}`);
  const checks = present.flatMap((write) => write.expect ?? []);
  const counts =
    checks.length === 0
      ? sql`1 AS done`
      : sql.join(
          checks.map(
            (check, i) =>
              sql`linkcy_expect_rows((SELECT count(*) FROM ${sql.identifier(check.cte)}), ${check.rows}, ${check.what}) AS ${sql.identifier(`c${i}`)}`,
          ),
          sql`, `,
        );
  const written = queryRowsNamed(
    tx,
    sql`WITH ${sql.join(
      ctes.map(([name, body]) => sql`${sql.identifier(name)} AS (${body})`),
      sql`, `,
    )} SELECT ${counts}`,
  );
  if (options.last) commitBehind(tx);
  await written;
}

/** A batch's whole new rows of one table as one write (a CTE named `name`); none to insert, no write. */
export function insertWrite<Table extends PgTable>(name: string, table: Table, rows: Table['$inferSelect'][]): BatchWrite | undefined {
  return rows.length === 0 ? undefined : { ctes: [[name, insertWholeRows(table, rows, { returning: 'id' })]] };
}

/**
 * An INSERT of whole rows (every column given, as the table's `$inferSelect` has them) for a batch's
 * statement: the rows travel as one JSON parameter read back with the table's own row type, so the
 * statement's text is the same for any number of rows and costs no per-value query building (drizzle's
 * builder, per value and column, was a fifth of the server's CPU under load). It ends with `RETURNING`
 * the named column (a batch's CTE) or skips rows already there (the request log).
 */
export function insertWholeRows<Table extends PgTable>(
  table: Table,
  rows: Table['$inferSelect'][],
  end: { returning: string } | { onConflict: 'nothing' },
): SQL {
  const ending = 'returning' in end ? sql`RETURNING ${sql.identifier(end.returning)}` : sql`ON CONFLICT DO NOTHING`;
  return sql`INSERT INTO ${table} SELECT * FROM jsonb_populate_recordset(NULL::${table}, ${wholeRowsJson(table, rows)}::jsonb) ${ending}`;
}

/**
 * A batch's changed rows of one table, whole, as one write (a CTE named `name`): every column of each
 * row is set to what the batch planned, matched by id. The rows were locked and read by the batch, so
 * the write replaces what it read; `expect` checks each found its row. None changed, no write.
 */
export function updateWrite<Table extends PgTable>(name: string, table: Table, rows: Table['$inferSelect'][]): BatchWrite | undefined {
  if (rows.length === 0) return undefined;
  const set = sql.join(
    columnNamesOf(table)
      .filter(([, column]) => column !== 'id')
      .map(([, column]) => sql`${sql.identifier(column)} = x.${sql.identifier(column)}`),
    sql`, `,
  );
  const update = sql`UPDATE ${table} SET ${set} FROM jsonb_populate_recordset(NULL::${table}, ${wholeRowsJson(table, rows)}::jsonb) AS x
        WHERE ${table}.id = x.id RETURNING x.id`;
  return { ctes: [[name, update]], expect: [{ cte: name, rows: rows.length, what: `${name} rows` }] };
}

/** Rows as one JSON parameter keyed by column name, read back with `jsonb_populate_recordset(NULL::table, ...)`. */
function wholeRowsJson<Table extends PgTable>(table: Table, rows: Table['$inferSelect'][]): string {
  const columns = columnNamesOf(table);
  const json = rows.map((row) => {
    const record: Record<string, unknown> = {};
    for (const [key, name] of columns) record[name] = (row as Record<string, unknown>)[key] ?? null;
    return record;
  });
  return JSON.stringify(json);
}

/** Each table's [property, column name] pairs, read from drizzle once (they were a hot spot per row). */
const columnNames = new WeakMap<PgTable, [string, string][]>();

function columnNamesOf(table: PgTable): [string, string][] {
  let names = columnNames.get(table);
  if (!names) {
    names = Object.entries(getTableColumns(table)).map(([key, column]) => [key, column.name]);
    columnNames.set(table, names);
  }
  return names;
}
