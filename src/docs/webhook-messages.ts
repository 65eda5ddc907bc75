import { z } from 'zod';
import { bankAccountResource } from '../modules/accounts/schemas.js';
import { authorizationResource } from '../modules/authorizations/schemas.js';
import { cardResource } from '../modules/cards/schemas.js';
import { entityResource } from '../modules/entities/schemas.js';
import { transactionResource } from '../modules/ledger/schemas.js';
import { bookTransferResource, sepaCreditTransferResource } from '../modules/transfers/schemas.js';
import { timestampSchema } from '../http/timestamps.js';
import { payeeVerificationResource } from '../modules/payees/schemas.js';
import { eventTypes } from '../modules/webhooks/service.js';

/**
 * What a webhook endpoint receives for each event type (SPEC §6): `{id, type, timestamp, data}` with
 * `data` the resource as the API shows it right after the change. Declared once here, this becomes the
 * `webhooks` section of the OpenAPI document, so generated clients (the SDK) type each message.
 */

/** A statement credit no account could take, parked in suspense (`ledger/outgoing.ts#parkInSuspense`). */
const bankStatementEntryResource = z.object({
  type: z.literal('bankStatementEntry'),
  id: z.string().describe('The journal entry that parked the money in suspense.'),
  attributes: z.object({
    currency: z.string(),
    amount: z.number().int().positive().describe('Minor units.'),
    reason: z.string().describe('Why no account took it, such as an unknown or closed IBAN.'),
    creditorIban: z.string().nullable(),
    debtor: z.object({ name: z.string().nullable(), iban: z.string().nullable() }),
    remittanceInformation: z.string().nullable(),
    endToEndId: z.string().nullable(),
    statementMessageId: z.string().nullable(),
  }),
});

export const eventResources = {
  'entity.created': entityResource,
  'entity.updated': entityResource,
  'bankAccount.created': bankAccountResource,
  'bankAccount.updated': bankAccountResource,
  'transaction.created': transactionResource,
  'transaction.updated': transactionResource,
  'card.created': cardResource,
  'card.updated': cardResource,
  'authorization.created': authorizationResource,
  'authorization.updated': authorizationResource,
  'bookTransfer.created': bookTransferResource,
  'sepaCreditTransfer.created': sepaCreditTransferResource,
  'sepaCreditTransfer.updated': sepaCreditTransferResource,
  'bankStatement.unmatchedCredit': bankStatementEntryResource,
  'payeeVerification.created': payeeVerificationResource,
} satisfies Record<(typeof eventTypes)[number], z.ZodType>;

export function webhookMessageSchema(type: keyof typeof eventResources) {
  return z.object({
    id: z.string().describe('The event id (`evt_...`), also in the `webhook-id` header: the same on every retry.'),
    type: z.literal(type),
    timestamp: timestampSchema.describe('When the event happened.'),
    data: eventResources[type],
  });
}

const signatureHeaders = [
  ['webhook-id', 'The event id: the same on every retry of this message, to drop duplicates.'],
  ['webhook-timestamp', 'Seconds since the Unix epoch when this attempt was signed; refuse messages far from now.'],
  ['webhook-signature', '`v1,<base64 HMAC-SHA256 of "<id>.<timestamp>.<body>">`, space-separated when two secrets sign (after a rotation).'],
].map(([name, description]) => ({ in: 'header', name, required: true, description, schema: { type: 'string' } }));

/** The OpenAPI 3.1 `webhooks` object: one operation per event type, its message as the request body. */
export function openApiWebhooks(): Record<string, unknown> {
  return Object.fromEntries(
    eventTypes.map((type) => {
      // Named resources (Entity, Card, ...) come out as $defs; the document has them in its components.
      const { $schema: _dialect, $defs: _named, ...local } = z.toJSONSchema(webhookMessageSchema(type), { target: 'draft-2020-12', io: 'output' });
      const schema: unknown = JSON.parse(JSON.stringify(local), (_key, value: unknown) =>
        typeof value === 'string' && value.startsWith('#/$defs/') ? `#/components/schemas/${value.slice(8)}` : value,
      );
      const name = type.replace(/\.(\w)/g, (_whole, letter: string) => letter.toUpperCase());
      return [
        type,
        {
          post: {
            operationId: `${name}Webhook`,
            tags: ['Webhooks'],
            // No HTTP authentication: the receiver checks the signature headers with the endpoint's secret.
            security: [],
            parameters: signatureHeaders,
            summary: `The \`${type}\` event`,
            description:
              'POSTed to every enabled endpoint subscribed to this type, signed with Standard Webhooks headers (`webhook-id`, ' +
              '`webhook-timestamp`, `webhook-signature`). Answer 2xx within the timeout; anything else is retried with backoff.',
            requestBody: { required: true, content: { 'application/json': { schema } } },
            responses: { '200': { description: 'Received. Any 2xx acknowledges the message.' } },
          },
        },
      ];
    }),
  );
}
