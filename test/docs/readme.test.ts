import { execFile } from 'node:child_process';
import fs from 'node:fs';
import { promisify } from 'node:util';
import { beforeAll, expect, it } from 'vitest';
import { describeEachEngine } from '../helpers/harness.js';

/**
 * The README's curl quickstart runs as written: every command of its `sh` blocks, in order, in bash,
 * against a real server, each placeholder (`ent_...`, `acc_...`, `card_...`, `auth_...`, `FR76...`)
 * replaced as a reader would: by the newest id (or IBAN) of that kind the earlier answers gave, and
 * where one command names two, the earlier then the newer. Any answer of 400 or more fails it.
 */
const run = promisify(execFile);

/**
 * The quickstart's commands: `sh` blocks of its section, one command per line unless the line ends in
 * `\` or a single-quoted argument (a JSON body) goes on; comments are left for bash.
 */
function quickstartCommands(): string[] {
  const readme = fs.readFileSync('README.md', 'utf8');
  const start = readme.indexOf('## Quickstart: the seed');
  const section = readme.slice(start, readme.indexOf('\n## ', start + 1));
  const blocks = [...section.matchAll(/```sh\n([\s\S]*?)```/g)].map((match) => match[1]!);
  const commands: string[] = [];
  for (const block of blocks) {
    let current = '';
    let quoted = false;
    for (const line of block.split('\n')) {
      if (current === '' && (line.trim() === '' || line.trim().startsWith('#'))) continue;
      current += (current ? '\n' : '') + line;
      for (let index = 0; index < line.length; index++) {
        if (line[index] === "'") quoted = !quoted;
        else if (!quoted && line[index] === '#' && /\s/.test(line[index - 1] ?? ' ')) break; // a comment
      }
      if (!quoted && !line.trimEnd().endsWith('\\')) {
        commands.push(current.trim());
        current = '';
      }
    }
  }
  return commands;
}

const placeholders = { 'ent_...': 'ent_', 'acc_...': 'acc_', 'card_...': 'card_', 'auth_...': 'auth_', 'FR76...': 'iban' } as const;

describeEachEngine('the README quickstart', (harness) => {
  let base = '';
  beforeAll(async () => {
    base = (await harness.app.listen({ port: 0, host: '127.0.0.1' })).replace('localhost', '127.0.0.1');
  });

  it('runs every curl command as written, ids carried from step to step', async () => {
    const credential = await harness.credential();
    const commands = quickstartCommands();
    expect(commands.length).toBeGreaterThanOrEqual(20);
    const seen: Record<string, string[]> = { ent_: [], acc_: [], card_: [], auth_: [], iban: [] };
    const ran: string[] = [];
    for (const command of commands) {
      // Steps 1 and 2 make the credentials, which the test brings.
      if (command.startsWith('npx linkcy') || command.startsWith('export CLIENT_ID')) continue;
      expect(command.startsWith('curl '), command).toBe(true);
      let filled = command.replaceAll('http://127.0.0.1:3000', base);
      for (const [placeholder, kind] of Object.entries(placeholders)) {
        const count = filled.split(placeholder).length - 1;
        if (count === 0) continue;
        const newest = seen[kind]!.slice(-count);
        expect(newest.length, `${placeholder} in ${command}: nothing of that kind yet`).toBe(count);
        let index = 0;
        filled = filled.replaceAll(placeholder, () => newest[index++]!);
      }
      const { stdout } = await run('bash', ['--norc', '--noprofile', '-c', filled.replace(/^curl /, `curl -sS -w '\\n%{http_code}' `)], {
        env: { PATH: process.env.PATH, CLIENT_ID: credential.clientId, CLIENT_SECRET: credential.clientSecret },
        timeout: 30_000,
      });
      const status = Number(stdout.slice(stdout.lastIndexOf('\n') + 1));
      const body = stdout.slice(0, stdout.lastIndexOf('\n'));
      expect([command, status, status < 400 ? '' : body]).toEqual([command, expect.any(Number), '']);
      ran.push(`${status} ${command.split('\n')[0]}`);
      if (!body.startsWith('{')) continue;
      const data = (JSON.parse(body) as { data?: unknown }).data;
      for (const resource of Array.isArray(data) ? [] : [data]) {
        const { id, attributes } = (resource ?? {}) as { id?: string; attributes?: { iban?: string } };
        const kind = Object.values(placeholders).find((prefix) => id?.startsWith(prefix));
        if (kind && !seen[kind]!.includes(id!)) seen[kind]!.push(id!);
        if (attributes?.iban && !seen.iban!.includes(attributes.iban)) seen.iban!.push(attributes.iban);
      }
    }
    // What the reader ends with: Ada's and Grace's accounts, money moved between them.
    expect(seen.ent_).toHaveLength(2);
    expect(seen.acc_).toHaveLength(2);
    const [ada, grace] = seen.acc_ as [string, string];
    const balance = async (id: string) => (await harness.request(credential, { method: 'GET', url: `/bank/accounts/${id}` })).json().data.attributes.balance;
    // 100.00 in, a 12.50 purchase, 42.50 out by SEPA (held until the bank takes it), 25.00 to Grace.
    expect(await balance(ada)).toEqual({ current: 10000 - 1250 - 2500, available: 10000 - 1250 - 4250 - 2500, pending: 4250 });
    expect(await balance(grace)).toEqual({ current: 2500, available: 2500, pending: 0 });
    expect(ran.length).toBeGreaterThanOrEqual(20);
  }, 120_000);
});
