import { and, eq } from 'drizzle-orm';
import type { Db } from '../../db/database.js';
import { isId, newId } from '../../domain/ids.js';
import { AppError } from '../../errors/app-error.js';
import type { Vault } from '../../vault/vault.js';
import { generateSecret, signedHeaders } from '../webhooks/service.js';
import { webhookUrlProblem, type UrlPolicy } from '../webhooks/url-guard.js';
import { postKeptAlive } from './endpoint-client.js';
import { authorizationEndpoints, type AuthorizationEndpointRow } from './schema.js';
import type { FallbackReason } from './schemas.js';

/**
 * Real-time authorization decisions (SPEC §10): an organization's endpoint approves or declines each
 * card authorization that passed Linkcy's own checks. The call is made before the authorization's
 * batch, holding no database connection or lock; no answer in time, or anything but a 2xx with
 * `{"decision": "approve" | "decline"}`, applies the endpoint's fallback.
 */

const binding = (endpoint: Pick<AuthorizationEndpointRow, 'organizationId' | 'id'>) =>
  `${endpoint.organizationId}|${endpoint.id}|authorization-endpoint-secret`;

export interface EndpointInput {
  url: string;
  timeoutMs: number;
  fallback: 'approve' | 'decline';
}

/** Registers the organization's endpoint; the secret is returned only now. Errors: webhook_url_forbidden, authorization_endpoint_exists. */
export async function createAuthorizationEndpoint(
  db: Db,
  organizationId: string,
  input: EndpointInput,
  deps: { vault: Vault; policy: UrlPolicy },
): Promise<{ endpoint: AuthorizationEndpointRow; secret: string }> {
  const problem = await webhookUrlProblem(input.url, deps.policy);
  if (problem) throw new AppError('webhook_url_forbidden', `\`url\` ${problem}.`, { source: { pointer: '/data/attributes/url' } });
  const id = newId('authorizationEndpoint');
  const secret = generateSecret();
  const [endpoint] = await db
    .insert(authorizationEndpoints)
    .values({
      id,
      organizationId,
      url: input.url,
      timeoutMs: input.timeoutMs,
      fallback: input.fallback,
      secretCiphertext: deps.vault.encrypt('webhook', secret, binding({ organizationId, id })),
      createdAt: new Date(),
    })
    .onConflictDoNothing()
    .returning();
  if (!endpoint) throw new AppError('authorization_endpoint_exists', 'Your organization already has an authorization endpoint; delete it first.');
  return { endpoint, secret };
}

export async function findAuthorizationEndpoint(db: Db, organizationId: string): Promise<AuthorizationEndpointRow | undefined> {
  const [row] = await db.select().from(authorizationEndpoints).where(eq(authorizationEndpoints.organizationId, organizationId));
  return row;
}

export async function getAuthorizationEndpoint(db: Db, organizationId: string, id: string): Promise<AuthorizationEndpointRow> {
  const notFound = new AppError('authorization_endpoint_not_found', `No authorization endpoint \`${id}\` exists in your organization.`);
  if (!isId('authorizationEndpoint', id)) throw notFound;
  const [row] = await db
    .select()
    .from(authorizationEndpoints)
    .where(and(eq(authorizationEndpoints.organizationId, organizationId), eq(authorizationEndpoints.id, id)));
  if (!row) throw notFound;
  return row;
}

/** Deletes the endpoint: authorizations are decided by Linkcy alone again. Errors: authorization_endpoint_not_found. */
export async function deleteAuthorizationEndpoint(db: Db, organizationId: string, id: string): Promise<void> {
  const row = await getAuthorizationEndpoint(db, organizationId, id);
  await db.delete(authorizationEndpoints).where(eq(authorizationEndpoints.id, row.id));
}

/** An organization's endpoint with its signing secret, opened from the vault once per cache entry. */
export interface EndpointToAsk {
  endpoint: AuthorizationEndpointRow;
  secret: string;
}

/**
 * Which organizations have an endpoint, cached per process so that an organization without one pays
 * nothing on the authorization path, and one with one does not open its secret per authorization
 * (the vault's decryption was 3 % of the server's CPU on the decision path). A change made in this
 * process applies at once; one made in another process within `ttlMs` (one second).
 */
export class EndpointDirectory {
  private readonly cached = new Map<string, { entry: EndpointToAsk | undefined; until: number }>();

  constructor(
    private readonly db: Db,
    private readonly vault: Vault,
    private readonly ttlMs = 1_000,
  ) {}

  async of(organizationId: string, now = Date.now()): Promise<EndpointToAsk | undefined> {
    const hit = this.cached.get(organizationId);
    if (hit && hit.until > now) return hit.entry;
    const endpoint = await findAuthorizationEndpoint(this.db, organizationId);
    const entry = endpoint && { endpoint, secret: this.vault.decrypt('webhook', endpoint.secretCiphertext, binding(endpoint)) };
    this.cached.set(organizationId, { entry, until: now + this.ttlMs });
    return entry;
  }

  forget(organizationId: string): void {
    this.cached.delete(organizationId);
  }
}

export interface Decision {
  approve: boolean;
  source: 'endpoint' | 'fallback';
  /** Set when the fallback applied: why. */
  reason?: FallbackReason;
  latencyMs: number;
}

/**
 * Asks the endpoint about one authorization, signed like a webhook (Standard Webhooks headers, the
 * message id = the authorization's id). Never throws: anything but a timely, well-formed answer is the
 * fallback.
 */
export async function askEndpoint(
  { endpoint, secret }: EndpointToAsk,
  message: { id: string; data: unknown },
  deps: { policy: UrlPolicy },
): Promise<Decision> {
  // Signed at real time, whatever a sandbox clock says: receivers check the timestamp against theirs.
  const now = new Date();
  const body = JSON.stringify({ id: message.id, type: 'authorization.request', timestamp: now.toISOString(), data: message.data });
  const headers = signedHeaders([secret], message.id, now, body);
  const started = performance.now();
  const outcome = await postKeptAlive(endpoint.url, headers, body, deps.policy, endpoint.timeoutMs, 'Linkcy-Authorizations/1');
  const latencyMs = Math.round(performance.now() - started);
  const answered = outcome.status !== undefined && outcome.status >= 200 && outcome.status < 300;
  const decision = answered ? decisionIn(outcome.body) : undefined;
  if (decision !== undefined) return { approve: decision === 'approve', source: 'endpoint', latencyMs };
  const reason: FallbackReason =
    outcome.status === undefined ? (outcome.timedOut ? 'timeout' : 'unreachable') : answered ? 'invalid_answer' : 'http_error';
  return { approve: endpoint.fallback === 'approve', source: 'fallback', reason, latencyMs };
}

function decisionIn(body: string | undefined): 'approve' | 'decline' | undefined {
  try {
    const parsed = JSON.parse(body ?? '') as { decision?: unknown };
    return parsed.decision === 'approve' || parsed.decision === 'decline' ? parsed.decision : undefined;
  } catch {
    return undefined;
  }
}
