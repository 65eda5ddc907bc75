import { expect, it } from 'vitest';
import { apiClient } from '../helpers/api-client.js';
import { entityDocument, individualAttributes } from '../helpers/fixtures.js';
import { describeEachEngine } from '../helpers/harness.js';

/** JSON:API 1.1 rules a schema validator checks, beyond what the seed shows. */
describeEachEngine('JSON:API conformance', (harness) => {
  const api = apiClient(harness);

  it('answers 415 to its media type with a parameter other than profile, and changes nothing', async () => {
    const credential = await harness.credential();
    for (const contentType of ['application/vnd.api+json; charset=utf-8', 'application/vnd.api+json; ext="https://example.com/ext"']) {
      const response = await harness.request(credential, {
        method: 'POST',
        url: '/entities/',
        headers: { 'content-type': contentType },
        payload: JSON.stringify(entityDocument(individualAttributes({ externalId: null }))),
      });
      expect(response.statusCode).toBe(415);
      expect(response.headers['content-type']).toBe('application/vnd.api+json');
      expect(response.json().errors).toEqual([
        expect.objectContaining({ status: '415', code: 'unsupported_media_type', source: { header: 'Content-Type' } }),
      ]);
    }
    expect((await harness.request(credential, { method: 'GET', url: '/entities/' })).json().data).toEqual([]);
    // A profile is allowed (and ignored); plain JSON may name its charset.
    for (const contentType of ['application/vnd.api+json; profile="https://example.com/p"', 'application/json; charset=utf-8']) {
      const response = await harness.request(credential, {
        method: 'POST',
        url: '/entities/',
        headers: { 'content-type': contentType },
        payload: JSON.stringify(entityDocument(individualAttributes({ externalId: null }))),
      });
      expect(response.statusCode).toBe(201);
    }
  });

  it('answers 406 when every JSON:API range in Accept carries a parameter other than profile', async () => {
    const credential = await harness.credential();
    const call = (accept: string) => harness.request(credential, { method: 'GET', url: '/entities/', headers: { accept } });
    for (const accept of ['application/vnd.api+json; foo=bar', 'application/vnd.api+json; charset=utf-8, */*', 'application/vnd.api+json; ext="x"']) {
      const response = await call(accept);
      expect(response.statusCode, accept).toBe(406);
      expect(response.json().errors[0]).toMatchObject({ status: '406', code: 'not_acceptable' });
    }
    for (const accept of [
      'application/vnd.api+json',
      'application/vnd.api+json; foo=bar, application/vnd.api+json',
      'application/vnd.api+json; profile="https://example.com/p"',
      'application/json; charset=utf-8',
      '*/*',
    ]) {
      expect((await call(accept)).statusCode, accept).toBe(200);
    }
  });

  it('refuses query parameters a single-resource route does not take, naming each', async () => {
    const credential = await harness.credential();
    const entityId = await api.customer(credential);
    for (const query of ['include=cards', 'fields%5Bentity%5D=email', 'foo=bar']) {
      const response = await harness.request(credential, { method: 'GET', url: `/entities/${entityId}?${query}` });
      expect(response.statusCode, query).toBe(400);
      const parameter = decodeURIComponent(query.split('=')[0]!);
      expect(response.json().errors).toEqual([
        expect.objectContaining({
          code: 'invalid_query_parameter',
          detail: `\`${parameter}\` is not a query parameter of this route.`,
          source: { parameter },
        }),
      ]);
    }
    // Commands too: nothing is applied.
    const account = await api.account(credential, entityId);
    const refused = await harness.request(credential, {
      method: 'POST',
      url: `/simulations/incoming-transfers?amount=1`,
      payload: {
        data: {
          type: 'incomingTransfer',
          attributes: { iban: account.attributes.iban, amount: 100, currency: 'EUR', debtorName: 'B', debtorIban: 'DE89370400440532013000' },
        },
      },
    });
    expect(refused.statusCode).toBe(400);
    expect((await api.balance(credential, account.id)).current).toBe(0);
    expect((await harness.request(credential, { method: 'GET', url: `/entities/${entityId}` })).statusCode).toBe(200);
  });

  it('refuses metadata keys that are not JSON:API member names', async () => {
    const credential = await harness.credential();
    for (const key of ['a.b', '#', '_private', 'trailing-', ' space', '$ref', 'a/b']) {
      const response = await harness.request(credential, {
        method: 'POST',
        url: '/entities/',
        payload: entityDocument(individualAttributes({ externalId: null, metadata: { [key]: 'x' } })),
      });
      expect(response.statusCode, key).toBe(422);
      expect(response.json().errors[0]).toMatchObject({
        code: 'validation_failed',
        source: { pointer: `/data/attributes/metadata/${key.replace(/~/g, '~0').replace(/\//g, '~1')}` },
      });
    }
    const fine = await harness.request(credential, {
      method: 'POST',
      url: '/entities/',
      payload: entityDocument(
        individualAttributes({ externalId: null, metadata: { 'plan-tier': 'gold', crm_id: '42', 'two words': 'x', café: 'y' } }),
      ),
    });
    expect(fine.statusCode).toBe(201);
    expect(fine.json().data.attributes.metadata).toEqual({ 'plan-tier': 'gold', crm_id: '42', 'two words': 'x', café: 'y' });
  });
});
