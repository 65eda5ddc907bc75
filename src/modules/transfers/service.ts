import type { KeysetWindow } from '../../db/keyset.js';
import { and, asc, desc, eq, gt, inArray, lt, lte, notInArray, or, type SQL } from 'drizzle-orm';
import { execute, systemActor, type CommandContext } from '../../commands/execute.js';
import type { Db } from '../../db/database.js';
import { isId } from '../../domain/ids.js';
import { AppError } from '../../errors/app-error.js';

import { getBankAccount } from '../accounts/service.js';
import type { Clocks } from '../clock/service.js';
import { emitEvent } from '../webhooks/events.js';
import { postOutgoing, releaseOutgoing, returnOutgoing, returnOutgoingToSuspense, settleOutgoing } from '../ledger/outgoing.js';
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

// The status machine. Each step locks the transfer's row, checks the step is allowed from where the
// transfer is, moves the money through the ledger, and announces the change.

type Step = 'cancel' | 'submit' | 'settle' | 'reject' | 'return';

const allowedFrom: Record<Step, SepaCreditTransferRow['status'][]> = {
  cancel: ['pending'],
  submit: ['pending'],
  settle: ['pending', 'submitted'],
  reject: ['pending', 'submitted'],
  return: ['submitted', 'settled'],
};

function statusConflict(row: SepaCreditTransferRow, step: Step): AppError {
  const verb = { cancel: 'cancelled', submit: 'submitted', settle: 'settled', reject: 'rejected', return: 'returned' }[step];
  return new AppError(
    'sepa_credit_transfer_status_conflict',
    `The SEPA credit transfer \`${row.id}\` is ${row.status}; only a ${allowedFrom[step].join(' or ')} transfer can be ${verb}.`,
  );
}

async function update(db: Db, row: SepaCreditTransferRow, changes: Partial<SepaCreditTransferRow>, now: Date): Promise<SepaCreditTransferRow> {
  const [updated] = await db
    .update(sepaCreditTransfers)
    .set({ ...changes, updatedAt: now })
    .where(eq(sepaCreditTransfers.id, row.id))
    .returning();
  await emitEvent(db, row.organizationId, 'sepaCreditTransfer.updated', serializeSepaCreditTransfer(updated!), now);
  return updated!;
}

/** Applies one step of the status machine to a transfer locked by the caller. Errors: sepa_credit_transfer_status_conflict. */
export async function advanceSepaCreditTransfer(
  db: Db,
  row: SepaCreditTransferRow,
  step: Step,
  options: { now: Date; returnReason?: string | undefined; exportMessageId?: string | undefined },
): Promise<SepaCreditTransferRow> {
  if (!allowedFrom[step].includes(row.status)) throw statusConflict(row, step);
  const { now } = options;
  switch (step) {
    case 'cancel':
      await releaseOutgoing(db, row.transactionId, now);
      return update(db, row, { status: 'cancelled' }, now);
    case 'submit':
      await postOutgoing(db, row.transactionId, now);
      return update(db, row, { status: 'submitted', submittedAt: now, exportMessageId: options.exportMessageId ?? null }, now);
    case 'settle': {
      const submitted = row.status === 'pending' ? await advanceSepaCreditTransfer(db, row, 'submit', options) : row;
      await settleOutgoing(db, row.organizationId, row.currency, row.amount, now);
      return update(db, submitted, { status: 'settled', settledAt: now }, now);
    }
    case 'reject': {
      const returnReason = options.returnReason ?? 'AG01';
      if (row.status === 'pending') {
        await releaseOutgoing(db, row.transactionId, now);
        return update(db, row, { status: 'rejected', returnReason }, now);
      }
      const creditId = await giveBack(db, row, 'sepa_clearing', `Rejected transfer to ${row.creditor.name} (${returnReason})`, now);
      return update(db, row, { status: 'rejected', returnReason, returnTransactionId: creditId }, now);
    }
    case 'return': {
      const returnReason = options.returnReason ?? 'AC04';
      const from = row.status === 'submitted' ? 'sepa_clearing' : 'sepa_settlement';
      const creditId = await giveBack(db, row, from, `Returned transfer to ${row.creditor.name} (${returnReason})`, now);
      return update(db, row, { status: 'returned', returnReason, returnTransactionId: creditId }, now);
    }
  }
}

/**
 * Money of a rejected or returned transfer goes back to its account, as a transferReturn credit (its
 * id is answered); if the account has closed since, to the organization's suspense account, announced
 * like an unmatched bank statement credit (null is answered).
 */
