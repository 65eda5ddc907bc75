import { createHash, type Hash } from 'node:crypto';
import { eq, inArray, or, sql } from 'drizzle-orm';
import { queryRows, type Db } from '../../db/database.js';
import { releaseGarbage } from '../../heap.js';
import { idFromSepaIdentifier } from '../../domain/sepa.js';
import { isId } from '../../domain/ids.js';
import { bankAccountsByIbans, bankAccountsByIds } from '../accounts/balances.js';
import type { BankAccountRow } from '../accounts/schema.js';
import type { Clocks } from '../clock/service.js';
import { receiveIncomingTransfers, reverseIncomingTransfers, type IncomingTransferCommand } from '../ledger/incoming-transfers.js';
import type { SuspenseCredit } from '../ledger/outgoing.js';
import { soleOrganizationId } from '../organizations/service.js';
import { BankFileRefused, organizationTimes } from './bank-files.js';
import {
  BankMessageRefused,
  readBankMessage,
  type AccountReport,
  type BankEntry,
  type BankMessageKind,
  type EntryTransaction,
  type FileAmount,
  type PaymentStatus,
} from './bank-messages.js';
import { bankEntries, bankStatementImports, sepaCreditTransfers, type BankEntryCredit, type SepaCreditTransferRow } from './schema.js';
import { streamedSchemaProblems } from './schema-windows.js';
import { advanceSepaCreditTransfers, stepAllowed, type SepaStep, type SepaStepCommand } from './service.js';

/**
 * Applies what the partner bank says (SPEC §13) in the caller's transaction: statements and
 * notifications credit, settle, return and reverse; status reports reject and settle; intraday reports
 * are read for information only. The file is read as a stream and applied in chunks; an error anywhere
 * refuses the whole file (the transaction rolls back), so a file is applied whole or not at all.
 *
 * Each booked entry is applied once across files, by the account it is on and the bank's reference for
 * it (bank_entries): a statement re-delivered under a new message id, or the day's statement after a
 * notification of the same entry, applies nothing again. The entry is the authority for the amount and
 * the direction; its transaction details say which payments it concerns.
 */

/** The accounts at the partner bank whose statements the operator may import (SPEC §13). */
export interface OperatorAccounts {
  /** LINKCY_SETTLEMENT_IBAN: the operator's own account (omnibus mode, or beside hosted IBANs). */
  settlementIban: string | null;
  /** LINKCY_SEPA_DEBTOR=hosted: the bank also keeps each Linkcy IBAN, whose statements are read too. */
  hosted: boolean;
}

export interface ImportSummary {
  /** Such as camt.053.001.08. */
  message: string;
  messageId: string;
  kind: BankMessageKind;
  /** This very message had been imported before (same id, same bytes). */
  alreadyImported: boolean;
  /** Booked entries (statements) or statuses (status reports) read. */
  entries: number;
  applied: number;
  alreadyApplied: number;
  credited: number;
  settled: number;
  returned: number;
  rejected: number;
  reversed: number;
  /** Credits held in the suspense account, or (amounts that are not whole cents) set aside for the operator. */
  suspense: string[];
  /** Debits and statuses that name no payment Linkcy can change: reported, not applied. */
  unmatched: string[];
  notBooked: number;
  /** 0.00 lines, and everything in an intraday report (information only). */
  ignored: number;
}

export interface ImportOptions {
  accounts: OperatorAccounts;
  /** Whose suspense account holds credits nobody else can; the only organization when absent. */
  suspenseOrganizationId?: string | undefined;
  clocks?: Pick<Clocks, 'now'> | undefined;
}

/** How many entries are applied together: constant statements per chunk, bounded memory per file. */
const chunkSize = 500;

/**
 * Imports one bank message: its text, or a function that opens the file's stream each time it is
 * called. A message with a schema here (camt.053.001.08) is validated against it first, in windows of
 * a megabyte (schema-windows.ts), and then read again to be applied: a payroll's statement is never
 * held whole. Errors: BankFileRefused (nothing applied).
 */
