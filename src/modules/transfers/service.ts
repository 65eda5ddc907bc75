import { and, asc, desc, eq, gt, inArray, lt, lte, or, type SQL } from 'drizzle-orm';
import type { KeysetWindow } from '../../db/keyset.js';
import { execute, systemActor, type CommandContext } from '../../commands/execute.js';
import type { Db } from '../../db/database.js';
import { isId } from '../../domain/ids.js';
import { AppError } from '../../errors/app-error.js';
import { inScope, sweepByClock, type Clocks, type SweepScope } from '../clock/service.js';
import { eventsWrite, type NewEvent } from '../webhooks/events.js';
import { OutgoingPlan, type SuspenseCredit } from '../ledger/outgoing.js';
import type { InternalAccountPurpose } from '../ledger/schema.js';
import { applyBatchWrites, updateWrite } from '../../db/batch-write.js';
import { bookTransfers, sepaCreditTransfers, type BookTransferRow, type SepaCreditTransferRow } from './schema.js';
import type { BookTransferListQuery, SepaCreditTransferListQuery } from './schemas.js';
import { serializeSepaCreditTransfer } from './serializer.js';

/**
 * Book transfers and outgoing SEPA credit transfers (SPEC §9): reading them, and the SEPA status machine.
 * Creating them is batched (batches.ts).
 */

const bookTransferNotFound = (id: string) => new AppError('book_transfer_not_found', `No book transfer \`${id}\` exists in your organization.`);
const sepaNotFound = (id: string) => new AppError('sepa_credit_transfer_not_found', `No SEPA credit transfer \`${id}\` exists in your organization.`);

export async function getBookTransfer(db: Db, organizationId: string, id: string): Promise<BookTransferRow> {
  if (!isId('bookTransfer', id)) throw bookTransferNotFound(id);
  const [row] = await db
    .select()
    .from(bookTransfers)
    .where(and(eq(bookTransfers.organizationId, organizationId), eq(bookTransfers.id, id)));
  if (!row) throw bookTransferNotFound(id);
  return row;
}

export async function listBookTransfers(db: Db, organizationId: string, query: BookTransferListQuery, window: KeysetWindow) {
  const account = query['filter[bankAccount]'];
  const conditions: (SQL | undefined)[] = [
    eq(bookTransfers.organizationId, organizationId),
    account !== undefined ? or(eq(bookTransfers.fromAccountId, account), eq(bookTransfers.toAccountId, account)) : undefined,
    window.idGreaterThan !== undefined ? gt(bookTransfers.id, window.idGreaterThan) : undefined,
    window.idLessThan !== undefined ? lt(bookTransfers.id, window.idLessThan) : undefined,
  ];
  return db
    .select()
    .from(bookTransfers)
    .where(and(...conditions))
    .orderBy(window.ascending ? asc(bookTransfers.id) : desc(bookTransfers.id))
    .limit(window.limit);
}

export async function getSepaCreditTransfer(db: Db, organizationId: string, id: string, options: { forUpdate?: boolean } = {}) {
  if (!isId('sepaCreditTransfer', id)) throw sepaNotFound(id);
  const query = db
    .select()
    .from(sepaCreditTransfers)
    .where(and(eq(sepaCreditTransfers.organizationId, organizationId), eq(sepaCreditTransfers.id, id)));
  const [row] = options.forUpdate ? await query.for('update') : await query;
  if (!row) throw sepaNotFound(id);
  return row;
}

