import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/app.js';
import { loadConfig } from '../../src/config.js';
import { openEmbedded } from '../../src/db/embedded.js';
import { verifyLedger } from '../../src/invariants/verify.js';
import { createCredential } from '../../src/modules/organizations/service.js';
import { entityDocument, individualAttributes } from '../helpers/fixtures.js';
import { basicAuth } from '../helpers/harness.js';
import { cli, startServer } from '../helpers/server-process.js';

/** The operator's CLI as a process: help, versions, exit codes, tenants, backups. */
const temporary: string[] = [];
afterAll(() => temporary.forEach((dir) => fs.rmSync(dir, { recursive: true, force: true })));
function tempDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'linkcy-cli-'));
  temporary.push(dir);
  return dir;
}
const version = JSON.parse(fs.readFileSync(path.join(import.meta.dirname, '../../package.json'), 'utf8')).version;

describe('linkcy, the operator’s command line', { timeout: 240_000 }, () => {
  it('answers --version, help, a group’s help and a command’s help; a usage error exits 2 with that command’s usage', () => {
    const env = { LINKCY_DATA_DIR: tempDir() };
    expect(cli(['--version'], env)).toEqual({ status: 0, stdout: `linkcy ${version}\n`, stderr: '' });
    expect(JSON.parse(cli(['version', '--json'], env).stdout)).toEqual({ version, node: process.version });
    const help = cli(['help'], env);
    expect(help.status).toBe(0);
    expect(help.stdout).toContain('credentials create');
    expect(help.stdout).toContain('3 database unreachable, 4 data directory in use');
    const group = cli(['credentials'], env);
    expect(group.status).toBe(0);
    expect(group.stdout).toMatch(/^Usage: linkcy credentials <command>\n/);
    expect(group.stdout).not.toContain('ledger verify');
    for (const args of [
      ['credentials', 'create', '--help'],
      ['help', 'credentials', 'create'],
    ]) {
      const own = cli(args, env);
      expect(own.status).toBe(0);
      expect(own.stdout).toMatch(/^Usage: linkcy credentials create \[options\]\n/);
      expect(own.stdout).toContain('--organization-id ID');
      expect(own.stdout).not.toContain('members add');
    }
    const unknownOption = cli(['ledger', 'verify', '--organization', 'x'], env);
    expect(unknownOption.status).toBe(2);
    expect(unknownOption.stderr).toMatch(/^linkcy: Unknown option '--organization'/);
    expect(unknownOption.stderr).toContain('Usage: linkcy ledger verify [options]');
    const missing = cli(['credentials', 'create'], env);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain('credentials create needs --organization NAME or --organization-id ID.');
    expect(cli(['frobnicate'], env).status).toBe(2);
    expect(cli([], env).status).toBe(2);
  });

  it('warns when --organization creates a tenant, refuses a near-duplicate name, and takes --organization-id', () => {
    const env = { LINKCY_DATA_DIR: tempDir() };
    const first = cli(['credentials', 'create', '--organization', 'PG Fintech', '--json'], env);
    expect(first.status).toBe(0);
    const issued = JSON.parse(first.stdout);
    expect(issued.organizationCreated).toBe(true);
    expect(first.stderr).toBe(`linkcy: warning: created a new organization "PG Fintech" (${issued.organizationId}).\n`);

    const alike = cli(['credentials', 'create', '--organization', 'pg  fintech'], env);
    expect(alike.status).toBe(1);
    expect(alike.stderr).toBe(
      `linkcy: No organization is named "pg  fintech", but "PG Fintech" (${issued.organizationId}) differs only in case or spacing. Use --organization-id, or the exact name.\n`,
    );
    const byId = cli(['credentials', 'create', '--organization-id', issued.organizationId, '--json'], env);
    expect(byId.stderr).toBe('');
    expect(JSON.parse(byId.stdout)).toMatchObject({ organizationId: issued.organizationId, organizationCreated: false });
    const unknownId = cli(['credentials', 'create', '--organization-id', 'org_nope'], env);
    expect(unknownId.status).toBe(1);
    expect(unknownId.stderr).toBe('linkcy: No organization has the id org_nope.\n');
    const listed = JSON.parse(cli(['credentials', 'list', '--organization-id', issued.organizationId, '--json'], env).stdout);
    expect(listed).toHaveLength(2);
    const member = cli(['members', 'add', '--organization-id', issued.organizationId, '--email', 'ops@pg.example', '--json'], env);
    expect(member.status).toBe(0);
    expect(JSON.parse(member.stdout)).toMatchObject({ email: 'ops@pg.example', organizationId: issued.organizationId });
  });

  it('names its failures by exit code: 3 for an unreachable database, 4 for a data directory in use, 2 for a bad setting', async () => {
    const unreachable = cli(['ledger', 'verify'], { DATABASE_URL: 'postgres://app:S3cretPw@127.0.0.1:1/linkcy' });
    expect(unreachable.status).toBe(3);
    expect(unreachable.stderr).toBe('linkcy: PostgreSQL at 127.0.0.1:1/linkcy: connect ECONNREFUSED 127.0.0.1:1\n');
    const badSetting = cli(['ledger', 'verify'], { DATABASE_URL: 'mysql://app:S3cretPw@db/linkcy' });
    expect(badSetting.status).toBe(2);
    expect(badSetting.stderr).toContain('DATABASE_URL="mysql://app:***@db/linkcy"');
    expect(badSetting.stderr).not.toContain('S3cretPw');

    const dir = tempDir();
    const server = await startServer({ LINKCY_DATA_DIR: dir });
    try {
      const locked = cli(['credentials', 'list'], { LINKCY_DATA_DIR: dir });
      expect(locked.status).toBe(4);
      expect(locked.stderr).toContain(`is in use by process ${server.process.pid}`);
    } finally {
      await server.stop();
    }
  });

  it('exports pending SEPA transfers to a pain.001 file and imports a camt.053 statement, refusing an invalid one', async () => {
    const dataDir = tempDir();
    const config = loadConfig({
      LINKCY_DATA_DIR: dataDir,
      LINKCY_LOG_LEVEL: 'silent',
      LINKCY_RATE_LIMIT: '0',
      LINKCY_SANDBOX_SEPA_SETTLE_SECONDS: '0',
    });
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- JSON:API documents, read by path
    const withApp = async <T>(run: (call: (method: 'GET' | 'POST', url: string, payload?: unknown) => Promise<any>) => Promise<T>) => {
      const database = await openEmbedded(dataDir);
      const app = await buildApp({ config, database });
      try {
        const credential = await createCredential(database.db, { organizationName: 'Payouts Ltd', scopes: [] });
        const headers = { accept: 'application/vnd.api+json', 'content-type': 'application/vnd.api+json', authorization: basicAuth(credential) };
        return await run((method, url, payload) =>
          app.inject({ method, url, headers, ...(payload ? { payload: payload as object } : {}) }).then((response) => response.json()),
        );
      } finally {
        await app.close();
        await database.close();
      }
    };
    const { accountId, transferId } = await withApp(async (call) => {
      const entity = await call('POST', '/entities/', entityDocument(individualAttributes({ externalId: null })));
      const account = await call('POST', '/bank/accounts/', {
        data: { type: 'bankAccount', relationships: { entity: { data: { type: 'entity', id: entity.data.id } } } },
      });
      await call('POST', '/simulations/incoming-transfers', {
        data: {
          type: 'incomingTransfer',
          attributes: { iban: account.data.attributes.iban, amount: 10000, currency: 'EUR', debtorName: 'B', debtorIban: 'DE89370400440532013000' },
        },
      });
      const transfer = await call('POST', '/sepa-credit-transfers', {
        data: {
          type: 'sepaCreditTransfer',
          attributes: { amount: 4200, currency: 'EUR', creditor: { name: 'Charles Babbage', iban: 'DE89370400440532013000' }, endToEndId: 'CLI-1' },
          relationships: { bankAccount: { data: { type: 'bankAccount', id: account.data.id } } },
        },
      });
      return { accountId: account.data.id as string, transferId: transfer.data.id as string };
    });

    const out = path.join(tempDir(), 'orders.xml');
    const badName = cli(['sepa', 'export', '--out', out, '--initiating-party', '🚀🚀'], { LINKCY_DATA_DIR: dataDir });
    expect(badName.status).toBe(2);
    expect(badName.stderr).toContain('--initiating-party must hold letters or digits the SEPA character set can spell.');
    const exported = cli(['sepa', 'export', '--out', out, '--json'], { LINKCY_DATA_DIR: dataDir });
    expect(exported.stderr).toBe('');
    const result = JSON.parse(exported.stdout);
    expect(result).toEqual({
      written: true,
      file: out,
      messageId: expect.stringMatching(/^pain-[0-9A-Z]{26}$/),
      transfers: 1,
      controlSum: 4200,
      held: [],
    });
    const xml = fs.readFileSync(out, 'utf8');
    expect(xml).toContain('<EndToEndId>CLI-1</EndToEndId>');
    expect(fs.readdirSync(path.dirname(out)).filter((name) => name.endsWith('.partial'))).toEqual([]);
    const nothing = cli(['sepa', 'export', '--out', path.join(tempDir(), 'none.xml')], { LINKCY_DATA_DIR: dataDir });
    expect(nothing).toMatchObject({ status: 0, stdout: 'No pending SEPA credit transfers can be sent: no file written.\n' });
    // Every export is kept: listed, and written again byte for byte when the file is lost.
    const listed = cli(['sepa', 'exports', '--json'], { LINKCY_DATA_DIR: dataDir });
    expect(JSON.parse(listed.stdout)).toEqual([{ messageId: result.messageId, transfers: 1, controlSum: 4200, createdAt: expect.any(String) }]);
    const again = path.join(tempDir(), 'again.xml');
    expect(cli(['sepa', 'export', '--again', result.messageId, '--out', again], { LINKCY_DATA_DIR: dataDir })).toMatchObject({
      status: 0,
      stdout: `Wrote ${again}: export ${result.messageId} again, byte for byte. Nothing changed in the database.\n`,
    });
    expect(fs.readFileSync(again, 'utf8')).toBe(xml);
    expect(cli(['sepa', 'export', '--again', 'pain-NOPE', '--out', `${again}.2`], { LINKCY_DATA_DIR: dataDir })).toMatchObject({
      status: 1,
      stderr: expect.stringContaining('no export has the message id pain-NOPE'),
    });

    const statement = path.join(tempDir(), 'statement.xml');
    const camt = (messageId: string, status: string) => `<?xml version="1.0" encoding="UTF-8"?>
<Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.08"><BkToCstmrStmt>
<GrpHdr><MsgId>${messageId}</MsgId><CreDtTm>2026-11-26T18:00:00Z</CreDtTm></GrpHdr>
<Stmt><Id>1</Id><Acct><Id><IBAN>FR7630006000011234567890189</IBAN></Id></Acct>
<Bal><Tp><CdOrPrtry><Cd>CLBD</Cd></CdOrPrtry></Tp><Amt Ccy="EUR">0</Amt><CdtDbtInd>CRDT</CdtDbtInd><Dt><Dt>2026-11-26</Dt></Dt></Bal>
<Ntry><Amt Ccy="EUR">42.00</Amt><CdtDbtInd>DBIT</CdtDbtInd><${status}><Cd>BOOK</Cd></${status}><BkTxCd/>
<NtryDtls><TxDtls><Refs><EndToEndId>CLI-1</EndToEndId></Refs></TxDtls></NtryDtls></Ntry></Stmt></BkToCstmrStmt></Document>`;
    const operatorAccount = { LINKCY_DATA_DIR: dataDir, LINKCY_SETTLEMENT_IBAN: 'FR7630006000011234567890189', LINKCY_SETTLEMENT_BIC: 'BNPAFRPPXXX' };
    fs.writeFileSync(statement, camt('BANK-1', 'Stts'));
    const invalid = cli(['sepa', 'import', statement], operatorAccount);
    expect(invalid.status).toBe(1);
    expect(invalid.stderr).toMatch(
      /The file is not a valid camt\.053\.001\.08 message; nothing was imported\.\n {2}line 6: Element '\{urn:iso:std:iso:20022:tech:xsd:camt\.053\.001\.08\}Stts': This element is not expected/,
    );
    fs.writeFileSync(statement, camt('BANK-1', 'Sts'));
    // A statement of an account the operator does not hold is refused, naming it.
    const stranger = cli(['sepa', 'import', statement], { LINKCY_DATA_DIR: dataDir });
    expect(stranger.status).toBe(1);
    expect(stranger.stderr).toContain('statement 1 is of the account FR7630006000011234567890189, which the operator does not hold at the bank');
    const imported = cli(['sepa', 'import', statement], operatorAccount);
    expect(imported).toMatchObject({
      status: 0,
      stdout:
        'Imported camt.053.001.08 BANK-1: 1 applied (0 credited, 1 settled, 0 returned, 0 rejected, 0 reversed), 0 already applied, ' +
        '0 to suspense, 0 unmatched, 0 not booked, 0 ignored.\n',
    });
    expect(cli(['sepa', 'import', statement], operatorAccount).stdout).toBe('camt.053.001.08 BANK-1 was imported before: nothing changed.\n');
    const missing = cli(['sepa', 'import', path.join(tempDir(), 'nowhere.xml')], operatorAccount);
    expect(missing).toMatchObject({ status: 1, stderr: expect.stringMatching(/cannot read .*nowhere\.xml: ENOENT/) });
    expect(cli(['ledger', 'verify'], { LINKCY_DATA_DIR: dataDir }).status).toBe(0);
    await withApp(async (call) => {
      expect((await call('GET', `/sepa-credit-transfers/${transferId}`)).data.attributes.status).toBe('settled');
      expect((await call('GET', `/bank/accounts/${accountId}`)).data.attributes.balance).toEqual({ current: 5800, available: 5800, pending: 0 });
    });
  });

  it('backs up the embedded database and restores it into a new directory: same balances, same cards, ledger verified', async () => {
    const source = tempDir();
    const config = loadConfig({ LINKCY_DATA_DIR: source, LINKCY_LOG_LEVEL: 'silent', LINKCY_RATE_LIMIT: '0', LINKCY_SENSITIVE_RATE_LIMIT: '0' });
    const snapshot = async (dataDir: string, make: boolean) => {
      const database = await openEmbedded(dataDir);
      const app = await buildApp({ config: { ...config, dataDir }, database });
      try {
        const credential = await createCredential(database.db, { organizationName: 'Backup Ltd', scopes: ['cards:sensitive'] });
        const headers = { accept: 'application/vnd.api+json', 'content-type': 'application/vnd.api+json', authorization: basicAuth(credential) };
        const call = (method: 'GET' | 'POST', url: string, payload?: unknown) =>
          app.inject({ method, url, headers, ...(payload ? { payload: payload as object } : {}) }).then((response) => response.json());
        if (make) {
          const entity = await call('POST', '/entities/', entityDocument(individualAttributes({ externalId: null })));
          const relationships = { entity: { data: { type: 'entity', id: entity.data.id } } };
          const account = await call('POST', '/bank/accounts/', { data: { type: 'bankAccount', relationships } });
          await call('POST', '/simulations/incoming-transfers', {
            data: {
              type: 'incomingTransfer',
              attributes: {
                iban: account.data.attributes.iban,
                amount: 12345,
                currency: 'EUR',
                debtorName: 'Babbage',
                debtorIban: 'DE89370400440532013000',
              },
            },
          });
          await call('POST', '/cards/', { data: { type: 'card', attributes: { form: 'virtual' }, relationships } });
        }
        const accounts = (await call('GET', '/bank/accounts/')).data as { id: string; attributes: { balance: unknown } }[];
        const cards = (await call('GET', '/cards/')).data as { id: string }[];
        const pans = [];
        for (const card of cards) pans.push((await call('POST', `/cards/details/${card.id}`)).data.attributes.pan);
        return { accounts: accounts.map((a) => [a.id, a.attributes.balance]), pans, ledger: await verifyLedger(database.db) };
      } finally {
        await app.close();
        await database.close();
      }
    };
    // Credentials are per organization: the second look at each database makes its own, and reads everything of it.
    const before = await snapshot(source, true);
    expect(before.pans).toHaveLength(1);

    const file = path.join(tempDir(), 'linkcy.tar.gz');
    const backup = cli(['backup', '--out', file, '--json'], { LINKCY_DATA_DIR: source });
    expect(backup.stderr).toBe('');
    expect(JSON.parse(backup.stdout)).toMatchObject({ file, bytes: fs.statSync(file).size, keyringIncluded: true, masterKeyVersions: [1] });

    const target = path.join(tempDir(), 'restored');
    // A restore killed mid-way (kill -9) left its half-unpacked cluster behind: the next one clears it.
    fs.mkdirSync(path.join(target, 'pgdata.restore-999999999', 'base'), { recursive: true });
    const restored = cli(['restore', file], { LINKCY_DATA_DIR: target });
    expect(restored.stderr).toBe('');
    expect(restored.stdout).toBe(`Restored ${file} into ${target}; card-data keys open and 14 ledger invariants hold.\n`);
    expect(restored.status).toBe(0);
    expect(fs.readdirSync(target).filter((name) => name.startsWith('pgdata.restore-'))).toEqual([]);
    // Never over a database that exists.
    const again = cli(['restore', file], { LINKCY_DATA_DIR: target });
    expect(again.status).toBe(2);
    expect(again.stderr).toContain('already holds a database');
    // A file that is not a backup changes nothing.
    const junk = path.join(tempDir(), 'junk.tar.gz');
    fs.writeFileSync(junk, 'not a backup');
    const emptyTarget = path.join(tempDir(), 'empty');
    expect(cli(['restore', junk], { LINKCY_DATA_DIR: emptyTarget }).status).toBe(2);
    expect(fs.existsSync(path.join(emptyTarget, 'pgdata'))).toBe(false);

    const after = await snapshot(target, false);
    expect(after.accounts).toEqual(before.accounts);
    expect(after.pans).toEqual(before.pans);
    expect(after.ledger.every((check) => check.violations.length === 0)).toBe(true);
  });
});
