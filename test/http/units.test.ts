import { describe, expect, it } from 'vitest';
import { acceptsJson } from '../../src/http/content-negotiation.js';
import { RateLimiter } from '../../src/http/rate-limit.js';

describe('acceptsJson', () => {
  it.each([
    [undefined, true],
    ['', true],
    ['application/vnd.api+json', true],
    ['application/json; charset=utf-8', true],
    ['text/html,application/xhtml+xml,*/*;q=0.8', true],
    ['application/*', true],
    ['text/html', false],
    ['application/xml', false],
    ['application/json;q=0', false],
  ])('%s -> %s', (accept, expected) => {
    expect(acceptsJson(accept)).toBe(expected);
  });
});

describe('RateLimiter', () => {
  it('allows a burst of twice the rate, refills at the rate, and keeps credentials apart', () => {
    let now = 0;
    const limiter = new RateLimiter(10, () => now);
    const burst = Array.from({ length: 25 }, () => limiter.take('a').allowed);
    expect(burst.filter(Boolean)).toHaveLength(20);
    const refused = limiter.take('a');
    expect(refused).toMatchObject({ allowed: false, remaining: 0, retryAfterSeconds: 1 });
    expect(limiter.take('b').allowed).toBe(true);
    now += 500; // half a second refills 5 tokens
    expect(Array.from({ length: 6 }, () => limiter.take('a').allowed).filter(Boolean)).toHaveLength(5);
  });

  it('is off at rate 0', () => {
    expect(new RateLimiter(0).enabled).toBe(false);
  });
});
