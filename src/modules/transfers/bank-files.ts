import { once } from 'node:events';
import { createGzip, gunzipSync } from 'node:zlib';
import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import type { SepaFileConfig } from '../../config.js';
import type { Db } from '../../db/database.js';
import { releaseGarbage } from '../../heap.js';
import { newId } from '../../domain/ids.js';
import { sepaIdentifier, sepaPartyName } from '../../domain/sepa.js';
import { bankAccountsByIds } from '../accounts/balances.js';
import type { Clocks } from '../clock/service.js';
import { entityParties } from '../entities/service.js';
import { buildPain001, pain001, schemaProblems, type Pain001, type PaymentBatch, type PaymentOrder, type PaymentTotals } from './iso20022.js';
import { sepaCreditTransfers, sepaExports, type SepaCreditTransferRow } from './schema.js';
import { advanceSepaCreditTransfers, type SepaStepCommand } from './service.js';

/**
 * The pain.001 files a self-hosting operator sends its partner bank (SPEC §9, §13): every pending SEPA
 * credit transfer of every organization in one message, as the operator's account at the bank spans
 * them all. What the bank sends back is read by bank-import.ts.
 */

/** A bank file that cannot be used: why, line by line. Nothing was changed. */
export class BankFileRefused extends Error {
  constructor(
    message: string,
    readonly problems: string[] = [],
  ) {
    super(problems.length > 0 ? `${message}\n  ${problems.slice(0, 20).join('\n  ')}` : message);
  }
}

export interface ExportResult {
  messageId: string;
  transfers: number;
  /** In cents. */
  controlSum: number;
  /** Transfers that could not be written: they stay pending, with the reason (SPEC §13). */
  held: { id: string; reason: string }[];
}

/**
 * Puts every pending transfer into one pain.001.001.09 message, marks them submitted (their money moves
 * to the SEPA clearing account) and keeps the message, in the caller's transaction. `write` receives
 * the validated document as it is written, in pieces, before anything is changed, and must have it on
 * disk when it returns, so that nothing becomes submitted without its file. The pending transfers are
 * locked from the start; their accounts only for the final steps. A transfer that cannot be written (a
 * name with nothing in the SEPA set, a payment the schema refuses at its line) stays pending with the
 * reason, and the others go. Undefined when nothing can be sent (and nothing is written).
 *
 * A payroll's file is never held whole (issue 30): the transfers are read a page at a time three times
 * (checked and validated; written; submitted), and what stays in memory is each written transfer's id
 * and each payment block's totals.
 */
