import { z } from 'zod';
import { countryCodeSchema } from '../../http/fields.js';
import { timestampSchema as timestamp } from '../../http/timestamps.js';
import { limits } from '../../config.js';
import { ageInYears, isCalendarDate, todayUtc } from '../../domain/dates.js';
import { listLinksSchema, pageQuerySchema } from '../../http/pagination.js';
import { withReadOnlyMembers } from '../../http/validation.js';
import { named } from '../../http/schema-registry.js';
import { noControlCharacters } from '../../domain/control-characters.js';

/** Request and response documents of the entities module (SPEC §2). */

const text = (max: number = limits.textLengthMax) =>
  z
    .string()
    .trim()
    .min(1, { error: 'must not be empty' })
    .max(max, { error: `must be at most ${max} characters` })
    .regex(noControlCharacters, { error: 'must not contain control characters' });

const emailSchema = z.email({ error: 'must be a valid email address' }).max(254).describe('Contact email address.');

const phoneSchema = z
  .string()
  .regex(/^\+[1-9]\d{6,14}$/, { error: 'must be an E.164 phone number such as `+33612345678`' })
  .describe('Phone number in E.164 format.');

export const addressSchema = z.strictObject({
  line1: text(),
  line2: text().nullable().optional(),
  postalCode: text(16),
  city: text(),
  region: text().nullable().optional(),
  country: countryCodeSchema,
});

const dateOfBirthSchema = z
  .string()
  .refine(isCalendarDate, { error: 'must be a date as YYYY-MM-DD', abort: true })
  .refine((value) => value <= todayUtc(), { error: 'must not be in the future', abort: true })
  .refine((value) => ageInYears(value, todayUtc()) >= limits.entityAgeYearsMin, {
    error: `must be at least ${limits.entityAgeYearsMin} years ago: customers must be adults`,
    abort: true,
  })
  .refine((value) => ageInYears(value, todayUtc()) <= limits.entityAgeYearsMax, {
    error: `must be less than ${limits.entityAgeYearsMax} years ago`,
  })
  .describe('Date of birth, YYYY-MM-DD. Customers must be 18 or older.');

const metadataValue = z.string().max(limits.metadataValueLengthMax, {
  error: `values must be at most ${limits.metadataValueLengthMax} characters`,
});
const metadataKey = z
  .string()
  .min(1, { error: 'keys must not be empty' })
  .max(limits.metadataKeyLengthMax, { error: `keys must be at most ${limits.metadataKeyLengthMax} characters` })
  // Keys come back as JSON:API member names: letters, digits (any non-ASCII letter too), and `-`, `_` or
  // spaces between them; no `.`, `#`, `$` or leading `_`, which the spec reserves or forbids.
  .regex(/^[a-zA-Z0-9\u0080-\uffff](?:[a-zA-Z0-9\u0080-\uffff_ -]*[a-zA-Z0-9\u0080-\uffff])?$/, {
    error: 'keys must be JSON:API member names: letters and digits, with `-`, `_` or spaces only between them',
  });

const tooManyKeys = `must have at most ${limits.metadataKeysMax} keys`;

export const metadataSchema = z
  .record(metadataKey, metadataValue)
  .refine((value) => Object.keys(value).length <= limits.metadataKeysMax, { error: tooManyKeys })
  .describe(`Your own key-value pairs: at most ${limits.metadataKeysMax} string values.`);

/** In an update, `null` removes a key. */
const metadataPatchSchema = z
  .record(metadataKey, metadataValue.nullable())
  .refine((value) => Object.keys(value).length <= limits.metadataKeysMax, { error: tooManyKeys })
  .describe('Keys to set; a `null` value removes the key.');

const externalIdSchema = z
  .string()
  .min(1, { error: 'must not be empty' })
  .max(limits.textLengthMax)
  .regex(/^[\x21-\x7e]+$/, { error: 'must be printable ASCII without spaces' })
  .describe('Your own identifier for this customer, unique in your organization.');

const individualAttributes = z.strictObject({
  kind: z.literal('individual'),
  firstName: text(),
  lastName: text(),
  dateOfBirth: dateOfBirthSchema,
  nationality: countryCodeSchema,
  email: emailSchema,
  phone: phoneSchema.nullable().optional(),
  address: addressSchema,
  externalId: externalIdSchema.nullable().optional(),
  metadata: metadataSchema.optional(),
});

const businessAttributes = z.strictObject({
  kind: z.literal('business'),
  legalName: text(),
  registrationNumber: text(64),
  email: emailSchema,
  phone: phoneSchema.nullable().optional(),
  address: addressSchema,
  externalId: externalIdSchema.nullable().optional(),
  metadata: metadataSchema.optional(),
});

export const entityCreateAttributes = z.discriminatedUnion('kind', [individualAttributes, businessAttributes], {
  error: (issue) => (issue.code === 'invalid_union' ? 'must be `individual` or `business`' : undefined),
});
export type EntityCreateAttributes = z.infer<typeof entityCreateAttributes>;

/** Members Linkcy sets, refused in every request. */
const serverSetAttributes = ['status', 'kycStatus', 'kycReasons', 'createdAt', 'updatedAt'];

