import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { buildApp } from '../../src/app.js';
import { guides } from '../../src/docs/site.js';
import { describeEachEngine } from '../helpers/harness.js';

/**
 * Every example of every guide (docs/guides/*.md) runs as written against a real server: the `js` blocks
 * of a guide, in order, as one Node.js module, after the setup block of the authentication guide (which
 * the other guides say they use), with LINKCY_URL, CLIENT_ID and CLIENT_SECRET set as a reader would.
 * The examples check their own key claims and throw when one does not hold.
 */
const run = promisify(execFile);

const jsBlocks = (name: string) =>
  [...fs.readFileSync(`docs/guides/${name}.md`, 'utf8').matchAll(/^```js\n([\s\S]*?)^```$/gm)].map((match) => match[1]!);

/**
 * What a guide says its examples print: the comment after a `console.log(...)` on its line, and the
 * comment lines right below such a line (a loop's lines). `...` stands for what varies (ids, wording).
 */
function promisedOutput(code: string): string[] {
  const lines = code.split('\n');
  const promised: string[] = [];
  lines.forEach((line, index) => {
    if (!line.includes('console.log(')) return;
    const sameLine = /\);\s*\/\/ (.*)$/.exec(line);
    if (sameLine) promised.push(sameLine[1]!);
    for (let next = index + 1; next < lines.length && /^\s*\/\/ /.test(lines[next]!); next++) promised.push(lines[next]!.trim().slice(3));
  });
  return promised;
}

const matches = (printed: string, promised: string) =>
  new RegExp(`^${promised.split('...').map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('.*')}$`).test(printed);

describeEachEngine('the guides’ examples', (harness) => {
  let baseUrl = '';
  let worker: FastifyInstance;
  beforeAll(async () => {
    baseUrl = await harness.app.listen({ port: 0, host: '127.0.0.1' });
    // A second process-like app on the same database sends the webhooks, as `npm start` does.
    worker = await buildApp({ config: harness.config, database: harness.database, webhookIntervalMs: 100 });
    await worker.ready();
  });
  afterAll(async () => {
    await worker?.close();
  });

  it('has examples in every guide, and the setup block first in the authentication guide', () => {
    for (const [name] of guides) expect(jsBlocks(name).length, name).toBeGreaterThan(0);
    expect(jsBlocks('authentication')[0]).toContain('async function api(');
  });

  for (const [name] of guides) {
    it(`runs the examples of ${name}.md as written`, async () => {
      const credential = await harness.credential();
      const setup = jsBlocks('authentication')[0]!;
      const blocks = name === 'authentication' ? jsBlocks(name) : [setup, ...jsBlocks(name)];
      const file = path.resolve(`test-results/guides/${harness.engine}-${name}.mjs`);
      fs.mkdirSync(path.dirname(file), { recursive: true });
      fs.writeFileSync(file, blocks.join('\n'));
      const { stdout } = await run(process.execPath, [file], {
        timeout: 60_000,
        env: { PATH: process.env.PATH, LINKCY_URL: baseUrl, CLIENT_ID: credential.clientId, CLIENT_SECRET: credential.clientSecret },
      }).catch((error: { stdout?: string; stderr?: string }) => {
        throw new Error(`docs/guides/${name}.md: an example failed\n${error.stdout ?? ''}\n${error.stderr ?? String(error)}`);
      });
      // What it printed is what the guide says it prints, line for line.
      const printed = stdout.trimEnd().split('\n');
      const promised = blocks.flatMap(promisedOutput);
      expect(promised.length).toBeGreaterThan(0);
      expect(printed.length, `${name}.md printed:\n${stdout}`).toBe(promised.length);
      printed.forEach((line, index) => expect(matches(line, promised[index]!), `${name}.md line ${index + 1}: ${line} vs ${promised[index]}`).toBe(true));
    }, 90_000);
  }
});