export async function exportPendingTransfers(
  db: Db,
  options: {
    sepa: SepaFileConfig;
    write: (document: AsyncIterable<string>, result: ExportResult) => Promise<void>;
    /** Each organization's time (its sandbox clock): when its transfers are submitted. Real time when absent. */
    clocks?: Pick<Clocks, 'now'> | undefined;
    /** The InitgPty name, when it is not LINKCY_OPERATOR_NAME. */
    initiatingParty?: string | undefined;
    now?: Date | undefined;
    /** How many transfers are read, checked, written and submitted together. */
    pageSize?: number | undefined;
  },
): Promise<ExportResult | undefined> {
  const now = options.now ?? new Date();
  const pageSize = options.pageSize ?? 2_000;
  const file = new PaymentFile(db, options.sepa, sepaIdentifier(newId('sepaExport', now.getTime())), now, options.initiatingParty, pageSize);
  // 1. Lock every pending transfer, page by page in the order they are written, and check each page.
  for (let after: PaymentRow | undefined; ;) {
    const page = await db
      .select(paymentColumns)
      .from(sepaCreditTransfers)
      .where(
        and(
          eq(sepaCreditTransfers.status, 'pending'),
          // Instant transfers never go in a file: the instant rail decides them (instant.ts).
          eq(sepaCreditTransfers.scheme, 'standard'),
          after && sql`(${sepaCreditTransfers.bankAccountId}, ${sepaCreditTransfers.id}) > (${after.bankAccountId}, ${after.id})`,
        ),
      )
      .orderBy(asc(sepaCreditTransfers.bankAccountId), asc(sepaCreditTransfers.id))
      .limit(pageSize)
      .for('update');
    if (page.length === 0) break;
    await file.check(page);
    after = page.at(-1);
    releaseGarbage();
  }
  const { messageId, held } = file;
  const heldList = [...held].map(([id, reason]) => ({ id, reason }));
  for (const { id, reason } of heldList) await db.update(sepaCreditTransfers).set({ exportProblem: reason }).where(eq(sepaCreditTransfers.id, id));
  if (file.written.length === 0) return heldList.length > 0 ? { messageId, transfers: 0, controlSum: 0, held: heldList } : undefined;

  // 2. The file first (flushed; it counts only once this transaction commits), then the money: the
  // accounts' locks, which the steps take, are held for those statements and the commit only, not
  // while a large file is written (issue 28 item 2).
  const result: ExportResult = { messageId, transfers: file.written.length, controlSum: file.totals.sum, held: heldList };
  const gzip = createGzip();
  const compressed: Buffer[] = [];
  gzip.on('data', (chunk: Buffer) => compressed.push(chunk));
  let complete = false;
  async function* pieces() {
    for await (const piece of file.pieces()) {
      if (!gzip.write(piece)) await once(gzip, 'drain');
      yield piece;
    }
    complete = true;
  }
  await options.write(pieces(), result);
  if (!complete) throw new Error('the export was not written whole: its transfers stay pending');
  const ended = once(gzip, 'end');
  gzip.end();
  await ended;
  await db
    .insert(sepaExports)
    .values({ messageId, transferCount: result.transfers, controlSum: result.controlSum, documentGzip: Buffer.concat(compressed), createdAt: now });

  // 3. The submissions, a page at a time in the accounts' id order (the order the pages locked them in).
  const timeOf = organizationTimes(db, options.clocks, now);
  for await (const page of file.writtenPages(true)) {
    const steps: SepaStepCommand[] = [];
    for (const { row, block } of page) {
      steps.push({ row, step: 'submit', at: await timeOf(row.organizationId), exportMessageId: messageId, paymentInformationId: block.id });
    }
    await advanceSepaCreditTransfers(db, steps);
    releaseGarbage();
  }
  return result;
}

/** What a transfer's payment is made of: what the export reads until it submits them. */
const paymentColumns = {
  id: sepaCreditTransfers.id,
  bankAccountId: sepaCreditTransfers.bankAccountId,
  endToEndId: sepaCreditTransfers.endToEndId,
  amount: sepaCreditTransfers.amount,
  currency: sepaCreditTransfers.currency,
  creditor: sepaCreditTransfers.creditor,
  remittanceInformation: sepaCreditTransfers.remittanceInformation,
};
type PaymentRow = Pick<SepaCreditTransferRow, keyof typeof paymentColumns>;

interface PaymentBlock extends Omit<PaymentBatch, 'orders'> {
  totals: PaymentTotals;
}

/**
 * One pain.001 as it is put together: the payment blocks (a block per customer account when hosted, one
 * from the settlement account when omnibus) with their totals, the transfers written in each, those
 * held back. Each transfer's payment is made from its row, its account and its owner the same way
 * every time, so the file is checked and written from two reads of the same locked rows.
 */
class PaymentFile {
  readonly blocks = new Map<string, PaymentBlock>();
  readonly written: { id: string; block: PaymentBlock }[] = [];
  readonly held = new Map<string, string>();
  readonly totals: PaymentTotals = { count: 0, sum: 0 };
  private readonly header: Omit<Pain001, 'batches'>;
  private readonly operator: string;

  constructor(
    private readonly db: Db,
    private readonly sepa: SepaFileConfig,
    readonly messageId: string,
    now: Date,
    initiatingParty: string | undefined,
    private readonly pageSize: number,
  ) {
    const operatorName = sepaPartyName(sepa.operator.name);
    this.operator = operatorName.ok ? operatorName.text : 'Linkcy';
    this.header = {
      messageId,
      createdAt: now,
      executionDate: dayIn(sepa.timeZone, now),
      initiatingParty: { name: initiatingParty ?? this.operator, id: sepa.operator.id },
      batchBooking: sepa.batchBooking,
    };
  }

