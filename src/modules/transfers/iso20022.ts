import { readFileSync } from 'node:fs';
import { decimalAmount, sepaPartyName, type SepaAddress } from '../../domain/sepa.js';

/**
 * The ISO 20022 messages a self-hosting operator exchanges with its partner bank (SPEC §9): pain.001
 * (payment orders, EPC SCT customer-to-bank 2023) out, camt.053 (statements) in and out. Documents are
 * written as text with every value escaped, and checked against the published schemas with libxml2
 * (a WebAssembly build, loaded on first use so that a server that never touches a bank file never pays
 * for it).
 */

export type MessageKind = 'pain.001.001.09' | 'camt.053.001.08';

const namespaces: Record<MessageKind, string> = {
  'pain.001.001.09': 'urn:iso:std:iso:20022:tech:xsd:pain.001.001.09',
  'camt.053.001.08': 'urn:iso:std:iso:20022:tech:xsd:camt.053.001.08',
};

// assets/ sits beside src/ and dist/, which mirror each other: the same path works from both.
const schemaFile = (kind: MessageKind) => new URL(`../../../assets/iso20022/${kind}.xsd`, import.meta.url);

type Libxml = typeof import('libxml2-wasm');
let libxml: Promise<Libxml> | undefined;
const validators = new Map<MessageKind, Promise<import('libxml2-wasm').XsdValidator>>();

function validatorFor(kind: MessageKind) {
  let validator = validators.get(kind);
  if (!validator) {
    validator = (async () => {
      const { XmlDocument, XsdValidator } = await (libxml ??= import('libxml2-wasm'));
      const schema = XmlDocument.fromBuffer(readFileSync(schemaFile(kind)));
      try {
        return XsdValidator.fromDoc(schema);
      } finally {
        schema.dispose();
      }
    })();
    validators.set(kind, validator);
  }
  return validator;
}

/** What is wrong with a document for its schema, one line per problem (empty when it validates). */
export async function schemaProblems(kind: MessageKind, xml: string): Promise<string[]> {
  const { XmlDocument, XmlParseError } = await (libxml ??= import('libxml2-wasm'));
  const validator = await validatorFor(kind);
  let document: import('libxml2-wasm').XmlDocument;
  try {
    document = XmlDocument.fromString(xml);
  } catch (error) {
    if (error instanceof XmlParseError) return error.details.map((detail) => `line ${detail.line}: ${detail.message.trim()}`);
    throw error;
  }
  try {
    const root = document.root;
    if (root.namespaceUri !== namespaces[kind]) return [`the document is not a ${kind} message (its namespace is ${root.namespaceUri || 'none'})`];
    validator.validate(document);
    return [];
  } catch (error) {
    const details = (error as { details?: { line: number; message: string }[] }).details;
    if (!details) throw error;
    return details.map((detail) => `line ${detail.line}: ${detail.message.trim()}`);
  } finally {
    document.dispose();
  }
}

// Writing.

const escapes: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };
// Most values need nothing: tested first, they are not copied (a payroll's file has a million of them).
const escape = (text: string) => (/[&<>"]/.test(text) ? text.replace(/[&<>"]/g, (sign) => escapes[sign]!) : text);

/** An element with text, or with children (an array of elements); undefined and null children are left out. */
type Node = string | undefined | null | false;
function el(name: string, content: string | number | Node[], attributes?: Record<string, string>): string {
  let attrs = '';
  if (attributes) for (const key in attributes) attrs += ` ${key}="${escape(attributes[key]!)}"`;
  if (!Array.isArray(content)) return `<${name}${attrs}>${escape(String(content))}</${name}>`;
  let inner = '';
  for (const child of content) if (child) inner += child;
  return `<${name}${attrs}>${inner}</${name}>`;
}

