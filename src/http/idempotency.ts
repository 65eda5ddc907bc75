import { createHash } from 'node:crypto';
import { and, eq, lt, sql } from 'drizzle-orm';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { limits } from '../config.js';
import { queryRows, type Db } from '../db/database.js';
import { inTransaction } from '../db/money-moved.js';
import { queryRowsNamed } from '../db/prepared.js';
import { AppError } from '../errors/app-error.js';
import { runInFrame, type Actor, type CommandContext } from '../commands/execute.js';
import type { BatchWrite } from '../db/batch-write.js';
import { idempotencyKeys } from './idempotency-schema.js';
import { requestOrigin } from './request-origin.js';
import { sendResponse, type SerializedResponse } from './json-api.js';
import type { Vault } from '../vault/vault.js';
import type { Clocks } from '../modules/clock/service.js';

export interface CommandResult extends SerializedResponse {
  /** True when this is the stored response of an earlier request with the same Idempotency-Key. */
  replayed: boolean;
}

/** Visible ASCII (`!` to `~`); its length is bounded by limits.idempotencyKeyLengthMax. */
const keyCharacters = /^[!-~]+$/;

declare module 'fastify' {
  interface FastifyContextConfig {
    /** The route is a command that honours an Idempotency-Key; the OpenAPI document declares the header. */
    idempotencyKey?: boolean;
  }
}

/** The Idempotency-Key header as the OpenAPI document declares it on every command. */
export const idempotencyKeyParameter = {
  name: 'Idempotency-Key',
  in: 'header',
  required: false,
  description:
    'Any string of 1-255 visible ASCII characters, unique per intended operation (a UUID). A retry with the same key and ' +
    'request returns the stored response (with `Idempotent-Replayed: true`) for 24 hours; the same key with another ' +
    'request is 422, and while the first is still running, 409.',
  schema: { type: 'string', minLength: 1, maxLength: limits.idempotencyKeyLengthMax, pattern: keyCharacters.source },
} as const;
const sealedPrefix = 'sealed:';
const sealBinding = (organizationId: string, key: string) => `idempotency|${organizationId}|${key}`;

function readKey(request: FastifyRequest): string | undefined {
  // The OpenAPI document declares the header from this flag, so a command that reads the key without
  // it would be undocumented: every test that runs the command fails here instead.
  if (!request.routeOptions.config.idempotencyKey) {
    throw new Error(`${request.routeOptions.url} reads the Idempotency-Key without declaring it (config.idempotencyKey)`);
  }
  const header = request.headers['idempotency-key'];
  if (header === undefined) return undefined;
  const key = Array.isArray(header) ? header.join(',') : header;
  if (!keyCharacters.test(key) || key.length > limits.idempotencyKeyLengthMax) {
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
    /** Each organization's sandbox clock (modules/clock): the time a command of it runs at. */
    clocks: Clocks;
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
      .where(
        and(
          eq(idempotencyKeys.organizationId, row.organization_id),
          eq(idempotencyKeys.key, row.key),
          eq(idempotencyKeys.requestHash, row.request_hash),
        ),
      );
  }
  return rows.length;
}

/** Deletes keys past their retention (SPEC §1 keeps them 24 h); any process may run it. */
export async function deleteExpiredIdempotencyKeys(db: Db, now = new Date()): Promise<void> {
  await db.delete(idempotencyKeys).where(lt(idempotencyKeys.createdAt, new Date(now.getTime() - limits.idempotencyKeyTtlMs)));
}

/** Who acts in an API request: its credential, in its organization, from its address. */
export function actorOf(request: FastifyRequest): Actor {
  return { organizationId: request.principal.organizationId, id: request.principal.credentialId, origin: requestOrigin(request) };
}

/**
 * Runs one state-changing API command in one database transaction (commands/execute.ts), honouring
 * `Idempotency-Key` (SPEC §1).
 *
 * The key is claimed inside the same transaction as the command's effect and before the command looks
 * anything up, so the key row exists exactly when the effect does, and a replay answers the stored
 * response whatever became of the resource since. A transaction-scoped advisory lock on (organization,
 * key) serializes requests with one key: a second request while the first runs cannot take the lock
 * and is told 409 at once; one that comes after the first committed sees its stored response and
 * replays it. Only successful responses are stored: a request that failed changed nothing, so retrying
 * it with the same key is safe.
 */
