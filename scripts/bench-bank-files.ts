/**
 * `npx tsx scripts/bench-bank-files.ts`: the bank files at a payroll's scale (issue 30, target 4). On a
 * fresh PostgreSQL database: BANK_FILES_TRANSFERS pending SEPA credit transfers (default 20,000) from
 * 1,000 funded accounts, then the operator's commands as an operator runs them, each its own process:
 * `linkcy sepa export --out FILE` (all of them into one pain.001), and `linkcy sepa import FILE` of a
 * camt.053.001.08 statement that books each one (one DBIT entry per transfer, by EndToEndId). Prints
 * each command's wall time and peak resident memory (the process's maxRSS) beside the targets (15 s and
 * 300 MB for 20,000), then `ledger verify`. Figures vary with the machine: a benchmark, not a test.
 *
 * Environment: DATABASE_URL (else a fresh database on 127.0.0.1:5432 is created and dropped),
 * BANK_FILES_TRANSFERS, BENCH_NODE_FLAGS (flags for the commands' node), BANK_FILES_SETUP_ONLY=FILE (fill
 * DATABASE_URL, write the statement to FILE and stop: for profiling one command).
 */
import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { createSepaCreditTransfers, type SepaCreditTransferCommand } from '../src/modules/transfers/batches.js';
import { receiveIncomingTransfers } from '../src/modules/ledger/incoming-transfers.js';
import { openPostgres } from '../src/db/database.js';
import { inTransaction } from '../src/db/money-moved.js';
import { createCredential } from '../src/modules/organizations/service.js';
import { execute } from '../src/commands/execute.js';
import { createEntity } from '../src/modules/entities/service.js';
import { openBankAccount } from '../src/modules/accounts/service.js';
import { loadConfig } from '../src/config.js';
import { sepaCreditTransfers } from '../src/modules/transfers/schema.js';
import { individualAttributes } from '../test/helpers/fixtures.js';

const root = path.resolve(import.meta.dirname, '..');
const transfersWanted = Number(process.env.BANK_FILES_TRANSFERS ?? 20_000);
const accountsWanted = 1_000;
const adminUrl = 'postgres://postgres@127.0.0.1:5432/postgres';
const settlement = { iban: 'DE02120300000000202051', bic: 'BYLADEM1001' };
const log = (message: string) => process.stderr.write(`bench-bank-files: ${message}\n`);

async function admin(query: string) {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(query);
  } finally {
    await client.end();
  }
}

/** Runs the CLI (compiled, as `npx linkcy` does) and answers its wall time and peak resident memory. */
async function cli(args: string[], env: Record<string, string>): Promise<{ seconds: number; maxRssMb: number; stdout: string }> {
  const started = performance.now();
  const child = spawn(
    process.execPath,
    [
      ...(process.env.BENCH_NODE_FLAGS?.split(' ').filter(Boolean) ?? []),
      '--import',
      path.join(root, 'scripts/report-max-rss.mjs'),
      path.join(root, 'dist/cli.js'),
      ...args,
    ],
    {
      cwd: root,
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk) => (stdout += chunk));
  child.stderr.on('data', (chunk) => (stderr += chunk));
  const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
  const seconds = (performance.now() - started) / 1000;
  const rss = /max-rss-kb (\d+)/.exec(stderr);
  const breakdown = /memory-peaks-mb (.*)/.exec(stderr);
  if (breakdown) log(`linkcy ${args[0]} ${args[1] ?? ''}: peaks ${breakdown[1]}`);
  if (code !== 0) throw new Error(`linkcy ${args.join(' ')} exited ${code}:\n${stdout}\n${stderr}`);
  return { seconds, maxRssMb: rss ? Number(rss[1]) / 1024 : Number.NaN, stdout };
}

