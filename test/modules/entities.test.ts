import { count, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { entities } from '../../src/modules/entities/schema.js';
import { businessAttributes, entityDocument, individualAttributes } from '../helpers/fixtures.js';
import { describeEachEngine, type TestApp } from '../helpers/harness.js';

const idPattern = (prefix: string) => expect.stringMatching(new RegExp(`^${prefix}_[0-9A-HJKMNP-TV-Z]{26}$`));
const timestampPattern = expect.stringMatching(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);

async function entityCount(harness: TestApp, organizationId: string): Promise<number> {
  const [row] = await harness.database.db.select({ n: count() }).from(entities).where(eq(entities.organizationId, organizationId));
  return row!.n;
}

describeEachEngine('entities', (harness) => {
  describe('POST /entities/ registers a customer', () => {
    it('answers 201 with the resource, a Location header and JSON:API content type', async () => {
      const credential = await harness.credential();
      const response = await harness.request(credential, {
        method: 'POST',
        url: '/entities/',
        payload: entityDocument(individualAttributes()),
      });
      expect(response.statusCode).toBe(201);
      expect(response.headers['content-type']).toBe('application/vnd.api+json');
      const body = response.json();
      const id = body.data.id as string;
      expect(response.headers.location).toBe(`/entities/${id}`);
      expect(response.headers['x-request-id']).toMatch(/^req_/);
      expect(body).toEqual({
        data: {
          type: 'entity',
          id: idPattern('ent'),
          attributes: {
            kind: 'individual',
            status: 'active',
            kycStatus: 'approved',
            kycReasons: [],
            firstName: 'Ada',
            lastName: 'Lovelace',
            dateOfBirth: '1990-12-10',
            nationality: 'FR',
            email: 'ada@example.com',
            phone: '+33612345678',
            address: { line1: '10 rue de Rivoli', line2: null, postalCode: '75001', city: 'Paris', region: null, country: 'FR' },
            externalId: 'user-42',
            metadata: { plan: 'gold' },
            createdAt: timestampPattern,
            updatedAt: timestampPattern,
          },
          relationships: {
            bankAccounts: { links: { related: `/bank/accounts?filter%5Bentity%5D=${id}` } },
            cards: { links: { related: `/cards?filter%5Bentity%5D=${id}` } },
          },
          links: { self: `/entities/${id}` },
        },
        links: { self: `/entities/${id}` },
      });
    });

    it('registers a business with its own fields and no personal ones', async () => {
      const credential = await harness.credential();
      const response = await harness.request(credential, {
        method: 'POST',
        url: '/entities',
        headers: { 'content-type': 'application/json' },
        payload: entityDocument(businessAttributes()),
      });
      expect(response.statusCode).toBe(201);
      const attributes = response.json().data.attributes;
      expect(attributes).toMatchObject({
        kind: 'business',
        legalName: 'Analytical Engines SAS',
        registrationNumber: '123 456 789 RCS Paris',
        phone: null,
      });
      expect(attributes).not.toHaveProperty('firstName');
      expect(attributes).not.toHaveProperty('dateOfBirth');
    });

    it('approves KYC at once in sandbox mode by default', async () => {
      // LINKCY_SANDBOX_KYC=pending is covered in accounts.test.ts ('bank accounts with KYC pending').
      const credential = await harness.credential();
      const response = await harness.request(credential, {
        method: 'POST',
        url: '/entities',
        payload: entityDocument(individualAttributes({ externalId: null })),
      });
      expect(response.json().data.attributes.kycStatus).toBe('approved');
    });

    const invalidCases: [string, Record<string, unknown>, { code: string; pointer: string; detail: string }][] = [
      [
        'a minor',
        { dateOfBirth: '2015-06-01' },
        {
          code: 'validation_failed',
          pointer: '/data/attributes/dateOfBirth',
          detail: '`dateOfBirth` must be at least 18 years ago: customers must be adults.',
        },
      ],
      [
        'a future birth date',
        { dateOfBirth: '2999-01-01' },
        { code: 'validation_failed', pointer: '/data/attributes/dateOfBirth', detail: '`dateOfBirth` must not be in the future.' },
      ],
      [
        'an impossible date',
        { dateOfBirth: '1990-02-30' },
        { code: 'validation_failed', pointer: '/data/attributes/dateOfBirth', detail: '`dateOfBirth` must be a date as YYYY-MM-DD.' },
      ],
      [
        'a bad email',
        { email: 'ada@' },
        { code: 'validation_failed', pointer: '/data/attributes/email', detail: '`email` must be a valid email address.' },
      ],
      [
        'a non-E.164 phone',
        { phone: '0612345678' },
        { code: 'validation_failed', pointer: '/data/attributes/phone', detail: '`phone` must be an E.164 phone number such as `+33612345678`.' },
      ],
      [
        'an unknown country',
        { nationality: 'XX' },
        {
          code: 'validation_failed',
          pointer: '/data/attributes/nationality',
          detail: '`nationality` must be an ISO 3166-1 alpha-2 country code in capitals, such as `FR`.',
        },
      ],
      [
        'a wrong type',
        { firstName: 42 },
        { code: 'validation_failed', pointer: '/data/attributes/firstName', detail: '`firstName` must be a string.' },
      ],
      [
        'a missing field',
        { lastName: undefined },
        { code: 'validation_failed', pointer: '/data/attributes/lastName', detail: '`lastName` is required.' },
      ],
      [
        'an unknown member',
        { favouriteColour: 'blue' },
        { code: 'unknown_member', pointer: '/data/attributes/favouriteColour', detail: '`favouriteColour` is not a member of this document.' },
      ],
      [
        'a read-only member',
        { kycStatus: 'approved' },
        { code: 'read_only_member', pointer: '/data/attributes/kycStatus', detail: '`kycStatus` is read-only and cannot be set by a request.' },
      ],
      [
        'an unknown kind',
        { kind: 'robot' },
        { code: 'validation_failed', pointer: '/data/attributes/kind', detail: '`kind` must be `individual` or `business`.' },
      ],
      [
        'nested metadata',
        { metadata: { plan: { tier: 1 } } },
        { code: 'validation_failed', pointer: '/data/attributes/metadata/plan', detail: '`plan` must be a string.' },
      ],
      [
        'too much metadata',
        { metadata: Object.fromEntries(Array.from({ length: 21 }, (_, i) => [`k${i}`, 'v'])) },
        { code: 'validation_failed', pointer: '/data/attributes/metadata', detail: '`metadata` must have at most 20 keys.' },
      ],
      [
        'an unknown address member',
        { address: { line1: 'x', postalCode: '1', city: 'y', country: 'FR', planet: 'Earth' } },
        { code: 'unknown_member', pointer: '/data/attributes/address/planet', detail: '`planet` is not a member of this document.' },
      ],
      [
        'a huge name',
        { firstName: 'A'.repeat(300) },
        { code: 'validation_failed', pointer: '/data/attributes/firstName', detail: '`firstName` must be at most 255 characters.' },
      ],
    ];
    for (const [name, overrides, expected] of invalidCases) {
      it(`refuses ${name} with 422 and creates nothing`, async () => {
        const credential = await harness.credential();
        const response = await harness.request(credential, {
          method: 'POST',
          url: '/entities/',
          payload: entityDocument(individualAttributes(overrides)),
        });
        expect(response.statusCode).toBe(422);
        expect(response.json()).toEqual({
          errors: [
            {
              id: response.headers['x-request-id'],
              status: '422',
              code: expected.code,
              title: expect.any(String),
              detail: expected.detail,
              source: { pointer: expected.pointer },
              links: { about: `/docs/errors#${expected.code}` },
            },
          ],
        });
        expect(await entityCount(harness, credential.organizationId)).toBe(0);
      });
    }

    it('refuses a client-chosen id and a wrong type', async () => {
      const credential = await harness.credential();
      const response = await harness.request(credential, {
        method: 'POST',
        url: '/entities/',
        payload: { data: { type: 'card', id: 'ent_mine', attributes: individualAttributes() } },
      });
      expect(response.statusCode).toBe(422);
      const errors = response.json().errors.map((error: { code: string; source: unknown }) => [error.code, error.source]);
      expect(errors).toEqual(
        expect.arrayContaining([
          ['read_only_member', { pointer: '/data/id' }],
          ['validation_failed', { pointer: '/data/type' }],
        ]),
      );
    });

    it('answers the seed’s body-less POST with 422 "A request body is required."', async () => {
      const credential = await harness.credential();
      const response = await harness.request(credential, { method: 'POST', url: '/entities/' });
      expect(response.statusCode).toBe(422);
      expect(response.json().errors[0]).toMatchObject({ code: 'validation_failed', detail: 'A request body is required.', source: { pointer: '' } });
    });

    it('keeps externalId unique per organization (409), but not across organizations', async () => {
      const first = await harness.credential();
      const second = await harness.credential();
      const create = (credential: typeof first) =>
        harness.request(credential, { method: 'POST', url: '/entities/', payload: entityDocument(individualAttributes({ externalId: 'shared-7' })) });
      expect((await create(first)).statusCode).toBe(201);
      const duplicate = await create(first);
      expect(duplicate.statusCode).toBe(409);
      expect(duplicate.json().errors[0]).toMatchObject({
        status: '409',
        code: 'external_id_taken',
        detail: 'Another customer already has externalId `shared-7`.',
        source: { pointer: '/data/attributes/externalId' },
      });
      expect((await create(second)).statusCode).toBe(201);
      expect(await entityCount(harness, first.organizationId)).toBe(1);
    });
  });

  describe('reading customers', () => {
    it('GET and the seed’s POST /entities/:entityId answer the same document', async () => {
      const credential = await harness.credential();
      const created = await harness.request(credential, { method: 'POST', url: '/entities/', payload: entityDocument(individualAttributes()) });
      const id = created.json().data.id;
      const viaGet = await harness.request(credential, { method: 'GET', url: `/entities/${id}` });
      // The seed's clients POST with a JSON:API content type and no body.
      const viaPost = await harness.request(credential, {
        method: 'POST',
        url: `/entities/${id}`,
        headers: { 'content-type': 'application/vnd.api+json' },
      });
      expect(viaGet.statusCode).toBe(200);
      expect(viaPost.statusCode).toBe(200);
      expect(viaGet.body).toBe(created.body);
      expect(viaPost.body).toBe(created.body);
    });

    it('answers another organization’s customer exactly like a missing one', async () => {
      const owner = await harness.credential();
      const stranger = await harness.credential();
      const created = await harness.request(owner, { method: 'POST', url: '/entities/', payload: entityDocument(individualAttributes()) });
      const id = created.json().data.id;
      const missing = 'ent_01M8A4RP6Z45ZFMEP1YRKGG3TW';
      for (const [method, url] of [
        ['GET', `/entities/${id}`],
        ['POST', `/entities/${id}`],
      ] as const) {
        const foreign = await harness.request(stranger, { method, url });
        const absent = await harness.request(stranger, { method, url: url.replace(id, missing) });
        expect(foreign.statusCode).toBe(404);
        expect(foreign.json().errors[0].code).toBe('entity_not_found');
        expect(foreign.json().errors[0].detail).toBe(absent.json().errors[0].detail.replace(missing, id));
      }
      const patch = await harness.request(stranger, {
        method: 'PATCH',
        url: `/entities/${id}`,
        payload: { data: { type: 'entity', attributes: { email: 'evil@example.com' } } },
      });
      expect(patch.statusCode).toBe(404);
      const unchanged = await harness.request(owner, { method: 'GET', url: `/entities/${id}` });
      expect(unchanged.json().data.attributes.email).toBe('ada@example.com');
    });

    it('lists newest first with keyset pagination in both directions, and filters', async () => {
      const credential = await harness.credential();
      const ids: string[] = [];
      for (let i = 0; i < 5; i++) {
        const attributes =
          i % 2 === 0 ? individualAttributes({ externalId: `u${i}`, email: `p${i}@example.com` }) : businessAttributes({ externalId: `u${i}` });
        const response = await harness.request(credential, { method: 'POST', url: '/entities/', payload: entityDocument(attributes) });
        ids.push(response.json().data.id);
      }
      const newestFirst = [...ids].reverse();

      const first = await harness.request(credential, { method: 'GET', url: '/entities/?page[limit]=2' });
      expect(first.statusCode).toBe(200);
      expect(first.json().data.map((e: { id: string }) => e.id)).toEqual(newestFirst.slice(0, 2));
      expect(first.json().links.prev).toBeUndefined();
      const nextUrl = first.json().links.next as string;
      expect(nextUrl).toMatch(/^\/entities\/\?page%5Blimit%5D=2&page%5Bafter%5D=/);

      const second = await harness.request(credential, { method: 'GET', url: nextUrl });
      expect(second.json().data.map((e: { id: string }) => e.id)).toEqual(newestFirst.slice(2, 4));
      const third = await harness.request(credential, { method: 'GET', url: second.json().links.next });
      expect(third.json().data.map((e: { id: string }) => e.id)).toEqual(newestFirst.slice(4));
      expect(third.json().links.next).toBeUndefined();

      const back = await harness.request(credential, { method: 'GET', url: second.json().links.prev });
      expect(back.json().data.map((e: { id: string }) => e.id)).toEqual(newestFirst.slice(0, 2));
      expect(back.json().links.prev).toBeUndefined();

      const oldestFirst = await harness.request(credential, { method: 'GET', url: '/entities?sort=createdAt&page[limit]=3' });
      expect(oldestFirst.json().data.map((e: { id: string }) => e.id)).toEqual(ids.slice(0, 3));

      const businesses = await harness.request(credential, { method: 'GET', url: '/entities?filter[kind]=business' });
      expect(businesses.json().data.map((e: { id: string }) => e.id)).toEqual([ids[3], ids[1]]);
      const byExternalId = await harness.request(credential, { method: 'GET', url: '/entities?filter[externalId]=u2' });
      expect(byExternalId.json().data.map((e: { id: string }) => e.id)).toEqual([ids[2]]);
      const byEmail = await harness.request(credential, { method: 'GET', url: '/entities?filter[email]=p4@example.com&filter[kycStatus]=approved' });
      expect(byEmail.json().data.map((e: { id: string }) => e.id)).toEqual([ids[4]]);
    });

    it('shows each organization only its own customers', async () => {
      const owner = await harness.credential();
      const stranger = await harness.credential();
      await harness.request(owner, { method: 'POST', url: '/entities/', payload: entityDocument(individualAttributes()) });
      const list = await harness.request(stranger, { method: 'GET', url: '/entities/' });
      expect(list.json()).toEqual({ data: [], links: { self: '/entities/' } });
    });

    const badQueries: [string, string, string][] = [
      ['/entities?page[limit]=0', 'page[limit]', 'invalid_query_parameter'],
      ['/entities?page[limit]=101', 'page[limit]', 'invalid_query_parameter'],
      ['/entities?page[limit]=ten', 'page[limit]', 'invalid_query_parameter'],
      ['/entities?filter[colour]=red', 'filter[colour]', 'invalid_query_parameter'],
      ['/entities?filter[kind]=robot', 'filter[kind]', 'invalid_query_parameter'],
      ['/entities?page[after]=bm90LWEtY3Vyc29y', 'page[after]', 'invalid_cursor'],
      ['/entities?sort=name', 'sort', 'invalid_query_parameter'],
    ];
    for (const [url, parameter, code] of badQueries) {
      it(`answers ${url} with 400 ${code}`, async () => {
        const credential = await harness.credential();
        const response = await harness.request(credential, { method: 'GET', url });
        expect(response.statusCode).toBe(400);
        expect(response.json().errors[0]).toMatchObject({ status: '400', code, source: { parameter } });
      });
    }
  });

  describe('PATCH /entities/:entityId', () => {
    it('updates contact details, merges metadata and bumps updatedAt', async () => {
      const credential = await harness.credential();
      const created = (
        await harness.request(credential, {
          method: 'POST',
          url: '/entities/',
          payload: entityDocument(individualAttributes({ metadata: { plan: 'gold', team: 'a' } })),
        })
      ).json();
      const id = created.data.id;
      const response = await harness.request(credential, {
        method: 'PATCH',
        url: `/entities/${id}`,
        payload: {
          data: {
            type: 'entity',
            id,
            attributes: { email: 'ada@lovelace.example', phone: null, metadata: { plan: 'platinum', team: null, region: 'eu' } },
          },
        },
      });
      expect(response.statusCode).toBe(200);
      const attributes = response.json().data.attributes;
      expect(attributes).toMatchObject({ email: 'ada@lovelace.example', phone: null, metadata: { plan: 'platinum', region: 'eu' } });
      expect(attributes.metadata).not.toHaveProperty('team');
      expect(attributes.firstName).toBe('Ada');
      expect(attributes.createdAt).toBe(created.data.attributes.createdAt);
      expect(Date.parse(attributes.updatedAt)).toBeGreaterThanOrEqual(Date.parse(created.data.attributes.updatedAt));
    });

    it('refuses identity fields as read-only, a mismatched id, and changes nothing', async () => {
      const credential = await harness.credential();
      const created = await harness.request(credential, { method: 'POST', url: '/entities/', payload: entityDocument(individualAttributes()) });
      const id = created.json().data.id;
      const readOnly = await harness.request(credential, {
        method: 'PATCH',
        url: `/entities/${id}`,
        payload: { data: { type: 'entity', attributes: { firstName: 'Eve', email: 'eve@example.com' } } },
      });
      expect(readOnly.statusCode).toBe(422);
      expect(readOnly.json().errors).toEqual([
        expect.objectContaining({ code: 'read_only_member', source: { pointer: '/data/attributes/firstName' } }),
      ]);
      const mismatched = await harness.request(credential, {
        method: 'PATCH',
        url: `/entities/${id}`,
        payload: { data: { type: 'entity', id: 'ent_01M8A4RP6Z45ZFMEP1YRKGG3TW', attributes: { email: 'eve@example.com' } } },
      });
      expect(mismatched.statusCode).toBe(422);
      expect(mismatched.json().errors[0]).toMatchObject({ code: 'validation_failed', source: { pointer: '/data/id' } });
      const after = await harness.request(credential, { method: 'GET', url: `/entities/${id}` });
      expect(after.body).toBe(created.body);
    });
  });

  describe('Idempotency-Key', () => {
    const post = (credential: Awaited<ReturnType<TestApp['credential']>>, key: string, attributes = individualAttributes({ externalId: null })) =>
      harness.request(credential, {
        method: 'POST',
        url: '/entities/',
        headers: { 'idempotency-key': key },
        payload: entityDocument(attributes),
      });

    it('replays the first response byte for byte, with Idempotent-Replayed', async () => {
      const credential = await harness.credential();
      const first = await post(credential, 'key-1');
      const second = await post(credential, 'key-1');
      expect(first.statusCode).toBe(201);
      expect(first.headers['idempotent-replayed']).toBeUndefined();
      expect(second.statusCode).toBe(201);
      expect(second.headers['idempotent-replayed']).toBe('true');
      expect(second.headers.location).toBe(first.headers.location);
      expect(second.body).toBe(first.body);
      expect(await entityCount(harness, credential.organizationId)).toBe(1);
    });

    it('refuses the same key with a different request (422) and scopes keys per organization', async () => {
      const credential = await harness.credential();
      const other = await harness.credential();
      await post(credential, 'key-2');
      const reused = await post(credential, 'key-2', individualAttributes({ externalId: null, firstName: 'Grace' }));
      expect(reused.statusCode).toBe(422);
      expect(reused.json().errors[0]).toMatchObject({ code: 'idempotency_key_reused', source: { header: 'Idempotency-Key' } });
      expect((await post(other, 'key-2')).headers['idempotent-replayed']).toBeUndefined();
      expect(await entityCount(harness, credential.organizationId)).toBe(1);
      expect(await entityCount(harness, other.organizationId)).toBe(1);
    });

    it('does not store failures: a corrected retry with the same key succeeds', async () => {
      const credential = await harness.credential();
      await harness.request(credential, {
        method: 'POST',
        url: '/entities/',
        payload: entityDocument(individualAttributes({ externalId: 'taken' })),
      });
      const conflict = await post(credential, 'key-3', individualAttributes({ externalId: 'taken' }));
      expect(conflict.statusCode).toBe(409);
      const retried = await post(credential, 'key-3', individualAttributes({ externalId: 'taken' }));
      expect(retried.statusCode).toBe(409);
      expect(retried.headers['idempotent-replayed']).toBeUndefined();
    });

    it('refuses malformed keys with 400', async () => {
      const credential = await harness.credential();
      for (const key of ['', 'x'.repeat(256), 'has space']) {
        const response = await post(credential, key);
        expect(response.statusCode).toBe(400);
        expect(response.json().errors[0].code).toBe('invalid_idempotency_key');
      }
      expect(await entityCount(harness, credential.organizationId)).toBe(0);
    });

    it('creates exactly one customer from 50 parallel requests with one key', async () => {
      const credential = await harness.credential();
      const responses = await Promise.all(Array.from({ length: 50 }, () => post(credential, 'storm')));
      const statuses = responses.map((response) => response.statusCode);
      // Each request either created the customer, replayed it, or was told the first was still running.
      expect(statuses.every((status) => status === 201 || status === 409)).toBe(true);
      const created = responses.filter((response) => response.statusCode === 201);
      expect(created.filter((response) => response.headers['idempotent-replayed'] === undefined)).toHaveLength(1);
      expect(new Set(created.map((response) => response.body)).size).toBe(1);
      for (const response of responses.filter((r) => r.statusCode === 409)) {
        expect(response.json().errors[0].code).toBe('idempotency_key_in_use');
      }
      expect(await entityCount(harness, credential.organizationId)).toBe(1);
    });
  });
});
