import { z } from 'zod';
import { amountSchema, countryCodeSchema, resourceIdentifier } from '../../http/fields.js';
import { timestampSchema as timestamp } from '../../http/timestamps.js';
import { limits } from '../../config.js';
import { cardStatuses } from '../../domain/card-status.js';
import { isCommonPin } from '../../domain/card-number.js';
import { listLinksSchema, pageQuerySchema } from '../../http/pagination.js';
import { withReadOnlyMembers } from '../../http/validation.js';
import { addressResource, addressSchema } from '../entities/schemas.js';
import { spendingIntervals, windowedIntervals } from '../../domain/spending.js';
import { named } from '../../http/schema-registry.js';

/** Request and response documents of cards (SPEC §4). */

const cardholderName = z
  .string()
  .trim()
  .min(2, { error: 'must be at least 2 characters' })
  .max(26, { error: 'must be at most 26 characters (what fits on a card)' })
  .regex(/^[A-Za-z][A-Za-z .'-]*$/, { error: 'must be Latin letters, spaces, dots, apostrophes and hyphens' });

const mccSchema = z.string().regex(/^\d{4}$/, { error: 'must be a 4-digit merchant category code (ISO 18245), such as `5411`' });

/** A list of codes without repeats. */
const codeList = <Code extends z.ZodType<string>>(code: Code, max: number) =>
  z
    .array(code)
    .max(max, { error: `must hold at most ${max} codes` })
    .refine((codes) => new Set(codes).size === codes.length, { error: 'must not repeat a code' })
    .default([]);

/**
 * A card's spending controls (SPEC §10), replaced whole when given: a list left out is empty. A list
 * either allows or blocks; a limit per interval at most.
 */
export const spendingControlsSchema = z
  .strictObject({
    limits: z
      .array(
        z.strictObject({
          amount: amountSchema,
          interval: z.enum(spendingIntervals, { error: `must be one of ${spendingIntervals.map((interval) => `\`${interval}\``).join(', ')}` }),
        }),
      )
      .max(spendingIntervals.length, { error: `must hold at most ${spendingIntervals.length} limits, one per interval` })
      .default([])
      .describe('Amount limits; `daily`, `weekly`, `monthly` and `yearly` are UTC calendar windows (weeks from Monday).'),
    allowedCategories: codeList(mccSchema, 200).describe('When not empty, only these merchant categories (MCC) are approved.'),
    blockedCategories: codeList(mccSchema, 200).describe('Merchant categories (MCC) always declined.'),
    allowedCountries: codeList(countryCodeSchema, 250).describe('When not empty, only merchants in these countries are approved.'),
    blockedCountries: codeList(countryCodeSchema, 250).describe('Merchant countries always declined.'),
  })
  .superRefine((controls, context) => {
    controls.limits.forEach((limit, index) => {
      if (controls.limits.findIndex((other) => other.interval === limit.interval) !== index) {
        context.addIssue({ code: 'custom', path: ['limits', index, 'interval'], message: `repeats \`${limit.interval}\`: one limit per interval` });
      }
    });
    for (const [allowed, blocked] of [
      ['allowedCategories', 'blockedCategories'],
      ['allowedCountries', 'blockedCountries'],
    ] as const) {
      if (controls[allowed].length > 0 && controls[blocked].length > 0) {
        context.addIssue({ code: 'custom', path: [blocked], message: `must be empty when \`${allowed}\` is set: a list either allows or blocks` });
      }
    }
  })
  .describe('Spending controls, replaced whole: a list left out is empty.');

/** What the server sets on a card, and its secrets: members a request may not send (a read-only error names them). */
const serverSetAttributes = [
  'status',
  'brand',
  'last4',
  'maskedPan',
  'expMonth',
  'expYear',
  'shipping',
  'spending',
  'pinStatus',
  'pan',
  'cvv',
  'pin',
  'createdAt',
  'updatedAt',
];

