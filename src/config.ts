import path from 'node:path';
import { isValidBIC } from 'ibantools';
import { endToEndIdProblem, sepaIban, sepaPartyName, type SepaAddress } from './domain/sepa.js';
import { z } from 'zod';
import { ConfigError } from './errors/config-error.js';
import { configuredKeyring, type MasterKeyring } from './vault/master-keys.js';

export { ConfigError };

/**
 * Every limit the server enforces, named in one place so that a reader can see what is bounded and by
 * how much. They are constants, not settings: changing one changes the public contract.
 */
export const limits = {
  /** Largest request body accepted, in bytes (SPEC §1: 64 KiB, else 413). */
  bodyBytesMax: 64 * 1024,
  /** Page sizes of every list (SPEC §1). */
  pageLimitDefault: 25,
  pageLimitMax: 100,
  /** Idempotency keys: length, and how long a claimed key is remembered. */
  idempotencyKeyLengthMax: 255,
  idempotencyKeyTtlMs: 24 * 60 * 60 * 1000,
  /** Entity metadata: a flat object of string values (SPEC §2). */
  metadataKeysMax: 20,
  metadataKeyLengthMax: 40,
  metadataValueLengthMax: 500,
  /** How deeply a request body may nest objects and arrays (JSON:API documents need a handful). */
  jsonDepthMax: 64,
  /** Free-text attributes such as names and address lines. */
  textLengthMax: 255,
  /** A credential's last-use time is written at most this often, to keep reads free of writes. */
  credentialTouchIntervalMs: 60 * 1000,
  /** Customers must be adults (SPEC §2). */
  entityAgeYearsMin: 18,
  entityAgeYearsMax: 130,
  /**
   * Largest single movement of money, in minor units (100 million in the currency). Anything larger is
   * refused as absurd; it also keeps every balance far inside the exactly representable integers.
   */
  amountMinorMax: 10_000_000_000,
  /** Free text on transfers (SEPA remittance information is 140 characters). */
  referenceLengthMax: 140,
  /** Attempts at drawing an unused random account number before giving up (a collision is ~1e-11). */
  accountNumberAttemptsMax: 5,
  /**
   * Commands of one kind waiting for their group-commit batch (db/group-commit.ts), beyond which a new
   * one is answered 503 database_busy with Retry-After at once: a database slower than the arrivals
   * must not grow the queue (and every waiter's latency and memory) without end. Eight full batches.
   */
  groupCommitQueueMax: 2048,
  /**
   * How far ahead of real time a sandbox clock may run (SPEC §11): ten years covers any card's life and
   * any limit window; beyond it dates leave what RFC 3339 and the schemas can say (year 9999 and on).
   */
  sandboxClockHorizonMs: 10 * 366 * 86_400_000,
  /**
   * Items a batch skipped (their row was locked elsewhere) applied alone at once, per kind and process,
   * each waiting on its own connection up to the lock deadline; more wait for a turn holding nothing.
   */
  groupCommitAloneMax: 4,
  /** Webhook endpoints an organization may have (not deleted): they share its delivery slots. */
  webhookEndpointsPerOrganizationMax: 20,
  /** How many of a group-commit batch's size, at most (db/group-commit.ts). */
  groupCommitBatchMax: 256,
} as const;

const environmentSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default('127.0.0.1'),
  LINKCY_DATA_DIR: z.string().min(1).default('./data'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// or postgresql:// URL')
    .optional(),
  LINKCY_MODE: z.enum(['sandbox', 'live']).default('sandbox'),
  LINKCY_RATE_LIMIT: z.coerce.number().int().min(0).max(1_000_000).default(100),
  LINKCY_LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  LINKCY_DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(1000).default(10),
  /** PostgreSQL: connections kept for API reads (GET), which writes cannot take. */
  LINKCY_DATABASE_READ_POOL_SIZE: z.coerce.number().int().min(1).max(1000).default(2),
  /** The embedded database's buffer cache (PostgreSQL's shared_buffers), in MB: all of it is resident from the start. */
  LINKCY_EMBEDDED_SHARED_BUFFERS_MB: z.coerce.number().int().min(1).max(4096).default(32),
  /** In sandbox, KYC is approved at once unless this says `pending` (SPEC §2). */
  LINKCY_SANDBOX_KYC: z.enum(['approved', 'pending']).default('approved'),
  /** Where accounts' IBANs come from. France is the supported country (with its RIB key). */
  LINKCY_IBAN_COUNTRY: z.enum(['FR'], { error: 'must be FR (the only country whose IBANs Linkcy issues today)' }).default('FR'),
  LINKCY_BANK_CODE: z
    .string()
    .regex(/^\d{5}$/, 'must be 5 digits (the French code banque)')
    .default('99999'),
  LINKCY_BRANCH_CODE: z
    .string()
    .regex(/^\d{5}$/, 'must be 5 digits (the French code guichet)')
    .default('00001'),
  LINKCY_BIC: z
    .string()
    .refine((value) => isValidBIC(value), 'must be a valid ISO 9362 BIC such as LNKYFRPPXXX')
    .default('LNKYFRPPXXX'),
  /** Master key for card data: 32 bytes base64, or a keyring `2:<base64>,1:<base64>` (see vault/). */
  LINKCY_MASTER_KEY: z.string().min(1).optional(),
  /** A file holding the master key or keyring, for secret stores that mount files (instead of LINKCY_MASTER_KEY). */
  LINKCY_MASTER_KEY_FILE: z.string().min(1).optional(),
  LINKCY_CARD_BIN: z
    .string()
    .regex(/^\d{6,8}$/, 'must be 6 to 8 digits')
    .default('489537'),
  LINKCY_CARD_EXPIRY_YEARS: z.coerce.number().int().min(1).max(10).default(3),
  /** Card-data reveals (details, PIN) per second per credential; bursts up to twice that. 0 = off. */
  LINKCY_SENSITIVE_RATE_LIMIT: z.coerce.number().int().min(0).max(10_000).default(5),
  /** Verification of Payee requests per second per credential; bursts up to twice that (names must not be harvestable). 0 = off. */
  LINKCY_PAYEE_VERIFICATION_RATE_LIMIT: z.coerce.number().int().min(0).max(10_000).default(2),
  /** Live mode: the partner's Verification of Payee service (SPEC §14); unset, other banks' payees answer `not_possible`. */
  LINKCY_VOP_URL: z.url({ protocol: /^https?$/, error: 'must be an http or https URL' }).optional(),
  /** Longest a Verification of Payee request to the partner may take before it answers `not_possible`. */
  LINKCY_VOP_TIMEOUT_MS: z.coerce.number().int().min(100).max(5_000).default(3_000),
  /** Live mode: the partner's SEPA Instant gateway (SPEC §14); unset, instant transfers to other banks are refused. */
  LINKCY_INSTANT_RAIL_URL: z.url({ protocol: /^https?$/, error: 'must be an http or https URL' }).optional(),
  /**
   * Longest an instant transfer waits for the rail's answer before it is rejected (AB05, money back):
   * below the scheme's 10 seconds, so that every instant transfer is decided within them.
   */
  LINKCY_INSTANT_TIMEOUT_MS: z.coerce.number().int().min(100).max(9_000).default(8_000),
  /** Sandbox only: how long the simulated clearing house takes to answer an instant transfer. */
  LINKCY_SANDBOX_INSTANT_DELAY_MS: z.coerce.number().int().min(0).max(9_000).default(200),
  /** How long an approved authorization holds funds before it expires and is released. */
  LINKCY_HOLD_EXPIRY_SECONDS: z.coerce
    .number()
    .int()
    .min(1)
    .max(60 * 60 * 24 * 31)
    .default(7 * 24 * 60 * 60),
  /**
   * Sandbox only: the simulated bank takes a pending SEPA credit transfer this long after it was made,
   * and settles it this long after that. 0 leaves it to `linkcy sepa export`/`import` and the simulation routes.
   */
  LINKCY_SANDBOX_SEPA_SETTLE_SECONDS: z.coerce
    .number()
    .int()
    .min(0)
    .max(60 * 60 * 24 * 31)
    .default(30),
  /** Webhooks to http, loopback and private addresses: allowed in sandbox, refused in live, unless this says. */
  LINKCY_WEBHOOK_ALLOW_PRIVATE: z.enum(['true', 'false'], { error: 'must be true or false' }).optional(),
  /**
   * Behind a reverse proxy that terminates TLS, `true` (or a hop count, or a list of proxy addresses)
   * makes the server trust X-Forwarded-* so client addresses are right and dashboard cookies are Secure.
   */
  /**
   * Where people reach this server (`https://bank.example.com`): links sent to them (invitations) are
   * built from it, never from a request's Host header; https here makes dashboard cookies Secure and
   * sends Strict-Transport-Security in live mode. Required in live mode.
   */
  LINKCY_PUBLIC_URL: z
    .url({ protocol: /^https?$/, error: 'must be an http or https URL, such as https://bank.example.com' })
    .refine((value) => !URL.canParse(value) || (['', '/'].includes(new URL(value).pathname) && !new URL(value).search && !new URL(value).hash), {
      error: 'must be an origin only, without a path, query or fragment',
    })
    .optional(),
  LINKCY_TRUST_PROXY: z
    .string()
    .regex(/^(true|false|\d{1,2}|[0-9a-fA-F.:/, ]+)$/, 'must be true, false, a hop count, or proxy addresses/CIDRs separated by commas')
    .default('false'),
  /** How long a worker holds a claimed delivery before another may retry it (after a crash, say). */
  LINKCY_WEBHOOK_LEASE_SECONDS: z.coerce.number().int().min(1).max(3600).default(60),
  /** A webhook attempt's total deadline (SPEC §6: a 2xx within 10 s). Must be shorter than the lease. */
  LINKCY_WEBHOOK_TIMEOUT_SECONDS: z.coerce.number().int().min(1).max(60).default(10),
  /** A Redis that several server processes share for their rate limits (redis://...); unset: per process. */
  LINKCY_REDIS_URL: z
    .string()
    .regex(/^rediss?:\/\//, 'must be a redis:// or rediss:// URL')
    .optional(),
  /** Prometheus metrics at /metrics on the API port (on by default), and the bearer token it then needs. */
  LINKCY_METRICS: z.enum(['on', 'off'], { error: 'must be on or off' }).default('on'),
  LINKCY_METRICS_TOKEN: z.string().min(16, 'must be at least 16 characters').optional(),
  /** How long the server keeps trying to reach its database at start before it gives up. */
  LINKCY_DATABASE_START_TIMEOUT_SECONDS: z.coerce.number().int().min(0).max(3600).default(60),
  /** The whole request (headers and body) must arrive within this; a trickling client gets 408. */
  LINKCY_REQUEST_TIMEOUT_SECONDS: z.coerce.number().int().min(1).max(600).default(30),
  /** Longest a statement may run, and longest it may wait for a row lock, before the request answers 503. */
  LINKCY_DATABASE_STATEMENT_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(10_000),
  LINKCY_DATABASE_LOCK_TIMEOUT_MS: z.coerce.number().int().min(10).max(600_000).default(3_000),
  /** Longest a request waits for a free pooled connection before answering 503. */
  LINKCY_DATABASE_ACQUIRE_TIMEOUT_MS: z.coerce.number().int().min(10).max(600_000).default(3_000),
  /**
   * SEPA bank files (SPEC §13): `hosted`, the partner bank keeps every Linkcy IBAN; `omnibus`, the
   * customers' money sits on the operator's one settlement account and each payment names its customer
   * as ultimate debtor.
   */
  LINKCY_SEPA_DEBTOR: z.enum(['hosted', 'omnibus'], { error: 'must be hosted or omnibus' }).default('hosted'),
  LINKCY_SETTLEMENT_IBAN: z
    .string()
    .refine((value) => sepaIban(value).ok, 'must be a valid IBAN of a SEPA country')
    .optional(),
  LINKCY_SETTLEMENT_BIC: z
    .string()
    .refine((value) => isValidBIC(value), 'must be a valid ISO 9362 BIC')
    .optional(),
  /** Who sends the pain.001 files (InitgPty), and the debtor in omnibus mode. */
  LINKCY_OPERATOR_NAME: z
    .string()
    .refine((value) => sepaPartyName(value).ok, 'must be 1 to 70 characters once written in the SEPA character set')
    .default('Linkcy'),
  /** The id the partner bank knows the operator by (InitgPty/Id/OrgId/Othr/Id). */
  LINKCY_OPERATOR_ID: z
    .string()
    .refine((value) => !endToEndIdProblem(value) && value.length <= 35, 'must be 1 to 35 SEPA identifier characters')
    .default('LINKCY'),
  /** The operator's postal address, `street;postal code;town;country` (FR): the debtor's address in omnibus mode. */
  LINKCY_OPERATOR_ADDRESS: z
    .string()
    .refine((value) => operatorAddress(value) !== undefined, 'must be street;postal code;town;country, such as 1 Rue de la Paix;75002;Paris;FR')
    .optional(),
  LINKCY_SEPA_BATCH_BOOKING: z.enum(['true', 'false'], { error: 'must be true or false' }).default('false'),
  /** The operator's time zone: the execution date of a pain.001 is the day there. */
  LINKCY_TIME_ZONE: z
    .string()
    .refine((value) => {
      try {
        new Intl.DateTimeFormat('en', { timeZone: value });
        return true;
      } catch {
        return false;
      }
    }, 'must be an IANA time zone such as Europe/Paris')
    .default('Europe/Paris'),
});