export async function runCommand(
  db: Db,
  request: FastifyRequest,
  command: (context: CommandContext) => Promise<SerializedResponse>,
  options: {
    /**
     * For responses that hold a secret (a new PIN, a webhook signing secret): the stored copy is
     * encrypted under the PIN key, bound to the organization and key, so no secret rests in the
     * idempotency table in the clear; and it is replayed only to the credential that caused it.
     */
    sealed?: boolean;
  } = {},
): Promise<CommandResult> {
  const claim = idempotencyClaimOf(request, options);
  const vault = request.server.vault;
  const now = await requestNow(request);
  return inTransaction(db, async (tx) => {
    if (claim) {
      const [outcome] = await claimKeys(tx, vault, [claim]);
      if (outcome!.kind === 'replay') return outcome!.result;
      if (outcome!.kind === 'refused') throw outcome!.error;
    }
    // The stored response goes with the command's events, in one statement.
    const response = await runInFrame(
      tx,
      actorOf(request),
      claim?.key,
      command,
      (answer) => (claim ? responsesWrite(tx, vault, [{ claim, response: answer }]) : undefined),
      now,
    );
    return { ...response, replayed: false };
  });
}

/** The time for the request's organization: its sandbox clock (SPEC §11), real time in live mode. */
export function requestNow(request: FastifyRequest): Promise<Date> {
  return request.server.clocks.now(request.principal.organizationId);
}

/** What a batched command needs to honour its Idempotency-Key; read in the route, before queueing. */
export interface IdempotencyClaim {
  organizationId: string;
  key: string;
  canonical: string;
  /** The response holds a secret: stored encrypted, replayed only to the same credential (see runCommand). */
  sealed?: boolean;
}

/** The request's claim, or undefined without an Idempotency-Key. Throws invalid_idempotency_key. */
export function idempotencyClaimOf(request: FastifyRequest, options: { sealed?: boolean } = {}): IdempotencyClaim | undefined {
  const key = readKey(request);
  if (key === undefined) return undefined;
  const sealed = options.sealed === true;
  return { organizationId: request.principal.organizationId, key, canonical: canonicalRequest(request, sealed), sealed };
}

export type ClaimOutcome = { kind: 'claimed' } | { kind: 'replay'; result: CommandResult } | { kind: 'refused'; error: AppError };

const keyInUse = () =>
  new AppError('idempotency_key_in_use', 'A request with this Idempotency-Key is still being processed.', { source: { header: 'Idempotency-Key' } });

/** A key as stored: keys are per organization. */
function keyIdentity(organizationId: string, key: string): string {
  return `${organizationId}\u0000${key}`;
}

/**
 * The key handling of every command (runCommand claims one, a batch many), in the command's
 * transaction, in a constant number of statements: the advisory locks of every key in one, then the
 * stored responses in another. The same
 * key twice in one batch: the first claims it, the others are in use (409), as if they had raced.
 */
