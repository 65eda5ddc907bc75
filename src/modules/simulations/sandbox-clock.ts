import type { CommandContext } from '../../commands/execute.js';
import { runInFrame } from '../../commands/execute.js';
import { limits } from '../../config.js';
import { todayUtc } from '../../domain/dates.js';
import { AppError } from '../../errors/app-error.js';
import { expireHolds } from '../authorizations/service.js';
import { advanceShipment, cardsDueForDelivery } from '../cards/service.js';
import type { Clocks } from '../clock/service.js';
import { runSandboxBank } from '../transfers/service.js';

/** What a move of the sandbox clock ran because it fell due. */
export interface ClockMove {
  now: Date;
  expiredHolds: number;
  deliveredCards: number;
  submittedSepaCreditTransfers: number;
  settledSepaCreditTransfers: number;
}

/**
 * Moves the organization's sandbox clock (SPEC §11) by `advanceSeconds` or to `to`, never back, and
 * runs in the same transaction what became due at the new time, with its events: holds past expiry,
 * deliveries of physical cards whose estimated delivery began, and the sandbox bank's SEPA steps (when
 * it runs at all: a delay of 0 leaves SEPA to the bank files and simulations). The caller forgets the
 * cached clock once the transaction has committed. Errors: validation_failed (backwards, or further
 * ahead of real time than limits.sandboxClockHorizonMs).
 */
export async function moveSandboxClock(
  command: CommandContext,
  clocks: Clocks,
  move: { advanceSeconds?: number | undefined; to?: string | undefined },
  sepaSettleSeconds: number,
): Promise<ClockMove> {
  const organizationId = command.actor.organizationId!;
  const target = move.advanceSeconds !== undefined ? new Date(command.now.getTime() + move.advanceSeconds * 1000) : new Date(move.to!);
  if (target < command.now) {
    throw new AppError('validation_failed', `\`now\` is before the clock’s ${command.now.toISOString()}; the clock never goes back.`, {
      source: { pointer: '/data/attributes/now' },
    });
  }
  const horizon = new Date(Date.now() + limits.sandboxClockHorizonMs);
  if (target > horizon) {
    throw new AppError(
      'validation_failed',
      `A sandbox clock may run at most ten years ahead of real time, until ${horizon.toISOString().slice(0, 10)}; this move would take it to ${target.toISOString()}.`,
      { source: { pointer: move.advanceSeconds !== undefined ? '/data/attributes/advanceSeconds' : '/data/attributes/now' } },
    );
  }
  await clocks.moveTo(command.tx, organizationId, target);
  const expiredHolds = await expireHolds(command.tx, target, 100, { organizationId });
  const bank =
    sepaSettleSeconds > 0 ? await runSandboxBank(command.tx, sepaSettleSeconds, target, 1_000, { organizationId }) : { submitted: 0, settled: 0 };
  // The deliveries are commands of their own, at the new time (the caller's context has the old one).
  const deliveredCards = await runInFrame(
    command.tx,
    command.actor,
    undefined,
    async (moved) => {
      const due = await cardsDueForDelivery(moved.tx, organizationId, todayUtc(target));
      for (const card of due) {
        let current = card;
        while (current.shippingStatus !== 'delivered') current = await advanceShipment(moved, current);
      }
      return due.length;
    },
    undefined,
    target,
  );
  return { now: target, expiredHolds, deliveredCards, submittedSepaCreditTransfers: bank.submitted, settledSepaCreditTransfers: bank.settled };
}
