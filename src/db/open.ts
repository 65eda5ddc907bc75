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
      readPoolSize: config.databaseReadPoolSize,
      timeouts: config.databaseTimeouts,
      ...(onConnectionError ? { onConnectionError } : {}),
    });
  }
  return openEmbedded(config.dataDir, { sharedBuffersMb: config.embeddedSharedBuffersMb });
}

export function describeDatabase(config: Config): string {
  if (!config.databaseUrl) return `embedded PostgreSQL (PGlite) in ${config.dataDir}`;
  const url = new URL(config.databaseUrl);
  // Never print the password.
  return `PostgreSQL at ${url.hostname}:${url.port || 5432}${url.pathname}`;
}

/** The database cannot be reached, or refuses this server: a one-line reason, never a stack trace. */
export class DatabaseUnavailable extends Error {
  override name = 'DatabaseUnavailable';
}

/** PostgreSQL states worth waiting out at start: the server is starting, full, or the database not yet made. */
const transientStates = new Set(['57P03', '53300', '3D000', '08000', '08001', '08003', '08004', '08006']);
const networkCodes = new Set(['ECONNREFUSED', 'ECONNRESET', 'ENOTFOUND', 'EAI_AGAIN', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'EPIPE']);

/**
 * Why a connection attempt failed, in one line, and whether trying again may help; undefined for an
 * error that is not about reaching the database (a bug, a failed migration), which keeps its stack.
 */
export function databaseProblem(error: unknown): { reason: string; transient: boolean } | undefined {
  // Node reports a host with several addresses (localhost: ::1 and 127.0.0.1) as an AggregateError.
  const first = error instanceof AggregateError && error.errors.length > 0 ? error.errors[0] : error;
  const { code, message } = (first ?? {}) as { code?: string; message?: string };
  const text = (message ?? String(first)).split('\n')[0]!;
  if (code && networkCodes.has(code)) return { reason: text || code, transient: true };
  if (code && transientStates.has(code)) return { reason: text, transient: true };
  if (/timeout exceeded when trying to connect|Connection terminated/i.test(text)) return { reason: text, transient: true };
  // Authentication and permission: waiting will not fix a wrong password.
  if (code === '28P01' || code === '28000' || code === '42501') return { reason: text, transient: false };
  return undefined;
}

/**
 * Opens the database, waiting out a database that is not reachable yet (a container starting beside
 * this one) with backoff, each wait reported in one line, until the start-up deadline.
 */
export async function openDatabaseWithRetry(
  config: Config,
  options: { onRetry: (reason: string, delayMs: number) => void; onConnectionError?: (error: Error) => void },
): Promise<Database> {
  const deadline = Date.now() + config.databaseStartTimeoutMs;
  let delayMs = 250;
  for (;;) {
    try {
      return await openDatabase(config, options.onConnectionError);
    } catch (error) {
      const problem = databaseProblem(error);
      if (!problem) throw error;
      const where = describeDatabase(config);
      if (!problem.transient) throw new DatabaseUnavailable(`${where}: ${problem.reason}`);
      if (Date.now() + delayMs > deadline) {
        throw new DatabaseUnavailable(
          `${where}: ${problem.reason} (gave up after ${Math.round(config.databaseStartTimeoutMs / 1000)} s; LINKCY_DATABASE_START_TIMEOUT_SECONDS)`,
        );
      }
      options.onRetry(`${where}: ${problem.reason}`, delayMs);
      await new Promise((resolve) => setTimeout(resolve, delayMs));
      delayMs = Math.min(delayMs * 2, 5_000);
    }
  }
}
