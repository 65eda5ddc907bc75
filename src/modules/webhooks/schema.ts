import { index, integer, json, pgTable, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import { organizations } from '../organizations/schema.js';

/**
 * Events: one row per state change, written in the same database transaction as the change, so none is
 * lost and none describes a change that rolled back. `data` is the JSON:API resource object as the API
 * serializes it, which by construction holds no card secret. It is `json`, kept as the text it came in,
 * not `jsonb`: written in every batch and never searched, and PostgreSQL takes json in at about a
 * third of jsonb's cost (1,500 batches of 26 events: 0.40 against 1.03 ms each, docs/benchmarks.md).
 */
export const events = pgTable(
  'events',
  {
    id: text('id').primaryKey(),
    organizationId: text('organization_id')
      .notNull()
      .references(() => organizations.id),
    type: text('type').notNull(),
    data: json('data').$type<{ type: string; id: string } & Record<string, unknown>>().notNull(),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull(),
  },
  (table) => [index('events_organization_id_idx').on(table.organizationId, table.id)],
);
export type EventRow = typeof events.$inferSelect;

/** Where an organization wants its events delivered. Secrets are stored encrypted (vault `webhook` key). */
export const webhookEndpoints = pgTable(
  'webhook_endpoints',
  {
    id: text('id').primaryKey(),
    organizationId: text('organization_id')
      .notNull()
      .references(() => organizations.id),
    url: text('url').notNull(),
    /** Event types, or `*` for all. */
    eventTypes: text('event_types').array().notNull(),
    description: text('description'),
    status: text('status', { enum: ['enabled', 'disabled'] }).notNull(),
    disabledReason: text('disabled_reason'),
    secretCiphertext: text('secret_ciphertext').notNull(),
    /** After a rotation the old secret keeps signing beside the new one until this time. */
    previousSecretCiphertext: text('previous_secret_ciphertext'),
    previousSecretExpiresAt: timestamp('previous_secret_expires_at', { withTimezone: true, mode: 'date' }),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'date' }).notNull(),
    deletedAt: timestamp('deleted_at', { withTimezone: true, mode: 'date' }),
    /** The dashboard form that registered it: a resubmitted form (a page refresh) registers nothing more. */
    formNonce: text('form_nonce'),
  },
  (table) => [
    index('webhook_endpoints_organization_idx').on(table.organizationId, table.id),
    uniqueIndex('webhook_endpoints_form_nonce_key').on(table.organizationId, table.formNonce),
  ],
);
export type WebhookEndpointRow = typeof webhookEndpoints.$inferSelect;

/**
 * The outbox: one delivery per event and endpoint, created with the event. Workers claim due rows with
 * FOR UPDATE SKIP LOCKED and a lease (`next_attempt_at` moved ahead), so several processes share the
 * work and a delivery cut off by a crash is retried once its lease runs out.
 */
export const webhookDeliveries = pgTable(
  'webhook_deliveries',
  {
    id: text('id').primaryKey(),
    organizationId: text('organization_id')
      .notNull()
      .references(() => organizations.id),
    eventId: text('event_id')
      .notNull()
      .references(() => events.id),
    endpointId: text('endpoint_id')
      .notNull()
      .references(() => webhookEndpoints.id),
    status: text('status', { enum: ['pending', 'succeeded', 'failed'] }).notNull(),
    attempts: integer('attempts').notNull().default(0),
    nextAttemptAt: timestamp('next_attempt_at', { withTimezone: true, mode: 'date' }).notNull(),
    /** Set by the worker that claimed the delivery; its outcome is recorded only while it still matches. */
    leaseToken: text('lease_token'),
    lastResponseStatus: integer('last_response_status'),
    lastError: text('last_error'),
    lastDurationMs: integer('last_duration_ms'),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'date' }).notNull(),
  },
  (table) => [
    index('webhook_deliveries_due_idx').on(table.status, table.nextAttemptAt),
    index('webhook_deliveries_endpoint_idx').on(table.endpointId, table.id),
  ],
);
export type WebhookDeliveryRow = typeof webhookDeliveries.$inferSelect;

/** Every attempt of every delivery: what was sent when, and what came back. */
export const webhookAttempts = pgTable(
  'webhook_attempts',
  {
    id: text('id').primaryKey(),
    deliveryId: text('delivery_id')
      .notNull()
      .references(() => webhookDeliveries.id),
    attemptedAt: timestamp('attempted_at', { withTimezone: true, mode: 'date' }).notNull(),
    responseStatus: integer('response_status'),
    error: text('error'),
    durationMs: integer('duration_ms').notNull(),
  },
  (table) => [index('webhook_attempts_delivery_idx').on(table.deliveryId)],
);
export type WebhookAttemptRow = typeof webhookAttempts.$inferSelect;
