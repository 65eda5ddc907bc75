import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll } from 'vitest';
import { engines } from './harness.js';

/**
 * The environments a test that runs the server or the CLI as processes uses, one per engine under test:
 * an embedded data directory, or a PostgreSQL database of its own (and a data directory beside it).
 * Each call of an environment's factory makes a fresh one; all are removed when the file ends.
 */
export function processEnvironments(prefix: string): [string, () => Record<string, string>][] {
  const temporary: string[] = [];
  const databases: string[] = [];
  afterAll(() => {
    temporary.forEach((dir) => fs.rmSync(dir, { recursive: true, force: true }));
    for (const name of databases) spawnSync('psql', [process.env.TEST_DATABASE_URL!, '-qc', `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`]);
  });
  const dataDir = () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), `linkcy-${prefix}-`));
    temporary.push(dir);
    return dir;
  };
  const list: [string, () => Record<string, string>][] = engines.includes('pglite') ? [['embedded', () => ({ LINKCY_DATA_DIR: dataDir() })]] : [];
  if (engines.includes('postgres')) {
    list.push([
      'postgres',
      () => {
        const name = `linkcy_${prefix.replaceAll('-', '_')}_${process.pid}_${Date.now()}`;
        const created = spawnSync('psql', [process.env.TEST_DATABASE_URL!, '-qc', `CREATE DATABASE ${name}`], { encoding: 'utf8' });
        if (created.status !== 0) throw new Error(created.stderr);
        databases.push(name);
        const url = new URL(process.env.TEST_DATABASE_URL!);
        url.pathname = `/${name}`;
        return { DATABASE_URL: url.toString(), LINKCY_DATA_DIR: dataDir() };
      },
    ]);
  }
  return list;
}
