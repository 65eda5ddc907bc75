import { randomFillSync } from 'node:crypto';

/**
 * Resource ids are prefixed, opaque and time-ordered: `ent_` followed by 26 Crockford base32
 * characters, a 48-bit millisecond timestamp then 80 random bits (the ULID layout). Sorting ids sorts by
 * creation time, which makes keyset pagination by id alone correct, and ids reveal no counts.
 *
 * Within one millisecond the random part is incremented, so ids made by one process are strictly
 * increasing; ids made by different processes in the same millisecond are ordered by chance.
 */
export const idPrefixes = {
  organization: 'org',
  credential: 'cli',
  entity: 'ent',
  bankAccount: 'acc',
  internalAccount: 'iac',
  journalEntry: 'jnl',
  transaction: 'txn',
  card: 'card',
  authorization: 'auth',
  event: 'evt',
  webhook: 'whk',
  request: 'req',
  member: 'mem',
  webhookDelivery: 'whd',
  webhookAttempt: 'wha',
  bookTransfer: 'btr',
  sepaCreditTransfer: 'sct',
  payeeVerification: 'pv',
  sepaExport: 'pain',
  invitation: 'inv',
  session: 'ses',
  authorizationEndpoint: 'aep',
} as const;

export type IdKind = keyof typeof idPrefixes;

const alphabet = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const bodyPattern = '[0-9A-HJKMNP-TV-Z]{26}';

let lastTime = -1;
let lastRandom: Uint8Array = new Uint8Array(10);

function encodeTime(time: number): string {
  let out = '';
  for (let i = 0; i < 10; i++) {
    out = alphabet[time % 32] + out;
    time = Math.floor(time / 32);
  }
  return out;
}

function encodeRandom(bytes: Uint8Array): string {
  // 80 bits as 16 base32 characters, most significant first, five bits at a time off a small buffer
  // (BigInt arithmetic here was a visible share of the server's CPU: several ids per request).
  let out = '';
  let buffer = 0;
  let bits = 0;
  for (const byte of bytes) {
    buffer = ((buffer << 8) | byte) & 0xfff;
    bits += 8;
    while (bits >= 5) {
      bits -= 5;
      out += alphabet[(buffer >>> bits) & 31];
    }
  }
  return out;
}

function incremented(bytes: Uint8Array): Uint8Array {
  const next = new Uint8Array(bytes);
  for (let i = next.length - 1; i >= 0; i--) {
    if (next[i]! < 255) {
      next[i]! += 1;
      return next;
    }
    next[i] = 0;
  }
  // 2^80 ids in one millisecond cannot happen; wrapping would break ordering, so refuse loudly.
  throw new Error('id random part overflowed within one millisecond');
}

/**
 * Ten random bytes, cut from a pool filled 4 KiB at a time: one call into the CSPRNG per 409 ids
 * instead of one per id (randomBytes per id, the request id included, was ~3 % of the server's busy
 * time under authorizations). The same generator, so the same unpredictability.
 */
const randomPool = new Uint8Array(4096);
let randomPoolOffset = randomPool.length;

function freshRandom(): Uint8Array {
  if (randomPoolOffset + 10 > randomPool.length) {
    randomFillSync(randomPool);
    randomPoolOffset = 0;
  }
  randomPoolOffset += 10;
  return randomPool.slice(randomPoolOffset - 10, randomPoolOffset);
}

export function newId(kind: IdKind, now: number = Date.now()): string {
  if (now <= lastTime) {
    lastRandom = incremented(lastRandom);
    now = lastTime;
  } else {
    lastTime = now;
    lastRandom = freshRandom();
  }
  return `${idPrefixes[kind]}_${encodeTime(now)}${encodeRandom(lastRandom)}`;
}

const patterns = Object.fromEntries(Object.entries(idPrefixes).map(([kind, prefix]) => [kind, new RegExp(`^${prefix}_${bodyPattern}$`)])) as Record<
  IdKind,
  RegExp
>;

export function isId(kind: IdKind, value: string): boolean {
  return patterns[kind].test(value);
}
