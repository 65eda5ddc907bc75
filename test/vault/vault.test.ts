import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/app.js';
import { ConfigError, loadConfig } from '../../src/config.js';
import { createCredential, type IssuedCredential } from '../../src/modules/organizations/service.js';
import { addMasterKeyVersion, loadMasterKeyring, parseKeyring } from '../../src/vault/master-keys.js';
import { sandboxMasterKeys, vaultKeys } from '../../src/vault/schema.js';
import { rewrapDataKeys, Vault } from '../../src/vault/vault.js';
import { entityDocument, individualAttributes } from '../helpers/fixtures.js';
import { basicAuth, describeEachEngine, engines, openTestDatabase } from '../helpers/harness.js';

describe('master keys from configuration', () => {
  it('refuses live mode without a key at once, and a key of the wrong size, without echoing it', () => {
    expect(() => loadConfig({ LINKCY_MODE: 'live' })).toThrow(ConfigError);
    expect(() => loadConfig({ LINKCY_MODE: 'live' })).toThrow('LINKCY_MASTER_KEY: required in live mode');
    const short = randomBytes(16).toString('base64');
    expect(() => loadConfig({ LINKCY_MASTER_KEY: short })).toThrow('LINKCY_MASTER_KEY: must be 32 bytes in base64');
    try {
      loadConfig({ LINKCY_MASTER_KEY: short });
    } catch (error) {
      expect((error as Error).message).not.toContain(short);
    }
    const a = randomBytes(32).toString('base64');
    const b = randomBytes(32).toString('base64');
    expect(parseKeyring(`7:${a},3:${b}`).current).toBe(7);
    expect(() => parseKeyring(`7:${a},7:${b}`)).toThrow('version 7 appears twice');
  });

  it('reads LINKCY_MASTER_KEY_FILE, refuses an unreadable one and both settings at once', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'linkcy-keys-'));
    const file = path.join(dir, 'key');
    const key = randomBytes(32).toString('base64');
    fs.writeFileSync(file, `2:${key}\n`);
    const config = loadConfig({
      LINKCY_MODE: 'live',
      LINKCY_MASTER_KEY_FILE: file,
      LINKCY_METRICS: 'off',
      LINKCY_PUBLIC_URL: 'https://bank.example.com',
    });
    expect(config.masterKeyring!.current).toBe(2);
    expect(config.masterKeyring!.source).toEqual({ kind: 'setting', name: 'LINKCY_MASTER_KEY_FILE', path: file });
    expect(() => loadConfig({ LINKCY_MASTER_KEY_FILE: path.join(dir, 'missing') })).toThrow(
      `LINKCY_MASTER_KEY_FILE="${path.join(dir, 'missing')}": cannot be read (ENOENT)`,
    );
    expect(() => loadConfig({ LINKCY_MASTER_KEY_FILE: file, LINKCY_MASTER_KEY: key })).toThrow('set one of them, not both');
    fs.writeFileSync(file, 'not a key');
    expect(() => loadConfig({ LINKCY_MASTER_KEY_FILE: file })).toThrow(`LINKCY_MASTER_KEY_FILE (${file}): must be 32 bytes in base64`);
    fs.rmSync(dir, { recursive: true });
  });
});

