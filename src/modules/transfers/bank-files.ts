import { createHash } from 'node:crypto';
import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../db/database.js';
import { isId, newId } from '../../domain/ids.js';
import { bankAccountsByIds } from '../accounts/balances.js';
import { bankAccountByIban } from '../accounts/service.js';
import { entityNames } from '../entities/service.js';
import { receiveIncomingTransfers, type IncomingTransferCommand } from '../ledger/incoming-transfers.js';
import type { SuspenseCredit } from '../ledger/outgoing.js';
import type { Clocks } from '../clock/service.js';
import { soleOrganizationId } from '../organizations/service.js';
import { buildPain001, readCamt053, schemaProblems, type BankEntry, type PaymentBatch } from './iso20022.js';
import { bankStatementImports, sepaCreditTransfers, sepaExports, type SepaCreditTransferRow } from './schema.js';
import { advanceSepaCreditTransfers, stepAllowed, type SepaStepCommand } from './service.js';

/**
 * The files a self-hosting operator exchanges with its partner bank (SPEC §9): every pending SEPA
 * credit transfer out as one pain.001 message, and camt.053 statements in. Both span every
 * organization of the installation, as the operator's account at the bank does.
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
}

/**
 * Puts every pending transfer into one pain.001.001.09 message, marks them submitted (their money moves
 * to the SEPA clearing account) and records the message, in the caller's transaction. `write` receives
 * the validated document before the transaction commits, so a file that cannot be written leaves every
 * transfer pending; undefined when nothing is pending (and nothing is written).
 */
export async function exportPendingTransfers(
  db: Db,
  options: {
    initiatingParty: string;
    write: (xml: string, result: ExportResult) => Promise<void>;
    /** Each organization's time (its sandbox clock): when its transfers are submitted. Real time when absent. */
    clocks?: Pick<Clocks, 'now'> | undefined;
  },
): Promise<ExportResult | undefined> {
  const pending = await db
    .select()
    .from(sepaCreditTransfers)
    .where(eq(sepaCreditTransfers.status, 'pending'))
    .orderBy(asc(sepaCreditTransfers.bankAccountId), asc(sepaCreditTransfers.id))
    .for('update');
  if (pending.length === 0) return undefined;

  const now = new Date();
  const messageId = newId('sepaExport');
  const accounts = new Map(
    (
      await bankAccountsByIds(
        db,
        pending.map((row) => row.bankAccountId),
      )
    ).map((account) => [account.id, account]),
  );
  const owners = await entityNames(
    db,
    [...accounts.values()].map((account) => account.entityId),
  );
  const batches: PaymentBatch[] = [];
  for (const row of pending) {
    const account = accounts.get(row.bankAccountId)!;
    let batch = batches.at(-1);
    if (!batch || batch.debtor.iban !== account.iban) {
      batch = { debtor: { name: owners.get(account.entityId)!, iban: account.iban, bic: account.bic }, orders: [] };
      batches.push(batch);
    }
    batch.orders.push({
      id: row.id,
      endToEndId: row.endToEndId,
      amount: row.amount,
      currency: row.currency,
      creditor: row.creditor,
      remittanceInformation: row.remittanceInformation,
    });
  }
  const xml = buildPain001({ messageId, createdAt: now, initiatingParty: options.initiatingParty, batches });
  const problems = await schemaProblems('pain.001.001.09', xml);
  // Everything in it was validated on the way in; a document the schema refuses is a bug, never sent.
  if (problems.length > 0) throw new Error(`the pain.001 written does not validate: ${problems.join('; ')}`);

  const timeOf = organizationTimes(db, options.clocks, now);
  const steps: SepaStepCommand[] = [];
  for (const row of pending) steps.push({ row, step: 'submit', at: await timeOf(row.organizationId), exportMessageId: messageId });
  await advanceSepaCreditTransfers(db, steps);
  const result = { messageId, transfers: pending.length, controlSum: pending.reduce((total, row) => total + row.amount, 0) };
  await db.insert(sepaExports).values({ messageId, transferCount: result.transfers, controlSum: result.controlSum, document: xml, createdAt: now });
  await options.write(xml, result);
  return result;
}

/** A pain.001 written before, by message id (a lost file can be written again). */
export async function exportedDocument(db: Db, messageId: string): Promise<string | undefined> {
  const [row] = await db.select({ document: sepaExports.document }).from(sepaExports).where(eq(sepaExports.messageId, messageId));
  return row?.document;
}

