import { spawn } from 'node:child_process';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Webhook } from 'standardwebhooks';
import { beforeAll, expect, it } from 'vitest';
import { triggerRecipes, untriggerable } from '../../src/developer/trigger.js';
import { eventTypes } from '../../src/modules/webhooks/service.js';
import { describeEachEngine } from '../helpers/harness.js';

/**
 * `linkcy listen` and `linkcy trigger` (issue 31): a developer's commands against a running server over
 * its API, with the CLIENT_ID and CLIENT_SECRET of the environment; the forwarded messages verify with
 * the Standard Webhooks library and the secret `listen` printed.
 */
function linkcy(args: string[], env: Record<string, string>) {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli.ts', ...args], {
    env: { PATH: process.env.PATH, LINKCY_LOG_LEVEL: 'silent', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const output = { stdout: '', stderr: '' };
  child.stdout.on('data', (chunk: Buffer) => (output.stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output.stderr += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
  return { child, output, exited };
}

async function until(check: () => boolean, what: string, timeoutMs = 30_000) {
  const started = Date.now();
  while (!check()) {
    if (Date.now() - started > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describeEachEngine('the developer commands: listen and trigger', (harness) => {
  let base = '';
  beforeAll(async () => {
    base = await harness.app.listen({ port: 0, host: '127.0.0.1' });
  });

  it('forwards the events trigger makes to a local endpoint, signed with the secret it printed', async () => {
    const credential = await harness.credential();
    const env = { LINKCY_URL: base, CLIENT_ID: credential.clientId, CLIENT_SECRET: credential.clientSecret };
    // An event from before listening starts is not forwarded.
    const before = linkcy(['trigger', 'entity.created'], env);
    expect(await before.exited).toBe(0);

    const received: { headers: Record<string, string>; body: string }[] = [];
    const endpoint = createServer((request, response) => {
      let body = '';
      request.on('data', (chunk: Buffer) => (body += chunk.toString()));
      request.on('end', () => {
        received.push({ headers: request.headers as Record<string, string>, body });
        response.writeHead(204).end();
      });
    });
    await new Promise<void>((resolve) => endpoint.listen(0, '127.0.0.1', resolve));
    const forwardTo = `http://127.0.0.1:${(endpoint.address() as AddressInfo).port}/webhooks`;
    const listener = linkcy(['listen', '--forward-to', forwardTo], env);
    try {
      await until(() => listener.output.stdout.includes('Ready.'), 'listen to start');
      const secret = /signed with (whsec_\S+) /.exec(listener.output.stdout)![1]!;

      const trigger = linkcy(['trigger', 'authorization.created', '--json'], env);
      expect(await trigger.exited).toBe(0);
      const made = JSON.parse(trigger.output.stdout) as { event: string; made: { type: string; id: string }[] };
      expect(made.event).toBe('authorization.created');
      expect(made.made.map((resource) => resource.type)).toEqual(['entity', 'card', 'authorization']);

      await until(() => received.some((message) => JSON.parse(message.body).type === 'authorization.created'), 'the authorization event');
      const messages = received.map((message) => new Webhook(secret).verify(message.body, message.headers) as { type: string; data: { id: string } });
      const types = messages.map((message) => message.type);
      // Everything the trigger made, in order, and nothing from before.
      expect(types.filter((type) => type === 'entity.created')).toHaveLength(1);
      expect(types).toEqual(
        expect.arrayContaining(['entity.created', 'bankAccount.created', 'transaction.created', 'card.created', 'authorization.created']),
      );
      expect(types.indexOf('entity.created')).toBeLessThan(types.indexOf('authorization.created'));
      expect(messages.find((message) => message.type === 'authorization.created')!.data.id).toBe(made.made[2]!.id);
      await until(() => listener.output.stdout.includes('authorization.created'), 'the printed line');
      expect(listener.output.stdout).toMatch(/authorization\.created\s+evt_[0-9A-Z]{26}\s+-> 204 in \d+ ms/);
    } finally {
      listener.child.kill('SIGINT');
      expect(await listener.exited).toBe(0);
      endpoint.closeAllConnections();
      await new Promise((resolve) => endpoint.close(resolve));
    }
  }, 120_000);

  it('has a recipe for every event type but the bank file’s, each making its event', async () => {
    const credential = await harness.credential();
    const target = { baseUrl: base, clientId: credential.clientId, clientSecret: credential.clientSecret };
    expect([...Object.keys(triggerRecipes), ...Object.keys(untriggerable)].sort()).toEqual([...eventTypes].sort());
    for (const [type, recipe] of Object.entries(triggerRecipes)) {
      const count = async () =>
        (await harness.request(credential, { method: 'GET', url: `/events?filter[type]=${type}&page[limit]=100` })).json().data.length as number;
      const before = await count();
      await recipe(target);
      // At least one: settling a pending transfer, say, passes through submitted first.
      const after = await count();
      expect([type, after > before]).toEqual([type, true]);
    }
  }, 120_000);

  it('says what is wrong, without a stack: no credentials, a wrong secret, an unknown event, a server that is not there', async () => {
    const credential = await harness.credential();
    const env = { LINKCY_URL: base, CLIENT_ID: credential.clientId, CLIENT_SECRET: credential.clientSecret };
    const missing = linkcy(['trigger', 'entity.created'], { LINKCY_URL: base });
    expect(await missing.exited).toBe(1);
    expect(missing.output.stderr).toContain('set CLIENT_ID and CLIENT_SECRET');
    const wrong = linkcy(['trigger', 'entity.created'], { ...env, CLIENT_SECRET: 'lcs_nope' });
    expect(await wrong.exited).toBe(1);
    expect(wrong.output.stderr).toMatch(/POST \/entities answered 401 credentials_invalid/);
    const unknown = linkcy(['trigger', 'entity.exploded'], env);
    expect(await unknown.exited).toBe(2);
    expect(unknown.output.stderr).toContain('No event type entity.exploded. Events: entity.created');
    const file = linkcy(['trigger', 'bankStatement.unmatchedCredit'], env);
    expect(await file.exited).toBe(1);
    expect(file.output.stderr).toContain('linkcy sepa import');
    const nowhere = linkcy(['listen', '--forward-to', 'http://127.0.0.1:9/hooks'], {
      ...env,
      LINKCY_URL: 'http://127.0.0.1:9',
    });
    expect(await nowhere.exited).toBe(1);
    expect(nowhere.output.stderr).toMatch(/did not answer GET \/events.*Is the server running\?/);
    expect(nowhere.output.stderr).not.toMatch(/\n\s+at /);
    const usage = linkcy(['listen'], {});
    expect(await usage.exited).toBe(2);
    expect(usage.output.stderr).toContain('listen needs --forward-to URL');
  }, 120_000);
});
