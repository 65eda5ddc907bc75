import type { z } from 'zod';
import type { BookTransferRow, SepaCreditTransferRow } from './schema.js';
import { bookTransferResource, sepaCreditTransferResource } from './schemas.js';

const transaction = (id: string | null) => ({ data: id ? { type: 'transaction' as const, id } : null });
const account = (id: string) => ({ data: { type: 'bankAccount' as const, id } });

export function serializeBookTransfer(row: BookTransferRow): z.infer<typeof bookTransferResource> {
  return bookTransferResource.parse({
    type: 'bookTransfer',
    id: row.id,
    attributes: {
      amount: row.amount,
      currency: row.currency,
      description: row.description,
      status: row.status,
      createdAt: row.createdAt.toISOString(),
    },
    relationships: {
      from: account(row.fromAccountId),
      to: account(row.toAccountId),
      debitTransaction: transaction(row.debitTransactionId),
      creditTransaction: transaction(row.creditTransactionId),
    },
    links: { self: `/transfers/${row.id}` },
  });
}

export function serializeSepaCreditTransfer(row: SepaCreditTransferRow): z.infer<typeof sepaCreditTransferResource> {
  return sepaCreditTransferResource.parse({
    type: 'sepaCreditTransfer',
    id: row.id,
    attributes: {
      amount: row.amount,
      currency: row.currency,
      status: row.status,
      creditor: row.creditor,
      remittanceInformation: row.remittanceInformation,
      endToEndId: row.endToEndId,
      scheme: row.scheme,
      payeeVerification: row.payeeVerification,
      returnReason: row.returnReason,
      submittedAt: row.submittedAt?.toISOString() ?? null,
      settledAt: row.settledAt?.toISOString() ?? null,
      createdAt: row.createdAt.toISOString(),
      updatedAt: row.updatedAt.toISOString(),
    },
    relationships: {
      bankAccount: account(row.bankAccountId),
      transaction: transaction(row.transactionId),
      returnTransaction: transaction(row.returnTransactionId),
    },
    links: { self: `/sepa-credit-transfers/${row.id}` },
  });
}
