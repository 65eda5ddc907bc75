import { z } from 'zod';
import { sepaIbanSchema } from '../../http/fields.js';
import { named } from '../../http/schema-registry.js';
import { timestampSchema as timestamp } from '../../http/timestamps.js';
import { withReadOnlyMembers } from '../../http/validation.js';
import { noControlCharacters } from '../../domain/control-characters.js';
import { payeeVerificationResults } from './schema.js';

/** Documents of Verification of Payee (SPEC §14). */

/** A payee's name as a payer types it: the EPC VoP request carries up to 140 characters. */
const payeeName = z
  .string()
  .trim()
  .min(1, { error: 'must not be empty' })
  .max(140, { error: 'must be at most 140 characters' })
  .regex(noControlCharacters, { error: 'must not contain control characters' })
  .refine((value) => /[\p{L}\p{N}]/u.test(value), { error: 'must hold at least one letter or digit' });

export const payeeVerificationCreateDocument = withReadOnlyMembers(
  z
    .strictObject({
      data: z.strictObject({
        type: z.literal('payeeVerification'),
        attributes: z.strictObject({
          iban: sepaIbanSchema.describe('The payee’s IBAN (a SEPA country’s, valid check digits).'),
          name: payeeName.describe('The payee’s name as the payer gave it.'),
        }),
      }),
    })
    .meta({ examples: [{ data: { type: 'payeeVerification', attributes: { iban: 'DE89370400440532013000', name: 'Ada Lovelace' } } }] }),
  { attributes: ['result', 'matchedName', 'createdAt'], id: true },
);

export const payeeVerificationParams = z.object({ verificationId: z.string().describe('The verification id, `pv_...`.') });

export const payeeVerificationResource = z.object({
  type: z.literal('payeeVerification'),
  id: z.string(),
  attributes: z.object({
    iban: z.string(),
    name: z.string().describe('The name the payer gave.'),
    result: z
      .enum(payeeVerificationResults)
      .describe(
        '`match`; `close_match` (the holder’s name is in `matchedName`); `no_match` (the holder’s name is never shown); `not_possible` (the payee’s bank could not be asked, or the account cannot receive).',
      ),
    matchedName: z.string().nullable().describe('The account holder’s name, for a close match only.'),
    createdAt: timestamp,
  }),
  links: z.object({ self: z.string() }),
});

export const payeeVerificationDocument = z.object({ data: payeeVerificationResource, links: z.object({ self: z.string() }) });

/** Sandbox: who holds an IBAN at another bank. */
export const sandboxPayeeDocument = withReadOnlyMembers(
  z
    .strictObject({
      data: z.strictObject({
        type: z.literal('payee'),
        attributes: z.strictObject({
          iban: sepaIbanSchema.describe('An IBAN of another bank (one held here is answered from its holder).'),
          name: payeeName.describe('Its holder’s name.'),
        }),
      }),
    })
    .meta({ examples: [{ data: { type: 'payee', attributes: { iban: 'DE89370400440532013000', name: 'Charles Babbage' } } }] }),
  { attributes: ['createdAt'], id: true },
);

export const sandboxPayeeResource = z.object({
  type: z.literal('payee'),
  id: z.string().describe('The IBAN.'),
  attributes: z.object({ iban: z.string(), name: z.string(), createdAt: timestamp }),
});
export const sandboxPayeeResponse = z.object({ data: sandboxPayeeResource });

named(payeeVerificationResource, 'PayeeVerification');
