import { fileURLToPath } from 'node:url';
import type { PGlite } from '@electric-sql/pglite';
import { withNamedStatements } from './pglite-statements.js';
import { sql } from 'drizzle-orm';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import pg from 'pg';
import * as schema from './schema.js';

/**
 * The database as every module sees it: a Drizzle handle over either PGlite or PostgreSQL. A
 * transaction handle has the same type, so service functions take `Db` and work inside or outside one.
 */
export type Db = PgDatabase<PgQueryResultHKT, typeof schema>;

export type Engine = 'pglite' | 'postgres';

/** What a subscriber to a notification channel is told. */
export interface ChannelListener {
  onMessage: (payload: string) => void;
  /**
   * The subscription is live (true) or was lost (false): notifications sent meanwhile are missed, so
   * whatever they would invalidate must not be trusted until it is live again.
   */
  onState?: (live: boolean) => void;
}

export interface Database {
  engine: Engine;
  db: Db;
  /**
   * Where API reads (GET) run: on PostgreSQL a pool of their own, which writes waiting on a locked row
   * cannot take, so reads keep answering while writes queue (issue 28); on PGlite the one connection.
   */
  reads: Db;
  /**
   * Subscribes to a PostgreSQL notification channel (NOTIFY) for as long as the database is open;
   * resolves once the subscription is live. Returns how to unsubscribe.
   */
  listen(channel: string, listener: ChannelListener): Promise<() => Promise<void>>;
  /** Resolves when the database answers a trivial query; rejects otherwise. */
  ping(): Promise<void>;
  /**
   * A consistent copy of the whole embedded cluster as a gzipped tar (PGlite only: PostgreSQL is backed
   * up with its own tools, see docs/operations.md).
   */
  snapshot?: () => Promise<Blob>;
  /** The connection pool's state, for metrics (PostgreSQL; PGlite is one connection). */
  poolStats?: () => { total: number; idle: number; waiting: number; max: number };
  close(): Promise<void>;
}

export const migrationsFolder = fileURLToPath(new URL('./migrations', import.meta.url));

/** Any key, as long as every process that migrates uses the same one. */
const migrationLockKey = 0x6c696e6b; // "link"

export interface DatabaseTimeouts {
  /** Longest one statement may run. */
  statementMs: number;
  /** Longest a statement may wait for a lock (a row another transaction holds). */
  lockMs: number;
  /** Longest a caller waits for a pooled connection. */
  acquireMs: number;
}

/** Used when the caller names none (tools and tests): the server's defaults. */
export const defaultDatabaseTimeouts: DatabaseTimeouts = { statementMs: 10_000, lockMs: 3_000, acquireMs: 3_000 };

/** A transaction left open and idle this long is ended by the server (a client that stalled mid-transaction). */
const idleInTransactionMs = 60_000;

export interface PostgresOptions {
  url: string;
  poolSize: number;
  /** Connections of the read pool (`reads`); 2 when absent. */
  readPoolSize?: number;
  /** Every database wait has a deadline; past it the request answers 503 instead of hanging. */
  timeouts?: DatabaseTimeouts;
  /** Called when an idle or checked-out connection fails, e.g. because the server restarted. */
  onConnectionError?: (error: Error) => void;
}

/**
 * Opens a connection pool to PostgreSQL and applies pending migrations. Several server processes may
 * start at once against one database: an advisory lock lets exactly one of them migrate.
 */
