import { setTimeout as sleep } from 'node:timers/promises';
import { encodeCursor } from '../http/pagination.js';
import { signedHeaders, webhookMessageBody } from '../modules/webhooks/service.js';
import { callApi, type ApiTarget, type Resource } from './api.js';

/**
 * `linkcy listen --forward-to URL`: follows the organization's events as they happen (GET /events,
 * oldest first from where it started, every `intervalMs`) and forwards each to a local URL as a webhook
 * message, signed per Standard Webhooks with a secret of its own, which it prints: the developer's
 * endpoint verifies it exactly as it will verify Linkcy's. No retries (a developer tool, like `stripe
 * listen`): each forward has a 10 s deadline and its outcome is printed.
 */
export interface ForwardOutcome {
  event: { id: string; type: string };
  status: number | null;
  error: string | null;
  durationMs: number;
}

export async function listen(
  target: ApiTarget,
  options: { forwardTo: string; secret: string; intervalMs?: number; signal: AbortSignal; onForward: (outcome: ForwardOutcome) => void },
): Promise<void> {
  // Only what happens from now on: the newest event at the start is where following begins.
  const newest = (await callApi(target, 'GET', '/events?page[limit]=1')).data as Resource[];
  let last = newest[0]?.id;
  while (!options.signal.aborted) {
    const query = `sort=createdAt&page[limit]=100${last ? `&page[after]=${encodeCursor(last)}` : ''}`;
    const page = (await callApi(target, 'GET', `/events?${query}`)).data as Resource[];
    for (const event of page) {
      if (options.signal.aborted) return;
      options.onForward(await forward(event, options.forwardTo, options.secret));
      last = event.id;
    }
    if (page.length < 100) await sleep(options.intervalMs ?? 500, undefined, { signal: options.signal }).catch(() => undefined);
  }
}

async function forward(event: Resource, url: string, secret: string): Promise<ForwardOutcome> {
  const type = String(event.attributes.type);
  // The message an endpoint receives, as the delivery worker writes it.
  const body = webhookMessageBody({ id: event.id, type, timestamp: String(event.attributes.createdAt), data: event.meta?.snapshot });
  const started = performance.now();
  try {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...signedHeaders([secret], event.id, new Date(), body) },
      body,
      signal: AbortSignal.timeout(10_000),
      redirect: 'manual',
    });
    await response.arrayBuffer();
    return { event: { id: event.id, type }, status: response.status, error: null, durationMs: performance.now() - started };
  } catch (error) {
    return { event: { id: event.id, type }, status: null, error: (error as Error).message, durationMs: performance.now() - started };
  }
}