export async function importBankMessage(
  db: Db,
  source: string | (() => AsyncIterable<string | Buffer>),
  options: ImportOptions,
): Promise<ImportSummary> {
  const open =
    typeof source === 'string'
      ? async function* () {
          yield source;
        }
      : source;
  const hashed = async function* (chunks: AsyncIterable<string | Buffer>, hash: Hash) {
    for await (const chunk of chunks) {
      hash.update(chunk);
      yield chunk;
    }
  };
  const validated = createHash('sha256');
  const checked = await streamedSchemaProblems(hashed(open(), validated), ['camt.053.001.08']);
  if (checked.kind && checked.problems.length > 0) {
    throw new BankFileRefused(`The file is not a valid ${checked.kind} message; nothing was imported.`, checked.problems);
  }
  const hash = createHash('sha256');
  const importer = new Importer(db, options);
  try {
    for await (const item of readBankMessage(hashed(open(), hash))) {
      if (item.type === 'header') importer.begin(item.header.name, item.header.kind, item.header.messageId);
      else if (item.type === 'report') await importer.report(item.report);
      else if (item.type === 'entry') await importer.entry(item.entry);
      else await importer.status(item.status);
    }
  } catch (error) {
    if (error instanceof BankMessageRefused) throw new BankFileRefused(`The file cannot be imported: ${error.message}; nothing was imported.`);
    throw error;
  }
  const sha256 = hash.digest('hex');
  // Read twice: what was applied must be what was validated (a file replaced in between rolls back).
  if (checked.kind && validated.digest('hex') !== sha256)
    throw new BankFileRefused('The file changed while it was being imported; nothing was imported.');
  return importer.finish(sha256);
}

type Outcome = 'credited' | 'settled' | 'returned' | 'rejected' | 'reversed' | 'suspense' | 'unmatched' | 'ignored';

interface PlannedEntry {
  entry: BankEntry;
  outcome: Outcome;
}

class Importer {
  private summary!: ImportSummary;
  private entries: BankEntry[] = [];
  private statuses: PaymentStatus[] = [];
  private readonly seen = new Set<string>();
  private readonly timeOf: (organizationId: string) => Promise<Date>;
  private suspenseOrganization: string | undefined;
  private readonly now = new Date();
  /** The customer credits this import made, by entry: a reversal later in the file can name them. */
  private readonly credited = new Map<string, { iban: string; entryKey: string; credits: BankEntryCredit[] }>();
  /** Credits this import took back (a second reversal of one credit is not applied twice). */
  private readonly reversedCredits = new Set<string>();

  constructor(
    private readonly db: Db,
    private readonly options: ImportOptions,
  ) {
    this.timeOf = organizationTimes(db, options.clocks, this.now);
    this.suspenseOrganization = options.suspenseOrganizationId;
  }

  begin(message: string, kind: BankMessageKind, messageId: string) {
    this.summary = {
      message,
      messageId,
      kind,
      alreadyImported: false,
      entries: 0,
      applied: 0,
      alreadyApplied: 0,
      credited: 0,
      settled: 0,
      returned: 0,
      rejected: 0,
      reversed: 0,
      suspense: [],
      unmatched: [],
      notBooked: 0,
      ignored: 0,
    };
  }

  /** A statement, notification or report: only of an account the operator holds (SPEC §13). */
  async report(report: AccountReport) {
    const { settlementIban, hosted } = this.options.accounts;
    const iban = report.iban;
    if (iban && iban === settlementIban) return;
    if (iban && hosted && (await bankAccountsByIbans(this.db, [iban])).length > 0) return;
    throw new BankFileRefused(
      `${report.position} is of the account ${iban ?? '(no IBAN)'}, which the operator does not hold at the bank ` +
        `(${settlementIban ? `LINKCY_SETTLEMENT_IBAN is ${settlementIban}` : 'LINKCY_SETTLEMENT_IBAN is not set'}${hosted ? ', and no Linkcy account has this IBAN' : ''}); nothing was imported.`,
    );
  }

  async entry(entry: BankEntry) {
    if (this.summary.kind === 'report') {
      // An intraday report: what the bank may still change. Read, never booked.
      this.summary.entries += 1;
      this.summary.ignored += 1;
      return;
    }
    if (entry.status !== 'BOOK') {
      this.summary.notBooked += 1;
      return;
    }
    this.summary.entries += 1;
    const key = `${entry.report.iban}|${entry.key}`;
    if (this.seen.has(key)) {
      this.summary.alreadyApplied += 1;
      return;
    }
    this.seen.add(key);
    this.entries.push(entry);
    if (this.entries.length >= chunkSize) await this.applyEntries();
  }

  async status(status: PaymentStatus) {
    this.summary.entries += 1;
    this.statuses.push(status);
    if (this.statuses.length >= chunkSize) await this.applyStatuses();
  }