export async function claimKeys(tx: Db, vault: Vault, claims: (IdempotencyClaim | undefined)[]): Promise<(ClaimOutcome | undefined)[]> {
  const outcomes: (ClaimOutcome | undefined)[] = claims.map(() => undefined);
  const first = new Map<string, number>();
  claims.forEach((claim, index) => {
    if (!claim) return;
    const id = keyIdentity(claim.organizationId, claim.key);
    if (first.has(id)) outcomes[index] = { kind: 'refused', error: keyInUse() };
    else first.set(id, index);
  });
  if (first.size === 0) return outcomes;
  const keyed = [...first.values()].map((index) => ({ i: index, org: claims[index]!.organizationId, key: claims[index]!.key }));
  const input = JSON.stringify(keyed);
  const locks = await queryRowsNamed<{ i: number; locked: boolean }>(
    tx,
    sql`SELECT x.i, pg_try_advisory_xact_lock(hashtext(x.org), hashtext(x.key)) AS locked
        FROM jsonb_to_recordset(${input}::jsonb) AS x(i int, org text, key text)`,
  );
  const stored = await queryRowsNamed<{
    organization_id: string;
    key: string;
    request_hash: string;
    response_status: number;
    response_headers: Record<string, string>;
    response_body: string;
    created_at: string | Date;
  }>(
    tx,
    sql`SELECT k.organization_id, k.key, k.request_hash, k.response_status, k.response_headers, k.response_body, k.created_at
        FROM idempotency_keys k JOIN jsonb_to_recordset(${input}::jsonb) AS x(i int, org text, key text)
          ON k.organization_id = x.org AND k.key = x.key`,
  );
  const storedById = new Map(stored.map((row) => [keyIdentity(row.organization_id, row.key), row]));
  const stale: { org: string; key: string }[] = [];
  for (const { i, locked } of locks) {
    const claim = claims[i]!;
    if (!locked) {
      outcomes[i] = { kind: 'refused', error: keyInUse() };
      continue;
    }
    const row = storedById.get(keyIdentity(claim.organizationId, claim.key));
    if (row && new Date(row.created_at).getTime() > Date.now() - limits.idempotencyKeyTtlMs) {
      outcomes[i] = matchesStored(vault, row.request_hash, claim.canonical)
        ? {
            kind: 'replay',
            result: { status: row.response_status, headers: row.response_headers, body: unseal(vault, claim, row.response_body), replayed: true },
          }
        : {
            kind: 'refused',
            error: new AppError('idempotency_key_reused', 'This Idempotency-Key was used with a different request.', {
              source: { header: 'Idempotency-Key' },
            }),
          };
      continue;
    }
    if (row) stale.push({ org: claim.organizationId, key: claim.key });
    outcomes[i] = { kind: 'claimed' };
  }
  if (stale.length > 0) {
    await tx.execute(
      sql`DELETE FROM idempotency_keys k USING jsonb_to_recordset(${JSON.stringify(stale)}::jsonb) AS x(org text, key text)
          WHERE k.organization_id = x.org AND k.key = x.key`,
    );
  }
  return outcomes;
}

/**
 * Which of these keys already have a stored response (unexpired), read without claiming them: work that
 * must not be repeated for a replay (asking an organization's decision endpoint) skips those; the
 * command's own claim still decides what the replay answers.
 */
export async function answeredKeys(db: Db, claims: IdempotencyClaim[]): Promise<Set<IdempotencyClaim>> {
  if (claims.length === 0) return new Set();
  const input = JSON.stringify(claims.map(({ organizationId, key }) => ({ org: organizationId, key })));
  const rows = await queryRowsNamed<{ organization_id: string; key: string }>(
    db,
    sql`SELECT k.organization_id, k.key FROM idempotency_keys k JOIN jsonb_to_recordset(${input}::jsonb) AS x(org text, key text)
          ON k.organization_id = x.org AND k.key = x.key
        WHERE k.created_at > ${new Date(Date.now() - limits.idempotencyKeyTtlMs).toISOString()}::timestamptz`,
  );
  const answered = new Set(rows.map((row) => keyIdentity(row.organization_id, row.key)));
  return new Set(claims.filter((claim) => answered.has(keyIdentity(claim.organizationId, claim.key))));
}

/** The responses of claimed keys, stored as one write of the command's or batch's single statement (db/batch-write.ts). */
export function responsesWrite(tx: Db, vault: Vault, entries: { claim: IdempotencyClaim; response: SerializedResponse }[]): BatchWrite | undefined {
  if (entries.length === 0) return undefined;
  const insert = tx.insert(idempotencyKeys).values(
    entries.map(({ claim, response }) => ({
      organizationId: claim.organizationId,
      key: claim.key,
      requestHash: fingerprint(vault, claim.canonical),
      responseStatus: response.status,
      responseHeaders: response.headers,
      responseBody: claim.sealed ? sealedPrefix + vault.encrypt('pin', response.body, sealBinding(claim.organizationId, claim.key)) : response.body,
    })),
  );
  return { ctes: [['responses_stored', insert.returning({ key: idempotencyKeys.key }).getSQL()]] };
}

function unseal(vault: Vault, claim: IdempotencyClaim, body: string): string {
  return body.startsWith(sealedPrefix) ? vault.decrypt('pin', body.slice(sealedPrefix.length), sealBinding(claim.organizationId, claim.key)) : body;
}

/** Sends a command's response, marking a replay with `Idempotent-Replayed: true`. */
export function sendCommandResult(reply: FastifyReply, result: CommandResult) {
  return sendResponse(reply, result, result.replayed ? { 'Idempotent-Replayed': 'true' } : {});
}
