import { isValidIBAN } from 'ibantools';
import { z } from 'zod';
import { limits } from '../config.js';
import { isCountryCode } from '../domain/countries.js';
import { normalizeIban } from '../domain/iban.js';
import { supportedCurrencies } from '../domain/money.js';
import { sepaIban } from '../domain/sepa.js';

/**
 * Field schemas several modules' documents share (amounts, currencies, IBANs, countries, resource
 * identifiers, an empty body). Here, below every module, so that a module's schemas never import
 * another module's for a field (that made nine modules one import cycle).
 */

export const amountSchema = z
  .number({ error: 'must be an integer number of minor units, such as 1050 for 10.50' })
  .int({ error: 'must be an integer number of minor units, such as 1050 for 10.50' })
  .positive({ error: 'must be greater than zero' })
  .max(limits.amountMinorMax, { error: `must be at most ${limits.amountMinorMax} minor units` })
  .describe('Minor units (cents), a positive integer.');

export const currencySchema = z
  .enum(supportedCurrencies, { error: `must be one of ${supportedCurrencies.join(', ')}` })
  .describe('ISO 4217 currency code.');

export const ibanSchema = z
  .string()
  .max(64)
  .transform(normalizeIban)
  .refine((value) => isValidIBAN(value), { error: 'must be a valid IBAN (ISO 13616 check digits and national format)' });

/** An IBAN a SEPA payment can reach: electronic format, check digits, national format, a SEPA country. */
export const sepaIbanSchema = z
  .string()
  .max(64)
  .transform((value, context) => {
    const result = sepaIban(value);
    if (!result.ok) {
      context.addIssue({ code: 'custom', message: result.problem });
      return z.NEVER;
    }
    return result.iban;
  });

export const countryCodeSchema = z
  .string()
  .refine(isCountryCode, { error: 'must be an ISO 3166-1 alpha-2 country code in capitals, such as `FR`' })
  .describe('ISO 3166-1 alpha-2 country code.');

/** A JSON:API resource identifier of one type: `{type, id}`. */
export const resourceIdentifier = <Type extends string>(type: Type) => z.strictObject({ type: z.literal(type), id: z.string().min(1).max(64) });

/** The body of a route that takes none (the seed's clients send none, or JSON `null`). */
export const emptyBody = z.null({ error: 'This route takes no request body.' }).optional();
