import { NodePgSession, NodePgTransaction } from 'drizzle-orm/node-postgres';
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
  client: pg.PoolClient;
  /** Whether its opener let its last statement send COMMIT behind it. */
  commitBehindLast: boolean;
  /** COMMIT, once sent. */
  commit?: Promise<pg.QueryResult>;
}

const open = new WeakMap<object, Open>();

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
  const session = (db as unknown as { session?: unknown }).session;
  if (!(session instanceof NodePgSession)) return db.transaction(work);
  const parts = session as unknown as SessionParts;
  const pool = parts.client;
  if (!(pool instanceof pg.Pool) || !(pool.options as { pipeline?: boolean }).pipeline) return db.transaction(work);

  const client = await pool.connect();
  let beginFailed: unknown;
  const begun = client.query('BEGIN').then(
    () => undefined,
    (error: unknown) => {
      beginFailed = error;
    },
  );
  const state: Open = { client, commitBehindLast: options.commitBehindLast ?? false };
  // The connection as the transaction's statements see it: refused once BEGIN is known to have failed,
  // and after COMMIT was sent.
  const guarded = {
    query: (...query: Parameters<pg.PoolClient['query']>) => {
      if (state.commit) return Promise.reject(new Error('a statement after its transaction’s COMMIT'));
      return beginFailed === undefined ? client.query(...query) : Promise.reject(beginFailed as Error);
    },
  };
  const tx = new NodePgTransaction(
    parts.dialect,
    new NodePgSession(guarded as unknown as pg.PoolClient, parts.dialect, parts.schema, parts.options),
    parts.schema,
  );
  open.set(tx, state);
  let broken: Error | undefined;
  try {
    const result = await work(tx as unknown as Db);
    await begun;
    if (beginFailed !== undefined) throw beginFailed;
    const committed = await (state.commit ?? client.query('COMMIT'));
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
      await client.query('ROLLBACK').catch((rollbackError: unknown) => {
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
  state.commit = state.client.query('COMMIT');
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
