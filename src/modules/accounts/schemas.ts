import { z } from 'zod';
import { currencySchema, resourceIdentifier } from '../../http/fields.js';
import { timestampSchema as timestamp } from '../../http/timestamps.js';
import { listLinksSchema, pageQuerySchema } from '../../http/pagination.js';
import { withReadOnlyMembers } from '../../http/validation.js';
import { named } from '../../http/schema-registry.js';

/** Request and response documents of bank accounts (SPEC §3). */

export const bankAccountCreateDocument = withReadOnlyMembers(
  z
    .strictObject({
      data: z.strictObject({
        type: z.literal('bankAccount'),
        attributes: z.strictObject({ currency: currencySchema.optional().describe('Defaults to EUR.') }).optional(),
        relationships: z.strictObject({ entity: z.strictObject({ data: resourceIdentifier('entity') }) }),
      }),
    })
    .meta({
      examples: [
        { data: { type: 'bankAccount', attributes: { currency: 'EUR' }, relationships: { entity: { data: { type: 'entity', id: 'ent_...' } } } } },
      ],
    }),
  { attributes: ['iban', 'bic', 'status', 'balance', 'createdAt', 'updatedAt', 'closedAt'], id: true },
);
export type BankAccountCreateDocument = z.infer<typeof bankAccountCreateDocument>;

export const bankAccountUpdateDocument = withReadOnlyMembers(
  z
    .strictObject({
      data: z.strictObject({
        type: z.literal('bankAccount'),
        id: z.string().max(64).optional().describe('When given, the account of the path.'),
        attributes: z.strictObject({
          instantTransferLimit: z
            .number({ error: 'must be a whole number of minor units, or null for no limit' })
            .int({ error: 'must be a whole number of minor units, or null for no limit' })
            .min(0, { error: 'must be zero or more (zero refuses every instant transfer)' })
            .max(99_999_999_999, { error: 'must be at most 99999999999 (999,999,999.99 EUR, the SEPA maximum)' })
            .nullable()
            .describe('The most one instant transfer may send, in minor units; null for no limit.'),
        }),
      }),
    })
    .meta({ examples: [{ data: { type: 'bankAccount', attributes: { instantTransferLimit: 100000 } } }] }),
  { attributes: ['iban', 'bic', 'currency', 'status', 'balance', 'createdAt', 'updatedAt', 'closedAt'], id: false },
);

export const bankAccountListQuery = z.strictObject({
  ...pageQuerySchema,
  'filter[entity]': z.string().max(64).optional(),
  'filter[status]': z.enum(['open', 'closed']).optional(),
  'filter[currency]': currencySchema.optional(),
});
export type BankAccountListQuery = z.infer<typeof bankAccountListQuery>;

export const accountParams = z.object({ accountId: z.string().describe('The account id, `acc_...`.') });

export const balanceSchema = z
  .object({
    current: z.number().int().describe('Booked balance: the sum of posted transactions, in minor units.'),
    available: z.number().int().describe('What can be spent now: current minus pending card holds.'),
    pending: z.number().int().describe('Held by pending card authorizations.'),
  })
  .describe('Balances in minor units of the account’s currency.');

export const bankAccountResource = z.object({
  type: z.literal('bankAccount'),
  id: z.string(),
  attributes: z.object({
    iban: z.string(),
    bic: z.string(),
    currency: z.string(),
    status: z.enum(['open', 'closed']),
    balance: balanceSchema,
    instantTransferLimit: z
      .number()
      .int()
      .nullable()
      .describe('The most one instant SEPA transfer may send from this account, in minor units; null for no limit (SPEC §14).'),
    createdAt: timestamp,
    updatedAt: timestamp,
    closedAt: timestamp.nullable(),
  }),
  relationships: z.object({
    entity: z.object({ data: z.object({ type: z.literal('entity'), id: z.string() }) }),
    transactions: z.object({ links: z.object({ related: z.string() }) }),
  }),
  links: z.object({ self: z.string() }),
});

export const bankAccountDocument = z.object({ data: bankAccountResource, links: z.object({ self: z.string() }) });
export const bankAccountListDocument = z.object({
  data: z.array(bankAccountResource),
  links: listLinksSchema,
});

named(bankAccountResource, 'BankAccount');