  /**
   * Makes a page's payments and validates them as a document of their own (the blocks' headers with
   * them): what the schema refuses is held back by the line it is on (each payment has its own line),
   * a block's header problem holds the block's payments, and the rest is validated again.
   */
  async check(rows: PaymentRow[]) {
    const payments = new Map<string, { row: PaymentRow; block: PaymentBlock; order: PaymentOrder }>();
    for (const { row, block, order, problem } of await this.payments(rows)) {
      if (problem) this.held.set(row.id, problem);
      else payments.set(order!.instructionId, { row, block: block!, order: order! });
    }
    for (let attempt = 0; attempt < 5 && payments.size > 0; attempt += 1) {
      const batches = new Map<PaymentBlock, PaymentOrder[]>();
      for (const { block, order } of payments.values()) batches.set(block, [...(batches.get(block) ?? []), order]);
      const candidate = buildPain001({ ...this.header, batches: [...batches].map(([block, orders]) => ({ ...block, orders })) });
      const problems = await schemaProblems('pain.001.001.09', candidate);
      if (problems.length === 0) break;
      const lines = candidate.split('\n');
      let removed = 0;
      for (const problem of problems) {
        const line = lines[Number(/^line (\d+):/.exec(problem)?.[1] ?? 0) - 1] ?? '';
        const instruction = /<InstrId>([^<]+)<\/InstrId>/.exec(line)?.[1];
        const blockId = [...line.matchAll(/<PmtInfId>([^<]+)<\/PmtInfId>/g)].at(-1)?.[1];
        const victims = instruction
          ? [instruction]
          : blockId
            ? [...payments.values()].filter(({ block }) => block.id === blockId).map(({ order }) => order.instructionId)
            : [];
        if (victims.length === 0) throw new Error(`the pain.001 written does not validate outside any payment: ${problem}`);
        for (const victim of victims) {
          const payment = payments.get(victim);
          if (!payment) continue;
          this.held.set(payment.row.id, `the bank file's schema refuses it: ${problem.replace(/^line \d+: /, '')}`);
          payments.delete(victim);
          removed += 1;
        }
      }
      if (removed === 0) throw new Error(`the pain.001 written does not validate: ${problems.join('; ')}`);
      if (attempt === 4) throw new Error(`the pain.001 written still does not validate: ${problems.join('; ')}`);
    }
    for (const { row, block } of payments.values()) {
      this.written.push({ id: row.id, block });
      block.totals.count += 1;
      block.totals.sum += row.amount;
      this.totals.count += 1;
      this.totals.sum += row.amount;
    }
  }

  /** The document, piece by piece: each written transfer read again, a page at a time. */
  async *pieces(): AsyncGenerator<string> {
    yield pain001.start(this.header, this.totals);
    let open: PaymentBlock | undefined;
    for await (const page of this.writtenPages(false)) {
      const payments = await this.payments(page.map(({ row }) => row));
      for (const { block, order } of payments) {
        if (block !== open) {
          if (open) yield pain001.blockEnd;
          yield pain001.blockStart(this.header, block!, block!.totals);
          open = block;
        }
        yield pain001.payment(order!);
      }
      releaseGarbage();
    }
    if (open) yield pain001.blockEnd;
    yield pain001.end;
  }

  /** The written transfers' rows (their payment's columns, or whole), a page at a time in the file's order. */
  writtenPages(whole: true): AsyncGenerator<{ row: SepaCreditTransferRow; block: PaymentBlock }[]>;
  writtenPages(whole: false): AsyncGenerator<{ row: PaymentRow; block: PaymentBlock }[]>;
  async *writtenPages(whole: boolean): AsyncGenerator<{ row: PaymentRow; block: PaymentBlock }[]> {
    for (let from = 0; from < this.written.length; from += this.pageSize) {
      const slice = this.written.slice(from, from + this.pageSize);
      const ids = slice.map(({ id }) => id);
      const query = whole ? this.db.select().from(sepaCreditTransfers) : this.db.select(paymentColumns).from(sepaCreditTransfers);
      const rows = new Map((await query.where(inArray(sepaCreditTransfers.id, ids))).map((row) => [row.id, row]));
      yield slice.map(({ id, block }) => ({ row: rows.get(id)!, block }));
    }
  }