export async function listSepaCreditTransfers(db: Db, organizationId: string, query: SepaCreditTransferListQuery, window: KeysetWindow) {
  const conditions: (SQL | undefined)[] = [
    eq(sepaCreditTransfers.organizationId, organizationId),
    query['filter[bankAccount]'] !== undefined ? eq(sepaCreditTransfers.bankAccountId, query['filter[bankAccount]']) : undefined,
    query['filter[status]'] !== undefined ? eq(sepaCreditTransfers.status, query['filter[status]']) : undefined,
    window.idGreaterThan !== undefined ? gt(sepaCreditTransfers.id, window.idGreaterThan) : undefined,
    window.idLessThan !== undefined ? lt(sepaCreditTransfers.id, window.idLessThan) : undefined,
  ];
  return db
    .select()
    .from(sepaCreditTransfers)
    .where(and(...conditions))
    .orderBy(window.ascending ? asc(sepaCreditTransfers.id) : desc(sepaCreditTransfers.id))
    .limit(window.limit);
}

/** A customer's SEPA credit transfers, newest first (the dashboard's customer page). */
export async function recentSepaCreditTransfers(db: Db, organizationId: string, bankAccountIds: string[], limit: number) {
  if (bankAccountIds.length === 0) return [];
  return db
    .select()
    .from(sepaCreditTransfers)
    .where(and(eq(sepaCreditTransfers.organizationId, organizationId), inArray(sepaCreditTransfers.bankAccountId, bankAccountIds)))
    .orderBy(desc(sepaCreditTransfers.id))
    .limit(limit);
}

// The status machine. A batch of steps (one for an API call, thousands for a bank file) is planned
// like every money command: the transfers locked by the caller, their accounts and transactions
// locked by the ledger's plan, each step checked against where its transfer is as the batch has left
// it, and everything written in a constant number of statements.

export type SepaStep = 'cancel' | 'submit' | 'settle' | 'reject' | 'return';

const allowedFrom: Record<SepaStep, SepaCreditTransferRow['status'][]> = {
  cancel: ['pending'],
  submit: ['pending'],
  settle: ['pending', 'submitted'],
  reject: ['pending', 'submitted'],
  return: ['submitted', 'settled'],
};

type StepSubject = Pick<SepaCreditTransferRow, 'id' | 'status' | 'scheme' | 'creditTransactionId'>;

/**
 * Why `step` cannot follow where `row` is, or undefined when it can; every path that moves a transfer
 * asks (the API, the dashboard, the simulations, the bank's files). A pending instant transfer is the
 * instant rail's alone to decide (`byRail`, instant.ts); one credited on us never left this server, so
 * no bank can return it.
 */
export function stepProblem(row: StepSubject, step: SepaStep, byRail = false): string | undefined {
  if (row.scheme === 'instant' && row.status === 'pending' && !byRail) {
    return `The instant transfer \`${row.id}\` is in flight: the instant rail settles or rejects it within seconds.`;
  }
  if (row.creditTransactionId !== null && step === 'return') {
    return `The instant transfer \`${row.id}\` was credited to an account held here: no other bank can return it.`;
  }
  if (allowedFrom[step].includes(row.status)) return undefined;
  const verb = { cancel: 'cancelled', submit: 'submitted', settle: 'settled', reject: 'rejected', return: 'returned' }[step];
  return `The SEPA credit transfer \`${row.id}\` is ${row.status}; only a ${allowedFrom[step].join(' or ')} transfer can be ${verb}.`;
}

/** Whether `step` may follow where `row` is (a bank file's entries are matched with it before they are applied). */
export const stepAllowed = (row: StepSubject, step: SepaStep): boolean => stepProblem(row, step) === undefined;

/** One step of one transfer in a batch: `row` as the caller locked it, `at` the organization's time of the step. */
export interface SepaStepCommand {
  row: SepaCreditTransferRow;
  step: SepaStep;
  at: Date;
  returnReason?: string | undefined;
  /** Submitting: the pain.001 message and its payment information block that carry it. */
  exportMessageId?: string | undefined;
  paymentInformationId?: string | undefined;
  /** The instant rail's answer (or its deadline): the one step a pending instant transfer may take. */
  byRail?: boolean | undefined;
}

