import { and, asc, eq, inArray, lt } from 'drizzle-orm';
import { setTimeout as sleep } from 'node:timers/promises';
import { z } from 'zod';
import { execute, systemActor } from '../../commands/execute.js';
import type { Db } from '../../db/database.js';
import { GroupCommit, type BatchObserver, type Outcome } from '../../db/group-commit.js';
import { inTransaction } from '../../db/money-moved.js';
import { callPartner, PartnerFailure } from '../../partner/http.js';
import { bankAccountsByIds } from '../accounts/balances.js';
import type { Clocks } from '../clock/service.js';
import { entityNames } from '../entities/service.js';
import { organizationTimes } from './bank-files.js';
import { sepaCreditTransfers, type SepaCreditTransferRow } from './schema.js';
import { advanceSepaCreditTransfers, type SepaStepCommand } from './service.js';

/**
 * SEPA Instant (SCT Inst, SPEC §14) to other banks. A new instant transfer is held like a standard one
 * (transfers/batches.ts); once that has committed, `InstantClearing` sends it through the rail's
 * connector and books the answer: settled (the hold posted to clearing, then to settlement) or rejected
 * with the rail's reason (the hold released: the money is back at once). The rail is waited for at most
 * LINKCY_INSTANT_TIMEOUT_MS (below the scheme's 10 seconds); no answer by then is a rejection (AB05),
 * as the scheme has it: a payment the originator's bank has no confirmation of is not made.
 *
 * Decisions are money commands in group commit: concurrent ones are booked together, in a constant
 * number of statements (`decideInstantTransfers`). A transfer whose process died before its decision
 * was booked is rejected by `rejectOverdueInstantTransfers` once its deadline has long passed.
 */

/** What the rail answered: accepted, or rejected with an ISO 20022 reason code. */
export type RailAnswer = { accepted: true } | { accepted: false; reason: string };

/** An instant payment as a rail carries it (the pacs.008 essentials). */
export interface InstantPayment {
  endToEndId: string;
  amount: number;
  currency: string;
  debtor: { name: string; iban: string; bic: string };
  creditor: { name: string; iban: string; bic: string | null };
  remittanceInformation: string | null;
}

/** Sends one payment; answers, or throws (an abort of `signal` is a timeout). */
export type InstantRail = (payment: InstantPayment, signal: AbortSignal) => Promise<RailAnswer>;

/**
 * The sandbox's clearing house: answers after `delayMs`, accepting every payment but those whose amount
 * ends in these cents (documented in docs/guides/instant-payments.md): .91 rejected AC04 (account
 * closed), .92 AC06 (account blocked), .93 AG01 (transaction forbidden); .99 never answered (rejected
 * AB05 at the deadline).
 */
export const sandboxRejections: Record<number, string> = { 91: 'AC04', 92: 'AC06', 93: 'AG01' };
export const sandboxSilentCents = 99;

export function sandboxClearingHouse(delayMs: number): InstantRail {
  return async (payment, signal) => {
    const cents = payment.amount % 100;
    if (cents === sandboxSilentCents) await sleep(24 * 3600 * 1000, undefined, { signal });
    await sleep(delayMs, undefined, { signal });
    const reason = sandboxRejections[cents];
    return reason === undefined ? { accepted: true } : { accepted: false, reason };
  };
}

const gatewayAnswer = z.union([
  z.object({ status: z.literal('ACSC') }),
  z.object({ status: z.literal('RJCT'), reason: z.string().regex(/^[A-Z0-9]{4}$/) }),
]);

/**
 * The live connector: `POST url` with the payment as JSON, answered `{"status": "ACSC"}` or
 * `{"status": "RJCT", "reason": "AC04"}` within the deadline. A timeout is AB05; an unreachable gateway
 * AB07 (offline agent); any other answer AB10 (error at the instructed agent): never a success it did
 * not confirm.
 */
export function httpInstantRail(url: string, timeoutMs: number): InstantRail {
  return async (payment) => {
    try {
      const answer = await callPartner(url, payment, gatewayAnswer, timeoutMs);
      return answer.status === 'ACSC' ? { accepted: true } : { accepted: false, reason: answer.reason };
    } catch (error) {
      if (!(error instanceof PartnerFailure)) throw error;
      return { accepted: false, reason: error.timedOut ? 'AB05' : error.message.startsWith('unreachable') ? 'AB07' : 'AB10' };
    }
  };
}

export interface InstantDecision {
  transferId: string;
  answer: RailAnswer;
  /** The organization's time of the decision (its sandbox clock). */
  at: Date;
}

/**
 * Books rail answers: the transfers locked in id order (those no longer pending, decided meanwhile,
 * are left alone), each settled or rejected, in a constant number of statements. Answers each
 * transfer as it is now, or null when it was not pending.
 */
