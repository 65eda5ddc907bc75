import fc from 'fast-check';
import { expect, it } from 'vitest';
import { apiClient } from '../helpers/api-client.js';
import { entityDocument, individualAttributes } from '../helpers/fixtures.js';
import { describeEachEngine } from '../helpers/harness.js';

/**
 * Hostile text against every operation of the OpenAPI document (outside review, issue 10 item 3): each
 * path parameter, query parameter and string member of a request body in turn gets NUL, an unpaired
 * surrogate, other control characters or an out-of-range date. No answer may be a 5xx, and every
 * refusal is a JSON:API error.
 */
type Schema = {
  type?: string | string[];
  properties?: Record<string, Schema>;
  required?: string[];
  items?: Schema;
  anyOf?: Schema[];
  oneOf?: Schema[];
  enum?: unknown[];
  const?: unknown;
  format?: string;
  additionalProperties?: boolean | Schema;
};
type Operation = {
  parameters?: { name: string; in: 'path' | 'query'; schema?: Schema }[];
  requestBody?: { content: Record<string, { schema: Schema }> };
};

const hostileStrings = ['\u0000', 'a\ud800b', '\udfff', 'x\u0001y', '\u007f', '\u0085', 'ok\u0000'];
const hostileDates = ['0000-01-01', '0000-01-01T00:00:00Z', '10000-01-01', '-000001-01-01', '9999-12-31T23:59:59-14:00'];

/** Percent-encodes like encodeURIComponent, but sends an unpaired surrogate as its raw 3-byte form. */
function encodeLoose(text: string): string {
  return Array.from(text, (char) => {
    const unit = char.charCodeAt(0);
    if (char.length === 1 && unit >= 0xd800 && unit <= 0xdfff) {
      return [0xe0 | (unit >> 12), 0x80 | ((unit >> 6) & 0x3f), 0x80 | (unit & 0x3f)].map((b) => `%${b.toString(16).toUpperCase()}`).join('');
    }
    return encodeURIComponent(char);
  }).join('');
}

/** A plausible value for a schema: enough for a body to reach its string members. */
function sample(schema: Schema | undefined, ids: Record<string, string>, name = ''): unknown {
  if (!schema) return 'x';
  if (schema.const !== undefined) return schema.const;
  if (schema.enum) return schema.enum[0];
  const options = schema.anyOf ?? schema.oneOf;
  if (options) return sample(options.find((option) => option.type !== 'null') ?? options[0], ids, name);
  const type = Array.isArray(schema.type) ? schema.type.find((t) => t !== 'null') : schema.type;
  switch (type) {
    case 'object': {
      const out: Record<string, unknown> = {};
      for (const [key, child] of Object.entries(schema.properties ?? {})) out[key] = sample(child, ids, key);
      if (!schema.properties && schema.additionalProperties) out.note = 'x';
      return out;
    }
    case 'array':
      return [sample(schema.items, ids, name)];
    case 'integer':
    case 'number':
      return 1;
    case 'boolean':
      return true;
    case 'null':
      return null;
    default:
      if (name === 'id') return ids.any ?? 'x';
      if (schema.format === 'date') return '1990-01-01';
      return 'x';
  }
}

/** Every path to a string leaf (or an object key) in a sample value. */
function stringPaths(value: unknown, path: (string | number)[] = []): (string | number)[][] {
  if (typeof value === 'string') return [path];
  if (Array.isArray(value)) return value.flatMap((item, index) => stringPaths(item, [...path, index]));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([key, item]) => stringPaths(item, [...path, key]));
  return [];
}

function replaced(value: unknown, path: (string | number)[], text: string): unknown {
  if (path.length === 0) return text;
  const copy = (Array.isArray(value) ? [...value] : { ...(value as object) }) as Record<string | number, unknown>;
  copy[path[0]!] = replaced(copy[path[0]!], path.slice(1), text);
  return copy;
}

