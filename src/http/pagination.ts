import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { KeysetWindow } from '../db/keyset.js';
import { limits } from '../config.js';
import { isId, type IdKind } from '../domain/ids.js';
import { AppError } from '../errors/app-error.js';

/**
 * Keyset pagination over time-ordered ids (SPEC §1). A cursor names the last (or first) id a client
 * has seen, so pages stay correct while new rows arrive: nothing is skipped or shown twice, unlike with
 * offsets. Cursors are opaque to clients; today they are the base64url of an id.
 *
 * One limit: ids are made when a row is built, not when it commits. A row whose transaction commits
 * after a later one (milliseconds apart, across connections) can land behind a cursor a client already
 * passed. Clients that must see everything reconcile with `filter[since]` or the event log.
 */
/**
 * A `filter[since]`/`filter[until]` bound: an RFC 3339 timestamp or a date (its midnight UTC), within
 * years 1000 to 9999 so that every accepted value is one PostgreSQL and JavaScript agree on (year 0000
 * is valid ISO 8601 but not a PostgreSQL timestamp).
 */
export const instantFilter = z
  .union([z.iso.datetime({ offset: true }), z.iso.date()], { error: 'must be an RFC 3339 timestamp or a YYYY-MM-DD date' })
  .refine(
    (text) => {
      const year = new Date(text).getUTCFullYear();
      return year >= 1000 && year <= 9999;
    },
    { error: 'must be an instant between the years 1000 and 9999' },
  )
  .optional();

export const pageQuerySchema = {
  'page[limit]': z.coerce
    .number({ error: 'must be a whole number from 1 to 100' })
    .int({ error: 'must be a whole number from 1 to 100' })
    .min(1, { error: 'must be a whole number from 1 to 100' })
    .max(limits.pageLimitMax, { error: 'must be a whole number from 1 to 100' })
    .optional()
    .describe(`Items per page, 1 to ${limits.pageLimitMax} (default ${limits.pageLimitDefault}).`),
  'page[after]': z.string().max(200).optional().describe('Cursor from `links.next`: the page after it.'),
  'page[before]': z.string().max(200).optional().describe('Cursor from `links.prev`: the page before it.'),
  sort: z
    .enum(['createdAt', '-createdAt'], { error: 'must be `createdAt` (oldest first) or `-createdAt` (newest first)' })
    .optional()
    .describe('`-createdAt` (default, newest first) or `createdAt`.'),
};

/** `links` of every list document, as the OpenAPI document describes them. */
export const listLinksSchema = z.object({
  self: z.string(),
  next: z.string().optional().describe('The next page, when there is one.'),
  prev: z.string().optional().describe('The previous page, when there is one.'),
});

export interface PageQuery {
  'page[limit]'?: number | undefined;
  'page[after]'?: string | undefined;
  'page[before]'?: string | undefined;
  sort?: 'createdAt' | '-createdAt' | undefined;
}

/** What a service needs to fetch one page: bounds on the id and an order, never an offset. */

export interface Page<Row> {
  rows: Row[];
  nextCursor?: string;
  prevCursor?: string;
}

/** A list's cursor for an id (`linkcy listen` follows /events with it). */
export function encodeCursor(id: string): string {
  return Buffer.from(id, 'utf8').toString('base64url');
}

function decodeCursor(value: string, parameter: string, kind: IdKind): string {
  const id = Buffer.from(value, 'base64url').toString('utf8');
  if (!isId(kind, id)) {
    throw new AppError('invalid_cursor', `\`${parameter}\` is not a cursor of this list. Follow \`links.next\` or \`links.prev\`.`, {
      source: { parameter },
    });
  }
  return id;
}

export async function fetchPage<Row extends { id: string }>(
  query: PageQuery,
  kind: IdKind,
  fetch: (window: KeysetWindow) => Promise<Row[]>,
): Promise<Page<Row>> {
  if (query['page[after]'] !== undefined && query['page[before]'] !== undefined) {
    throw new AppError('invalid_query_parameter', 'Use `page[after]` or `page[before]`, not both.', {
      source: { parameter: 'page[before]' },
    });
  }
  const size = query['page[limit]'] ?? limits.pageLimitDefault;
  const descending = query.sort !== 'createdAt';
  // "After" a cursor means further along the list's order: older ids when newest comes first.
  const bound = (id: string, further: boolean): Pick<KeysetWindow, 'idGreaterThan' | 'idLessThan'> =>
    further === descending ? { idLessThan: id } : { idGreaterThan: id };

  const before = query['page[before]'];
  if (before !== undefined) {
    const id = decodeCursor(before, 'page[before]', kind);
    const found = await fetch({ ...bound(id, false), ascending: descending, limit: size + 1 });
    const rows = found.slice(0, size).reverse();
    return {
      rows,
      prevCursor: found.length > size && rows[0] ? encodeCursor(rows[0].id) : undefined,
      nextCursor: rows.at(-1) ? encodeCursor(rows.at(-1)!.id) : undefined,
    };
  }
  const after = query['page[after]'];
  const window = after === undefined ? {} : bound(decodeCursor(after, 'page[after]', kind), true);
  const found = await fetch({ ...window, ascending: !descending, limit: size + 1 });
  const rows = found.slice(0, size);
  return {
    rows,
    nextCursor: found.length > size && rows.at(-1) ? encodeCursor(rows.at(-1)!.id) : undefined,
    prevCursor: after !== undefined && rows[0] ? encodeCursor(rows[0].id) : undefined,
  };
}

/**
 * `links` of a list document: self, and next/prev keeping every other query parameter. `canonical`
 * points the links at another route that lists the same thing with GET (the seed's list routes are
 * POSTs, and links must be followable with GET).
 */
export function pageLinks(
  request: FastifyRequest,
  page: Page<unknown>,
  canonical?: { path: string; params: Record<string, string> },
): Record<string, string> {
  const url = new URL(request.url, 'http://linkcy.invalid');
  if (canonical) {
    url.pathname = canonical.path;
    for (const [name, value] of Object.entries(canonical.params)) url.searchParams.set(name, value);
  }
  const withCursor = (name: 'page[after]' | 'page[before]', cursor: string) => {
    const params = new URLSearchParams(url.searchParams);
    params.delete('page[after]');
    params.delete('page[before]');
    params.set(name, cursor);
    return `${url.pathname}?${params.toString()}`;
  };
  return {
    self: `${url.pathname}${url.search}`,
    ...(page.nextCursor ? { next: withCursor('page[after]', page.nextCursor) } : {}),
    ...(page.prevCursor ? { prev: withCursor('page[before]', page.prevCursor) } : {}),
  };
}