export async function decideInstantTransfers(tx: Db, decisions: InstantDecision[]): Promise<Outcome<SepaCreditTransferRow | null>[]> {
  const ids = [...new Set(decisions.map((decision) => decision.transferId))];
  const rows = await tx
    .select()
    .from(sepaCreditTransfers)
    .where(and(inArray(sepaCreditTransfers.id, ids), eq(sepaCreditTransfers.scheme, 'instant'), eq(sepaCreditTransfers.status, 'pending')))
    .orderBy(asc(sepaCreditTransfers.id))
    .for('update');
  const pending = new Map(rows.map((row) => [row.id, row]));
  const steps: SepaStepCommand[] = [];
  for (const { transferId, answer, at } of decisions) {
    const row = pending.get(transferId);
    if (!row) continue;
    pending.delete(transferId);
    steps.push(answer.accepted ? { row, step: 'settle', at, byRail: true } : { row, step: 'reject', at, returnReason: answer.reason, byRail: true });
  }
  const decided = new Map((await advanceSepaCreditTransfers(tx, steps)).map((row) => [row.id, row]));
  return decisions.map((decision) => ({ ok: true, value: decided.get(decision.transferId) ?? null }));
}

/**
 * Sends instant transfers through the rail as their creation commits, and books the answers in group
 * commit. `close` waits for the payments in flight (each bounded by the timeout).
 */
export class InstantClearing {
  private readonly inFlight = new Set<Promise<void>>();
  private readonly decisions: GroupCommit<InstantDecision, SepaCreditTransferRow | null>;

  constructor(
    private readonly db: Db,
    private readonly reads: Db,
    private readonly rail: InstantRail,
    /** How long the rail is waited for: a transfer's deadline (transfers/batches.ts) is its creation plus this. */
    readonly timeoutMs: number,
    private readonly clocks: Pick<Clocks, 'now'>,
    private readonly onError: (error: Error, transferId: string) => void,
    observer?: BatchObserver,
    /** Each booked decision, and how long it took from dispatch (for metrics). */
    private readonly decided: (row: SepaCreditTransferRow, seconds: number) => void = () => {},
  ) {
    this.decisions = new GroupCommit((items) => inTransaction(db, (tx) => decideInstantTransfers(tx, items)), { observer });
  }

  /** Sends a committed pending instant transfer; its decision is booked by the deadline. */
  dispatch(row: SepaCreditTransferRow): void {
    if (row.scheme !== 'instant' || row.status !== 'pending') return;
    const work = this.decide(row).catch((error: unknown) => this.onError(error as Error, row.id));
    this.inFlight.add(work);
    void work.finally(() => this.inFlight.delete(work));
  }

  private async decide(row: SepaCreditTransferRow): Promise<void> {
    const started = performance.now();
    const signal = AbortSignal.timeout(this.timeoutMs);
    let answer: RailAnswer;
    try {
      answer = await this.rail(await this.paymentOf(row), signal);
    } catch (error) {
      if (!signal.aborted) this.onError(error as Error, row.id);
      answer = { accepted: false, reason: signal.aborted ? 'AB05' : 'AB10' };
    }
    // A database that hiccups is tried again a few times, well within the sweep's grace.
    for (let attempt = 1; ; attempt++) {
      try {
        const booked = await this.decisions.submit({ transferId: row.id, answer, at: await this.clocks.now(row.organizationId) });
        if (booked) this.decided(booked, (performance.now() - started) / 1000);
        return;
      } catch (error) {
        if (attempt === 3) throw error;
        await sleep(500 * attempt);
      }
    }
  }

  private async paymentOf(row: SepaCreditTransferRow): Promise<InstantPayment> {
    const [account] = await bankAccountsByIds(this.reads, [row.bankAccountId]);
    const names = await entityNames(this.reads, [account!.entityId]);
    return {
      endToEndId: row.endToEndId,
      amount: row.amount,
      currency: row.currency,
      debtor: { name: names.get(account!.entityId) ?? '', iban: account!.iban, bic: account!.bic },
      creditor: row.creditor,
      remittanceInformation: row.remittanceInformation,
    };
  }

  async close(): Promise<void> {
    await Promise.allSettled([...this.inFlight]);
  }
}

/** How long after its deadline a transfer still pending is taken for one whose process died. */
export const overdueGraceMs = 5_000;

/**
 * Rejects (AB05, money back) instant transfers still pending well past their deadline: their process
 * stopped before booking the rail's answer. Rows another transaction holds are left to the next pass.
 */
export async function rejectOverdueInstantTransfers(db: Db, clocks: Pick<Clocks, 'now'>, limit = 100): Promise<number> {
  return execute(
    db,
    systemActor,
    async ({ tx }) => {
      const rows = await tx
        .select()
        .from(sepaCreditTransfers)
        .where(
          and(
            eq(sepaCreditTransfers.scheme, 'instant'),
            eq(sepaCreditTransfers.status, 'pending'),
            lt(sepaCreditTransfers.instantDeadlineAt, new Date(Date.now() - overdueGraceMs)),
          ),
        )
        .orderBy(asc(sepaCreditTransfers.id))
        .limit(limit)
        .for('update', { skipLocked: true });
      // Each organization's time read once (its sandbox clock), through this transaction.
      const timeOf = organizationTimes(tx, clocks, new Date());
      const steps: SepaStepCommand[] = [];
      for (const row of rows) steps.push({ row, step: 'reject', at: await timeOf(row.organizationId), returnReason: 'AB05', byRail: true });
      await advanceSepaCreditTransfers(tx, steps);
      return rows.length;
    },
    new Date(),
  );
}
