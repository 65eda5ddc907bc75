import { createHmac, timingSafeEqual } from 'node:crypto';
import type { WebhookMessage } from './index.js';

/**
 * Verifies a webhook Linkcy sent, offline: Standard Webhooks signatures (`webhook-id`,
 * `webhook-timestamp`, `webhook-signature: v1,<base64 HMAC-SHA256 of "<id>.<timestamp>.<body>">`,
 * keyed with the decoded `whsec_` secret). No network call and no API key: the endpoint's signing
 * secret is all it needs.
 */

export class WebhookVerificationError extends Error {
  override readonly name = 'WebhookVerificationError';
}

export type WebhookHeaders = Headers | Record<string, string | string[] | undefined>;

export interface VerifyOptions {
  /** How far the message's timestamp may be from now, either way. Default 300 seconds. */
  toleranceSeconds?: number;
  now?: Date;
}

function header(headers: WebhookHeaders, name: string): string | undefined {
  if (typeof (headers as Headers).get === 'function') return (headers as Headers).get(name) ?? undefined;
  const record = headers as Record<string, string | string[] | undefined>;
  const key = Object.keys(record).find((candidate) => candidate.toLowerCase() === name);
  const value = key === undefined ? undefined : record[key];
  return Array.isArray(value) ? value[0] : value;
}

/**
 * Checks the signature and the timestamp of a delivery and answers its parsed body. Pass the body
 * exactly as received (the raw string or bytes, before any JSON parsing). Throws
 * WebhookVerificationError when the message is not one the secret signed within the tolerance.
 * `secret` may be several (during a secret rotation both the old and the new one sign).
 */
export function verifyWebhook<Payload = WebhookMessage>(
  secret: string | string[],
  headers: WebhookHeaders,
  body: string | Uint8Array,
  options: VerifyOptions = {},
): Payload {
  const id = header(headers, 'webhook-id');
  const timestamp = header(headers, 'webhook-timestamp');
  const signatures = header(headers, 'webhook-signature');
  if (!id || !timestamp || !signatures) throw new WebhookVerificationError('Missing webhook-id, webhook-timestamp or webhook-signature header.');
  if (!/^\d{1,12}$/.test(timestamp)) throw new WebhookVerificationError('webhook-timestamp is not a number of seconds.');
  const now = Math.floor((options.now ?? new Date()).getTime() / 1000);
  const tolerance = options.toleranceSeconds ?? 300;
  if (Math.abs(now - Number(timestamp)) > tolerance)
    throw new WebhookVerificationError('The message timestamp is outside the tolerance: a replay, or a clock that is off.');
  const text = typeof body === 'string' ? body : Buffer.from(body).toString('utf8');
  const signed = `${id}.${timestamp}.${text}`;
  const offered = signatures
    .split(' ')
    .filter((entry) => entry.startsWith('v1,'))
    .map((entry) => Buffer.from(entry.slice(3), 'base64'));
  for (const candidate of Array.isArray(secret) ? secret : [secret]) {
    const expected = createHmac('sha256', Buffer.from(candidate.replace(/^whsec_/, ''), 'base64'))
      .update(signed)
      .digest();
    if (offered.some((signature) => signature.length === expected.length && timingSafeEqual(signature, expected))) {
      return JSON.parse(text) as Payload;
    }
  }
  throw new WebhookVerificationError('No signature matches: the body was changed, or the secret is not this endpoint’s.');
}