function document(kind: MessageKind, body: string): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n<Document xmlns="${namespaces[kind]}">${body}</Document>\n`;
}

const isoSeconds = (date: Date) => `${date.toISOString().slice(0, 19)}Z`;
const isoDate = (date: Date) => date.toISOString().slice(0, 10);
const amount = (minor: number, currency: string) => el('Amt', [el('InstdAmt', decimalAmount(minor), { Ccy: currency })]);

export interface PaymentOrder {
  /** InstrId and EndToEndId, already in the SEPA identifier set. */
  instructionId: string;
  endToEndId: string;
  amount: number;
  currency: string;
  /** Names already transliterated and cut (domain/sepa.ts#sepaPartyName). */
  creditor: { name: string; iban: string; bic: string | null };
  remittanceInformation: string | null;
  /** Omnibus mode: the customer whose money it is, named with their Linkcy IBAN. */
  ultimateDebtor?: { name: string; kind: 'individual' | 'business'; iban: string } | undefined;
}

export interface PaymentBatch {
  /** PmtInfId: how the bank's statements and status reports name the block. */
  id: string;
  debtor: { name: string; iban: string; bic: string; address: SepaAddress };
  orders: PaymentOrder[];
}

export interface Pain001 {
  messageId: string;
  createdAt: Date;
  /** ReqdExctnDt: today in the operator's time zone, YYYY-MM-DD. */
  executionDate: string;
  initiatingParty: { name: string; id: string };
  batchBooking: boolean;
  batches: PaymentBatch[];
}

/** A structured postal address (EPC 2023: street, postal code, town and country). */
function postalAddress(address: SepaAddress): Node {
  const text = (value: string | null, max: number) => {
    if (!value) return null;
    const spelled = sepaPartyName(value);
    return spelled.ok ? spelled.text.slice(0, max).trimEnd() : null;
  };
  const street = text([address.line1, address.line2].filter(Boolean).join(' '), 70);
  return el('PstlAdr', [
    street && el('StrtNm', street),
    text(address.postalCode, 16) && el('PstCd', text(address.postalCode, 16)!),
    text(address.city, 35) && el('TwnNm', text(address.city, 35)!),
    el('Ctry', address.country),
  ]);
}

/** A party's identification: an organisation's or a person's, with a proprietary scheme. */
const partyId = (kind: 'individual' | 'business', id: string, scheme: string) =>
  el('Id', [el(kind === 'business' ? 'OrgId' : 'PrvtId', [el('Othr', [el('Id', id), el('SchmeNm', [el('Prtry', scheme)])])])]);

/** What a group header or a payment information block declares about the payments under it. */
export interface PaymentTotals {
  count: number;
  /** In cents. */
  sum: number;
}

/**
 * A pain.001.001.09 message (EPC SCT C2PSP 2023) in the pieces it is written in, so that a payroll's
 * file can be streamed: the start (group header), each payment information block's start, one line per
 * payment, each block's end, the end. One block per debtor account (hosted) or one for the settlement
 * account (omnibus); the group's and each block's number of transactions and control sum. Each
 * transaction is on a line of its own, so that a schema problem's line names the transfer it is in.
 */
export const pain001 = {
  start(input: Omit<Pain001, 'batches'>, totals: PaymentTotals): string {
    return (
      `<?xml version="1.0" encoding="UTF-8"?>\n<Document xmlns="${namespaces['pain.001.001.09']}"><CstmrCdtTrfInitn>` +
      el('GrpHdr', [
        el('MsgId', input.messageId),
        el('CreDtTm', isoSeconds(input.createdAt)),
        el('NbOfTxs', totals.count),
        el('CtrlSum', decimalAmount(totals.sum)),
        el('InitgPty', [el('Nm', input.initiatingParty.name), partyId('business', input.initiatingParty.id, 'LINKCY')]),
      ])
    );
  },
  blockStart(input: Omit<Pain001, 'batches'>, batch: Omit<PaymentBatch, 'orders'>, totals: PaymentTotals): string {
    const head = el('PmtInf', [
      el('PmtInfId', batch.id),
      el('PmtMtd', 'TRF'),
      el('BtchBookg', input.batchBooking ? 'true' : 'false'),
      el('NbOfTxs', totals.count),
      el('CtrlSum', decimalAmount(totals.sum)),
      el('PmtTpInf', [el('SvcLvl', [el('Cd', 'SEPA')])]),
      el('ReqdExctnDt', [el('Dt', input.executionDate)]),
      el('Dbtr', [el('Nm', batch.debtor.name), postalAddress(batch.debtor.address)]),
      el('DbtrAcct', [el('Id', [el('IBAN', batch.debtor.iban)])]),
      el('DbtrAgt', [el('FinInstnId', [el('BICFI', batch.debtor.bic)])]),
      el('ChrgBr', 'SLEV'),
    ]);
    return head.slice(0, -'</PmtInf>'.length);
  },
  payment(order: PaymentOrder): string {
    return (
      '\n' +
      el('CdtTrfTxInf', [
        el('PmtId', [el('InstrId', order.instructionId), el('EndToEndId', order.endToEndId)]),
        amount(order.amount, order.currency),
        order.ultimateDebtor &&
          el('UltmtDbtr', [el('Nm', order.ultimateDebtor.name), partyId(order.ultimateDebtor.kind, order.ultimateDebtor.iban, 'IBAN')]),
        order.creditor.bic && el('CdtrAgt', [el('FinInstnId', [el('BICFI', order.creditor.bic)])]),
        el('Cdtr', [el('Nm', order.creditor.name)]),
        el('CdtrAcct', [el('Id', [el('IBAN', order.creditor.iban)])]),
        order.remittanceInformation && el('RmtInf', [el('Ustrd', order.remittanceInformation)]),
      ])
    );
  },
  blockEnd: '\n</PmtInf>',
  end: '</CstmrCdtTrfInitn></Document>\n',
};

/** A whole pain.001.001.09 message: its pieces (above) joined. */
export function buildPain001(input: Pain001): string {
  const totals = (orders: PaymentOrder[]) => ({ count: orders.length, sum: orders.reduce((total, order) => total + order.amount, 0) });
  return [
    pain001.start(input, totals(input.batches.flatMap((batch) => batch.orders))),
    ...input.batches.map(
      (batch) => pain001.blockStart(input, batch, totals(batch.orders)) + batch.orders.map(pain001.payment).join('') + pain001.blockEnd,
    ),
    pain001.end,
  ].join('');
}

export interface StatementEntry {
  reference: string;
  amount: number;
  direction: 'credit' | 'debit';
  bookedAt: Date;
  endToEndId: string | null;
  instructionId: string | null;
  /** The other side, and this account, as debtor or creditor depending on the direction. */
  counterparty: { name: string; iban: string | null } | null;
  remittanceInformation: string | null;
  returnReason: string | null;
  /** ISO bank transaction code family and sub-family, such as RCDT/ESCT or ICDT/ESCT. */
  family: string;
  subFamily: string;
}

export interface Statement {
  messageId: string;
  statementId: string;
  /** ElctrncSeqNb: higher for later statements of the account. */
  sequenceNumber: number;
  createdAt: Date;
  from: Date;
  to: Date;
  account: { iban: string; currency: string; ownerName: string; bic: string };
  opening: number;
  closing: number;
  entries: StatementEntry[];
}

const balance = (code: 'OPBD' | 'CLBD', minor: number, currency: string, date: Date) =>
  el('Bal', [
    el('Tp', [el('CdOrPrtry', [el('Cd', code)])]),
    el('Amt', decimalAmount(Math.abs(minor)), { Ccy: currency }),
    el('CdtDbtInd', minor < 0 ? 'DBIT' : 'CRDT'),
    el('Dt', [el('Dt', isoDate(date))]),
  ]);

/** A camt.053.001.08 statement of one account: opening and closing booked balances, one entry per posting. */
export function buildCamt053(statement: Statement): string {
  const { account } = statement;
  const body = el('BkToCstmrStmt', [
    el('GrpHdr', [el('MsgId', statement.messageId), el('CreDtTm', isoSeconds(statement.createdAt))]),
    el('Stmt', [
      el('Id', statement.statementId),
      el('ElctrncSeqNb', statement.sequenceNumber),
      el('CreDtTm', isoSeconds(statement.createdAt)),
      el('FrToDt', [el('FrDtTm', isoSeconds(statement.from)), el('ToDtTm', isoSeconds(statement.to))]),
      el('Acct', [
        el('Id', [el('IBAN', account.iban)]),
        el('Ccy', account.currency),
        el('Ownr', [el('Nm', account.ownerName.slice(0, 140))]),
        el('Svcr', [el('FinInstnId', [el('BICFI', account.bic)])]),
      ]),
      balance('OPBD', statement.opening, account.currency, statement.from),
      balance('CLBD', statement.closing, account.currency, statement.to),
      el('TxsSummry', [
        el('TtlNtries', [
          el('NbOfNtries', statement.entries.length),
          el('Sum', decimalAmount(statement.entries.reduce((total, entry) => total + entry.amount, 0))),
        ]),
      ]),
      ...statement.entries.map((entry) => {
        const self = { name: account.ownerName, iban: account.iban };
        const [debtor, creditor] = entry.direction === 'credit' ? [entry.counterparty, self] : [self, entry.counterparty];
        const party = (role: 'Dbtr' | 'Cdtr', who: { name: string; iban: string | null } | null) =>
          who && [el(role, [el('Pty', [el('Nm', who.name.slice(0, 140))])]), who.iban && el(`${role}Acct`, [el('Id', [el('IBAN', who.iban)])])];
        return el('Ntry', [
          el('NtryRef', entry.reference),
          el('Amt', decimalAmount(entry.amount), { Ccy: account.currency }),
          el('CdtDbtInd', entry.direction === 'credit' ? 'CRDT' : 'DBIT'),
          el('Sts', [el('Cd', 'BOOK')]),
          el('BookgDt', [el('DtTm', isoSeconds(entry.bookedAt))]),
          el('ValDt', [el('Dt', isoDate(entry.bookedAt))]),
          el('AcctSvcrRef', entry.reference),
          el('BkTxCd', [el('Domn', [el('Cd', 'PMNT'), el('Fmly', [el('Cd', entry.family), el('SubFmlyCd', entry.subFamily)])])]),
          el('NtryDtls', [
            el('TxDtls', [
              el('Refs', [
                el('AcctSvcrRef', entry.reference),
                entry.instructionId && el('InstrId', entry.instructionId),
                el('EndToEndId', entry.endToEndId ?? 'NOTPROVIDED'),
              ]),
              el('Amt', decimalAmount(entry.amount), { Ccy: account.currency }),
              el('CdtDbtInd', entry.direction === 'credit' ? 'CRDT' : 'DBIT'),
              el('RltdPties', [...(party('Dbtr', debtor) ?? []), ...(party('Cdtr', creditor) ?? [])]),
              entry.remittanceInformation && el('RmtInf', [el('Ustrd', entry.remittanceInformation.slice(0, 140))]),
              entry.returnReason && el('RtrInf', [el('Rsn', [el('Cd', entry.returnReason)])]),
            ]),
          ]),
        ]);
      }),
    ]),
  ]);
  return document('camt.053.001.08', body);
}
