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

/**
 * The most chosen 4-digit PINs beyond the trivial ones (published analyses of leaked PIN sets): keypad
 * lines (2580, 0852, 1470, ...), words on the keypad, and favourite numbers. Pairs (1212, 6969),
 * doubled digits (1122) and years 1900-2029 are caught by rule in isCommonPin.
 */
const commonPins = new Set([
  '1004',
  '2580',
  '0852',
  '1470',
  '0741',
  '3690',
  '0963',
  '1379',
  '9731',
  '1397',
  '7913',
  '1590',
  '7530',
  '2468',
  '8642',
  '1357',
  '7531',
  '5683',
  '0007',
  '1221',
  '2112',
  '1001',
  '0101',
  '1010',
  '0110',
  '1000',
  '4545',
  '6789',
  '9876',
  '0123',
  '3210',
  '1369',
  '9630',
  '7410',
  '0147',
  '8520',
  '0258',
  '2525',
  '0911',
  '1818',
  '0420',
  '4200',
  '1231',
  '0007',
  '7007',
  '2323',
  '1112',
  '1211',
  '0001',
  '0002',
  '1101',
  '2002',
]);

export function isCommonPin(pin: string): boolean {
  if (isTrivialPin(pin) || commonPins.has(pin)) return true;
  const [a, b, c, d] = pin;
  if (a === c && b === d) return true; // 1212, 6969
  if (a === b && c === d) return true; // 1122, 7788
  const asYear = Number(pin);
  return asYear >= 1900 && asYear <= 2029;
}

/** The PINs a person who knows the cardholder's date of birth (`YYYY-MM-DD`) would try. */
export function birthDatePins(dateOfBirth: string): Set<string> {
  const [year, month, day] = dateOfBirth.split('-') as [string, string, string];
  const yy = year.slice(2);
  return new Set([`${day}${month}`, `${month}${day}`, year, `${month}${yy}`, `${yy}${month}`, `${day}${yy}`, `${yy}${day}`]);
}

/** A random PIN that is neither common nor derived from the cardholder's date of birth, if known. */
export function generatePin(dateOfBirth?: string | null): string {
  const personal = dateOfBirth ? birthDatePins(dateOfBirth) : new Set<string>();
  for (;;) {
    const pin = String(randomInt(10_000)).padStart(4, '0');
    if (!isCommonPin(pin) && !personal.has(pin)) return pin;
  }
}
