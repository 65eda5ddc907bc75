import { expect, it } from 'vitest';
import { minorUnits } from '../../src/domain/sepa.js';
import { verifyLedger } from '../../src/invariants/verify.js';
import { loadConfig } from '../../src/config.js';
import { BankFileRefused, exportPendingTransfers, type ExportResult } from '../../src/modules/transfers/bank-files.js';
import { importBankMessage } from '../../src/modules/transfers/bank-import.js';
import { readBankMessage, type BankEntry } from '../../src/modules/transfers/bank-messages.js';
import { schemaProblems } from '../../src/modules/transfers/iso20022.js';
import { apiClient } from '../helpers/api-client.js';
import { describeEachEngine, type TestApp } from '../helpers/harness.js';
import { transferClient } from '../helpers/transfer-client.js';

/** One booked entry of a partner bank's camt.053 statement, as a bank writes it. */
interface BankLine {
  amount: string;
  direction: 'CRDT' | 'DBIT';
  status?: 'BOOK' | 'PDNG';
  endToEndId?: string;
  creditorIban?: string;
  debtorIban?: string;
  debtorName?: string;
  returnReason?: string;
  remittance?: string;
}

function bankStatement(messageId: string, lines: BankLine[]): string {
  const entry = (line: BankLine, index: number) => `
    <Ntry>
      <NtryRef>${index + 1}</NtryRef>
      <Amt Ccy="EUR">${line.amount}</Amt>
      <CdtDbtInd>${line.direction}</CdtDbtInd>
      <Sts><Cd>${line.status ?? 'BOOK'}</Cd></Sts>
      <BookgDt><Dt>2026-11-26</Dt></BookgDt>
      <BkTxCd><Domn><Cd>PMNT</Cd><Fmly><Cd>${line.direction === 'CRDT' ? 'RCDT' : 'ICDT'}</Cd><SubFmlyCd>ESCT</SubFmlyCd></Fmly></Domn></BkTxCd>
      <NtryDtls><TxDtls>
        <Refs>${line.endToEndId ? `<EndToEndId>${line.endToEndId}</EndToEndId>` : ''}</Refs>
        <RltdPties>
          ${line.debtorName ? `<Dbtr><Pty><Nm>${line.debtorName}</Nm></Pty></Dbtr>` : ''}
          ${line.debtorIban ? `<DbtrAcct><Id><IBAN>${line.debtorIban}</IBAN></Id></DbtrAcct>` : ''}
          ${line.creditorIban ? `<CdtrAcct><Id><IBAN>${line.creditorIban}</IBAN></Id></CdtrAcct>` : ''}
        </RltdPties>
        ${line.remittance ? `<RmtInf><Ustrd>${line.remittance}</Ustrd></RmtInf>` : ''}
        ${line.returnReason ? `<RtrInf><Rsn><Cd>${line.returnReason}</Cd></Rsn></RtrInf>` : ''}
      </TxDtls></NtryDtls>
    </Ntry>`;
  return `<?xml version="1.0" encoding="UTF-8"?>
<Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.08">
  <BkToCstmrStmt>
    <GrpHdr><MsgId>${messageId}</MsgId><CreDtTm>2026-11-26T18:00:00Z</CreDtTm></GrpHdr>
    <Stmt>
      <Id>${messageId}-1</Id>
      <Acct><Id><IBAN>FR7630006000011234567890189</IBAN></Id></Acct>
      <Bal><Tp><CdOrPrtry><Cd>CLBD</Cd></CdOrPrtry></Tp><Amt Ccy="EUR">0.00</Amt><CdtDbtInd>CRDT</CdtDbtInd><Dt><Dt>2026-11-26</Dt></Dt></Bal>
      ${lines.map(entry).join('')}
    </Stmt>
  </BkToCstmrStmt>
</Document>`;
}

async function* chunks(text: string) {
  yield text;
}

async function brokenChecks(harness: TestApp) {
  return (await verifyLedger(harness.database.db)).filter((check) => check.violations.length > 0);
}

