import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { addMasterKeyVersion, loadMasterKeyring, parseKeyring } from '../../src/vault/master-keys.js';
import { rewrapDataKeys, Vault } from '../../src/vault/vault.js';
import { describeEachEngine } from '../helpers/harness.js';

describe('master keys', () => {
  it('refuses live mode without LINKCY_MASTER_KEY, and a key of the wrong size, without echoing it', () => {
    expect(() => loadMasterKeyring(loadConfig({ LINKCY_MODE: 'live' }), () => {})).toThrow('LINKCY_MASTER_KEY: required in live mode');
    const short = randomBytes(16).toString('base64');
    expect(() => parseKeyring(short)).toThrow('must be 32 bytes in base64');
    try {
      parseKeyring(short);
    } catch (error) {
      expect((error as Error).message).not.toContain(short);
    }
  });

  it('generates a sandbox keyring file once, with a warning, and reads keyrings with versions', () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'linkcy-keys-'));
    const warnings: string[] = [];
    const config = loadConfig({ LINKCY_DATA_DIR: dataDir });
    const first = loadMasterKeyring(config, (message) => warnings.push(message));
    const second = loadMasterKeyring(config, (message) => warnings.push(message));
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain('generated a sandbox master key');
    expect(second.keys.get(1)!.equals(first.keys.get(1)!)).toBe(true);
    expect((fs.statSync(path.join(dataDir, 'master-keys')).mode & 0o777).toString(8)).toBe('600');
    const rotated = addMasterKeyVersion(second);
    expect(rotated.current).toBe(2);
    expect(loadMasterKeyring(config, () => {}).current).toBe(2);
    const a = randomBytes(32).toString('base64');
    const b = randomBytes(32).toString('base64');
    expect(parseKeyring(`7:${a},3:${b}`).current).toBe(7);
    fs.rmSync(dataDir, { recursive: true });
  });
});

describeEachEngine('vault', (harness) => {
  it('encrypts with associated data, derives stable CVVs, and keeps reading after a master key rotation', async () => {
    const original = { ...parseKeyring(harness.config.masterKey!), source: { kind: 'environment' as const } };
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
    const rotated = { ...parseKeyring(`2:${fresh},1:${harness.config.masterKey}`), source: { kind: 'environment' as const } };
    expect(await rewrapDataKeys(harness.database.db, rotated)).toBe(5);
    expect(await rewrapDataKeys(harness.database.db, rotated)).toBe(0);
    // The new master key alone now opens every data key, and old ciphertexts still read.
    const afterRotation = await Vault.load(harness.database.db, { ...parseKeyring(`2:${fresh}`), source: { kind: 'environment' } });
    expect(afterRotation.decrypt('pan', ciphertext, 'org_a|card_a|pan')).toBe('4895370000000001');
    expect(afterRotation.cvv('4895370000000001', 1, 2030)).toBe(cvv);
    // The retired master key no longer opens them.
    await expect(Vault.load(harness.database.db, original)).rejects.toThrow('master key version 2');
  });
});
