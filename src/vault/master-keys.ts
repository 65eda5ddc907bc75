import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { ConfigError, type Config } from '../config.js';

/**
 * Master keys (key-encryption keys) wrap the data keys stored in the database; they never touch the
 * database themselves. They come from `LINKCY_MASTER_KEY`: one base64 key of 32 bytes (version 1), or a
 * keyring `3:<base64>,2:<base64>,...` whose first entry is the current version. In sandbox mode without
 * it, a keyring file is generated in the data directory, with a warning. Live mode refuses to start
 * without it.
 */
export interface MasterKeyring {
  current: number;
  keys: Map<number, Buffer>;
  /** Where the keyring lives, which decides how `keys rotate` adds a version. */
  source: { kind: 'environment' } | { kind: 'file'; path: string };
}

const keyBytes = 32;

function decodeKey(text: string, where: string): Buffer {
  const key = Buffer.from(text.trim(), 'base64');
  if (key.length !== keyBytes || key.toString('base64').replace(/=+$/, '') !== text.trim().replace(/=+$/, '')) {
    throw new ConfigError(`Invalid configuration:\n  ${where}: must be ${keyBytes} bytes in base64 (e.g. \`openssl rand -base64 32\`)`);
  }
  return key;
}

export function parseKeyring(value: string): Omit<MasterKeyring, 'source'> {
  const entries = value
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean);
  if (entries.length === 1 && !entries[0]!.includes(':')) return { current: 1, keys: new Map([[1, decodeKey(entries[0]!, 'LINKCY_MASTER_KEY')]]) };
  const keys = new Map<number, Buffer>();
  for (const entry of entries) {
    const match = /^(\d{1,6}):(.+)$/.exec(entry);
    if (!match) throw new ConfigError('Invalid configuration:\n  LINKCY_MASTER_KEY: must be a base64 key or a list `version:base64,...`');
    keys.set(Number(match[1]), decodeKey(match[2]!, `LINKCY_MASTER_KEY version ${match[1]}`));
  }
  const current = Number(/^(\d+):/.exec(entries[0]!)![1]);
  return { current, keys };
}

export function keyringFilePath(dataDir: string): string {
  return path.join(dataDir, 'master-keys');
}

function writeKeyringFile(file: string, keyring: Omit<MasterKeyring, 'source'>) {
  const text = [...keyring.keys.entries()]
    .sort(([a], [b]) => (a === keyring.current ? -1 : b === keyring.current ? 1 : b - a))
    .map(([version, key]) => `${version}:${key.toString('base64')}`)
    .join(',');
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(`${file}.tmp`, `${text}\n`, { mode: 0o600 });
  fs.renameSync(`${file}.tmp`, file);
}

export function loadMasterKeyring(config: Config, warn: (message: string) => void): MasterKeyring {
  if (config.masterKey) return { ...parseKeyring(config.masterKey), source: { kind: 'environment' } };
  if (config.mode === 'live') {
    throw new ConfigError('Invalid configuration:\n  LINKCY_MASTER_KEY: required in live mode (32 bytes, base64), to encrypt card data');
  }
  const file = keyringFilePath(config.dataDir);
  if (!fs.existsSync(file)) {
    writeKeyringFile(file, { current: 1, keys: new Map([[1, randomBytes(keyBytes)]]) });
    warn(`No LINKCY_MASTER_KEY: generated a sandbox master key in ${file}. Set LINKCY_MASTER_KEY for anything real.`);
  }
  return { ...parseKeyring(fs.readFileSync(file, 'utf8')), source: { kind: 'file', path: file } };
}

/** Adds a new current version to a file keyring (sandbox); environment keyrings are changed by the operator. */
export function addMasterKeyVersion(keyring: MasterKeyring): MasterKeyring {
  if (keyring.source.kind !== 'file') {
    throw new ConfigError(
      'The master keyring comes from LINKCY_MASTER_KEY: put the new key first as `<version>:<base64>,` followed by the old ones, then run `keys rotate` again.',
    );
  }
  const current = Math.max(...keyring.keys.keys()) + 1;
  const keys = new Map(keyring.keys).set(current, randomBytes(keyBytes));
  writeKeyringFile(keyring.source.path, { current, keys });
  return { current, keys, source: keyring.source };
}