  async finish(sha256: string): Promise<ImportSummary> {
    await this.applyEntries();
    await this.applyStatuses();
    const { summary } = this;
    const [claimed] = await this.db
      .insert(bankStatementImports)
      .values({
        messageId: summary.messageId,
        messageName: summary.message,
        sha256,
        summary: {
          entries: summary.entries,
          applied: summary.applied,
          alreadyApplied: summary.alreadyApplied,
          suspense: summary.suspense.length,
          unmatched: summary.unmatched.length,
          notBooked: summary.notBooked,
          ignored: summary.ignored,
        },
        importedAt: this.now,
      })
      .onConflictDoNothing()
      .returning();
    if (!claimed) {
      const [earlier] = await this.db.select().from(bankStatementImports).where(eq(bankStatementImports.messageId, summary.messageId));
      if (earlier!.sha256 !== sha256) {
        throw new BankFileRefused(
          `A different message with the id ${summary.messageId} was imported on ${earlier!.importedAt.toISOString()}; nothing was imported.`,
        );
      }
      summary.alreadyImported = true;
    }
    return summary;
  }

  // Statements and notifications.

  private async applyEntries() {
    const entries = this.entries.splice(0);
    if (entries.length === 0) return;
    releaseGarbage();
    // Claimed first: an entry another import holds (or has applied) is skipped; two imports of one
    // statement at once wait for each other here and apply it once.
    const claimed = await this.db
      .insert(bankEntries)
      .values(
        entries.map((entry) => ({
          accountIban: entry.report.iban!,
          entryKey: entry.key,
          messageId: this.summary.messageId,
          amount: `${entry.amount.text} ${entry.amount.currency}`,
          direction: entry.direction,
          outcome: 'claimed',
          recordedAt: this.now,
        })),
      )
      .onConflictDoNothing()
      .returning({ accountIban: bankEntries.accountIban, entryKey: bankEntries.entryKey });
    const mine = new Set(claimed.map((row) => `${row.accountIban}|${row.entryKey}`));
    const fresh = entries.filter((entry) => mine.has(`${entry.report.iban}|${entry.key}`));
    this.summary.alreadyApplied += entries.length - fresh.length;
    if (fresh.length === 0) return;

    const lookups = await this.lookups(fresh);
    const credits: IncomingTransferCommand[] = [];
    const steps: SepaStepCommand[] = [];
    const parked: { from: 'incoming_transfer_settlement'; credit: SuspenseCredit; at: Date }[] = [];
    /** Each transfer as this chunk's earlier entries leave it (one may be settled, then returned). */
    const planned = new Map<string, SepaCreditTransferRow>();
    const outcomes: PlannedEntry[] = [];
    // Applied in runs, in the file's order (an account's statement books them in that order): a run of
    // credits in one batch, a run of the transfers' steps (with suspense credits) in another.
    /** What each credit command came from, in the same order: its entry and line, for a later reversal. */
    const creditOrigins: { entry: BankEntry; credit: Omit<BankEntryCredit, 'transactionId'> }[] = [];
    const flushCredits = async () => {
      if (credits.length === 0) return;
      // Each credit answers its transaction's id: kept with its entry, so a reversal can take it back.
      const results = await receiveIncomingTransfers(this.db, undefined, credits.splice(0), (row) => ({ status: 201, headers: {}, body: row.id }), {
        alone: true,
      });
      const origins = creditOrigins.splice(0);
      results.forEach((result, index) => {
        if (result.ok === false) throw result.error;
        if (result.ok !== true) throw new Error('a statement credit was deferred, though applied alone');
        const { entry, credit } = origins[index]!;
        const key = `${entry.report.iban}|${entry.key}`;
        const made = this.credited.get(key) ?? { iban: entry.report.iban!, entryKey: entry.key, credits: [] };
        made.credits.push({ ...credit, transactionId: result.value.body });
        this.credited.set(key, made);
      });
    };
    const flushSteps = async () => {
      if (steps.length > 0 || parked.length > 0) await advanceSepaCreditTransfers(this.db, steps.splice(0), parked.splice(0));
    };
    const flush = async () => {
      await flushCredits();
      await flushSteps();
    };

    const toSuspense = async (entry: BankEntry, line: EntryTransaction | null, amount: FileAmount, why: string) => {
      const where = line?.position ?? entry.position;
      if (amount.minor === undefined) {
        // The ledger holds cents: an amount that is not whole cents is never rounded into it.
        this.summary.suspense.push(`${where}: ${amount.text} ${amount.currency} set aside for the operator (${why}; nothing booked)`);
        return;
      }
      this.suspenseOrganization ??= await soleOrganizationId(this.db);
      if (!this.suspenseOrganization) {
        throw new BankFileRefused(
          `${where}: a credit of ${amount.text} ${amount.currency} (${why}) has no organization to hold it: name one with --organization-id; nothing was imported.`,
        );
      }
      parked.push({
        from: 'incoming_transfer_settlement',
        credit: {
          organizationId: this.suspenseOrganization,
          currency: amount.currency,
          amount: amount.minor,
          reason: why,
          creditorIban: line?.creditor.iban ?? null,
          debtor: line?.debtor ?? { name: null, iban: null },
          remittanceInformation: line?.remittanceInformation ?? null,
          endToEndId: line?.endToEndId ?? null,
          statementMessageId: this.summary.messageId,
        },
        at: await this.timeOf(this.suspenseOrganization),
      });
      this.summary.suspense.push(`${where}: ${amount.text} ${amount.currency} to suspense (${why})`);
    };
    const unmatched = (where: string, why: string) => this.summary.unmatched.push(`${where}: ${why}`);

    /** Moves a transfer one step, as the chunk's earlier entries leave it; a string says why it cannot. */
    const step = async (transfer: SepaCreditTransferRow, next: SepaStep, reason?: string): Promise<string | undefined> => {
      const current = planned.get(transfer.id) ?? transfer;
      // A debit settles only what went to the bank; a pending transfer was never in a file.
      if (!stepAllowed(current, next) || (next === 'settle' && current.status !== 'submitted')) {
        return `transfer ${current.id} is ${current.status}`;
      }
      steps.push({ row: transfer, step: next, at: await this.timeOf(transfer.organizationId), returnReason: reason });
      const status = { settle: 'settled', return: 'returned', reject: 'rejected', submit: 'submitted', cancel: 'cancelled' } as const;
      planned.set(transfer.id, { ...current, status: status[next] });
      return undefined;
    };

    for (const entry of fresh) {
      const lines = this.lines(entry);
      const returning =
        entry.reversal || isReturn(entry) || entry.transactions.some((line) => line.returnReason !== null || isReturnCode(line.bankTransactionCode));
      const crediting = entry.direction === 'credit' && !returning;
      if (crediting ? steps.length > 0 || parked.length > 0 : credits.length > 0) await (crediting ? flushSteps() : flushCredits());
      let outcome: Outcome;
      if (typeof lines === 'string') {
        if (entry.direction === 'credit') {
          await toSuspense(entry, null, entry.amount, lines);
          outcome = 'suspense';
        } else {
          unmatched(entry.position, lines);
          outcome = 'unmatched';
        }
      } else if (lines.length === 0) {
        this.summary.ignored += 1;
        outcome = 'ignored';
      } else if (entry.direction === 'credit' && !returning) {
        outcome = 'credited';
        for (const { line, amount } of lines) {
          const iban = line?.creditor.iban ?? (this.options.accounts.hosted ? entry.report.iban : null);
          const account = iban ? lookups.accounts.get(iban) : undefined;
          const why =
            amount.minor === undefined
              ? 'the amount is not whole cents'
              : !account
                ? `no account holds ${iban ?? 'the creditor IBAN, which the entry does not name'}`
                : account.status !== 'open'
                  ? `the account ${account.id} is closed`
                  : account.currency !== amount.currency
                    ? `the account ${account.id} is held in ${account.currency}`
                    : undefined;
          if (why) {
            await toSuspense(entry, line, amount, why);
            outcome = 'suspense';
            continue;
          }
          creditOrigins.push({
            entry,
            credit: {
              bankAccountId: account!.id,
              organizationId: account!.organizationId,
              endToEndId: line?.endToEndId ?? null,
              amount: amount.minor!,
            },
          });
          credits.push({
            organizationId: account!.organizationId,
            transfer: {
              iban: account!.iban,
              amount: amount.minor!,
              currency: amount.currency,
              debtorName: line?.debtor.name ?? 'Unknown',
              debtorIban: line?.debtor.iban ?? null,
              reference: line?.remittanceInformation ?? null,
            },
            now: await this.timeOf(account!.organizationId),
          });
          this.summary.credited += 1;
        }
      } else if (entry.direction === 'credit') {
        // A return (RtrInf, or the RRTN family), or a reversal of a debit: the money comes back.
        outcome = entry.reversal ? 'reversed' : 'returned';
        for (const { line, amount } of lines) {
          const found = line ? lookups.transfer(line, entry.report.iban, ['submitted', 'settled']) : 'the entry names no payment';
          const why =
            typeof found === 'string'
              ? found
              : found.amount !== amount.minor || found.currency !== amount.currency
                ? `${amount.text} ${amount.currency} does not match transfer ${found.id} (${found.currency} ${found.amount / 100})`
                : await step(found, 'return', returnCode(line));
          if (why) {
            await toSuspense(entry, line, amount, `a return that matches no transfer: ${why}`);
            outcome = 'suspense';
            continue;
          }
          if (entry.reversal) this.summary.reversed += 1;
          else this.summary.returned += 1;
        }
      } else if (entry.reversal) {
        // The bank takes back a credit it booked: the customer credit it made, named by the line's
        // EndToEndId or the bank's reference to the original entry, when the amounts agree.
        outcome = 'reversed';
        for (const { line, amount } of lines) {
          const where = line?.position ?? entry.position;
          const original = await this.originalCredit(entry, line, amount);
          const answer =
            typeof original === 'string'
              ? original
              : (
                  await reverseIncomingTransfers(this.db, [
                    {
                      transactionId: original.transactionId,
                      bankAccountId: original.bankAccountId,
                      at: await this.timeOf(original.organizationId),
                      description: `Reversed by the bank (${entry.amount.text} ${entry.amount.currency})`,
                    },
                  ])
                )[0]!;
          if (typeof answer === 'string') {
            unmatched(where, `a reversal of an earlier credit, not applied: ${answer}; recover it by hand`);
            outcome = 'unmatched';
            continue;
          }
          this.reversedCredits.add((original as BankEntryCredit).transactionId);
          this.summary.reversed += 1;
        }
      } else if (returning) {
        unmatched(entry.position, `a return of a credit Linkcy received (${entry.amount.text} ${entry.amount.currency}): nothing to change`);
        outcome = 'unmatched';
      } else {
        outcome = 'settled';
        const named = lines.filter(({ line }) => line && (line.endToEndId || line.instructionId));
        const batchId =
          entry.batch?.paymentInformationId ?? (entry.transactions.length <= 1 ? entry.transactions[0]?.paymentInformationId : undefined);
        if (named.length === 0 && batchId) {
          // A batch booking reported without details: the exported block it names, when the amounts agree.
          const block = lookups.byPaymentInformation.get(batchId) ?? [];
          const open = block.filter((transfer) => (planned.get(transfer.id) ?? transfer).status === 'submitted');
          const total = open.reduce((sum, transfer) => sum + transfer.amount, 0);
          if (open.length === 0 || total !== entry.amount.minor || open.length !== block.length) {
            unmatched(
              entry.position,
              open.length === 0
                ? `no submitted payment has the PmtInfId ${batchId}`
                : `${entry.amount.text} ${entry.amount.currency} does not match the ${block.length} payment(s) of ${batchId} (${open.length} submitted, ${total / 100})`,
            );
            outcome = 'unmatched';
          } else {
            for (const transfer of open) await step(transfer, 'settle');
            this.summary.settled += open.length;
          }
        } else {
          for (const { line, amount } of lines) {
            const found = line ? lookups.transfer(line, entry.report.iban, ['submitted', 'settled']) : 'the entry names no payment';
            // An instant transfer was settled by the rail's answer (SPEC §14): the statement confirms it.
            if (typeof found !== 'string' && found.status === 'settled') {
              if (found.scheme === 'instant' && found.amount === amount.minor && found.currency === amount.currency) {
                this.summary.alreadyApplied += 1;
              } else {
                unmatched(line?.position ?? entry.position, `transfer ${found.id} is settled`);
                outcome = 'unmatched';
              }
              continue;
            }
            const why =
              typeof found === 'string'
                ? found
                : found.amount !== amount.minor || found.currency !== amount.currency
                  ? `${amount.text} ${amount.currency} does not match transfer ${found.id} (${found.currency} ${found.amount / 100})`
                  : await step(found, 'settle');
            if (why) {
              unmatched(line?.position ?? entry.position, why);
              outcome = 'unmatched';
              continue;
            }
            this.summary.settled += 1;
          }
        }
      }
      outcomes.push({ entry, outcome });
    }

    await flush();
    this.summary.applied += outcomes.filter(({ outcome }) => outcome !== 'unmatched' && outcome !== 'ignored').length;
    await this.db.execute(sql`
      UPDATE bank_entries SET outcome = v.outcome, credits = v.credits
      FROM jsonb_to_recordset(${JSON.stringify(
        outcomes.map(({ entry, outcome }) => ({
          iban: entry.report.iban,
          key: entry.key,
          outcome,
          credits: this.credited.get(`${entry.report.iban}|${entry.key}`)?.credits ?? [],
        })),
      )}::jsonb)
        AS v(iban text, key text, outcome text, credits jsonb)
      WHERE bank_entries.account_iban = v.iban AND bank_entries.entry_key = v.key`);
  }

