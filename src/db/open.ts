import type { Config } from '../config.js';
import type { Database } from './database.js';
import { openPostgres } from './database.js';
import { openEmbedded } from './embedded.js';

/** Opens the database the configuration names: PostgreSQL when DATABASE_URL is set, else embedded. */
export function openDatabase(config: Config, onConnectionError?: (error: Error) => void): Promise<Database> {
  if (config.databaseUrl) {
    return openPostgres({
      url: config.databaseUrl,
      poolSize: config.databasePoolSize,
      timeouts: config.databaseTimeouts,
      ...(onConnectionError ? { onConnectionError } : {}),
    });
  }
  return openEmbedded(config.dataDir);
}

export function describeDatabase(config: Config): string {
  if (!config.databaseUrl) return `embedded PostgreSQL (PGlite) in ${config.dataDir}`;
  const url = new URL(config.databaseUrl);
  // Never print the password.
  return `PostgreSQL at ${url.hostname}:${url.port || 5432}${url.pathname}`;
}