async function giveBack(
  db: Db,
  row: SepaCreditTransferRow,
  from: 'sepa_clearing' | 'sepa_settlement',
  description: string,
  now: Date,
): Promise<string | null> {
  const account = await getBankAccount(db, row.organizationId, row.bankAccountId);
  if (account.status === 'open') return (await returnOutgoing(db, row.transactionId, from, description, now)).credit.id;
  await returnOutgoingToSuspense(
    db,
    row.transactionId,
    from,
    {
      reason: `the account ${account.id} of SEPA credit transfer ${row.id} is closed`,
      creditorIban: account.iban,
      debtor: row.creditor,
      remittanceInformation: row.remittanceInformation,
      endToEndId: row.endToEndId,
      statementMessageId: null,
    },
    now,
  );
  return null;
}

/**
 * A step asked for by the actor's organization (an API cancel, a sandbox simulation, the dashboard): its
 * transfer, locked, moved at the command's time (the organization's clock).
 */
export async function changeSepaCreditTransfer(
  { tx, actor, now }: CommandContext,
  id: string,
  step: Step,
  returnReason?: string,
): Promise<SepaCreditTransferRow> {
  const row = await getSepaCreditTransfer(tx, actor.organizationId!, id, { forUpdate: true });
  return advanceSepaCreditTransfer(tx, row, step, { now, returnReason });
}

/**
 * The sandbox's simulated bank (SPEC §9): a transfer pending for `delaySeconds` is submitted, one
 * submitted for `delaySeconds` is settled, at most `limit` of each per call, in the caller's
 * transaction. Rows another transaction holds (a cancel in flight) are skipped until the next sweep.
 *
 * `organizationId` limits it to one organization, as a move of its sandbox clock does (SPEC §11): then
 * each step happens at the time it fell due (up to `now`), submissions first, so a jump of days both
 * submits and settles what it passed. Without it, `except` names the organizations left out (those
 * whose clock runs ahead: real time is not theirs).
 */
export async function runSandboxBank(
  db: Db,
  delaySeconds: number,
  now = new Date(),
  limit = 100,
  organizationId?: string,
  except: string[] = [],
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
          lte(status === 'pending' ? sepaCreditTransfers.createdAt : sepaCreditTransfers.submittedAt, before),
          organizationId === undefined ? undefined : eq(sepaCreditTransfers.organizationId, organizationId),
          except.length === 0 ? undefined : notInArray(sepaCreditTransfers.organizationId, except),
        ),
      )
      .orderBy(asc(sepaCreditTransfers.id))
      .limit(limit)
      .for('update', { skipLocked: true });
  if (organizationId !== undefined) {
    const toSubmit = await due('pending');
    for (const row of toSubmit) await advanceSepaCreditTransfer(db, row, 'submit', { now: new Date(row.createdAt.getTime() + delayMs) });
    const toSettle = await due('submitted');
    for (const row of toSettle) await advanceSepaCreditTransfer(db, row, 'settle', { now: new Date(row.submittedAt!.getTime() + delayMs) });
    return { submitted: toSubmit.length, settled: toSettle.length };
  }
  const toSettle = await due('submitted');
  for (const row of toSettle) await advanceSepaCreditTransfer(db, row, 'settle', { now });
  const toSubmit = await due('pending');
  for (const row of toSubmit) await advanceSepaCreditTransfer(db, row, 'submit', { now });
  return { submitted: toSubmit.length, settled: toSettle.length };
}

/**
 * The periodic sweep of the sandbox bank, one transaction per clock: every organization at real time but
 * those whose sandbox clock runs ahead, then each of those at its own time, so a transfer made after a
 * move is submitted and settled as that organization's time flows on. One organization's failure is
 * reported and the others still run.
 */
export async function sweepSandboxBank(
  db: Db,
  clocks: Pick<Clocks, 'ahead'>,
  delaySeconds: number,
  onError: (error: Error, organizationId: string | null) => void,
): Promise<void> {
  const ahead = await clocks.ahead();
  const run = (organizationId: string | null, now: Date) =>
    execute(db, systemActor, ({ tx }) =>
      organizationId === null
        ? runSandboxBank(
            tx,
            delaySeconds,
            now,
            100,
            undefined,
            ahead.map((clock) => clock.organizationId),
          )
        : runSandboxBank(tx, delaySeconds, now, 100, organizationId),
    ).catch((error: unknown) => onError(error as Error, organizationId));
  await run(null, new Date());
  for (const { organizationId, now } of ahead) await run(organizationId, now);
}
