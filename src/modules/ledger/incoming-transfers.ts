import type { CommandResult, IdempotencyClaim, SerializedResponse } from '../../commands/idempotency.js';
import type { Db } from '../../db/database.js';
import type { ApplyOptions, Outcome } from '../../db/group-commit.js';
import { newId } from '../../domain/ids.js';
import { AppError } from '../../errors/app-error.js';
import { applyOne, CommandBatch } from '../../commands/batch.js';
import type { Vault } from '../../vault/vault.js';
import { lockAccountRows } from '../accounts/balances.js';
import { serializeTransaction } from './serializer.js';
import type { TransactionRow } from './schema.js';
import { customerEntriesWrite, BalancePlan, transactionsWrite, type CustomerPostingResult } from './service.js';
import { OutgoingPlan } from './outgoing.js';
import { applyBatchWrites } from '../../db/batch-write.js';
import { eventsWrite, type NewEvent } from '../webhooks/events.js';

/**
 * Incoming SEPA credit transfers (SPEC §5): the customer account holding the IBAN is credited against
 * the organization's incoming-transfer settlement account. Production code: the sandbox route and the
 * dashboard's funding form call it today, a bank statement import will tomorrow.
 *
 * Transfers are applied in batches (group commit) in a constant number of statements: claim the keys
 * (two), lock the accounts by IBAN in id order (one), one statement for the journal entries with their
 * postings, then one for every account's balance and version, the transactions, the events and the
 * stored responses. Each credit gets the running balance and version it would have
 * had alone, in request order.
 */
export interface IncomingTransfer {
  iban: string;
  amount: number;
  currency: string;
  debtorName: string;
  /** Null when a bank statement does not name it. */
  debtorIban: string | null;
  reference?: string | null | undefined;
  /** An SCT Inst credit (SPEC §14): the same booking, named so on the transaction. */
  scheme?: 'standard' | 'instant' | undefined;
}

export interface IncomingTransferCommand {
  organizationId: string;
  transfer: IncomingTransfer;
  claim?: IdempotencyClaim | undefined;
  /** The organization's time (its sandbox clock, SPEC §11); the batch's when absent. */
  now?: Date | undefined;
}

const ibanPointer = { pointer: '/data/attributes/iban' };

export async function receiveIncomingTransfers(
  tx: Db,
  /** Needed only when items carry Idempotency-Keys. */
  vault: Vault | undefined,
  items: IncomingTransferCommand[],
  respond: (row: TransactionRow) => SerializedResponse,
  options: ApplyOptions = { alone: true },
): Promise<Outcome<CommandResult>[]> {
  const batch = await CommandBatch.open(tx, vault, items);
  const live = batch.live;
  if (live.length === 0) return batch.finish();

  const ibans = [...new Set(live.map(({ item }) => item.transfer.iban))];
  // In a batch, an account another transaction holds is skipped, not waited for: its credits are
  // applied alone afterwards, so one locked account cannot stall the whole batch.
  const { rows: accounts, locked: skipped } = await lockAccountRows(tx, { ibans }, options);
  const byIban = new Map(accounts.map((account) => [account.iban, account]));
  const balances = new BalancePlan(accounts);

  const now = new Date();
  const planned: {
    index: number;
    item: IncomingTransferCommand;
    accountId: string;
    currency: string;
    result: CustomerPostingResult;
    journalEntryId: string;
  }[] = [];
  for (const { item, index } of live) {
    const { transfer } = item;
    const account = byIban.get(transfer.iban);
    if (skipped.has(transfer.iban)) {
      batch.deferAlone(index);
    } else if (!account || account.organizationId !== item.organizationId) {
      batch.refuse(index, new AppError('iban_not_found', `No account of your organization has the IBAN ${transfer.iban}.`, { source: ibanPointer }));
    } else if (account.status !== 'open') {
      batch.refuse(index, new AppError('bank_account_closed', `The account \`${account.id}\` with this IBAN is closed.`, { source: ibanPointer }));
    } else if (account.currency !== transfer.currency) {
      batch.refuse(
        index,
        new AppError('currency_mismatch', `The account is held in ${account.currency}; the transfer is in ${transfer.currency}.`, {
          source: { pointer: '/data/attributes/currency' },
        }),
      );
    } else {
      const result = balances.post(account.id, transfer.amount);
      planned.push({ index, item, accountId: account.id, currency: account.currency, result, journalEntryId: newId('journalEntry') });
    }
  }
  if (planned.length === 0) return batch.finish();

  const journal = await customerEntriesWrite(
    tx,
    'incoming_transfer_settlement',
    'incomingTransfer',
    planned.map(({ item, accountId, currency, result, journalEntryId }) => ({
      journalEntryId,
      organizationId: item.organizationId,
      at: item.now ?? now,
      currency,
      bankAccountId: accountId,
      amount: item.transfer.amount,
      result,
      idempotencyKey: item.claim?.key ?? null,
    })),
  );

  // Whole rows, as the database will hold them: the batch's last statement returns nothing to read back.
  const rows = planned.map(({ item, accountId, currency, result, journalEntryId }) => {
    const at = item.now ?? now;
    return {
      id: newId('transaction'),
      organizationId: item.organizationId,
      bankAccountId: accountId,
      journalEntryId,
      kind: 'incomingTransfer',
      status: 'posted' as const,
      direction: 'credit' as const,
      amount: item.transfer.amount,
      currency,
      description: `${item.transfer.scheme === 'instant' ? 'Instant transfer' : 'Transfer'} from ${item.transfer.debtorName}`,
      reference: item.transfer.reference ?? null,
      counterparty: { name: item.transfer.debtorName, iban: item.transfer.debtorIban, bic: null },
      merchant: null,
      cardId: null,
      balanceAfter: result.balanceAfter,
      createdAt: at,
      postedAt: at,
      updatedAt: at,
    } satisfies TransactionRow;
  });
  planned.forEach(({ index, item }, position) => {
    const row = rows[position]!;
    batch.emit({ organizationId: item.organizationId, type: 'transaction.created', data: serializeTransaction(row), now: row.createdAt });
    batch.answer(index, respond(row));
  });
  // Balances, transactions, events and stored responses: one statement.
  return batch.finish([journal, balances.write(now), transactionsWrite(rows)]);
}

/** One transfer on its own, in the caller's transaction (the dashboard's funding form). Errors as above. */
export function receiveIncomingTransfer(db: Db, organizationId: string, transfer: IncomingTransfer, now?: Date): Promise<TransactionRow> {
  return applyOne((respond) => receiveIncomingTransfers(db, undefined, [{ organizationId, transfer, now }], respond));
}

/**
 * Takes back credits the bank reversed (transfers/bank-import.ts), in the caller's transaction: the
 * accounts and transactions locked, each planned on the balances as the batch leaves them, written in a
 * constant number of statements. Each answer is the transferReturn debit, or why it could not be taken.
 */
export async function reverseIncomingTransfers(
  tx: Db,
  items: { transactionId: string; bankAccountId: string; at: Date; description: string }[],
): Promise<(TransactionRow | string)[]> {
  if (items.length === 0) return [];
  const events: NewEvent[] = [];
  const plan = await OutgoingPlan.open(tx, items, (event) => events.push(event));
  const answers = items.map((item) => plan.takeBack(item.transactionId, item.description, item.at));
  await applyBatchWrites(tx, [...(await plan.write(tx, new Date())), eventsWrite(events).write]);
  return answers;
}
