import fs from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';

/**
 * One owner per table (docs/ARCHITECTURE.md). ESLint refuses an import of another module's table; this
 * holds raw SQL to the same rule: no code writes or reads a table by name outside the folder (or file)
 * that defines it, except src/invariants/, the audit that checks the modules against each other and
 * writes nothing.
 */
const files = (directory: string): string[] =>
  fs.readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(directory, entry.name);
    if (entry.isDirectory()) return entry.name === 'migrations' ? [] : files(full);
    return full.endsWith('.ts') ? [full] : [];
  });

const sources = files('src');
/** Each table's home: the module folder of its schema.ts, or the schema file itself elsewhere (src/http, src/vault). */
const owners = new Map<string, string>();
for (const file of sources) {
  for (const match of fs.readFileSync(file, 'utf8').matchAll(/pgTable\(\s*'(\w+)'/g)) {
    owners.set(match[1]!, file.startsWith('src/modules/') ? path.dirname(file) + '/' : file.replace(/-?schema\.ts$/, ''));
  }
}

const statement = /\b(INSERT INTO|UPDATE|DELETE FROM|FROM|JOIN)\s+(\w+)/g;

it('knows every table’s owner', () => {
  expect(owners.size).toBeGreaterThanOrEqual(25);
  expect(owners.get('bank_accounts')).toBe('src/modules/accounts/');
  expect(owners.get('webhook_deliveries')).toBe(owners.get('events'));
});

it('has no SQL on another module’s table outside src/invariants', () => {
  const crossings: string[] = [];
  for (const file of sources) {
    if (file.endsWith('schema.ts') || file.startsWith('src/invariants/')) continue;
    for (const match of fs.readFileSync(file, 'utf8').matchAll(statement)) {
      const owner = owners.get(match[2]!);
      if (owner && !file.startsWith(owner)) crossings.push(`${file}: ${match[1]} ${match[2]} (owned by ${owner})`);
    }
  }
  expect(crossings).toEqual([]);
});

it('reads, but never writes, other modules’ tables in src/invariants', () => {
  const writes = sources
    .filter((file) => file.startsWith('src/invariants/'))
    .flatMap((file) =>
      [...fs.readFileSync(file, 'utf8').matchAll(/\b(INSERT INTO|UPDATE|DELETE FROM)\s+(\w+)/g)].map((match) => `${file}: ${match[0]}`),
    );
  expect(writes).toEqual([]);
});
