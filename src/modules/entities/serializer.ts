import type { z } from 'zod';
import type { EntityRow } from './schema.js';
import { entityResource } from './schemas.js';

/**
 * The JSON:API resource of a customer. It is parsed through the response schema, which drops any
 * member the schema does not declare: a column added to the table never leaks by accident.
 */
export function serializeEntity(row: EntityRow): z.infer<typeof entityResource> {
  const personal =
    row.kind === 'individual'
      ? { firstName: row.firstName!, lastName: row.lastName!, dateOfBirth: row.dateOfBirth!, nationality: row.nationality! }
      : { legalName: row.legalName!, registrationNumber: row.registrationNumber! };
  const self = `/entities/${row.id}`;
  return entityResource.parse({
    type: 'entity',
    id: row.id,
    attributes: {
      kind: row.kind,
      status: row.status,
      kycStatus: row.kycStatus,
      kycReasons: row.kycReasons,
      ...personal,
      email: row.email,
      phone: row.phone,
      address: row.address,
      externalId: row.externalId,
      metadata: row.metadata,
      createdAt: row.createdAt.toISOString(),
      updatedAt: row.updatedAt.toISOString(),
    },
    relationships: {
      bankAccounts: { links: { related: `/bank/accounts?filter%5Bentity%5D=${row.id}` } },
      cards: { links: { related: `/cards?filter%5Bentity%5D=${row.id}` } },
    },
    links: { self },
  });
}
