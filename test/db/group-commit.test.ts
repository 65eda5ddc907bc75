import { describe, expect, it } from 'vitest';
import { GroupCommit } from '../../src/db/group-commit.js';
import { AppError } from '../../src/errors/app-error.js';

/** Group commit's queue (db/group-commit.ts), without a database: what goes together, and when. */
describe('group commit', () => {
  /** An apply that records its batches and finishes each when told. */
  function recorder() {
    const batches: number[][] = [];
    const finishers: (() => void)[] = [];
    const apply = (items: number[]) =>
      new Promise<{ ok: true; value: number }[]>((resolve) => {
        batches.push(items);
        finishers.push(() => resolve(items.map((value) => ({ ok: true as const, value: value * 10 }))));
      });
    return { batches, finishers, apply };
  }

  const turn = () => new Promise((resolve) => setImmediate(resolve));

  it('applies what arrived in one turn of the event loop together, right after it, and batches what arrives meanwhile', async () => {
    const { batches, finishers, apply } = recorder();
    const group = new GroupCommit(apply);
    const first = [1, 2].map((n) => group.submit(n));
    // Not before the requests that arrived with it have been read (the embedded database never yields).
    expect(batches).toEqual([]);
    await turn();
    expect(batches).toEqual([[1, 2]]);
    const rest = [3, 4].map((n) => group.submit(n));
    await turn();
    expect(batches).toEqual([[1, 2]]); // they wait for the batch being applied
    finishers[0]!();
    expect(await Promise.all(first)).toEqual([10, 20]);
    await turn();
    expect(batches).toEqual([
      [1, 2],
      [3, 4],
    ]);
    finishers[1]!();
    expect(await Promise.all(rest)).toEqual([30, 40]);
  });

  it('starts the next batch before answering the one just applied; answers at once when no batch waits', async () => {
    const { batches, finishers, apply } = recorder();
    const group = new GroupCommit(apply);
    const order: string[] = [];
    const first = [1, 2].map((n) => group.submit(n).then((value) => order.push(`answered ${value}`)));
    await turn();
    const rest = [3, 4].map((n) => group.submit(n).then((value) => order.push(`answered ${value}`)));
    finishers[0]!();
    // Statements leave at a tick (db/transaction.ts): the next batch is applied within the same turn.
    await new Promise<void>((resolve) => process.nextTick(resolve));
    await new Promise<void>((resolve) => process.nextTick(resolve));
    order.push(`batches applied: ${batches.length}`);
    await Promise.all(first);
    expect(order).toEqual(['batches applied: 2', 'answered 10', 'answered 20']);
    // With no batch waiting, a batch's items are answered at once.
    finishers[1]!();
    await Promise.resolve();
    await Promise.resolve();
    expect(order.slice(3)).toEqual(['answered 30', 'answered 40']);
    await Promise.all(rest);
  });

  it('applies at most maxAlone skipped items alone at once; the others wait for a turn, and all are answered', async () => {
    let running = 0;
    let most = 0;
    const release: (() => void)[] = [];
    const group = new GroupCommit(
      async (items: number[], { alone }) => {
        if (!alone) return items.map(() => ({ ok: 'alone' as const })); // every row locked: all deferred
        running++;
        most = Math.max(most, running);
        await new Promise<void>((resolve) => release.push(resolve));
        running--;
        return items.map((value) => ({ ok: true as const, value: value * 10 }));
      },
      { maxAlone: 3 },
    );
    const answers = Promise.all(Array.from({ length: 10 }, (_, i) => group.submit(i)));
    for (let turns = 0; turns < 50 && release.length < 10; turns++) {
      await turn();
      release.splice(0).forEach((resolve) => resolve());
    }
    expect(await answers).toEqual([0, 10, 20, 30, 40, 50, 60, 70, 80, 90]);
    expect(most).toBe(3);
  });

  it('answers database_busy to a skipped item whose turn alone does not come within the lock deadline', async () => {
    const group = new GroupCommit(
      async (items: number[], { alone }) => {
        if (!alone) return items.map(() => ({ ok: 'alone' as const }));
        await new Promise((resolve) => setTimeout(resolve, 120)); // waits for the lock, then gets it
        return items.map((value) => ({ ok: true as const, value }));
      },
      { maxAlone: 1, aloneWaitMs: 60 },
    );
    const outcomes = await Promise.allSettled([1, 2, 3].map((n) => group.submit(n)));
    expect(outcomes[0]).toEqual({ status: 'fulfilled', value: 1 });
    for (const outcome of outcomes.slice(1)) {
      expect(outcome.status).toBe('rejected');
      const error = (outcome as PromiseRejectedResult).reason as AppError;
      expect([error.status, error.details[0]!.code, error.headers]).toEqual([503, 'database_busy', { 'Retry-After': '1' }]);
    }
  });

  it('answers database_busy (503, Retry-After) at once when its queue is full, and applies what it had taken', async () => {
    const { batches, finishers, apply } = recorder();
    const group = new GroupCommit(apply, { maxQueued: 3 });
    const first = group.submit(1);
    await turn();
    const waiting = [2, 3, 4].map((n) => group.submit(n));
    const refused = await group.submit(5).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(AppError);
    expect((refused as AppError).status).toBe(503);
    expect((refused as AppError).details[0]!.code).toBe('database_busy');
    expect((refused as AppError).headers).toEqual({ 'Retry-After': '1' });
    finishers[0]!();
    expect(await first).toBe(10);
    await turn();
    expect(batches).toEqual([[1], [2, 3, 4]]);
    finishers[1]!();
    expect(await Promise.all(waiting)).toEqual([20, 30, 40]);
    // Room again: a new command is taken.
    const later = group.submit(6);
    await turn();
    finishers[2]!();
    expect(await later).toBe(60);
  });
});
