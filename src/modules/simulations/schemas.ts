import { z } from 'zod';
import { currencySchema, amountSchema, ibanSchema } from '../../http/fields.js';
import { limits } from '../../config.js';
import { withReadOnlyMembers } from '../../http/validation.js';
import { noControlCharacters } from '../../domain/control-characters.js';

/** Documents of the sandbox simulation routes (SPEC §5). */

const freeText = (max: number) =>
  z
    .string()
    .trim()
    .min(1, { error: 'must not be empty' })
    .max(max, { error: `must be at most ${max} characters` })
    .regex(noControlCharacters, { error: 'must not contain control characters' });

export const incomingTransferDocument = withReadOnlyMembers(
  z
    .strictObject({
      data: z.strictObject({
        type: z.literal('incomingTransfer'),
        attributes: z.strictObject({
          iban: ibanSchema.describe('The IBAN of the Linkcy account to credit.'),
          amount: amountSchema,
          currency: currencySchema,
          debtorName: freeText(limits.referenceLengthMax).describe('Who sends the money.'),
          debtorIban: ibanSchema.describe('The sender’s IBAN.'),
          reference: freeText(limits.referenceLengthMax).nullable().optional().describe('Remittance information.'),
          scheme: z
            .enum(['standard', 'instant'], { error: 'must be `standard` or `instant`' })
            .optional()
            .describe('`instant` for an SCT Inst credit (SPEC §14): booked at once, as every simulated credit is, and named so.'),
        }),
      }),
    })
    .meta({
      examples: [
        {
          data: {
            type: 'incomingTransfer',
            attributes: {
              iban: 'FR76...',
              amount: 10000,
              currency: 'EUR',
              debtorName: 'Charles Babbage',
              debtorIban: 'DE89370400440532013000',
              reference: 'Invoice 7',
            },
          },
        },
      ],
    }),
  { attributes: [], id: true },
);
export type IncomingTransferAttributes = z.infer<typeof incomingTransferDocument>['data']['attributes'];

/** Ten years: as far as one move of a sandbox clock goes. */
const clockStepSecondsMax = 10 * 366 * 86_400;

export const clockMoveDocument = z
  .strictObject({
    data: z.strictObject({
      type: z.literal('clock'),
      attributes: z
        .strictObject({
          advanceSeconds: z
            .number({ error: 'must be a whole number of seconds' })
            .int({ error: 'must be a whole number of seconds' })
            .positive({ error: 'must be greater than zero: the clock never goes back' })
            .max(clockStepSecondsMax, { error: `must be at most ${clockStepSecondsMax} (ten years)` })
            .optional()
            .describe('Move the clock this many seconds forward.'),
          now: z.iso
            .datetime({ offset: true, error: 'must be an RFC 3339 date-time, such as 2027-01-01T00:00:00Z' })
            .optional()
            .describe('Or move it to this time (never back).'),
        })
        .refine((attributes) => (attributes.advanceSeconds === undefined) !== (attributes.now === undefined), {
          error: 'must hold either `advanceSeconds` or `now`',
        }),
    }),
  })
  .meta({ examples: [{ data: { type: 'clock', attributes: { advanceSeconds: 86400 } } }] });

export const clockDocument = z.object({
  data: z.object({
    type: z.literal('clock'),
    id: z.string().describe('Your organization’s id: one clock each.'),
    attributes: z.object({ now: z.iso.datetime({ offset: true }) }),
  }),
  meta: z
    .object({
      expiredHolds: z.number().int(),
      deliveredCards: z.number().int(),
      submittedSepaCreditTransfers: z.number().int(),
      settledSepaCreditTransfers: z.number().int(),
    })
    .optional()
    .describe('After a move: what became due and was run at once.'),
  links: z.object({ self: z.string() }),
});
