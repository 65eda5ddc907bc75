import { NodePgDatabase, NodePgSession, NodePgTransaction } from 'drizzle-orm/node-postgres';
import pg from 'pg';
import type { Db } from './database.js';

/** What drizzle's node-postgres session holds, as far as this module uses it (its fields are internal). */
interface SessionParts {
  client: unknown;
  dialect: ConstructorParameters<typeof NodePgSession>[1];
  schema: ConstructorParameters<typeof NodePgSession>[2];
  options: ConstructorParameters<typeof NodePgSession>[3];
}

/** A pipelined transaction's state, by its handle (see commitBehind). */
interface Open {
  /** The connection's `query`, its statements written together (writtenTogether). */
  send: pg.PoolClient['query'];
  /** Whether its opener let its last statement send COMMIT behind it. */
  commitBehindLast: boolean;
  /** COMMIT, once sent. */
  commit?: Promise<pg.QueryResult>;
}

const open = new WeakMap<object, Open>();

/**
 * The connection's `query`, with the statements made together written to the socket together: the
 * first one corks it until the work in progress has nothing left to run but waits (the microtasks it
 * set off have run: a tick queued from one runs once the microtask queue is empty), so what a batch
 * sends at once (BEGIN with its first reads, `sentTogether`, a last write with COMMIT behind it)
 * leaves in one write. pg writes each statement on its own otherwise, and on loopback each write is a
 * system call that also wakes PostgreSQL's backend. Order is kept: the socket's buffer is written in
 * the order pg queued into it.
 */
function writtenTogether(client: pg.PoolClient): pg.PoolClient['query'] {
  const stream = (client as unknown as { connection?: { stream?: { cork(): void; uncork(): void } } }).connection?.stream;
  if (!stream) return client.query.bind(client) as pg.PoolClient['query'];
  let corked = false;
  const uncork = () => {
    corked = false;
    stream.uncork();
  };
  return ((...query: Parameters<pg.PoolClient['query']>) => {
    if (!corked) {
      corked = true;
      stream.cork();
      queueMicrotask(() => process.nextTick(uncork));
    }
    return (client.query as (...args: unknown[]) => unknown)(...query);
  }) as pg.PoolClient['query'];
}

/**
 * The pipelining pool behind `db`, or undefined (PGlite; a handle that is not a node-postgres pool in
 * pipeline mode; a transaction's handle).
 */
function pipelinedPool(db: Db): { pool: pg.Pool; parts: SessionParts } | undefined {
  const session = (db as unknown as { session?: unknown }).session;
  if (!(session instanceof NodePgSession)) return undefined;
  const parts = session as unknown as SessionParts;
  const pool = parts.client;
  if (!(pool instanceof pg.Pool) || !(pool.options as { pipeline?: boolean }).pipeline) return undefined;
  return { pool, parts };
}

/** A drizzle session of `parts`' kind whose statements go to `query` (a pooled connection's, wrapped). */
function sessionOver(parts: SessionParts, query: pg.PoolClient['query']) {
  return new NodePgSession({ query } as unknown as pg.PoolClient, parts.dialect, parts.schema, parts.options);
}

/**
 * Runs `work` on one pooled connection, outside any transaction: the statements it makes at once are
 * pipelined and written together (one write, one wait for the answers, in order), where the pool would
 * give each its own connection and its own wait. For independent reads that need no common snapshot
 * (a statement reading another's rows does so by a subquery). Elsewhere, `work` runs on `db` as is.
 */
export async function onOneConnection<T>(db: Db, work: (connection: Db) => Promise<T>): Promise<T> {
  const pipelined = pipelinedPool(db);
  if (!pipelined) return work(db);
  const { pool, parts } = pipelined;
  const client = await pool.connect();
  let failed: Error | undefined;
  try {
    return await work(new NodePgDatabase(parts.dialect, sessionOver(parts, writtenTogether(client)), parts.schema as never) as unknown as Db);
  } catch (error) {
    failed = error as Error;
    throw error;
  } finally {
    // As pg's pool.query does: a connection that answered an error is closed, not reused (it may have died).
    client.release(failed);
  }
}