export interface ImportSummary {
  messageId: string;
  /** True when this statement had been imported before: nothing was changed. */
  alreadyImported: boolean;
  credited: number;
  toSuspense: number;
  settled: number;
  returned: number;
  /** Debits and returns that name no transfer in the right status: reported, not applied. */
  unmatched: string[];
  notBooked: number;
}

/**
 * Applies a camt.053.001.08 statement, validated against the schema first, in the caller's transaction:
 * a credit credits the account holding the creditor IBAN (an unknown or closed one goes to the
 * suspense account of `suspenseOrganizationId`, or of the only organization); a debit settles the
 * submitted transfer it names; a credit with return information returns the transfer it names. A
 * statement is recorded by message id: importing it again changes nothing. Errors: BankFileRefused.
 */
export async function importBankStatement(
  db: Db,
  xml: string,
  options: {
    suspenseOrganizationId?: string | undefined;
    /** Each organization's time (its sandbox clock): when the statement's entries happen to it. Real time when absent. */
    clocks?: Pick<Clocks, 'now'> | undefined;
  } = {},
): Promise<ImportSummary> {
  const problems = await schemaProblems('camt.053.001.08', xml);
  if (problems.length > 0) throw new BankFileRefused('The file is not a valid camt.053.001.08 statement; nothing was imported.', problems);
  const file = await readCamt053(xml);
  const sha256 = createHash('sha256').update(xml).digest('hex');
  const summary: ImportSummary = {
    messageId: file.messageId,
    alreadyImported: false,
    credited: 0,
    toSuspense: 0,
    settled: 0,
    returned: 0,
    unmatched: [],
    notBooked: file.notBooked,
  };

  // Claimed first, so that two imports of one statement at once cannot both apply it.
  const [claimed] = await db
    .insert(bankStatementImports)
    .values({ messageId: file.messageId, sha256, summary: {}, importedAt: new Date() })
    .onConflictDoNothing()
    .returning();
  if (!claimed) {
    const [earlier] = await db.select().from(bankStatementImports).where(eq(bankStatementImports.messageId, file.messageId));
    if (earlier!.sha256 !== sha256) {
      throw new BankFileRefused(
        `A different statement with the message id ${file.messageId} was imported on ${earlier!.importedAt.toISOString()}; nothing was imported.`,
      );
    }
    return { ...summary, alreadyImported: true };
  }

  const timeOf = organizationTimes(db, options.clocks, new Date());
  const credits: IncomingTransferCommand[] = [];
  const steps: SepaStepCommand[] = [];
  const parked: { from: 'incoming_transfer_settlement'; credit: SuspenseCredit; at: Date }[] = [];
  /** Each matched transfer as the statement's earlier entries leave it (one may be settled, then returned). */
  const planned = new Map<string, SepaCreditTransferRow>();
  let suspenseOrganization = options.suspenseOrganizationId;
  const suspense = async (entry: BankEntry, why: string) => {
    suspenseOrganization ??= await soleOrganizationId(db);
    if (!suspenseOrganization) {
      throw new BankFileRefused(
        `${entry.position}: a credit for ${entry.creditor.iban ?? 'no IBAN'} (${why}) has no organization to hold it: name one with --organization-id; nothing was imported.`,
      );
    }
    parked.push({
      from: 'incoming_transfer_settlement',
      credit: {
        organizationId: suspenseOrganization,
        currency: entry.currency,
        amount: entry.amount,
        reason: why,
        creditorIban: entry.creditor.iban,
        debtor: entry.debtor,
        remittanceInformation: entry.remittanceInformation,
        endToEndId: entry.endToEndId,
        statementMessageId: file.messageId,
      },
      at: await timeOf(suspenseOrganization),
    });
    summary.toSuspense += 1;
  };

  // Applied in runs, in the statement's order (an account's statement books them in that order): the
  // credits of a run in one batch, the transfers' steps of a run (with suspense credits) in another.
  const flushCredits = async () => {
    const outcomes = await receiveIncomingTransfers(db, undefined, credits.splice(0), () => ({ status: 201, headers: {}, body: '' }), {
      alone: true,
    });
    for (const outcome of outcomes) if (outcome.ok === false) throw outcome.error;
  };
  const flushSteps = async () => {
    await advanceSepaCreditTransfers(db, steps.splice(0), parked.splice(0));
  };
  for (const entry of file.entries) {
    if (entry.direction === 'credit' && entry.returnReason === null) {
      if (steps.length > 0) await flushSteps();
      const account = entry.creditor.iban ? await bankAccountByIban(db, entry.creditor.iban) : undefined;
      if (!account) {
        await suspense(entry, 'no account holds this IBAN');
        continue;
      }
      if (account.status !== 'open' || account.currency !== entry.currency) {
        await suspense(entry, account.status !== 'open' ? 'the account is closed' : `the account is held in ${account.currency}`);
        continue;
      }
      credits.push({
        organizationId: account.organizationId,
        transfer: {
          iban: account.iban,
          amount: entry.amount,
          currency: entry.currency,
          debtorName: entry.debtor.name ?? 'Unknown',
          debtorIban: entry.debtor.iban,
          reference: entry.remittanceInformation,
        },
        now: await timeOf(account.organizationId),
      });
      summary.credited += 1;
      continue;
    }
    if (credits.length > 0) await flushCredits();
    const returning = entry.direction === 'credit';
    const step = returning ? 'return' : 'settle';
    const found = await transferNamedBy(db, entry, returning ? ['submitted', 'settled'] : ['submitted']);
    if (typeof found === 'string') {
      summary.unmatched.push(`${entry.position}: ${found}`);
      continue;
    }
    // As the statement's earlier entries leave it: a debit settles only a submitted transfer.
    const transfer = planned.get(found.id) ?? found;
    if (returning ? !stepAllowed(transfer.status, step) : transfer.status !== 'submitted') {
      summary.unmatched.push(`${entry.position}: transfer ${transfer.id} is ${transfer.status} by an earlier entry`);
      continue;
    }
    if (transfer.amount !== entry.amount || transfer.currency !== entry.currency) {
      summary.unmatched.push(
        `${entry.position}: ${entry.currency} ${entry.amount} does not match transfer ${transfer.id} (${transfer.currency} ${transfer.amount})`,
      );
      continue;
    }
    steps.push({
      row: found,
      step,
      at: await timeOf(transfer.organizationId),
      returnReason: entry.returnReason ?? undefined,
    });
    planned.set(transfer.id, { ...transfer, status: returning ? 'returned' : 'settled' });
    if (returning) summary.returned += 1;
    else summary.settled += 1;
  }
  await flushCredits();
  await flushSteps();
  const { credited, toSuspense, settled, returned, unmatched, notBooked } = summary;
  await db
    .update(bankStatementImports)
    .set({ summary: { credited, toSuspense, settled, returned, unmatched: unmatched.length, notBooked } })
    .where(eq(bankStatementImports.messageId, file.messageId));
  return summary;
}

