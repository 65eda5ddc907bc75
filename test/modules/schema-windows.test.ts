import { describe, expect, it } from 'vitest';
import { buildPain001, schemaProblems, type MessageKind, type PaymentOrder } from '../../src/modules/transfers/iso20022.js';
import { streamedSchemaProblems } from '../../src/modules/transfers/schema-windows.js';

// A bank file validated in windows of about a megabyte must say exactly what validating it whole says,
// at the same lines: these documents are made to cross windows where a content model could break.

const camtNamespace = 'urn:iso:std:iso:20022:tech:xsd:camt.053.001.08';

function entry(index: number, overrides: { indicator?: string } = {}) {
  return `    <Ntry>
      <NtryRef>${index}</NtryRef><Amt Ccy="EUR">${(index % 1000) + 1}.00</Amt><CdtDbtInd>${overrides.indicator ?? 'CRDT'}</CdtDbtInd>
      <Sts><Cd>BOOK</Cd></Sts><BookgDt><Dt>2026-12-07</Dt></BookgDt><AcctSvcrRef>REF-${index}</AcctSvcrRef>
      <BkTxCd><Domn><Cd>PMNT</Cd><Fmly><Cd>RCDT</Cd><SubFmlyCd>ESCT</SubFmlyCd></Fmly></Domn></BkTxCd>
      <NtryDtls><TxDtls><Refs><EndToEndId>E2E-${index} &amp; &lt;more&gt;</EndToEndId></Refs>
        <RltdPties><Dbtr><Pty><Nm>Zoë Ørsted ${index}</Nm></Pty></Dbtr></RltdPties></TxDtls></NtryDtls>
    </Ntry>`;
}

function statement(id: string, entries: string[], options: { account?: string; after?: string } = {}) {
  return `  <Stmt>
    <Id>${id}</Id><ElctrncSeqNb>1</ElctrncSeqNb><CreDtTm>2026-12-07T21:00:00+01:00</CreDtTm>
    ${options.account ?? '<Acct><Id><IBAN>DE02120300000000202051</IBAN></Id><Ccy>EUR</Ccy></Acct>'}
    <Bal><Tp><CdOrPrtry><Cd>CLBD</Cd></CdOrPrtry></Tp><Amt Ccy="EUR">0.00</Amt><CdtDbtInd>CRDT</CdtDbtInd><Dt><Dt>2026-12-07</Dt></Dt></Bal>
${entries.join('\n')}
${options.after ?? ''}  </Stmt>`;
}

function camt(statements: string[], root = `<Document xmlns="${camtNamespace}">`, close = '</Document>') {
  return `<?xml version="1.0" encoding="UTF-8"?>
${root}<BkToCstmrStmt>
  <GrpHdr><MsgId>WINDOWS-1</MsgId><CreDtTm>2026-12-07T21:00:00+01:00</CreDtTm></GrpHdr>
${statements.join('\n')}
</BkToCstmrStmt>${close}
`;
}

const entries = (from: number, count: number, broken: Record<number, { indicator?: string }> = {}) =>
  Array.from({ length: count }, (_, index) => entry(from + index, broken[from + index]));

/** Read in chunks of bytes that split characters, as a file stream does. */
async function* bytes(text: string, size = 65_536) {
  const buffer = Buffer.from(text);
  for (let offset = 0; offset < buffer.length; offset += size) yield buffer.subarray(offset, offset + size);
}

async function expectSameAsWhole(kind: MessageKind, xml: string, windowsAtLeast: number) {
  const streamed = await streamedSchemaProblems(bytes(xml));
  expect(streamed.kind).toBe(kind);
  expect(streamed.windows).toBeGreaterThanOrEqual(windowsAtLeast);
  expect(streamed.problems).toEqual(await schemaProblems(kind, xml));
  return streamed.problems;
}

