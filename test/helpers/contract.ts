import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import type { FastifyInstance } from 'fastify';

/**
 * The OpenAPI document is the contract: every JSON answer a test receives is checked against the
 * response the document declares for its operation and status (an error's code must be one the
 * document lists for that operation and status). Violations
 * are collected and fail the suite in `afterAll` (helpers/harness.ts), so any test of any route also
 * tests the document.
 */
type Response = { content?: Record<string, { schema?: object }>; headers?: Record<string, { required?: boolean }> };
type Operation = { responses?: Record<string, Response> };
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

  /**
   * The response the document declares for an answer (its status, else the status class), trying the
   * seed's merged path forms (`{entityId}` read as `{accountId}`); undefined when the route is not in it,
   * null when the operation is but the status is not.
   */
  function responseFor(method: string, routeUrl: string, status: number): Response | null | undefined {
    const paths = document!.paths;
    const path = documentPath(routeUrl);
    const shape = (template: string) => template.replace(/\{\w+\}/g, '{}');
    for (const candidate of [path, ...Object.keys(paths).filter((other) => shape(other) === shape(path))]) {
      const responses = paths[candidate]?.[method.toLowerCase()]?.responses;
      if (responses) return responses[String(status)] ?? responses[`${String(status)[0]}XX`] ?? null;
    }
    return undefined;
  }

  app.addHook('onSend', async (request, reply, payload) => {
    const routeUrl = request.routeOptions.url;
    const type = String(reply.getHeader('content-type') ?? '');
    if (!routeUrl || !/json/.test(type) || payload === null || payload === undefined || payload === '') return payload;
    // Serialized documents arrive as strings or Buffers; a stream is not checked. The document's own
    // route is skipped: fetching the document from inside its answer would never end.
    if ((typeof payload !== 'string' && !Buffer.isBuffer(payload)) || routeUrl === '/openapi.json') return payload;
    if (!document) {
      document = JSON.parse((await app.inject({ method: 'GET', url: '/openapi.json' })).body) as Document;
      options.amend?.(document);
    }
    const response = responseFor(request.method, routeUrl, reply.statusCode);
    if (response === undefined) return payload;
    const answered: unknown = JSON.parse(payload.toString());
    const code = reply.statusCode >= 400 ? (answered as { errors?: { code?: string }[] }).errors?.[0]?.code : undefined;
    const where = `${request.method} ${routeUrl} -> ${reply.statusCode}${code ? ` ${code}` : ''}`;
    if (response === null) {
      check.violations.push(`${where}: status not in the document`);
      return payload;
    }
    for (const [name, definition] of Object.entries(response.headers ?? {})) {
      if (definition.required && !reply.hasHeader(name)) check.violations.push(`${where}: no ${name} header`);
    }
    const schema = (response.content?.['application/vnd.api+json'] ?? response.content?.['application/json'])?.schema;
    if (!schema) return payload;
    let validate = compiled.get(schema);
    if (!validate) {
      // Named schemas are `$ref`s into the document's components: compile each with them at hand.
      validate = ajv.compile({ ...schema, components: document!.components });
      compiled.set(schema, validate);
    }
    check.checked++;
    if (!validate(answered)) {
      check.violations.push(`${where}: ${ajv.errorsText(validate.errors, { separator: '; ' }).slice(0, 600)}`);
    }
    return payload;
  });
  return check;
}
