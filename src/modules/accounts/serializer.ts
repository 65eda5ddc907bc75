import type { z } from 'zod';
import type { BankAccountRow } from './schema.js';
import { bankAccountResource } from './schemas.js';

export function serializeBankAccount(row: BankAccountRow): z.infer<typeof bankAccountResource> {
  const self = `/bank/accounts/${row.id}`;
  return bankAccountResource.parse({
    type: 'bankAccount',
    id: row.id,
    attributes: {
      iban: row.iban,
      bic: row.bic,
      currency: row.currency,
      status: row.status,
      balance: { current: row.postedBalance, available: row.postedBalance - row.heldAmount, pending: row.heldAmount },
      instantTransferLimit: row.instantTransferLimit,
      createdAt: row.createdAt.toISOString(),
      updatedAt: row.updatedAt.toISOString(),
      closedAt: row.closedAt?.toISOString() ?? null,
    },
    relationships: {
      entity: { data: { type: 'entity', id: row.entityId } },
      transactions: { links: { related: `${self}/transactions` } },
    },
    links: { self },
  });
}
