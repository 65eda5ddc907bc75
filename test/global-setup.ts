import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { migrationsFolder } from '../src/db/database.js';

declare module 'vitest' {
  export interface ProvidedContext {
    pgliteTemplate: string;
  }
}

function migrationsDigest(): string {
  const hash = createHash('sha256');
  const walk = (dir: string) => {
    for (const name of fs.readdirSync(dir).sort()) {
      const full = path.join(dir, name);
      if (fs.statSync(full).isDirectory()) walk(full);
      else hash.update(name).update(fs.readFileSync(full));
    }
  };
  walk(migrationsFolder);
  return hash.digest('hex').slice(0, 16);
}

/** Builds (or reuses) the migrated PGlite template that every database test starts from. */
export default function setup(project: TestProject) {
  const cacheDir = path.resolve('node_modules/.cache/linkcy');
  fs.mkdirSync(cacheDir, { recursive: true });
  const template = path.join(cacheDir, `pglite-template-${migrationsDigest()}.tar`);
  if (!fs.existsSync(template)) {
    execFileSync(process.execPath, ['--import', 'tsx', 'test/helpers/make-pglite-template.ts', template], { stdio: 'inherit' });
  }
  project.provide('pgliteTemplate', template);
}
