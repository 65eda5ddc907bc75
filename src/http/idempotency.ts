import type { FastifyReply, FastifyRequest } from 'fastify';
import { limits } from '../config.js';
import type { Db } from '../db/database.js';
import { inTransaction } from '../db/money-moved.js';
import { AppError } from '../errors/app-error.js';
import { runInFrame, type Actor, type CommandContext } from '../commands/execute.js';
import { claimKeys, responsesWrite, type CommandResult, type IdempotencyClaim, type SerializedResponse } from '../commands/idempotency.js';
import { requestOrigin } from './request-origin.js';
import { sendResponse } from './json-api.js';
import type { Vault } from '../vault/vault.js';
import type { Clocks } from '../modules/clock/service.js';

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

function canonicalRequest(request: FastifyRequest, bindToCredential: boolean): string {
  // A response that holds a secret is replayed only to the credential that caused it: another
  // credential of the organization presenting the key is making a different request.
  const credential = bindToCredential ? ` credential=${request.principal.credentialId}` : '';
  return `${request.method} ${request.url}${credential}\n${JSON.stringify(request.body ?? null)}`;
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
      (answer) => (claim ? responsesWrite(vault, [{ claim, response: answer }]) : undefined),
      now,
    );
    return { ...response, replayed: false };
  });
}

/** The time for the request's organization: its sandbox clock (SPEC §11), real time in live mode. */
export function requestNow(request: FastifyRequest): Promise<Date> {
  return request.server.clocks.now(request.principal.organizationId);
}

/** The request's claim, or undefined without an Idempotency-Key. Throws invalid_idempotency_key. */
export function idempotencyClaimOf(request: FastifyRequest, options: { sealed?: boolean } = {}): IdempotencyClaim | undefined {
  const key = readKey(request);
  if (key === undefined) return undefined;
  const sealed = options.sealed === true;
  return { organizationId: request.principal.organizationId, key, canonical: canonicalRequest(request, sealed), sealed };
}

/** Sends a command's response, marking a replay with `Idempotent-Replayed: true`. */
export function sendCommandResult(reply: FastifyReply, result: CommandResult) {
  return sendResponse(reply, result, result.replayed ? { 'Idempotent-Replayed': 'true' } : {});
}
