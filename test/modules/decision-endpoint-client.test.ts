import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import net from 'node:net';
import tls from 'node:tls';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { postKeptAlive } from '../../src/modules/decisions/endpoint-client.js';

/**
 * The client that asks authorization endpoints (modules/decisions/endpoint-client.ts), against servers
 * that write their answers byte for byte: every framing a real server may use is read, a connection
 * serves another call only when its answer was read whole with nothing after it, and anything too
 * long, malformed or late ends the call without a body (the caller's fallback).
 */
const local = { allowPrivate: true };
const headers = { 'webhook-id': 'authorization_1', 'webhook-timestamp': '1700000000', 'webhook-signature': 'v1,abc=' };
const body = '{"id":"authorization_1"}';
const approve = '{"decision":"approve"}';
const ok = (extra = '', content = approve) =>
  `HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: ${content.length}\r\n${extra}\r\n${content}`;

type Script = (socket: net.Socket, call: number) => void;

const servers: { server: net.Server; sockets: Set<net.Socket> }[] = [];
afterAll(() => {
  for (const { server, sockets } of servers) {
    server.close();
    for (const socket of sockets) socket.destroy();
  }
});

/** A server that reads each request whole (head and Content-Length body) and lets `script` answer it. */
async function rawServer(script: Script, secure = false) {
  const requests: string[] = [];
  const sockets = new Set<net.Socket>();
  const onConnection = (socket: net.Socket) => {
    sockets.add(socket);
    socket.on('error', () => {});
    let buffered = '';
    socket.on('data', (chunk) => {
      buffered += chunk.toString('latin1');
      for (;;) {
        const headEnd = buffered.indexOf('\r\n\r\n');
        if (headEnd < 0) return;
        const length = Number(/content-length: (\d+)/i.exec(buffered.slice(0, headEnd))?.[1] ?? 0);
        if (buffered.length < headEnd + 4 + length) return;
        requests.push(buffered.slice(0, headEnd + 4 + length));
        buffered = buffered.slice(headEnd + 4 + length);
        script(socket, requests.length);
      }
    });
  };
  const server = secure
    ? tls.createServer({ key: readFileSync(fixture('localhost.key')), cert: readFileSync(fixture('localhost.crt')) }, onConnection)
    : net.createServer(onConnection);
  servers.push({ server, sockets });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as net.AddressInfo).port;
  return { url: `${secure ? 'https' : 'http'}://127.0.0.1:${port}/decide?v=1`, requests, connections: () => sockets.size };
}

/** A certificate for localhost and 127.0.0.1 signed by itself, made for these tests (`openssl req -x509 -newkey ec ... -days 36500`). */
const fixture = (name: string) => fileURLToPath(new URL(`../fixtures/tls/${name}`, import.meta.url));

/** Writes `text` a byte at a time, each in its own turn of the event loop (so in its own TCP segment, most often). */
function trickle(socket: net.Socket, text: string, everyMs = 0): void {
  let at = 0;
  const next = () => {
    if (at >= text.length || socket.destroyed) return;
    socket.write(text[at++]!);
    setTimeout(next, everyMs);
  };
  next();
}

const ask = (url: string, timeoutMs = 2_000) => postKeptAlive(url, headers, body, local, timeoutMs, 'Linkcy-Authorizations/1');

