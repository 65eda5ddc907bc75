import type { Config } from './config.js';
import type { Database } from './db/database.js';
import type { RateLimiter } from './http/rate-limit.js';

/** What route modules are given: configuration and shared resources, nothing global. */
export interface AppContext {
  config: Config;
  database: Database;
  rateLimiter: RateLimiter;
}
