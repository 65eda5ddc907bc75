/**
 * The developer commands' client (`linkcy listen`, `linkcy trigger`): they speak to a running server
 * over its HTTP API, as the developer's own code does, with the CLIENT_ID and CLIENT_SECRET of the
 * environment, and never open the database. Every call has a total deadline.
 */
export interface ApiTarget {
  baseUrl: string;
  clientId: string;
  clientSecret: string;
}

/** The API refused, or could not be reached: the message says what to fix. */
export class ApiCallFailed extends Error {}

/** LINKCY_URL (default http://127.0.0.1:3000), CLIENT_ID and CLIENT_SECRET, or what is missing. */
export function apiTarget(env: NodeJS.ProcessEnv): ApiTarget {
  const clientId = env.CLIENT_ID ?? '';
  const clientSecret = env.CLIENT_SECRET ?? '';
  if (!clientId || !clientSecret) {
    throw new ApiCallFailed(
      'set CLIENT_ID and CLIENT_SECRET (the dashboard’s Configuration page makes them), and LINKCY_URL if not http://127.0.0.1:3000.',
    );
  }
  return { baseUrl: (env.LINKCY_URL ?? 'http://127.0.0.1:3000').replace(/\/+$/, ''), clientId, clientSecret };
}

export interface Resource {
  type: string;
  id: string;
  attributes: Record<string, unknown>;
  meta?: Record<string, unknown>;
}

/** One call; answers the document's `data` (and `links`), or throws ApiCallFailed with the API's own error. */
export async function callApi(
  target: ApiTarget,
  method: 'GET' | 'POST' | 'PATCH',
  path: string,
  data?: unknown,
): Promise<{ data: Resource | Resource[]; links?: { next?: string } }> {
  let response: Response;
  try {
    response = await fetch(target.baseUrl + path, {
      method,
      headers: {
        authorization: `Basic ${Buffer.from(`${target.clientId}:${target.clientSecret}`).toString('base64')}`,
        accept: 'application/vnd.api+json',
        ...(data === undefined ? {} : { 'content-type': 'application/vnd.api+json' }),
      },
      body: data === undefined ? undefined : JSON.stringify({ data }),
      signal: AbortSignal.timeout(10_000),
    });
  } catch (error) {
    throw new ApiCallFailed(`${target.baseUrl} did not answer ${method} ${path}: ${(error as Error).message}. Is the server running?`);
  }
  const text = await response.text();
  let document: { data?: Resource | Resource[]; links?: { next?: string }; errors?: { code: string; detail: string }[] };
  try {
    document = JSON.parse(text) as typeof document;
  } catch {
    throw new ApiCallFailed(`${method} ${path} answered ${response.status} with something that is not JSON.`);
  }
  if (!response.ok) {
    const error = document.errors?.[0];
    throw new ApiCallFailed(`${method} ${path} answered ${response.status} ${error ? `${error.code}: ${error.detail}` : ''}`.trim());
  }
  return { data: document.data!, links: document.links };
}

export const one = async (answer: Promise<{ data: Resource | Resource[] }>): Promise<Resource> => (await answer).data as Resource;
