import { ConfigError } from './errors/config-error.js';
import { DataDirectoryInUse } from './db/embedded.js';
import { DatabaseUnavailable } from './db/open.js';

/**
 * How the server and the CLI end, for scripts and supervisors (documented in docs/operations.md).
 * A supervisor should restart on 3 (the database may come back), not on 2 (someone must fix a setting).
 */
export const exitCodes = {
  ok: 0,
  /** A check found a problem (ledger or audit verify), or the command was refused (no such credential). */
  failed: 1,
  /** A usage error or an invalid setting: nothing was done. */
  usage: 2,
  /** The database could not be reached before the start-up deadline, or refused the connection. */
  databaseUnavailable: 3,
  /** The embedded data directory is held by another process (a running server or CLI). */
  dataDirectoryInUse: 4,
  /** A bug: the message and stack say where. */
  internal: 70,
} as const;

export function exitCodeFor(error: unknown): number {
  if (error instanceof DataDirectoryInUse) return exitCodes.dataDirectoryInUse;
  if (error instanceof ConfigError) return exitCodes.usage;
  if (error instanceof DatabaseUnavailable) return exitCodes.databaseUnavailable;
  return exitCodes.internal;
}
