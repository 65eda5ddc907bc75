import { createHmac, randomBytes } from 'node:crypto';
import { and, asc, desc, eq, gt, inArray, isNull, lt, sql, type SQL } from 'drizzle-orm';
import type { KeysetWindow } from '../../db/keyset.js';
import { limits } from '../../config.js';
import type { Db } from '../../db/database.js';
import { isId, newId } from '../../domain/ids.js';
import { AppError } from '../../errors/app-error.js';
import type { Vault } from '../../vault/vault.js';
import { eventsByIds, getEvent } from './events.js';
import {
  webhookAttempts,
  webhookDeliveries,
  webhookEndpoints,
  type WebhookAttemptRow,
  type WebhookDeliveryRow,
  type WebhookEndpointRow,
} from './schema.js';
import { webhookUrlProblem, type UrlPolicy } from './url-guard.js';

/** Webhook endpoints: registration, secrets and their rotation, redelivery (SPEC §6). */

export const eventTypes = [
  'entity.created',
  'entity.updated',
  'bankAccount.created',
  'bankAccount.updated',
  'transaction.created',
  'transaction.updated',
  'card.created',
  'card.updated',
  'authorization.created',
  'authorization.updated',
  'bookTransfer.created',
  'sepaCreditTransfer.created',
  'sepaCreditTransfer.updated',
  'bankStatement.unmatchedCredit',
  'payeeVerification.created',
] as const;

/** The old secret keeps signing beside the new one this long after a rotation. */
export const secretOverlapMs = 24 * 60 * 60 * 1000;

const binding = (endpoint: Pick<WebhookEndpointRow, 'organizationId' | 'id'>) => `${endpoint.organizationId}|${endpoint.id}|webhook-secret`;

/** Standard Webhooks secrets: `whsec_` and base64 of 24 random bytes (192 bits); authorization endpoints' too. */
export function generateSecret(): string {
  return `whsec_${randomBytes(24).toString('base64')}`;
}

/** `v1,<base64 HMAC-SHA256 of "<id>.<timestamp>.<body>">`, keyed with the secret's decoded bytes. */
export function sign(secret: string, messageId: string, timestampSeconds: number, body: string): string {
  const key = Buffer.from(secret.replace(/^whsec_/, ''), 'base64');
  return `v1,${createHmac('sha256', key).update(`${messageId}.${timestampSeconds}.${body}`).digest('base64')}`;
}

/** The body of a webhook message (SPEC §6): the event's id, type, time and the resource as it was. */
export function webhookMessageBody(event: { id: string; type: string; timestamp: string; data: unknown }): string {
  return JSON.stringify({ id: event.id, type: event.type, timestamp: event.timestamp, data: event.data });
}

/** The Standard Webhooks headers of one message, signed with each of `secrets` (rotation overlap). */
export function signedHeaders(secrets: string[], messageId: string, now: Date, body: string): Record<string, string> {
  const timestamp = Math.floor(now.getTime() / 1000);
  return {
    'webhook-id': messageId,
    'webhook-timestamp': String(timestamp),
    'webhook-signature': secrets.map((secret) => sign(secret, messageId, timestamp, body)).join(' '),
  };
}

/** The secrets that currently sign an endpoint's messages: the current one, and the previous one during overlap. */
export function signingSecrets(endpoint: WebhookEndpointRow, vault: Vault, now = new Date()): string[] {
  const secrets = [vault.decrypt('webhook', endpoint.secretCiphertext, binding(endpoint))];
  if (endpoint.previousSecretCiphertext && endpoint.previousSecretExpiresAt && endpoint.previousSecretExpiresAt > now) {
    secrets.push(vault.decrypt('webhook', endpoint.previousSecretCiphertext, `${binding(endpoint)}|previous`));
  }
  return secrets;
}

async function checkUrl(url: string, policy: UrlPolicy) {
  const problem = await webhookUrlProblem(url, policy);
  if (problem) {
    throw new AppError('webhook_url_forbidden', `\`url\` ${problem}.`, { source: { pointer: '/data/attributes/url' } });
  }
}

export interface EndpointInput {
  url: string;
  events: string[];
  description?: string | null | undefined;
  /** Set by the dashboard form; a second registration with the same nonce is refused as a resubmission. */
  formNonce?: string | undefined;
}

/**
 * Registers an endpoint; returns it with its secret, shown only now, or undefined when its `formNonce`
 * was already used. Errors: webhook_url_forbidden, webhook_endpoint_limit_reached (limits.webhookEndpointsPerOrganizationMax).
 */
