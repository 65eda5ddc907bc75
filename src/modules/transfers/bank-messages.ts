import { StringDecoder } from 'node:string_decoder';
import { SaxesParser } from 'saxes';

/**
 * One reader for every message a partner bank sends (SPEC §13): camt.053 statements, camt.054
 * debit/credit notifications and camt.052 intraday reports (versions .001.02, .001.04 and .001.08), and
 * pain.002.001.10 payment status reports. The file is read as a stream: the reader keeps one entry (or
 * one transaction status) at a time, as a small tree, and hands each on in one internal model, so that
 * memory does not grow with the file. The versions differ in small ways the model hides: `Sts` is a
 * code (.02, .04) or holds one (.08), a party's name sits in `Nm` or `Pty/Nm`, a transaction's amount in
 * `Amt` (.04 on) or only in `AmtDtls`.
 *
 * What the reader refuses (BankMessageRefused) is what the schema would (a missing or malformed
 * element the model needs), named by its place in the file; what it cannot know (which account, which
 * transfer) is for the importer.
 */

export class BankMessageRefused extends Error {}

export type BankMessageKind = 'statement' | 'notification' | 'report' | 'statusReport';

const messages: Record<string, { kind: BankMessageKind; root: string; container?: string }> = {
  'camt.053': { kind: 'statement', root: 'BkToCstmrStmt', container: 'Stmt' },
  'camt.054': { kind: 'notification', root: 'BkToCstmrDbtCdtNtfctn', container: 'Ntfctn' },
  'camt.052': { kind: 'report', root: 'BkToCstmrAcctRpt', container: 'Rpt' },
  'pain.002': { kind: 'statusReport', root: 'CstmrPmtStsRpt' },
};
const supportedVersions: Record<string, string[]> = {
  'camt.053': ['02', '04', '08'],
  'camt.054': ['02', '04', '08'],
  'camt.052': ['02', '04', '08'],
  'pain.002': ['10'],
};

/** The messages the reader knows, by name, for messages to the operator. */
export const supportedMessages = Object.entries(supportedVersions).flatMap(([name, versions]) => versions.map((version) => `${name}.001.${version}`));

export interface MessageHeader {
  /** Such as camt.053.001.08. */
  name: string;
  kind: BankMessageKind;
  messageId: string;
}

/** A statement, notification or report of one account, as its header says. */
export interface AccountReport {
  position: string;
  id: string;
  electronicSequenceNumber: string | null;
  iban: string | null;
  currency: string | null;
  /** CpyDplctInd: CODU, COPY or DUPL when the bank says it sent this before. */
  copyDuplicate: string | null;
}

/** An amount as the file writes it, and in cents when it is whole cents (undefined otherwise). */
export interface FileAmount {
  text: string;
  currency: string;
  minor: number | undefined;
}

export interface EntryTransaction {
  position: string;
  /** Amt, else AmtDtls/TxAmt, else AmtDtls/InstdAmt; null when the line states none. */
  amount: FileAmount | null;
  accountServicerReference: string | null;
  paymentInformationId: string | null;
  instructionId: string | null;
  endToEndId: string | null;
  debtor: { name: string | null; iban: string | null };
  creditor: { name: string | null; iban: string | null };
  remittanceInformation: string | null;
  /** RtrInf present: the reason's code, else its proprietary text ('' when neither). */
  returnReason: string | null;
  bankTransactionCode: BankTransactionCode;
}

export interface BankTransactionCode {
  domain: string | null;
  family: string | null;
  subFamily: string | null;
  proprietary: string | null;
}

export interface BankEntry {
  position: string;
  report: AccountReport;
  /** The entry's own reference at the bank: AcctSvcrRef, else the report's id, sequence number and entry reference. */
  key: string;
  amount: FileAmount;
  direction: 'credit' | 'debit';
  reversal: boolean;
  /** BOOK; anything else (PDNG, INFO, FUTR) is not booked. */
  status: string;
  bankTransactionCode: BankTransactionCode;
  /** NtryDtls/Btch: the payment information block a batch booking settles. */
  batch: { paymentInformationId: string | null; count: number | null; total: FileAmount | null } | null;
  transactions: EntryTransaction[];
}

