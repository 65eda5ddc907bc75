import fs from 'node:fs';
import path from 'node:path';
import { eq, inArray } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { loadConfig, type SepaFileConfig } from '../../src/config.js';
import { sepaIdentifier } from '../../src/domain/sepa.js';
import { verifyLedger } from '../../src/invariants/verify.js';
import { BankFileRefused, exportedDocument, exportPendingTransfers, type ExportResult } from '../../src/modules/transfers/bank-files.js';
import { importBankMessage, type ImportSummary } from '../../src/modules/transfers/bank-import.js';
import { schemaProblems } from '../../src/modules/transfers/iso20022.js';
import { entities } from '../../src/modules/entities/schema.js';
import { sepaCreditTransfers } from '../../src/modules/transfers/schema.js';
import { apiClient } from '../helpers/api-client.js';
import { describeEachEngine } from '../helpers/harness.js';
import { transferClient } from '../helpers/transfer-client.js';

/**
 * SPEC §13 end to end: the messages a partner bank sends, in the layouts real banks write
 * (test/fixtures/bank), applied exactly once across files; and pain.001 files a bank accepts.
 */

const settlement = { iban: 'DE02120300000000202051', bic: 'BYLADEM1001' };
const accounts = { settlementIban: settlement.iban, hosted: true };
const fixture = (name: string, values: Record<string, string>) =>
  fs.readFileSync(path.join(import.meta.dirname, '../fixtures/bank', name), 'utf8').replace(/\{\{([A-Z0-9_]+)\}\}/g, (_, key: string) => {
    if (values[key] === undefined) throw new Error(`${name} needs ${key}`);
    return values[key];
  });
