import type { FastifySchemaCompiler } from 'fastify';
import type { z } from 'zod';
import { AppError, type ErrorDetail } from '../errors/app-error.js';

/**
 * Request bodies and query strings are validated by the same zod schemas that generate the OpenAPI
 * document. Each zod issue becomes one JSON:API error pointing at the offending member, so a client sees
 * every problem of a request at once.
 */

/** Members a client may not set, per body schema: they are reported as read-only, not as unknown. */
const readOnlyMembers = new WeakMap<z.ZodType, ReadOnlyMembers>();

export interface ReadOnlyMembers {
  /** Attribute names under `/data/attributes` that Linkcy sets or that cannot change. */
  attributes: readonly string[];
  /** Whether `/data/id` is refused (ids are assigned by Linkcy on creation). */
  id?: boolean;
}

export function withReadOnlyMembers<Schema extends z.ZodType>(schema: Schema, members: ReadOnlyMembers): Schema {
  readOnlyMembers.set(schema, members);
  return schema;
}

function pointer(path: readonly PropertyKey[]): string {
  return path.map((segment) => '/' + String(segment).replaceAll('~', '~0').replaceAll('/', '~1')).join('');
}

function memberName(path: readonly PropertyKey[]): string {
  const last = path.at(-1);
  return last === undefined ? 'The body' : `\`${String(last)}\``;
}

/** Whether the request left the member at `path` out altogether (as opposed to sending a bad value). */
function isMissing(data: unknown, path: readonly PropertyKey[]): boolean {
  // Fastify gives a request without a body the body `null`.
  if (path.length === 0) return data === undefined || data === null;
  let current = data;
  for (const segment of path) {
    if (current === null || typeof current !== 'object') return false;
    current = (current as Record<PropertyKey, unknown>)[segment];
  }
  return current === undefined;
}

function bodyIssueDetails(issue: z.core.$ZodIssue, readOnly: ReadOnlyMembers | undefined, data: unknown): ErrorDetail[] {
  if (issue.code === 'unrecognized_keys') {
    return issue.keys.map((key) => {
      const path = [...issue.path, key];
      const where = pointer(path);
      const isReadOnly =
        (where === `/data/attributes/${key}` && readOnly?.attributes.includes(key)) || (where === '/data/id' && readOnly?.id === true);
      return isReadOnly
        ? { code: 'read_only_member', detail: `\`${key}\` is read-only and cannot be set by a request.`, source: { pointer: where } }
        : { code: 'unknown_member', detail: `\`${key}\` is not a member of this document.`, source: { pointer: where } };
    });
  }
  return [{ code: 'validation_failed', detail: describe(issue, data), source: { pointer: pointer(issue.path) } }];
}

function describe(issue: z.core.$ZodIssue, data: unknown): string {
  const name = memberName(issue.path);
  if (issue.code === 'invalid_type' && isMissing(data, issue.path)) {
    return issue.path.length === 0 ? 'A request body is required.' : `${name} is required.`;
  }
  if (issue.code === 'invalid_type') return `${name} must be ${article(issue.expected)}.`;
  // Messages written in the schemas are complete sentences about the member; zod's defaults are not.
  const message = issue.message.replace(/^Invalid input: /, '');
  return `${name} ${message.charAt(0).toLowerCase()}${message.slice(1)}${/[.!?]$/.test(message) ? '' : '.'}`;
}

function article(type: string): string {
  return /^[aeiou]/.test(type) ? `an ${type}` : `a ${type}`;
}

function queryIssueDetails(issue: z.core.$ZodIssue): ErrorDetail[] {
  if (issue.code === 'unrecognized_keys') {
    return issue.keys.map((key) => ({
      code: 'invalid_query_parameter',
      detail: `\`${key}\` is not a query parameter of this route.`,
      source: { parameter: key },
    }));
  }
  const parameter = String(issue.path[0] ?? '');
  const message = issue.message.replace(/^Invalid input: /, '');
  return [
    {
      code: 'invalid_query_parameter',
      detail: `\`${parameter}\` ${message.charAt(0).toLowerCase()}${message.slice(1)}${/[.!?]$/.test(message) ? '' : '.'}`,
      source: { parameter },
    },
  ];
}

export const zodValidatorCompiler: FastifySchemaCompiler<z.ZodType> = ({ schema, httpPart }) => {
  const readOnly = readOnlyMembers.get(schema);
  return (data: unknown) => {
    const result = schema.safeParse(data);
    if (result.success) return { value: result.data };
    const details = result.error.issues.flatMap((issue) =>
      httpPart === 'querystring' ? queryIssueDetails(issue) : bodyIssueDetails(issue, readOnly, data),
    );
    return { error: AppError.many(details) };
  };
};
