import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { entityDocument, individualAttributes } from '../helpers/fixtures.js';
import { processEnvironments } from '../helpers/process-environments.js';
import { cli, root, startServer } from '../helpers/server-process.js';

/**
 * SPEC §13 under SIGKILL: `linkcy sepa export` killed at any moment leaves either a committed export
 * (its transfers submitted, its document kept and its file complete on disk, as FILE or as the flushed
 * .partial beside it) or nothing at all; `linkcy sepa import` killed mid-file has applied nothing or
 * everything, and the same file imported again applies each entry exactly once.
 */
const environments = () => processEnvironments('files-kill');
const temporary: string[] = [];
afterAll(() => temporary.forEach((dir) => fs.rmSync(dir, { recursive: true, force: true })));
const tempDir = () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'linkcy-files-kill-'));
  temporary.push(dir);
  return dir;
};

/** Runs the CLI and kills it with SIGKILL once `when` holds (or it has ended by itself). */
async function killedCli(args: string[], env: Record<string, string>, when: () => boolean) {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli.ts', ...args], { cwd: root, env: { ...process.env, ...env }, stdio: 'ignore' });
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  let done = false;
  void exited.then(() => (done = true));
  while (!done && !when()) await new Promise((resolve) => setTimeout(resolve, 2));
  child.kill('SIGKILL');
  return exited;
}

