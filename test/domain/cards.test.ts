import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  birthDatePins,
  cardBrand,
  generatePan,
  generatePin,
  isCommonPin,
  isLuhnValid,
  isTrivialPin,
  luhnCheckDigit,
  maskPanParts,
} from '../../src/domain/card-number.js';
import { cardStatuses, transition, type CardCommand, type CardStatus } from '../../src/domain/card-status.js';

describe('card numbers', () => {
  it('computes the Luhn digit of known numbers', () => {
    expect(luhnCheckDigit('7992739871')).toBe('3');
    expect(isLuhnValid('4111111111111111')).toBe(true);
    expect(isLuhnValid('4111111111111112')).toBe(false);
    expect(isLuhnValid('5555555555554444')).toBe(true);
  });

  it('generates Luhn-valid, distinct 16-digit PANs under the BIN', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[2-5]\d{5,7}$/), (bin) => {
        const pans = Array.from({ length: 20 }, () => generatePan(bin));
        for (const pan of pans) {
          expect(pan).toHaveLength(16);
          expect(pan.startsWith(bin)).toBe(true);
          expect(isLuhnValid(pan)).toBe(true);
        }
        // 8 to 10 random digits: twenty draws colliding would mean a broken generator.
        expect(new Set(pans).size).toBe(pans.length);
      }),
    );
  });

  it('detects every single-digit error', () => {
    fc.assert(
      fc.property(fc.nat(15), fc.integer({ min: 1, max: 9 }), (position, delta) => {
        const pan = generatePan('489537');
        const digit = (Number(pan[position]) + delta) % 10;
        expect(isLuhnValid(pan.slice(0, position) + digit + pan.slice(position + 1))).toBe(false);
      }),
    );
  });

  it('names brands and masks to the first six and last four digits', () => {
    expect(cardBrand('4895370000000000')).toBe('visa');
    expect(cardBrand('5555555555554444')).toBe('mastercard');
    expect(cardBrand('2221000000000009')).toBe('mastercard');
    expect(maskPanParts('489537', '1234')).toBe('489537******1234');
  });

  it('refuses trivial PINs and never generates one', () => {
    for (const pin of ['0000', '1111', '9999', '1234', '4321', '6789', '7890', '0987', '2345']) expect(isTrivialPin(pin)).toBe(true);
    for (const pin of ['4826', '1357', '1243', '0001']) expect(isTrivialPin(pin)).toBe(false);
    for (let i = 0; i < 500; i++) {
      const pin = generatePin();
      expect(pin).toMatch(/^\d{4}$/);
      expect(isTrivialPin(pin)).toBe(false);
    }
  });

  it('refuses the most common PINs and birth-date forms, and never generates either', () => {
    for (const pin of ['1212', '1122', '2580', '6969', '1004', '0852', '1990', '2001', '7788', '1313'])
      expect([pin, isCommonPin(pin)]).toEqual([pin, true]);
    for (const pin of ['4826', '3917', '5072', '8361']) expect([pin, isCommonPin(pin)]).toEqual([pin, false]);
    expect([...birthDatePins('1990-12-10')].sort()).toEqual(['1012', '1090', '1210', '1290', '1990', '9010', '9012']);
    const personal = birthDatePins('1985-03-07');
    for (let i = 0; i < 2000; i++) {
      const pin = generatePin('1985-03-07');
      expect(isCommonPin(pin) || personal.has(pin)).toBe(false);
    }
  });
});

describe('card status machine', () => {
  /** The rules of SPEC §4 written as a table, independently of the implementation. */
  function model(status: CardStatus, command: CardCommand): CardStatus | 'gone' | 'refused' {
    if (['lost', 'stolen', 'closed'].includes(status)) return 'gone';
    if (command.kind === 'close') return command.reason;
    const table: Record<string, Partial<Record<CardStatus, CardStatus>>> = {
      activate: { inactive: 'active', active: 'active' },
      suspend: { active: 'suspended', suspended: 'suspended' },
      unsuspend: { suspended: 'active', active: 'active' },
    };
    if (command.kind === 'activate' && status === 'inactive' && !command.delivered) return 'refused';
    return table[command.kind]![status] ?? 'refused';
  }

  const command: fc.Arbitrary<CardCommand> = fc.oneof(
    fc.record({ kind: fc.constant('activate' as const), delivered: fc.boolean() }),
    fc.constant({ kind: 'suspend' as const }),
    fc.constant({ kind: 'unsuspend' as const }),
    fc.record({ kind: fc.constant('close' as const), reason: fc.constantFrom('lost' as const, 'stolen' as const, 'closed' as const) }),
  );

  it('agrees with the model over random command sequences', () => {
    fc.assert(
      fc.property(fc.constantFrom<CardStatus>('active', 'inactive'), fc.array(command, { maxLength: 30 }), (initial, commands) => {
        let status: CardStatus = initial;
        for (const next of commands) {
          const expected = model(status, next);
          const result = transition(status, next);
          if (expected === 'gone') expect(result).toMatchObject({ ok: false, code: 'card_closed' });
          else if (expected === 'refused') expect(result.ok).toBe(false);
          else {
            expect(result).toMatchObject({ ok: true, status: expected });
            status = expected;
          }
          expect(cardStatuses).toContain(status);
        }
      }),
    );
  });
});
