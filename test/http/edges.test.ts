import net from 'node:net';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { apiClient } from '../helpers/api-client.js';
import { basicAuth, describeEachEngine, type TestApp } from '../helpers/harness.js';

/** Sends raw bytes to a listening server and collects what it answers until it closes the connection. */
function rawExchange(port: number, write: (socket: net.Socket) => void, deadlineMs = 5000): Promise<{ text: string; elapsedMs: number }> {
  return new Promise((resolve, reject) => {
    const started = Date.now();
    const socket = net.connect(port, '127.0.0.1', () => write(socket));
    let text = '';
    socket.setEncoding('latin1');
    socket.on('data', (chunk) => (text += chunk));
    socket.on('error', () => {});
    socket.on('close', () => resolve({ text, elapsedMs: Date.now() - started }));
    setTimeout(() => {
      socket.destroy();
      reject(new Error(`no close within ${deadlineMs} ms; got ${JSON.stringify(text)}`));
    }, deadlineMs).unref();
  });
}

function parseRaw(text: string) {
  const [head, body] = text.split('\r\n\r\n');
  const [statusLine, ...headerLines] = head!.split('\r\n');
  const headers = Object.fromEntries(
    headerLines.map((line) => [line.slice(0, line.indexOf(':')).toLowerCase(), line.slice(line.indexOf(':') + 1).trim()]),
  );
  return { status: Number(statusLine!.split(' ')[1]), headers, body: JSON.parse(body!) };
}

function listening(harness: TestApp) {
  const state = { port: 0 };
  beforeAll(async () => {
    await harness.app.listen({ port: 0, host: '127.0.0.1' });
    state.port = (harness.app.server.address() as net.AddressInfo).port;
  });
  afterAll(() => harness.app.server.closeAllConnections());
  return state;
}

describeEachEngine(
  'HTTP edges',
  (harness) => {
    const api = apiClient(harness);
    const server = listening(harness);

    it('marks every answer nosniff, and answers holding customer data or secrets no-store', async () => {
      const credential = await harness.credential();
      const entityId = await api.customer(credential);
      const account = await api.account(credential, entityId);
      const webhook = await harness.request(credential, {
        method: 'POST',
        url: '/webhooks',
        payload: { data: { type: 'webhookEndpoint', attributes: { url: 'http://127.0.0.1:9/hooks', events: ['*'] } } },
      });
      const rotated = await harness.request(credential, { method: 'POST', url: `/webhooks/${webhook.json().data.id}/rotate-secret` });
      const answers = [
        webhook,
        rotated,
        await harness.request(credential, { method: 'GET', url: `/entities/${entityId}` }),
        await harness.request(credential, { method: 'GET', url: '/entities/' }),
        await harness.request(credential, { method: 'GET', url: `/bank/accounts/${account.id}` }),
        await harness.request(credential, { method: 'POST', url: `/bank/accounts/${entityId}` }),
        await harness.request(undefined, { method: 'GET', url: '/entities/' }),
      ];
      for (const answer of answers) {
        expect([answer.raw.req.url, answer.headers['cache-control'], answer.headers['x-content-type-options']]).toEqual([
          answer.raw.req.url,
          'no-store',
          'nosniff',
        ]);
      }
      for (const url of ['/healthz', '/openapi.json', '/docs', '/nowhere', '/dashboard/sign-in']) {
        const answer = await harness.app.inject({ method: 'GET', url, headers: { accept: '*/*' } });
        expect([url, answer.headers['x-content-type-options']]).toEqual([url, 'nosniff']);
      }
      // Not behind TLS, and not live: no HSTS.
      expect(answers[2]!.headers['strict-transport-security']).toBeUndefined();
    });

    it('serves /docs under a CSP that allows scripts and styles from this origin only, and never in a frame', async () => {
      const docs = await harness.app.inject({ method: 'GET', url: '/docs', headers: { accept: 'text/html' } });
      expect(docs.statusCode).toBe(200);
      expect(docs.headers['x-frame-options']).toBe('DENY');
      const policy = String(docs.headers['content-security-policy']);
      expect(policy).toContain("default-src 'none'");
      expect(policy).toContain("frame-ancestors 'none'");
      expect(policy).toContain("script-src 'self'");
      expect(policy).toContain("style-src 'self'");
      expect(policy).not.toContain('unsafe');
      expect(docs.body).not.toMatch(/<script>|<style|style="/);
    });

    it('answers requests the HTTP parser refuses with JSON:API errors and a request id', async () => {
      const huge = await rawExchange(server.port, (socket) =>
        socket.write(`GET /entities/ HTTP/1.1\r\nHost: x\r\nX-Filler: ${'a'.repeat(20_000)}\r\n\r\n`),
      );
      const tooLarge = parseRaw(huge.text);
      expect(tooLarge.status).toBe(431);
      expect(tooLarge.headers['content-type']).toBe('application/vnd.api+json');
      expect(tooLarge.headers['x-request-id']).toMatch(/^req_/);
      expect(tooLarge.body.errors[0]).toMatchObject({ id: tooLarge.headers['x-request-id'], status: '431', code: 'headers_too_large' });

      const garbage = parseRaw((await rawExchange(server.port, (socket) => socket.write('NOT HTTP AT ALL\r\n\r\n'))).text);
      expect(garbage.status).toBe(400);
      expect(garbage.body.errors[0]).toMatchObject({ status: '400', code: 'malformed_request' });
    });

    it('times out a request whose body trickles in, with 408 and a closed connection', async () => {
      const credential = await harness.credential();
      const authorization = basicAuth(credential);
      const slow = await rawExchange(
        server.port,
        (socket) => {
          socket.write(
            `POST /entities/ HTTP/1.1\r\nHost: x\r\nAuthorization: ${authorization}\r\nContent-Type: application/vnd.api+json\r\nContent-Length: 1000\r\n\r\n{`,
          );
          const timer = setInterval(() => (socket.writable ? socket.write(' ') : clearInterval(timer)), 200);
          socket.on('close', () => clearInterval(timer));
        },
        8000,
      );
      const answer = parseRaw(slow.text);
      expect(answer.status).toBe(408);
      expect(answer.body.errors[0]).toMatchObject({ status: '408', code: 'request_timeout' });
      // One second allowed, checked every second: closed well before the client would have finished.
      expect(slow.elapsedMs).toBeGreaterThanOrEqual(900);
      expect(slow.elapsedMs).toBeLessThan(4000);
      expect(slow.text.match(/HTTP\/1\.1/g)).toHaveLength(1);
    });
  },
  { LINKCY_REQUEST_TIMEOUT_SECONDS: '1' },
);

describeEachEngine(
  'HTTP edges in live mode behind TLS',
  (harness) => {
    it('sends HSTS on answers that came over https, and only those', async () => {
      const credential = await harness.credential();
      const overTls = await harness.request(credential, { method: 'GET', url: '/entities/', headers: { 'x-forwarded-proto': 'https' } });
      expect(overTls.headers['strict-transport-security']).toBe('max-age=63072000; includeSubDomains');
      const plain = await harness.request(credential, { method: 'GET', url: '/entities/' });
      expect(plain.headers['strict-transport-security']).toBeUndefined();
    });
  },
  { LINKCY_MODE: 'live', LINKCY_TRUST_PROXY: 'true' },
);
