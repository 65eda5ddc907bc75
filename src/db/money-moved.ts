import type { Db } from './database.js';
import { transaction } from './transaction.js';

/**
 * Money a database transaction moved, counted once it has committed: the ledger records every journal
 * entry it appends on the transaction's handle (`recordMoved`), and whoever opened the transaction
 * (`inTransaction`, the one way commands open theirs) hands the list to the observer registered for the
 * database (the app's metrics), so a rolled-back change counts nothing and every kind of movement counts
 * (API, batches, dashboard, sweeps, bank files).
 */
export interface Movement {
  /** What moved it: incomingTransfer, cardPayment, cardRefund, bookTransfer, outgoingTransfer, ... */
  kind: string;
  currency: string;
  /** Minor units, positive: what the journal entry moved from one side to the other. */
  amount: number;
}

export type MoneyObserver = (movements: Movement[]) => void;

const pending = new WeakMap<Db, Movement[]>();
const observers = new WeakMap<Db, MoneyObserver>();

/** Registers what is told of the money moved by transactions opened on `db` (one per database handle). */
export function observeMoney(db: Db, observer: MoneyObserver): void {
  observers.set(db, observer);
}

/** The ledger's side: movements made on this transaction handle. */
export function recordMoved(tx: Db, movements: Movement[]): void {
  if (movements.length === 0) return;
  const list = pending.get(tx);
  if (list) list.push(...movements);
  else pending.set(tx, [...movements]);
}

/** Runs `work` in a transaction of `db`; once it has committed, its movements are told to the observer. */
export async function inTransaction<T>(db: Db, work: (tx: Db) => Promise<T>, options: { commitBehindLast?: boolean } = {}): Promise<T> {
  let handle: Db | undefined;
  const result = await transaction(
    db,
    (tx) => {
      handle = tx;
      return work(handle);
    },
    options,
  );
  const movements = handle && pending.get(handle);
  if (movements) {
    pending.delete(handle!);
    observers.get(db)?.(movements);
  }
  return result;
}