/**
 * Applies steps of the status machine to transfers the caller locked, in order (a transfer may take
 * several steps in one batch: settled, then returned by the same statement), with their money moves
 * and events, in four statements whatever their number (accounts, transactions, journal entries, then
 * one for balances, transactions, transfers and events; plus the internal accounts' ids the first time
 * an organization uses them). `park` adds suspense credits of the same batch
 * (a statement's credits for unknown IBANs). Answers each transfer as its last step left it.
 * Errors: sepa_credit_transfer_status_conflict (nothing is written).
 */
export async function advanceSepaCreditTransfers(
  tx: Db,
  commands: SepaStepCommand[],
  park: { from: InternalAccountPurpose; credit: SuspenseCredit; at: Date }[] = [],
): Promise<SepaCreditTransferRow[]> {
  if (commands.length === 0 && park.length === 0) return [];
  const events: NewEvent[] = [];
  const ledger = await OutgoingPlan.open(
    tx,
    commands.map(({ row }) => row),
    (event) => events.push(event),
  );
  const latest = new Map<string, SepaCreditTransferRow>();
  for (const { row: locked, step, at, returnReason, exportMessageId, paymentInformationId, byRail } of commands) {
    const row = latest.get(locked.id) ?? locked;
    const problem = stepProblem(row, step, byRail);
    if (problem) throw new AppError('sepa_credit_transfer_status_conflict', problem);
    const changed = (changes: Partial<SepaCreditTransferRow>) => {
      const next = { ...(latest.get(row.id) ?? row), ...changes, updatedAt: at };
      latest.set(next.id, next);
      events.push({ organizationId: next.organizationId, type: 'sepaCreditTransfer.updated', data: serializeSepaCreditTransfer(next), now: at });
    };
    const giveBack = (from: 'sepa_clearing' | 'sepa_settlement', reason: string, verb: string) =>
      ledger.giveBack(
        row.transactionId,
        from,
        `${verb} transfer to ${row.creditor.name} (${reason})`,
        {
          reason: `the account ${row.bankAccountId} of SEPA credit transfer ${row.id} is closed`,
          debtor: row.creditor,
          remittanceInformation: row.remittanceInformation,
          endToEndId: row.endToEndId,
          statementMessageId: null,
        },
        at,
      )?.id ?? null;
    switch (step) {
      case 'cancel':
        ledger.release(row.transactionId, at);
        changed({ status: 'cancelled' });
        break;
      case 'submit':
        ledger.post(row.transactionId, at);
        changed({
          status: 'submitted',
          submittedAt: at,
          exportMessageId: exportMessageId ?? null,
          paymentInformationId: paymentInformationId ?? null,
          exportProblem: null,
        });
        break;
      case 'settle': {
        if (row.status === 'pending') {
          ledger.post(row.transactionId, at);
          changed({ status: 'submitted', submittedAt: at, exportMessageId: exportMessageId ?? null });
        }
        ledger.settle(row.transactionId, at);
        changed({ status: 'settled', settledAt: at });
        break;
      }
      case 'reject': {
        const reason = returnReason ?? 'AG01';
        if (row.status === 'pending') {
          ledger.release(row.transactionId, at);
          changed({ status: 'rejected', returnReason: reason });
        } else {
          changed({ status: 'rejected', returnReason: reason, returnTransactionId: giveBack('sepa_clearing', reason, 'Rejected') });
        }
        break;
      }
      case 'return': {
        const reason = returnReason ?? 'AC04';
        const from = row.status === 'submitted' ? 'sepa_clearing' : 'sepa_settlement';
        changed({ status: 'returned', returnReason: reason, returnTransactionId: giveBack(from, reason, 'Returned') });
        break;
      }
    }
  }
  for (const { from, credit, at } of park) ledger.park(from, credit, at);
  const rows = [...latest.values()];
  await applyBatchWrites(tx, [
    ...(await ledger.write(tx, new Date())),
    updateWrite('sepa_credit_transfers_changed', sepaCreditTransfers, rows),
    eventsWrite(events).write,
  ]);
  return commands.map(({ row }) => latest.get(row.id)!);
}

