import { createHash } from 'node:crypto';
import { and, eq, lt, sql } from 'drizzle-orm';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { limits } from '../config.js';
import { queryRows, type Db } from '../db/database.js';
import { AppError } from '../errors/app-error.js';
import { idempotencyKeys } from './idempotency-schema.js';
import { sendResponse, type SerializedResponse } from './json-api.js';
import type { Vault } from '../vault/vault.js';

export interface CommandResult extends SerializedResponse {
  /** True when this is the stored response of an earlier request with the same Idempotency-Key. */
  replayed: boolean;
}

const keyPattern = /^[\x21-\x7e]{1,255}$/;
const sealedPrefix = 'sealed:';
const sealBinding = (organizationId: string, key: string) => `idempotency|${organizationId}|${key}`;

function readKey(request: FastifyRequest): string | undefined {
  const header = request.headers['idempotency-key'];
  if (header === undefined) return undefined;
  const key = Array.isArray(header) ? header.join(',') : header;
  if (!keyPattern.test(key) || key.length > limits.idempotencyKeyLengthMax) {
    throw new AppError('invalid_idempotency_key', 'The Idempotency-Key header must be 1 to 255 printable ASCII characters.', {
      source: { header: 'Idempotency-Key' },
    });
  }
  return key;
}

declare module 'fastify' {
  interface FastifyInstance {
    /** The card-data vault: seals stored secrets and keys request fingerprints. */
    vault: Vault;
  }
}

/**
 * Stored fingerprints are `h1:` + an HMAC under a vault key of method, URL and parsed body. Never a
 * plain hash: a PIN reset's body holds a 4-digit PIN, and an unkeyed hash of it falls to 10,000 guesses.
 * Rows written before keyed fingerprints were upgraded in place to `h0:` + HMAC(plain SHA-256), see
 * upgradeIdempotencyFingerprints.
 */
const keyedPrefix = 'h1:';
const legacyPrefix = 'h0:';

function canonicalRequest(request: FastifyRequest, bindToCredential: boolean): string {
  // A response that holds a secret is replayed only to the credential that caused it: another
  // credential of the organization presenting the key is making a different request.
  const credential = bindToCredential ? ` credential=${request.principal.credentialId}` : '';
  return `${request.method} ${request.url}${credential}\n${JSON.stringify(request.body ?? null)}`;
}

function fingerprint(vault: Vault, canonical: string): string {
  return keyedPrefix + vault.requestFingerprint(canonical);
}

function matchesStored(vault: Vault, stored: string, canonical: string): boolean {
  if (stored.startsWith(legacyPrefix)) {
    return stored === legacyPrefix + vault.requestFingerprint(createHash('sha256').update(canonical).digest('hex'));
  }
  return stored === fingerprint(vault, canonical);
}

/**
 * Replaces plain SHA-256 fingerprints (written before they were keyed) by a keyed hash of them, so no
 * stored row can be brute-forced back to a PIN; idempotent, so several servers may run it at start.
 */
export async function upgradeIdempotencyFingerprints(db: Db, vault: Vault): Promise<number> {
  const rows = await queryRows<{ organization_id: string; key: string; request_hash: string }>(
    db,
    sql`SELECT organization_id, key, request_hash FROM idempotency_keys WHERE request_hash NOT LIKE 'h_:%'`,
  );
  for (const row of rows) {
    await db
      .update(idempotencyKeys)
      .set({ requestHash: legacyPrefix + vault.requestFingerprint(row.request_hash) })
      .where(and(eq(idempotencyKeys.organizationId, row.organization_id), eq(idempotencyKeys.key, row.key), eq(idempotencyKeys.requestHash, row.request_hash)));
  }
  return rows.length;
}

/** Deletes keys past their retention (SPEC §1 keeps them 24 h); any process may run it. */
export async function deleteExpiredIdempotencyKeys(db: Db, now = new Date()): Promise<void> {
  await db.delete(idempotencyKeys).where(lt(idempotencyKeys.createdAt, new Date(now.getTime() - limits.idempotencyKeyTtlMs)));
}

/**
 * Runs one state-changing command in one database transaction, honouring `Idempotency-Key` (SPEC §1).
 *
 * The key is claimed inside the same transaction as the command's effect, so the key row exists exactly
 * when the effect does. A transaction-scoped advisory lock on (organization, key) serializes requests
 * with one key: a second request while the first runs cannot take the lock and is told 409 at once; one
 * that comes after the first committed sees its stored response and replays it. Only successful
 * responses are stored: a request that failed changed nothing, so retrying it with the same key is safe.
 */
export async function runCommand(
  db: Db,
  request: FastifyRequest,
  command: (tx: Db, context: { idempotencyKey: string | undefined }) => Promise<SerializedResponse>,
  options: {
    /**
     * For responses that hold a secret (a new PIN, a webhook signing secret): the stored copy is
     * encrypted under the PIN key, bound to the organization and key, so no secret rests in the
     * idempotency table in the clear; and it is replayed only to the credential that caused it.
     */
    sealed?: boolean;
  } = {},
): Promise<CommandResult> {
  const key = readKey(request);
  if (key === undefined) {
    const response = await db.transaction((tx) => command(tx, { idempotencyKey: undefined }));
    return { ...response, replayed: false };
  }
  const organizationId = request.principal.organizationId;
  const vault = request.server.vault;
  const canonical = canonicalRequest(request, options.sealed === true);
  return db.transaction(async (tx) => {
    const [lock] = await queryRows<{ locked: boolean }>(
      tx,
      sql`SELECT pg_try_advisory_xact_lock(hashtext(${organizationId}), hashtext(${key})) AS locked`,
    );
    if (!lock?.locked) {
      throw new AppError('idempotency_key_in_use', 'A request with this Idempotency-Key is still being processed.', {
        source: { header: 'Idempotency-Key' },
      });
    }
    const where = and(eq(idempotencyKeys.organizationId, organizationId), eq(idempotencyKeys.key, key));
    const [stored] = await tx.select().from(idempotencyKeys).where(where);
    if (stored && stored.createdAt.getTime() > Date.now() - limits.idempotencyKeyTtlMs) {
      if (!matchesStored(vault, stored.requestHash, canonical)) {
        throw new AppError('idempotency_key_reused', 'This Idempotency-Key was used with a different request.', {
          source: { header: 'Idempotency-Key' },
        });
      }
      const body = stored.responseBody.startsWith(sealedPrefix)
        ? vault.decrypt('pin', stored.responseBody.slice(sealedPrefix.length), sealBinding(organizationId, key))
        : stored.responseBody;
      return { status: stored.responseStatus, headers: stored.responseHeaders, body, replayed: true };
    }
    if (stored) await tx.delete(idempotencyKeys).where(where);

    const response = await command(tx, { idempotencyKey: key });
    await tx.insert(idempotencyKeys).values({
      organizationId,
      key,
      requestHash: fingerprint(vault, canonical),
      responseStatus: response.status,
      responseHeaders: response.headers,
      responseBody: options.sealed
        ? sealedPrefix + vault.encrypt('pin', response.body, sealBinding(organizationId, key))
        : response.body,
    });
    return { ...response, replayed: false };
  });
}

/** Sends a command's response, marking a replay with `Idempotent-Replayed: true`. */
export function sendCommandResult(reply: FastifyReply, result: CommandResult) {
  return sendResponse(reply, result, result.replayed ? { 'Idempotent-Replayed': 'true' } : {});
}
