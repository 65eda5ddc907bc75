import type { z } from 'zod';
import type { PayeeVerificationRow } from './schema.js';
import { payeeVerificationResource } from './schemas.js';

export function serializePayeeVerification(row: PayeeVerificationRow): z.infer<typeof payeeVerificationResource> {
  return payeeVerificationResource.parse({
    type: 'payeeVerification',
    id: row.id,
    attributes: {
      iban: row.iban,
      name: row.name,
      result: row.result,
      matchedName: row.result === 'close_match' ? row.matchedName : null,
      createdAt: row.createdAt.toISOString(),
    },
    links: { self: `/payee-verifications/${row.id}` },
  });
}