for (const [target, environment] of environments()) {
  describe(`bank files under SIGKILL [${target}]`, () => {
    it(
      'an export is whole or absent, and every transfer is exported exactly once; an import applies each entry once',
      { timeout: 240_000 },
      async () => {
        const settlementIban = 'DE02120300000000202051';
        const env = {
          ...environment(),
          LINKCY_RATE_LIMIT: '0',
          LINKCY_SANDBOX_SEPA_SETTLE_SECONDS: '0',
          LINKCY_SETTLEMENT_IBAN: settlementIban,
          LINKCY_SETTLEMENT_BIC: 'BYLADEM1001',
        };
        const issued = JSON.parse(cli(['credentials', 'create', '--organization', 'Files Ltd', '--json'], env).stdout);
        const headers = {
          authorization: `Basic ${Buffer.from(`${issued.clientId}:${issued.clientSecret}`).toString('base64')}`,
          'content-type': 'application/vnd.api+json',
          accept: 'application/vnd.api+json',
        };
        const call = async (base: string, method: string, url: string, body?: unknown) => {
          const response = await fetch(`${base}${url}`, { method, headers, ...(body ? { body: JSON.stringify(body) } : {}) });
          return { status: response.status, body: await response.json() };
        };
        let server = await startServer(env);
        const entity = await call(server.base, 'POST', '/entities/', entityDocument(individualAttributes()));
        const account = (
          await call(server.base, 'POST', '/bank/accounts/', {
            data: { type: 'bankAccount', relationships: { entity: { data: { type: 'entity', id: entity.body.data.id } } } },
          })
        ).body.data;
        const funded = await call(server.base, 'POST', '/simulations/incoming-transfers', {
          data: {
            type: 'incomingTransfer',
            attributes: {
              iban: account.attributes.iban,
              amount: 10_000_000,
              currency: 'EUR',
              debtorName: 'Ada',
              debtorIban: 'DE89370400440532013000',
            },
          },
        });
        expect(funded.status).toBe(201);

        const dir = tempDir();
        const exportsListed = () => JSON.parse(cli(['sepa', 'exports', '--json'], env).stdout) as { messageId: string; transfers: number }[];
        let created = 0;
        // Three rounds, each killed at another moment: as soon as its file is on disk (between the flush
        // and the commit), a little later, and at a random point.
        for (const [round, moment] of (['partial', 'soon', 'random'] as const).entries()) {
          if (round > 0) server = await startServer(env);
          for (let i = 0; i < 120; i++) {
            const response = await call(server.base, 'POST', '/sepa-credit-transfers', {
              data: {
                type: 'sepaCreditTransfer',
                attributes: {
                  amount: 100 + i,
                  currency: 'EUR',
                  creditor: { name: 'Grace Hopper', iban: 'NL91ABNA0417164300' },
                  endToEndId: `K${round}-${i}`,
                },
                relationships: { bankAccount: { data: { type: 'bankAccount', id: account.id } } },
              },
            });
            expect(response.status).toBe(201);
            created += 1;
          }
          await server.stop();
          const before = exportsListed();
          const file = path.join(dir, `round-${round}.xml`);
          const started = Date.now();
          const delay = moment === 'random' ? 1500 + Math.floor(Math.random() * 3000) : 0;
          await killedCli(['sepa', 'export', '--out', file], env, () =>
            moment === 'partial'
              ? fs.readdirSync(dir).some((name) => name.startsWith(`round-${round}.xml.`) && name.endsWith('.partial'))
              : Date.now() - started > (moment === 'soon' ? 2500 : delay),
          );
          const after = exportsListed();
          const committed = after.filter((row) => !before.some((old) => old.messageId === row.messageId));
          expect(committed.length, `round ${round}`).toBeLessThanOrEqual(1);
          if (committed.length === 1) {
            // Committed: its document is kept, and whatever is on disk is that document, whole.
            const again = path.join(dir, `round-${round}-again.xml`);
            expect(cli(['sepa', 'export', '--again', committed[0]!.messageId, '--out', again], env).status).toBe(0);
            const kept = fs.readFileSync(again, 'utf8');
            const onDisk = [file, `${file}.${committed[0]!.messageId}.partial`].filter((name) => fs.existsSync(name));
            expect(onDisk.length, `round ${round}`).toBeGreaterThanOrEqual(1);
            for (const name of onDisk) expect(fs.readFileSync(name, 'utf8')).toBe(kept);
          } else {
            expect(fs.existsSync(file), `round ${round}`).toBe(false);
          }
          // Exported again: what was not committed goes now; nothing goes twice.
          const leftover = fs.readdirSync(dir).filter((name) => name.startsWith(`round-${round}.xml.`) && name.endsWith('.partial'));
          const rerunFile = fs.existsSync(file) ? path.join(dir, `round-${round}-rerun.xml`) : file;
          const rerun = cli(['sepa', 'export', '--out', rerunFile, '--json'], env);
          expect(rerun.status, rerun.stderr).toBe(0);
          if (committed.length === 0 && leftover.length > 0) {
            // The killed export's flushed file never committed: sent, it would pay twice. It is gone now.
            expect(rerun.stderr).toContain(`removed ${path.join(dir, leftover[0]!)}: an export that never committed`);
            expect(fs.existsSync(path.join(dir, leftover[0]!))).toBe(false);
          }
          // A file already there (an earlier export, perhaps not sent yet) is never replaced.
          const existing = [rerunFile, file].find((name) => fs.existsSync(name));
          if (existing) {
            expect(cli(['sepa', 'export', '--out', existing], env)).toMatchObject({
              status: 1,
              stderr: expect.stringContaining('exists (an earlier export, maybe not sent yet)'),
            });
          }
          const all = exportsListed();
          expect(all.reduce((sum, row) => sum + row.transfers, 0)).toBe(created);
          expect(JSON.parse(cli(['sepa', 'export', '--out', path.join(dir, 'none.xml'), '--json'], env).stdout)).toMatchObject({ written: false });
        }

        // An import of 1,500 credits killed mid-file: all or nothing; the file again: each entry once.
        const entries = 1500;
        const entry = (
          i: number,
        ) => `<Ntry><Amt Ccy="EUR">${(i + 1) / 100}</Amt><CdtDbtInd>CRDT</CdtDbtInd><Sts>BOOK</Sts><BookgDt><Dt>2026-12-06</Dt></BookgDt>
<AcctSvcrRef>KILL-${i}</AcctSvcrRef><BkTxCd><Domn><Cd>PMNT</Cd><Fmly><Cd>RCDT</Cd><SubFmlyCd>ESCT</SubFmlyCd></Fmly></Domn></BkTxCd>
<NtryDtls><TxDtls><RltdPties><Dbtr><Nm>Payroll</Nm></Dbtr><CdtrAcct><Id><IBAN>${account.attributes.iban}</IBAN></Id></CdtrAcct></RltdPties></TxDtls></NtryDtls></Ntry>\n`;
        const statement = path.join(dir, 'payroll.xml');
        fs.writeFileSync(
          statement,
          `<?xml version="1.0" encoding="UTF-8"?>\n<Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.02"><BkToCstmrStmt><GrpHdr><MsgId>KILL-1</MsgId><CreDtTm>2026-12-06T20:00:00</CreDtTm></GrpHdr>
<Stmt><Id>KILL-STMT</Id><CreDtTm>2026-12-06T20:00:00</CreDtTm><Acct><Id><IBAN>${settlementIban}</IBAN></Id></Acct>\n${Array.from({ length: entries }, (_, i) => entry(i)).join('')}</Stmt></BkToCstmrStmt></Document>\n`,
        );
        const started = Date.now();
        const delay = 1500 + Math.floor(Math.random() * 2500);
        await killedCli(['sepa', 'import', statement], env, () => Date.now() - started > delay);
        const imported = cli(['sepa', 'import', statement, '--json'], env);
        expect(imported.status, imported.stderr).toBe(0);
        const summary = JSON.parse(imported.stdout);
        // Either the killed run committed it all (then nothing is new) or nothing (then everything is).
        expect([0, entries]).toContain(summary.credited);
        expect(summary.credited + summary.alreadyApplied).toBe(entries);
        expect(JSON.parse(cli(['sepa', 'import', statement, '--json'], env).stdout)).toMatchObject({ alreadyImported: true, credited: 0 });

        server = await startServer(env);
        try {
          const balance = (await call(server.base, 'GET', `/bank/accounts/${account.id}`)).body.data.attributes.balance;
          const sent = Array.from({ length: created }, (_, i) => 100 + (i % 120)).reduce((sum, amount) => sum + amount, 0);
          expect(balance.current).toBe(10_000_000 - sent + (entries * (entries + 1)) / 2);
        } finally {
          await server.stop();
        }
        const verify = cli(['ledger', 'verify'], env);
        expect(verify.stdout).toContain('Ledger verified');
        expect(verify.status).toBe(0);
      },
    );
  });
}
