import { electronicFormatIBAN, isSEPACountry, isValidBIC, validateIBAN, ValidationErrorsIBAN } from 'ibantools';

/**
 * The SEPA Credit Transfer rulebook's checks on what a customer may send (EPC SCT rulebook and its
 * customer-to-bank implementation guidelines). Each returns a sentence for the client, or undefined.
 */

/** 0.01 to 999,999,999.99 EUR, in cents. */
export const sepaAmountMax = 99_999_999_999;
export const sepaNameMax = 70;
export const sepaRemittanceMax = 140;
export const sepaEndToEndIdMax = 35;

/**
 * The SEPA character set every bank must accept: Latin letters, digits and `/ - ? : ( ) . , ' +` and
 * space. Anything else may be refused or mangled by a bank on the way.
 */
const sepaCharacter = /^[A-Za-z0-9/\-?:().,'+ ]$/;

/** Letters with no decomposition into a base letter and accents, spelled in the SEPA set. */
const spelledOut: Record<string, string> = {
  ß: 'ss',
  æ: 'ae',
  Æ: 'AE',
  œ: 'oe',
  Œ: 'OE',
  ø: 'o',
  Ø: 'O',
  ł: 'l',
  Ł: 'L',
  đ: 'd',
  Đ: 'D',
  þ: 'th',
  Þ: 'TH',
  ð: 'd',
  Ð: 'D',
  ı: 'i',
  '&': '+',
  '°': 'o',
  '€': 'EUR',
  '«': "'",
  '»': "'",
  '“': "'",
  '”': "'",
  '"': "'",
  '‘': "'",
  '’': "'",
  '–': '-',
  '—': '-',
};

export type Transliteration = { ok: true; text: string } | { ok: false; character: string };

/**
 * Text in the SEPA character set: accents are dropped (é -> e), a few letters are spelled out
 * (ß -> ss, æ -> ae), and a character with no Latin spelling (Cyrillic, CJK, emoji, `@`, `_`) is
 * refused and named, rather than guessed at.
 */
export function toSepaText(text: string): Transliteration {
  let out = '';
  for (const character of text.normalize('NFC')) {
    if (sepaCharacter.test(character)) {
      out += character;
      continue;
    }
    if (spelledOut[character] !== undefined) {
      out += spelledOut[character];
      continue;
    }
    const base = character.normalize('NFD').replace(/\p{M}/gu, '');
    if (base.length > 0 && [...base].every((c) => sepaCharacter.test(c))) {
      out += base;
      continue;
    }
    return { ok: false, character };
  }
  return { ok: true, text: out };
}

const ibanProblems: Partial<Record<ValidationErrorsIBAN, string>> = {
  [ValidationErrorsIBAN.NoIBANCountry]: 'its country code is not one of an IBAN country',
  [ValidationErrorsIBAN.WrongBBANLength]: 'it has the wrong length for its country',
  [ValidationErrorsIBAN.WrongBBANFormat]: 'it does not follow its country’s account number format',
  [ValidationErrorsIBAN.ChecksumNotNumber]: 'its check digits are not digits',
  [ValidationErrorsIBAN.WrongIBANChecksum]: 'its check digits are wrong',
  [ValidationErrorsIBAN.WrongAccountBankBranchChecksum]: 'its national check digits are wrong',
};

/** The IBAN in electronic format (no spaces, capitals), or why it cannot receive a SEPA transfer. */
export function sepaIban(value: string): { ok: true; iban: string } | { ok: false; problem: string } {
  const iban = electronicFormatIBAN(value) ?? '';
  if (!/^[A-Z]{2}[0-9]{2}[A-Z0-9]{1,30}$/.test(iban))
    return { ok: false, problem: 'is not an IBAN (two letters, two check digits, up to 30 letters and digits)' };
  const result = validateIBAN(iban, { allowQRIBAN: false });
  if (!result.valid) {
    const problem = result.errorCodes.map((code) => ibanProblems[code]).find(Boolean) ?? 'is not a valid IBAN';
    return { ok: false, problem: `is not a valid IBAN: ${problem}` };
  }
  if (!isSEPACountry(iban.slice(0, 2))) return { ok: false, problem: `is in ${iban.slice(0, 2)}, which is not in the SEPA scheme` };
  return { ok: true, iban };
}

/** A BIC (ISO 9362): 8 or 11 characters. */
export function sepaBicProblem(bic: string): string | undefined {
  return isValidBIC(bic) ? undefined : 'is not a valid BIC (ISO 9362: 4 letters, a country, 2 location characters, an optional 3-character branch)';
}

/** EPC guidelines: the EndToEndId is in the SEPA set, and neither starts nor ends with `/` nor holds `//`. */
export function endToEndIdProblem(value: string): string | undefined {
  if ([...value].some((c) => !sepaCharacter.test(c))) return "may hold only letters, digits, spaces and / - ? : ( ) . , ' +";
  if (value.startsWith('/') || value.endsWith('/') || value.includes('//')) return 'may neither start nor end with `/`, nor hold `//`';
  if (value.trim() !== value || value.length === 0) return 'may neither start nor end with a space';
  return undefined;
}

/** Minor units to the decimal text ISO 20022 amounts use: 12345 -> "123.45". */
export function decimalAmount(minor: number): string {
  return `${Math.trunc(minor / 100)}.${String(minor % 100).padStart(2, '0')}`;
}

/** "123.45" (or "123.4", "123") to minor units; undefined when it is not a positive amount with at most two decimals. */
export function minorUnits(decimal: string): number | undefined {
  const match = /^(\d{1,13})(?:\.(\d{1,2}))?$/.exec(decimal.trim());
  if (!match) return undefined;
  return Number(match[1]) * 100 + Number((match[2] ?? '').padEnd(2, '0'));
}
