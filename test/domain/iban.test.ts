import fc from 'fast-check';
import { isValidIBAN } from 'ibantools';
import { describe, expect, it } from 'vitest';
import { frenchIban, ibanCheckDigits, mod97, normalizeIban, randomAccountNumber, ribKey } from '../../src/domain/iban.js';

describe('IBAN', () => {
  it('reproduces a published French IBAN, letters in the account number included', () => {
    expect(frenchIban('20041', '01005', '0500013M026')).toBe('FR1420041010050500013M02606');
    expect(ribKey('20041', '01005', '0500013M026')).toBe('06');
  });

  it('generates IBANs valid by mod-97 and the RIB key, and ibantools agrees', () => {
    const digits = (length: number) => fc.stringMatching(new RegExp(`^\\d{${length}}$`));
    fc.assert(
      fc.property(digits(5), digits(5), digits(11), (bank, branch, account) => {
        const iban = frenchIban(bank, branch, account);
        expect(iban).toMatch(/^FR\d{25}$/);
        // ISO 13616: moving the first four characters to the end gives a number = 1 mod 97.
        expect(mod97(iban.slice(4) + iban.slice(0, 4))).toBe(1);
        // The RIB key: 89 bank + 15 branch + 3 account + key = 0 mod 97.
        const key = Number(iban.slice(-2));
        expect((89 * Number(bank) + 15 * Number(branch) + 3 * Number(account) + key) % 97).toBe(0);
        expect(isValidIBAN(iban)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('is refused by ibantools when the RIB key or check digits are wrong', () => {
    const iban = frenchIban('99999', '00001', '12345678901');
    const badKey = iban.slice(0, -2) + String((Number(iban.slice(-2)) + 1) % 100).padStart(2, '0');
    const rebalanced = `FR${ibanCheckDigits('FR', badKey.slice(4))}${badKey.slice(4)}`;
    expect(mod97(rebalanced.slice(4) + rebalanced.slice(0, 4))).toBe(1);
    expect(isValidIBAN(rebalanced)).toBe(false);
    expect(isValidIBAN(`FR00${iban.slice(4)}`)).toBe(false);
  });

  it('draws random 11-digit account numbers and normalizes the print format', () => {
    const numbers = new Set(Array.from({ length: 1000 }, randomAccountNumber));
    expect(numbers.size).toBe(1000);
    for (const number of numbers) expect(number).toMatch(/^\d{11}$/);
    expect(normalizeIban('fr14 2004 1010 0505 0001 3M02 606')).toBe('FR1420041010050500013M02606');
  });
});
