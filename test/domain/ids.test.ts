import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { idPrefixes, isId, newId } from '../../src/domain/ids.js';

describe('ids', () => {
  it('are prefixed, 26 Crockford base32 characters, and recognised by isId', () => {
    for (const kind of Object.keys(idPrefixes) as (keyof typeof idPrefixes)[]) {
      const id = newId(kind);
      expect(id).toMatch(new RegExp(`^${idPrefixes[kind]}_[0-9A-HJKMNP-TV-Z]{26}$`));
      expect(isId(kind, id)).toBe(true);
    }
    expect(isId('entity', newId('card'))).toBe(false);
    expect(isId('entity', 'ent_01M8A4RP6Z45ZFMEP1YRKGG3T')).toBe(false);
    expect(isId('entity', "ent_01M8A4RP6Z45ZFMEP1YRKGG3TW' OR 1=1")).toBe(false);
  });

  it('sort in creation order, also within one millisecond and across clock steps', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 3 }), { minLength: 2, maxLength: 200 }), (steps) => {
        let now = 1_800_000_000_000 + Math.floor(Math.random() * 1e9);
        const ids = steps.map((step) => newId('entity', (now += step)));
        const sorted = [...ids].sort();
        expect(ids).toEqual(sorted);
        expect(new Set(ids).size).toBe(ids.length);
      }),
    );
  });

  it('encode the creation time in the first ten characters', () => {
    const at = Date.UTC(2030, 0, 1);
    const earlier = newId('entity', at);
    const later = newId('entity', at + 1000);
    expect(earlier.slice(4, 14) < later.slice(4, 14)).toBe(true);
  });
});