/**
 * Runs `work` in a database transaction. On PostgreSQL the write pool's connections are in pipeline
 * mode (pg writes each query at once instead of after the previous one's answer), and BEGIN goes out
 * with the transaction's first statements instead of a round trip before them: under load every
 * answer waits for the event loop to come back to it (the timeline of a batch in docs/benchmarks.md),
 * so each round trip saved is that wait saved. A command that sends independent reads together
 * (`sentTogether`) has them pipelined the same way; PostgreSQL runs them in the order sent and the answers
 * come back in that order. With `commitBehindLast`, the opener says `work` ends with a write made with
 * `last` (db/batch-write.ts): COMMIT follows that statement at once (see commitBehind).
 *
 * BEGIN cannot fail on a live connection: if its answer is an error anyway (the connection died), every
 * statement sent after that answer is refused here, and COMMIT is never sent, so nothing partial is
 * committed by a statement running outside the transaction. PGlite (one connection, no wire) and
 * handles that are not node-postgres pools go through drizzle's own transaction.
 */
export async function transaction<T>(db: Db, work: (tx: Db) => Promise<T>, options: { commitBehindLast?: boolean } = {}): Promise<T> {
  const pipelined = pipelinedPool(db);
  if (!pipelined) return db.transaction(work);
  const { pool, parts } = pipelined;

  const client = await pool.connect();
  const send = writtenTogether(client);
  let beginFailed: unknown;
  const begun = send('BEGIN').then(
    () => undefined,
    (error: unknown) => {
      beginFailed = error;
    },
  );
  const state: Open = { send, commitBehindLast: options.commitBehindLast ?? false };
  // The connection as the transaction's statements see it: refused once BEGIN is known to have failed,
  // and after COMMIT was sent.
  const guarded = {
    query: (...query: Parameters<pg.PoolClient['query']>) => {
      if (state.commit) return Promise.reject(new Error('a statement after its transaction’s COMMIT'));
      return beginFailed === undefined ? send(...query) : Promise.reject(beginFailed as Error);
    },
  };
  const tx = new NodePgTransaction(parts.dialect, sessionOver(parts, guarded.query as pg.PoolClient['query']), parts.schema);
  open.set(tx, state);
  let broken: Error | undefined;
  try {
    const result = await work(tx as unknown as Db);
    await begun;
    if (beginFailed !== undefined) throw beginFailed;
    const committed = await (state.commit ?? send('COMMIT'));
    // PostgreSQL answers COMMIT of a failed transaction with ROLLBACK, not an error.
    if (committed.command !== 'COMMIT') throw new Error(`the transaction ended with ${committed.command}, not COMMIT`);
    return result;
  } catch (error) {
    await begun;
    if (state.commit) {
      // Sent behind the last statement, which failed (so did `work`): PostgreSQL ended it with ROLLBACK.
      // A COMMIT that failed outright (the connection died) leaves the connection unusable.
      const ended = await state.commit.catch((commitError: unknown) => {
        broken = commitError as Error;
        return undefined;
      });
      if (ended?.command === 'COMMIT') throw new Error('the transaction committed, but its work failed after its last statement', { cause: error });
    } else if (beginFailed === undefined) {
      // A failed ROLLBACK leaves the connection unusable.
      await send('ROLLBACK').catch((rollbackError: unknown) => {
        broken = rollbackError as Error;
      });
    } else broken = beginFailed as Error;
    throw error;
  } finally {
    open.delete(tx);
    client.release(broken);
  }
}

/**
 * Sends COMMIT now, behind the statement just sent, when `tx` was opened by `transaction` with
 * `commitBehindLast`: one round trip fewer per batch. PostgreSQL runs COMMIT only after that statement;
 * if the statement failed, the transaction is aborted and COMMIT ends it as a ROLLBACK, which
 * `transaction` reports as the statement's error. Any statement after it is refused. Elsewhere (PGlite,
 * a transaction that goes on) a no-op: COMMIT is sent when `work` returns.
 */
export function commitBehind(tx: Db): void {
  const state = open.get(tx);
  if (!state?.commitBehindLast || state.commit) return;
  state.commit = state.send('COMMIT');
  // Awaited by `transaction`; a failure here is reported there.
  state.commit.catch(() => undefined);
}

/**
 * Awaits statements sent together on one transaction (pipelined, in this order). If any failed, the
 * first one's error is thrown: those behind it failed only because it aborted the transaction ("current
 * transaction is aborted"), and which rejection settles first is up to the layers above pg.
 */
export async function sentTogether<T extends readonly unknown[]>(statements: readonly [...{ [K in keyof T]: Promise<T[K]> }]): Promise<T> {
  const settled = await Promise.allSettled(statements);
  const failed = settled.find((outcome): outcome is PromiseRejectedResult => outcome.status === 'rejected');
  if (failed) throw failed.reason;
  return settled.map((outcome) => (outcome as PromiseFulfilledResult<unknown>).value) as unknown as T;
}