export const cardCreateDocument = withReadOnlyMembers(
  z
    .strictObject({
      data: z.strictObject({
        type: z.literal('card'),
        attributes: z.strictObject({
          form: z.enum(['virtual', 'physical'], { error: 'must be `virtual` or `physical`' }),
          cardholderName: cardholderName.optional().describe('Printed name; defaults to the customer’s name.'),
          shippingAddress: addressSchema.optional().describe('Physical cards only; defaults to the customer’s address.'),
          spendingControls: spendingControlsSchema.optional(),
        }),
        relationships: z.strictObject({
          entity: z.strictObject({ data: resourceIdentifier('entity') }),
          bankAccount: z
            .strictObject({ data: resourceIdentifier('bankAccount') })
            .optional()
            .describe('The customer’s open account the card spends from; defaults to its most recently opened one.'),
        }),
      }),
    })
    .meta({
      examples: [{ data: { type: 'card', attributes: { form: 'virtual' }, relationships: { entity: { data: { type: 'entity', id: 'ent_...' } } } } }],
    }),
  {
    attributes: serverSetAttributes,
    id: true,
  },
);
export type CardCreateAttributes = z.infer<typeof cardCreateDocument>['data']['attributes'];

export const cardUpdateDocument = withReadOnlyMembers(
  z
    .strictObject({
      data: z.strictObject({
        type: z.literal('card'),
        id: z.string().optional().describe('If present, must equal the id in the URL.'),
        attributes: z.strictObject({ spendingControls: spendingControlsSchema }),
      }),
    })
    .meta({
      examples: [
        {
          data: {
            type: 'card',
            attributes: {
              spendingControls: { limits: [{ amount: 50000, interval: 'daily' }], blockedCategories: ['7995'], blockedCountries: ['RU'] },
            },
          },
        },
      ],
    }),
  {
    // What issuing fixed for good (form, holder, shipping), besides what the server sets.
    attributes: [...serverSetAttributes, 'form', 'cardholderName', 'shippingAddress'],
  },
);

export const cardSuspendDocument = withReadOnlyMembers(
  z
    .strictObject({
      data: z
        .strictObject({
          type: z.literal('card'),
          id: z.string().max(64).optional(),
          attributes: z.strictObject({ suspended: z.boolean({ error: 'must be true or false' }) }),
          relationships: z.strictObject({ entity: z.strictObject({ data: resourceIdentifier('entity') }) }).optional(),
        })
        .refine((data) => (data.id === undefined) !== (data.relationships === undefined), {
          error: 'must name the card by `id` or by `relationships.entity`, not both',
        }),
    })
    .meta({ examples: [{ data: { type: 'card', id: 'card_...', attributes: { suspended: true } } }] }),
  { attributes: ['status'] },
);

export const cardCloseDocument = z
  .strictObject({
    data: z.strictObject({
      type: z.literal('card'),
      attributes: z.strictObject({
        reason: z.enum(['lost', 'stolen', 'closed'], { error: 'must be `lost`, `stolen` or `closed`' }),
      }),
    }),
  })
  .nullable()
  .optional();

const pinSchema = z
  .string()
  .regex(/^\d{4}$/, { error: 'must be exactly 4 digits', abort: true })
  .refine((pin) => !isCommonPin(pin), {
    error: 'is too easy to guess (a repeated digit or pair, a run, a keypad line, a year, or another of the most common PINs); choose another',
  });

export const pinResetDocument = z
  .strictObject({ data: z.strictObject({ type: z.literal('cardPin'), attributes: z.strictObject({ pin: pinSchema }) }) })
  .nullable()
  .optional();

export const cardListQuery = z.strictObject({
  ...pageQuerySchema,
  'filter[status]': z.enum(cardStatuses).optional(),
  'filter[form]': z.enum(['virtual', 'physical']).optional(),
  'filter[entity]': z.string().max(64).optional(),
});
export type CardListQuery = z.infer<typeof cardListQuery>;

