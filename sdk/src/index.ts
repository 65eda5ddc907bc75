import { randomUUID } from 'node:crypto';
import createClient, { type Client, type Middleware } from 'openapi-fetch';
import type { components, operations, paths, webhooks } from './schema.js';

/**
 * The Linkcy API, typed from its OpenAPI document (`schema.ts` is generated from it: `npm run
 * sdk:generate`; a test fails when they differ). Every call is `linkcy.GET|POST|PATCH|DELETE(path, init)`
 * from openapi-fetch, so paths, parameters, bodies and answers are checked by the compiler. On top:
 *
 * - HTTP Basic authentication with the CLIENT_ID and CLIENT_SECRET;
 * - an `Idempotency-Key` on every command unless one is given, kept across retries;
 * - retries with backoff (honouring `Retry-After`) on 409 `idempotency_key_in_use`, 429 and 503;
 * - failures thrown as `LinkcyError`, whose `code` is a union of the error catalog's codes;
 * - `paginate(path, query)`: an async iterator over every item of a list, page after page.
 */

export type { components, operations, paths, webhooks };
export { verifyWebhook, WebhookVerificationError, type VerifyOptions, type WebhookHeaders } from './webhooks.js';

/** What an endpoint receives for one event type: `{id, type, timestamp, data}`. */
export type WebhookMessageOf<Type extends keyof webhooks> = webhooks[Type] extends {
  post: { requestBody: { content: { 'application/json': infer Message } } };
}
  ? Message
  : never;
/** Any message Linkcy sends, discriminated by `type` (narrow on it to get `data`'s resource type). */
export type WebhookMessage = { [Type in keyof webhooks]: WebhookMessageOf<Type> }[keyof webhooks];

/** Any error document the API answers: the union of every error response the document declares. */
type ErrorDocument = NonNullable<components['responses'][keyof components['responses']]['content']['application/vnd.api+json']>;
export type ErrorObject = ErrorDocument['errors'][number];
/** Every error code an API operation may answer (docs/errors.md). */
export type ErrorCode = ErrorObject['code'];

/** A refusal or failure of the API: its status, its first error's code, and every error object. */
export class LinkcyError extends Error {
  override readonly name = 'LinkcyError';
  constructor(
    readonly status: number,
    readonly code: ErrorCode,
    readonly errors: ErrorObject[],
    readonly requestId: string | undefined,
  ) {
    super(`${status} ${code}: ${errors.map((error) => error.detail).join(' ')}`);
  }
}

export interface LinkcyOptions {
  /** Where the server is, such as `https://bank.example.com` (no trailing path). */
  baseUrl: string;
  clientId: string;
  clientSecret: string;
  /** Attempts in all for a call that meets 409 in flight, 429 or 503. Default 4. */
  maxAttempts?: number;
  /** First backoff when the server names none; doubled after each attempt. Default 200 ms. */
  retryDelayMs?: number;
  fetch?: typeof globalThis.fetch;
}

const commands = new Set(['POST', 'PATCH', 'PUT', 'DELETE']);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Whether an answer says "not now": the same request (same Idempotency-Key) may succeed later. */
async function retryable(response: Response): Promise<boolean> {
  if (response.status === 429 || response.status === 503) return true;
  if (response.status !== 409) return false;
  const body = (await response
    .clone()
    .json()
    .catch(() => undefined)) as ErrorDocument | undefined;
  return body?.errors?.[0]?.code === 'idempotency_key_in_use';
}

export type Linkcy = Client<paths> & {
  /** Every item of a list, following `links.next` until the last page. */
  paginate<Path extends ListPath>(path: Path, init?: ListInit<Path>): AsyncGenerator<ListItem<Path>>;
};

/** Paths whose GET answers a list document (`data` is an array). */
type ListPath = {
  [P in keyof paths]: paths[P] extends { get: { responses: { 200: { content: { 'application/vnd.api+json': { data: unknown[] } } } } } } ? P : never;
}[keyof paths];
type ListGet<P extends ListPath> = paths[P] extends { get: infer G } ? G : never;
type ListItem<P extends ListPath> =
  ListGet<P> extends { responses: { 200: { content: { 'application/vnd.api+json': { data: (infer Item)[] } } } } } ? Item : never;
type ListInit<P extends ListPath> = { params?: ListGet<P> extends { parameters: infer Params } ? Params : never };

export function createLinkcy(options: LinkcyOptions): Linkcy {
  const baseFetch = options.fetch ?? globalThis.fetch;
  const maxAttempts = options.maxAttempts ?? 4;
  const firstDelay = options.retryDelayMs ?? 200;
  const authorization = `Basic ${Buffer.from(`${options.clientId}:${options.clientSecret}`).toString('base64')}`;

  /** Sends a request, again with the same headers (so the same Idempotency-Key) while the answer says "later". */
  const retryingFetch = async (request: Request): Promise<Response> => {
    for (let attempt = 1; ; attempt++) {
      const response = await baseFetch(request.clone());
      if (attempt >= maxAttempts || !(await retryable(response))) return response;
      const retryAfter = Number(response.headers.get('retry-after'));
      const delay = Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter * 1000 : firstDelay * 2 ** (attempt - 1);
      await response.body?.cancel();
      await sleep(Math.min(delay, 30_000) * (0.8 + Math.random() * 0.4));
    }
  };

  const client = createClient<paths>({ baseUrl: options.baseUrl.replace(/\/+$/, ''), fetch: retryingFetch });
  const middleware: Middleware = {
    onRequest({ request }) {
      request.headers.set('authorization', authorization);
      request.headers.set('accept', 'application/vnd.api+json');
      if (commands.has(request.method) && !request.headers.has('idempotency-key')) request.headers.set('idempotency-key', randomUUID());
      return request;
    },
    async onResponse({ response }) {
      if (response.ok) return response;
      const body = (await response
        .clone()
        .json()
        .catch(() => undefined)) as ErrorDocument | undefined;
      const errors: ErrorObject[] = body?.errors ?? [
        {
          id: '',
          status: '500',
          code: 'internal_error',
          title: response.statusText,
          detail: `The server answered ${response.status} without a JSON:API error document.`,
          links: { about: '/docs/errors#internal_error' },
        },
      ];
      throw new LinkcyError(response.status, errors[0]!.code, errors, response.headers.get('x-request-id') ?? undefined);
    },
  };
  client.use(middleware);

  async function* paginate<Path extends ListPath>(path: Path, init: ListInit<Path> = {}): AsyncGenerator<ListItem<Path>> {
    let query: Record<string, unknown> = { ...((init.params as { query?: Record<string, unknown> } | undefined)?.query ?? {}) };
    for (;;) {
      const { data } = (await (
        client.GET as (path: string, init: unknown) => Promise<{ data?: { data: ListItem<Path>[]; links?: { next?: string } } }>
      )(path, {
        ...init,
        params: { ...(init.params ?? {}), query },
      })) as { data: { data: ListItem<Path>[]; links?: { next?: string } } };
      yield* data.data;
      const next = data.links?.next;
      if (!next) return;
      query = { ...query, ...Object.fromEntries(new URL(next, 'http://linkcy.invalid').searchParams) };
    }
  }

  return Object.assign(client, { paginate });
}