function statement(transfers: { endToEndId: string; amount: number }[], messageId: string): string {
  const decimal = (cents: number) => `${Math.floor(cents / 100)}.${String(cents % 100).padStart(2, '0')}`;
  const entries = transfers.map(
    ({ endToEndId, amount }, index) => `<Ntry><NtryRef>${index + 1}</NtryRef><Amt Ccy="EUR">${decimal(amount)}</Amt><CdtDbtInd>DBIT</CdtDbtInd>
<Sts><Cd>BOOK</Cd></Sts><BookgDt><Dt>2026-12-07</Dt></BookgDt><AcctSvcrRef>PAY-${index + 1}</AcctSvcrRef>
<BkTxCd><Domn><Cd>PMNT</Cd><Fmly><Cd>ICDT</Cd><SubFmlyCd>ESCT</SubFmlyCd></Fmly></Domn></BkTxCd>
<NtryDtls><TxDtls><Refs><EndToEndId>${endToEndId}</EndToEndId></Refs><Amt Ccy="EUR">${decimal(amount)}</Amt><CdtDbtInd>DBIT</CdtDbtInd></TxDtls></NtryDtls></Ntry>`,
  );
  return `<?xml version="1.0" encoding="UTF-8"?>
<Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.08"><BkToCstmrStmt><GrpHdr><MsgId>${messageId}</MsgId><CreDtTm>2026-12-07T21:00:00+01:00</CreDtTm></GrpHdr>
<Stmt><Id>STMT-PAYROLL</Id><ElctrncSeqNb>1</ElctrncSeqNb><CreDtTm>2026-12-07T21:00:00+01:00</CreDtTm><Acct><Id><IBAN>${settlement.iban}</IBAN></Id><Ccy>EUR</Ccy></Acct>
<Bal><Tp><CdOrPrtry><Cd>CLBD</Cd></CdOrPrtry></Tp><Amt Ccy="EUR">0.00</Amt><CdtDbtInd>CRDT</CdtDbtInd><Dt><Dt>2026-12-07</Dt></Dt></Bal>
${entries.join('\n')}
</Stmt></BkToCstmrStmt></Document>
`;
}

