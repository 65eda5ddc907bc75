import { z } from 'zod';
import { amountSchema, currencySchema, resourceIdentifier, sepaIbanSchema } from '../../http/fields.js';
import { timestampSchema as timestamp } from '../../http/timestamps.js';
import { limits } from '../../config.js';
import {
  endToEndIdProblem,
  sepaAmountMax,
  sepaBicProblem,
  sepaEndToEndIdMax,
  sepaNameMax,
  sepaRemittanceMax,
  toSepaText,
} from '../../domain/sepa.js';
import { listLinksSchema, pageQuerySchema } from '../../http/pagination.js';
import { withReadOnlyMembers } from '../../http/validation.js';
import { sepaSchemes, sepaTransferStatuses } from './schema.js';
import { named } from '../../http/schema-registry.js';
import { noControlCharacters } from '../../domain/control-characters.js';

/** Request and response documents of book transfers and SEPA credit transfers (SPEC §9). */

const description = z
  .string()
  .trim()
  .min(1, { error: 'must not be empty' })
  .max(limits.referenceLengthMax, { error: `must be at most ${limits.referenceLengthMax} characters` })
  .regex(noControlCharacters, { error: 'must not contain control characters' });

export const bookTransferCreateDocument = withReadOnlyMembers(
  z
    .strictObject({
      data: z.strictObject({
        type: z.literal('bookTransfer'),
        attributes: z.strictObject({
          amount: amountSchema,
          currency: currencySchema,
          description: description.nullable().optional().describe('Shown on both sides’ transactions.'),
        }),
        relationships: z.strictObject({
          from: z.strictObject({ data: resourceIdentifier('bankAccount') }).describe('The account the money leaves.'),
          to: z.strictObject({ data: resourceIdentifier('bankAccount') }).describe('The account the money reaches.'),
        }),
      }),
    })
    .meta({
      examples: [
        {
          data: {
            type: 'bookTransfer',
            attributes: { amount: 2500, currency: 'EUR', description: 'Rent share' },
            relationships: { from: { data: { type: 'bankAccount', id: 'acc_...' } }, to: { data: { type: 'bankAccount', id: 'acc_...' } } },
          },
        },
      ],
    }),
  { attributes: ['status', 'createdAt'], id: true },
);
export type BookTransferCreateDocument = z.infer<typeof bookTransferCreateDocument>;

/** Text that goes to the bank: transliterated into the SEPA character set, or refused naming the character. */
const sepaText = (max: number) =>
  z
    .string()
    .transform((value, context) => {
      const result = toSepaText(value.trim());
      if (!result.ok) {
        context.addIssue({
          code: 'custom',
          message: `holds \`${result.character}\`, which has no spelling in the SEPA character set (Latin letters, digits, space and / - ? : ( ) . , ' +)`,
        });
        return z.NEVER;
      }
      return result.text;
    })
    .pipe(
      z
        .string()
        .min(1, { error: 'must not be empty' })
        .max(max, { error: `must be at most ${max} characters once in the SEPA character set` }),
    );

const bicSchema = z
  .string()
  .max(16)
  .transform((value) => value.replace(/\s+/g, '').toUpperCase())
  .superRefine((value, context) => {
    const problem = sepaBicProblem(value);
    if (problem) context.addIssue({ code: 'custom', message: problem });
  });