/**
 * Each organization's time (its sandbox clock, SPEC §11) for what a bank file does to it, read once per
 * organization and file through the file's transaction (on the embedded database a read beside an open
 * transaction would wait for it forever); `realNow` without clocks.
 */
function organizationTimes(db: Db, clocks: Pick<Clocks, 'now'> | undefined, realNow: Date): (organizationId: string) => Promise<Date> {
  const times = new Map<string, Promise<Date>>();
  return (organizationId) => {
    if (!clocks) return Promise.resolve(realNow);
    let time = times.get(organizationId);
    if (!time) times.set(organizationId, (time = clocks.now(organizationId, db)));
    return time;
  };
}

/**
 * The transfer a bank entry names, locked: by its InstrId (our transfer id, which the pain.001 carried)
 * when the bank returns it, else by EndToEndId, narrowed by the customer's IBAN when several
 * organizations used the same one. A string says why none matches.
 */
async function transferNamedBy(db: Db, entry: BankEntry, statuses: SepaCreditTransferRow['status'][]): Promise<SepaCreditTransferRow | string> {
  const byInstruction = entry.instructionId !== null && isId('sepaCreditTransfer', entry.instructionId);
  if (!byInstruction && !entry.endToEndId) return 'no EndToEndId or InstrId names a transfer';
  const candidates = await db
    .select()
    .from(sepaCreditTransfers)
    .where(
      and(
        byInstruction ? eq(sepaCreditTransfers.id, entry.instructionId!) : eq(sepaCreditTransfers.endToEndId, entry.endToEndId!),
        inArray(sepaCreditTransfers.status, statuses),
      ),
    )
    .for('update');
  const named = byInstruction ? `InstrId ${entry.instructionId}` : `EndToEndId ${entry.endToEndId}`;
  if (candidates.length === 1) return candidates[0]!;
  if (candidates.length === 0) return `no ${statuses.join(' or ')} transfer has the ${named}`;
  const ibans = new Set([entry.debtor.iban, entry.creditor.iban].filter(Boolean));
  const accounts = await bankAccountsByIds(
    db,
    candidates.map((row) => row.bankAccountId),
  );
  const mine = candidates.filter((row) => ibans.has(accounts.find((account) => account.id === row.bankAccountId)?.iban ?? ''));
  return mine.length === 1 ? mine[0]! : `${candidates.length} transfers have the ${named}`;
}