for (const engine of engines) {
  describe(`the sandbox keyring shared through the database [${engine}]`, () => {
    const directories: string[] = [];
    const tempDir = () => {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'linkcy-keys-'));
      directories.push(dir);
      return dir;
    };
    afterAll(() => directories.forEach((dir) => fs.rmSync(dir, { recursive: true, force: true })));
    const sandbox = (dataDir: string) =>
      loadConfig({ LINKCY_DATA_DIR: dataDir, LINKCY_LOG_LEVEL: 'silent', LINKCY_RATE_LIMIT: '0', LINKCY_SENSITIVE_RATE_LIMIT: '0' });
    const reveal = (app: FastifyInstance, credential: IssuedCredential, cardId: string) =>
      app
        .inject({
          method: 'POST',
          url: `/cards/details/${cardId}`,
          headers: { accept: 'application/vnd.api+json', authorization: basicAuth(credential) },
        })
        .then((response) => ({ status: response.statusCode, pan: response.json().data?.attributes?.pan as string | undefined }));

    it("lets servers in different directories read each other's cards, before and after keys rotate", async () => {
      const database = await openTestDatabase(engine);
      const apps: FastifyInstance[] = [];
      try {
        const warnings: string[] = [];
        const start = async (dataDir: string) => {
          const app = await buildApp({
            config: sandbox(dataDir),
            database,
            logger: { level: 'warn', stream: { write: (line: string) => warnings.push(JSON.parse(line).msg) } },
          });
          apps.push(app);
          return app;
        };
        const first = await start(tempDir());
        expect(warnings.filter((line) => line.includes('sandbox master key kept in the database'))).toHaveLength(1);
        const credential = await createCredential(database.db, { organizationName: 'Keys Ltd', scopes: ['cards:sensitive'] });
        const entity = await first.inject({
          method: 'POST',
          url: '/entities/',
          headers: { accept: 'application/vnd.api+json', 'content-type': 'application/vnd.api+json', authorization: basicAuth(credential) },
          payload: entityDocument(individualAttributes({ externalId: null })),
        });
        const headers = { accept: 'application/vnd.api+json', 'content-type': 'application/vnd.api+json', authorization: basicAuth(credential) };
        const account = await first.inject({
          method: 'POST',
          url: '/bank/accounts/',
          headers,
          payload: { data: { type: 'bankAccount', relationships: { entity: { data: { type: 'entity', id: entity.json().data.id } } } } },
        });
        expect(account.statusCode).toBe(201);
        const card = await first.inject({
          method: 'POST',
          url: '/cards/',
          headers: { accept: 'application/vnd.api+json', 'content-type': 'application/vnd.api+json', authorization: basicAuth(credential) },
          payload: {
            data: {
              type: 'card',
              attributes: { form: 'virtual' },
              relationships: { entity: { data: { type: 'entity', id: entity.json().data.id } } },
            },
          },
        });
        expect(card.statusCode).toBe(201);
        const cardId = card.json().data.id as string;
        const seen = await reveal(first, credential, cardId);
        expect(seen.status).toBe(200);
        expect(seen.pan).toMatch(/^\d{16}$/);

        // A second server, elsewhere, with no keyring file of its own: same keys, same card.
        const second = await start(tempDir());
        expect(await reveal(second, credential, cardId)).toEqual(seen);
        expect(fs.readdirSync(directories[1]!)).not.toContain('master-keys');

        // keys rotate: a new sandbox version, every data key re-wrapped; a third server reads the card.
        let keyring = await loadMasterKeyring(undefined, { mode: 'sandbox', dataDir: tempDir(), db: database.db, warn: () => {} });
        keyring = await addMasterKeyVersion(database.db, keyring);
        expect(keyring.current).toBe(2);
        expect(await rewrapDataKeys(database.db, keyring)).toBe(5);
        const third = await start(tempDir());
        expect(await reveal(third, credential, cardId)).toEqual(seen);
        // Servers started before the rotation keep serving.
        expect(await reveal(first, credential, cardId)).toEqual(seen);

        // A server with a key of its own that did not make this database refuses to start, naming why,
        // and writes nothing.
        const before = await database.db.select().from(vaultKeys);
        const stranger = loadConfig({
          LINKCY_DATA_DIR: tempDir(),
          LINKCY_MASTER_KEY: randomBytes(32).toString('base64'),
          LINKCY_LOG_LEVEL: 'silent',
        });
        const refused = buildApp({ config: stranger, database });
        await expect(refused).rejects.toThrow(ConfigError);
        await expect(refused).rejects.toThrow('wrapped by master key version 2, which LINKCY_MASTER_KEY does not hold (it holds version 1)');
        const wrongTwo = loadConfig({
          LINKCY_DATA_DIR: tempDir(),
          LINKCY_MASTER_KEY: `2:${randomBytes(32).toString('base64')}`,
          LINKCY_LOG_LEVEL: 'silent',
        });
        await expect(buildApp({ config: wrongTwo, database })).rejects.toThrow(
          /Master key version 2 of LINKCY_MASTER_KEY is not the key that wrapped this database's card-data keys \(the \w+ data key v1 does not open with it\)/,
        );
        expect(await database.db.select().from(vaultKeys)).toEqual(before);
      } finally {
        for (const app of apps) await app.close();
        await database.close();
      }
    });

    it("moves an older version's keyring file into the database, and never invents a key for existing card data", async () => {
      const database = await openTestDatabase(engine);
      try {
        const legacyDir = tempDir();
        const key = randomBytes(32);
        fs.writeFileSync(path.join(legacyDir, 'master-keys'), `3:${key.toString('base64')}\n`);
        // The data keys an older server made with that file.
        await Vault.load(database.db, { current: 3, keys: new Map([[3, key]]), source: { kind: 'sandbox-database' } });
        await database.db.delete(sandboxMasterKeys);

        // Another directory, no file: refused, nothing written.
        await expect(loadMasterKeyring(undefined, { mode: 'sandbox', dataDir: tempDir(), db: database.db, warn: () => {} })).rejects.toThrow(
          'This database holds card-data keys but no sandbox keyring',
        );
        expect(await database.db.select().from(sandboxMasterKeys)).toEqual([]);

        // The directory with the file: its keyring moves into the database and opens the data keys.
        const warnings: string[] = [];
        const keyring = await loadMasterKeyring(undefined, {
          mode: 'sandbox',
          dataDir: legacyDir,
          db: database.db,
          warn: (line) => warnings.push(line),
        });
        expect(keyring.current).toBe(3);
        expect(warnings[0]).toContain('Moved the sandbox master keyring');
        await Vault.load(database.db, keyring);
        const elsewhere = await loadMasterKeyring(undefined, { mode: 'sandbox', dataDir: tempDir(), db: database.db, warn: () => {} });
        expect(elsewhere.keys.get(3)!.equals(key)).toBe(true);
      } finally {
        await database.close();
      }
    });
  });
}

