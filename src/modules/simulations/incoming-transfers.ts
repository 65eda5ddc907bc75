import type { Db } from '../../db/database.js';
import { newId } from '../../domain/ids.js';
import { AppError } from '../../errors/app-error.js';
import { findBankAccountByIban } from '../accounts/service.js';
import { transactions, type TransactionRow } from '../ledger/schema.js';
import { postJournalEntry } from '../ledger/service.js';
import { emitEvent } from '../events/service.js';
import { serializeTransaction } from '../transactions/serializer.js';
import type { IncomingTransferAttributes } from './schemas.js';

/**
 * A SEPA credit transfer arrives for an IBAN (sandbox): the customer account is credited against the
 * organization's incoming-transfer settlement account. Errors: iban_not_found (also another tenant's
 * IBAN), bank_account_closed, currency_mismatch.
 */
export async function receiveIncomingTransfer(
  db: Db,
  organizationId: string,
  transfer: IncomingTransferAttributes,
  idempotencyKey: string | undefined,
): Promise<TransactionRow> {
  const account = await findBankAccountByIban(db, organizationId, transfer.iban);
  if (!account) {
    throw new AppError('iban_not_found', `No account of your organization has the IBAN ${transfer.iban}.`, {
      source: { pointer: '/data/attributes/iban' },
    });
  }
  if (account.status !== 'open') {
    throw new AppError('bank_account_closed', `The account \`${account.id}\` with this IBAN is closed.`, {
      source: { pointer: '/data/attributes/iban' },
    });
  }
  if (account.currency !== transfer.currency) {
    throw new AppError('currency_mismatch', `The account is held in ${account.currency}; the transfer is in ${transfer.currency}.`, {
      source: { pointer: '/data/attributes/currency' },
    });
  }
  const now = new Date();
  const posted = await postJournalEntry(db, {
    organizationId,
    currency: account.currency,
    idempotencyKey,
    now,
    postings: [
      { target: { kind: 'customer', bankAccountId: account.id }, amount: transfer.amount },
      { target: { kind: 'internal', purpose: 'incoming_transfer_settlement' }, amount: -transfer.amount },
    ],
  });
  const [row] = await db
    .insert(transactions)
    .values({
      id: newId('transaction'),
      organizationId,
      bankAccountId: account.id,
      journalEntryId: posted.journalEntryId,
      kind: 'incomingTransfer',
      status: 'posted',
      direction: 'credit',
      amount: transfer.amount,
      currency: account.currency,
      description: `Transfer from ${transfer.debtorName}`,
      reference: transfer.reference ?? null,
      counterparty: { name: transfer.debtorName, iban: transfer.debtorIban, bic: null },
      balanceAfter: posted.customerResults.get(account.id)!.balanceAfter,
      createdAt: now,
      postedAt: now,
      updatedAt: now,
    })
    .returning();
  await emitEvent(db, organizationId, 'transaction.created', serializeTransaction(row!), now);
  return row!;
}
