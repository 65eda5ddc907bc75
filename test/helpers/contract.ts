import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import type { FastifyInstance } from 'fastify';

/**
 * The OpenAPI document is the contract: every JSON answer a test receives is checked against the
 * response the document declares for its operation and status (or the 4XX/5XX wildcard). Violations
 * are collected and fail the suite in `afterAll` (helpers/harness.ts), so any test of any route also
 * tests the document.
 */
type Operation = {
  responses?: Record<string, { content?: Record<string, { schema?: object }>; headers?: Record<string, { required?: boolean }> }>;
};
export type Document = { paths: Record<string, Record<string, Operation>>; components?: { schemas?: Record<string, unknown> } };

export interface ContractCheck {
  violations: string[];
  checked: number;
}

/** `/entities/:entityId` -> `/entities/{entityId}`, without the trailing slash the seed's forms carry. */
function documentPath(routeUrl: string): string {
  const path = routeUrl.replace(/:(\w+)/g, '{$1}');
  return path.length > 1 ? path.replace(/\/+$/, '') : path;
}

export function checkResponsesAgainstDocument(app: FastifyInstance, options: { amend?: (document: Document) => void } = {}): ContractCheck {
  const check: ContractCheck = { violations: [], checked: 0 };
  let document: Document | undefined;
  const ajv = new Ajv2020({ strict: false, allErrors: true, validateFormats: true });
  (addFormats as unknown as (ajv: Ajv2020) => void)(ajv);
  const compiled = new Map<object, ValidateFunction>();

  /** The declared schema for an answer, trying the seed's merged path forms (`{entityId}` read as `{accountId}`). */
  function schemaFor(method: string, routeUrl: string, status: number): object | undefined {
    const paths = document!.paths;
    const path = documentPath(routeUrl);
    const candidates = [path, ...Object.keys(paths).filter((other) => other.replace(/\{\w+\}/g, '{}') === path.replace(/\{\w+\}/g, '{}'))];
    for (const candidate of candidates) {
      const operation = paths[candidate]?.[method.toLowerCase()];
      if (!operation?.responses) continue;
      const response = operation.responses[String(status)] ?? operation.responses[`${String(status)[0]}XX`];
      if (!response) return { undeclared: true };
      const content = response.content?.['application/vnd.api+json'] ?? response.content?.['application/json'];
      return content?.schema ?? { noSchema: true };
    }
    return undefined;
  }

  /** Headers the document says an answer always carries. */
  function requiredHeaders(method: string, routeUrl: string, status: number): string[] {
    const paths = document!.paths;
    const path = documentPath(routeUrl);
    const candidates = [path, ...Object.keys(paths).filter((other) => other.replace(/\{\w+\}/g, '{}') === path.replace(/\{\w+\}/g, '{}'))];
    for (const candidate of candidates) {
      const response = paths[candidate]?.[method.toLowerCase()]?.responses?.[String(status)];
      if (response) return Object.entries(response.headers ?? {}).flatMap(([name, definition]) => (definition.required ? [name] : []));
    }
    return [];
  }

  app.addHook('onSend', async (request, reply, payload) => {
    const routeUrl = request.routeOptions.url;
    const type = String(reply.getHeader('content-type') ?? '');
    if (!routeUrl || !/json/.test(type) || payload === null || payload === undefined || payload === '') return payload;
    // Serialized documents arrive as strings or Buffers; a stream is not checked.
    let body: unknown;
    if (typeof payload === 'string' || Buffer.isBuffer(payload)) body = JSON.parse(payload.toString());
    else return payload;
    if (routeUrl === '/openapi.json' || routeUrl.startsWith('/dashboard') || routeUrl.startsWith('/docs')) return payload;
    if (!document) {
      document = JSON.parse((await app.inject({ method: 'GET', url: '/openapi.json' })).body) as Document;
      options.amend?.(document);
    }
    const schema = schemaFor(request.method, routeUrl, reply.statusCode);
    if (schema === undefined) return payload;
    const where = `${request.method} ${routeUrl} -> ${reply.statusCode}`;
    if ('undeclared' in schema) {
      check.violations.push(`${where}: status not in the document`);
      return payload;
    }
    for (const name of requiredHeaders(request.method, routeUrl, reply.statusCode)) {
      if (!reply.hasHeader(name)) check.violations.push(`${where}: no ${name} header`);
    }
    if ('noSchema' in schema) return payload;
    let validate = compiled.get(schema);
    if (!validate) {
      // Named schemas are `$ref`s into the document's components: compile each with them at hand.
      validate = ajv.compile({ ...schema, components: document!.components });
      compiled.set(schema, validate);
    }
    check.checked++;
    if (!validate(body)) {
      check.violations.push(`${where}: ${ajv.errorsText(validate.errors, { separator: '; ' }).slice(0, 600)}`);
    }
    return payload;
  });
  return check;
}
