import { inArray, sql } from 'drizzle-orm';
import type { Db } from '../../db/database.js';
import type { ApplyOptions, Outcome } from '../../db/group-commit.js';
import { newId } from '../../domain/ids.js';
import { AppError } from '../../errors/app-error.js';
import { CommandBatch } from '../../commands/batch.js';
import type { CommandResult, IdempotencyClaim } from '../../http/idempotency.js';
import type { SerializedResponse } from '../../http/json-api.js';
import type { Vault } from '../../vault/vault.js';
import { bankAccounts } from '../accounts/schema.js';
import { serializeTransaction } from '../transactions/serializer.js';
import { transactions, type TransactionRow } from './schema.js';
import { appendJournalEntries, internalAccountId } from './service.js';

/**
 * Incoming SEPA credit transfers (SPEC §5): the customer account holding the IBAN is credited against
 * the organization's incoming-transfer settlement account. Production code: the sandbox route and the
 * dashboard's funding form call it today, a bank statement import will tomorrow.
 *
 * Transfers are applied in batches (group commit) in a constant number of statements: claim the keys
 * (two), lock the accounts by IBAN in id order (one), then one UPDATE for every account's balance and
 * version, one statement for the journal entries with their postings, one INSERT of transactions, one
 * of events, one of stored responses. Each credit gets the running balance and version it would have
 * had alone, in request order.
 */
export interface IncomingTransfer {
  iban: string;
  amount: number;
  currency: string;
  debtorName: string;
  debtorIban: string;
  reference?: string | null | undefined;
}

export interface IncomingTransferCommand {
  organizationId: string;
  transfer: IncomingTransfer;
  claim?: IdempotencyClaim | undefined;
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
  const accounts = await tx
    .select()
    .from(bankAccounts)
    .where(inArray(bankAccounts.iban, ibans))
    .orderBy(bankAccounts.id)
    .for('update', options.alone ? {} : { skipLocked: true });
  const byIban = new Map(accounts.map((account) => [account.iban, account]));
  const missing = ibans.filter((iban) => !byIban.has(iban));
  const skipped =
    options.alone || missing.length === 0
      ? new Set<string>()
      : new Set((await tx.select({ iban: bankAccounts.iban }).from(bankAccounts).where(inArray(bankAccounts.iban, missing))).map((row) => row.iban));
  const running = new Map(
    accounts.map((account) => [account.id, { balance: account.postedBalance, version: account.version, credited: 0, count: 0 }]),
  );

  const now = new Date();
  const at = now.toISOString();
  const planned: {
    index: number;
    item: IncomingTransferCommand;
    accountId: string;
    currency: string;
    balanceAfter: number;
    version: number;
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
      const state = running.get(account.id)!;
      state.balance += transfer.amount;
      state.version += 1;
      state.credited += transfer.amount;
      state.count += 1;
      planned.push({
        index,
        item,
        accountId: account.id,
        currency: account.currency,
        balanceAfter: state.balance,
        version: state.version,
        journalEntryId: newId('journalEntry'),
      });
    }
  }
  if (planned.length === 0) return batch.finish();

  // Balances: one row update per account, however many credits it receives in the batch.
  const credits = [...running].filter(([, state]) => state.count > 0).map(([id, state]) => ({ id, amount: state.credited, count: state.count }));
  await tx.execute(
    sql`UPDATE bank_accounts SET posted_balance = bank_accounts.posted_balance + x.amount, version = bank_accounts.version + x.count, updated_at = ${at}::timestamptz
        FROM jsonb_to_recordset(${JSON.stringify(credits)}::jsonb) AS x(id text, amount bigint, count bigint)
        WHERE bank_accounts.id = x.id`,
  );

  // Journal entries and their two postings each, in one statement.
  const settlement = new Map<string, string>();
  for (const { item, currency } of planned) {
    const cacheKey = `${item.organizationId}|${currency}`;
    if (!settlement.has(cacheKey))
      settlement.set(cacheKey, await internalAccountId(tx, item.organizationId, 'incoming_transfer_settlement', currency));
  }
  const entryRows = planned.map(({ item, journalEntryId }) => ({
    id: journalEntryId,
    organization_id: item.organizationId,
    idempotency_key: item.claim?.key ?? null,
    created_at: at,
  }));
  const postingRows = planned.flatMap(({ item, accountId, currency, balanceAfter, version, journalEntryId }) => [
    {
      journal_entry_id: journalEntryId,
      organization_id: item.organizationId,
      bank_account_id: accountId,
      internal_account_id: null,
      amount: item.transfer.amount,
      currency,
      balance_after: balanceAfter,
      account_version: version,
      created_at: at,
    },
    {
      journal_entry_id: journalEntryId,
      organization_id: item.organizationId,
      bank_account_id: null,
      internal_account_id: settlement.get(`${item.organizationId}|${currency}`)!,
      amount: -item.transfer.amount,
      currency,
      balance_after: null,
      account_version: null,
      created_at: at,
    },
  ]);
  await appendJournalEntries(tx, entryRows, postingRows);

  const inserted = await tx
    .insert(transactions)
    .values(
      planned.map(({ item, accountId, currency, balanceAfter, journalEntryId }) => ({
        id: newId('transaction'),
        organizationId: item.organizationId,
        bankAccountId: accountId,
        journalEntryId,
        kind: 'incomingTransfer',
        status: 'posted' as const,
        direction: 'credit' as const,
        amount: item.transfer.amount,
        currency,
        description: `Transfer from ${item.transfer.debtorName}`,
        reference: item.transfer.reference ?? null,
        counterparty: { name: item.transfer.debtorName, iban: item.transfer.debtorIban, bic: null },
        balanceAfter,
        createdAt: now,
        postedAt: now,
        updatedAt: now,
      })),
    )
    .returning();
  const byEntry = new Map(inserted.map((row) => [row.journalEntryId!, row]));

  for (const { index, item, journalEntryId } of planned) {
    const row = byEntry.get(journalEntryId)!;
    batch.emit({ organizationId: item.organizationId, type: 'transaction.created', data: serializeTransaction(row), now });
    batch.answer(index, respond(row));
  }
  return batch.finish();
}

/** One transfer on its own, in the caller's transaction (the dashboard's funding form). Errors as above. */
export async function receiveIncomingTransfer(db: Db, organizationId: string, transfer: IncomingTransfer): Promise<TransactionRow> {
  let credited: TransactionRow | undefined;
  const [outcome] = await receiveIncomingTransfers(db, undefined, [{ organizationId, transfer }], (row) => {
    credited = row;
    return { status: 201, headers: {}, body: '' };
  });
  if (!outcome!.ok) throw outcome!.error;
  return credited!;
}