/** One status of a pain.002 report: of the whole message, of one payment information block, or of one transaction. */
export interface PaymentStatus {
  position: string;
  level: 'group' | 'payment' | 'transaction';
  originalMessageId: string | null;
  originalPaymentInformationId: string | null;
  originalInstructionId: string | null;
  originalEndToEndId: string | null;
  status: string | null;
  reason: string | null;
}

export type BankMessageItem =
  | { type: 'header'; header: MessageHeader }
  | { type: 'report'; report: AccountReport }
  | { type: 'entry'; entry: BankEntry }
  | { type: 'status'; status: PaymentStatus };

/** A captured element: small, one entry at most. */
interface XNode {
  name: string;
  attributes: Record<string, string>;
  text: string;
  children: XNode[];
}

/** A hostile file may not make one entry hold the memory a stream is meant to spare. */
const limits = { depth: 64, nodesPerItem: 2_000_000, textLength: 100_000 };

function child(node: XNode | undefined, path: string): XNode | undefined {
  let current = node;
  for (const name of path.split('/')) {
    if (!current) return undefined;
    current = current.children.find((c) => c.name === name);
  }
  return current;
}
const children = (node: XNode | undefined, name: string) => node?.children.filter((c) => c.name === name) ?? [];
function text(node: XNode | undefined, path: string): string | null {
  const found = child(node, path);
  if (!found) return null;
  const value = found.text.trim();
  return value === '' ? null : value;
}

/**
 * ISO 20022 amounts: up to 18 digits, 5 of them after the point (ActiveOrHistoricCurrencyAndAmount).
 * Read exactly: cents only when the amount is whole cents and within what a number holds.
 */
export function fileAmount(textValue: string, currency: string): FileAmount | undefined {
  const match = /^(\d+)(?:\.(\d+))?$/.exec(textValue);
  if (!match || match[1]!.length + (match[2]?.length ?? 0) > 18 || (match[2]?.length ?? 0) > 5) return undefined;
  const fraction = (match[2] ?? '').replace(/0+$/, '');
  const whole = match[1]!.replace(/^0+(?=\d)/, '');
  const minor = fraction.length <= 2 && whole.length <= 13 ? Number(whole) * 100 + Number(fraction.padEnd(2, '0')) : undefined;
  return { text: textValue, currency, minor };
}

function amountOf(node: XNode | undefined, where: string): FileAmount | null {
  if (!node) return null;
  const currency = node.attributes.Ccy ?? '';
  const value = node.text.trim();
  const read = fileAmount(value, currency);
  if (!read || !/^[A-Z]{3}$/.test(currency)) {
    throw new BankMessageRefused(
      `${where}: the amount "${value.slice(0, 40)}" ${currency ? `(${currency.slice(0, 8)})` : 'with no currency'} is not an ISO 20022 amount`,
    );
  }
  return read;
}

/** A party's name: `Nm` (.02, .04) or `Pty/Nm` (.08). */
const partyName = (related: XNode | undefined, role: 'Dbtr' | 'Cdtr') => text(related, `${role}/Nm`) ?? text(related, `${role}/Pty/Nm`);

function bankTransactionCode(node: XNode | undefined): BankTransactionCode {
  return {
    domain: text(node, 'Domn/Cd'),
    family: text(node, 'Domn/Fmly/Cd'),
    subFamily: text(node, 'Domn/Fmly/SubFmlyCd'),
    proprietary: text(node, 'Prtry/Cd'),
  };
}

