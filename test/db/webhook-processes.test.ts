import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { entityDocument, individualAttributes } from '../helpers/fixtures.js';
import { startReceiver } from '../helpers/receiver.js';
import { cli, startServer, waitFor } from '../helpers/server-process.js';
import { engines } from '../helpers/harness.js';

/**
 * Webhook delivery across real server processes (SPEC §6): a server killed while deliveries are in
 * flight loses none of them once it is started again, and two servers on one PostgreSQL send each
 * event once.
 */
const temporary: string[] = [];
const databases: string[] = [];
afterAll(() => {
  temporary.forEach((dir) => fs.rmSync(dir, { recursive: true, force: true }));
  for (const name of databases) spawnSync('psql', [process.env.TEST_DATABASE_URL!, '-qc', `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`]);
});

function environment(target: 'embedded' | 'postgres'): Record<string, string> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'linkcy-hooks-'));
  temporary.push(dataDir);
  // A short lease, so that a delivery cut off by the crash is retried within the test's patience.
  const env: Record<string, string> = { LINKCY_DATA_DIR: dataDir, LINKCY_WEBHOOK_LEASE_SECONDS: '2', LINKCY_WEBHOOK_TIMEOUT_SECONDS: '1' };
  if (target === 'postgres') {
    const name = `linkcy_hooks_${process.pid}_${Date.now()}`;
    const created = spawnSync('psql', [process.env.TEST_DATABASE_URL!, '-qc', `CREATE DATABASE ${name}`], { encoding: 'utf8' });
    if (created.status !== 0) throw new Error(created.stderr);
    databases.push(name);
    const url = new URL(process.env.TEST_DATABASE_URL!);
    url.pathname = `/${name}`;
    env.DATABASE_URL = url.toString();
  }
  return env;
}

function client(base: string, credential: { clientId: string; clientSecret: string }) {
  const headers = {
    authorization: `Basic ${Buffer.from(`${credential.clientId}:${credential.clientSecret}`).toString('base64')}`,
    'content-type': 'application/vnd.api+json',
  };
  return {
    async post(url: string, body: unknown) {
      const response = await fetch(`${base}${url}`, { method: 'POST', headers, body: JSON.stringify(body) });
      if (response.status >= 300) throw new Error(`${url}: ${response.status} ${await response.text()}`);
      return (await response.json()).data;
    },
    async get(url: string) {
      return (await (await fetch(`${base}${url}`, { headers })).json()).data;
    },
  };
}

const targets = engines.map((engine) => (engine === 'pglite' ? 'embedded' : 'postgres'));

for (const target of targets) {
  describe(`webhooks across processes [${target}]`, () => {
    it('delivers every event at least once after the server is killed mid-delivery', async () => {
      const env = environment(target);
      const credential = JSON.parse(cli(['credentials', 'create', '--organization', 'Crash Ltd', '--json'], env).stdout);
      let hang = true;
      const receiver = await startReceiver(async () => {
        // Before the crash, hold every request open, as a slow receiver would.
        while (hang) await new Promise((resolve) => setTimeout(resolve, 50));
        return 204;
      });
      try {
        const first = await startServer(env);
        const api = client(first.base, credential);
        await api.post('/webhooks', { data: { type: 'webhookEndpoint', attributes: { url: receiver.url, events: ['entity.created'] } } });
        const entityIds: string[] = [];
        for (let i = 0; i < 10; i++)
          entityIds.push((await api.post('/entities/', entityDocument(individualAttributes({ externalId: `crash-${i}` })))).id);
        await waitFor(() => receiver.received.length > 0, 20_000, 'a delivery in flight');
        expect(await first.stop('SIGKILL')).toBe(-1);

        hang = false;
        const second = await startServer(env);
        await waitFor(() => new Set(receiver.eventIds()).size === 10, 30_000, 'all ten events');
        const events = await client(second.base, credential).get('/events?filter[type]=entity.created&page[limit]=100');
        expect(new Set(receiver.eventIds())).toEqual(new Set(events.map((event: { id: string }) => event.id)));
        const delivered = receiver.received.map((message) => JSON.parse(message.body).data.id);
        expect(new Set(delivered)).toEqual(new Set(entityIds));
        expect(await second.stop()).toBe(0);
      } finally {
        hang = false;
        await receiver.close();
      }
    }, 120_000);

    if (target === 'postgres') {
      it('sends each event once when two servers share one PostgreSQL', async () => {
        const env = environment(target);
        const credential = JSON.parse(cli(['credentials', 'create', '--organization', 'Pair Ltd', '--json'], env).stdout);
        const receiver = await startReceiver();
        const [a, b] = await Promise.all([startServer(env), startServer(env)]);
        try {
          const apiA = client(a.base, credential);
          const apiB = client(b.base, credential);
          await apiA.post('/webhooks', { data: { type: 'webhookEndpoint', attributes: { url: receiver.url, events: ['entity.created'] } } });
          await Promise.all(
            Array.from({ length: 40 }, (_, i) =>
              (i % 2 ? apiA : apiB).post('/entities/', entityDocument(individualAttributes({ externalId: `pair-${i}` }))),
            ),
          );
          await waitFor(() => new Set(receiver.eventIds()).size === 40, 30_000, 'forty events');
          // Give a would-be duplicate time to arrive before counting.
          await new Promise((resolve) => setTimeout(resolve, 2_500));
          expect(receiver.received).toHaveLength(40);
        } finally {
          await Promise.all([a.stop(), b.stop()]);
          await receiver.close();
        }
      }, 120_000);
    }
  });
}