export const sepaCreditTransferCreateDocument = withReadOnlyMembers(
  z
    .strictObject({
      data: z.strictObject({
        type: z.literal('sepaCreditTransfer'),
        attributes: z.strictObject({
          amount: amountSchema.max(sepaAmountMax, { error: 'must be at most 99999999999 (999,999,999.99 EUR), the SEPA maximum' }),
          currency: z.literal('EUR', { error: 'must be `EUR`: SEPA credit transfers are in euros' }),
          creditor: z
            .strictObject({
              name: sepaText(sepaNameMax).describe(
                'Up to 70 characters; accents are dropped (é -> e), Cyrillic and Greek transliterated (Пётр -> Petr), other scripts refused.',
              ),
              iban: sepaIbanSchema.describe('An IBAN of a SEPA country, with valid check digits and national format.'),
              bic: bicSchema.nullable().optional().describe('Optional under the SEPA rulebook.'),
            })
            .describe('Who receives the money.'),
          remittanceInformation: sepaText(sepaRemittanceMax).nullable().optional().describe('Unstructured, up to 140 characters.'),
          endToEndId: z
            .string()
            .min(1, { error: 'must not be empty' })
            .max(sepaEndToEndIdMax, { error: `must be at most ${sepaEndToEndIdMax} characters` })
            .superRefine((value, context) => {
              const problem = endToEndIdProblem(value);
              if (problem) context.addIssue({ code: 'custom', message: problem });
            })
            .optional()
            .describe(
              "Your reference, carried to the creditor; unique in your organization. When absent, the transfer's id with `-` for `_` (`sct-01J…`), as SEPA identifiers hold no `_`.",
            ),
          scheme: z
            .enum(sepaSchemes, { error: 'must be `standard` or `instant`' })
            .optional()
            .describe(
              '`standard` (SCT, the default: through the next bank file) or `instant` (SCT Inst: `settled` or `rejected` within 10 seconds; to an IBAN held here, credited in the same transaction).',
            ),
          payeeVerification: z
            .strictObject({
              id: z.string().min(1).max(64).describe('A verification (`POST /payee-verifications`) of this creditor’s IBAN and name.'),
              acknowledged: z
                .boolean({ error: 'must be true or false' })
                .describe('The payer saw a result other than `match` and still wants to pay: required for those.'),
            })
            .optional()
            .describe('The Verification of Payee the payer saw before authorizing; recorded on the transfer.'),
        }),
        relationships: z.strictObject({
          bankAccount: z.strictObject({ data: resourceIdentifier('bankAccount') }).describe('The account the money leaves.'),
        }),
      }),
    })
    .meta({
      examples: [
        {
          data: {
            type: 'sepaCreditTransfer',
            attributes: {
              amount: 12345,
              currency: 'EUR',
              creditor: { name: 'Charles Babbage', iban: 'DE89370400440532013000', bic: null },
              remittanceInformation: 'Invoice 42',
              endToEndId: 'INV-42',
            },
            relationships: { bankAccount: { data: { type: 'bankAccount', id: 'acc_...' } } },
          },
        },
      ],
    }),
  { attributes: ['status', 'returnReason', 'submittedAt', 'settledAt', 'createdAt', 'updatedAt'], id: true },
);
export type SepaCreditTransferCreateDocument = z.infer<typeof sepaCreditTransferCreateDocument>;

/** ISO 20022 external return reason codes (ExternalReturnReason1Code): four capitals and digits. */
export const returnReasonSchema = z
  .string()
  .regex(/^[A-Z0-9]{4}$/, { error: 'must be an ISO 20022 return reason code such as AC04 (four capitals or digits)' });

export const sepaOutcomeDocument = z
  .strictObject({
    data: z.strictObject({
      type: z.literal('sepaCreditTransfer'),
      attributes: z
        .strictObject({ returnReason: returnReasonSchema.optional().describe('Defaults to AC04 (account closed) for returns, AG01 for rejections.') })
        .optional(),
    }),
  })
  .nullable()
  .optional()
  .meta({ examples: [{ data: { type: 'sepaCreditTransfer', attributes: { returnReason: 'AC04' } } }] });

export const transferParams = z.object({ transferId: z.string().describe('The transfer id, `btr_...` or `sct_...`.') });

export const bookTransferListQuery = z.strictObject({
  ...pageQuerySchema,
  'filter[bankAccount]': z.string().max(64).optional().describe('Transfers from or to this account.'),
});
export type BookTransferListQuery = z.infer<typeof bookTransferListQuery>;

export const sepaCreditTransferListQuery = z.strictObject({
  ...pageQuerySchema,
  'filter[bankAccount]': z.string().max(64).optional(),
  'filter[status]': z.enum(sepaTransferStatuses).optional(),
});
export type SepaCreditTransferListQuery = z.infer<typeof sepaCreditTransferListQuery>;