function transactionOf(node: XNode, position: string): EntryTransaction {
  const related = child(node, 'RltdPties');
  const returnInfo = child(node, 'RtrInf');
  return {
    position,
    amount: amountOf(child(node, 'Amt') ?? child(node, 'AmtDtls/TxAmt/Amt') ?? child(node, 'AmtDtls/InstdAmt/Amt'), position),
    accountServicerReference: text(node, 'Refs/AcctSvcrRef'),
    paymentInformationId: text(node, 'Refs/PmtInfId'),
    instructionId: text(node, 'Refs/InstrId'),
    endToEndId: text(node, 'Refs/EndToEndId'),
    debtor: { name: partyName(related, 'Dbtr'), iban: text(related, 'DbtrAcct/Id/IBAN') },
    creditor: { name: partyName(related, 'Cdtr'), iban: text(related, 'CdtrAcct/Id/IBAN') },
    // Unstructured lines, else the creditor's structured reference (an RF or QR reference).
    remittanceInformation:
      children(child(node, 'RmtInf'), 'Ustrd')
        .map((line) => line.text.trim())
        .join(' ')
        .trim() || text(node, 'RmtInf/Strd/CdtrRefInf/Ref'),
    returnReason: returnInfo ? (text(returnInfo, 'Rsn/Cd') ?? text(returnInfo, 'Rsn/Prtry') ?? '') : null,
    bankTransactionCode: bankTransactionCode(child(node, 'BkTxCd')),
  };
}

function entryOf(node: XNode, report: AccountReport, index: number): BankEntry {
  const position = `${report.position}, entry ${index}`;
  const amount = amountOf(child(node, 'Amt'), position);
  if (!amount) throw new BankMessageRefused(`${position}: the entry has no Amt`);
  const indicator = text(node, 'CdtDbtInd');
  if (indicator !== 'CRDT' && indicator !== 'DBIT')
    throw new BankMessageRefused(`${position}: CdtDbtInd must be CRDT or DBIT, not ${indicator ?? 'missing'}`);
  // .02 and .04 write the status as a code; .08 wraps it in Cd or Prtry.
  const status = text(node, 'Sts/Cd') ?? text(node, 'Sts/Prtry') ?? text(node, 'Sts');
  if (!status) throw new BankMessageRefused(`${position}: the entry has no Sts`);
  const reversal = text(node, 'RvslInd');
  const details = children(node, 'NtryDtls');
  const batchNode = details.map((detail) => child(detail, 'Btch')).find(Boolean);
  const lines = details.flatMap((detail) => children(detail, 'TxDtls'));
  const reference = text(node, 'AcctSvcrRef');
  return {
    position,
    report,
    key: reference ? `ref:${reference}` : `seq:${report.id}/${report.electronicSequenceNumber ?? ''}/${text(node, 'NtryRef') ?? `#${index}`}`,
    amount,
    direction: indicator === 'CRDT' ? 'credit' : 'debit',
    reversal: reversal === 'true' || reversal === '1',
    status,
    bankTransactionCode: bankTransactionCode(child(node, 'BkTxCd')),
    batch: batchNode
      ? {
          paymentInformationId: text(batchNode, 'PmtInfId'),
          count: text(batchNode, 'NbOfTxs') === null ? null : Number(text(batchNode, 'NbOfTxs')),
          total: amountOf(child(batchNode, 'TtlAmt'), `${position}, batch`),
        }
      : null,
    transactions: lines.map((line, lineIndex) => transactionOf(line, lines.length > 1 ? `${position}, transaction ${lineIndex + 1}` : position)),
  };
}

function reportOf(fields: XNode[], position: string): AccountReport {
  const holder: XNode = { name: 'report', attributes: {}, text: '', children: fields };
  const id = text(holder, 'Id');
  if (!id) throw new BankMessageRefused(`${position}: it has no Id`);
  return {
    position,
    id,
    electronicSequenceNumber: text(holder, 'ElctrncSeqNb'),
    iban: text(holder, 'Acct/Id/IBAN'),
    currency: text(holder, 'Acct/Ccy'),
    copyDuplicate: text(holder, 'CpyDplctInd'),
  };
}

function statusOf(node: XNode, level: PaymentStatus['level'], position: string, context: Partial<PaymentStatus>): PaymentStatus {
  const prefix = { group: 'Grp', payment: 'PmtInf', transaction: 'Tx' }[level];
  return {
    position,
    level,
    originalMessageId: context.originalMessageId ?? text(node, 'OrgnlMsgId'),
    originalPaymentInformationId: context.originalPaymentInformationId ?? text(node, 'OrgnlPmtInfId'),
    originalInstructionId: text(node, 'OrgnlInstrId'),
    originalEndToEndId: text(node, 'OrgnlEndToEndId'),
    status: text(node, `${prefix}Sts`),
    reason: text(node, 'StsRsnInf/Rsn/Cd') ?? text(node, 'StsRsnInf/Rsn/Prtry'),
  };
}

