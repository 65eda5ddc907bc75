import { claimIdentity } from '../../commands/idempotency.js';
import type { Db } from '../../db/database.js';
import { GroupCommit } from '../../db/group-commit.js';
import { newId } from '../../domain/ids.js';
import type { Vault } from '../../vault/vault.js';
import { askEndpoint, type EndpointDirectory } from '../decisions/service.js';
import type { UrlPolicy } from '../webhooks/url-guard.js';
import { merchantOf, precheckBatch, type Asked, type AuthorizationCommand, type Precheck, type PrecheckResult } from './service.js';

/** Asks an organization's endpoint about an authorization (see askClient); one per process, shared by the API and the dashboard. */
export type DecisionAsker = (command: AuthorizationCommand) => Promise<Asked>;

export function decisionAsker(db: Db, deps: { vault: Vault; policy: UrlPolicy; endpoints: EndpointDirectory }): DecisionAsker {
  const withPrechecks = { ...deps, prechecks: precheckGroup(db, deps.vault) };
  // Concurrent duplicates of one keyed request (a client retrying before its first answer) share the
  // first one's question: the endpoint is asked once, and every duplicate carries the same decision
  // and authorization id into the batch, where the key lets one of them through (the others are
  // answered 409 or the stored response).
  const asking = new Map<string, Promise<Asked>>();
  return (command) => {
    if (!command.claim) return askClient(withPrechecks, command);
    const identity = claimIdentity(command.claim);
    const pending = asking.get(identity);
    if (pending) return pending;
    const question = askClient(withPrechecks, command).finally(() => asking.delete(identity));
    asking.set(identity, question);
    return question;
  };
}

/** Concurrent prechecks share their reads: two statements for however many, three with Idempotency-Keys, sent at once (see precheckBatch). */
export function precheckGroup(db: Db, vault: Vault): GroupCommit<Precheck, PrecheckResult> {
  return new GroupCommit((items: Precheck[]) => precheckBatch(db, vault, items));
}

/**
 * Asks the organization's authorization endpoint about an authorization, if it has one and Linkcy's
 * own checks would pass (SPEC §10): before the authorization's batch, holding no lock and no pooled
 * connection while the endpoint thinks (the precheck's reads, shared by concurrent authorizations,
 * return theirs at once). The message carries the id the authorization will have, and never the PIN.
 * A replayed Idempotency-Key is not asked about again: its batch answers the stored response.
 * Nothing: the organization has no endpoint (or the key was answered before). `unasked`: it has one, not
 * asked because the precheck declined, which the batch keeps even if the authorization passes by then.
 */
export async function askClient(
  deps: { vault: Vault; policy: UrlPolicy; endpoints: EndpointDirectory; prechecks: GroupCommit<Precheck, PrecheckResult> },
  command: AuthorizationCommand,
): Promise<Asked> {
  const endpoint = await deps.endpoints.of(command.organizationId);
  if (!endpoint) return {};
  const prechecked = await deps.prechecks.submit(command);
  if (prechecked === 'answered_before') return {};
  if (prechecked !== undefined) return { unasked: prechecked };
  const authorizationId = newId('authorization');
  const { request } = command;
  const decision = await askEndpoint(
    endpoint,
    {
      id: authorizationId,
      data: {
        type: 'authorization',
        id: authorizationId,
        attributes: {
          amount: request.amount,
          currency: request.currency,
          merchant: merchantOf(request),
          cardPresent: request.pin !== undefined,
        },
        relationships: { card: { data: { type: 'card', id: request.cardId } } },
      },
    },
    deps,
  );
  return { decision: { ...decision, authorizationId } };
}