export const cardParams = z.object({ cardId: z.string().describe('The card id, `card_...`.') });
export const cardTargetParams = z.object({
  entityId: z.string().describe('A customer id (`ent_...`: its most recently issued card that is not closed) or a card id (`card_...`).'),
});

export const cardResource = z.object({
  type: z.literal('card'),
  id: z.string(),
  attributes: z.object({
    form: z.enum(['virtual', 'physical']),
    status: z.enum(cardStatuses),
    cardholderName: z.string(),
    brand: z.string(),
    last4: z.string(),
    maskedPan: z.string().describe('First six and last four digits.'),
    expMonth: z.number().int(),
    expYear: z.number().int(),
    shipping: z
      .object({
        status: z.enum(['processing', 'shipped', 'delivered']),
        address: addressResource,
        estimatedDeliveryFrom: z.string(),
        estimatedDeliveryTo: z.string(),
      })
      .nullable()
      .describe('Physical cards: delivery is estimated 4 to 14 days after ordering.'),
    pinStatus: z.enum(['active', 'blocked']).describe('`blocked` after three wrong PINs in a row, until the PIN is reset.'),
    spendingControls: z.object({
      limits: z.array(z.object({ amount: z.number().int(), interval: z.enum(spendingIntervals) })),
      allowedCategories: z.array(z.string()),
      blockedCategories: z.array(z.string()),
      allowedCountries: z.array(z.string()),
      blockedCountries: z.array(z.string()),
    }),
    spending: z
      .array(
        z.object({
          interval: z.enum(windowedIntervals),
          limit: z.number().int(),
          spent: z.number().int().describe('Approved holds and captures in the current window; a release gives back.'),
          remaining: z.number().int(),
          resetsAt: timestamp.nullable().describe('When the window ends (null for `allTime`).'),
        }),
      )
      .describe('Each windowed limit with what its current window has spent. Spending counts while the card has a windowed limit.'),
    createdAt: timestamp,
    updatedAt: timestamp,
  }),
  relationships: z.object({
    entity: z.object({ data: z.object({ type: z.literal('entity'), id: z.string() }) }),
    bankAccount: z.object({ data: z.object({ type: z.literal('bankAccount'), id: z.string() }) }),
    replaces: z
      .object({ data: z.object({ type: z.literal('card'), id: z.string() }).nullable() })
      .describe('The card this one replaced (`POST /cards/:cardId/replace`), if any.'),
    replacedBy: z
      .object({ data: z.object({ type: z.literal('card'), id: z.string() }).nullable() })
      .describe('This card’s successor, once replaced.'),
  }),
  links: z.object({ self: z.string() }),
});

export const cardReplaceDocument = z
  .strictObject({
    data: z.strictObject({
      type: z.literal('card'),
      attributes: z.strictObject({
        reason: z.enum(['lost', 'stolen', 'damaged', 'expiring'], { error: 'must be `lost`, `stolen`, `damaged` or `expiring`' }),
      }),
    }),
  })
  .meta({ examples: [{ data: { type: 'card', attributes: { reason: 'damaged' } } }] });

export const cardDocument = z.object({ data: cardResource, links: z.object({ self: z.string() }) });
export const cardListDocument = z.object({
  data: z.array(cardResource),
  links: listLinksSchema,
});

export const cardDetailsDocument = z.object({
  data: z.object({
    type: z.literal('cardDetails'),
    id: z.string(),
    attributes: z.object({
      pan: z.string(),
      cvv: z.string(),
      expMonth: z.number().int(),
      expYear: z.number().int(),
      cardholderName: z.string(),
    }),
  }),
});

export const cardPinDocument = z.object({
  data: z.object({ type: z.literal('cardPin'), id: z.string(), attributes: z.object({ pin: z.string() }) }),
});

export { limits };

named(cardResource, 'Card');
