import { z } from 'zod';

/**
 * Calls to the partner bank's services (Verification of Payee, the SEPA Instant gateway; SPEC §14):
 * JSON over HTTP with one total deadline for the whole exchange (connection, request, answer), so that a
 * slow partner costs the caller at most `timeoutMs`, never a hang. The answer is checked against `answer`;
 * anything else (an error status, a body of another shape, a timeout, a refused connection) is a
 * `PartnerFailure` naming what went wrong, for the caller's fallback (not_possible, a rejection).
 */
export class PartnerFailure extends Error {
  constructor(
    message: string,
    readonly timedOut: boolean,
  ) {
    super(message);
  }
}

export async function callPartner<Answer>(url: string, body: unknown, answer: z.ZodType<Answer>, timeoutMs: number): Promise<Answer> {
  let response: Response;
  let text: string;
  try {
    const signal = AbortSignal.timeout(timeoutMs);
    response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify(body),
      signal,
      redirect: 'error',
    });
    text = await response.text();
  } catch (error) {
    const timedOut = error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError');
    throw new PartnerFailure(timedOut ? `no answer within ${timeoutMs} ms` : `unreachable (${(error as Error).message})`, timedOut);
  }
  if (!response.ok) throw new PartnerFailure(`answered HTTP ${response.status}`, false);
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new PartnerFailure('answered something that is not JSON', false);
  }
  const checked = answer.safeParse(parsed);
  if (!checked.success) throw new PartnerFailure('answered a document of an unexpected shape', false);
  return checked.data;
}
