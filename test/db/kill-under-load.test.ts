import { describe, expect, it } from 'vitest';
import { entityDocument, individualAttributes } from '../helpers/fixtures.js';
import { processEnvironments } from '../helpers/process-environments.js';
import { cli, startServer } from '../helpers/server-process.js';

/**
 * A server killed with SIGKILL in the middle of batched money commands (issue 9): every acknowledged
 * credit is in the database afterwards, and none is applied twice. After a restart every request is
 * sent again with its Idempotency-Key, as a client would: acknowledged ones replay their first answer,
 * the others are applied now or replay what committed before the kill, and the balance is then exactly
 * the sum of all credits.
 */
const environments = () => processEnvironments('kill');

for (const [target, environment] of environments()) {
  describe(`SIGKILL under batched load [${target}]`, () => {
    it('loses no acknowledged credit and applies none twice', { timeout: 120_000 }, async () => {
      const env = { ...environment(), LINKCY_RATE_LIMIT: '0' };
      const issued = JSON.parse(cli(['credentials', 'create', '--organization', 'Kill Ltd', '--json'], env).stdout);
      const headers = {
        authorization: `Basic ${Buffer.from(`${issued.clientId}:${issued.clientSecret}`).toString('base64')}`,
        'content-type': 'application/vnd.api+json',
        accept: 'application/vnd.api+json',
      };
      let server = await startServer(env);
      const entity = await (
        await fetch(`${server.base}/entities/`, {
          method: 'POST',
          headers,
          body: JSON.stringify(entityDocument(individualAttributes())),
        })
      ).json();
      const account = (
        await (
          await fetch(`${server.base}/bank/accounts/`, {
            method: 'POST',
            headers,
            body: JSON.stringify({ data: { type: 'bankAccount', relationships: { entity: { data: { type: 'entity', id: entity.data.id } } } } }),
          })
        ).json()
      ).data;

      const total = 400;
      const body = (i: number) =>
        JSON.stringify({
          data: {
            type: 'incomingTransfer',
            attributes: { iban: account.attributes.iban, amount: i + 1, currency: 'EUR', debtorName: 'Ada', debtorIban: 'DE89370400440532013000' },
          },
        });
      const send = (base: string, i: number) =>
        fetch(`${base}/simulations/incoming-transfers`, { method: 'POST', headers: { ...headers, 'idempotency-key': `kill-${i}` }, body: body(i) });

      // 32 clients send credits until the server dies under them.
      const acknowledged = new Map<number, string>();
      let next = 0;
      const base = server.base;
      const client = async () => {
        while (next < total) {
          const i = next++;
          try {
            const response = await send(base, i);
            if (response.status === 201) acknowledged.set(i, await response.text());
          } catch {
            // The connection died with the server: not acknowledged.
          }
        }
      };
      const load = Promise.all(Array.from({ length: 32 }, client));
      while (acknowledged.size < total / 4) await new Promise((resolve) => setTimeout(resolve, 5));
      server.process.kill('SIGKILL');
      await load;
      await server.stop();
      expect(acknowledged.size).toBeGreaterThan(0);
      expect(acknowledged.size).toBeLessThan(total);

      server = await startServer(env);
      try {
        for (let i = 0; i < total; i++) {
          const response = await send(server.base, i);
          expect(response.status).toBe(201);
          const text = await response.text();
          if (acknowledged.has(i)) {
            // Acknowledged before the kill: it is there, and its first answer comes back byte for byte.
            expect(response.headers.get('idempotent-replayed')).toBe('true');
            expect(text).toBe(acknowledged.get(i));
          }
        }
        const balance = (await (await fetch(`${server.base}/bank/accounts/${account.id}`, { headers })).json()).data.attributes.balance;
        expect(balance.current).toBe((total * (total + 1)) / 2);
      } finally {
        await server.stop();
      }
      const verify = cli(['ledger', 'verify'], env);
      expect(verify.stdout).toContain('Ledger verified');
      expect(verify.status).toBe(0);
    });
  });
}
