import { createCipheriv, createDecipheriv, createHmac, randomBytes } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { Db } from '../db/database.js';
import { ConfigError } from '../errors/config-error.js';
import { describeKeyringSource, type MasterKeyring } from './master-keys.js';
import { vaultKeys, type VaultKeyPurpose } from './schema.js';

/**
 * Card secrets at rest (SPEC §4). Envelope encryption: each purpose has its own 256-bit data key,
 * stored in the database wrapped (AES-256-GCM) by a master key that never leaves configuration.
 *
 * - `pan`: the card number, AES-256-GCM. Associated data binds each ciphertext to its organization,
 *   card and field, so a ciphertext copied to another row or column fails to decrypt.
 * - `pin`: the PIN, under its own data key, bound the same way.
 * - `cvv`: an HMAC key; the CVV is derived from PAN and expiry, never stored.
 * - `lookup`: an HMAC key for the PAN's lookup hash (uniqueness), never a plain hash of a PAN.
 * - `webhook`: encrypts webhook signing secrets, which must be kept (to sign) but not in the clear.
 *
 * Ciphertexts are `v<data key version>.<base64 of iv | tag | ciphertext>`.
 */
const ivBytes = 12;
const tagBytes = 16;

function seal(key: Buffer, plaintext: Buffer, associatedData: string): Buffer {
  const iv = randomBytes(ivBytes);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  cipher.setAAD(Buffer.from(associatedData, 'utf8'));
  const ciphertext = Buffer.concat([cipher.update(plaintext), cipher.final()]);
  return Buffer.concat([iv, cipher.getAuthTag(), ciphertext]);
}

function open(key: Buffer, sealed: Buffer, associatedData: string): Buffer {
  const decipher = createDecipheriv('aes-256-gcm', key, sealed.subarray(0, ivBytes));
  decipher.setAAD(Buffer.from(associatedData, 'utf8'));
  decipher.setAuthTag(sealed.subarray(ivBytes, ivBytes + tagBytes));
  return Buffer.concat([decipher.update(sealed.subarray(ivBytes + tagBytes)), decipher.final()]);
}

const purposes: VaultKeyPurpose[] = ['pan', 'pin', 'cvv', 'lookup', 'webhook'];

export class Vault {
  private constructor(
    /** purpose -> version -> data key */
    private readonly dataKeys: Map<VaultKeyPurpose, Map<number, Buffer>>,
  ) {}

  /**
   * Loads (creating on first use) the data keys, unwrapped with the master keyring. Several processes
   * may start together: creation is an insert that ignores conflicts, followed by a reload. A keyring
   * that cannot open the stored keys is a configuration error naming the version it lacks; nothing is
   * written then.
   */
  static async load(db: Db, keyring: MasterKeyring): Promise<Vault> {
    let rows = await db.select().from(vaultKeys);
    if (rows.length === 0) {
      const current = keyring.keys.get(keyring.current)!;
      await db
        .insert(vaultKeys)
        .values(
          purposes.map((purpose) => ({
            purpose,
            version: 1,
            masterKeyVersion: keyring.current,
            wrappedKey: seal(current, randomBytes(32), `vault-key|${purpose}|1`).toString('base64'),
          })),
        )
        .onConflictDoNothing();
      rows = await db.select().from(vaultKeys);
    }
    const source = describeKeyringSource(keyring.source);
    const dataKeys = new Map<VaultKeyPurpose, Map<number, Buffer>>();
    for (const row of rows) {
      const master = keyring.keys.get(row.masterKeyVersion);
      if (!master) {
        throw new ConfigError(
          `The card-data keys in this database are wrapped by master key version ${row.masterKeyVersion}, which ${source} does not hold ` +
            `(it holds version ${[...keyring.keys.keys()].join(', ')}). Start with the keyring this database was set up with.`,
        );
      }
      let key: Buffer;
      try {
        key = open(master, Buffer.from(row.wrappedKey, 'base64'), `vault-key|${row.purpose}|${row.version}`);
      } catch {
        throw new ConfigError(
          `Master key version ${row.masterKeyVersion} of ${source} is not the key that wrapped this database's card-data keys ` +
            `(the ${row.purpose} data key v${row.version} does not open with it). Start with the keyring this database was set up with.`,
        );
      }
      if (!dataKeys.has(row.purpose)) dataKeys.set(row.purpose, new Map());
      dataKeys.get(row.purpose)!.set(row.version, key);
    }
    return new Vault(dataKeys);
  }