/** `street;postal code;town;country` to a postal address; undefined when it is not one. */
function operatorAddress(value: string): SepaAddress | undefined {
  const parts = value.split(';').map((part) => part.trim());
  if (parts.length !== 4 || parts.some((part) => part === '') || !/^[A-Z]{2}$/.test(parts[3]!)) return undefined;
  return { line1: parts[0]!, line2: null, postalCode: parts[1]!, city: parts[2]!, country: parts[3]! };
}

export type Mode = 'sandbox' | 'live';

export interface Config {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string | undefined;
  mode: Mode;
  /** Requests per second per credential; bursts up to twice that. 0 turns the limit off. */
  rateLimitPerSecond: number;
  logLevel: z.infer<typeof environmentSchema>['LINKCY_LOG_LEVEL'];
  databasePoolSize: number;
  databaseReadPoolSize: number;
  embeddedSharedBuffersMb: number;
  sandboxKycStatus: 'approved' | 'pending';
  iban: { country: 'FR'; bankCode: string; branchCode: string; bic: string };
  /** The configured master keyring, read and checked at start; undefined in sandbox without one. */
  masterKeyring: MasterKeyring | undefined;
  cards: { bin: string; expiryYears: number; holdExpirySeconds: number };
  /** Sandbox: seconds before the simulated bank submits, then settles, a SEPA credit transfer; 0 = never by itself. */
  sandboxSepaSettleSeconds: number;
  sensitiveRateLimitPerSecond: number;
  /** Verification of Payee and SEPA Instant (SPEC §14). */
  instant: {
    payeeVerificationRatePerSecond: number;
    vopUrl: string | undefined;
    vopTimeoutMs: number;
    railUrl: string | undefined;
    timeoutMs: number;
    sandboxDelayMs: number;
  };
  webhookAllowPrivate: boolean;
  webhookLeaseMs: number;
  webhookTimeoutMs: number;
  /** Where people reach this server (an origin, no trailing slash), when set (LINKCY_PUBLIC_URL). */
  publicUrl: string | undefined;
  /** Fastify's trustProxy: false, true, a hop count, or a list of addresses. */
  trustProxy: boolean | number | string;
  requestTimeoutMs: number;
  redisUrl: string | undefined;
  /** /metrics: off, open, or behind a bearer token. */
  metrics: { enabled: boolean; token: string | undefined };
  databaseStartTimeoutMs: number;
  /** Deadlines on every database wait (PostgreSQL; PGlite has one connection and no lock waits). */
  databaseTimeouts: { statementMs: number; lockMs: number; acquireMs: number };
  /** The SEPA bank files (SPEC §13). */
  sepa: SepaFileConfig;
}