  /** Each row's payment and block, or why it cannot be written. */
  private async payments(rows: PaymentRow[]) {
    const accounts = new Map(
      (
        await bankAccountsByIds(
          this.db,
          rows.map((row) => row.bankAccountId),
        )
      ).map((account) => [account.id, account]),
    );
    const owners = await entityParties(
      this.db,
      [...accounts.values()].map((account) => account.entityId),
    );
    return rows.map((row) => {
      const account = accounts.get(row.bankAccountId)!;
      const owner = owners.get(account.entityId)!;
      const debtorName = sepaPartyName(owner.name);
      const creditorName = sepaPartyName(row.creditor.name);
      if (!creditorName.ok || !debtorName.ok) {
        return { row, problem: `the ${creditorName.ok ? 'debtor' : 'creditor'} name has nothing the SEPA character set can spell` };
      }
      const order: PaymentOrder = {
        instructionId: sepaIdentifier(row.id),
        endToEndId: sepaIdentifier(row.endToEndId),
        amount: row.amount,
        currency: row.currency,
        creditor: { ...row.creditor, name: creditorName.text },
        remittanceInformation: row.remittanceInformation,
      };
      // Hosted: a block per customer account, its debtor the customer. Omnibus: one block from the
      // settlement account, each payment naming its customer as ultimate debtor.
      const key = this.sepa.debtor === 'hosted' ? account.iban : 'omnibus';
      let block = this.blocks.get(key);
      if (!block) {
        block = {
          id: `${this.messageId.slice(-26)}-${this.blocks.size + 1}`,
          debtor:
            this.sepa.debtor === 'hosted'
              ? { name: debtorName.text, iban: account.iban, bic: account.bic, address: owner.address }
              : { name: this.operator, iban: this.sepa.settlement!.iban, bic: this.sepa.settlement!.bic, address: this.sepa.operator.address! },
          totals: { count: 0, sum: 0 },
        };
        this.blocks.set(key, block);
      }
      if (this.sepa.debtor === 'omnibus') order.ultimateDebtor = { name: debtorName.text, kind: owner.kind, iban: account.iban };
      return { row, block, order };
    });
  }
}

/** The calendar day of `at` in a time zone, as YYYY-MM-DD. */
export function dayIn(timeZone: string, at: Date): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(at);
}

/** A pain.001 written before, by message id (a lost file is written again, byte for byte). */
export async function exportedDocument(db: Db, messageId: string): Promise<string | undefined> {
  const [row] = await db
    .select({ document: sepaExports.document, documentGzip: sepaExports.documentGzip })
    .from(sepaExports)
    .where(eq(sepaExports.messageId, messageId));
  if (!row) return undefined;
  return row.documentGzip ? gunzipSync(row.documentGzip).toString('utf8') : row.document!;
}

/** Whether an export was committed (without reading its document). */
export async function exportExists(db: Db, messageId: string): Promise<boolean> {
  const rows = await db.select({ messageId: sepaExports.messageId }).from(sepaExports).where(eq(sepaExports.messageId, messageId));
  return rows.length > 0;
}

/** Every export, newest first: what the operator has sent (or should have). */
export async function listExports(db: Db, limit = 100) {
  return db
    .select({
      messageId: sepaExports.messageId,
      transfers: sepaExports.transferCount,
      controlSum: sepaExports.controlSum,
      createdAt: sepaExports.createdAt,
    })
    .from(sepaExports)
    .orderBy(desc(sepaExports.createdAt), desc(sepaExports.messageId))
    .limit(limit);
}

/**
 * Each organization's time (its sandbox clock, SPEC §11) for what a bank file does to it, read once per
 * organization and file through the file's transaction (on the embedded database a read beside an open
 * transaction would wait for it forever); `realNow` without clocks.
 */
export function organizationTimes(db: Db, clocks: Pick<Clocks, 'now'> | undefined, realNow: Date): (organizationId: string) => Promise<Date> {
  const times = new Map<string, Promise<Date>>();
  return (organizationId) => {
    if (!clocks) return Promise.resolve(realNow);
    let time = times.get(organizationId);
    if (!time) times.set(organizationId, (time = clocks.now(organizationId, db)));
    return time;
  };
}