export async function createEndpoint(
  db: Db,
  organizationId: string,
  input: EndpointInput,
  deps: { vault: Vault; policy: UrlPolicy },
): Promise<{ endpoint: WebhookEndpointRow; secret: string } | undefined> {
  await checkUrl(input.url, deps.policy);
  // Endpoints share their organization's delivery slots (delivery.ts); a cap keeps a runaway
  // integration from registering thousands. Counted under a lock of the organization's endpoints, so
  // concurrent registrations cannot pass it together.
  await db.execute(sql`SELECT pg_advisory_xact_lock(hashtext('webhook_endpoints'), hashtext(${organizationId}))`);
  const [{ count }] = (await db
    .select({ count: sql<number>`count(*)::int` })
    .from(webhookEndpoints)
    .where(and(eq(webhookEndpoints.organizationId, organizationId), isNull(webhookEndpoints.deletedAt)))) as [{ count: number }];
  if (count >= limits.webhookEndpointsPerOrganizationMax) {
    throw new AppError(
      'webhook_endpoint_limit_reached',
      `Your organization has ${count} webhook endpoints, the most it may have; delete one you no longer use first.`,
    );
  }
  const now = new Date();
  const id = newId('webhook');
  const secret = generateSecret();
  const [endpoint] = await db
    .insert(webhookEndpoints)
    .values({
      id,
      organizationId,
      url: input.url,
      eventTypes: [...new Set(input.events)],
      description: input.description ?? null,
      status: 'enabled',
      secretCiphertext: deps.vault.encrypt('webhook', secret, binding({ organizationId, id })),
      formNonce: input.formNonce ?? null,
      createdAt: now,
      updatedAt: now,
    })
    .onConflictDoNothing()
    .returning();
  return endpoint ? { endpoint, secret } : undefined;
}

/** Every endpoint of the organization not deleted, newest first (the dashboard). */
export async function activeEndpoints(db: Db, organizationId: string): Promise<WebhookEndpointRow[]> {
  return db
    .select()
    .from(webhookEndpoints)
    .where(and(eq(webhookEndpoints.organizationId, organizationId), isNull(webhookEndpoints.deletedAt)))
    .orderBy(desc(webhookEndpoints.id));
}

export async function getEndpoint(db: Db, organizationId: string, endpointId: string, options: { forUpdate?: boolean } = {}) {
  const notFound = new AppError('webhook_not_found', `No webhook endpoint \`${endpointId}\` exists in your organization.`);
  if (!isId('webhook', endpointId)) throw notFound;
  const query = db
    .select()
    .from(webhookEndpoints)
    .where(and(eq(webhookEndpoints.organizationId, organizationId), eq(webhookEndpoints.id, endpointId), isNull(webhookEndpoints.deletedAt)));
  const [row] = options.forUpdate ? await query.for('update') : await query;
  if (!row) throw notFound;
  return row;
}

export async function listEndpoints(db: Db, organizationId: string, window: KeysetWindow) {
  const conditions: (SQL | undefined)[] = [
    eq(webhookEndpoints.organizationId, organizationId),
    isNull(webhookEndpoints.deletedAt),
    window.idGreaterThan !== undefined ? gt(webhookEndpoints.id, window.idGreaterThan) : undefined,
    window.idLessThan !== undefined ? lt(webhookEndpoints.id, window.idLessThan) : undefined,
  ];
  return db
    .select()
    .from(webhookEndpoints)
    .where(and(...conditions))
    .orderBy(window.ascending ? asc(webhookEndpoints.id) : desc(webhookEndpoints.id))
    .limit(window.limit);
}

/** Errors: webhook_not_found, webhook_url_forbidden. */
export async function updateEndpoint(
  db: Db,
  organizationId: string,
  endpointId: string,
  changes: Partial<EndpointInput> & { status?: 'enabled' | 'disabled' | undefined },
  policy: UrlPolicy,
): Promise<WebhookEndpointRow> {
  await getEndpoint(db, organizationId, endpointId, { forUpdate: true });
  if (changes.url !== undefined) await checkUrl(changes.url, policy);
  const [row] = await db
    .update(webhookEndpoints)
    .set({
      ...(changes.url !== undefined ? { url: changes.url } : {}),
      ...(changes.events !== undefined ? { eventTypes: [...new Set(changes.events)] } : {}),
      ...(changes.description !== undefined ? { description: changes.description } : {}),
      ...(changes.status !== undefined
        ? { status: changes.status, disabledReason: changes.status === 'disabled' ? 'disabled by the client' : null }
        : {}),
      updatedAt: new Date(),
    })
    .where(eq(webhookEndpoints.id, endpointId))
    .returning();
  return row!;
}

/** Deletes an endpoint: it receives nothing more, and its pending deliveries are dropped. */
export async function deleteEndpoint(db: Db, organizationId: string, endpointId: string): Promise<void> {
  await getEndpoint(db, organizationId, endpointId, { forUpdate: true });
  const now = new Date();
  await db
    .update(webhookEndpoints)
    .set({ deletedAt: now, status: 'disabled', disabledReason: 'deleted', updatedAt: now })
    .where(eq(webhookEndpoints.id, endpointId));
  await db
    .update(webhookDeliveries)
    .set({ status: 'failed', lastError: 'endpoint deleted', updatedAt: now })
    .where(and(eq(webhookDeliveries.endpointId, endpointId), eq(webhookDeliveries.status, 'pending')));
}