describe('the authorization endpoint client', () => {
  it('sends one signed POST and reads a Content-Length answer, over one kept-alive connection', async () => {
    const server = await rawServer((socket) => socket.write(ok()));
    const first = await ask(server.url);
    const second = await ask(server.url);
    expect(first).toMatchObject({ status: 200, body: approve });
    expect(first.error).toBeUndefined();
    expect(second).toMatchObject({ status: 200, body: approve });
    expect(server.connections()).toBe(1);
    const port = new URL(server.url).port;
    expect(server.requests[0]).toBe(
      `POST /decide?v=1 HTTP/1.1\r\nhost: 127.0.0.1:${port}\r\nwebhook-id: authorization_1\r\nwebhook-timestamp: 1700000000\r\n` +
        `webhook-signature: v1,abc=\r\ncontent-type: application/json\r\ncontent-length: ${body.length}\r\nuser-agent: Linkcy-Authorizations/1\r\n\r\n${body}`,
    );
  });

  it('reads chunked answers with extensions and trailers, after informational answers, a byte at a time', async () => {
    const chunked =
      'HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 103 Early Hints\r\nlink: </x>\r\n\r\n' +
      'HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5;note=x\r\n{"dec\r\n11\r\nision":"approve"}\r\n0\r\nx-trailer: 1\r\n\r\n';
    const server = await rawServer((socket, call) => (call === 1 ? trickle(socket, chunked) : socket.write(chunked)));
    expect(await ask(server.url)).toMatchObject({ status: 200, body: approve });
    expect(await ask(server.url)).toMatchObject({ status: 200, body: approve });
    expect(server.connections()).toBe(1);
  });

  it('opens a new connection after an answer that closes, is framed by the connection’s end, or has bytes after it', async () => {
    const answers = [
      ok('connection: close\r\n'),
      `HTTP/1.0 200 OK\r\n\r\n${approve}`,
      ok('', approve) + 'HTTP/1.1 200 OK\r\n',
      ok('keep-alive: timeout=1\r\n'),
      ok(),
    ];
    const server = await rawServer((socket, call) => {
      socket.write(answers[call - 1]!);
      if (call === 2) socket.end();
    });
    for (let call = 1; call <= answers.length; call++) expect(await ask(server.url), `call ${call}`).toMatchObject({ status: 200, body: approve });
    // Each of the first four answers left its connection unusable (a 1 s hint leaves no time to reuse it).
    expect(server.connections()).toBe(5);
  });

  it('answers no body past 16 KiB, and refuses what is not a well-framed HTTP/1.1 answer', async () => {
    const big = 'x'.repeat(20_000);
    const answers = [
      `HTTP/1.1 200 OK\r\ncontent-length: ${big.length}\r\n\r\n${big}`,
      `HTTP/1.1 200 OK\r\ntransfer-encoding: chunked\r\n\r\n4e20\r\n${big}\r\n0\r\n\r\n`,
      `HTTP/1.1 200 OK\r\n\r\n${big}`,
      'HELLO\r\n\r\n',
      'HTTP/1.1 200 OK\r\ncontent-length: 2\r\ntransfer-encoding: chunked\r\n\r\n',
      'HTTP/1.1 200 OK\r\ncontent-length: 2\r\ncontent-length: 3\r\n\r\n',
      'HTTP/1.1 200 OK\r\ntransfer-encoding: chunked\r\n\r\nzz\r\n',
      'HTTP/1.1 101 Switching Protocols\r\n\r\n',
      `HTTP/1.1 200 OK\r\n${'x-filler: y\r\n'.repeat(2_000)}\r\n`,
    ];
    const server = await rawServer((socket, call) => socket.write(answers[call - 1]!));
    const outcomes = [];
    for (let call = 1; call <= answers.length; call++) outcomes.push(await ask(server.url));
    expect(outcomes.map(({ status, body, error }) => ({ status, body, error }))).toEqual([
      { status: 200, body: undefined, error: undefined },
      { status: 200, body: undefined, error: undefined },
      { status: 200, body: undefined, error: undefined },
      { status: undefined, body: undefined, error: 'not an HTTP/1.x answer' },
      { status: 200, body: undefined, error: 'both Content-Length and chunked framing' },
      { status: 200, body: undefined, error: 'a malformed Content-Length' },
      { status: 200, body: undefined, error: 'a malformed chunk size' },
      { status: undefined, body: undefined, error: 'an unasked protocol switch' },
      { status: undefined, body: undefined, error: 'an answer head too long' },
    ]);
    expect(server.connections()).toBe(answers.length);
  });

  it('cuts off an answer that trickles past the deadline, and one that never comes', async () => {
    const server = await rawServer((socket, call) => {
      if (call === 1) trickle(socket, ok(), 50);
    });
    for (const name of ['trickled', 'silent']) {
      const started = performance.now();
      const outcome = await ask(server.url, 300);
      expect(outcome, name).toMatchObject({ error: 'no complete answer within 0.3 s', timedOut: true });
      expect(outcome.status).toBeUndefined();
      expect(performance.now() - started).toBeGreaterThanOrEqual(290);
      expect(performance.now() - started).toBeLessThan(1_000);
    }
  });

  it('refuses a line break in a header, and http or private addresses outside the sandbox', async () => {
    const server = await rawServer((socket) => socket.write(ok()));
    expect(await postKeptAlive(server.url, { 'webhook-id': 'a\r\nx-injected: 1' }, body, local, 1_000, 'L/1')).toEqual({
      error: 'a header holds a line break',
      durationMs: 0,
    });
    expect(await postKeptAlive(server.url, headers, body, { allowPrivate: false }, 1_000, 'L/1')).toEqual({
      error: 'target refused: not a public https URL',
      durationMs: 0,
    });
    expect(await postKeptAlive('https://127.0.0.1:1/decide', headers, body, { allowPrivate: false }, 1_000, 'L/1')).toMatchObject({
      error: 'target refused: not a public https URL',
    });
    expect(server.requests).toHaveLength(0);
  });

  it('speaks TLS and verifies the server’s certificate', async () => {
    const server = await rawServer((socket) => socket.write(ok()), true);
    // Not signed by a known authority: refused before anything is sent.
    const refused = await ask(server.url);
    expect(refused.status).toBeUndefined();
    expect(refused.error).toMatch(/self.signed/i);
    expect(server.requests).toHaveLength(0);
    // Trusted (as an operator would by NODE_EXTRA_CA_CERTS): answered, twice over one connection.
    const client = `
      import { postKeptAlive } from ${JSON.stringify(fileURLToPath(new URL('../../src/modules/decisions/endpoint-client.ts', import.meta.url)))};
      const ask = () => postKeptAlive(${JSON.stringify(server.url)}, {}, '{}', { allowPrivate: true }, 2000, 'L/1');
      console.log(JSON.stringify([await ask(), await ask()].map(({ status, body }) => ({ status, body }))));`;
    const { stdout } = await promisify(execFile)(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', client], {
      env: { ...process.env, NODE_EXTRA_CA_CERTS: fixture('localhost.crt') },
    });
    expect(JSON.parse(stdout)).toEqual([
      { status: 200, body: approve },
      { status: 200, body: approve },
    ]);
    expect(server.requests).toHaveLength(2);
    expect(server.connections()).toBe(1);
  });
});