describe('bank files validated in windows', () => {
  it('a statement of thousands of entries in two statements: valid, in several windows', async () => {
    const xml = camt([statement('S-1', entries(1, 4000)), statement('S-2', entries(4001, 4000))]);
    expect(xml.length).toBeGreaterThan(3 << 20);
    expect(await expectSameAsWhole('camt.053.001.08', xml, 4)).toEqual([]);
  });

  it('a broken entry deep in the file is reported at its line, as whole', async () => {
    const xml = camt([statement('S-1', entries(1, 2500)), statement('S-2', entries(2501, 2500, { 4000: { indicator: 'UP' } }))]);
    const problems = await expectSameAsWhole('camt.053.001.08', xml, 2);
    expect(problems).toEqual([
      expect.stringMatching(
        /^line \d+: Element '\{urn:iso:std:iso:20022:tech:xsd:camt\.053\.001\.08\}CdtDbtInd': \[facet 'enumeration'\] The value 'UP'/,
      ),
    ]);
    const line = Number(/^line (\d+)/.exec(problems[0]!)![1]);
    expect(xml.split('\n')[line - 1]).toContain('<CdtDbtInd>UP</CdtDbtInd>');
  });

  it('what the schema requires around the entries: a later statement without its account, an entry after the statement’s last field', async () => {
    await expectSameAsWhole('camt.053.001.08', camt([statement('S-1', entries(1, 3000)), statement('S-2', entries(3001, 10), { account: '' })]), 2);
    const late = camt([statement('S-1', entries(1, 3000), { after: '    <AddtlStmtInf>closing</AddtlStmtInf>\n' + entry(9999) + '\n' })]);
    expect((await expectSameAsWhole('camt.053.001.08', late, 2)).length).toBeGreaterThan(0);
    const missingGroupHeader = camt([statement('S-1', entries(1, 3000))]).replace(/<GrpHdr>.*<\/GrpHdr>/, '');
    expect((await expectSameAsWhole('camt.053.001.08', missingGroupHeader, 2)).length).toBeGreaterThan(0);
  });

  it('a prefixed root is validated too; a message without a schema here is not read', async () => {
    const prefixed = camt([statement('S-1', entries(1, 3000))], `<c:Document xmlns:c="${camtNamespace}">`, '</c:Document>').replace(
      /<(\/?)([A-Z])/g,
      '<$1c:$2',
    );
    expect(await expectSameAsWhole('camt.053.001.08', prefixed, 2)).toEqual([]);
    expect(await streamedSchemaProblems(bytes(camt([statement('S-1', entries(1, 10))]).replaceAll('camt.053.001.08', 'camt.053.001.02')))).toEqual({
      kind: undefined,
      problems: [],
      windows: 0,
    });
  });

  it('refuses what it cannot read: a file cut short, and megabytes without an entry', async () => {
    const xml = camt([statement('S-1', entries(1, 3000))]);
    const afterAnEntry = xml.indexOf('</Ntry>', xml.length / 2) + '</Ntry>'.length;
    expect((await streamedSchemaProblems(bytes(xml.slice(0, afterAnEntry)))).problems).toEqual([
      expect.stringMatching(/^line \d+: the file ends inside the element Stmt$/),
    ]);
    expect((await streamedSchemaProblems(bytes(xml.slice(0, afterAnEntry - 3)))).problems).toEqual([
      expect.stringMatching(/^line \d+: the file ends inside a tag$/),
    ]);
    const endless = camt([statement('S-1', [], { after: `<AddtlStmtInf>${'x'.repeat(33 << 20)}</AddtlStmtInf>` })]);
    expect((await streamedSchemaProblems(bytes(endless, 1 << 20))).problems).toEqual([
      expect.stringMatching(/^line \d+: more than 32 MB without a Ntry ends here; the file cannot be checked in parts$/),
    ]);
    // A tag that never ends is not buffered for ever.
    const endlessTag = `<Document xmlns="${camtNamespace}"><BkToCstmrStmt><GrpHdr a="${'y'.repeat(33 << 20)}`;
    expect((await streamedSchemaProblems(bytes(endlessTag, 1 << 20))).problems).toEqual([
      expect.stringMatching(/^line 1: a tag, comment or declaration runs on for more than 32 MB$/),
    ]);
    expect((await streamedSchemaProblems(bytes('<Document xmlns="' + camtNamespace + '"><BkToCstmrStmt></Document>'))).problems).toEqual([
      expect.stringMatching(/^line 1: the file is not well-formed XML: /),
    ]);
  });

  it('a pain.001 of thousands of payments in two blocks, one with a payment the schema refuses', async () => {
    const order = (index: number): PaymentOrder => ({
      instructionId: `I-${index}`,
      endToEndId: `E-${index}`,
      amount: 100 + index,
      currency: 'EUR',
      creditor: { name: `Employee ${index}`, iban: 'DE89370400440532013000', bic: index === 5200 ? 'NOT-A-BIC' : null },
      remittanceInformation: `Salary ${index}`,
    });
    const debtor = (iban: string) => ({
      name: 'Payroll',
      iban,
      bic: 'AGRIFRPP',
      address: { line1: '1 rue', line2: null, postalCode: '75001', city: 'Paris', country: 'FR' },
    });
    const xml = buildPain001({
      messageId: 'M-1',
      createdAt: new Date('2026-12-07T10:00:00Z'),
      executionDate: '2026-12-07',
      initiatingParty: { name: 'Linkcy', id: 'LINKCY' },
      batchBooking: false,
      batches: [
        { id: 'B-1', debtor: debtor('FR7630006000011234567890189'), orders: Array.from({ length: 4000 }, (_, index) => order(index)) },
        { id: 'B-2', debtor: debtor('FR7630006000011234567890189'), orders: Array.from({ length: 4000 }, (_, index) => order(4000 + index)) },
      ],
    });
    const problems = await expectSameAsWhole('pain.001.001.09', xml, 3);
    expect(problems).toEqual([expect.stringContaining("BICFI'")]);
  });
});
