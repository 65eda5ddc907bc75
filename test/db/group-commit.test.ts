import { describe, expect, it } from 'vitest';
import { GroupCommit } from '../../src/db/group-commit.js';

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

  it('applies a command at once when idle, and batches what arrives meanwhile', async () => {
    const { batches, finishers, apply } = recorder();
    const group = new GroupCommit(apply);
    const first = group.submit(1);
    const rest = [2, 3, 4].map((n) => group.submit(n));
    expect(batches).toEqual([[1]]);
    finishers[0]!();
    expect(await first).toBe(10);
    await new Promise((resolve) => setImmediate(resolve));
    expect(batches).toEqual([[1], [2, 3, 4]]);
    finishers[1]!();
    expect(await Promise.all(rest)).toEqual([20, 30, 40]);
  });
});
