import fs from 'node:fs';
import { randomBytes } from 'node:crypto';
import { PGlite } from '@electric-sql/pglite';
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import pg from 'pg';
import { afterAll, beforeAll, describe, inject } from 'vitest';
import { buildApp } from '../../src/app.js';
import { loadConfig, type Config } from '../../src/config.js';
import { openPglite, openPostgres, type Database, type Engine } from '../../src/db/database.js';
import { checkResponsesAgainstDocument, type ContractCheck } from './contract.js';
import { verifyLedger } from '../../src/invariants/verify.js';
import { createCredential, type IssuedCredential } from '../../src/modules/organizations/service.js';

/**
 * Every database suite runs on PGlite, and also on PostgreSQL when TEST_DATABASE_URL is set (SPEC §8).
 * CI sets it, and fails when a suite was skipped.
 */
export const engines: Engine[] = chosenEngines();

/**
 * LINKCY_TEST_ENGINES (`pglite`, `postgres` or both, comma-separated) narrows a run to some engines: CI
 * runs PGlite with the README's `npm test`, then PostgreSQL alone instead of both again.
 */
function chosenEngines(): Engine[] {
  const named = process.env.LINKCY_TEST_ENGINES?.split(',')
    .map((name) => name.trim())
    .filter(Boolean);
  if (!named) return process.env.TEST_DATABASE_URL ? ['pglite', 'postgres'] : ['pglite'];
  for (const name of named) {
    if (name !== 'pglite' && name !== 'postgres') throw new Error(`LINKCY_TEST_ENGINES: unknown engine ${name}`);
  }
  if (named.includes('postgres') && !process.env.TEST_DATABASE_URL) throw new Error('LINKCY_TEST_ENGINES names postgres: set TEST_DATABASE_URL');
  return named as Engine[];
}

/** `describe` for suites of the embedded engine (its processes, its files): nothing is registered when PGlite is not under test. */
export const describeEmbedded = (engines.includes('pglite') ? describe : () => undefined) as typeof describe;

/** A fresh, migrated database of the given engine, and how to throw it away. */
export async function openTestDatabase(engine: Engine, timeouts?: Config['databaseTimeouts']): Promise<Database> {
  if (engine === 'pglite') {
    const dump = fs.readFileSync(inject('pgliteTemplate'));
    const client = await PGlite.create({ loadDataDir: new Blob([dump]) });
    return openPglite(client);
  }
  const adminUrl = process.env.TEST_DATABASE_URL!;
  const name = `linkcy_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const database = await openPostgres({ url: url.toString(), poolSize: 20, ...(timeouts ? { timeouts } : {}) });
  return {
    ...database,
    async close() {
      await database.close();
      const dropper = new pg.Client({ connectionString: adminUrl });
      await dropper.connect();
      await dropper.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await dropper.end();
    },
  };
}

export interface TestApp {
  engine: Engine;
  app: FastifyInstance;
  database: Database;
  config: Config;
  /** Creates an organization (if new) and a credential for it, as the CLI does. */
  credential(organizationName?: string, scopes?: string[]): Promise<IssuedCredential>;
  /** `inject` with HTTP Basic credentials and JSON:API headers filled in. */
  request(credential: IssuedCredential | undefined, options: InjectOptions): Promise<LightMyRequestResponse>;
}

export function basicAuth(credential: Pick<IssuedCredential, 'clientId' | 'clientSecret'>): string {
  return `Basic ${Buffer.from(`${credential.clientId}:${credential.clientSecret}`).toString('base64')}`;
}

/**
 * Builds an app on a fresh database before the suite and closes both after it. The returned object is
 * filled in by `beforeAll`, so tests read its members inside test bodies.
 */
export function useTestApp(engine: Engine, environment: Record<string, string> = {}): TestApp {
  const harness = { engine } as TestApp;
  let contract: ContractCheck | undefined;
  beforeAll(async () => {
    harness.config = loadConfig({
      LINKCY_RATE_LIMIT: '0',
      LINKCY_SENSITIVE_RATE_LIMIT: '0',
      LINKCY_PAYEE_VERIFICATION_RATE_LIMIT: '0',
      LINKCY_LOG_LEVEL: 'silent',
      LINKCY_MASTER_KEY: randomBytes(32).toString('base64'),
      // Live mode refuses to start with /metrics open, or without its public URL (config.ts).
      ...(environment.LINKCY_MODE === 'live' ? { LINKCY_METRICS_TOKEN: randomBytes(16).toString('hex'), LINKCY_PUBLIC_URL: 'http://localhost' } : {}),
      ...environment,
    });
    harness.database = await openTestDatabase(engine, harness.config.databaseTimeouts);
    harness.app = await buildApp({
      config: harness.config,
      database: harness.database,
      observe: (app) => {
        contract = checkResponsesAgainstDocument(app);
      },
    });
    let organizations = 0;
    harness.credential = (organizationName = `Org ${++organizations} ${randomBytes(3).toString('hex')}`, scopes = ['cards:sensitive']) =>
      createCredential(harness.database.db, { organizationName, scopes });
    harness.request = (credential, options) => {
      const headers: Record<string, string> = { accept: 'application/vnd.api+json', ...(options.headers as Record<string, string>) };
      if (credential) headers.authorization ??= basicAuth(credential);
      if (options.payload !== undefined && typeof options.payload === 'object') {
        headers['content-type'] ??= 'application/vnd.api+json';
      }
      return harness.app.inject({ ...options, headers });
    };
  });
  afterAll(async () => {
    try {
      // Whatever a suite did, the ledger it leaves behind must hold every invariant (SPEC §3).
      if (harness.database) {
        const broken = (await verifyLedger(harness.database.db)).filter((check) => check.violations.length > 0);
        if (broken.length > 0) throw new Error(`ledger verify failed after the suite: ${JSON.stringify(broken).slice(0, 2000)}`);
      }
      // Every JSON answer the suite received matched the OpenAPI document (helpers/contract.ts).
      if (contract && contract.violations.length > 0) {
        throw new Error(`answers that do not match /openapi.json:\n${[...new Set(contract.violations)].slice(0, 100).join('\n')}`);
      }
    } finally {
      await harness.app?.close();
      await harness.database?.close();
    }
  });
  return harness;
}

/** `describe` once per engine, each with its own app and database. */
export function describeEachEngine(name: string, suite: (harness: TestApp) => void, environment: Record<string, string> = {}) {
  for (const engine of engines) {
    describe(`${name} [${engine}]`, () => suite(useTestApp(engine, environment)));
  }
}
