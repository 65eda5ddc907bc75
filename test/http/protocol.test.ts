import { describe, expect, it } from 'vitest';
import { revokeCredential } from '../../src/modules/organizations/service.js';
import { entityDocument, individualAttributes } from '../helpers/fixtures.js';
import { basicAuth, describeEachEngine } from '../helpers/harness.js';

const challenge = 'Basic realm="linkcy", charset="UTF-8"';

describeEachEngine('HTTP protocol', (harness) => {
  describe('authentication', () => {
    it('answers a request without credentials with 401 and a Basic challenge', async () => {
      const response = await harness.request(undefined, { method: 'GET', url: '/entities/' });
      expect(response.statusCode).toBe(401);
      expect(response.headers['www-authenticate']).toBe(challenge);
      expect(response.headers['content-type']).toBe('application/vnd.api+json');
      expect(response.json()).toEqual({
        errors: [
          {
            id: response.headers['x-request-id'],
            status: '401',
            code: 'credentials_required',
            title: 'Credentials required',
            detail: 'Authenticate with HTTP Basic: CLIENT_ID as user name, CLIENT_SECRET as password.',
            links: { about: '/docs/errors#credentials_required' },
          },
        ],
      });
    });

    it('answers a wrong secret, an unknown client id and a garbled header alike with 401', async () => {
      const credential = await harness.credential();
      const attempts = [
        basicAuth({ clientId: credential.clientId, clientSecret: `${credential.clientSecret}x` }),
        basicAuth({ clientId: 'cli_01M8A4RP6Z45ZFMEP1YRKGG3TW', clientSecret: credential.clientSecret }),
        basicAuth({ clientId: 'not-an-id', clientSecret: 'x' }),
      ];
      for (const authorization of attempts) {
        const response = await harness.request(undefined, { method: 'GET', url: '/entities/', headers: { authorization } });
        expect(response.statusCode).toBe(401);
        expect(response.headers['www-authenticate']).toBe(challenge);
        expect(response.json().errors[0].code).toBe('credentials_invalid');
      }
      const garbled = await harness.request(undefined, { method: 'GET', url: '/entities/', headers: { authorization: 'Bearer abc' } });
      expect(garbled.statusCode).toBe(401);
      expect(garbled.json().errors[0].code).toBe('credentials_required');
    });

    it('decodes Basic credentials strictly: stray characters, missing padding or base64url are not the credential', async () => {
      const credential = await harness.credential();
      const encoded = basicAuth(credential).slice('Basic '.length);
      expect((await harness.request(credential, { method: 'GET', url: '/entities/' })).statusCode).toBe(200);
      const loose = [
        `${encoded}.`,
        `${encoded.slice(0, 8)}.${encoded.slice(8)}`,
        `${encoded.slice(0, 8)}_${encoded.slice(8)}`,
        ` ${encoded}`,
        `${encoded}==`,
        `${encoded.slice(0, 8)}-${encoded.slice(8)}`,
      ];
      for (const variant of loose) {
        const response = await harness.request(undefined, { method: 'GET', url: '/entities/', headers: { authorization: `Basic ${variant}` } });
        expect([variant, response.statusCode, response.json().errors[0].code]).toEqual([variant, 401, 'credentials_required']);
      }
    });

    it('refuses a revoked credential on the very next request, and keeps the organization’s data', async () => {
      const credential = await harness.credential('Revocation Ltd');
      const created = await harness.request(credential, { method: 'POST', url: '/entities/', payload: entityDocument(individualAttributes()) });
      expect(created.statusCode).toBe(201);
      expect(await revokeCredential(harness.database.db, credential.clientId)).toBe(true);
      const refused = await harness.request(credential, { method: 'GET', url: '/entities/' });
      expect(refused.statusCode).toBe(401);
      expect(refused.json().errors[0].code).toBe('credentials_revoked');
      // A new credential of the same organization sees the same customers: rotating keeps the data.
      const rotated = await harness.credential('Revocation Ltd');
      const list = await harness.request(rotated, { method: 'GET', url: '/entities/' });
      expect(list.json().data.map((e: { id: string }) => e.id)).toEqual([created.json().data.id]);
    });
  });

  describe('content negotiation and malformed requests', () => {
    it('answers 406 when Accept admits no JSON, and accepts JSON:API, JSON and */*', async () => {
      const credential = await harness.credential();
      const refused = await harness.request(credential, { method: 'GET', url: '/entities/', headers: { accept: 'text/html' } });
      expect(refused.statusCode).toBe(406);
      expect(refused.json().errors[0]).toMatchObject({ status: '406', code: 'not_acceptable', source: { header: 'Accept' } });
      for (const accept of ['application/vnd.api+json', 'application/json', '*/*', 'text/html, application/json;q=0.5']) {
        const response = await harness.request(credential, { method: 'GET', url: '/entities/', headers: { accept } });
        expect(response.statusCode).toBe(200);
      }
    });

    it('answers 415 for a body that is not JSON, and creates nothing', async () => {
      const credential = await harness.credential();
      const response = await harness.request(credential, {
        method: 'POST',
        url: '/entities/',
        headers: { 'content-type': 'text/plain' },
        payload: JSON.stringify(entityDocument(individualAttributes())),
      });
      expect(response.statusCode).toBe(415);
      expect(response.json().errors[0]).toMatchObject({ status: '415', code: 'unsupported_media_type' });
      const list = await harness.request(credential, { method: 'GET', url: '/entities/' });
      expect(list.json().data).toEqual([]);
    });

    it('answers 400 malformed_json for broken JSON and for prototype pollution', async () => {
      const credential = await harness.credential();
      for (const payload of ['{"data": ', '{"__proto__": {"admin": true}}', "{'single': 'quotes'}"]) {
        const response = await harness.request(credential, {
          method: 'POST',
          url: '/entities/',
          headers: { 'content-type': 'application/vnd.api+json' },
          payload,
        });
        expect(response.statusCode).toBe(400);
        expect(response.json().errors[0]).toMatchObject({ status: '400', code: 'malformed_json' });
      }
    });

    it('answers 413 for a body over 64 KiB', async () => {
      const credential = await harness.credential();
      const response = await harness.request(credential, {
        method: 'POST',
        url: '/entities/',
        payload: entityDocument(individualAttributes({ firstName: 'A'.repeat(70 * 1024) })),
      });
      expect(response.statusCode).toBe(413);
      expect(response.json().errors[0]).toMatchObject({
        status: '413',
        code: 'payload_too_large',
        detail: 'The request body is larger than 64 KiB.',
      });
    });
  });

  describe('routing', () => {
    it('answers an unknown path with 404 route_not_found', async () => {
      const response = await harness.request(undefined, { method: 'GET', url: '/nowhere' });
      expect(response.statusCode).toBe(404);
      expect(response.json()).toEqual({
        errors: [
          {
            id: response.headers['x-request-id'],
            status: '404',
            code: 'route_not_found',
            title: 'Route not found',
            detail: 'No route matches GET /nowhere.',
            links: { about: '/docs/errors#route_not_found' },
          },
        ],
      });
    });

    it('answers a known path with a wrong method with 405 and Allow', async () => {
      const response = await harness.request(undefined, { method: 'DELETE', url: '/entities/ent_01M8A4RP6Z45ZFMEP1YRKGG3TW' });
      expect(response.statusCode).toBe(405);
      expect(response.headers.allow).toBe('GET, HEAD, POST, PATCH');
      expect(response.json().errors[0]).toMatchObject({ status: '405', code: 'method_not_allowed' });
      const list = await harness.request(undefined, { method: 'PUT', url: '/entities/' });
      expect(list.statusCode).toBe(405);
      expect(list.headers.allow).toBe('GET, HEAD, POST');
    });

    it('answers a URL with broken percent-encoding with a JSON:API 400', async () => {
      const response = await harness.request(undefined, { method: 'GET', url: '/entities/%E0%A4%A' });
      expect(response.statusCode).toBe(400);
      expect(response.headers['content-type']).toBe('application/vnd.api+json');
      expect(response.json().errors[0]).toMatchObject({ id: response.headers['x-request-id'], status: '400', code: 'malformed_request' });
    });

    it('gives every response its own X-Request-Id', async () => {
      const ids = new Set<string>();
      for (let i = 0; i < 5; i++) {
        const response = await harness.request(undefined, { method: 'GET', url: '/healthz' });
        ids.add(String(response.headers['x-request-id']));
      }
      expect(ids.size).toBe(5);
      for (const id of ids) expect(id).toMatch(/^req_[0-9A-Z]{26}$/);
    });
  });
});

