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

/** Takes the data directory's lock, or throws a ConfigError naming the process that holds it. */
export function lockDataDir(dataDir: string): () => void {
  fs.mkdirSync(dataDir, { recursive: true });
  const file = lockPath(dataDir);
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = fs.openSync(file, 'wx');
      fs.writeSync(fd, `${process.pid}\n`);
      fs.closeSync(fd);
      return () => {
        try {
          if (fs.readFileSync(file, 'utf8').trim() === String(process.pid)) fs.unlinkSync(file);
        } catch {
          // Already gone: nothing to release.
        }
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const holder = Number.parseInt(fs.readFileSync(file, 'utf8'), 10);
      if (Number.isInteger(holder) && holder !== process.pid && isAlive(holder)) {
        throw new DataDirectoryInUse(
          `The data directory ${dataDir} is in use by process ${holder} (a running server or CLI). ` +
            `Stop that process first, or point DATABASE_URL at a PostgreSQL server that several processes can share.`,
        );
      }
      // The process that held the lock is gone (a crash or kill -9): the lock is stale.
      fs.rmSync(file, { force: true });
    }
  }
  throw new ConfigError(`Could not lock the data directory ${dataDir}; remove ${file} if no Linkcy process runs.`);
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
