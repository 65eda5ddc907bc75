/**
 * `npm run bench:webhooks`: webhook delivery throughput and latency with a local receiver. Starts a
 * server on a fresh PostgreSQL database (or DATABASE_URL), registers one endpoint for every event,
 * creates BENCH_EVENTS customers over HTTP, and measures how long each event takes from its creation to
 * its arrival at the receiver. A script, not a test.
 */
import pg from 'pg';
import { entityDocument, individualAttributes } from '../test/helpers/fixtures.js';
import { startReceiver } from '../test/helpers/receiver.js';
import { cli, startServer, waitFor } from '../test/helpers/server-process.js';

const total = Number(process.env.BENCH_EVENTS ?? 2000);
const concurrency = 16;
const adminUrl = 'postgres://postgres@127.0.0.1:5432/postgres';

async function admin(sql: string) {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  await client.query(sql);
  await client.end();
}

const name = process.env.DATABASE_URL ? undefined : `linkcy_hookbench_${Date.now()}`;
if (name) await admin(`CREATE DATABASE ${name}`);
const databaseUrl = process.env.DATABASE_URL ?? adminUrl.replace(/\/postgres$/, `/${name}`);
const env = { DATABASE_URL: databaseUrl, LINKCY_RATE_LIMIT: '0', LINKCY_DATA_DIR: `/tmp/${name ?? 'linkcy-hookbench'}` };
const receiver = await startReceiver();
const server = await startServer(env);
try {
  const credential = JSON.parse(cli(['credentials', 'create', '--organization', 'Hook Bench', '--json'], env).stdout);
  const headers = {
    authorization: `Basic ${Buffer.from(`${credential.clientId}:${credential.clientSecret}`).toString('base64')}`,
    'content-type': 'application/vnd.api+json',
  };
  await fetch(`${server.base}/webhooks`, {
    method: 'POST',
    headers,
    body: JSON.stringify({ data: { type: 'webhookEndpoint', attributes: { url: receiver.url, events: ['*'] } } }),
  });
  const started = Date.now();
  let next = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < total) {
        const i = next++;
        await fetch(`${server.base}/entities/`, {
          method: 'POST',
          headers,
          body: JSON.stringify(
            entityDocument(
              individualAttributes({ firstName: 'Hook', lastName: `Bench ${i}`, email: `hook${i}@example.com`, externalId: `hook-${i}` }),
            ),
          ),
        });
      }
    }),
  );
  const created = Date.now();
  await waitFor(() => new Set(receiver.eventIds()).size >= total, 300_000, 'every event');
  const finished = Math.max(...receiver.received.map((message) => message.at));
  const latencies = receiver.received.map((message) => message.at - Date.parse(JSON.parse(message.body).timestamp)).sort((a, b) => a - b);
  const at = (q: number) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))]!;
  process.stdout.write(
    [
      '',
      `Webhook delivery, ${total} events, one local receiver answering 204, worker polling every 250 ms:`,
      `  events created over HTTP in ${((created - started) / 1000).toFixed(1)} s (${(total / ((created - started) / 1000)).toFixed(0)}/s)`,
      `  all delivered ${((finished - started) / 1000).toFixed(1)} s after the first was created: ${(total / ((finished - started) / 1000)).toFixed(0)} deliveries/s`,
      `  latency from event to receipt: p50 ${at(0.5)} ms, p99 ${at(0.99)} ms, max ${latencies.at(-1)} ms`,
      `  deliveries received: ${receiver.received.length} (duplicates: ${receiver.received.length - new Set(receiver.eventIds()).size})`,
      '',
    ].join('\n'),
  );
} finally {
  await server.stop();
  await receiver.close();
  if (name) await admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
}