/**
 * Reads a bank message from a stream of text, item by item: its header first, then each account
 * report's header and its entries (camt), or each status (pain.002), in the file's order. Errors:
 * BankMessageRefused (not XML, not a message Linkcy reads, or missing what it needs).
 */
export async function* readBankMessage(source: AsyncIterable<string | Buffer>): AsyncGenerator<BankMessageItem> {
  const parser = new SaxesParser({ xmlns: true, position: true });
  const ready: BankMessageItem[] = [];
  let failure: Error | undefined;

  let message: { name: string; kind: BankMessageKind; root: string; container?: string } | undefined;
  let messageId: string | null = null;
  const path: string[] = [];
  /** The element being captured (and its open descendants), with the depth it started at. */
  let capture: { stack: XNode[]; nodes: number; depth: number; onClose: (node: XNode) => void } | undefined;
  // camt: the current report's fields until its first entry, and the entries counted.
  let reportFields: XNode[] = [];
  let report: AccountReport | undefined;
  let reportCount = 0;
  let entryCount = 0;
  // pain.002: the original group's message id and the current payment block.
  let originalMessageId: string | null = null;
  let paymentBlock: XNode[] = [];
  let paymentCount = 0;
  let paymentEmitted = false;
  let transactionCount = 0;

  const fail = (reason: string) => {
    failure ??= new BankMessageRefused(reason);
  };
  const where = () => `line ${parser.line}`;
  const currentReport = () => {
    if (!report) {
      report = reportOf(
        reportFields,
        `${message!.container === 'Stmt' ? 'statement' : message!.container === 'Ntfctn' ? 'notification' : 'report'} ${reportCount}`,
      );
      ready.push({ type: 'report', report });
    }
    return report;
  };
  const paymentContext = () => {
    const holder: XNode = { name: 'OrgnlPmtInfAndSts', attributes: {}, text: '', children: paymentBlock };
    return { holder, context: { originalMessageId, originalPaymentInformationId: text(holder, 'OrgnlPmtInfId') } };
  };
  const emitPaymentStatus = () => {
    if (paymentEmitted) return;
    paymentEmitted = true;
    const { holder, context } = paymentContext();
    ready.push({ type: 'status', status: statusOf(holder, 'payment', `payment ${paymentCount}`, context) });
  };

  const startCapture = (node: XNode, onClose: (node: XNode) => void) => {
    capture = { stack: [node], nodes: 1, depth: path.length, onClose };
  };

  parser.on('opentag', (tag) => {
    if (failure) return;
    path.push(tag.local);
    if (path.length > limits.depth) return fail(`${where()}: elements nest deeper than ${limits.depth} levels`);
    const node: XNode = { name: tag.local, attributes: {}, text: '', children: [] };
    for (const attribute of Object.values(tag.attributes)) {
      if (typeof attribute !== 'string' && !attribute.prefix && attribute.local !== 'xmlns') node.attributes[attribute.local] = attribute.value;
    }
    if (capture) {
      capture.stack.at(-1)!.children.push(node);
      capture.stack.push(node);
      if (++capture.nodes > limits.nodesPerItem) fail(`${where()}: one element holds more than ${limits.nodesPerItem} others`);
      return;
    }
    if (path.length === 1) {
      const namespace = /^urn:iso:std:iso:20022:tech:xsd:([a-z]{4}\.\d{3})\.001\.(\d{2})$/.exec(tag.uri);
      const family = namespace && messages[namespace[1]!];
      if (tag.local !== 'Document' || !namespace || !family || !supportedVersions[namespace[1]!]!.includes(namespace[2]!)) {
        return fail(
          `the file is not a message Linkcy reads (its root is ${tag.local} in ${tag.uri ? `the namespace ${tag.uri}` : 'no namespace'}); ` +
            `it reads ${supportedMessages.join(', ')}`,
        );
      }
      message = { name: `${namespace[1]}.001.${namespace[2]}`, ...family };
      return;
    }
    if (path.length === 2) {
      if (tag.local !== message!.root) return fail(`${where()}: a ${message!.name} document holds ${message!.root}, not ${tag.local}`);
      return;
    }
    if (path.length === 3) {
      if (tag.local === 'GrpHdr') {
        return startCapture(node, (header) => {
          messageId = text(header, 'MsgId');
          if (!messageId) return fail('the group header has no MsgId');
          ready.push({ type: 'header', header: { name: message!.name, kind: message!.kind, messageId } });
        });
      }
      if (!messageId) return fail(`${where()}: ${tag.local} comes before the group header`);
      if (tag.local === message!.container) {
        reportCount += 1;
        reportFields = [];
        report = undefined;
        entryCount = 0;
      } else if (tag.local === 'OrgnlGrpInfAndSts') {
        startCapture(node, (group) => {
          originalMessageId = text(group, 'OrgnlMsgId');
          ready.push({ type: 'status', status: statusOf(group, 'group', 'group status', {}) });
        });
      } else if (tag.local === 'OrgnlPmtInfAndSts') {
        paymentCount += 1;
        paymentBlock = [];
        paymentEmitted = false;
        transactionCount = 0;
      } else {
        startCapture(node, () => {});
      }
      return;
    }
    if (path.length === 4 && path[2] === message!.container) {
      if (tag.local === 'Ntry') {
        const owner = currentReport();
        entryCount += 1;
        const index = entryCount;
        return startCapture(node, (entry) => ready.push({ type: 'entry', entry: entryOf(entry, owner, index) }));
      }
      return startCapture(node, (field) => {
        if (report) return; // fields after the entries (AddtlStmtInf) say nothing the model needs
        reportFields.push(field);
      });
    }
    if (path.length === 4 && path[2] === 'OrgnlPmtInfAndSts') {
      if (tag.local === 'TxInfAndSts') {
        emitPaymentStatus();
        transactionCount += 1;
        const position = `payment ${paymentCount}, transaction ${transactionCount}`;
        const { context } = paymentContext();
        return startCapture(node, (transaction) => ready.push({ type: 'status', status: statusOf(transaction, 'transaction', position, context) }));
      }
      return startCapture(node, (field) => paymentBlock.push(field));
    }
    startCapture(node, () => {});
  });

  parser.on('text', (value) => {
    if (failure || !capture) return;
    const node = capture.stack.at(-1)!;
    if (node.text.length + value.length > limits.textLength) return fail(`${where()}: an element holds more than ${limits.textLength} characters`);
    node.text += value;
  });

  parser.on('closetag', () => {
    if (failure) return;
    if (capture) {
      const node = capture.stack.pop()!;
      if (capture.stack.length === 0) {
        const { onClose } = capture;
        capture = undefined;
        try {
          onClose(node);
        } catch (error) {
          if (error instanceof BankMessageRefused) failure ??= error;
          else throw error;
        }
      }
    } else if (path.length === 3 && path[2] === message?.container) {
      // A report with no entries still names its account: checked like the others.
      try {
        currentReport();
      } catch (error) {
        if (error instanceof BankMessageRefused) failure ??= error;
        else throw error;
      }
    } else if (path.length === 3 && path[2] === 'OrgnlPmtInfAndSts') {
      emitPaymentStatus();
    }
    path.pop();
  });

  parser.on('error', (error) => {
    fail(`the file is not well-formed XML: ${error.message.split('\n')[0]}`);
  });

  const drain = function* () {
    if (failure) throw failure;
    yield* ready.splice(0);
  };
  // A character may be split between two chunks of bytes: the decoder keeps its first half.
  const decoder = new StringDecoder('utf8');
  let blank = true;
  for await (const chunk of source) {
    if (failure) break;
    const text = typeof chunk === 'string' ? chunk : decoder.write(chunk);
    blank &&= text.trim() === '';
    parser.write(text);
    yield* drain();
  }
  if (blank && !failure) throw new BankMessageRefused('the file is empty');
  if (!failure) parser.write(decoder.end()).close();
  yield* drain();
  if (!message) throw new BankMessageRefused('the file is empty or holds no XML document');
  if (!messageId) throw new BankMessageRefused('the file has no group header (GrpHdr/MsgId)');
}