export const entityCreateDocument = withReadOnlyMembers(
  z
    .strictObject({
      data: z.strictObject({ type: z.literal('entity'), attributes: entityCreateAttributes }),
    })
    .meta({
      examples: [
        {
          data: {
            type: 'entity',
            attributes: {
              kind: 'individual',
              firstName: 'Ada',
              lastName: 'Lovelace',
              dateOfBirth: '1990-12-10',
              email: 'ada@example.com',
              phone: '+33612345678',
              nationality: 'FR',
              address: { line1: '10 rue de Rivoli', line2: null, postalCode: '75001', city: 'Paris', country: 'FR' },
              externalId: 'user-42',
              metadata: { plan: 'gold' },
            },
          },
        },
      ],
    }),
  { attributes: serverSetAttributes, id: true },
);

export const entityUpdateAttributes = z.strictObject({
  email: emailSchema.optional(),
  phone: phoneSchema.nullable().optional(),
  address: addressSchema.optional(),
  metadata: metadataPatchSchema.optional(),
});
export type EntityUpdateAttributes = z.infer<typeof entityUpdateAttributes>;

export const entityUpdateDocument = withReadOnlyMembers(
  z
    .strictObject({
      data: z.strictObject({
        type: z.literal('entity'),
        id: z.string().optional().describe('If present, must equal the id in the URL.'),
        attributes: entityUpdateAttributes,
      }),
    })
    .meta({ examples: [{ data: { type: 'entity', attributes: { email: 'ada@lovelace.example', metadata: { plan: 'platinum' } } } }] }),
  {
    // Identity and KYC data cannot change after registration: a new identity is a new customer.
    attributes: [
      ...serverSetAttributes,
      'kind',
      'firstName',
      'lastName',
      'dateOfBirth',
      'nationality',
      'legalName',
      'registrationNumber',
      'externalId',
    ],
  },
);

/** The seed's `POST /entities/:entityId` reads a customer; it takes no body. */
export const entityListQuery = z.strictObject({
  ...pageQuerySchema,
  'filter[kind]': z.enum(['individual', 'business']).optional(),
  'filter[status]': z.enum(['active', 'closed']).optional(),
  'filter[kycStatus]': z.enum(['pending', 'approved', 'rejected']).optional(),
  'filter[externalId]': z.string().max(limits.textLengthMax).optional(),
  'filter[email]': z.string().max(254).optional(),
});
export type EntityListQuery = z.infer<typeof entityListQuery>;

export const entityParams = z.object({ entityId: z.string().describe('The customer id, `ent_...`.') });

/** A postal address as responses show it: optional lines are present, as null. */
export const addressResource = z.object({
  line1: z.string(),
  line2: z.string().nullable(),
  postalCode: z.string(),
  city: z.string(),
  region: z.string().nullable(),
  country: z.string(),
});

const entityStatusAttributes = {
  status: z.enum(['active', 'closed']),
  kycStatus: z.enum(['pending', 'approved', 'rejected']),
  kycReasons: z.array(z.string()).describe('Why KYC was rejected; empty otherwise.'),
};
const entityContactAttributes = {
  email: z.string(),
  phone: z.string().nullable(),
  address: addressResource,
  externalId: z.string().nullable(),
  metadata: z.record(z.string(), z.string()),
  createdAt: timestamp,
  updatedAt: timestamp,
};

/**
 * A customer's attributes, one shape per `kind`: a person has a name, birth date and nationality; a
 * business a legal name and registration number. Generated clients get a union they can narrow on
 * `kind` (an individual's `firstName` is a string, not `string | undefined`).
 */
export const entityResourceAttributes = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('individual'),
    ...entityStatusAttributes,
    firstName: z.string(),
    lastName: z.string(),
    dateOfBirth: z.string(),
    nationality: z.string(),
    ...entityContactAttributes,
  }),
  z.object({
    kind: z.literal('business'),
    ...entityStatusAttributes,
    legalName: z.string(),
    registrationNumber: z.string(),
    ...entityContactAttributes,
  }),
]);

export const entityResource = z.object({
  type: z.literal('entity'),
  id: z.string(),
  attributes: entityResourceAttributes,
  relationships: z.object({
    bankAccounts: z.object({ links: z.object({ related: z.string() }) }),
    cards: z.object({ links: z.object({ related: z.string() }) }),
  }),
  links: z.object({ self: z.string() }),
});

export const entityDocument = z.object({ data: entityResource, links: z.object({ self: z.string() }) });
export const entityListDocument = z.object({
  data: z.array(entityResource),
  links: listLinksSchema,
});

/** Sandbox: `POST /simulations/entities/:entityId/kyc`. */
export const kycDecisionDocument = withReadOnlyMembers(
  z
    .strictObject({
      data: z.strictObject({
        type: z.literal('kycDecision'),
        attributes: z
          .strictObject({
            status: z.enum(['approved', 'rejected'], { error: 'must be `approved` or `rejected`' }),
            reasons: z.array(text(200)).max(10).optional().describe('Why it was rejected, such as `document_expired`.'),
          })
          .refine((value) => value.status === 'rejected' || !value.reasons?.length, { error: 'reasons go with a rejection only' }),
      }),
    })
    .meta({ examples: [{ data: { type: 'kycDecision', attributes: { status: 'approved' } } }] }),
  { attributes: [], id: true },
);

named(entityResource, 'Entity');
named(addressResource, 'Address');
