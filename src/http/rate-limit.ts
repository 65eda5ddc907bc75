/**
 * A token bucket per credential (SPEC §1): `ratePerSecond` tokens a second, holding up to twice that so
 * that short bursts pass. It lives in the process; with several server processes each enforces the limit
 * on its own share of the traffic.
 */
export interface RateDecision {
  allowed: boolean;
  limit: number;
  remaining: number;
  /** Seconds until at least one token is available again. */
  retryAfterSeconds: number;
}

export class RateLimiter {
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