describeEachEngine('ISO 20022 bank files', (harness) => {
  const api = apiClient(harness);
  const transfers = transferClient(harness);
  const exportNow = async () => {
    let written: { xml: string; result: ExportResult } | undefined;
    const result = await harness.database.db.transaction((tx) =>
      exportPendingTransfers(tx, {
        sepa: loadConfig({}).sepa,
        initiatingParty: 'Linkcy Test + Co',
        write: async (document, result) => {
          let xml = '';
          for await (const piece of document) xml += piece;
          written = { xml, result };
        },
      }),
    );
    return { result, xml: written?.xml };
  };
  const importNow = (xml: string, suspenseOrganizationId?: string) =>
    harness.database.db.transaction((tx) =>
      importBankMessage(tx, xml, { accounts: { settlementIban: 'FR7630006000011234567890189', hosted: true }, suspenseOrganizationId }),
    );

  it('the validator refuses broken documents, naming the line and the problem', async () => {
    const valid = bankStatement('CHECK-1', [{ amount: '1.00', direction: 'CRDT', creditorIban: 'DE89370400440532013000' }]);
    expect(await schemaProblems('camt.053.001.08', valid)).toEqual([]);
    expect(
      await schemaProblems('camt.053.001.08', valid.replace('<CdtDbtInd>CRDT</CdtDbtInd>\n      <Sts>', '<CdtDbtInd>UP</CdtDbtInd>\n      <Sts>')),
    ).toEqual([
      expect.stringMatching(
        /^line \d+: Element '\{urn:iso:std:iso:20022:tech:xsd:camt\.053\.001\.08\}CdtDbtInd': \[facet 'enumeration'\] The value 'UP'/,
      ),
    ]);
    expect(await schemaProblems('camt.053.001.08', valid.replace('<Amt Ccy="EUR">1.00</Amt>', '<Amt Ccy="EUR">one</Amt>'))).toHaveLength(1);
    expect((await schemaProblems('camt.053.001.08', '<Document><unclosed>'))[0]).toMatch(/^line 1: /);
    expect(await schemaProblems('pain.001.001.09', valid)).toEqual([expect.stringContaining('is not a pain.001.001.09 message')]);
  });

  it('round trip: transfers -> pain.001 -> a statement with settlements, a return, credits -> balances as modelled', async () => {
    const credential = await harness.credential();
    const ada = await api.account(credential);
    const bob = await api.account(credential, await api.customer(credential, { firstName: 'Bob', lastName: 'Åström' }));
    await api.fund(credential, ada.attributes.iban, 100000);
    await api.fund(credential, bob.attributes.iban, 50000);
    const model = { [ada.id]: 100000, [bob.id]: 50000 };

    const sent: { id: string; account: string; amount: number; endToEndId: string }[] = [];
    for (const [account, amount, endToEndId] of [
      [ada.id, 12345, 'RT-1'],
      [ada.id, 1, 'RT-2'],
      [bob.id, 20000, 'RT-3'],
      [bob.id, 999, 'RT-4'],
      [ada.id, 500, 'RT-5'],
    ] as const) {
      const response = await transfers.sepa(credential, account, {
        amount,
        endToEndId,
        creditor: { name: 'Grace Hopper', iban: 'NL91ABNA0417164300', bic: 'ABNANL2A' },
      });
      expect(response.statusCode).toBe(201);
      sent.push({ id: response.json().data.id, account, amount, endToEndId });
    }
    // RT-5 is cancelled before the file: it never leaves.
    expect((await harness.request(credential, { method: 'POST', url: `/sepa-credit-transfers/${sent[4]!.id}/cancel` })).statusCode).toBe(200);

    const { result, xml } = await exportNow();
    expect(result).toEqual({ messageId: expect.stringMatching(/^pain-[0-9A-Z]{26}$/), transfers: 4, controlSum: 33345, held: [] });
    expect(await schemaProblems('pain.001.001.09', xml!)).toEqual([]);
    expect(xml).toContain('<GrpHdr><MsgId>' + result!.messageId + '</MsgId>');
    expect(xml).toMatch(/<NbOfTxs>4<\/NbOfTxs><CtrlSum>333\.45<\/CtrlSum><InitgPty><Nm>Linkcy Test \+ Co<\/Nm>/);
    // One payment information block per debtor, each with its own count and control sum.
    const blocks = [
      ...xml!.matchAll(
        /<PmtInf><PmtInfId>[^<]+<\/PmtInfId><PmtMtd>TRF<\/PmtMtd><BtchBookg>false<\/BtchBookg><NbOfTxs>(\d+)<\/NbOfTxs><CtrlSum>([\d.]+)<\/CtrlSum>/g,
      ),
    ].map((m) => [m[1], m[2]]);
    expect(blocks.sort()).toEqual([
      ['2', '123.46'],
      ['2', '209.99'],
    ]);
    expect(xml).toContain('<Dbtr><Nm>Bob Astrom</Nm><PstlAdr>');
    expect(xml).not.toContain('RT-5');
    for (const transfer of sent.slice(0, 4)) {
      const read = await harness.request(credential, { method: 'GET', url: `/sepa-credit-transfers/${transfer.id}` });
      expect(read.json().data.attributes).toMatchObject({ status: 'submitted', submittedAt: expect.any(String) });
      model[transfer.account]! -= transfer.amount;
    }
    expect(await brokenChecks(harness)).toEqual([]);
    expect((await exportNow()).result).toBeUndefined();

    // The bank's statement: RT-1 and RT-3 settle, RT-2 comes back (AC04), RT-4 stays submitted; a credit
    // for Ada, one for an IBAN nobody holds, one pending entry, and a debit naming no transfer.
    const statement = bankStatement('STMT-2026-11-26', [
      { amount: '123.45', direction: 'DBIT', endToEndId: 'RT-1', debtorIban: ada.attributes.iban },
      { amount: '200', direction: 'DBIT', endToEndId: 'RT-3' },
      { amount: '0.01', direction: 'CRDT', endToEndId: 'RT-2', returnReason: 'AC04' },
      {
        amount: '77.70',
        direction: 'CRDT',
        creditorIban: ada.attributes.iban,
        debtorName: 'Alan Turing',
        debtorIban: 'DE89370400440532013000',
        remittance: 'Thanks',
      },
      { amount: '5.00', direction: 'CRDT', creditorIban: 'FR1420041010050500013M02606', debtorName: 'Nobody' },
      { amount: '9.99', direction: 'CRDT', status: 'PDNG', creditorIban: ada.attributes.iban },
      { amount: '1.00', direction: 'DBIT', endToEndId: 'NOT-OURS' },
    ]);
    const summary = await importNow(statement);
    expect(summary).toEqual({
      message: 'camt.053.001.08',
      kind: 'statement',
      messageId: 'STMT-2026-11-26',
      alreadyImported: false,
      entries: 6,
      applied: 5,
      alreadyApplied: 0,
      credited: 1,
      settled: 2,
      returned: 1,
      rejected: 0,
      reversed: 0,
      suspense: ['statement 1, entry 5: 5.00 EUR to suspense (no account holds FR1420041010050500013M02606)'],
      unmatched: ['statement 1, entry 7: no transfer has the EndToEndId NOT-OURS'],
      notBooked: 1,
      ignored: 0,
    });
    model[ada.id]! += 1 + 7770;
    const status = async (index: number) =>
      (await harness.request(credential, { method: 'GET', url: `/sepa-credit-transfers/${sent[index]!.id}` })).json().data.attributes;
    expect(await status(0)).toMatchObject({ status: 'settled' });
    expect(await status(1)).toMatchObject({ status: 'returned', returnReason: 'AC04' });
    expect(await status(2)).toMatchObject({ status: 'settled' });
    expect(await status(3)).toMatchObject({ status: 'submitted' });
    expect(await api.balance(credential, ada.id)).toEqual({ current: model[ada.id], available: model[ada.id], pending: 0 });
    expect(await api.balance(credential, bob.id)).toEqual({ current: model[bob.id], available: model[bob.id], pending: 0 });
    const unmatched = await harness.request(credential, { method: 'GET', url: '/events?filter[type]=bankStatement.unmatchedCredit' });
    expect(unmatched.json().data[0].meta.snapshot.attributes).toMatchObject({ reason: 'no account holds FR1420041010050500013M02606', amount: 500 });
    expect(await brokenChecks(harness)).toEqual([]);

    // The same statement again changes nothing; another file under its message id is refused.
    const balancesBefore = [await api.balance(credential, ada.id), await api.balance(credential, bob.id)];
    expect(await importNow(statement)).toMatchObject({ alreadyImported: true, applied: 0, alreadyApplied: 6, credited: 0 });
    await expect(importNow(statement.replace('77.70', '77.71'))).rejects.toThrow(/A different message with the id STMT-2026-11-26/);
    expect([await api.balance(credential, ada.id), await api.balance(credential, bob.id)]).toEqual(balancesBefore);

    // The statement API: the same movements, as JSON:API and as camt.053 that validates.
    const today = new Date().toISOString().slice(0, 10);
    const json = await harness.request(credential, { method: 'GET', url: `/bank/accounts/${ada.id}/statement?from=${today}&to=${today}` });
    expect(json.statusCode).toBe(200);
    const attributes = json.json().data.attributes;
    expect(attributes).toMatchObject({
      from: today,
      to: today,
      iban: ada.attributes.iban,
      currency: 'EUR',
      openingBalance: 0,
      closingBalance: model[ada.id],
    });
    expect(
      attributes.entries.map((entry: { direction: string; amount: number; bankTransactionCode: string }) => [
        entry.direction,
        entry.amount,
        entry.bankTransactionCode,
      ]),
    ).toEqual([
      ['credit', 100000, 'PMNT/RCDT/ESCT'],
      ['debit', 12345, 'PMNT/ICDT/ESCT'],
      ['debit', 1, 'PMNT/ICDT/ESCT'],
      ['credit', 1, 'PMNT/ICDT/RRTN'],
      ['credit', 7770, 'PMNT/RCDT/ESCT'],
    ]);
    const xmlResponse = await harness.request(credential, {
      method: 'GET',
      url: `/bank/accounts/${ada.id}/statement?from=${today}&to=${today}`,
      headers: { accept: 'application/xml' },
    });
    expect(xmlResponse.statusCode).toBe(200);
    expect(xmlResponse.headers['content-type']).toBe('application/xml; charset=utf-8');
    expect(await schemaProblems('camt.053.001.08', xmlResponse.body)).toEqual([]);
    // Each document is a new message; the statement of one account and period keeps its id, and a later
    // period has a higher sequence number.
    const fetchXml = async (from: string, to: string) =>
      (
        await harness.request(credential, {
          method: 'GET',
          url: `/bank/accounts/${ada.id}/statement?from=${from}&to=${to}`,
          headers: { accept: 'application/xml' },
        })
      ).body;
    const header = (xml: string) => ({
      messageId: /<GrpHdr><MsgId>([^<]+)</.exec(xml)![1],
      statementId: /<Stmt><Id>([^<]+)</.exec(xml)![1],
      sequence: Number(/<ElctrncSeqNb>(\d+)</.exec(xml)![1]),
    });
    const first = header(xmlResponse.body);
    const second = header(await fetchXml(today, today));
    expect(first.messageId).toMatch(/^MSG-[0-9A-Z]{26}$/);
    expect(second.messageId).not.toBe(first.messageId);
    expect(second.statementId).toBe(first.statementId);
    expect(second.sequence).toBe(first.sequence);
    const nextDay = new Date(Date.parse(today) + 86_400_000).toISOString().slice(0, 10);
    expect(header(await fetchXml(today, nextDay)).sequence).toBeGreaterThan(first.sequence);
    // Only the statement answers XML: elsewhere an XML-only Accept stays 406, and a backwards period is 400.
    const elsewhere = await harness.request(credential, { method: 'GET', url: `/bank/accounts/${ada.id}`, headers: { accept: 'application/xml' } });
    expect(elsewhere.statusCode).toBe(406);
    const backwards = await harness.request(credential, { method: 'GET', url: `/bank/accounts/${ada.id}/statement?from=2026-11-02&to=2026-11-01` });
    expect(backwards.statusCode).toBe(400);
    expect(backwards.json().errors[0]).toMatchObject({ code: 'invalid_query_parameter', source: { parameter: 'to' } });
    const notADate = await harness.request(credential, { method: 'GET', url: `/bank/accounts/${ada.id}/statement?from=2026-13-01` });
    expect(notADate.statusCode).toBe(400);
    const stranger = await harness.credential();
    expect(
      (await harness.request(stranger, { method: 'GET', url: `/bank/accounts/${ada.id}/statement`, headers: { accept: 'application/xml' } }))
        .statusCode,
    ).toBe(404);
    const parsed: BankEntry[] = [];
    for await (const item of readBankMessage(chunks(xmlResponse.body))) if (item.type === 'entry') parsed.push(item.entry);
    expect(parsed.map((entry) => [entry.direction, entry.amount.minor, entry.transactions[0]!.returnReason])).toEqual([
      ['credit', 100000, null],
      ['debit', 12345, null],
      ['debit', 1, null],
      ['credit', 1, 'AC04'],
      ['credit', 7770, null],
    ]);
    expect(xmlResponse.body).toContain(`<Bal><Tp><CdOrPrtry><Cd>CLBD</Cd></CdOrPrtry></Tp><Amt Ccy="EUR">${(model[ada.id]! / 100).toFixed(2)}</Amt>`);
    // A day before anything happened: empty, opening = closing = 0; a day after: opening = closing.
    const tomorrow = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
    const later = await harness.request(credential, { method: 'GET', url: `/bank/accounts/${ada.id}/statement?from=${tomorrow}&to=${tomorrow}` });
    expect(later.json().data.attributes).toMatchObject({ openingBalance: model[ada.id], closingBalance: model[ada.id], entries: [] });
  });

  it('a random mix of transfers, cancels, rejections, exports and statements keeps every invariant and matches a model', async () => {
    const credential = await harness.credential();
    const accounts = [await api.account(credential), await api.account(credential), await api.account(credential)];
    for (const account of accounts) await api.fund(credential, account.attributes.iban, 50000);
    const model = new Map(accounts.map((account) => [account.id, { current: 50000, available: 50000 }]));
    const sent = new Map<string, { account: string; amount: number; endToEndId: string; status: string }>();
    // A seeded generator, so that a failure replays the same way.
    let seed = 20261126;
    const random = (n: number) => {
      // mulberry32
      seed = (seed + 0x6d2b79f5) | 0;
      let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
      t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
      return ((((t ^ (t >>> 14)) >>> 0) / 4294967296) * n) | 0;
    };
    const pick = <T>(items: T[]) => items[random(items.length)];
    const inStatus = (...statuses: string[]) => [...sent].filter(([, transfer]) => statuses.includes(transfer.status));
    let statements = 0;
    const reached = new Set<string>();
    for (let step = 0; step < 70; step++) {
      const choice = random(10);
      if (choice < 4) {
        const account = pick(accounts)!;
        const amount = 1 + random(9000);
        const endToEndId = `MIX-${step}`;
        const response = await transfers.sepa(credential, account.id, { amount, endToEndId });
        const balance = model.get(account.id)!;
        if (amount <= balance.available) {
          expect(response.statusCode, `step ${step}`).toBe(201);
          balance.available -= amount;
          sent.set(response.json().data.id, { account: account.id, amount, endToEndId, status: 'pending' });
        } else {
          expect(response.json().errors[0].code, `step ${step}`).toBe('insufficient_funds');
        }
      } else if (choice === 4) {
        const [id, transfer] = pick([...sent]) ?? [];
        if (!id) continue;
        const response = await harness.request(credential, { method: 'POST', url: `/sepa-credit-transfers/${id}/cancel` });
        if (transfer!.status === 'pending') {
          expect(response.statusCode, `step ${step}`).toBe(200);
          transfer!.status = 'cancelled';
          model.get(transfer!.account)!.available += transfer!.amount;
        } else {
          expect(response.statusCode, `step ${step}`).toBe(409);
        }
      } else if (choice === 5) {
        const [id, transfer] = pick(inStatus('pending', 'submitted')) ?? [];
        if (!id) continue;
        expect((await transfers.simulate(credential, id, 'reject', 'AC01')).statusCode, `step ${step}`).toBe(200);
        const balance = model.get(transfer!.account)!;
        if (transfer!.status === 'submitted') balance.current += transfer!.amount;
        balance.available += transfer!.amount;
        transfer!.status = 'rejected';
      } else if (choice < 8) {
        const { result } = await exportNow();
        const pending = inStatus('pending');
        expect(result?.transfers ?? 0, `step ${step}`).toBe(pending.length);
        for (const [, transfer] of pending) {
          transfer.status = 'submitted';
          model.get(transfer.account)!.current -= transfer.amount;
        }
      } else {
        const lines: BankLine[] = [];
        for (const [, transfer] of inStatus('submitted', 'settled')) {
          const roll = random(3);
          const amount = (transfer.amount / 100).toFixed(2);
          if (transfer.status === 'submitted' && roll === 0) {
            lines.push({ amount, direction: 'DBIT', endToEndId: transfer.endToEndId });
            transfer.status = 'settled';
          } else if (roll === 1) {
            lines.push({ amount, direction: 'CRDT', endToEndId: transfer.endToEndId, returnReason: 'AC04' });
            transfer.status = 'returned';
            model.get(transfer.account)!.current += transfer.amount;
            model.get(transfer.account)!.available += transfer.amount;
          }
        }
        const summary = await importNow(bankStatement(`MIX-STMT-${++statements}`, lines));
        expect(summary.unmatched, `step ${step}`).toEqual([]);
      }
      for (const transfer of sent.values()) reached.add(transfer.status);
      if (step % 10 === 9) expect(await brokenChecks(harness), `step ${step}`).toEqual([]);
    }
    // The seed walks every path: each status was reached at least once.
    expect(reached).toEqual(new Set(['pending', 'submitted', 'settled', 'returned', 'rejected', 'cancelled']));
    for (const account of accounts) {
      const { current, available } = model.get(account.id)!;
      expect(await api.balance(credential, account.id)).toEqual({ current, available, pending: current - available });
    }
    for (const [id, transfer] of sent) {
      const read = await harness.request(credential, { method: 'GET', url: `/sepa-credit-transfers/${id}` });
      expect(read.json().data.attributes.status).toBe(transfer.status);
    }
    expect(await brokenChecks(harness)).toEqual([]);
  });

  it('refuses an invalid statement with the reason, and a credit nobody can hold without an organization', async () => {
    const credential = await harness.credential();
    const account = await api.account(credential);
    const invalid = bankStatement('BAD-1', [{ amount: '1.00', direction: 'CRDT', creditorIban: account.attributes.iban }])
      .replace('<Sts>', '<Status>')
      .replace('</Sts>', '</Status>');
    const refused = await importNow(invalid).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(BankFileRefused);
    expect((refused as BankFileRefused).message).toMatch(
      /^The file is not a valid camt\.053\.001\.08 message; nothing was imported\.\n {2}line \d+: /,
    );
    expect(await api.balance(credential, account.id)).toEqual({ current: 0, available: 0, pending: 0 });
    // Several organizations and no --organization-id: the unknown IBAN's credit has no home; nothing applies.
    const orphan = bankStatement('ORPHAN-1', [
      { amount: '1.00', direction: 'CRDT', creditorIban: account.attributes.iban },
      { amount: '2.00', direction: 'CRDT', creditorIban: 'FR1420041010050500013M02606' },
    ]);
    await expect(importNow(orphan)).rejects.toThrow(
      /entry 2: a credit of 2\.00 EUR \(no account holds FR1420041010050500013M02606\) has no organization to hold it: name one with --organization-id/,
    );
    expect(await api.balance(credential, account.id)).toEqual({ current: 0, available: 0, pending: 0 });
    const organizationId = credential.organizationId;
    expect(await importNow(orphan, organizationId)).toMatchObject({ credited: 1, suspense: [expect.stringContaining('2.00 EUR to suspense')] });
    expect(await api.balance(credential, account.id)).toEqual({ current: 100, available: 100, pending: 0 });
    expect(await brokenChecks(harness)).toEqual([]);
    expect(minorUnits('0.1')).toBe(10);
  });
});