  private latest(purpose: VaultKeyPurpose): { version: number; key: Buffer } {
    const versions = this.dataKeys.get(purpose)!;
    const version = Math.max(...versions.keys());
    return { version, key: versions.get(version)! };
  }

  encrypt(purpose: 'pan' | 'pin' | 'webhook', plaintext: string, binding: string): string {
    const { version, key } = this.latest(purpose);
    return `v${version}.${seal(key, Buffer.from(plaintext, 'utf8'), `${purpose}|${binding}`).toString('base64')}`;
  }

  /** Throws when the ciphertext was altered or moved to another binding. */
  decrypt(purpose: 'pan' | 'pin' | 'webhook', ciphertext: string, binding: string): string {
    const match = /^v(\d+)\.(.+)$/.exec(ciphertext);
    const key = match ? this.dataKeys.get(purpose)?.get(Number(match[1])) : undefined;
    if (!match || !key) throw new Error(`${purpose} ciphertext has an unknown format or key version`);
    return open(key, Buffer.from(match[2]!, 'base64'), `${purpose}|${binding}`).toString('utf8');
  }

  /** The keyed lookup hash of a PAN: equal PANs give equal hashes, and nothing else can recompute it. */
  panLookupHash(pan: string): string {
    return createHmac('sha256', this.latest('lookup').key).update(pan).digest('hex');
  }

  /**
   * The fingerprint of an idempotent request (method, URL, body): keyed, so that a stored fingerprint
   * of a request that carried a secret (a chosen PIN) cannot be matched against guesses without this
   * vault's key. Derived from the `lookup` key under its own label, so it never equals a PAN hash.
   */
  requestFingerprint(canonicalRequest: string): string {
    const key = createHmac('sha256', this.latest('lookup').key).update('idempotency-fingerprint').digest();
    return createHmac('sha256', key).update(canonicalRequest).digest('hex');
  }

  /** The 3-digit CVV, derived from PAN and expiry with its own key, so it is never stored. */
  cvv(pan: string, expMonth: number, expYear: number): string {
    const digest = createHmac('sha256', this.dataKeys.get('cvv')!.get(1)!)
      .update(`${pan}|${String(expMonth).padStart(2, '0')}|${expYear}`)
      .digest();
    return String(digest.readUInt32BE(0) % 1000).padStart(3, '0');
  }
}

/**
 * Re-wraps every data key under the keyring's current master key version, so that older master keys can
 * be retired. Ciphertexts do not change: they name data key versions, which keep their keys.
 */
export async function rewrapDataKeys(db: Db, keyring: MasterKeyring): Promise<number> {
  const target = keyring.keys.get(keyring.current)!;
  return db.transaction(async (tx) => {
    const rows = await tx.select().from(vaultKeys).for('update');
    let rewrapped = 0;
    for (const row of rows) {
      if (row.masterKeyVersion === keyring.current) continue;
      const master = keyring.keys.get(row.masterKeyVersion);
      if (!master) throw new Error(`master key version ${row.masterKeyVersion} is missing from the keyring`);
      const associatedData = `vault-key|${row.purpose}|${row.version}`;
      const key = open(master, Buffer.from(row.wrappedKey, 'base64'), associatedData);
      await tx
        .update(vaultKeys)
        .set({ wrappedKey: seal(target, key, associatedData).toString('base64'), masterKeyVersion: keyring.current, rotatedAt: new Date() })
        .where(eq(vaultKeys.id, row.id));
      rewrapped++;
    }
    return rewrapped;
  });
}