  /**
   * The customer credit a reversal takes back: one credited by this import or an earlier one, on the
   * same account at the bank, named by the bank's reference to the original entry (the line's
   * AcctSvcrRef) or by the line's EndToEndId, of the same amount. A string says why none is.
   */
  private async originalCredit(entry: BankEntry, line: EntryTransaction | null, amount: FileAmount): Promise<BankEntryCredit | string> {
    const reference = line?.accountServicerReference ? `ref:${line.accountServicerReference}` : null;
    const endToEndId = line?.endToEndId && line.endToEndId !== 'NOTPROVIDED' ? line.endToEndId : null;
    if (!reference && !endToEndId) return 'it names no original entry (no AcctSvcrRef or EndToEndId in its details)';
    const iban = entry.report.iban!;
    const earlier = await queryRows<{ entry_key: string; credits: BankEntryCredit[] }>(
      this.db,
      sql`
      SELECT entry_key, credits FROM bank_entries
      WHERE account_iban = ${iban} AND direction = 'credit'
        AND (entry_key = ${reference ?? ''} OR credits @> ${JSON.stringify(endToEndId ? [{ endToEndId }] : [{ transactionId: '' }])}::jsonb)`,
    );
    const found = [
      ...[...this.credited.values()]
        .filter((made) => made.iban === iban)
        .flatMap(({ entryKey, credits }) => credits.map((credit) => ({ entryKey, credit }))),
      ...earlier.flatMap((row) => row.credits.map((credit) => ({ entryKey: row.entry_key, credit }))),
    ];
    const matching = [
      ...new Map(
        found
          .filter(({ entryKey, credit }) => entryKey === reference || (endToEndId !== null && credit.endToEndId === endToEndId))
          .filter(({ credit }) => credit.amount === amount.minor && !this.reversedCredits.has(credit.transactionId))
          .map(({ credit }) => [credit.transactionId, credit]),
      ).values(),
    ];
    if (matching.length === 0)
      return `no credit of ${amount.text} ${amount.currency} on ${iban} has ${reference ? `the reference ${reference.slice(4)}` : `the EndToEndId ${endToEndId}`}`;
    if (matching.length > 1) return `${matching.length} credits match it`;
    return matching[0]!;
  }

