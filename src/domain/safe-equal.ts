import { timingSafeEqual } from 'node:crypto';

/** String equality in time that does not depend on where they differ (secrets: tokens, PINs). */
export function safeEqual(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}
