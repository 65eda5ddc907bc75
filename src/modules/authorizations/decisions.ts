import type { Db } from '../../db/database.js';
import { newId } from '../../domain/ids.js';
import type { Vault } from '../../vault/vault.js';
import { askEndpoint, type EndpointDirectory } from '../decisions/service.js';
import type { UrlPolicy } from '../webhooks/url-guard.js';
import { precheck, type AuthorizationCommand } from './service.js';

/**
 * Asks the organization's authorization endpoint about an authorization, if it has one and Linkcy's
 * own checks would pass (SPEC §10): before the authorization's batch, holding no lock and no pooled
 * connection while the endpoint thinks (the precheck's reads return theirs at once). The message
 * carries the id the authorization will have, and never the PIN. Undefined: nobody was asked.
 */
export async function askClient(
  deps: { db: Db; vault: Vault; policy: UrlPolicy; endpoints: EndpointDirectory },
  command: AuthorizationCommand,
): Promise<AuthorizationCommand['decision']> {
  const endpoint = await deps.endpoints.of(command.organizationId);
  if (!endpoint) return undefined;
  if ((await precheck(deps.db, command.organizationId, command.request, deps.vault, command.now)) !== undefined) return undefined;
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
          merchant: {
            name: request.merchant.name,
            mcc: request.merchant.mcc,
            city: request.merchant.city ?? null,
            country: request.merchant.country ?? null,
          },
          cardPresent: request.pin !== undefined,
        },
        relationships: { card: { data: { type: 'card', id: request.cardId } } },
      },
    },
    // Signed at real time, whatever the sandbox clock says: receivers check it against theirs.
    deps,
  );
  return { ...decision, authorizationId };
}
