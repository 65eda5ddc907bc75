import { randomBytes } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/app.js';
import { loadConfig } from '../../src/config.js';
import { queryRows, type Database } from '../../src/db/database.js';
import { createCredential } from '../../src/modules/organizations/service.js';
import { entityDocument, individualAttributes } from '../helpers/fixtures.js';
import { pino } from 'pino';
import { loggerOptions } from '../../src/logging.js';
import { captureLogs } from '../helpers/log-capture.js';
import { basicAuth, engines, openTestDatabase } from '../helpers/harness.js';

/**
 * SPEC §4: a PAN, CVV or PIN never appears in a log line, an error, a list or anywhere in the database
 * outside its ciphertext. A full card flow runs with every log line captured, then the logs, every
 * non-secret response and every text column of every table are searched for the secrets it revealed.
 */
const chosenPin = '7391';
/** Columns that hold ciphertexts or hashes: random base64/hex, where short digit runs occur by chance. */
const opaqueColumns = new Set([
  'pan_ciphertext',
  'pin_ciphertext',
  'pan_lookup_hash',
  'wrapped_key',
  'hash',
  'previous_hash',
  'secret_hash',
  'request_hash',
]);

for (const engine of engines) {
  describe(`card secrets never leak [${engine}]`, () => {
    const { lines, stream } = captureLogs();
    let database: Database;
    let app: Awaited<ReturnType<typeof buildApp>>;
    beforeAll(async () => {
      database = await openTestDatabase(engine);
      app = await buildApp({
        config: loadConfig({ LINKCY_RATE_LIMIT: '0', LINKCY_SENSITIVE_RATE_LIMIT: '0', LINKCY_MASTER_KEY: randomBytes(32).toString('base64') }),
        database,
        // The server's own logger options (logging.ts), at the most talkative level.
        loggerInstance: pino(loggerOptions('trace'), stream),
      });
    });
    afterAll(async () => {
      await app.close();
      await database.close();
    });

    it('keeps PAN, CVV and PIN out of logs, errors, lists and plain columns', async () => {
      const credential = await createCredential(database.db, { organizationName: `Leak ${engine}`, scopes: ['cards:sensitive'] });
      const headers = { authorization: basicAuth(credential), 'content-type': 'application/vnd.api+json' };
      const call = async (method: 'GET' | 'POST', url: string, payload?: unknown, extra: Record<string, string> = {}) => {
        const response = await app.inject({ method, url, headers: { ...headers, ...extra }, ...(payload ? { payload: payload as object } : {}) });
        return response;
      };
      const publicBodies: string[] = [];

      const entity = (await call('POST', '/entities/', entityDocument(individualAttributes()))).json().data.id;
      const account = (
        await call('POST', '/bank/accounts/', { data: { type: 'bankAccount', relationships: { entity: { data: { type: 'entity', id: entity } } } } })
      ).json().data;
      await call('POST', '/simulations/incoming-transfers', {
        data: {
          type: 'incomingTransfer',
          attributes: { iban: account.attributes.iban, amount: 50_000, currency: 'EUR', debtorName: 'A', debtorIban: 'DE89370400440532013000' },
        },
      });
      const cards = [];
      for (const form of ['virtual', 'physical', 'virtual']) {
        const issued = await call('POST', '/cards/', {
          data: { type: 'card', attributes: { form }, relationships: { entity: { data: { type: 'entity', id: entity } } } },
        });
        publicBodies.push(issued.body);
        cards.push(issued.json().data.id as string);
      }
      const secrets = { pans: [] as string[], cvvs: [] as string[] };
      for (const card of cards) {
        const details = (await call('POST', `/cards/details/${card}`)).json().data.attributes;
        secrets.pans.push(details.pan);
        secrets.cvvs.push(details.cvv);
      }
      await call('POST', `/cards/pin/${cards[0]}`, { data: { type: 'cardPin', attributes: { pin: chosenPin } } }, { 'idempotency-key': 'leak-pin' });
      await call('POST', `/cards/pin/${cards[0]}`, { data: { type: 'cardPin', attributes: { pin: chosenPin } } }, { 'idempotency-key': 'leak-pin' });
      expect((await call('GET', `/cards/pin/${cards[0]}`)).json().data.attributes.pin).toBe(chosenPin);
      await call('POST', `/cards/pin/${cards[1]}`, { data: { type: 'cardPin', attributes: { pin: '1234' } } });
      await call('POST', `/cards/pin/${cards[2]}`);
      const authorization = (
        await call('POST', '/simulations/card-authorizations', {
          data: {
            type: 'authorization',
            attributes: { amount: 1_999, currency: 'EUR', merchant: { name: 'Shop', mcc: '5411' } },
            relationships: { card: { data: { type: 'card', id: cards[0] } } },
          },
        })
      ).json().data;
      publicBodies.push(JSON.stringify(authorization));
      await call('POST', `/simulations/card-authorizations/${authorization.id}/capture`);
      // Errors that mention the card: a malformed reveal, a closed card, a wrong PIN format.
      publicBodies.push((await call('POST', `/cards/pin/${cards[0]}`, { data: { type: 'cardPin', attributes: { pin: '73911' } } })).body);
      await call('POST', `/cards/${cards[2]}/close`);
      publicBodies.push((await call('POST', `/cards/details/${cards[2]}`)).body);
      for (const url of [
        '/cards',
        `/cards/${cards[0]}`,
        '/transactions',
        `/bank/accounts/${account.id}`,
        `/authorizations/${authorization.id}`,
        `/entities/${entity}`,
      ]) {
        publicBodies.push((await call('GET', url)).body);
      }

      expect(secrets.pans.every((pan) => /^\d{16}$/.test(pan))).toBe(true);
      const log = lines.join('');
      // At least the access line of every request above.
      expect(lines.length).toBeGreaterThan(20);
      for (const text of [log, ...publicBodies]) {
        for (const pan of secrets.pans) expect(text).not.toContain(pan);
        expect(text).not.toMatch(/"(cvv|pin|pan)"/);
        expect(text).not.toMatch(new RegExp(`(^|[^0-9A-Za-z])${chosenPin}([^0-9A-Za-z]|$)`));
      }

      const columns = await queryRows<{ table_name: string; column_name: string }>(
        database.db,
        sql`SELECT table_name, column_name FROM information_schema.columns
            WHERE table_schema = 'public' AND data_type IN ('text', 'jsonb', 'character varying', 'json', 'ARRAY')`,
      );
      expect(columns.length).toBeGreaterThan(30);
      const found: string[] = [];
      for (const { table_name: table, column_name: column } of columns) {
        const value = sql.raw(`"${column}"::text`);
        const from = sql.raw(`"${table}"`);
        for (const pan of secrets.pans) {
          const [hit] = await queryRows<{ n: number }>(database.db, sql`SELECT count(*)::int AS n FROM ${from} WHERE ${value} LIKE ${`%${pan}%`}`);
          if (hit!.n > 0) found.push(`${table}.${column} holds a PAN`);
        }
        const [keys] = await queryRows<{ n: number }>(
          database.db,
          sql`SELECT count(*)::int AS n FROM ${from} WHERE ${value} ~ '"(cvv|pin|pan)"' AND ${value} NOT LIKE 'sealed:%'`,
        );
        if (keys!.n > 0) found.push(`${table}.${column} holds a card secret field`);
        if (!opaqueColumns.has(column)) {
          const pattern = `(^|[^0-9A-Za-z+/])${chosenPin}([^0-9A-Za-z+/=]|$)`;
          const [pin] = await queryRows<{ n: number }>(
            database.db,
            sql`SELECT count(*)::int AS n FROM ${from} WHERE ${value} ~ ${pattern} AND ${value} NOT LIKE 'sealed:%'`,
          );
          if (pin!.n > 0) found.push(`${table}.${column} holds the PIN`);
        }
      }
      expect(found).toEqual([]);
    });
  });
}
