import { z } from 'zod';
import { timestampSchema as timestamp } from '../../http/timestamps.js';
import { instantFilter, listLinksSchema, pageQuerySchema } from '../../http/pagination.js';
import { named } from '../../http/schema-registry.js';

/** Transactions as customers see them on an account (SPEC §3). */

export const transactionKinds = [
  'incomingTransfer',
  'outgoingTransfer',
  'transferReturn',
  'bookTransfer',
  'cardPayment',
  'cardRefund',
  'fee',
] as const;
export const transactionStatuses = ['pending', 'posted', 'released', 'returned'] as const;

const instant = instantFilter;

export const transactionListQuery = z.strictObject({
  ...pageQuerySchema,
  'filter[status]': z.enum(transactionStatuses).optional(),
  'filter[kind]': z.enum(transactionKinds).optional(),
  'filter[direction]': z.enum(['credit', 'debit']).optional(),
  'filter[since]': instant.describe('Created at or after this instant (a date means its midnight UTC).'),
  'filter[until]': instant.describe('Created before this instant (a date means its midnight UTC).'),
});
export type TransactionListQuery = z.infer<typeof transactionListQuery>;

export const transactionParams = z.object({ transactionId: z.string().describe('The transaction id, `txn_...`.') });

export const transactionResource = z.object({
  type: z.literal('transaction'),
  id: z.string(),
  attributes: z.object({
    direction: z.enum(['credit', 'debit']),
    amount: z.number().int().positive().describe('Minor units, always positive; `direction` gives the sign.'),
    currency: z.string(),
    kind: z.string(),
    status: z.enum(transactionStatuses),
    description: z.string().nullable(),
    reference: z.string().nullable(),
    counterparty: z.object({ name: z.string(), iban: z.string().nullable(), bic: z.string().nullable() }).nullable(),
    merchant: z.object({ name: z.string(), mcc: z.string(), city: z.string().nullable(), country: z.string().nullable() }).nullable(),
    balanceAfter: z.number().int().nullable().describe('The account’s booked balance right after this transaction posted.'),
    createdAt: timestamp,
    postedAt: timestamp.nullable(),
    updatedAt: timestamp,
  }),
  relationships: z.object({
    bankAccount: z.object({ data: z.object({ type: z.literal('bankAccount'), id: z.string() }) }),
    card: z.object({ data: z.object({ type: z.literal('card'), id: z.string() }).nullable() }),
  }),
  links: z.object({ self: z.string() }),
});

export const transactionDocument = z.object({ data: transactionResource, links: z.object({ self: z.string() }) });
export const transactionListDocument = z.object({
  data: z.array(transactionResource),
  links: listLinksSchema,
});

named(transactionResource, 'Transaction');