/** A file as the CLI streams it: in chunks of a few bytes, so that entries and characters straddle them. */
async function* inChunks(text: string, size = 97) {
  const bytes = Buffer.from(text, 'utf8');
  for (let offset = 0; offset < bytes.length; offset += size) yield bytes.subarray(offset, offset + size);
}
/** The SEPA identifier set (EPC), at most 35 characters, no leading `/` nor `//`. */
const sepaIdentifierPattern = /^(?!\/)(?!.*\/\/)[A-Za-z0-9/\-?:().,'+ ]{1,35}$/;

describeEachEngine('SEPA bank files a real partner bank sends and accepts', (harness) => {
  const api = apiClient(harness);
  const transfers = transferClient(harness);
  const db = () => harness.database.db;
  const hosted: SepaFileConfig = { ...loadConfig({}).sepa, settlement };
  const exportNow = async (sepa: SepaFileConfig = hosted, now?: Date) => {
    let xml: string | undefined;
    const result = await db().transaction((tx) =>
      exportPendingTransfers(tx, {
        sepa,
        now,
        write: async (document) => {
          xml = '';
          for await (const piece of document) xml += piece;
        },
      }),
    );
    return { result: result as ExportResult, xml: xml! };
  };
  const importNow = (source: string | (() => AsyncIterable<Buffer>), suspenseOrganizationId?: string): Promise<ImportSummary> =>
    db().transaction((tx) => importBankMessage(tx, source, { accounts, suspenseOrganizationId }));
  const transferRows = async (ids: string[]) =>
    new Map((await db().select().from(sepaCreditTransfers).where(inArray(sepaCreditTransfers.id, ids))).map((row) => [row.id, row]));
  const expectLedgerValid = async () => expect((await verifyLedger(db())).filter((check) => check.violations.length > 0)).toEqual([]);
  const empty = { applied: 0, alreadyApplied: 0, credited: 0, settled: 0, returned: 0, rejected: 0, reversed: 0, notBooked: 0, ignored: 0 };

  it('statements in .02, .04 and .08, notifications and intraday reports: every entry applied once across files, the entry the authority', async () => {
    const credential = await harness.credential();
    const ada = await api.account(credential);
    const bob = await api.account(credential);
    await api.fund(credential, ada.attributes.iban, 100000);
    await api.fund(credential, bob.attributes.iban, 50000);
    const send = async (account: string, amount: number, endToEndId: string) => {
      const response = await transfers.sepa(credential, account, { amount, endToEndId });
      expect(response.statusCode, response.body).toBe(201);
      return response.json().data.id as string;
    };
    const inv1 = await send(ada.id, 10000, 'INV-1');
    const inv2 = await send(ada.id, 2500, 'INV-2');
    const bob1 = await send(bob.id, 3000, 'BOB-1');
    const bob2 = await send(bob.id, 2000, 'BOB-2');
    const { result } = await exportNow();
    expect(result.transfers).toBeGreaterThanOrEqual(4);
    const rows = await transferRows([inv1, inv2, bob1, bob2]);
    const bobBlock = rows.get(bob1)!.paymentInformationId!;
    expect(rows.get(bob2)!.paymentInformationId).toBe(bobBlock);
    expect(rows.get(inv1)!.paymentInformationId).not.toBe(bobBlock);
    const values = { SETTLEMENT_IBAN: settlement.iban, ADA_IBAN: ada.attributes.iban, BOB_IBAN: bob.attributes.iban, BOB_BLOCK: bobBlock };
    const balances = async () => [(await api.balance(credential, ada.id)).current, (await api.balance(credential, bob.id)).current];
    const status = async (id: string) => (await transferRows([id])).get(id)!;

    // camt.053.001.02: a credit of 1.00 whose details say 500.00, a settlement by EndToEndId, a batch
    // booking without details, a return by RRTN with a proprietary reason, a 0.00 line, a pending entry.
    const gls = fixture('camt.053.001.02-statement.xml', { ...values, MSGID: 'GLS-20261204-1', COPY: 'CODU' });
    expect(await importNow(() => inChunks(gls))).toEqual({
      ...empty,
      message: 'camt.053.001.02',
      kind: 'statement',
      messageId: 'GLS-20261204-1',
      alreadyImported: false,
      entries: 5,
      applied: 4,
      credited: 1,
      settled: 3,
      returned: 1,
      notBooked: 1,
      ignored: 1,
      suspense: [],
      unmatched: [],
    });
    expect(await balances()).toEqual([100000 + 100 - 10000, 50000 - 5000]);
    expect(await status(inv1)).toMatchObject({ status: 'settled' });
    expect(await status(inv2)).toMatchObject({ status: 'returned', returnReason: 'NARR' });
    expect(await status(bob1)).toMatchObject({ status: 'settled' });
    expect(await status(bob2)).toMatchObject({ status: 'settled' });
    const credit = await harness.request(credential, { method: 'GET', url: `/bank/accounts/${ada.id}/transactions?filter[kind]=incomingTransfer` });
    expect(credit.json().data[0].attributes).toMatchObject({
      amount: 100,
      counterparty: { name: 'Grace Hopper', iban: 'DE89370400440532013000' },
      reference: 'Rent December',
    });

    // The bank sends it again, as a duplicate under a new message id: nothing is applied twice.
    const again = gls.replace('GLS-20261204-1', 'GLS-20261204-1-DUPL').replace('<CpyDplctInd>CODU', '<CpyDplctInd>DUPL');
    expect(await importNow(() => inChunks(again, 13))).toMatchObject({
      ...empty,
      entries: 5,
      alreadyApplied: 5,
      notBooked: 1,
      alreadyImported: false,
    });
    expect(await balances()).toEqual([90100, 45000]);

    // camt.053.001.04 (Swiss layout): a collective credit of two salaries with amounts in AmtDtls only,
    // the bank's reversal of INV-1's debit, 1.005 (not whole cents: set aside), 12.340 (whole cents).
    const postFinance = fixture('camt.053.001.04-statement.xml', { ...values, MSGID: 'PF-20261205' });
    expect(await importNow(() => inChunks(postFinance))).toEqual({
      ...empty,
      message: 'camt.053.001.04',
      kind: 'statement',
      messageId: 'PF-20261205',
      alreadyImported: false,
      entries: 4,
      applied: 4,
      credited: 3,
      reversed: 1,
      suspense: ['statement 1, entry 3: 1.005 EUR set aside for the operator (the amount is not whole cents; nothing booked)'],
      unmatched: [],
    });
    expect(await balances()).toEqual([90100 + 12000 + 10000 + 1234, 45000 + 18000]);
    expect(await status(inv1)).toMatchObject({ status: 'returned', returnReason: 'NARR' });
    const salary = await harness.request(credential, { method: 'GET', url: `/bank/accounts/${ada.id}/transactions?filter[kind]=incomingTransfer` });
    expect(
      salary
        .json()
        .data.map((row: { attributes: { amount: number; reference: string | null } }) => [row.attributes.amount, row.attributes.reference]),
    ).toEqual([
      [1234, null],
      [12000, 'RF18539007547034'],
      [100, 'Rent December'],
      [100000, 'Invoice 7'],
    ]);

    // camt.054.001.08 notifies a credit in the morning (its details say DBIT; the entry says CRDT) ...
    const notification = fixture('camt.054.001.08-notification.xml', { ...values, MSGID: 'NTF-20261206-1' });
    expect(await importNow(() => inChunks(notification))).toMatchObject({
      message: 'camt.054.001.08',
      kind: 'notification',
      applied: 1,
      credited: 1,
    });
    expect(await balances()).toEqual([113334, 67200]);
    // ... and the evening's camt.053.001.08 books it again, beside a credit with a 0.00 line and an
    // entry of the 4th's statement repeated under its AcctSvcrRef: only the new credit applies.
    const evening = fixture('camt.053.001.08-statement.xml', { ...values, MSGID: 'STMT-20261206' });
    expect(await schemaProblems('camt.053.001.08', evening)).toEqual([]);
    expect(await importNow(evening)).toEqual({
      ...empty,
      message: 'camt.053.001.08',
      kind: 'statement',
      messageId: 'STMT-20261206',
      alreadyImported: false,
      entries: 3,
      applied: 1,
      alreadyApplied: 2,
      credited: 1,
      suspense: [],
      unmatched: [],
    });
    expect(await balances()).toEqual([114334, 67200]);
    // The same file again: recognised as such; nothing changes.
    expect(await importNow(evening)).toMatchObject({ alreadyImported: true, applied: 0, alreadyApplied: 3 });

    // camt.052: what the bank may still change is read, never booked.
    const intraday = fixture('camt.052.001.08-intraday.xml', { ...values, MSGID: 'RPT-20261206-12' });
    expect(await importNow(() => inChunks(intraday))).toMatchObject({
      message: 'camt.052.001.08',
      kind: 'report',
      entries: 1,
      applied: 0,
      ignored: 1,
    });
    expect(await balances()).toEqual([114334, 67200]);

    // The bank takes back two credits it booked (debits with RvslInd): the gift, named by its
    // EndToEndId, and the 12.34 of the 5th, named by its entry's AcctSvcrRef; a third names no credit.
    const reversals = fixture('camt.053.001.08-reversals.xml', { ...values, MSGID: 'STMT-20261207' });
    expect(await schemaProblems('camt.053.001.08', reversals)).toEqual([]);
    expect(await importNow(reversals)).toMatchObject({
      entries: 3,
      applied: 2,
      reversed: 2,
      unmatched: [
        `statement 1, entry 3: a reversal of an earlier credit, not applied: no credit of 5.00 EUR on ${settlement.iban} has the EndToEndId NEVER-CREDITED; recover it by hand`,
      ],
    });
    expect(await balances()).toEqual([114334 - 1234, 67200 - 4200]);
    const gift = await harness.request(credential, { method: 'GET', url: `/bank/accounts/${bob.id}/transactions` });
    const bobs = gift.json().data.map((row: { attributes: Record<string, unknown> }) => row.attributes);
    expect(bobs[0]).toMatchObject({
      kind: 'transferReturn',
      direction: 'debit',
      status: 'posted',
      amount: 4200,
      description: 'Reversed by the bank (42.00 EUR)',
    });
    expect(bobs.find((row: { kind: string; amount: number }) => row.kind === 'incomingTransfer' && row.amount === 4200)).toMatchObject({
      status: 'returned',
    });
    // Sent again under another message id, or a second reversal of the same credit: nothing more.
    expect(await importNow(reversals.replace('STMT-20261207', 'STMT-20261207-2'))).toMatchObject({ applied: 0, alreadyApplied: 3 });
    const twice = reversals.replace('STMT-20261207', 'STMT-20261207-3').replaceAll('<AcctSvcrRef>R-', '<AcctSvcrRef>R2-');
    expect((await importNow(twice)).unmatched[0]).toMatch(
      /^statement 1, entry 1: a reversal of an earlier credit, not applied: the credit txn_\w+ is returned; recover it by hand$/,
    );
    expect(await balances()).toEqual([113100, 63000]);
    await expectLedgerValid();
  });

  it('a statement confirms an instant transfer the rail settled, and reports one it rejected that the bank booked anyway', async () => {
    const credential = await harness.credential();
    const ada = await api.account(credential);
    await api.fund(credential, ada.attributes.iban, 10000);
    const decided = async (id: string) => {
      for (let tries = 0; tries < 200; tries++) {
        const row = (await transferRows([id])).get(id)!;
        if (row.status !== 'pending') return row;
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      throw new Error(`${id} was not decided`);
    };
    const send = async (amount: number) => {
      const response = await transfers.sepa(credential, ada.id, { amount, scheme: 'instant' });
      expect(response.statusCode, response.body).toBe(201);
      return decided(response.json().data.id as string);
    };
    const settled = await send(1200);
    const rejected = await send(1091);
    expect([settled.status, rejected.status, rejected.returnReason]).toEqual(['settled', 'rejected', 'AC04']);
    const statement = fixture('camt.053.001.08-instant.xml', {
      MSGID: 'INST-STMT-1',
      ACCOUNT_IBAN: ada.attributes.iban,
      SETTLED_AMOUNT: '12.00',
      SETTLED_E2E: settled.endToEndId,
      REJECTED_AMOUNT: '10.91',
      REJECTED_E2E: rejected.endToEndId,
    });
    expect(await importNow(statement)).toMatchObject({
      entries: 2,
      applied: 1,
      alreadyApplied: 1,
      settled: 0,
      unmatched: [expect.stringMatching(new RegExp(`transfer ${rejected.id} \\(EndToEndId ${rejected.endToEndId}\\) is rejected`))],
    });
    expect(await api.balance(credential, ada.id)).toEqual({ current: 10000 - 1200, available: 10000 - 1200, pending: 0 });
    await expectLedgerValid();
  });

  it('pain.002 status reports reject and settle what they name, by transaction, payment block and whole file', async () => {
    const credential = await harness.credential();
    const ada = await api.account(credential);
    const bob = await api.account(credential);
    await api.fund(credential, ada.attributes.iban, 100000);
    await api.fund(credential, bob.attributes.iban, 100000);
    const send = async (account: string, amount: number, endToEndId: string) =>
      (await transfers.sepa(credential, account, { amount, endToEndId })).json().data.id as string;
    const pay5 = await send(ada.id, 1000, 'PAY-5');
    const pay6 = await send(ada.id, 2000, 'PAY-6');
    const pay7 = await send(bob.id, 3000, 'PAY-7');
    const { result } = await exportNow();
    const rows = await transferRows([pay5, pay6, pay7]);
    const report = fixture('pain.002.001.10-status.xml', {
      MSGID: 'STS-20261206-1',
      EXPORT: result.messageId,
      ADA_BLOCK: rows.get(pay5)!.paymentInformationId!,
      BOB_BLOCK: rows.get(pay7)!.paymentInformationId!,
      PAY6_INSTR: sepaIdentifier(pay6),
    });
    expect(await importNow(() => inChunks(report))).toEqual({
      ...empty,
      message: 'pain.002.001.10',
      kind: 'statusReport',
      messageId: 'STS-20261206-1',
      alreadyImported: false,
      entries: 5,
      applied: 3,
      rejected: 2,
      settled: 1,
      ignored: 2,
      suspense: [],
      unmatched: [],
    });
    const after = await transferRows([pay5, pay6, pay7]);
    expect(after.get(pay5)).toMatchObject({ status: 'rejected', returnReason: 'AC04' });
    expect(after.get(pay6)).toMatchObject({ status: 'settled' });
    expect(after.get(pay7)).toMatchObject({ status: 'rejected', returnReason: 'AM04' });
    // Rejected money is back; settled money is gone.
    expect(await api.balance(credential, ada.id)).toEqual({ current: 98000, available: 98000, pending: 0 });
    expect(await api.balance(credential, bob.id)).toEqual({ current: 100000, available: 100000, pending: 0 });
    // The same statuses in a new report change nothing.
    expect(await importNow(report.replace('STS-20261206-1', 'STS-20261206-2'))).toMatchObject({ applied: 0, alreadyApplied: 3 });

    // A whole file rejected at group level.
    const pay8 = await send(bob.id, 4000, 'PAY-8');
    const second = await exportNow();
    const rejected = `<?xml version="1.0" encoding="UTF-8"?>
<Document xmlns="urn:iso:std:iso:20022:tech:xsd:pain.002.001.10"><CstmrPmtStsRpt>
<GrpHdr><MsgId>STS-20261206-3</MsgId><CreDtTm>2026-12-06T11:00:00+01:00</CreDtTm></GrpHdr>
<OrgnlGrpInfAndSts><OrgnlMsgId>${second.result.messageId}</OrgnlMsgId><OrgnlMsgNmId>pain.001.001.09</OrgnlMsgNmId><GrpSts>RJCT</GrpSts>
<StsRsnInf><Rsn><Cd>FF01</Cd></Rsn></StsRsnInf></OrgnlGrpInfAndSts></CstmrPmtStsRpt></Document>`;
    expect(await importNow(rejected)).toMatchObject({ applied: second.result.transfers, rejected: second.result.transfers });
    expect((await transferRows([pay8])).get(pay8)).toMatchObject({ status: 'rejected', returnReason: 'FF01' });
    expect(await api.balance(credential, bob.id)).toEqual({ current: 100000, available: 100000, pending: 0 });
    // A status naming a file Linkcy never sent is reported, not applied.
    expect(await importNow(rejected.replace('STS-20261206-3', 'STS-X').replace(second.result.messageId, 'pain-NOTOURS'))).toMatchObject({
      applied: 0,
      unmatched: ['group status: RJCT names no payment Linkcy exported'],
    });
    await expectLedgerValid();
  });

  it('an export holds the accounts’ locks only for its last statements, not while its file is written', async () => {
    // PGlite has one connection: nothing runs beside a transaction there.
    if (harness.engine !== 'postgres') return;
    const credential = await harness.credential();
    const account = await api.account(credential);
    await api.fund(credential, account.attributes.iban, 10000);
    expect((await transfers.sepa(credential, account.id, { amount: 1000, endToEndId: 'SLOW-DISK' })).statusCode).toBe(201);
    let written!: () => void;
    const writing = new Promise<void>((resolve) => (written = resolve));
    let finishWrite!: () => void;
    const exported = db().transaction((tx) =>
      exportPendingTransfers(tx, {
        sepa: hosted,
        // A slow disk: the file takes as long as the test says.
        write: async (document) => {
          for await (const piece of document) void piece;
          written();
          return new Promise<void>((resolve) => (finishWrite = resolve));
        },
      }),
    );
    await writing;
    try {
      // Meanwhile the customer is paid: the account is not locked by the export.
      const started = Date.now();
      await api.fund(credential, account.attributes.iban, 500);
      expect(Date.now() - started).toBeLessThan(1000);
    } finally {
      finishWrite();
    }
    expect((await exported)!.transfers).toBeGreaterThanOrEqual(1);
    expect(await api.balance(credential, account.id)).toEqual({ current: 9500, available: 9500, pending: 0 });
    await expectLedgerValid();
  });

  it('refuses what it cannot use with the reason, and applies nothing of it', async () => {
    const credential = await harness.credential();
    const ada = await api.account(credential);
    await api.fund(credential, ada.attributes.iban, 10000);
    const values = { SETTLEMENT_IBAN: settlement.iban, ADA_IBAN: ada.attributes.iban, BOB_IBAN: ada.attributes.iban, BOB_BLOCK: 'NONE' };
    // The bank's references made unlike the first test's, whose entries are applied already.
    const good = fixture('camt.053.001.02-statement.xml', { ...values, MSGID: 'REFUSE-1', COPY: 'CODU' }).replaceAll(
      '<AcctSvcrRef>2026',
      '<AcctSvcrRef>R2026',
    );
    const refusal = async (source: string | (() => AsyncIterable<Buffer>)) => {
      const error = await importNow(source).catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(BankFileRefused);
      return (error as Error).message;
    };
    // Someone else's account.
    expect(await refusal(good.replaceAll(settlement.iban, 'FR1420041010050500013M02606'))).toBe(
      'statement 1 is of the account FR1420041010050500013M02606, which the operator does not hold at the bank ' +
        `(LINKCY_SETTLEMENT_IBAN is ${settlement.iban}, and no Linkcy account has this IBAN); nothing was imported.`,
    );
    // Messages Linkcy does not read, and files that are not messages.
    expect(await refusal(good.replace('xsd:camt.053.001.02', 'xsd:camt.053.001.06'))).toMatch(
      /^The file cannot be imported: the file is not a message Linkcy reads \(its root is Document in the namespace urn:iso:std:iso:20022:tech:xsd:camt\.053\.001\.06\); it reads camt\.053\.001\.02, camt\.053\.001\.04, camt\.053\.001\.08, camt\.054\.001\.02, .*pain\.002\.001\.10; nothing was imported\.$/,
    );
    expect(await refusal('')).toBe('The file cannot be imported: the file is empty; nothing was imported.');
    expect(await refusal(' \n ')).toBe('The file cannot be imported: the file is empty; nothing was imported.');
    expect(await refusal('%PDF-1.7 not a statement')).toMatch(/^The file cannot be imported: the file is not well-formed XML: /);
    // Cut short after its first entries (a truncated download): the entries read before it are not applied.
    expect(await refusal(() => inChunks(good.slice(0, good.indexOf('<AcctSvcrRef>R2026120400004'))))).toMatch(/not well-formed XML/);
    // A malformed amount, named by its place.
    expect(await refusal(good.replace('<Amt Ccy="EUR">1.00</Amt>', '<Amt Ccy="EUR">1,00</Amt>'))).toBe(
      'The file cannot be imported: statement 1, entry 1: the amount "1,00" (EUR) is not an ISO 20022 amount; nothing was imported.',
    );
    // Entities are never expanded (no XXE, no billion laughs).
    const withEntity = good
      .replace('<Document', '<!DOCTYPE Document [<!ENTITY x SYSTEM "file:///etc/passwd">]>\n<Document')
      .replace('Rent December', '&x;');
    expect(await refusal(withEntity)).toMatch(/not well-formed XML: .*entity/i);
    expect(await api.balance(credential, ada.id)).toEqual({ current: 10000, available: 10000, pending: 0 });
    // A pain.001 (ours) is not something the bank sends.
    expect(await refusal('<Document xmlns="urn:iso:std:iso:20022:tech:xsd:pain.001.001.09"><CstmrCdtTrfInitn/></Document>')).toMatch(
      /not a message Linkcy reads/,
    );
    // A camt.053.001.08 is read twice (validated in windows, then applied): a file replaced between the
    // two reads is refused, since what was applied must be what was validated.
    const evening = fixture('camt.053.001.08-statement.xml', { ...values, MSGID: 'REFUSE-08' }).replaceAll('<AcctSvcrRef>', '<AcctSvcrRef>R');
    let reads = 0;
    const replaced = () => inChunks(reads++ === 0 ? evening : evening.replace('<Amt Ccy="EUR">', '<Amt Ccy="EUR">9'));
    expect(await refusal(replaced)).toBe('The file changed while it was being imported; nothing was imported.');
    expect(reads).toBe(2);
    expect(await api.balance(credential, ada.id)).toEqual({ current: 10000, available: 10000, pending: 0 });
    // After all that, the good file applies once.
    expect(await importNow(good, credential.organizationId)).toMatchObject({ credited: 1 });
    expect(await api.balance(credential, ada.id)).toMatchObject({ current: 10100 });
    await expectLedgerValid();
  });

  it('a file made page by page is the document made in one page; a payment the schema refuses is held by its line', async () => {
    const credential = await harness.credential();
    const accounts = [await api.account(credential), await api.account(credential), await api.account(credential)];
    for (const account of accounts) await api.fund(credential, account.attributes.iban, 100000);
    const ids: string[] = [];
    for (const [index, account] of [0, 0, 0, 1, 1, 2, 2].map((which) => accounts[which]!).entries()) {
      const response = await transfers.sepa(credential, account.id, { amount: 1000 + index, endToEndId: `PAGES-${index}` });
      expect(response.statusCode).toBe(201);
      ids.push(response.json().data.id);
    }
    // A BIC the schema refuses, as a row written before a check existed would carry.
    await db()
      .update(sepaCreditTransfers)
      .set({ creditor: { name: 'Old Row', iban: 'DE89370400440532013000', bic: 'NOT-A-BIC' } })
      .where(eq(sepaCreditTransfers.id, ids[3]!));
    // One time for both: CreDtTm has seconds, and two exports can straddle one.
    const now = new Date();
    const exportIn = async (pageSize: number | undefined, keep: boolean) => {
      let xml = '';
      let result: ExportResult | undefined;
      await db()
        .transaction(async (tx) => {
          result = await exportPendingTransfers(tx, {
            sepa: hosted,
            pageSize,
            now,
            write: async (document) => {
              for await (const piece of document) xml += piece;
            },
          });
          if (!keep) tx.rollback();
        })
        .catch((error: Error) => {
          if (keep || error.constructor.name !== 'TransactionRollbackError') throw error;
        });
      const { messageId } = result!;
      return { result: result!, xml, same: xml.replaceAll(messageId, 'MSG').replaceAll(messageId.slice(-26), 'MSG') };
    };
    const paged = await exportIn(2, false);
    const whole = await exportIn(undefined, true);
    expect(paged.same).toBe(whole.same);
    expect(await schemaProblems('pain.001.001.09', whole.xml)).toEqual([]);
    expect(whole.result).toMatchObject({
      transfers: 6,
      controlSum: 6018,
      held: [
        {
          id: ids[3],
          reason: expect.stringMatching(/^the bank file's schema refuses it: Element '\{urn:iso:std:iso:20022:tech:xsd:pain\.001\.001\.09\}BICFI'/),
        },
      ],
    });
    expect(whole.xml).toContain('<GrpHdr><MsgId>' + whole.result.messageId + '</MsgId>');
    expect(
      [
        ...whole.xml.matchAll(
          /<PmtInfId>[^<]+<\/PmtInfId><PmtMtd>TRF<\/PmtMtd><BtchBookg>false<\/BtchBookg><NbOfTxs>(\d+)<\/NbOfTxs><CtrlSum>([\d.]+)</g,
        ),
      ].map((match) => [match[1], match[2]]),
    ).toEqual([
      ['3', '30.03'],
      ['1', '10.04'],
      ['2', '20.11'],
    ]);
    expect(whole.xml).toMatch(/<NbOfTxs>6<\/NbOfTxs><CtrlSum>60\.18<\/CtrlSum>/);
    // The file kept is the file written, byte for byte; the held one stays pending, the others went.
    expect(await exportedDocument(db(), whole.result.messageId)).toBe(whole.xml);
    const rows = await transferRows(ids);
    expect(ids.map((id) => rows.get(id)!.status)).toEqual(['submitted', 'submitted', 'submitted', 'pending', 'submitted', 'submitted', 'submitted']);
    expect(rows.get(ids[3]!)!.exportProblem).toMatch(/^the bank file's schema refuses it: /);
    // Cancelled, so that the next tests' exports do not hold it back too.
    expect((await harness.request(credential, { method: 'POST', url: `/sepa-credit-transfers/${ids[3]}/cancel` })).statusCode).toBe(200);
    await expectLedgerValid();
  });

  it('pain.001 a partner bank accepts: transliterated names cut by characters, addresses, identifiers, batch booking, the day in Paris', async () => {
    const credential = await harness.credential();
    const cyrillic = await api.account(credential, await api.customer(credential, { firstName: 'Пётр', lastName: 'Иванов & Co @ Home' }));
    // An emoji as the 70th character: written without it, cut at 70 characters.
    const long = await api.account(credential, await api.customer(credential, { firstName: 'A'.repeat(61), lastName: 'Bcdefgh🚀xyz' }));
    const nothing = await api.account(credential);
    for (const account of [cyrillic, long, nothing]) await api.fund(credential, account.attributes.iban, 10000);
    const ids: string[] = [];
    const pay = (accountId: string) =>
      transfers.sepa(credential, accountId, { amount: 1500, creditor: { name: 'Zoë Ørsted', iban: 'NL91ABNA0417164300', bic: null } });
    for (const account of [cyrillic, long, nothing]) {
      const response = await pay(account.id);
      expect(response.statusCode).toBe(201);
      ids.push(response.json().data.id);
    }
    // A name a file cannot carry is refused when the payment is made; a payment made before this check
    // (its holder's name changed in the database, as on an installation upgraded with such customers)
    // is held back at export with the reason, while the others go.
    await db().update(entities).set({ firstName: '🚀', lastName: '🛰️' }).where(eq(entities.id, nothing.entityId));
    const refused = await pay(nothing.id);
    expect(refused.statusCode).toBe(422);
    expect(refused.json().errors[0]).toMatchObject({
      code: 'debtor_name_unwritable',
      source: { pointer: '/data/relationships/bankAccount/data/id' },
    });
    expect(await api.balance(credential, nothing.id)).toEqual({ current: 10000, available: 8500, pending: 1500 });
    // 23:30 in UTC is already tomorrow in Paris: the bank executes on the operator's day.
    const { result, xml } = await exportNow(hosted, new Date('2026-12-06T23:30:00Z'));
    expect(await schemaProblems('pain.001.001.09', xml)).toEqual([]);
    expect(result.held).toEqual([{ id: ids[2], reason: 'the debtor name has nothing the SEPA character set can spell' }]);
    expect(xml).toContain('<Dbtr><Nm>Petr Ivanov + Co (at) Home</Nm><PstlAdr><StrtNm>');
    expect(xml).toContain(`<Dbtr><Nm>${'A'.repeat(61)} Bcdefgh</Nm>`);
    expect(xml).toContain('<Cdtr><Nm>Zoe Orsted</Nm></Cdtr>');
    expect(xml).toMatch(/<PstlAdr><StrtNm>[^<]+<\/StrtNm><PstCd>[^<]+<\/PstCd><TwnNm>[^<]+<\/TwnNm><Ctry>[A-Z]{2}<\/Ctry><\/PstlAdr>/);
    expect(xml).toContain('<CreDtTm>2026-12-06T23:30:00Z</CreDtTm>');
    expect(xml).toContain('<ReqdExctnDt><Dt>2026-12-07</Dt></ReqdExctnDt>');
    expect(xml).toContain('<BtchBookg>false</BtchBookg>');
    expect(xml).toContain(
      '<InitgPty><Nm>Linkcy</Nm><Id><OrgId><Othr><Id>LINKCY</Id><SchmeNm><Prtry>LINKCY</Prtry></SchmeNm></Othr></OrgId></Id></InitgPty>',
    );
    for (const [, id] of xml.matchAll(/<(?:MsgId|PmtInfId|InstrId|EndToEndId)>([^<]*)</g)) expect(id).toMatch(sepaIdentifierPattern);
    expect(xml).not.toContain('_');
    // The held transfer stays pending with its reason; the others went.
    const rows = await transferRows(ids);
    expect(rows.get(ids[0]!)).toMatchObject({ status: 'submitted', exportMessageId: result.messageId, exportProblem: null });
    expect(rows.get(ids[2]!)).toMatchObject({ status: 'pending', exportProblem: 'the debtor name has nothing the SEPA character set can spell' });
    expect(await api.balance(credential, nothing.id)).toEqual({ current: 10000, available: 8500, pending: 1500 });

    // Omnibus: one block from the operator's settlement account, each payment naming its customer.
    await db().update(sepaCreditTransfers).set({ exportProblem: null }).where(eq(sepaCreditTransfers.id, ids[2]!));
    const omnibus = loadConfig({
      LINKCY_SEPA_DEBTOR: 'omnibus',
      LINKCY_SETTLEMENT_IBAN: settlement.iban,
      LINKCY_SETTLEMENT_BIC: settlement.bic,
      LINKCY_OPERATOR_NAME: 'Linkcy Payments SAS',
      LINKCY_OPERATOR_ADDRESS: '1 Rue de la Paix;75002;Paris;FR',
      LINKCY_SEPA_BATCH_BOOKING: 'true',
    }).sepa;
    const more = await transfers.sepa(credential, cyrillic.id, {
      amount: 700,
      creditor: { name: 'Hedy Lamarr', iban: 'AT611904300234573201', bic: null },
    });
    const second = await exportNow(omnibus);
    expect(await schemaProblems('pain.001.001.09', second.xml)).toEqual([]);
    expect(second.xml.match(/<PmtInf>/g)).toHaveLength(1);
    expect(second.xml).toContain(`<BtchBookg>true</BtchBookg>`);
    expect(second.xml).toContain(
      `<Dbtr><Nm>Linkcy Payments SAS</Nm><PstlAdr><StrtNm>1 Rue de la Paix</StrtNm><PstCd>75002</PstCd><TwnNm>Paris</TwnNm><Ctry>FR</Ctry></PstlAdr></Dbtr>` +
        `<DbtrAcct><Id><IBAN>${settlement.iban}</IBAN></Id></DbtrAcct><DbtrAgt><FinInstnId><BICFI>${settlement.bic}</BICFI></FinInstnId></DbtrAgt>`,
    );
    expect(second.xml).toContain(`<InstrId>${sepaIdentifier(more.json().data.id)}</InstrId>`);
    expect(second.xml).toContain(
      `<UltmtDbtr><Nm>Petr Ivanov + Co (at) Home</Nm><Id><PrvtId><Othr><Id>${cyrillic.attributes.iban}</Id><SchmeNm><Prtry>IBAN</Prtry></SchmeNm></Othr></PrvtId></Id></UltmtDbtr>`,
    );
    // The held one is still held (its debtor still has no name the file can carry).
    expect(second.result.held).toEqual([{ id: ids[2], reason: 'the debtor name has nothing the SEPA character set can spell' }]);
    await expectLedgerValid();
  });
});
