import { randomBytes } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { SharedRateLimiter } from '../../src/http/rate-limit.js';

/**
 * Rate limits shared through Redis (issue 9): two limiters on two connections stand for two server
 * processes; together they allow what one would. Redis runs on this machine kind (127.0.0.1:6379).
 */
const redisUrl = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

describe('rate limits shared through Redis', () => {
  const clients: ReturnType<typeof SharedRateLimiter.connect>[] = [];
  const connect = async () => {
    const client = SharedRateLimiter.connect(redisUrl, () => {});
    clients.push(client);
    if (client.status !== 'ready') await new Promise((resolve) => client.once('ready', resolve));
    return client;
  };
  afterAll(() => clients.forEach((client) => client.disconnect()));

  it('holds one bucket per credential across processes', async () => {
    const name = `test-${randomBytes(4).toString('hex')}`;
    const first = new SharedRateLimiter(await connect(), name, 5);
    const second = new SharedRateLimiter(await connect(), name, 5);
    const decisions = [];
    for (let i = 0; i < 30; i++) decisions.push(await (i % 2 === 0 ? first : second).take('cli_shared'));
    const allowed = decisions.filter((decision) => decision.allowed).length;
    // A burst of twice the rate (10), plus what refilled while the 30 calls ran.
    expect(allowed).toBeGreaterThanOrEqual(10);
    expect(allowed).toBeLessThanOrEqual(12);
    const refused = decisions.find((decision) => !decision.allowed)!;
    expect(refused).toMatchObject({ limit: 5, remaining: 0, retryAfterSeconds: 1 });
    // Another credential has its own bucket.
    expect((await first.take('cli_other')).allowed).toBe(true);
  });

  it('falls back to the process’s own bucket, within its deadline, when Redis does not answer', async () => {
    const failures: string[] = [];
    const down = SharedRateLimiter.connect('redis://127.0.0.1:1', () => {});
    clients.push(down);
    const limiter = new SharedRateLimiter(down, 'down', 2, (error) => failures.push(error.message));
    const started = Date.now();
    const decisions = [];
    for (let i = 0; i < 6; i++) decisions.push(await limiter.take('cli_x'));
    expect(Date.now() - started).toBeLessThan(2000);
    expect(decisions.map((decision) => decision.allowed)).toEqual([true, true, true, true, false, false]);
    expect(failures.length).toBe(6);
  });
});
