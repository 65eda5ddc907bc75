import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { errorCatalog } from '../../src/errors/catalog.js';
import { renderErrorDocs } from '../../src/errors/catalog-docs.js';

describe('error catalog', () => {
  it('is documented: docs/errors.md is what `npm run docs:errors` generates', () => {
    const committed = fs.readFileSync(new URL('../../docs/errors.md', import.meta.url), 'utf8');
    expect(committed).toBe(renderErrorDocs());
  });

  it('has snake_case codes, HTTP error statuses and sentences for descriptions', () => {
    for (const [code, definition] of Object.entries(errorCatalog)) {
      expect(code).toMatch(/^[a-z]+(_[a-z]+)*$/);
      expect(definition.status).toBeGreaterThanOrEqual(400);
      expect(definition.status).toBeLessThan(600);
      expect(definition.description).toMatch(/\.$/);
    }
  });

  it('has no code that the source never uses', () => {
    const source = readSources(new URL('../../src/', import.meta.url));
    for (const code of Object.keys(errorCatalog)) {
      const uses = source.split(`'${code}'`).length - 1;
      expect(uses, `${code} is in the catalog but never raised`).toBeGreaterThan(0);
    }
  });
});

function readSources(dir: URL): string {
  let text = '';
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const url = new URL(entry.name + (entry.isDirectory() ? '/' : ''), dir);
    if (entry.isDirectory()) text += readSources(url);
    else if (entry.name.endsWith('.ts') && !url.pathname.endsWith('errors/catalog.ts')) text += fs.readFileSync(url, 'utf8');
  }
  return text;
}