describeEachEngine(
  'rate limit',
  (harness) => {
    it('allows a burst of twice the rate, then answers 429 with Retry-After and RateLimit headers', async () => {
      const credential = await harness.credential();
      const other = await harness.credential();
      const statuses: number[] = [];
      let limited;
      for (let i = 0; i < 8; i++) {
        const response = await harness.request(credential, { method: 'GET', url: '/entities/' });
        statuses.push(response.statusCode);
        if (response.statusCode === 429) limited ??= response;
      }
      // The bucket holds 2 x 2 = 4 tokens and refills 2 a second: 4 or 5 pass, the rest are limited.
      expect(statuses.slice(0, 4)).toEqual([200, 200, 200, 200]);
      expect(statuses.slice(6)).toEqual([429, 429]);
      expect(limited!.headers['retry-after']).toBe('1');
      expect(limited!.headers['ratelimit-policy']).toBe('"per-credential";q=2;w=1');
      expect(limited!.headers.ratelimit).toBe('"per-credential";r=0;t=1');
      expect(limited!.json().errors[0]).toMatchObject({ status: '429', code: 'rate_limited' });
      // Limits are per credential.
      expect((await harness.request(other, { method: 'GET', url: '/entities/' })).statusCode).toBe(200);
    });
  },
  { LINKCY_RATE_LIMIT: '2' },
);
