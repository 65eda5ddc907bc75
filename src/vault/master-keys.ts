import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Db } from '../db/database.js';
import { ConfigError } from '../errors/config-error.js';
import { sandboxMasterKeys, vaultKeys } from './schema.js';

/**
 * Master keys (key-encryption keys) wrap the data keys stored in the database (see vault.ts). Where
 * they come from decides who can read card data:
 *
 * - `LINKCY_MASTER_KEY` (one base64 key of 32 bytes, or a keyring `3:<base64>,2:<base64>,...` whose
 *   first entry is current) or `LINKCY_MASTER_KEY_FILE` (a file holding the same text). The only
 *   sources in live mode: the key never touches the database, so a database dump alone opens nothing.
 * - In sandbox without either, a sandbox keyring kept in the database itself (`sandbox_master_keys`),
 *   so that every server process on one database, whatever its directory, reads the same keys. Sandbox
 *   card data is test data; the database then protects nothing, and the start-up warning says so.
 *
 * A keyring is checked against the data keys already in the database before anything is served; one
 * that cannot open them stops the server with a message naming the missing version, and nothing new
 * is written.
 */
export interface Keyring {
  current: number;
  keys: Map<number, Buffer>;
}

export type KeyringSource =
  { kind: 'setting'; name: 'LINKCY_MASTER_KEY' } | { kind: 'setting'; name: 'LINKCY_MASTER_KEY_FILE'; path: string } | { kind: 'sandbox-database' };

export interface MasterKeyring extends Keyring {
  /** Where the keyring lives, which decides how `keys rotate` adds a version and what errors say. */
  source: KeyringSource;
}

const keyBytes = 32;

function decodeKey(text: string, where: string): Buffer {
  const key = Buffer.from(text.trim(), 'base64');
  if (key.length !== keyBytes || key.toString('base64').replace(/=+$/, '') !== text.trim().replace(/=+$/, '')) {
    throw new ConfigError(`Invalid configuration:\n  ${where}: must be ${keyBytes} bytes in base64 (e.g. \`openssl rand -base64 32\`)`);
  }
  return key;
}

/** Parses keyring text; `setting` names where it came from in errors (never the value). */
export function parseKeyring(value: string, setting = 'LINKCY_MASTER_KEY'): Keyring {
  const entries = value
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean);
  if (entries.length === 0) throw new ConfigError(`Invalid configuration:\n  ${setting}: is empty`);
  if (entries.length === 1 && !entries[0]!.includes(':')) return { current: 1, keys: new Map([[1, decodeKey(entries[0]!, setting)]]) };
  const keys = new Map<number, Buffer>();
  for (const entry of entries) {
    const match = /^(\d{1,6}):(.+)$/.exec(entry);
    if (!match) throw new ConfigError(`Invalid configuration:\n  ${setting}: must be a base64 key or a list \`version:base64,...\``);
    if (keys.has(Number(match[1]))) throw new ConfigError(`Invalid configuration:\n  ${setting}: version ${match[1]} appears twice`);
    keys.set(Number(match[1]), decodeKey(match[2]!, `${setting} version ${match[1]}`));
  }
  const current = Number(/^(\d+):/.exec(entries[0]!)![1]);
  return { current, keys };
}

/**
 * The keyring the operator configured, read and checked at once (before any database work), or
 * undefined when none is set. Both settings at once is an error: which one wins would be a guess.
 */
export function configuredKeyring(environment: {
  LINKCY_MASTER_KEY?: string | undefined;
  LINKCY_MASTER_KEY_FILE?: string | undefined;
}): MasterKeyring | undefined {
  if (environment.LINKCY_MASTER_KEY && environment.LINKCY_MASTER_KEY_FILE) {
    throw new ConfigError('Invalid configuration:\n  LINKCY_MASTER_KEY and LINKCY_MASTER_KEY_FILE: set one of them, not both');
  }
  if (environment.LINKCY_MASTER_KEY) {
    return { ...parseKeyring(environment.LINKCY_MASTER_KEY), source: { kind: 'setting', name: 'LINKCY_MASTER_KEY' } };
  }
  const file = environment.LINKCY_MASTER_KEY_FILE;
  if (!file) return undefined;
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (error) {
    throw new ConfigError(
      `Invalid configuration:\n  LINKCY_MASTER_KEY_FILE=${JSON.stringify(file)}: cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'})`,
    );
  }
  const absolute = path.resolve(file);
  return {
    ...parseKeyring(text, `LINKCY_MASTER_KEY_FILE (${absolute})`),
    source: { kind: 'setting', name: 'LINKCY_MASTER_KEY_FILE', path: absolute },
  };
}

