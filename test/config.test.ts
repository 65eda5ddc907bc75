import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../src/config.js';

describe('configuration', () => {
  it('has defaults that run a sandbox on the embedded database', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      port: 3000,
      host: '127.0.0.1',
      databaseUrl: undefined,
      mode: 'sandbox',
      rateLimitPerSecond: 100,
      sandboxKycStatus: 'approved',
    });
    expect(config.dataDir).toMatch(/\/data$/);
  });

  it('names every bad value at once', () => {
    let error: unknown;
    try {
      loadConfig({ PORT: 'eighty', LINKCY_MODE: 'production', DATABASE_URL: 'mysql://x', LINKCY_RATE_LIMIT: '-1' });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const message = (error as Error).message;
    expect(message).toContain('PORT="eighty"');
    expect(message).toContain('LINKCY_MODE="production"');
    expect(message).toContain('DATABASE_URL="mysql://x": must be a postgres:// or postgresql:// URL');
    expect(message).toContain('LINKCY_RATE_LIMIT="-1"');
  });

  it('refuses a webhook lease that ends before the call’s deadline', () => {
    expect(() => loadConfig({ LINKCY_WEBHOOK_LEASE_SECONDS: '10' })).toThrow(
      'LINKCY_WEBHOOK_LEASE_SECONDS="10": must be longer than LINKCY_WEBHOOK_TIMEOUT_SECONDS (10)',
    );
    expect(loadConfig({ LINKCY_WEBHOOK_LEASE_SECONDS: '2', LINKCY_WEBHOOK_TIMEOUT_SECONDS: '1' }).webhookTimeoutMs).toBe(1000);
  });

  it('refuses to start in live mode with /metrics open: a token, or metrics off', () => {
    const live = { LINKCY_MODE: 'live', LINKCY_MASTER_KEY: Buffer.alloc(32, 7).toString('base64'), LINKCY_PUBLIC_URL: 'https://bank.example.com' };
    expect(() => loadConfig(live)).toThrow(
      'LINKCY_METRICS_TOKEN: required in live mode while LINKCY_METRICS=on (16 characters or more; Prometheus sends it as a bearer token), or set LINKCY_METRICS=off',
    );
    expect(loadConfig({ ...live, LINKCY_METRICS_TOKEN: 'a-long-enough-token' }).metrics).toEqual({ enabled: true, token: 'a-long-enough-token' });
    expect(loadConfig({ ...live, LINKCY_METRICS: 'off' }).metrics).toEqual({ enabled: false, token: undefined });
    // The sandbox may keep them open on a developer's machine.
    expect(loadConfig({}).metrics).toEqual({ enabled: true, token: undefined });
  });

  it('needs the public URL in live mode, an origin only, and keeps its origin', () => {
    const live = { LINKCY_MODE: 'live', LINKCY_MASTER_KEY: Buffer.alloc(32, 7).toString('base64'), LINKCY_METRICS: 'off' };
    expect(() => loadConfig(live)).toThrow('LINKCY_PUBLIC_URL: required in live mode');
    expect(loadConfig({ ...live, LINKCY_PUBLIC_URL: 'https://bank.example.com/' }).publicUrl).toBe('https://bank.example.com');
    for (const bad of ['ftp://bank.example.com', 'https://bank.example.com/app', 'bank.example.com', 'https://bank.example.com/?x=1']) {
      expect(() => loadConfig({ ...live, LINKCY_PUBLIC_URL: bad }), bad).toThrow('LINKCY_PUBLIC_URL=');
    }
    expect(loadConfig({}).publicUrl).toBeUndefined();
  });

  it('never echoes a password in a URL, nor a secret setting', () => {
    expect(() => loadConfig({ LINKCY_REDIS_URL: 'http://user:S3cret@x' })).toThrow(
      'LINKCY_REDIS_URL="http://user:***@x": must be a redis:// or rediss:// URL',
    );
    let message = '';
    try {
      loadConfig({ DATABASE_URL: 'mysql://user:S3cretPw@y/z', LINKCY_METRICS_TOKEN: 'short' });
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toContain('DATABASE_URL="mysql://user:***@y/z": must be a postgres:// or postgresql:// URL');
    expect(message).not.toContain('S3cretPw');
    expect(message).toContain('LINKCY_METRICS_TOKEN=<hidden>');
    expect(message).not.toContain('short');
    expect(loadConfig({ LINKCY_REDIS_URL: 'redis://127.0.0.1:6379' }).redisUrl).toBe('redis://127.0.0.1:6379');
  });

  it('checks the SEPA file settings: omnibus needs the settlement account and the operator’s address', () => {
    expect(loadConfig({}).sepa).toEqual({
      debtor: 'hosted',
      settlement: undefined,
      operator: { name: 'Linkcy', id: 'LINKCY', address: undefined },
      batchBooking: false,
      timeZone: 'Europe/Paris',
    });
    expect(() => loadConfig({ LINKCY_SEPA_DEBTOR: 'omnibus' })).toThrow(
      /LINKCY_SETTLEMENT_IBAN: required when LINKCY_SEPA_DEBTOR=omnibus.*\n.*LINKCY_SETTLEMENT_BIC: required.*\n.*LINKCY_OPERATOR_ADDRESS: required/,
    );
    expect(() => loadConfig({ LINKCY_SETTLEMENT_IBAN: 'DE02120300000000202051' })).toThrow(
      'LINKCY_SETTLEMENT_IBAN, LINKCY_SETTLEMENT_BIC: set both or neither',
    );
    const bad = () =>
      loadConfig({
        LINKCY_SETTLEMENT_IBAN: 'DE02120300000000202052',
        LINKCY_SETTLEMENT_BIC: 'NOPE',
        LINKCY_OPERATOR_ADDRESS: '1 Rue de la Paix, Paris',
        LINKCY_OPERATOR_ID: 'has_underscore',
        LINKCY_OPERATOR_NAME: '🚀',
        LINKCY_TIME_ZONE: 'Europe/Atlantis',
        LINKCY_SEPA_BATCH_BOOKING: 'yes',
      });
    for (const name of [
      'LINKCY_SETTLEMENT_IBAN="DE02120300000000202052": must be a valid IBAN',
      'LINKCY_SETTLEMENT_BIC="NOPE"',
      'LINKCY_OPERATOR_ADDRESS="1 Rue de la Paix, Paris": must be street;postal code;town;country',
      'LINKCY_OPERATOR_ID="has_underscore": must be 1 to 35 SEPA identifier characters',
      'LINKCY_OPERATOR_NAME="🚀"',
      'LINKCY_TIME_ZONE="Europe/Atlantis": must be an IANA time zone',
      'LINKCY_SEPA_BATCH_BOOKING="yes"',
    ]) {
      expect(bad).toThrow(name);
    }
    const omnibus = loadConfig({
      LINKCY_SEPA_DEBTOR: 'omnibus',
      LINKCY_SETTLEMENT_IBAN: 'de02 1203 0000 0000 2020 51',
      LINKCY_SETTLEMENT_BIC: 'BYLADEM1001',
      LINKCY_OPERATOR_ADDRESS: '1 Rue de la Paix;75002;Paris;FR',
      LINKCY_TIME_ZONE: 'America/New_York',
    }).sepa;
    expect(omnibus).toMatchObject({
      debtor: 'omnibus',
      settlement: { iban: 'DE02120300000000202051', bic: 'BYLADEM1001' },
      operator: { address: { line1: '1 Rue de la Paix', line2: null, postalCode: '75002', city: 'Paris', country: 'FR' } },
      timeZone: 'America/New_York',
    });
  });

  it('treats empty variables as unset', () => {
    expect(loadConfig({ PORT: '', LINKCY_MODE: '' }).port).toBe(3000);
  });

  const major = Number(process.versions.node.split('.')[0]);
  it(`runs on a Node.js line package.json declares [node ${major}]`, () => {
    // CI runs the suites on each line it names (its report check looks for this test's tag).
    const engines: string = JSON.parse(fs.readFileSync(path.join(import.meta.dirname, '../package.json'), 'utf8')).engines.node;
    expect(engines).toBe('^20.11 || ^22 || ^24');
    const lines = engines.split('||').map((range) => Number(/\^(\d+)/.exec(range)![1]));
    expect(lines).toContain(major);
  });
});
