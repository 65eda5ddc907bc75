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

/**
 * Cyrillic and Greek letters in Latin (the EPC's recommendation for SEPA: the sender transliterates),
 * lower case; a capital is spelled with its first letter capitalized (Ж -> Zh).
 */
const otherScripts: Record<string, string> = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  ґ: 'g',
  д: 'd',
  е: 'e',
  ё: 'e',
  є: 'ye',
  ж: 'zh',
  з: 'z',
  и: 'i',
  і: 'i',
  ї: 'yi',
  й: 'y',
  к: 'k',
  л: 'l',
  м: 'm',
  н: 'n',
  о: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ў: 'u',
  ф: 'f',
  х: 'kh',
  ц: 'ts',
  ч: 'ch',
  ш: 'sh',
  щ: 'shch',
  ъ: '',
  ы: 'y',
  ь: '',
  э: 'e',
  ю: 'yu',
  я: 'ya',
  ђ: 'dj',
  ј: 'j',
  љ: 'lj',
  њ: 'nj',
  ћ: 'c',
  џ: 'dz',
  α: 'a',
  β: 'v',
  γ: 'g',
  δ: 'd',
  ε: 'e',
  ζ: 'z',
  η: 'i',
  θ: 'th',
  ι: 'i',
  κ: 'k',
  λ: 'l',
  μ: 'm',
  ν: 'n',
  ξ: 'x',
  ο: 'o',
  π: 'p',
  ρ: 'r',
  σ: 's',
  ς: 's',
  τ: 't',
  υ: 'y',
  φ: 'f',
  χ: 'ch',
  ψ: 'ps',
  ω: 'o',
};

/** Signs outside the set that have a usual spelling in it. */
const signs: Record<string, string> = {
  '@': '(at)',
  _: '-',
  '#': ' ',
  '*': '.',
  '!': '.',
  ';': ',',
  '=': '-',
  '|': '/',
  '\\': '/',
  '[': '(',
  ']': ')',
  '{': '(',
  '}': ')',
  '<': '(',
  '>': ')',
};

export type Transliteration = { ok: true; text: string } | { ok: false; character: string };

/** One character in the SEPA set, or undefined when it has no spelling there. */
function spell(character: string, withSigns: boolean): string | undefined {
  if (sepaCharacter.test(character)) return character;
  if (spelledOut[character] !== undefined) return spelledOut[character];
  if (withSigns && signs[character] !== undefined) return signs[character];
  const base = character.normalize('NFD').replace(/\p{M}/gu, '');
  if (base.length > 0 && [...base].every((c) => sepaCharacter.test(c))) return base;
  const lower = base.toLowerCase();
  const latin = otherScripts[lower];
  if (latin !== undefined) return lower === base ? latin : latin.charAt(0).toUpperCase() + latin.slice(1);
  return undefined;
}

/**
 * Text in the SEPA character set: accents are dropped (é -> e), a few letters are spelled out
 * (ß -> ss, æ -> ae), Cyrillic and Greek transliterated (Пётр -> Petr), and a character with no Latin
 * spelling (CJK, emoji, `@`, `_`) is refused and named, rather than guessed at.
 */
export function toSepaText(text: string): Transliteration {
  let out = '';
  for (const character of text.normalize('NFC')) {
    const spelled = spell(character, false);
    if (spelled === undefined) return { ok: false, character };
    out += spelled;
  }
  return { ok: true, text: out };
}

/**
 * A name as a pain.001 writes it (EPC 2023): transliterated, signs spelled (`@` -> `(at)`), what has
 * no spelling left out (an emoji), spaces collapsed, then cut to 70 characters (all of them ASCII by
 * then, so never inside one). Empty when nothing of it can be written.
 */
export function sepaPartyName(text: string): { ok: true; text: string } | { ok: false } {
  let out = '';
  for (const character of text.normalize('NFC')) out += spell(character, true) ?? ' ';
  const name = out.replace(/\s+/g, ' ').trim().slice(0, sepaNameMax).trimEnd();
  return /[A-Za-z0-9]/.test(name) ? { ok: true, text: name } : { ok: false };
}

/** A postal address as SEPA files carry it. */
export interface SepaAddress {
  line1: string;
  line2: string | null;
  postalCode: string;
  city: string;
  country: string;
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

/**
 * Our ids spelled in the SEPA identifier set, where `_` is not (EPC: MsgId, PmtInfId, InstrId,
 * EndToEndId): `sct_01J…` -> `sct-01J…`, and back.
 */
export const sepaIdentifier = (id: string) => id.replace('_', '-');
export const idFromSepaIdentifier = (value: string) => value.replace(/^([a-z]+)-/, '$1_');

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