export async function openPostgres(options: PostgresOptions): Promise<Database> {
  const timeouts = options.timeouts ?? defaultDatabaseTimeouts;
  const pool = new pg.Pool({
    connectionString: options.url,
    max: options.poolSize,
    // Also bounds the wait for a free connection when all are in use.
    connectionTimeoutMillis: timeouts.acquireMs,
    statement_timeout: timeouts.statementMs,
    lock_timeout: timeouts.lockMs,
    idle_in_transaction_session_timeout: idleInTransactionMs,
    // Queries are written as they are made, not after the previous one's answer (db/transaction.ts).
    pipeline: true,
  });
  const onError = options.onConnectionError ?? (() => {});
  // Without these handlers a connection that dies (database restart, network cut) would raise an
  // unhandled 'error' event and kill the process; with them the pool discards it and opens another.
  pool.on('error', onError);
  pool.on('connect', (client) => client.on('error', onError));

  const client = await pool.connect().catch(async (error: unknown) => {
    await pool.end();
    throw error;
  });
  try {
    // Migrating may wait for another server's migration and may take long: no deadlines here.
    await client.query('SET lock_timeout = 0; SET statement_timeout = 0');
    await client.query('SELECT pg_advisory_lock($1)', [migrationLockKey]);
    try {
      await migratePg(drizzlePg({ client, schema }), { migrationsFolder });
    } finally {
      await client.query('SELECT pg_advisory_unlock($1)', [migrationLockKey]);
    }
    await client.query('RESET lock_timeout; RESET statement_timeout');
  } finally {
    client.release();
  }

  const db = drizzlePg({ client: pool, schema }) as unknown as Db;
  const readPool = new pg.Pool({
    connectionString: options.url,
    max: options.readPoolSize ?? 2,
    connectionTimeoutMillis: timeouts.acquireMs,
    statement_timeout: timeouts.statementMs,
    lock_timeout: timeouts.lockMs,
    idle_in_transaction_session_timeout: idleInTransactionMs,
  });
  readPool.on('error', onError);
  readPool.on('connect', (client) => client.on('error', onError));
  return {
    engine: 'postgres',
    db,
    reads: drizzlePg({ client: readPool, schema }) as unknown as Db,
    listen: (channel, listener) => listenPostgres(options.url, channel, listener, onError),
    poolStats: () => ({ total: pool.totalCount, idle: pool.idleCount, waiting: pool.waitingCount, max: options.poolSize }),
    async ping() {
      await pool.query('SELECT 1');
    },
    async close() {
      await Promise.all([pool.end(), readPool.end()]);
    },
  };
}

/**
 * LISTEN on a connection of its own (a pooled one would be handed to queries), reconnecting with a
 * pause after a loss; the listener is told when notifications may have been missed.
 */
async function listenPostgres(
  url: string,
  channel: string,
  listener: ChannelListener,
  onError: (error: Error) => void,
): Promise<() => Promise<void>> {
  if (!/^[a-z_]+$/.test(channel)) throw new Error(`bad channel name ${channel}`);
  let stopped = false;
  let client: pg.Client | undefined;
  let retry: NodeJS.Timeout | undefined;
  const scheduleRetry = () => {
    if (stopped || retry) return;
    listener.onState?.(false);
    retry = setTimeout(() => {
      retry = undefined;
      connect().catch(scheduleRetry);
    }, 1000);
    retry.unref();
  };
  const connect = async (): Promise<void> => {
    const next = new pg.Client({ connectionString: url });
    next.on('error', onError);
    next.on('notification', (message) => listener.onMessage(message.payload ?? ''));
    next.on('end', scheduleRetry);
    try {
      await next.connect();
      await next.query(`LISTEN ${channel}`);
    } catch (error) {
      await next.end().catch(() => {});
      throw error;
    }
    client = next;
    listener.onState?.(true);
  };
  await connect();
  return async () => {
    stopped = true;
    clearTimeout(retry);
    await client?.end().catch(() => {});
  };
}

/** Wraps an open PGlite instance and applies pending migrations. */
export async function openPglite(client: PGlite, onClose?: () => void | Promise<void>): Promise<Database> {
  const database = drizzlePglite({ client: withNamedStatements(client), schema });
  await migratePglite(database, { migrationsFolder });
  return {
    engine: 'pglite',
    db: database as unknown as Db,
    reads: database as unknown as Db,
    async listen(channel, listener) {
      // One process owns the embedded database, so every notification is its own: nothing to lose.
      const unlisten = await client.listen(channel, listener.onMessage);
      listener.onState?.(true);
      return async () => {
        if (!client.closed) await unlisten();
      };
    },
    async ping() {
      await client.query('SELECT 1');
    },
    // One connection: nothing else writes while the tar is made.
    snapshot: () => client.dumpDataDir('gzip'),
    async close() {
      if (!client.closed) await client.close();
      await onClose?.();
    },
  };
}

/** Runs a raw statement and returns its rows, on either engine. */
export async function queryRows<Row>(db: Db, statement: ReturnType<typeof sql>): Promise<Row[]> {
  const result = (await db.execute(statement)) as unknown as { rows: Row[] };
  return result.rows;
}

/** The PostgreSQL error code of a failed query, looking through Drizzle's wrapper. */
export function postgresErrorCode(error: unknown): string | undefined {
  for (let current = error; current && typeof current === 'object'; current = (current as { cause?: unknown }).cause) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code)) return code;
  }
  return undefined;
}

/** The name of the constraint a failed query broke, if any. */
export function postgresConstraint(error: unknown): string | undefined {
  for (let current = error; current && typeof current === 'object'; current = (current as { cause?: unknown }).cause) {
    const constraint = (current as { constraint?: unknown }).constraint;
    if (typeof constraint === 'string') return constraint;
  }
  return undefined;
}

export const pgErrorCodes = {
  uniqueViolation: '23505',
} as const;
