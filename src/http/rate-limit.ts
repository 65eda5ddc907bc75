import { Redis } from 'ioredis';

/**
 * A token bucket per credential (SPEC §1): `ratePerSecond` tokens a second, holding up to twice that so
 * that short bursts pass. `RateLimiter` lives in the process: with several server processes each would
 * allow the full rate. With `LINKCY_REDIS_URL`, `SharedRateLimiter` keeps the buckets in Redis, so the
 * limit holds across every process; if Redis does not answer within its deadline, the process falls back
 * to its own bucket for that request (still limited, per process) instead of failing or waiting.
 */
export interface RateDecision {
  allowed: boolean;
  limit: number;
  remaining: number;
  /** Seconds until at least one token is available again. */
  retryAfterSeconds: number;
}

export interface Limiter {
  readonly enabled: boolean;
  take(key: string): RateDecision | Promise<RateDecision>;
  headers(decision: RateDecision): Record<string, string>;
  close?(): Promise<void>;
}

export class RateLimiter implements Limiter {
  private readonly buckets = new Map<string, { tokens: number; updatedAt: number }>();
  private readonly capacity: number;

  constructor(
    private readonly ratePerSecond: number,
    private readonly now: () => number = () => performance.now(),
  ) {
    this.capacity = ratePerSecond * 2;
  }

  get enabled(): boolean {
    return this.ratePerSecond > 0;
  }

  take(key: string): RateDecision {
    const now = this.now();
    const bucket = this.buckets.get(key) ?? { tokens: this.capacity, updatedAt: now };
    bucket.tokens = Math.min(this.capacity, bucket.tokens + ((now - bucket.updatedAt) / 1000) * this.ratePerSecond);
    bucket.updatedAt = now;
    const allowed = bucket.tokens >= 1;
    if (allowed) bucket.tokens -= 1;
    this.buckets.set(key, bucket);
    return {
      allowed,
      limit: this.ratePerSecond,
      remaining: Math.floor(bucket.tokens),
      retryAfterSeconds: allowed ? 0 : Math.max(1, Math.ceil((1 - bucket.tokens) / this.ratePerSecond)),
    };
  }

  /** Response headers per the IETF RateLimit header fields draft. */
  headers(decision: RateDecision): Record<string, string> {
    return {
      'RateLimit-Policy': `"per-credential";q=${decision.limit};w=1`,
      RateLimit: `"per-credential";r=${decision.remaining};t=${decision.allowed ? 1 : decision.retryAfterSeconds}`,
    };
  }
}

/**
 * The bucket as one Lua script, so that reading, refilling and taking a token is atomic across
 * processes. Time comes from the Redis server (TIME), so processes with skewed clocks agree.
 */
const takeScript = `
local rate = tonumber(ARGV[1])
local capacity = tonumber(ARGV[2])
local time = redis.call('TIME')
local now = tonumber(time[1]) * 1000 + math.floor(tonumber(time[2]) / 1000)
local bucket = redis.call('HMGET', KEYS[1], 'tokens', 'updated')
local tokens = tonumber(bucket[1]) or capacity
local updated = tonumber(bucket[2]) or now
tokens = math.min(capacity, tokens + math.max(0, now - updated) / 1000 * rate)
local allowed = 0
if tokens >= 1 then
  tokens = tokens - 1
  allowed = 1
end
redis.call('HSET', KEYS[1], 'tokens', tostring(tokens), 'updated', tostring(now))
redis.call('PEXPIRE', KEYS[1], math.ceil(capacity / rate * 1000) + 1000)
return {allowed, tostring(tokens)}
`;

export class SharedRateLimiter implements Limiter {
  private readonly fallback: RateLimiter;
  private readonly capacity: number;

  constructor(
    private readonly redis: Redis,
    /** Distinguishes limits that share a Redis: `api`, `card-secrets`. */
    private readonly name: string,
    private readonly ratePerSecond: number,
    private readonly onFallback: (error: Error) => void = () => {},
  ) {
    this.fallback = new RateLimiter(ratePerSecond);
    this.capacity = ratePerSecond * 2;
    redis.defineCommand('linkcyTakeToken', { numberOfKeys: 1, lua: takeScript });
  }

  /** A Redis client for limiters: short deadlines, no queueing while disconnected. */
  static connect(url: string, onError: (error: Error) => void): Redis {
    const redis = new Redis(url, {
      commandTimeout: 250,
      connectTimeout: 1000,
      maxRetriesPerRequest: 0,
      enableOfflineQueue: false,
      lazyConnect: false,
    });
    redis.on('error', onError);
    return redis;
  }

  get enabled(): boolean {
    return this.ratePerSecond > 0;
  }

  async take(key: string): Promise<RateDecision> {
    try {
      const [allowed, tokens] = (await (
        this.redis as unknown as { linkcyTakeToken(key: string, rate: number, capacity: number): Promise<[number, string]> }
      ).linkcyTakeToken(`linkcy:rate:${this.name}:${key}`, this.ratePerSecond, this.capacity)) as [number, string];
      const left = Number(tokens);
      return {
        allowed: allowed === 1,
        limit: this.ratePerSecond,
        remaining: Math.floor(left),
        retryAfterSeconds: allowed === 1 ? 0 : Math.max(1, Math.ceil((1 - left) / this.ratePerSecond)),
      };
    } catch (error) {
      this.onFallback(error as Error);
      return this.fallback.take(key);
    }
  }

  headers(decision: RateDecision): Record<string, string> {
    return this.fallback.headers(decision);
  }
}
