import type { z } from 'zod';
import type { TransactionRow } from './schema.js';
import { transactionResource } from './schemas.js';

export function serializeTransaction(row: TransactionRow): z.infer<typeof transactionResource> {
  return transactionResource.parse({
    type: 'transaction',
    id: row.id,
    attributes: {
      direction: row.direction,
      amount: row.amount,
      currency: row.currency,
      kind: row.kind,
      status: row.status,
      description: row.description,
      reference: row.reference,
      counterparty: row.counterparty,
      merchant: row.merchant,
      balanceAfter: row.balanceAfter,
      createdAt: row.createdAt.toISOString(),
      postedAt: row.postedAt?.toISOString() ?? null,
      updatedAt: row.updatedAt.toISOString(),
    },
    relationships: {
      bankAccount: { data: { type: 'bankAccount', id: row.bankAccountId } },
      card: { data: row.cardId ? { type: 'card', id: row.cardId } : null },
    },
    links: { self: `/transactions/${row.id}` },
  });
}
