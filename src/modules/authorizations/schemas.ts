import { z } from 'zod';
import { amountSchema, countryCodeSchema, currencySchema, resourceIdentifier } from '../../http/fields.js';
import { fallbackReasons } from '../decisions/schemas.js';
import { timestampSchema as timestamp } from '../../http/timestamps.js';
import { withReadOnlyMembers } from '../../http/validation.js';
import { named } from '../../http/schema-registry.js';

/** Request and response documents of card authorizations (SPEC §5, §10). */

/** Why an authorization was declined, in order of precedence. */
export const declineReasons = [
  'card_closed',
  'card_suspended',
  'card_inactive',
  'card_expired',
  'pin_blocked',
  'incorrect_pin',
  'currency_mismatch',
  'account_closed',
  'merchant_category_blocked',
  'merchant_country_blocked',
  'spending_limit_exceeded',
  'insufficient_funds',
  'declined_by_client',
] as const;
export type DeclineReason = (typeof declineReasons)[number];

export const merchantSchema = z.strictObject({
  name: z.string().trim().min(1, { error: 'must not be empty' }).max(100),
  mcc: z.string().regex(/^\d{4}$/, { error: 'must be a 4-digit merchant category code' }),
  city: z.string().trim().min(1).max(100).nullable().optional(),
  country: countryCodeSchema.nullable().optional(),
});

export const authorizationCreateDocument = withReadOnlyMembers(
  z
    .strictObject({
      data: z.strictObject({
        type: z.literal('authorization'),
        attributes: z.strictObject({
          amount: amountSchema,
          currency: currencySchema,
          merchant: merchantSchema,
          pin: z
            .string()
            .regex(/^\d{4}$/, { error: 'must be exactly 4 digits' })
            .optional()
            .describe('Card present: the PIN the cardholder typed. Three wrong in a row block the PIN until it is reset.'),
        }),
        relationships: z.strictObject({ card: z.strictObject({ data: resourceIdentifier('card') }) }),
      }),
    })
    .meta({
      examples: [
        {
          data: {
            type: 'authorization',
            attributes: { amount: 1250, currency: 'EUR', merchant: { name: 'Café de Flore', mcc: '5812', city: 'Paris', country: 'FR' } },
            relationships: { card: { data: { type: 'card', id: 'card_...' } } },
          },
        },
      ],
    }),
  { attributes: ['status', 'declineReason', 'capturedAmount', 'increments', 'decision', 'createdAt', 'updatedAt', 'expiresAt'], id: true },
);
export type AuthorizationCreateDocument = z.infer<typeof authorizationCreateDocument>;

export const captureDocument = z
  .strictObject({
    data: z.strictObject({
      type: z.literal('authorization'),
      attributes: z.strictObject({ amount: amountSchema.describe('Partial capture; the rest is released.') }),
    }),
  })
  .nullable()
  .optional();

export const refundCreateDocument = z
  .strictObject({
    data: z.strictObject({
      type: z.literal('cardRefund'),
      attributes: z.strictObject({ amount: amountSchema, currency: currencySchema, merchant: merchantSchema }),
      relationships: z.strictObject({ card: z.strictObject({ data: resourceIdentifier('card') }) }),
    }),
  })
  .meta({
    examples: [
      {
        data: {
          type: 'cardRefund',
          attributes: { amount: 1250, currency: 'EUR', merchant: { name: 'Café de Flore', mcc: '5812', city: 'Paris', country: 'FR' } },
          relationships: { card: { data: { type: 'card', id: 'card_...' } } },
        },
      },
    ],
  });

export const incrementDocument = z
  .strictObject({
    data: z.strictObject({
      type: z.literal('authorization'),
      attributes: z.strictObject({ amount: amountSchema.describe('How much more the merchant asks for.') }),
    }),
  })
  .meta({ examples: [{ data: { type: 'authorization', attributes: { amount: 2000 } } }] });

export const authorizationParams = z.object({ authorizationId: z.string().describe('The authorization id, `auth_...`.') });

export const authorizationResource = z.object({
  type: z.literal('authorization'),
  id: z.string(),
  attributes: z.object({
    status: z.enum(['approved', 'declined', 'captured', 'released', 'expired']),
    declineReason: z.enum(declineReasons).nullable(),
    amount: z.number().int(),
    capturedAmount: z.number().int().nullable(),
    currency: z.string(),
    merchant: z.object({ name: z.string(), mcc: z.string(), city: z.string().nullable(), country: z.string().nullable() }),
    increments: z
      .array(
        z.object({
          amount: z.number().int(),
          status: z.enum(['approved', 'declined']),
          declineReason: z.enum(declineReasons).nullable(),
          createdAt: timestamp,
        }),
      )
      .describe('Incremental authorizations, oldest first; `amount` already includes the approved ones.'),
    decision: z
      .object({
        source: z.enum(['endpoint', 'fallback']),
        reason: z
          .enum(fallbackReasons)
          .nullable()
          .describe(
            'Why the fallback applied: no answer in time, no connection, a status other than 2xx, or an answer that is neither approve nor decline. Null when your endpoint answered.',
          ),
        latencyMs: z.number().int(),
      })
      .nullable()
      .describe('When your authorization endpoint was asked: whether it answered or its fallback applied (and why), and how long it took.'),
    expiresAt: timestamp.nullable(),
    createdAt: timestamp,
    updatedAt: timestamp,
  }),
  relationships: z.object({
    card: z.object({ data: z.object({ type: z.literal('card'), id: z.string() }) }),
    transaction: z.object({ data: z.object({ type: z.literal('transaction'), id: z.string() }).nullable() }),
  }),
  links: z.object({ self: z.string() }),
});
export const authorizationDocument = z.object({ data: authorizationResource, links: z.object({ self: z.string() }) });

named(authorizationResource, 'Authorization');
