import { createHash } from 'node:crypto';
import { and, eq, sql } from 'drizzle-orm';
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

/** Two requests are "the same" when method, URL and parsed body are equal. */
function fingerprint(request: FastifyRequest): string {
  return createHash('sha256')
    .update(`${request.method} ${request.url}\n${JSON.stringify(request.body ?? null)}`)
    .digest('hex');
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
     * For responses that hold a card secret (a new PIN): the stored copy is encrypted under the PIN key,
     * bound to the organization and key, so no secret rests in the idempotency table in the clear.
     */
    sealWith?: Vault;
  } = {},
): Promise<CommandResult> {
  const key = readKey(request);
  if (key === undefined) {
    const response = await db.transaction((tx) => command(tx, { idempotencyKey: undefined }));
    return { ...response, replayed: false };
  }
  const organizationId = request.principal.organizationId;
  const requestHash = fingerprint(request);
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
      if (stored.requestHash !== requestHash) {
        throw new AppError('idempotency_key_reused', 'This Idempotency-Key was used with a different request.', {
          source: { header: 'Idempotency-Key' },
        });
      }
      const body = stored.responseBody.startsWith(sealedPrefix)
        ? options.sealWith!.decrypt('pin', stored.responseBody.slice(sealedPrefix.length), sealBinding(organizationId, key))
        : stored.responseBody;
      return { status: stored.responseStatus, headers: stored.responseHeaders, body, replayed: true };
    }
    if (stored) await tx.delete(idempotencyKeys).where(where);

    const response = await command(tx, { idempotencyKey: key });
    await tx.insert(idempotencyKeys).values({
      organizationId,
      key,
      requestHash,
      responseStatus: response.status,
      responseHeaders: response.headers,
      responseBody: options.sealWith
        ? sealedPrefix + options.sealWith.encrypt('pin', response.body, sealBinding(organizationId, key))
        : response.body,
    });
    return { ...response, replayed: false };
  });
}

/** Sends a command's response, marking a replay with `Idempotent-Replayed: true`. */
export function sendCommandResult(reply: FastifyReply, result: CommandResult) {
  return sendResponse(reply, result, result.replayed ? { 'Idempotent-Replayed': 'true' } : {});
}