describeEachEngine('hostile input over the OpenAPI document', (harness) => {
  const api = apiClient(harness);

  it('answers every path, query and body string with a 4xx JSON:API error or success, never a 5xx', async () => {
    const credential = await harness.credential();
    const account = await api.account(credential);
    await api.fund(credential, account.attributes.iban, 100_000);
    const card = await api.card(credential, account.entityId);
    const ids: Record<string, string> = {
      entityId: account.entityId,
      accountId: account.id,
      cardId: card.id,
      any: card.id,
    };
    const document = (await harness.request(credential, { method: 'GET', url: '/openapi.json' })).json() as {
      paths: Record<string, Record<string, Operation>>;
    };
    const failures: string[] = [];
    let requests = 0;

    async function send(method: string, url: string, payload: unknown, what: string) {
      requests++;
      const response = await harness.request(credential, {
        method: method.toUpperCase() as 'GET',
        url,
        ...(payload === undefined ? {} : { payload: JSON.stringify(payload), headers: { 'content-type': 'application/vnd.api+json' } }),
      });
      if (response.statusCode >= 500) failures.push(`${method} ${url} ${what}: ${response.statusCode} ${response.body.slice(0, 200)}`);
      else if (response.statusCode >= 400 && !Array.isArray(response.json().errors)) failures.push(`${method} ${url} ${what}: not a JSON:API error`);
    }

    for (const [template, operations] of Object.entries(document.paths)) {
      if (!template.startsWith('/') || template.startsWith('/dashboard')) continue;
      for (const [method, operation] of Object.entries(operations)) {
        const parameters = operation.parameters ?? [];
        const pathParameters = parameters.filter((p) => p.in === 'path').map((p) => p.name);
        const fill = (overrides: Record<string, string> = {}) =>
          template.replace(/\{(\w+)\}/g, (_, name: string) => encodeLoose(overrides[name] ?? ids[name] ?? ids.any!));
        const bodySchema = Object.values(operation.requestBody?.content ?? {})[0]?.schema;
        const body = bodySchema ? sample(bodySchema, ids) : undefined;

        for (const name of pathParameters) {
          for (const text of hostileStrings) await send(method, fill({ [name]: text }), body, `path ${name}=${JSON.stringify(text)}`);
        }
        for (const parameter of parameters.filter((p) => p.in === 'query')) {
          const values = /since|until/.test(parameter.name) ? [...hostileStrings, ...hostileDates] : hostileStrings;
          for (const text of values) {
            const query = `${encodeURIComponent(parameter.name)}=${encodeLoose(text)}`;
            await send(method, `${fill()}?${query}`, body, `query ${parameter.name}=${JSON.stringify(text)}`);
          }
        }
        if (body !== undefined) {
          for (const path of stringPaths(body)) {
            for (const text of hostileStrings)
              await send(method, fill(), replaced(body, path, text), `body /${path.join('/')}=${JSON.stringify(text)}`);
          }
          // Hostile member names too (metadata keys are free-form).
          await send(method, fill(), { ...(body as object), ['bad\u0000key']: 'x' }, 'body key with NUL');
        }
      }
    }
    expect(failures).toEqual([]);
    expect(requests).toBeGreaterThan(500);
  });

  it('refuses NUL and unpaired surrogates naming the member: 422 in a body, 400 in a query or path', async () => {
    const credential = await harness.credential();
    const metadata = await harness.request(credential, {
      method: 'POST',
      url: '/entities/',
      payload: JSON.stringify(entityDocument(individualAttributes({ lastName: 'Love\u0000lace' }))),
      headers: { 'content-type': 'application/vnd.api+json' },
    });
    expect(metadata.statusCode).toBe(422);
    expect(metadata.json().errors[0]).toMatchObject({
      code: 'validation_failed',
      source: { pointer: '/data/attributes/lastName' },
      detail: '`lastName` must not contain control characters, NUL or unpaired surrogates.',
    });
    const lone = await harness.request(credential, { method: 'GET', url: '/entities/?filter%5Bemail%5D=a%00' });
    expect(lone.statusCode).toBe(400);
    expect(lone.json().errors[0]).toMatchObject({ code: 'invalid_query_parameter', source: { parameter: 'filter[email]' } });
    const path = await harness.request(credential, { method: 'GET', url: '/entities/ent_%00' });
    expect(path.statusCode).toBe(400);
    expect(path.json().errors[0].code).toBe('invalid_path_parameter');
    const since = await harness.request(credential, { method: 'GET', url: '/transactions?filter%5Bsince%5D=0000-01-01' });
    expect(since.statusCode).toBe(400);
    expect(since.json().errors[0]).toMatchObject({ code: 'invalid_query_parameter', source: { parameter: 'filter[since]' } });
    // Nothing was registered by the refused request.
    expect((await harness.request(credential, { method: 'GET', url: '/entities/' })).json().data).toEqual([]);
  });

  it('never answers 5xx to random Unicode in any entity member (property)', async () => {
    const credential = await harness.credential();
    await fc.assert(
      fc.asyncProperty(
        fc.string({ unit: 'binary', maxLength: 12 }),
        fc.constantFrom('firstName', 'lastName', 'email', 'externalId'),
        async (text, member) => {
          const attributes = individualAttributes({ externalId: null, metadata: { [text.slice(0, 40) || 'k']: text }, [member]: text });
          const response = await harness.request(credential, {
            method: 'POST',
            url: '/entities/',
            payload: JSON.stringify(entityDocument(attributes)),
            headers: { 'content-type': 'application/vnd.api+json' },
          });
          expect(response.statusCode).toBeLessThan(500);
        },
      ),
      { numRuns: 150 },
    );
  });

  it('answers a body nested deeper than 64 levels with 400 malformed_json, however deep, and goes on serving', async () => {
    const credential = await harness.credential();
    const post = (payload: string) =>
      harness.request(credential, { method: 'POST', url: '/entities/', payload, headers: { 'content-type': 'application/vnd.api+json' } });
    for (const depth of [65, 5_000, 20_000]) {
      const response = await post(`{"data":${'['.repeat(depth)}${']'.repeat(depth)}}`);
      expect(response.statusCode, String(depth)).toBe(400);
      expect(response.json().errors[0]).toMatchObject({
        code: 'malformed_json',
        detail: 'The request body nests deeper than 64 levels of objects and arrays.',
      });
    }
    // Within the bound, the document is read and refused for what it says.
    expect((await post(`{"data":${'['.repeat(60)}${']'.repeat(60)}}`)).statusCode).toBe(422);
    expect((await harness.request(credential, { method: 'GET', url: '/entities/' })).statusCode).toBe(200);
  });

  it('refuses an amount written with a fraction JSON would round to a whole number, naming it, and changes nothing', async () => {
    const credential = await harness.credential();
    const account = await api.account(credential);
    const fund = (amount: string) =>
      harness.request(credential, {
        method: 'POST',
        url: '/simulations/incoming-transfers',
        headers: { 'content-type': 'application/vnd.api+json' },
        payload: `{"data":{"type":"incomingTransfer","attributes":{"iban":"${account.attributes.iban}","amount":${amount},"currency":"EUR","debtorName":"Ada","debtorIban":"DE89370400440532013000"}}}`,
      });
    for (const amount of ['100.000000000000000001', '99.99999999999999999', '1.00000000000000000001e2']) {
      const refused = await fund(amount);
      expect(refused.statusCode, amount).toBe(422);
      expect(refused.json().errors[0]).toMatchObject({ code: 'validation_failed', source: { pointer: '/data/attributes/amount' } });
    }
    expect((await fund('100.5')).json().errors[0]).toMatchObject({ code: 'validation_failed', source: { pointer: '/data/attributes/amount' } });
    expect(await api.balance(credential, account.id)).toEqual({ current: 0, available: 0, pending: 0 });
    // Written exactly, a whole number is a whole number however it is spelled.
    for (const amount of ['100', '100.0', '1e2', '1.00E+2']) expect((await fund(amount)).statusCode, amount).toBe(201);
    expect(await api.balance(credential, account.id)).toEqual({ current: 400, available: 400, pending: 0 });
  });
});
