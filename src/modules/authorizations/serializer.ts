import type { z } from 'zod';
import type { AuthorizationRow } from './schema.js';
import { authorizationResource } from './schemas.js';

export function serializeAuthorization(row: AuthorizationRow): z.infer<typeof authorizationResource> {
  return authorizationResource.parse({
    type: 'authorization',
    id: row.id,
    attributes: {
      status: row.status,
      declineReason: row.declineReason,
      amount: row.amount,
      capturedAmount: row.capturedAmount,
      currency: row.currency,
      merchant: row.merchant,
      increments: row.increments,
      // Rows from before fallback reasons were recorded have none.
      decision: row.decision && { reason: null, ...row.decision },
      expiresAt: row.expiresAt?.toISOString() ?? null,
      createdAt: row.createdAt.toISOString(),
      updatedAt: row.updatedAt.toISOString(),
    },
    relationships: {
      card: { data: { type: 'card', id: row.cardId } },
      transaction: { data: row.transactionId ? { type: 'transaction', id: row.transactionId } : null },
    },
    links: { self: `/authorizations/${row.id}` },
  });
}
