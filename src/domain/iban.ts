import { randomInt } from 'node:crypto';

/**
 * IBANs (ISO 13616) for the accounts Linkcy opens. France is the supported country: its BBAN is bank
 * code (5 digits), branch code (5), account number (11) and the RIB key (2), a mod-97 check of its own.
 */

/** ISO 7064 mod 97-10 over a string of digits and capital letters (A=10 ... Z=35). */
export function mod97(value: string): number {
  let remainder = 0;
  for (const char of value) {
    const digits = /[A-Z]/.test(char) ? String(char.charCodeAt(0) - 55) : char;
    for (const digit of digits) remainder = (remainder * 10 + Number(digit)) % 97;
  }
  return remainder;
}

export function ibanCheckDigits(countryCode: string, bban: string): string {
  return String(98 - mod97(`${bban}${countryCode}00`)).padStart(2, '0');
}

/** The French RIB key: 97 - ((89 x bank + 15 x branch + 3 x account) mod 97), letters mapped to digits. */
export function ribKey(bankCode: string, branchCode: string, accountNumber: string): string {
  // Letters in French account numbers map to digits by this table (A,J=1 ... I,R=9; S=2 ... Z=9).
  const digitsOf = (text: string) => text.replace(/[A-Z]/g, (letter) => String('12345678912345678923456789'.charAt(letter.charCodeAt(0) - 65)));
  const sum = 89 * Number(digitsOf(bankCode)) + 15 * Number(digitsOf(branchCode)) + 3 * Number(digitsOf(accountNumber));
  return String(97 - (sum % 97)).padStart(2, '0');
}

export function frenchIban(bankCode: string, branchCode: string, accountNumber: string): string {
  const bban = `${bankCode}${branchCode}${accountNumber}${ribKey(bankCode, branchCode, accountNumber)}`;
  return `FR${ibanCheckDigits('FR', bban)}${bban}`;
}

/**
 * A random 11-digit account number. Random, not sequential, so that IBANs reveal nothing about how many
 * accounts exist; uniqueness is enforced by the database and a collision is retried.
 */
export function randomAccountNumber(): string {
  let out = '';
  for (let i = 0; i < 11; i++) out += String(randomInt(10));
  return out;
}

/** Electronic format: no spaces, capitals. */
export function normalizeIban(value: string): string {
  return value.replace(/\s+/g, '').toUpperCase();
}