  /**
   * The entry's lines with their amounts, the entry being the authority: one line (or none) takes the
   * entry's amount; several must add up to it. 0.00 lines are left out. A string says why the lines
   * cannot be read.
   */
  private lines(entry: BankEntry): { line: EntryTransaction | null; amount: FileAmount }[] | string {
    if (entry.amount.minor === 0) return [];
    if (entry.transactions.length <= 1) return [{ line: entry.transactions[0] ?? null, amount: entry.amount }];
    const lines = entry.transactions.filter((line) => line.amount?.minor !== 0);
    if (lines.some((line) => !line.amount)) return 'several transactions, not every one with an amount';
    if (lines.some((line) => line.amount!.currency !== entry.amount.currency))
      return `transactions in another currency than the entry's ${entry.amount.currency}`;
    if (lines.some((line) => line.amount!.minor === undefined) || entry.amount.minor === undefined) return 'amounts that are not whole cents';
    const total = lines.reduce((sum, line) => sum + line.amount!.minor!, 0);
    if (total !== entry.amount.minor) return `its transactions add up to ${total / 100}, not the entry's ${entry.amount.text}`;
    return lines.map((line) => ({ line, amount: line.amount! }));
  }

  /** The accounts and transfers a chunk names, read (transfers locked) in one statement each. */
  private async lookups(entries: BankEntry[]) {
    const ibans = new Set<string>();
    const ids = new Set<string>();
    const endToEndIds = new Set<string>();
    const blocks = new Set<string>();
    for (const entry of entries) {
      if (entry.report.iban) ibans.add(entry.report.iban);
      if (entry.batch?.paymentInformationId) blocks.add(entry.batch.paymentInformationId);
      for (const line of entry.transactions) {
        if (line.creditor.iban) ibans.add(line.creditor.iban);
        if (line.paymentInformationId) blocks.add(line.paymentInformationId);
        const id = line.instructionId && idFromSepaIdentifier(line.instructionId);
        if (id && isId('sepaCreditTransfer', id)) ids.add(id);
        if (line.endToEndId) {
          endToEndIds.add(line.endToEndId);
          endToEndIds.add(idFromSepaIdentifier(line.endToEndId));
        }
      }
    }
    const accounts = new Map<string, BankAccountRow>((await bankAccountsByIbans(this.db, [...ibans])).map((row) => [row.iban, row]));
    const transfers = await lockedTransfers(this.db, { ids, endToEndIds, blocks });
    const byId = new Map(transfers.map((row) => [row.id, row]));
    const group = (key: (row: SepaCreditTransferRow) => string | null) => {
      const map = new Map<string, SepaCreditTransferRow[]>();
      for (const row of transfers) {
        const value = key(row);
        if (value !== null) map.set(value, [...(map.get(value) ?? []), row]);
      }
      return map;
    };
    const byEndToEndId = group((row) => row.endToEndId);
    const byPaymentInformation = group((row) => row.paymentInformationId);
    const ibanOf = await this.accountIbans(transfers);
    return {
      accounts,
      byPaymentInformation,
      /**
       * The transfer a line names: by InstrId (our id, which the pain.001 carried), else by EndToEndId,
       * narrowed by the IBANs the line or its statement names when several organizations used the same one.
       */
      transfer(line: EntryTransaction, reportIban: string | null, statuses: SepaCreditTransferRow['status'][]): SepaCreditTransferRow | string {
        const id = line.instructionId && idFromSepaIdentifier(line.instructionId);
        let candidates: SepaCreditTransferRow[];
        let named: string;
        if (id && byId.has(id)) {
          candidates = [byId.get(id)!];
          named = `InstrId ${line.instructionId}`;
        } else if (line.endToEndId) {
          candidates = [...(byEndToEndId.get(line.endToEndId) ?? []), ...(byEndToEndId.get(idFromSepaIdentifier(line.endToEndId)) ?? [])];
          candidates = [...new Set(candidates)];
          named = `EndToEndId ${line.endToEndId}`;
        } else return 'no EndToEndId or InstrId names a payment';
        if (candidates.length > 1) {
          const ibans = new Set([line.debtor.iban, line.creditor.iban, reportIban].filter(Boolean));
          candidates = candidates.filter((row) => ibans.has(ibanOf.get(row.bankAccountId) ?? ''));
        }
        if (candidates.length === 0) return `no transfer has the ${named}`;
        if (candidates.length > 1) return `${candidates.length} transfers have the ${named}`;
        const [found] = candidates;
        return statuses.includes(found!.status) ? found! : `transfer ${found!.id} (${named}) is ${found!.status}`;
      },
    };
  }