describeEachEngine('vault', (harness) => {
  it('encrypts with associated data, derives stable CVVs, and keeps reading after a master key rotation', async () => {
    const original = harness.config.masterKeyring!;
    const vault = await Vault.load(harness.database.db, original);
    const ciphertext = vault.encrypt('pan', '4895370000000001', 'org_a|card_a|pan');
    expect(ciphertext).toMatch(/^v1\./);
    expect(ciphertext).not.toContain('4895370000000001');
    expect(vault.decrypt('pan', ciphertext, 'org_a|card_a|pan')).toBe('4895370000000001');
    expect(() => vault.decrypt('pan', ciphertext, 'org_a|card_b|pan')).toThrow();
    expect(() => vault.decrypt('pin', ciphertext, 'org_a|card_a|pan')).toThrow();
    const cvv = vault.cvv('4895370000000001', 1, 2030);
    expect(cvv).toMatch(/^\d{3}$/);
    expect(vault.panLookupHash('4895370000000001')).toMatch(/^[0-9a-f]{64}$/);

    // Rotation: a new master key version first in the keyring, then re-wrap.
    const fresh = randomBytes(32).toString('base64');
    const rotated = {
      ...parseKeyring(`2:${fresh},1:${harness.config.masterKeyring!.keys.get(1)!.toString('base64')}`),
      source: { kind: 'setting' as const, name: 'LINKCY_MASTER_KEY' as const },
    };
    expect(await rewrapDataKeys(harness.database.db, rotated)).toBe(5);
    expect(await rewrapDataKeys(harness.database.db, rotated)).toBe(0);
    // The new master key alone now opens every data key, and old ciphertexts still read.
    const afterRotation = await Vault.load(harness.database.db, {
      ...parseKeyring(`2:${fresh}`),
      source: { kind: 'setting', name: 'LINKCY_MASTER_KEY' },
    });
    expect(afterRotation.decrypt('pan', ciphertext, 'org_a|card_a|pan')).toBe('4895370000000001');
    expect(afterRotation.cvv('4895370000000001', 1, 2030)).toBe(cvv);
    // The retired master key no longer opens them.
    await expect(Vault.load(harness.database.db, original)).rejects.toThrow('master key version 2');
  });
});
