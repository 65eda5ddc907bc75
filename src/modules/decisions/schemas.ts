import { z } from 'zod';
import { timestampSchema as timestamp } from '../../http/timestamps.js';
import { listLinksSchema } from '../../http/pagination.js';
import { withReadOnlyMembers } from '../../http/validation.js';
import { named } from '../../http/schema-registry.js';

/** Why an endpoint's fallback applied: no answer in time, no connection, a status other than 2xx, or an answer that says neither approve nor decline. */
export const fallbackReasons = ['timeout', 'unreachable', 'http_error', 'invalid_answer'] as const;
export type FallbackReason = (typeof fallbackReasons)[number];

/** Documents of authorization endpoints (SPEC §10). */

export const authorizationEndpointCreateDocument = withReadOnlyMembers(
  z
    .strictObject({
      data: z.strictObject({
        type: z.literal('authorizationEndpoint'),
        attributes: z.strictObject({
          url: z.string().max(2048).describe('Where authorization requests are POSTed. Live mode: https to a public address.'),
          timeoutMs: z
            .number({ error: 'must be a whole number of milliseconds from 100 to 3000' })
            .int({ error: 'must be a whole number of milliseconds from 100 to 3000' })
            .min(100, { error: 'must be at least 100 (milliseconds)' })
            .max(3000, { error: 'must be at most 3000 (milliseconds)' })
            .default(1500)
            .describe('How long to wait for an answer, 100 to 3000 ms (default 1500).'),
          fallback: z
            .enum(['approve', 'decline'], { error: 'must be `approve` or `decline`' })
            .default('decline')
            .describe('What applies when the endpoint does not answer in time or answers anything else (default `decline`).'),
        }),
      }),
    })
    .meta({
      examples: [
        {
          data: {
            type: 'authorizationEndpoint',
            attributes: { url: 'https://example.com/linkcy/authorizations', timeoutMs: 1500, fallback: 'decline' },
          },
        },
      ],
    }),
  { attributes: ['secret', 'createdAt'], id: true },
);

export const authorizationEndpointParams = z.object({ endpointId: z.string().describe('The endpoint id, `aep_...`.') });

export const authorizationEndpointResource = z.object({
  type: z.literal('authorizationEndpoint'),
  id: z.string(),
  attributes: z.object({
    url: z.string(),
    timeoutMs: z.number().int(),
    fallback: z.enum(['approve', 'decline']),
    secret: z.string().optional().describe('The signing secret (`whsec_...`), in the creation’s answer only.'),
    createdAt: timestamp,
  }),
  links: z.object({ self: z.string() }),
});

export const authorizationEndpointDocument = z.object({ data: authorizationEndpointResource, links: z.object({ self: z.string() }) });
export const authorizationEndpointListDocument = z.object({ data: z.array(authorizationEndpointResource), links: listLinksSchema });

named(authorizationEndpointResource, 'AuthorizationEndpoint');
