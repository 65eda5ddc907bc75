import { randomInt } from 'node:crypto';

/** Card numbers (PANs): Luhn check digit, generation under a BIN, brand and masking. */

export function luhnCheckDigit(partial: string): string {
  let sum = 0;
  // Walking from the right, every second digit starting with the rightmost of `partial` is doubled,
  // because the check digit will take the rightmost place.
  for (let i = partial.length - 1, double = true; i >= 0; i--, double = !double) {
    let digit = Number(partial[i]);
    if (double) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return String((10 - (sum % 10)) % 10);
}

export function isLuhnValid(pan: string): boolean {
  return /^\d{12,19}$/.test(pan) && luhnCheckDigit(pan.slice(0, -1)) === pan.slice(-1);
}

/** A random 16-digit PAN under `bin`; uniqueness is the database's job (a keyed hash, unique). */
export function generatePan(bin: string, length = 16): string {
  let body = bin;
  while (body.length < length - 1) body += String(randomInt(10));
  return body + luhnCheckDigit(body);
}

export function cardBrand(pan: string): 'visa' | 'mastercard' | 'unknown' {
  if (pan.startsWith('4')) return 'visa';
  const two = Number(pan.slice(0, 2));
  const four = Number(pan.slice(0, 4));
  if ((two >= 51 && two <= 55) || (four >= 2221 && four <= 2720)) return 'mastercard';
  return 'unknown';
}

/** First six and last four digits at most (PCI DSS display rule), from the parts that may be stored. */
export function maskPanParts(bin: string, last4: string, length = 16): string {
  return `${bin.slice(0, 6)}${'*'.repeat(length - 10)}${last4}`;
}

/** PINs a thief would try first: all one digit, or runs up or down (0000, 1111, 1234, 4321, ...). */
export function isTrivialPin(pin: string): boolean {
  const digits = [...pin].map(Number);
  const steps = digits.slice(1).map((digit, i) => (digit - digits[i]! + 10) % 10);
  return steps.every((step) => step === 0) || steps.every((step) => step === 1) || steps.every((step) => step === 9);
}

export function generatePin(): string {
  for (;;) {
    const pin = String(randomInt(10_000)).padStart(4, '0');
    if (!isTrivialPin(pin)) return pin;
  }
}
