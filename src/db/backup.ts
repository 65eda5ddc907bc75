import fs from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { ConfigError } from '../errors/config-error.js';
import { openEmbedded, pgdataPath, lockDataDir, completeMarker } from './embedded.js';
import type { Database } from './database.js';

/**
 * Backup and restore of the embedded engine (`linkcy backup` / `linkcy restore`). A backup is PGlite's
 * own dump of the cluster (a gzipped tar), taken through the database's single connection, so it is a
 * consistent snapshot; it holds the sandbox keyring when there is one, and never a configured master
 * key, which the operator keeps beside it.
 */
export async function writeBackup(database: Database, file: string): Promise<number> {
  // The CLI refuses PostgreSQL before it connects; this only guards other callers.
  if (!database.snapshot) throw new Error('only the embedded engine takes snapshots');
  const bytes = Buffer.from(await (await database.snapshot()).arrayBuffer());
  fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  // Written beside the target and renamed, so a crash never leaves half a backup under the real name.
  const temporary = `${file}.partial-${process.pid}`;
  fs.writeFileSync(temporary, bytes, { mode: 0o600 });
  fs.renameSync(temporary, file);
  return bytes.length;
}

const restorePrefix = 'pgdata.restore-';

/**
 * Restores a backup into `dataDir`, which must not hold a database yet: the cluster is unpacked in a
 * temporary directory, opened (migrations applied) and checked by `check` before it is moved into
 * place, so a backup that is damaged or that the keyring cannot open changes nothing.
 */
export async function restoreBackup(file: string, dataDir: string, check: (database: Database) => Promise<void>): Promise<void> {
  if (!fs.existsSync(file)) throw new ConfigError(`No backup file at ${file}.`);
  const unlock = lockDataDir(dataDir);
  const temporary = path.join(dataDir, `${restorePrefix}${process.pid}`);
  try {
    if (fs.existsSync(pgdataPath(dataDir))) {
      throw new ConfigError(`${dataDir} already holds a database; restore into a new, empty data directory (LINKCY_DATA_DIR).`);
    }
    // What a restore killed mid-way left (its process is gone: the lock is ours), whatever its pid.
    for (const name of fs.readdirSync(dataDir)) {
      if (name.startsWith(restorePrefix)) fs.rmSync(path.join(dataDir, name), { recursive: true, force: true });
    }
    let client: PGlite;
    try {
      client = await PGlite.create(temporary, { loadDataDir: new Blob([fs.readFileSync(file)]) });
    } catch (error) {
      throw new ConfigError(`${file} is not a Linkcy embedded backup (${(error as Error).message.split('\n')[0]}).`);
    }
    await client.close();
    fs.writeFileSync(path.join(temporary, completeMarker), 'restored by Linkcy\n');
    fs.renameSync(temporary, pgdataPath(dataDir));
  } catch (error) {
    fs.rmSync(temporary, { recursive: true, force: true });
    unlock();
    throw error;
  }
  unlock();
  // Opened the normal way (lock, migrations), then checked; a failed check takes the restore back.
  const database = await openEmbedded(dataDir);
  try {
    await check(database);
  } catch (error) {
    await database.close();
    fs.rmSync(pgdataPath(dataDir), { recursive: true, force: true });
    throw error;
  }
  await database.close();
}
