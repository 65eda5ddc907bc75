import { and, asc, desc, eq } from 'drizzle-orm';
import type { SepaFileConfig } from '../../config.js';
import type { Db } from '../../db/database.js';
import { newId } from '../../domain/ids.js';
import { sepaIdentifier, sepaPartyName } from '../../domain/sepa.js';
import { bankAccountsByIds } from '../accounts/balances.js';
import type { Clocks } from '../clock/service.js';
import { entityParties } from '../entities/service.js';
import { buildPain001, schemaProblems, type PaymentBatch, type PaymentOrder } from './iso20022.js';
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
 * the validated document before anything is changed and must have it on disk when it returns, so that
 * nothing becomes submitted without its file. The pending transfers are locked from the start; their
 * accounts only for the final steps. A transfer that cannot be written (a name with
 * nothing in the SEPA set, a document the schema refuses at its line) stays pending with the reason,
 * and the others go. Undefined when nothing can be sent (and nothing is written).
 */
export async function exportPendingTransfers(
  db: Db,
  options: {
    sepa: SepaFileConfig;
    write: (xml: string, result: ExportResult) => Promise<void>;
    /** Each organization's time (its sandbox clock): when its transfers are submitted. Real time when absent. */
    clocks?: Pick<Clocks, 'now'> | undefined;
    /** The InitgPty name, when it is not LINKCY_OPERATOR_NAME. */
    initiatingParty?: string | undefined;
    now?: Date | undefined;
  },
): Promise<ExportResult | undefined> {
  const { sepa } = options;
  const pending = await db
    .select()
    .from(sepaCreditTransfers)
    // Instant transfers never go in a file: the instant rail decides them (instant.ts).
    .where(and(eq(sepaCreditTransfers.status, 'pending'), eq(sepaCreditTransfers.scheme, 'standard')))
    .orderBy(asc(sepaCreditTransfers.bankAccountId), asc(sepaCreditTransfers.id))
    .for('update');
  if (pending.length === 0) return undefined;

  const now = options.now ?? new Date();
  const messageId = sepaIdentifier(newId('sepaExport', now.getTime()));
  const accounts = new Map(
    (
      await bankAccountsByIds(
        db,
        pending.map((row) => row.bankAccountId),
      )
    ).map((account) => [account.id, account]),
  );
  const owners = await entityParties(
    db,
    [...accounts.values()].map((account) => account.entityId),
  );
  const operatorName = sepaPartyName(sepa.operator.name);
  const operator = operatorName.ok ? operatorName.text : 'Linkcy';
  const held = new Map<string, string>();
  const orderOf = new Map<string, SepaCreditTransferRow>();

  const batches = new Map<string, PaymentBatch>();
  for (const row of pending) {
    const account = accounts.get(row.bankAccountId)!;
    const owner = owners.get(account.entityId)!;
    const debtorName = sepaPartyName(owner.name);
    const creditorName = sepaPartyName(row.creditor.name);
    if (!creditorName.ok || !debtorName.ok) {
      held.set(row.id, `the ${creditorName.ok ? 'debtor' : 'creditor'} name has nothing the SEPA character set can spell`);
      continue;
    }
    const order: PaymentOrder = {
      instructionId: sepaIdentifier(row.id),
      endToEndId: sepaIdentifier(row.endToEndId),
      amount: row.amount,
      currency: row.currency,
      creditor: { ...row.creditor, name: creditorName.text },
      remittanceInformation: row.remittanceInformation,
    };
    orderOf.set(order.instructionId, row);
    // Hosted: a block per customer account, its debtor the customer. Omnibus: one block from the
    // settlement account, each payment naming its customer as ultimate debtor.
    const key = sepa.debtor === 'hosted' ? account.iban : 'omnibus';
    let batch = batches.get(key);
    if (!batch) {
      batch = {
        id: `${messageId.slice(-26)}-${batches.size + 1}`,
        debtor:
          sepa.debtor === 'hosted'
            ? { name: debtorName.text, iban: account.iban, bic: account.bic, address: owner.address }
            : { name: operator, iban: sepa.settlement!.iban, bic: sepa.settlement!.bic, address: sepa.operator.address! },
        orders: [],
      };
      batches.set(key, batch);
    }
    if (sepa.debtor === 'omnibus') order.ultimateDebtor = { name: debtorName.text, kind: owner.kind, iban: account.iban };
    batch.orders.push(order);
  }

  const initiatingParty = { name: options.initiatingParty ?? operator, id: sepa.operator.id };
  const executionDate = dayIn(sepa.timeZone, now);
  // Every value was checked on the way in; what the schema still refuses is held back by the line it
  // is on (each payment has its own line), and the rest is written again, never the whole file lost.
  let xml: string | undefined;
  for (let attempt = 0; attempt < 5; attempt += 1) {
    const blocks = [...batches.values()].filter((batch) => batch.orders.length > 0);
    if (blocks.length === 0) break;
    const candidate = buildPain001({ messageId, createdAt: now, executionDate, initiatingParty, batchBooking: sepa.batchBooking, batches: blocks });
    const problems = await schemaProblems('pain.001.001.09', candidate);
    if (problems.length === 0) {
      xml = candidate;
      break;
    }
    const lines = candidate.split('\n');
    let removed = 0;
    for (const problem of problems) {
      const line = lines[Number(/^line (\d+):/.exec(problem)?.[1] ?? 0) - 1] ?? '';
      const instruction = /<InstrId>([^<]+)<\/InstrId>/.exec(line)?.[1];
      const block = [...line.matchAll(/<PmtInfId>([^<]+)<\/PmtInfId>/g)].at(-1)?.[1];
      const victims = instruction
        ? [instruction]
        : block
          ? ([...batches.values()].find((batch) => batch.id === block)?.orders.map((order) => order.instructionId) ?? [])
          : [];
      if (victims.length === 0) throw new Error(`the pain.001 written does not validate outside any payment: ${problem}`);
      for (const victim of victims) {
        const row = orderOf.get(victim)!;
        if (held.has(row.id)) continue;
        held.set(row.id, `the bank file's schema refuses it: ${problem.replace(/^line \d+: /, '')}`);
        removed += 1;
      }
      for (const batch of batches.values()) batch.orders = batch.orders.filter((order) => !victims.includes(order.instructionId));
    }
    if (removed === 0) throw new Error(`the pain.001 written does not validate: ${problems.join('; ')}`);
  }

  const heldList = [...held].map(([id, reason]) => ({ id, reason }));
  if (heldList.length > 0) {
    for (const { id, reason } of heldList) await db.update(sepaCreditTransfers).set({ exportProblem: reason }).where(eq(sepaCreditTransfers.id, id));
  }
  if (!xml) return heldList.length > 0 ? { messageId, transfers: 0, controlSum: 0, held: heldList } : undefined;

  const timeOf = organizationTimes(db, options.clocks, now);
  const steps: SepaStepCommand[] = [];
  let controlSum = 0;
  for (const batch of batches.values()) {
    for (const order of batch.orders) {
      const row = orderOf.get(order.instructionId)!;
      controlSum += row.amount;
      steps.push({ row, step: 'submit', at: await timeOf(row.organizationId), exportMessageId: messageId, paymentInformationId: batch.id });
    }
  }
  const result: ExportResult = { messageId, transfers: steps.length, controlSum, held: heldList };
  // The file first (flushed; it counts only once this transaction commits), then the money: the
  // accounts' locks, which the steps take, are held for those few statements and the commit only,
  // not while a large file is written (issue 28 item 2).
  await options.write(xml, result);
  await db.insert(sepaExports).values({ messageId, transferCount: result.transfers, controlSum, document: xml, createdAt: now });
  // In chunks, so that a payroll's file does not hold every step's rows and events at once (issue 30);
  // the steps follow the accounts' id order, so the chunks lock accounts in that order too.
  for (let from = 0; from < steps.length; from += exportStepChunk) await advanceSepaCreditTransfers(db, steps.slice(from, from + exportStepChunk));
  return result;
}

/** How many submissions of an export are planned and written together. */
const exportStepChunk = 2_000;

/** The calendar day of `at` in a time zone, as YYYY-MM-DD. */
export function dayIn(timeZone: string, at: Date): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(at);
}

/** A pain.001 written before, by message id (a lost file is written again, byte for byte). */
export async function exportedDocument(db: Db, messageId: string): Promise<string | undefined> {
  const [row] = await db.select({ document: sepaExports.document }).from(sepaExports).where(eq(sepaExports.messageId, messageId));
  return row?.document;
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
