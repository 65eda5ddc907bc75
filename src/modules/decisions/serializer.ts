import type { z } from 'zod';
import type { AuthorizationEndpointRow } from './schema.js';
import { authorizationEndpointResource } from './schemas.js';

/** An authorization endpoint as clients see it; the secret only in the answer that created it. */
export function serializeAuthorizationEndpoint(row: AuthorizationEndpointRow, secret?: string): z.infer<typeof authorizationEndpointResource> {
  return authorizationEndpointResource.parse({
    type: 'authorizationEndpoint',
    id: row.id,
    attributes: {
      url: row.url,
      timeoutMs: row.timeoutMs,
      fallback: row.fallback,
      ...(secret ? { secret } : {}),
      createdAt: row.createdAt.toISOString(),
    },
    links: { self: `/authorization-endpoints/${row.id}` },
  });
}
