import { describe, expect, it } from 'vitest';
import { scanJson } from '../../src/http/json-scan.js';

/** The body scan before JSON.parse (http/json-scan.ts): depth, and numbers a double would round to whole. */
describe('scanJson', () => {
  it('finds numbers that are not exactly whole but parse to one, with the member’s JSON pointer', () => {
    expect(scanJson('{"a":{"b/c~":[1, 2, 100.000000000000000001]}}', 64)).toEqual({
      kind: 'inexact_integer',
      pointer: '/a/b~1c~0/2',
      literal: '100.000000000000000001',
    });
    expect(scanJson('{"x":"100.000000000000000001","y":"\\"","z":[{"k":5e-324}]}', 64)).toBeUndefined(); // in strings; not whole at all
    expect(scanJson('[1.0, 1e2, 1.50e1, -0.0, 12300e-2, 1E+0]', 64)).toBeUndefined();
    expect(scanJson('[123.4e-1]', 64)).toBeUndefined(); // 12.34: zod says it is not an integer
    expect(scanJson('{"a\\"b":1.00000000000000001}', 64)).toMatchObject({ pointer: '/a"b' });
  });

  it('bounds nesting, counting objects and arrays alike, not brackets in strings', () => {
    expect(scanJson(`${'['.repeat(64)}${']'.repeat(64)}`, 64)).toBeUndefined();
    expect(scanJson(`${'['.repeat(65)}${']'.repeat(65)}`, 64)).toEqual({ kind: 'too_deep', depth: 65 });
    expect(scanJson(`{"a":"${'['.repeat(500)}"}`, 64)).toBeUndefined();
    expect(scanJson('{"a":{"b":{"c":1}}}', 2)).toEqual({ kind: 'too_deep', depth: 3 });
  });
});