async function main() {
  if (!fs.existsSync(path.join(root, 'dist/cli.js'))) execFileSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' });
  const ownDatabase = process.env.DATABASE_URL ? undefined : `linkcy_bank_files_${process.pid}`;
  if (ownDatabase) await admin(`CREATE DATABASE ${ownDatabase}`);
  const url = process.env.DATABASE_URL ?? adminUrl.replace(/\/postgres$/, `/${ownDatabase}`);
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'linkcy-bank-files-'));
  try {
    const database = await openPostgres({ url, poolSize: 4 });
    const config = loadConfig({ DATABASE_URL: url });
    const credential = await createCredential(database.db, { organizationName: 'Payroll Fintech', scopes: [] });
    const actor = { organizationId: credential.organizationId, id: credential.clientId, origin: 'internal' };
    log(`${accountsWanted} funded accounts`);
    const accounts: { id: string; iban: string }[] = [];
    for (let index = 0; index < accountsWanted; index++) {
      const account = await execute(
        database.db,
        actor,
        async (command) => {
          const entity = await createEntity(command, credential.organizationId, individualAttributes({ externalId: null }) as never, {
            initialKycStatus: 'approved',
          });
          return openBankAccount(command, credential.organizationId, { entityId: entity.id, currency: 'EUR' }, config.iban);
        },
        new Date(),
      );
      accounts.push({ id: account.id, iban: account.iban });
    }
    const respond = () => ({ status: 201, headers: {}, body: '' });
    for (let from = 0; from < accounts.length; from += 500) {
      await inTransaction(database.db, (tx) =>
        receiveIncomingTransfers(
          tx,
          undefined,
          accounts.slice(from, from + 500).map((account) => ({
            organizationId: credential.organizationId,
            transfer: { iban: account.iban, amount: 100_000_000, currency: 'EUR', debtorName: 'Payroll funding', debtorIban: settlement.iban },
          })),
          respond,
        ),
      );
    }
    log(`${transfersWanted} pending SEPA credit transfers`);
    for (let from = 0; from < transfersWanted; from += 500) {
      const items: SepaCreditTransferCommand[] = [];
      for (let index = from; index < Math.min(from + 500, transfersWanted); index++) {
        items.push({
          organizationId: credential.organizationId,
          document: {
            data: {
              type: 'sepaCreditTransfer',
              attributes: {
                amount: 100_000 + (index % 97),
                currency: 'EUR',
                creditor: { name: `Employee ${index}`, iban: 'DE89370400440532013000', bic: null },
                remittanceInformation: `Salary December ${index}`,
                endToEndId: `PAY-2026-12-${index}`,
              },
              relationships: { bankAccount: { data: { type: 'bankAccount', id: accounts[index % accounts.length]!.id } } },
            },
          },
        });
      }
      await inTransaction(database.db, (tx) => createSepaCreditTransfers(tx, undefined, items, respond));
    }
    await database.db.execute('ANALYZE');
    const transfers = await database.db
      .select({ endToEndId: sepaCreditTransfers.endToEndId, amount: sepaCreditTransfers.amount })
      .from(sepaCreditTransfers);
    await database.close();
    if (process.env.BANK_FILES_SETUP_ONLY) {
      // For profiling: the prepared database is kept (copy it with CREATE DATABASE … TEMPLATE) with the statement.
      fs.writeFileSync(process.env.BANK_FILES_SETUP_ONLY, statement(transfers, `PAYROLL-${Date.now()}`));
      return;
    }

    const env = { DATABASE_URL: url, LINKCY_SETTLEMENT_IBAN: settlement.iban, LINKCY_SETTLEMENT_BIC: settlement.bic, LINKCY_LOG_LEVEL: 'silent' };
    log('linkcy sepa export');
    const pain = path.join(work, 'payroll.pain.001.xml');
    const exported = await cli(['sepa', 'export', '--out', pain], env);
    const camt = path.join(work, 'payroll.camt.053.xml');
    fs.writeFileSync(camt, statement(transfers, `PAYROLL-${Date.now()}`));
    log('linkcy sepa import');
    const imported = await cli(['sepa', 'import', camt, '--json'], env);
    const summary = JSON.parse(imported.stdout) as { settled: number; unmatched: string[] };
    if (summary.settled !== transfers.length)
      throw new Error(`the import settled ${summary.settled} of ${transfers.length}: ${summary.unmatched.slice(0, 3).join('; ')}`);
    const pick = ({ seconds, maxRssMb }: { seconds: number; maxRssMb: number }) => ({ seconds, maxRssMb });
    const scale = transfersWanted / 20_000;
    const row = (name: string, result: { seconds: number; maxRssMb: number }, bytes: number) =>
      `| ${name} | ${transfersWanted.toLocaleString('en')} | ${(bytes / 1e6).toFixed(1)} MB | ${result.seconds.toFixed(1)} s | ${(15 * scale).toFixed(0)} s | ` +
      `${result.maxRssMb.toFixed(0)} MB | 300 MB |`;
    process.stdout.write(
      [
        '',
        `Bank files at a payroll's scale (PostgreSQL, ${os.cpus().length} cores):`,
        '',
        '| command | transfers | file | time | target | peak RSS | target |',
        '| --- | ---: | ---: | ---: | ---: | ---: | ---: |',
        row('linkcy sepa export', exported, fs.statSync(pain).size),
        row('linkcy sepa import (camt.053.001.08)', imported, fs.statSync(camt).size),
        '',
        // For `npm run bench`, which runs this script and prints its targets beside the others'.
        `bank-files-json ${JSON.stringify({ transfers: transfersWanted, export: pick(exported), import: pick(imported) })}`,
        '',
      ].join('\n'),
    );
    log('ledger verify');
    await cli(['ledger', 'verify'], env);
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
    if (ownDatabase) await admin(`DROP DATABASE IF EXISTS ${ownDatabase} WITH (FORCE)`);
  }
}

await main();