/** How errors name a keyring's source. */
export function describeKeyringSource(source: KeyringSource): string {
  if (source.kind === 'sandbox-database') return 'the sandbox keyring in the database (table sandbox_master_keys)';
  return source.name === 'LINKCY_MASTER_KEY' ? 'LINKCY_MASTER_KEY' : `LINKCY_MASTER_KEY_FILE (${source.path})`;
}

/** Where versions before 0.2 kept the sandbox keyring: a file in the data directory. */
export function legacyKeyringFilePath(dataDir: string): string {
  return path.join(dataDir, 'master-keys');
}

function toKeyring(rows: { version: number; key: string }[]): Keyring {
  const keys = new Map(rows.map((row) => [row.version, Buffer.from(row.key, 'base64')]));
  return { current: Math.max(...keys.keys()), keys };
}

/**
 * The master keyring a server or the CLI works with: the configured one, else (sandbox only) the
 * sandbox keyring shared through the database, created by the first process that needs it.
 */
export async function loadMasterKeyring(
  configured: MasterKeyring | undefined,
  options: { mode: 'sandbox' | 'live'; dataDir: string; db: Db; warn: (message: string) => void },
): Promise<MasterKeyring> {
  if (configured) return configured;
  if (options.mode === 'live') {
    throw new ConfigError(
      'Invalid configuration:\n  LINKCY_MASTER_KEY: required in live mode (32 bytes, base64; or LINKCY_MASTER_KEY_FILE), to encrypt card data',
    );
  }
  const source = { kind: 'sandbox-database' } as const;
  const stored = await options.db.select().from(sandboxMasterKeys);
  if (stored.length > 0) return { ...toKeyring(stored), source };

  // A database used by an older version in sandbox: its keyring is the file in that server's data
  // directory, and it moves into the database so that other servers can read it too.
  const legacyFile = legacyKeyringFilePath(options.dataDir);
  let seed: Keyring;
  if (fs.existsSync(legacyFile)) {
    seed = parseKeyring(fs.readFileSync(legacyFile, 'utf8'), legacyFile);
  } else {
    const [dataKey] = await options.db.select({ id: vaultKeys.id }).from(vaultKeys).limit(1);
    if (dataKey) {
      // Card data exists, wrapped by a key this process cannot find: a new key would open none of it.
      throw new ConfigError(
        'This database holds card-data keys but no sandbox keyring, and this server has no master key. ' +
          `Start it with LINKCY_MASTER_KEY, or from the data directory whose \`master-keys\` file made them (${legacyFile} does not exist).`,
      );
    }
    seed = { current: 1, keys: new Map([[1, randomBytes(keyBytes)]]) };
  }
  await options.db
    .insert(sandboxMasterKeys)
    .values([...seed.keys].map(([version, key]) => ({ version, key: key.toString('base64') })))
    .onConflictDoNothing();
  // Another process may have created it at the same moment: whatever is stored now is the keyring.
  const keyring = { ...toKeyring(await options.db.select().from(sandboxMasterKeys)), source };
  options.warn(
    fs.existsSync(legacyFile)
      ? `Moved the sandbox master keyring from ${legacyFile} into the database, where every server on it reads it.`
      : 'No LINKCY_MASTER_KEY: using a sandbox master key kept in the database. Anyone who can read the database can read its card data; set LINKCY_MASTER_KEY for anything real.',
  );
  return keyring;
}

/**
 * Adds a new current version to the sandbox keyring in the database; configured keyrings are changed
 * by the operator (the new key first in the setting), never by Linkcy.
 */
export async function addMasterKeyVersion(db: Db, keyring: MasterKeyring): Promise<MasterKeyring> {
  if (keyring.source.kind !== 'sandbox-database') {
    throw new ConfigError(
      `The master keyring comes from ${describeKeyringSource(keyring.source)}: put the new key first as \`<version>:<base64>,\` followed by the old ones, then run \`keys rotate\` again.`,
    );
  }
  const current = Math.max(...keyring.keys.keys()) + 1;
  const key = randomBytes(keyBytes);
  await db.insert(sandboxMasterKeys).values({ version: current, key: key.toString('base64') });
  return { current, keys: new Map(keyring.keys).set(current, key), source: keyring.source };
}
