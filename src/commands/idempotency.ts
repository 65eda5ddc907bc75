import { createHash } from 'node:crypto';
import { and, eq, lt, sql } from 'drizzle-orm';
import { limits } from '../config.js';
import type { BatchWrite } from '../db/batch-write.js';
import { queryRows, type Db } from '../db/database.js';
import { queryRowsNamed } from '../db/prepared.js';
import { sentTogether } from '../db/transaction.js';
import { AppError } from '../errors/app-error.js';
import type { Vault } from '../vault/vault.js';
import { idempotencyKeys } from './idempotency-schema.js';

/**
 * Idempotency-Keys in the database (SPEC §1): claiming them in a command's transaction, replaying or
 * refusing, storing the answer with the command's effect. The HTTP side (reading the header, the
 * request's fingerprint) is http/idempotency.ts; batches and single commands claim here alike.
 */

/** An answer as it is sent and stored: status, headers and the exact body bytes. */
export interface SerializedResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
}

export interface CommandResult extends SerializedResponse {
  /** True when this is the stored response of an earlier request with the same Idempotency-Key. */
  replayed: boolean;
}

const sealedPrefix = 'sealed:';
const sealBinding = (organizationId: string, key: string) => `idempotency|${organizationId}|${key}`;

/**
 * Stored fingerprints are `h1:` + an HMAC under a vault key of method, URL and parsed body. Never a
 * plain hash: a PIN reset's body holds a 4-digit PIN, and an unkeyed hash of it falls to 10,000 guesses.
 * Rows written before keyed fingerprints were upgraded in place to `h0:` + HMAC(plain SHA-256), see
 * upgradeIdempotencyFingerprints.
 */
const keyedPrefix = 'h1:';
const legacyPrefix = 'h0:';

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

/** What a batched command needs to honour its Idempotency-Key; read in the route, before queueing. */
export interface IdempotencyClaim {
  organizationId: string;
  key: string;
  canonical: string;
  /** The response holds a secret: stored encrypted, replayed only to the same credential (see runCommand). */
  sealed?: boolean;
}

export type ClaimOutcome = { kind: 'claimed' } | { kind: 'replay'; result: CommandResult } | { kind: 'refused'; error: AppError };

const keyInUse = () =>
  new AppError('idempotency_key_in_use', 'A request with this Idempotency-Key is still being processed.', { source: { header: 'Idempotency-Key' } });

/** A key as stored: keys are per organization. */
function keyIdentity(organizationId: string, key: string): string {
  return `${organizationId}\u0000${key}`;
}

/** A claim's identity in the process: its key, and the request it was made with (the same key with another request is another claim). */
export function claimIdentity(claim: IdempotencyClaim): string {
  return `${keyIdentity(claim.organizationId, claim.key)}\u0000${claim.canonical}`;
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
  // Sent together (db/transaction.ts): PostgreSQL reads the stored answers after taking the locks.
  const [locks, stored] = await sentTogether([
    queryRowsNamed<{ i: number; locked: boolean }>(
      tx,
      sql`SELECT x.i, pg_try_advisory_xact_lock(hashtext(x.org), hashtext(x.key)) AS locked
          FROM jsonb_to_recordset(${input}::jsonb) AS x(i int, org text, key text)`,
    ),
    queryRowsNamed<{
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
    ),
  ]);
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
 * Which of these keys already have a stored response that stays unexpired for `lastingMs` more, read
 * without claiming them: work that must not be repeated for a replay (asking an organization's decision
 * endpoint) skips those; the command's own claim, made later, still decides what the replay answers.
 */
export async function answeredKeys(db: Db, claims: IdempotencyClaim[], lastingMs = 0): Promise<Set<IdempotencyClaim>> {
  if (claims.length === 0) return new Set();
  const input = JSON.stringify(claims.map(({ organizationId, key }) => ({ org: organizationId, key })));
  const rows = await queryRowsNamed<{ organization_id: string; key: string }>(
    db,
    sql`SELECT k.organization_id, k.key FROM idempotency_keys k JOIN jsonb_to_recordset(${input}::jsonb) AS x(org text, key text)
          ON k.organization_id = x.org AND k.key = x.key
        WHERE k.created_at > ${new Date(Date.now() - limits.idempotencyKeyTtlMs + lastingMs).toISOString()}::timestamptz`,
  );
  const answered = new Set(rows.map((row) => keyIdentity(row.organization_id, row.key)));
  return new Set(claims.filter((claim) => answered.has(keyIdentity(claim.organizationId, claim.key))));
}

/** The responses of claimed keys, stored as one write of the command's or batch's single statement (db/batch-write.ts). */
export function responsesWrite(vault: Vault, entries: { claim: IdempotencyClaim; response: SerializedResponse }[]): BatchWrite | undefined {
  if (entries.length === 0) return undefined;
  // One JSON parameter read back as rows (`json`, as events: the bodies are long strings), not drizzle's
  // builder, which costs per value (db/batch-write.ts); created_at keeps the database's default.
  const rows = JSON.stringify(
    entries.map(({ claim, response }) => ({
      organization_id: claim.organizationId,
      key: claim.key,
      request_hash: fingerprint(vault, claim.canonical),
      response_status: response.status,
      response_headers: response.headers,
      response_body: claim.sealed ? sealedPrefix + vault.encrypt('pin', response.body, sealBinding(claim.organizationId, claim.key)) : response.body,
    })),
  );
  const insert = sql`INSERT INTO ${idempotencyKeys} (organization_id, key, request_hash, response_status, response_headers, response_body)
    SELECT * FROM json_to_recordset(${rows}::json)
      AS x(organization_id text, key text, request_hash text, response_status integer, response_headers jsonb, response_body text)
    RETURNING key`;
  return { ctes: [['responses_stored', insert]] };
}

function unseal(vault: Vault, claim: IdempotencyClaim, body: string): string {
  return body.startsWith(sealedPrefix) ? vault.decrypt('pin', body.slice(sealedPrefix.length), sealBinding(claim.organizationId, claim.key)) : body;
}
