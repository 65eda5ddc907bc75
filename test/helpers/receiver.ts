import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ReceivedWebhook {
  headers: Record<string, string>;
  body: string;
  at: number;
}

/**
 * A real HTTP server on 127.0.0.1 that records every webhook it receives and answers with the status
 * the test chooses (by default 204), optionally after a delay.
 */
export async function startReceiver(answer: (received: ReceivedWebhook, index: number) => number | Promise<number> = () => 204) {
  const received: ReceivedWebhook[] = [];
  let connections = 0;
  const server = http.createServer((request, response) => {
    let body = '';
    request.on('data', (chunk) => (body += chunk));
    request.on('end', async () => {
      const entry = { headers: request.headers as Record<string, string>, body, at: Date.now() };
      received.push(entry);
      const status = await answer(entry, received.length - 1);
      response.writeHead(status).end();
    });
  });
  server.on('connection', () => connections++);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/hooks`,
    received,
    connections: () => connections,
    eventIds: () => received.map((entry) => JSON.parse(entry.body).id as string),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
