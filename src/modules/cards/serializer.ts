import type { z } from 'zod';
import { maskPanParts } from '../../domain/card-number.js';
import { pinStatus } from '../../domain/card-status.js';
import type { CardRow } from './schema.js';
import { cardResource } from './schemas.js';
import type { CardSpending } from './spending.js';

/**
 * Cards as clients see them: never the PAN, CVV or PIN (the response schema has no place for them).
 * `spending` comes from the card's counters (service.ts#presentCards reads them).
 */
export function serializeCard(row: CardRow, spending: CardSpending[]): z.infer<typeof cardResource> {
  return cardResource.parse({
    type: 'card',
    id: row.id,
    attributes: {
      form: row.form,
      status: row.status,
      cardholderName: row.cardholderName,
      brand: row.brand,
      last4: row.last4,
      maskedPan: maskPanParts(row.bin, row.last4),
      expMonth: row.expMonth,
      expYear: row.expYear,
      shipping:
        row.form === 'physical'
          ? {
              status: row.shippingStatus,
              address: row.shippingAddress,
              estimatedDeliveryFrom: row.estimatedDeliveryFrom,
              estimatedDeliveryTo: row.estimatedDeliveryTo,
            }
          : null,
      pinStatus: pinStatus(row.pinFailures),
      spendingControls: row.spendingControls,
      spending: spending.map((window) => ({ ...window, resetsAt: window.resetsAt?.toISOString() ?? null })),
      createdAt: row.createdAt.toISOString(),
      updatedAt: row.updatedAt.toISOString(),
    },
    relationships: {
      entity: { data: { type: 'entity', id: row.entityId } },
      bankAccount: { data: { type: 'bankAccount', id: row.bankAccountId } },
      replaces: { data: row.replacesCardId ? { type: 'card', id: row.replacesCardId } : null },
      replacedBy: { data: row.replacedByCardId ? { type: 'card', id: row.replacedByCardId } : null },
    },
    links: { self: `/cards/${row.id}` },
  });
}