  private async accountIbans(transfers: SepaCreditTransferRow[]) {
    const rows = await bankAccountsByIds(
      this.db,
      transfers.map((row) => row.bankAccountId),
    );
    return new Map(rows.map((row) => [row.id, row.iban]));
  }

  // Status reports (pain.002).

  private async applyStatuses() {
    const statuses = this.statuses.splice(0);
    if (statuses.length === 0) return;
    const messageIds = new Set<string>();
    const blocks = new Set<string>();
    const ids = new Set<string>();
    const endToEndIds = new Set<string>();
    for (const status of statuses) {
      // Our message ids are written as SEPA identifiers (pain-…); exports before that were stored as pain_….
      if (status.originalMessageId) messageIds.add(status.originalMessageId).add(idFromSepaIdentifier(status.originalMessageId));
      if (status.level === 'payment' && status.originalPaymentInformationId) blocks.add(status.originalPaymentInformationId);
      if (status.level === 'transaction') {
        const id = status.originalInstructionId && idFromSepaIdentifier(status.originalInstructionId);
        if (id && isId('sepaCreditTransfer', id)) ids.add(id);
        if (status.originalEndToEndId) {
          endToEndIds.add(status.originalEndToEndId);
          endToEndIds.add(idFromSepaIdentifier(status.originalEndToEndId));
        }
      }
    }
    const transfers = await lockedTransfers(this.db, { ids, endToEndIds, blocks, messageIds });
    const latest = new Map<string, SepaCreditTransferRow>();
    const steps: SepaStepCommand[] = [];
    for (const status of statuses) {
      const code = status.status;
      const next: SepaStep | undefined = code === 'RJCT' ? 'reject' : code === 'ACSC' ? 'settle' : undefined;
      if (!next) {
        // ACCP, ACTC, ACSP, PDNG, PART: the payment is where Linkcy has it (submitted); a PART group says more below.
        this.summary.ignored += 1;
        continue;
      }
      const original = status.originalMessageId;
      const named = transfers.filter((row) => {
        if (original && row.exportMessageId !== original && row.exportMessageId !== idFromSepaIdentifier(original)) return false;
        if (status.level === 'group') return true;
        if (status.level === 'payment') return row.paymentInformationId === status.originalPaymentInformationId;
        const id = status.originalInstructionId && idFromSepaIdentifier(status.originalInstructionId);
        if (id && row.id === id) return true;
        return (
          !!status.originalEndToEndId &&
          (row.endToEndId === status.originalEndToEndId || row.endToEndId === idFromSepaIdentifier(status.originalEndToEndId))
        );
      });
      if (named.length === 0) {
        this.summary.unmatched.push(`${status.position}: ${code} names no payment Linkcy exported`);
        continue;
      }
      for (const row of named) {
        const current = latest.get(row.id) ?? row;
        const done = next === 'reject' ? current.status === 'rejected' : ['settled', 'returned'].includes(current.status);
        if (done) {
          this.summary.alreadyApplied += 1;
          continue;
        }
        if (!stepAllowed(current, next)) {
          this.summary.unmatched.push(`${status.position}: ${code} for transfer ${row.id}, which is ${current.status}`);
          continue;
        }
        steps.push({
          row,
          step: next,
          at: await this.timeOf(row.organizationId),
          returnReason: next === 'reject' ? (status.reason ?? undefined) : undefined,
        });
        latest.set(row.id, { ...current, status: next === 'reject' ? 'rejected' : 'settled' });
        this.summary.applied += 1;
        if (next === 'reject') this.summary.rejected += 1;
        else this.summary.settled += 1;
      }
    }
    await advanceSepaCreditTransfers(this.db, steps);
  }
}

