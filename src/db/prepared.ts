import { createHash } from 'node:crypto';
import type { SQL } from 'drizzle-orm';
import type { Db } from './database.js';

/** What drizzle's `.prepare(name)` answers, as far as this module uses it. */
interface PreparedQuery<Result> {
  execute(values?: Record<string, unknown>): Promise<Result>;
}

/** A query that `prepared` builds once; its placeholders (`sql.placeholder`) are filled per call. */
export interface Preparable<Result> {
  prepare(name: string): PreparedQuery<Result>;
}

/**
 * A hot query built once per process (and database engine) and run many times as a named server-side
 * prepared statement: drizzle builds its SQL text and result mapping on the first call only (query
 * building was a sixth of the server's CPU under load), and PostgreSQL parses and plans it once per
 * connection instead of per call. Each call runs on the connection of the handle it is given, so inside
 * a transaction it is part of that transaction (drizzle's own prepared queries stay on the handle that
 * built them).
 *
 * The name must be unique per query text: PostgreSQL refuses a second text under one name. An array
 * compared with `= ANY(...)` goes through `anyParameter`, or PostgreSQL plans the statement at every call.
 */
export function prepared<Values extends Record<string, unknown>, Result>(
  name: string,
  build: (db: Db) => Preparable<Result>,
): (db: Db, values: Values) => Promise<Result> {
  // One per engine (a process running both, as the tests do, must not run PGlite's on a pg pool).
  const builtFor = new Map<object, PreparedQuery<Result>>();
  return (db, values) => {
    const session = sessionOf(db);
    const engine = Object.getPrototypeOf(session) as object;
    let built = builtFor.get(engine);
    if (!built) {
      built = build(db).prepare(name);
      builtFor.set(engine, built);
    }
    // drizzle's prepared queries (node-postgres and PGlite alike) run on `this.client`: the same query
    // on the given handle's connection, everything else shared.
    const onThisConnection = Object.create(built) as PreparedQuery<Result> & { client: unknown };
    onThisConnection.client = session.client;
    return onThisConnection.execute(values);
  };
}

/** Statements of `preparedNamed`, by name (a name is unique per text anyway). */
const namedStatements = new Map<string, (db: Db, values: Record<string, unknown>) => Promise<unknown>>();

/**
 * The prepared statement of that name (see `prepared`), built by `build` at its first use only: for
 * reads whose condition is chosen at run time (which column, another module's subquery), one named
 * statement per choice, and no query built again at later calls.
 */
export function preparedNamed<Result>(
  name: string,
  build: (db: Db) => Preparable<Result>,
): (db: Db, values: Record<string, unknown>) => Promise<Result> {
  let statement = namedStatements.get(name);
  if (!statement) {
    statement = prepared(name, build);
    namedStatements.set(name, statement);
  }
  return statement as (db: Db, values: Record<string, unknown>) => Promise<Result>;
}

/**
 * Ids chosen by another module's query (a card's account, an account's holder), for a read of the
 * rows they name: `query` is a subquery holding placeholders, `values` fills them, and `name` (unique
 * per text) lets the read built on it be prepared once. A module reads another's table only this way.
 */
export interface IdsQuery {
  name: string;
  query: SQL;
  values: Record<string, unknown>;
}

/**
 * PostgreSQL costs a prepared statement's generic plan as if each array parameter held this many
 * elements (estimate_array_length in its planner, for anything but a constant).
 */
const genericPlanArrayLength = 10;

/**
 * The values of a prepared statement's `= ANY(...)` parameter, padded to ten with repeats of the first.
 * Given a shorter array, a custom plan always costs less than the generic one (costed for ten), so
 * PostgreSQL plans the statement anew at every call, for as long as the read itself takes: a card or an
 * account by id took 0.14-0.40 ms a round trip planned per call, 0.09-0.18 ms on the generic plan
 * (benchmarks.md, seventeenth session). At ten the two cost the same and the generic plan, made once
 * per connection, is kept from the sixth call on. A repeat changes no answer: `= ANY` matches a row once.
 */
export function anyParameter<T>(values: readonly T[]): T[] {
  if (values.length === 0 || values.length >= genericPlanArrayLength) return [...values];
  return [...values, ...Array<T>(genericPlanArrayLength - values.length).fill(values[0]!)];
}

/** The handle's session: its pool, its pooled connection inside a transaction, or PGlite. */
function sessionOf(db: Db): { client: unknown } {
  const session = (db as unknown as { session?: { client?: unknown } }).session;
  if (!session?.client) throw new Error('prepared: this database handle has no session client');
  return session as { client: unknown };
}

/** Statement names given so far; past the bound, texts run unnamed (a shape per batch must not grow without end). */
const namedTexts = new Map<string, string>();
const maxNamedTexts = 500;

/**
 * Runs a raw statement whose text repeats (a batch's fused writes: its values travel as JSON
 * parameters, so its text depends only on which writes the batch has) as a named prepared statement,
 * named after its text: PostgreSQL parses and plans it once per connection instead of per batch.
 */
export async function queryRowsNamed<Row>(db: Db, statement: SQL): Promise<Row[]> {
  const session = sessionOf(db) as unknown as Session;
  const query = session.dialect.sqlToQuery(statement);
  let name = namedTexts.get(query.sql);
  if (name === undefined && namedTexts.size < maxNamedTexts) {
    name = `linkcy_${createHash('sha256').update(query.sql).digest('base64url').slice(0, 24)}`;
    namedTexts.set(query.sql, name);
  }
  const result = (await session.prepareQuery(query, undefined, name, false).execute()) as { rows: Row[] };
  return result.rows;
}

interface Session {
  dialect: { sqlToQuery(statement: SQL): { sql: string; params: unknown[] } };
  prepareQuery(
    query: { sql: string; params: unknown[] },
    fields: undefined,
    name: string | undefined,
    isResponseInArrayMode: boolean,
  ): PreparedQuery<unknown>;
}
