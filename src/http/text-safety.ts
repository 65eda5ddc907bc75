import { AppError } from '../errors/app-error.js';

/**
 * Text that PostgreSQL cannot store (NUL, unpaired UTF-16 surrogates) or that no legitimate client
 * sends (other control characters) is refused at the edge, naming the member, before any service sees
 * it: otherwise it surfaces as a database error (500) deep in a command, or worse, in the audit log
 * write of a refusal. Free text in bodies may hold tabs and line breaks; paths and query strings not.
 */
// eslint-disable-next-line no-control-regex -- these patterns exist to find control characters
const bodyControl = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;
// eslint-disable-next-line no-control-regex -- as above
const anyControl = /[\u0000-\u001F\u007F-\u009F]/;

export type RequestPart = 'body' | 'query' | 'params';

export interface UnsafeText {
  part: RequestPart;
  /** Path segments to the offending string (a key counts as its own member). */
  path: string[];
}

function isUnsafe(text: string, part: RequestPart): boolean {
  return !text.isWellFormed() || (part === 'body' ? bodyControl : anyControl).test(text);
}

function findIn(value: unknown, part: RequestPart, path: string[]): string[] | undefined {
  if (typeof value === 'string') return isUnsafe(value, part) ? path : undefined;
  if (value === null || typeof value !== 'object') return undefined;
  const entries = Array.isArray(value) ? value.map((item, index) => [String(index), item] as const) : Object.entries(value);
  for (const [key, item] of entries) {
    if (isUnsafe(key, part)) return [...path, key];
    const found = findIn(item, part, [...path, key]);
    if (found) return found;
  }
  return undefined;
}

/** The first string in a request's path parameters, query or body that cannot be accepted, if any. */
export function findUnsafeText(request: { params?: unknown; query?: unknown; body?: unknown }): UnsafeText | undefined {
  for (const part of ['params', 'query', 'body'] as const) {
    const path = findIn(request[part], part, []);
    if (path) return { part, path };
  }
  return undefined;
}

/** Printable form of a name for an error message: the offending characters escaped, never echoed raw. */
export function printable(text: string): string {
  return JSON.stringify(text.toWellFormed())
    .slice(1, -1)
    .replace(/[\u007F-\u009F]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

function jsonPointer(path: string[]): string {
  return path.map((segment) => '/' + segment.replaceAll('~', '~0').replaceAll('/', '~1')).join('');
}

/** The API's answer: 422 naming the body member, or 400 naming the query or path parameter. */
export function unsafeTextError({ part, path }: UnsafeText): AppError {
  const reason = 'must not contain control characters, NUL or unpaired surrogates';
  if (part === 'body') {
    return new AppError('validation_failed', `\`${printable(path.at(-1) ?? 'body')}\` ${reason}.`, { source: { pointer: jsonPointer(path) } });
  }
  const name = printable(path[0] ?? '');
  if (part === 'query') {
    return new AppError('invalid_query_parameter', `\`${name}\` ${reason}.`, { source: { parameter: path[0] ?? '' } });
  }
  return new AppError('invalid_path_parameter', `The path segment \`${name}\` ${reason}.`);
}