/** The transfers a chunk names by id, EndToEndId, payment information block or export message, locked in id order: one statement. */
async function lockedTransfers(
  db: Db,
  named: { ids: Set<string>; endToEndIds: Set<string>; blocks: Set<string>; messageIds?: Set<string> },
): Promise<SepaCreditTransferRow[]> {
  const conditions = [
    named.ids.size > 0 && inArray(sepaCreditTransfers.id, [...named.ids]),
    named.endToEndIds.size > 0 && inArray(sepaCreditTransfers.endToEndId, [...named.endToEndIds]),
    named.blocks.size > 0 && inArray(sepaCreditTransfers.paymentInformationId, [...named.blocks]),
    (named.messageIds?.size ?? 0) > 0 && inArray(sepaCreditTransfers.exportMessageId, [...named.messageIds!]),
  ].filter((condition) => condition !== false);
  if (conditions.length === 0) return [];
  return db
    .select()
    .from(sepaCreditTransfers)
    .where(or(...conditions))
    .orderBy(sepaCreditTransfers.id)
    .for('update');
}

/** The bank transaction code of a return of a credit transfer: family or sub-family RRTN. */
const isReturnCode = (code: { family: string | null; subFamily: string | null; proprietary: string | null }) =>
  code.subFamily === 'RRTN' || code.family === 'RRTN' || /(^|[^A-Z])RRTN([^A-Z]|$)/.test(code.proprietary ?? '');
const isReturn = (entry: BankEntry) => isReturnCode(entry.bankTransactionCode);

/**
 * The reason a return carries, as an ISO code (four capitals or digits); NARR (narrative) when the bank
 * gave a proprietary reason, none, or reversed its own booking.
 */
function returnCode(line: EntryTransaction | null): string {
  const reason = line?.returnReason ?? '';
  return /^[A-Z0-9]{4}$/.test(reason) ? reason : 'NARR';
}