const accountLink = z.object({ data: z.object({ type: z.literal('bankAccount'), id: z.string() }) });
const transactionLink = z.object({ data: z.object({ type: z.literal('transaction'), id: z.string() }).nullable() });

export const bookTransferResource = z.object({
  type: z.literal('bookTransfer'),
  id: z.string(),
  attributes: z.object({
    amount: z.number().int().positive(),
    currency: z.string(),
    description: z.string().nullable(),
    status: z.enum(['posted']),
    createdAt: timestamp,
  }),
  relationships: z.object({ from: accountLink, to: accountLink, debitTransaction: transactionLink, creditTransaction: transactionLink }),
  links: z.object({ self: z.string() }),
});

export const sepaCreditTransferResource = z.object({
  type: z.literal('sepaCreditTransfer'),
  id: z.string(),
  attributes: z.object({
    amount: z.number().int().positive(),
    currency: z.string(),
    status: z.enum(sepaTransferStatuses),
    creditor: z.object({ name: z.string(), iban: z.string(), bic: z.string().nullable() }),
    remittanceInformation: z.string().nullable(),
    endToEndId: z.string(),
    scheme: z.enum(sepaSchemes),
    payeeVerification: z
      .object({
        id: z.string(),
        result: z.enum(['match', 'close_match', 'no_match', 'not_possible']),
        acknowledged: z.boolean(),
      })
      .nullable()
      .describe('The Verification of Payee the transfer was sent with, as it answered then.'),
    returnReason: z.string().nullable().describe('ISO 20022 reason code of a rejection or return.'),
    submittedAt: timestamp.nullable(),
    settledAt: timestamp.nullable(),
    createdAt: timestamp,
    updatedAt: timestamp,
  }),
  relationships: z.object({ bankAccount: accountLink, transaction: transactionLink, returnTransaction: transactionLink }),
  links: z.object({ self: z.string() }),
});

export const bookTransferDocument = z.object({ data: bookTransferResource, links: z.object({ self: z.string() }) });
export const bookTransferListDocument = z.object({ data: z.array(bookTransferResource), links: listLinksSchema });
export const sepaCreditTransferDocument = z.object({ data: sepaCreditTransferResource, links: z.object({ self: z.string() }) });
export const sepaCreditTransferListDocument = z.object({ data: z.array(sepaCreditTransferResource), links: listLinksSchema });

const isoDate = z.iso.date({ error: 'must be a date, YYYY-MM-DD' });

export const statementQuery = z.strictObject({
  from: isoDate.optional().describe('First day (UTC) of the statement, YYYY-MM-DD; defaults to the first day of the current month.'),
  to: isoDate.optional().describe('Last day (UTC), included; defaults to today.'),
});

export const accountStatementDocument = z.object({
  data: z.object({
    type: z.literal('accountStatement'),
    id: z.string(),
    attributes: z.object({
      from: z.string(),
      to: z.string(),
      iban: z.string(),
      currency: z.string(),
      openingBalance: z.number().int().describe('Booked balance at the start of `from`, in minor units.'),
      closingBalance: z.number().int().describe('Booked balance at the end of `to`.'),
      entries: z.array(
        z.object({
          reference: z.string().describe('The transaction id.'),
          bookedAt: timestamp,
          direction: z.enum(['credit', 'debit']),
          amount: z.number().int().positive(),
          bankTransactionCode: z.string().describe('ISO 20022 domain/family/sub-family, such as PMNT/ICDT/ESCT.'),
          counterparty: z.object({ name: z.string(), iban: z.string().nullable() }).nullable(),
          remittanceInformation: z.string().nullable(),
          endToEndId: z.string().nullable(),
          returnReason: z.string().nullable(),
        }),
      ),
    }),
    relationships: z.object({ bankAccount: accountLink }),
    links: z.object({ self: z.string() }),
  }),
  links: z.object({ self: z.string() }),
});

named(bookTransferResource, 'BookTransfer');
named(sepaCreditTransferResource, 'SepaCreditTransfer');