/** Replaces the secret; the old one keeps signing beside it for 24 hours. Returns the new secret once. */
export async function rotateSecret(db: Db, organizationId: string, endpointId: string, vault: Vault) {
  const endpoint = await getEndpoint(db, organizationId, endpointId, { forUpdate: true });
  const current = vault.decrypt('webhook', endpoint.secretCiphertext, binding(endpoint));
  const secret = generateSecret();
  const now = new Date();
  const [row] = await db
    .update(webhookEndpoints)
    .set({
      secretCiphertext: vault.encrypt('webhook', secret, binding(endpoint)),
      previousSecretCiphertext: vault.encrypt('webhook', current, `${binding(endpoint)}|previous`),
      previousSecretExpiresAt: new Date(now.getTime() + secretOverlapMs),
      updatedAt: now,
    })
    .where(eq(webhookEndpoints.id, endpointId))
    .returning();
  return { endpoint: row!, secret };
}

/** Queues the event again for every enabled endpoint that subscribes to it. Errors: event_not_found. */
export async function redeliver(db: Db, organizationId: string, eventId: string) {
  const event = await getEvent(db, organizationId, eventId);
  const endpoints = await db
    .select()
    .from(webhookEndpoints)
    .where(and(eq(webhookEndpoints.organizationId, organizationId), eq(webhookEndpoints.status, 'enabled'), isNull(webhookEndpoints.deletedAt)));
  const targets = endpoints.filter((endpoint) => endpoint.eventTypes.includes('*') || endpoint.eventTypes.includes(event.type));
  return queueDeliveries(
    db,
    organizationId,
    event.id,
    targets.map((endpoint) => endpoint.id),
    new Date(),
  );
}

/** New pending deliveries of one event, due at once: one row per endpoint. */
async function queueDeliveries(db: Db, organizationId: string, eventId: string, endpointIds: string[], now: Date) {
  if (endpointIds.length === 0) return [];
  return db
    .insert(webhookDeliveries)
    .values(
      endpointIds.map((endpointId) => ({
        id: newId('webhookDelivery'),
        organizationId,
        eventId,
        endpointId,
        status: 'pending' as const,
        nextAttemptAt: now,
        createdAt: now,
        updatedAt: now,
      })),
    )
    .returning();
}

export async function listDeliveries(db: Db, endpointId: string, window: KeysetWindow) {
  const conditions: (SQL | undefined)[] = [
    eq(webhookDeliveries.endpointId, endpointId),
    window.idGreaterThan !== undefined ? gt(webhookDeliveries.id, window.idGreaterThan) : undefined,
    window.idLessThan !== undefined ? lt(webhookDeliveries.id, window.idLessThan) : undefined,
  ];
  return db
    .select()
    .from(webhookDeliveries)
    .where(and(...conditions))
    .orderBy(window.ascending ? asc(webhookDeliveries.id) : desc(webhookDeliveries.id))
    .limit(window.limit);
}

export interface DeliveryLogRow {
  delivery: WebhookDeliveryRow;
  eventType: string;
  attempts: WebhookAttemptRow[];
}

/**
 * An endpoint's deliveries in a keyset window, each with its event's type and every attempt (newest
 * first): the dashboard's delivery log. Three queries whatever the page size.
 */
export async function deliveryLog(db: Db, endpoint: WebhookEndpointRow, window: KeysetWindow): Promise<DeliveryLogRow[]> {
  const deliveries = await listDeliveries(db, endpoint.id, window);
  if (deliveries.length === 0) return [];
  const ids = deliveries.map((delivery) => delivery.id);
  const attempts = await db.select().from(webhookAttempts).where(inArray(webhookAttempts.deliveryId, ids)).orderBy(desc(webhookAttempts.id));
  const types = new Map((await eventsByIds(db, [...new Set(deliveries.map((delivery) => delivery.eventId))])).map((event) => [event.id, event.type]));
  return deliveries.map((delivery) => ({
    delivery,
    eventType: types.get(delivery.eventId) ?? '',
    attempts: attempts.filter((attempt) => attempt.deliveryId === delivery.id),
  }));
}

/**
 * Queues one delivery's event again for its endpoint alone, due at once. Errors: webhook_not_found,
 * webhook_delivery_not_found, validation_failed (the endpoint is disabled).
 */
export async function redeliverTo(
  db: Db,
  organizationId: string,
  endpointId: string,
  deliveryId: string,
  now = new Date(),
): Promise<WebhookDeliveryRow> {
  const endpoint = await getEndpoint(db, organizationId, endpointId);
  const notFound = new AppError('webhook_delivery_not_found', `No delivery \`${deliveryId}\` of this endpoint exists.`);
  if (!isId('webhookDelivery', deliveryId)) throw notFound;
  const [original] = await db
    .select()
    .from(webhookDeliveries)
    .where(
      and(eq(webhookDeliveries.id, deliveryId), eq(webhookDeliveries.endpointId, endpoint.id), eq(webhookDeliveries.organizationId, organizationId)),
    );
  if (!original) throw notFound;
  if (endpoint.status !== 'enabled') {
    throw new AppError('validation_failed', `The endpoint is disabled (${endpoint.disabledReason ?? 'by you'}): enable it before redelivering.`);
  }
  const [row] = await queueDeliveries(db, organizationId, original.eventId, [endpoint.id], now);
  return row!;
}