/**
 * A step asked for by the actor's organization (an API cancel, a sandbox simulation, the dashboard): its
 * transfer, locked, moved at the command's time (the organization's clock).
 */
export async function changeSepaCreditTransfer(
  { tx, actor, now }: CommandContext,
  id: string,
  step: SepaStep,
  returnReason?: string,
): Promise<SepaCreditTransferRow> {
  const row = await getSepaCreditTransfer(tx, actor.organizationId!, id, { forUpdate: true });
  const [changed] = await advanceSepaCreditTransfers(tx, [{ row, step, at: now, returnReason }]);
  return changed!;
}

/**
 * The sandbox's simulated bank (SPEC §9): a transfer pending for `delaySeconds` is submitted, one
 * submitted for `delaySeconds` is settled, at most `limit` of each per call, in the caller's
 * transaction. Rows another transaction holds (a cancel in flight) are skipped until the next sweep.
 *
 * A scope of one organization is how a move of its sandbox clock runs it (SPEC §11): then each step
 * happens at the time it fell due (up to `now`), submissions first, so a jump of days both submits and
 * settles what it passed. The periodic sweep's scopes: clock/service.ts#sweepByClock.
 */
export async function runSandboxBank(
  db: Db,
  delaySeconds: number,
  now = new Date(),
  limit = 100,
  scope?: SweepScope,
): Promise<{ submitted: number; settled: number }> {
  const delayMs = delaySeconds * 1000;
  const before = new Date(now.getTime() - delayMs);
  const due = (status: 'pending' | 'submitted') =>
    db
      .select()
      .from(sepaCreditTransfers)
      .where(
        and(
          eq(sepaCreditTransfers.status, status),
          // Instant transfers are the instant rail's (instant.ts).
          eq(sepaCreditTransfers.scheme, 'standard'),
          lte(status === 'pending' ? sepaCreditTransfers.createdAt : sepaCreditTransfers.submittedAt, before),
          inScope(sepaCreditTransfers.organizationId, scope),
        ),
      )
      .orderBy(asc(sepaCreditTransfers.id))
      .limit(limit)
      .for('update', { skipLocked: true });
  const steps = (rows: SepaCreditTransferRow[], step: SepaStep, at: (row: SepaCreditTransferRow) => Date) =>
    advanceSepaCreditTransfers(
      db,
      rows.map((row) => ({ row, step, at: at(row) })),
    );
  if (scope !== undefined && 'organizationId' in scope) {
    const toSubmit = await due('pending');
    await steps(toSubmit, 'submit', (row) => new Date(row.createdAt.getTime() + delayMs));
    const toSettle = await due('submitted');
    await steps(toSettle, 'settle', (row) => new Date(row.submittedAt!.getTime() + delayMs));
    return { submitted: toSubmit.length, settled: toSettle.length };
  }
  const toSettle = await due('submitted');
  await steps(toSettle, 'settle', () => now);
  const toSubmit = await due('pending');
  await steps(toSubmit, 'submit', () => now);
  return { submitted: toSubmit.length, settled: toSettle.length };
}

/**
 * The periodic sweep of the sandbox bank (clock/service.ts#sweepByClock): one transaction per pass,
 * everyone at real time but the organizations whose clock runs ahead, then each of those at its own
 * time, so a transfer made after a move is submitted and settled as that organization's time flows on.
 */
export async function sweepSandboxBank(
  db: Db,
  clocks: Pick<Clocks, 'ahead'>,
  delaySeconds: number,
  onError: (error: Error, organizationId: string | null) => void,
): Promise<void> {
  await sweepByClock(
    clocks,
    async (now, scope) => {
      await execute(db, systemActor, ({ tx }) => runSandboxBank(tx, delaySeconds, now, 100, scope), now);
    },
    onError,
  );
}
