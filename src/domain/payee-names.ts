import { distance } from 'fastest-levenshtein';
import { sepaPartyName } from './sepa.js';

/**
 * Verification of Payee's name comparison (SPEC §14; EPC VoP rulebook: match, close match, no match).
 * Both names are first normalised, so that what only differs in writing matches:
 *
 * - transliterated and without accents as a SEPA file would write them (`Müller` = `Muller`,
 *   `Пётр` = `Petr`), then lower case;
 * - punctuation and spacing: dots inside abbreviations vanish (`S.A.S.` = `SAS`), every other sign is a
 *   space (`Lovelace-King` = `Lovelace King`), `&` reads `and`;
 * - legal forms (SAS, SARL, GmbH, Ltd, Inc, BV, S.p.A., sp. z o.o. ... `legalForms`) are dropped, unless
 *   nothing else is left;
 * - word order: the words are sorted (`Lovelace Ada` = `Ada Lovelace`).
 *
 * Then:
 * - **match**: the normalised names are equal (or equal once spaces are dropped: `McDonald` =
 *   `Mc Donald`);
 * - **close_match**: their similarity, 1 - Levenshtein distance / length of the longer, is at least
 *   `closeMatchSimilarity` (0.8: `Jon Smith` for `John Smith` is 0.9, `Anna Schmitt` for
 *   `Anna Schmidt` 0.83, `Jane Doe` for `John Doe` 0.63, no match), or every word of the shorter
 *   name (two words at least, one of them whole) is a word of the longer one or its initial (`A. Lovelace` or
 *   `Ada Lovelace` for `Ada King Lovelace`);
 * - **no_match** otherwise (a surname alone, `Lovelace`, is not a close match of `Ada Lovelace`).
 *
 * The distance is fastest-levenshtein's (Myers' bit-parallel algorithm; no dependencies; used by
 * webpack-cli and stylelint): a plain edit distance is what the threshold's examples can be checked
 * against by hand, which a blended score (Jaro-Winkler, n-grams) would not allow.
 */
export type NameComparison = 'match' | 'close_match' | 'no_match';

export const closeMatchSimilarity = 0.8;

/** Legal forms, normalised (lower case, dots removed), as word sequences. */
// prettier-ignore
const legalForms = [
  // France, Belgium, Luxembourg
  'sa', 'sas', 'sasu', 'sarl', 'eurl', 'sci', 'snc', 'scs', 'sca', 'scop', 'sprl', 'srl', 'asbl', 'scrl',
  // Germany, Austria, Switzerland
  'gmbh', 'ag', 'kg', 'ohg', 'ug', 'gbr', 'ev', 'kgaa', 'mbh', 'gmbh and co kg', 'ug haftungsbeschrankt', 'haftungsbeschrankt',
  // United Kingdom, Ireland, United States
  'ltd', 'limited', 'plc', 'llp', 'llc', 'lp', 'inc', 'incorporated', 'corp', 'corporation', 'co', 'company', 'dac', 'clg',
  // Netherlands
  'bv', 'nv', 'vof', 'cv',
  // Italy, Spain, Portugal
  'spa', 'sapa', 'srls', 'scarl', 'sl', 'slu', 'sll', 'lda', 'unipessoal lda',
  // Nordics, Central and Eastern Europe
  'ab', 'publ', 'oy', 'oyj', 'as', 'asa', 'aps', 'hf', 'ehf', 'sp z oo', 'spzoo', 'sa', 'sro', 'as', 'kft', 'zrt', 'nyrt', 'doo', 'dd', 'ad', 'ood', 'eood',
  // Europe
  'se', 'sce', 'eeig',
].map((form) => form.split(' '));

function words(name: string): string[] {
  const written = sepaPartyName(name.replace(/&/g, ' and '));
  const text = (written.ok ? written.text : name)
    .toLowerCase()
    // S.A.S. -> sas, e.V. -> ev: a dot between letters belongs to an abbreviation.
    .replace(/([a-z0-9])\.(?=[a-z0-9])/g, '$1')
    .replace(/[^a-z0-9]+/g, ' ');
  return text.split(' ').filter((word) => word.length > 0);
}

/** The words without legal forms (unless nothing else is left), sorted. */
export function normalisedWords(name: string): string[] {
  const all = words(name);
  const kept: string[] = [];
  for (let index = 0; index < all.length;) {
    const form = legalForms.find((parts) => parts.every((part, offset) => all[index + offset] === part));
    if (form) index += form.length;
    else kept.push(all[index++]!);
  }
  return (kept.length > 0 ? kept : all).sort();
}

/** 1 for equal texts, 0 for nothing in common. */
function similarity(a: string, b: string): number {
  const longer = Math.max(a.length, b.length);
  return longer === 0 ? 1 : 1 - distance(a, b) / longer;
}

/** Every word of `short` (two at least, one of them whole) is a word of `long`, or the initial of a word of it, each used once. */
function containedIn(short: string[], long: string[]): boolean {
  // Initials alone (`A L`) say too little to show anyone the holder's name.
  if (short.length < 2 || short.length > long.length || short.every((word) => word.length === 1)) return false;
  const left = [...long];
  // Whole words first, so that an initial cannot take the word a whole word needs.
  for (const word of [...short].sort((a, b) => b.length - a.length)) {
    const at = word.length === 1 ? left.findIndex((candidate) => candidate.startsWith(word)) : left.indexOf(word);
    if (at < 0) return false;
    left.splice(at, 1);
  }
  return true;
}

/** How `given` compares with the holder's name `holder`. */
export function compareNames(given: string, holder: string): NameComparison {
  const a = normalisedWords(given);
  const b = normalisedWords(holder);
  if (a.length === 0 || b.length === 0) return 'no_match';
  if (a.join(' ') === b.join(' ') || words(given).join('') === words(holder).join('')) return 'match';
  if (similarity(a.join(' '), b.join(' ')) >= closeMatchSimilarity) return 'close_match';
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return containedIn(short, long) ? 'close_match' : 'no_match';
}
