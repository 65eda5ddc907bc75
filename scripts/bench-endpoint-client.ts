// The client that asks authorization endpoints (src/modules/decisions/endpoint-client.ts) against
// node:http's client with a keep-alive agent, as it replaced: 32 calls at a time to the bench's decider
// (a 5 ms endpoint in its own process) for a few seconds each, alternated, printing this process's CPU
// per call (user + system). A benchmark, not a test: `npx tsx scripts/bench-endpoint-client.ts [seconds] [rounds]`.
import { spawn } from 'node:child_process';
import http from 'node:http';
import { postKeptAlive } from '../src/modules/decisions/endpoint-client.js';

const seconds = Number(process.argv[2] ?? 4);
const rounds = Number(process.argv[3] ?? 3);
const concurrency = 32;

const decider = spawn(process.execPath, ['scripts/bench-decider.mjs'], { stdio: ['ignore', 'pipe', 'inherit'] });
const url = await new Promise<string>((resolve) =>
  decider.stdout.once('data', (chunk: Buffer) => resolve(/http:\S+/.exec(chunk.toString())![0] + '/decide')),
);

const body = JSON.stringify({
  id: 'authorization_01JBENCH',
  type: 'authorization.request',
  timestamp: new Date().toISOString(),
  data: {
    type: 'authorization',
    id: 'authorization_01JBENCH',
    attributes: { amount: 1234, currency: 'EUR', merchant: { name: 'Shop', mcc: '5411' }, cardPresent: false },
  },
});
const headers = { 'webhook-id': 'authorization_01JBENCH', 'webhook-timestamp': '1700000000', 'webhook-signature': `v1,${'a'.repeat(44)}` };
const agent = new http.Agent({ keepAlive: true, timeout: 4_000 });

/** node:http as the decision path used it: a kept-alive agent, the body kept, a total deadline. */
function viaNodeHttp(): Promise<string> {
  return new Promise((resolve) => {
    const deadline = setTimeout(() => resolve('timeout'), 2_000);
    const request = http.request(
      url,
      {
        agent,
        method: 'POST',
        headers: {
          ...headers,
          'content-type': 'application/json',
          'content-length': String(Buffer.byteLength(body)),
          'user-agent': 'Linkcy-Authorizations/1',
        },
      },
      (response) => {
        const kept: Buffer[] = [];
        response.on('data', (chunk: Buffer) => kept.push(chunk));
        response.on('end', () => {
          clearTimeout(deadline);
          resolve(Buffer.concat(kept).toString('utf8'));
        });
      },
    );
    request.on('error', (error) => resolve(error.message));
    request.end(body);
  });
}

const viaEndpointClient = async () =>
  (await postKeptAlive(url, headers, body, { allowPrivate: true }, 2_000, 'Linkcy-Authorizations/1')).body ?? 'failed';

async function run(call: () => Promise<string>): Promise<{ perSecond: number; cpuMicros: number }> {
  let calls = 0;
  const end = performance.now() + seconds * 1000;
  const cpu = process.cpuUsage();
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (performance.now() < end) {
        const answer = await call();
        if (!answer.includes('approve')) throw new Error(`unexpected answer: ${answer}`);
        calls++;
      }
    }),
  );
  const used = process.cpuUsage(cpu);
  return { perSecond: Math.round((calls / (performance.now() - started)) * 1000), cpuMicros: (used.user + used.system) / calls };
}

const clients = { 'node:http': viaNodeHttp, 'endpoint-client': viaEndpointClient };
console.log(`| round | client | calls/s | CPU µs per call |\n| ---: | --- | ---: | ---: |`);
for (let round = 1; round <= rounds; round++) {
  const order = round % 2 ? (['node:http', 'endpoint-client'] as const) : (['endpoint-client', 'node:http'] as const);
  for (const name of order) {
    const { perSecond, cpuMicros } = await run(clients[name]);
    console.log(`| ${round} | ${name} | ${perSecond} | ${cpuMicros.toFixed(1)} |`);
  }
}
agent.destroy();
decider.kill('SIGTERM');
process.exit(0);
