import { fork } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import { ConfigError } from '../errors/config-error.js';
import { openPglite, type Database } from './database.js';

/**
 * The embedded engine keeps its files in `<dataDir>/pgdata`. PGlite is a single-process database: two
 * processes writing one data directory would corrupt it, so the directory is locked by a pid file for
 * as long as a process has it open, and a second process gets a clear error instead.
 */
export function pgdataPath(dataDir: string): string {
  return path.join(dataDir, 'pgdata');
}

/** Another live process holds the data directory. */
export class DataDirectoryInUse extends ConfigError {
  override name = 'DataDirectoryInUse';
}

function lockPath(dataDir: string): string {
  return path.join(dataDir, 'linkcy.lock');
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM means the process exists but belongs to someone else: still alive.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Takes the data directory's lock, or throws DataDirectoryInUse naming the process that holds it. Of
 * any number of processes trying at once, exactly one gets it:
 * - the lock file appears whole or not at all: written under a name of this process's own, then linked
 *   into place (a link fails if the name exists), so no process reads a half-written lock (an empty
 *   file read as a stale one let two processes in);
 * - a stale lock (its process is gone: a crash, kill -9) is moved aside under a name of this process's
 *   own (a rename is atomic), and removed only if what moved is the stale lock that was read; a live
 *   lock moved by mistake (taken between the read and the move) is linked back and refused.
 */
export function lockDataDir(dataDir: string): () => void {
  fs.mkdirSync(dataDir, { recursive: true });
  const file = lockPath(dataDir);
  const own = `${file}.${process.pid}`;
  const inUse = (holder: number) =>
    new DataDirectoryInUse(
      `The data directory ${dataDir} is in use by process ${holder} (a running server or CLI). ` +
        `Stop that process first, or point DATABASE_URL at a PostgreSQL server that several processes can share.`,
    );
  fs.writeFileSync(own, `${process.pid}\n`);
  try {
    for (let attempt = 0; attempt < 5; attempt++) {
      try {
        fs.linkSync(own, file);
        return () => {
          try {
            if (fs.readFileSync(file, 'utf8').trim() === String(process.pid)) fs.unlinkSync(file);
          } catch {
            // Already gone: nothing to release.
          }
        };
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      }
      const seen = readIfPresent(file);
      if (seen === undefined) continue; // released meanwhile: try again
      const holder = Number.parseInt(seen, 10);
      if (Number.isInteger(holder) && holder !== process.pid && isAlive(holder)) throw inUse(holder);
      const aside = `${file}.stale-${process.pid}`;
      try {
        fs.renameSync(file, aside);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') continue; // another process moved it first
        throw error;
      }
      const moved = readIfPresent(aside);
      if (moved !== seen) {
        // The lock was taken between the read and the move: give it back to its holder.
        try {
          fs.linkSync(aside, file);
        } finally {
          fs.rmSync(aside, { force: true });
        }
        throw inUse(Number.parseInt(moved ?? '', 10));
      }
      fs.rmSync(aside, { force: true });
    }
  } finally {
    fs.rmSync(own, { force: true });
  }
  throw new ConfigError(`Could not lock the data directory ${dataDir}; remove ${file} if no Linkcy process runs.`);
}

function readIfPresent(file: string): string | undefined {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

/**
 * Creating a PGlite cluster (initdb) takes seconds and grows the WebAssembly heap by hundreds of
 * megabytes that are never returned to the system. A short-lived child process does it, so the long-
 * running server only ever opens an existing cluster.
 *
 * The child builds the cluster in a temporary directory beside `pgdata` and marks it complete only
 * after it closed cleanly; the parent then renames it into place. A process killed at any moment
 * leaves either no `pgdata` or a complete one, and a half-made temporary directory is removed and
 * redone at the next start, never opened.
 */
export const completeMarker = '.linkcy-complete';
const initPrefix = 'pgdata.init-';

async function initializeInChild(target: string): Promise<void> {
  const script = fileURLToPath(new URL(`./embedded-init${path.extname(fileURLToPath(import.meta.url))}`, import.meta.url));
  await new Promise<void>((resolve, reject) => {
    // From sources (tests, `npm run dev`) the child needs the TypeScript loader too; from dist it does not.
    const execArgv =
      script.endsWith('.ts') && !process.execArgv.join(' ').includes('tsx') ? [...process.execArgv, '--import', 'tsx'] : process.execArgv;
    const child = fork(script, [target, completeMarker], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'], execArgv });
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`initializing the embedded database failed (exit code ${code})`))));
  });
}

/** Makes sure `pgdata` holds a complete cluster, building one if there is none. Runs under the lock. */
async function ensureCluster(dataDir: string): Promise<string> {
  const pgdata = pgdataPath(dataDir);
  // Leftovers of an initialization that was killed: never trusted, always redone.
  for (const entry of fs.readdirSync(dataDir)) {
    if (entry.startsWith(initPrefix)) fs.rmSync(path.join(dataDir, entry), { recursive: true, force: true });
  }
  if (fs.existsSync(path.join(pgdata, completeMarker))) return pgdata;
  if (fs.existsSync(path.join(pgdata, 'PG_VERSION'))) {
    // Made by a version before the marker existed (those initialized in place): mark it once it opens.
    return pgdata;
  }
  fs.rmSync(pgdata, { recursive: true, force: true });
  const temporary = path.join(dataDir, `${initPrefix}${process.pid}`);
  await initializeInChild(temporary);
  if (!fs.existsSync(path.join(temporary, completeMarker))) throw new Error('initializing the embedded database did not complete');
  fs.renameSync(temporary, pgdata);
  return pgdata;
}

/**
 * The embedded database's buffer cache by default. PGlite's WebAssembly heap holds all of PostgreSQL's
 * shared_buffers from the start and never gives memory back: PostgreSQL's 128 MB default made the
 * server 437 MB resident under load, 32 MB makes it 291 MB, and was faster too (657 against 523
 * authorizations/s: `BENCH_ONLY=embedded npm run bench`). Pages beyond it come from the operating
 * system's file cache.
 */
export const defaultEmbeddedSharedBuffersMb = 32;

/** Opens (creating if needed) the embedded database in `dataDir`, migrated and locked. */
export async function openEmbedded(dataDir: string, options: { sharedBuffersMb?: number } = {}): Promise<Database> {
  const unlock = lockDataDir(dataDir);
  try {
    const pgdata = await ensureCluster(dataDir);
    const client = await PGlite.create(pgdata, {
      postgresqlconf: `shared_buffers = ${options.sharedBuffersMb ?? defaultEmbeddedSharedBuffersMb}MB`,
    });
    const database = await openPglite(client, unlock);
    fs.writeFileSync(path.join(pgdata, completeMarker), 'initialized by Linkcy\n', { flag: 'a' });
    return database;
  } catch (error) {
    unlock();
    throw error;
  }
}
