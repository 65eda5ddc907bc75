import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compareNames, normalisedWords } from '../../src/domain/payee-names.js';

/** Verification of Payee's name comparison (SPEC §14), as docs/guides/verification-of-payee.md documents it. */
describe('payee name comparison', () => {
  it('gives every example of the guide’s table the result the guide says', () => {
    const guide = fs.readFileSync('docs/guides/verification-of-payee.md', 'utf8');
    const rows = [...guide.matchAll(/^\| `([^`]+)` \| ([^|]+) \| (match|close_match|no_match)\b/gm)].map((m) => [m[1]!, m[2]!.trim(), m[3]!]);
    expect(rows.length).toBeGreaterThanOrEqual(7);
    for (const [given, holder, result] of rows) expect([given, holder, compareNames(given!, holder!)]).toEqual([given, holder, result]);
  });

  it('normalises case, accents, scripts, punctuation, spacing, legal forms and word order', () => {
    expect(normalisedWords('  Müller & Söhne  GmbH ')).toEqual(['and', 'muller', 'sohne']);
    expect(normalisedWords('S.A.S. Boulangerie Dupont')).toEqual(['boulangerie', 'dupont']);
    expect(normalisedWords('Пётр Иванов')).toEqual(['ivanov', 'petr']);
    expect(normalisedWords('Kowalski sp. z o.o.')).toEqual(['kowalski']);
    // A name that is only a legal form keeps it: nothing else would be left to compare.
    expect(normalisedWords('SAS')).toEqual(['sas']);
    expect(compareNames('Lovelace-King, Ada', 'Ada Lovelace King')).toBe('match');
    expect(compareNames('Mc Donald', 'McDonald')).toBe('match');
    expect(compareNames('Smith & Sons Ltd', 'Smith and Sons Limited')).toBe('match');
  });

  it('keeps a close match close and never matches on a surname or initials alone', () => {
    expect(compareNames('Ada Lovelace', 'Ada King Lovelace')).toBe('close_match');
    expect(compareNames('A Lovelace', 'Ada Lovelace')).toBe('close_match');
    expect(compareNames('A B', 'Ada Lovelace')).toBe('no_match');
    expect(compareNames('A. L.', 'Ada Lovelace')).toBe('no_match');
    expect(compareNames('Lovelace', 'Ada Lovelace')).toBe('no_match');
    expect(compareNames('Charles Babbage', 'Ada Lovelace')).toBe('no_match');
    expect(compareNames('!!!', 'Ada Lovelace')).toBe('no_match');
  });
});
