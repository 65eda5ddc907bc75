import { limits } from '../config.js';
import { AppError } from '../errors/app-error.js';

/**
 * Group commit: concurrent commands of one kind are queued in the process and applied in batches, one
 * database transaction per batch, so N commands cost the round trips of one. Commands that arrive
 * while nothing is being applied go together right after the turn of the event loop that brought them
 * (no added latency when idle); commands that arrive while a batch is being applied wait for it and go
 * together in the next one, which starts before the batch before it is answered.
 *
 * `apply` receives the batch and answers one outcome per item, in order: an item refused on its own
 * (a decline, an unknown card, a replayed key) never affects the others. If `apply` throws, the batch's
 * transaction rolled back and every item of it fails with that error: nothing of it was applied.
 */
export type Outcome<Result> =
  | { ok: true; value: Result }
  | { ok: false; error: unknown }
  /**
   * A row the item needs is locked by another transaction: the batch skipped it (SKIP LOCKED) rather
   * than make every item wait, and the item is applied again on its own, where it may wait for the
   * lock up to the lock deadline without holding anyone else up.
   */
  | { ok: 'alone' };

export interface ApplyOptions {
  /** True for an item applied on its own after a batch skipped it: wait for locks instead of skipping. */
  alone: boolean;
}

/** Told of every batch: its size, and how long each of its items waited in the queue. */
export interface BatchObserver {
  batch(size: number, waitsMs: number[]): void;
}

interface Pending<Item, Result> {
  item: Item;
  queuedAt: number;
  /** When a batch skipped it (its row was locked), to be applied alone. */
  deferredAt?: number;
  resolve: (value: Result) => void;
  reject: (error: unknown) => void;
}

/** Answered to a command that finds its queue full (limits.groupCommitQueueMax): nothing was changed. */
export const queueFull = () =>
  new AppError('database_busy', 'The server has more commands of this kind waiting than it takes. Nothing changed; retry shortly.', {
    headers: { 'Retry-After': '1' },
  });

/** Answered to a skipped item whose turn alone did not come within the lock deadline: nothing was changed. */
const rowBusy = () =>
  new AppError('database_busy', 'A row this command needs stayed in use by another operation. Nothing changed; retry shortly.', {
    headers: { 'Retry-After': '1' },
  });

export class GroupCommit<Item, Result> {
  private queue: Pending<Item, Result>[] = [];
  private flushing = false;
  /** Items applied alone now, and those waiting for a turn (see applyAlone). */
  private alone = 0;
  private readonly waitingAlone: Pending<Item, Result>[] = [];
  /** Batches applied and items in them, for metrics and tests. */
  readonly stats = { batches: 0, items: 0, largest: 0 };

  constructor(
    private readonly apply: (items: Item[], options: ApplyOptions) => Promise<Outcome<Result>[]>,
    private readonly options: {
      maxBatch?: number;
      maxQueued?: number;
      maxAlone?: number;
      /** How long a skipped item may wait for its turn to be applied alone (the database's lock deadline). */
      aloneWaitMs?: number;
      observer?: BatchObserver | undefined;
    } = {},
  ) {}

  submit(item: Item): Promise<Result> {
    if (this.queue.length >= (this.options.maxQueued ?? limits.groupCommitQueueMax)) return Promise.reject(queueFull());
    return new Promise<Result>((resolve, reject) => {
      this.queue.push({ item, queuedAt: performance.now(), resolve, reject });
      if (!this.flushing) {
        // The first batch starts once the requests that arrived with this one are read (setImmediate
        // runs right after I/O), not at once: on the embedded database a batch's statements never
        // wait for I/O, so a batch started at once would run to its end before the next request is
        // even parsed, and every batch would hold one item.
        this.flushing = true;
        setImmediate(() => void this.flush());
      }
    });
  }

  private async flush(): Promise<void> {
    try {
      while (this.queue.length > 0) {
        const batch = this.queue.splice(0, this.options.maxBatch ?? limits.groupCommitBatchMax);
        if (this.options.observer) {
          const start = performance.now();
          this.options.observer.batch(
            batch.length,
            batch.map((pending) => start - pending.queuedAt),
          );
        }
        this.stats.batches++;
        this.stats.items += batch.length;
        this.stats.largest = Math.max(this.stats.largest, batch.length);
        try {
          const outcomes = await this.apply(
            batch.map((pending) => pending.item),
            { alone: false },
          );
          const answer = () =>
            batch.forEach((pending, index) => {
              const outcome = outcomes[index]!;
              if (outcome.ok === 'alone') void this.applyAlone(pending);
              else if (outcome.ok) pending.resolve(outcome.value);
              else pending.reject(outcome.error);
            });
          // With another batch waiting, its first statements go out before this batch's items are
          // answered: answering runs every item's response at once (serialized and written, tens of
          // microseconds apiece), and the database would sit idle through all of it before the next
          // batch reached it. setImmediate runs after the next batch's first statements were written
          // (they leave at a tick, db/transaction.ts#writtenTogether), at the end of this turn of the
          // event loop. Measured in docs/benchmarks.md (nineteenth session): 1.14x the authorizations.
          if (this.queue.length > 0) setImmediate(answer);
          else answer();
        } catch (error) {
          for (const pending of batch) pending.reject(error);
        }
      }
    } finally {
      this.flushing = false;
    }
  }

  /**
   * Runs beside the batches (on a connection of its own), so its wait delays only itself. At most
   * `maxAlone` at once per kind (limits.groupCommitAloneMax): many items on one locked row would
   * otherwise each hold a pooled connection while they wait for it, and drain the pool every other
   * request and organization needs. The others wait for a turn, holding nothing, for as long as they
   * could have waited for the lock (`aloneWaitMs`): past it they are answered 503 database_busy, as
   * they would have been by the lock's deadline, so a pile-up on one locked row stays bounded in time.
   */
  private async applyAlone(pending: Pending<Item, Result>): Promise<void> {
    pending.deferredAt ??= performance.now();
    if (this.alone >= (this.options.maxAlone ?? limits.groupCommitAloneMax)) {
      this.waitingAlone.push(pending);
      return;
    }
    if (performance.now() - pending.deferredAt > (this.options.aloneWaitMs ?? Number.POSITIVE_INFINITY)) {
      pending.reject(rowBusy());
      this.next();
      return;
    }
    this.alone++;
    try {
      const [outcome] = await this.apply([pending.item], { alone: true });
      if (outcome!.ok === 'alone') throw new Error('an item applied alone was skipped again');
      if (outcome!.ok) pending.resolve(outcome!.value);
      else pending.reject(outcome!.error);
    } catch (error) {
      pending.reject(error);
    } finally {
      this.alone--;
      this.next();
    }
  }

  /** Gives the next waiting item its turn alone. */
  private next(): void {
    const next = this.waitingAlone.shift();
    if (next) void this.applyAlone(next);
  }
}