export interface SepaFileConfig {
  debtor: 'hosted' | 'omnibus';
  /** The operator's account at the partner bank (required in omnibus mode). */
  settlement: { iban: string; bic: string } | undefined;
  operator: { name: string; id: string; address: SepaAddress | undefined };
  batchBooking: boolean;
  timeZone: string;
}

/**
 * A setting's value as an error may show it: secrets are named, never echoed, and a URL keeps its
 * user but not its password (`postgres://app:***@db/linkcy`), even when it is not a URL we accept.
 */
export function shownValue(name: string, value: string): string {
  if (/KEY|SECRET|TOKEN|PASSWORD/.test(name)) return '<hidden>';
  return JSON.stringify(value.replace(/^([a-z][a-z0-9+.-]*:\/\/[^/:@\s]*):[^@\s]*@/i, '$1:***@'));
}

/**
 * Reads and validates the configuration from environment variables. Every bad value is reported at
 * once, by name, so that an operator fixes them all in one go instead of one per restart.
 */
export function loadConfig(environment: NodeJS.ProcessEnv = process.env): Config {
  // Empty strings are how shells spell "unset"; treat them so instead of failing validation.
  const present = Object.fromEntries(Object.entries(environment).filter(([, value]) => value !== ''));
  const parsed = environmentSchema.safeParse(present);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => {
      const name = issue.path.join('.');
      return `  ${name}=${shownValue(name, environment[name] ?? '')}: ${issue.message}`;
    });
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const env = parsed.data;
  if (env.LINKCY_BIC.slice(4, 6) !== env.LINKCY_IBAN_COUNTRY) {
    throw new ConfigError(
      `Invalid configuration:\n  LINKCY_BIC=${JSON.stringify(env.LINKCY_BIC)}: its country (${env.LINKCY_BIC.slice(4, 6)}) must match LINKCY_IBAN_COUNTRY (${env.LINKCY_IBAN_COUNTRY})`,
    );
  }
  if (env.LINKCY_WEBHOOK_LEASE_SECONDS <= env.LINKCY_WEBHOOK_TIMEOUT_SECONDS) {
    // A lease that ends before the call's deadline would let a second worker send the same delivery
    // while the first is still waiting for its answer.
    throw new ConfigError(
      `Invalid configuration:\n  LINKCY_WEBHOOK_LEASE_SECONDS=${JSON.stringify(String(env.LINKCY_WEBHOOK_LEASE_SECONDS))}: must be longer than LINKCY_WEBHOOK_TIMEOUT_SECONDS (${env.LINKCY_WEBHOOK_TIMEOUT_SECONDS})`,
    );
  }
  const masterKeyring = configuredKeyring(env);
  if (!masterKeyring && env.LINKCY_MODE === 'live') {
    throw new ConfigError(
      'Invalid configuration:\n  LINKCY_MASTER_KEY: required in live mode (32 bytes, base64; or LINKCY_MASTER_KEY_FILE), to encrypt card data',
    );
  }
  if (env.LINKCY_MODE === 'live' && !env.LINKCY_PUBLIC_URL) {
    // Links to people (invitations) must not come from a Host header anyone can send.
    throw new ConfigError(
      'Invalid configuration:\n  LINKCY_PUBLIC_URL: required in live mode: where people reach this server (https://bank.example.com), for the links it sends',
    );
  }
  if (env.LINKCY_MODE === 'live' && env.LINKCY_METRICS === 'on' && !env.LINKCY_METRICS_TOKEN) {
    // /metrics shares the API's port: open, it would tell anyone the traffic, volumes and errors of a live bank.
    throw new ConfigError(
      'Invalid configuration:\n  LINKCY_METRICS_TOKEN: required in live mode while LINKCY_METRICS=on (16 characters or more; Prometheus sends it as a bearer token), or set LINKCY_METRICS=off',
    );
  }
  if (env.LINKCY_SEPA_DEBTOR === 'omnibus') {
    const missing = (['LINKCY_SETTLEMENT_IBAN', 'LINKCY_SETTLEMENT_BIC', 'LINKCY_OPERATOR_ADDRESS'] as const).filter((name) => !env[name]);
    if (missing.length > 0) {
      throw new ConfigError(
        `Invalid configuration:\n${missing.map((name) => `  ${name}: required when LINKCY_SEPA_DEBTOR=omnibus (the pain.001's debtor is the operator's settlement account)`).join('\n')}`,
      );
    }
  }
  if (Boolean(env.LINKCY_SETTLEMENT_IBAN) !== Boolean(env.LINKCY_SETTLEMENT_BIC)) {
    throw new ConfigError('Invalid configuration:\n  LINKCY_SETTLEMENT_IBAN, LINKCY_SETTLEMENT_BIC: set both or neither');
  }
  return {
    port: env.PORT,
    host: env.HOST,
    dataDir: path.resolve(env.LINKCY_DATA_DIR),
    databaseUrl: env.DATABASE_URL,
    mode: env.LINKCY_MODE,
    rateLimitPerSecond: env.LINKCY_RATE_LIMIT,
    logLevel: env.LINKCY_LOG_LEVEL,
    databasePoolSize: env.LINKCY_DATABASE_POOL_SIZE,
    databaseReadPoolSize: env.LINKCY_DATABASE_READ_POOL_SIZE,
    embeddedSharedBuffersMb: env.LINKCY_EMBEDDED_SHARED_BUFFERS_MB,
    sandboxKycStatus: env.LINKCY_SANDBOX_KYC,
    iban: { country: env.LINKCY_IBAN_COUNTRY, bankCode: env.LINKCY_BANK_CODE, branchCode: env.LINKCY_BRANCH_CODE, bic: env.LINKCY_BIC },
    masterKeyring,
    cards: { bin: env.LINKCY_CARD_BIN, expiryYears: env.LINKCY_CARD_EXPIRY_YEARS, holdExpirySeconds: env.LINKCY_HOLD_EXPIRY_SECONDS },
    sandboxSepaSettleSeconds: env.LINKCY_SANDBOX_SEPA_SETTLE_SECONDS,
    sensitiveRateLimitPerSecond: env.LINKCY_SENSITIVE_RATE_LIMIT,
    instant: {
      payeeVerificationRatePerSecond: env.LINKCY_PAYEE_VERIFICATION_RATE_LIMIT,
      vopUrl: env.LINKCY_VOP_URL,
      vopTimeoutMs: env.LINKCY_VOP_TIMEOUT_MS,
      railUrl: env.LINKCY_INSTANT_RAIL_URL,
      timeoutMs: env.LINKCY_INSTANT_TIMEOUT_MS,
      sandboxDelayMs: env.LINKCY_SANDBOX_INSTANT_DELAY_MS,
    },
    webhookLeaseMs: env.LINKCY_WEBHOOK_LEASE_SECONDS * 1000,
    webhookTimeoutMs: env.LINKCY_WEBHOOK_TIMEOUT_SECONDS * 1000,
    requestTimeoutMs: env.LINKCY_REQUEST_TIMEOUT_SECONDS * 1000,
    redisUrl: env.LINKCY_REDIS_URL,
    metrics: { enabled: env.LINKCY_METRICS === 'on', token: env.LINKCY_METRICS_TOKEN },
    databaseStartTimeoutMs: env.LINKCY_DATABASE_START_TIMEOUT_SECONDS * 1000,
    databaseTimeouts: {
      statementMs: env.LINKCY_DATABASE_STATEMENT_TIMEOUT_MS,
      lockMs: env.LINKCY_DATABASE_LOCK_TIMEOUT_MS,
      acquireMs: env.LINKCY_DATABASE_ACQUIRE_TIMEOUT_MS,
    },
    publicUrl: env.LINKCY_PUBLIC_URL === undefined ? undefined : new URL(env.LINKCY_PUBLIC_URL).origin,
    trustProxy:
      env.LINKCY_TRUST_PROXY === 'true'
        ? true
        : env.LINKCY_TRUST_PROXY === 'false'
          ? false
          : /^\d+$/.test(env.LINKCY_TRUST_PROXY)
            ? Number(env.LINKCY_TRUST_PROXY)
            : env.LINKCY_TRUST_PROXY,
    webhookAllowPrivate: env.LINKCY_WEBHOOK_ALLOW_PRIVATE === undefined ? env.LINKCY_MODE === 'sandbox' : env.LINKCY_WEBHOOK_ALLOW_PRIVATE === 'true',
    sepa: {
      debtor: env.LINKCY_SEPA_DEBTOR,
      settlement:
        env.LINKCY_SETTLEMENT_IBAN && env.LINKCY_SETTLEMENT_BIC
          ? { iban: (sepaIban(env.LINKCY_SETTLEMENT_IBAN) as { iban: string }).iban, bic: env.LINKCY_SETTLEMENT_BIC }
          : undefined,
      operator: {
        name: env.LINKCY_OPERATOR_NAME,
        id: env.LINKCY_OPERATOR_ID,
        address: env.LINKCY_OPERATOR_ADDRESS === undefined ? undefined : operatorAddress(env.LINKCY_OPERATOR_ADDRESS),
      },
      batchBooking: env.LINKCY_SEPA_BATCH_BOOKING === 'true',
      timeZone: env.LINKCY_TIME_ZONE,
    },
  };
}
