import type { Config } from './config.js';
import type { Database } from './db/database.js';
import type { Limiter } from './http/rate-limit.js';
import type { Metrics } from './metrics.js';
import type { RefusalCounter } from './modules/cards/sensitive-routes.js';
import type { CredentialCache } from './modules/organizations/credential-cache.js';
import type { EndpointDirectory } from './modules/decisions/service.js';
import type { DecisionAsker } from './modules/authorizations/decisions.js';
import type { Clocks } from './modules/clock/service.js';
import type { Vault } from './vault/vault.js';
import type { PartnerVerifier } from './modules/payees/service.js';
import type { InstantClearing } from './modules/transfers/instant.js';

/** What route modules are given: configuration and shared resources, nothing global. */
export interface AppContext {
  config: Config;
  database: Database;
  rateLimiter: Limiter;
  /** A second, stricter bucket for card-secret routes (details, PIN). */
  sensitiveRateLimiter: Limiter;
  /** A third bucket for Verification of Payee, so that names cannot be harvested (SPEC §14). */
  payeeRateLimiter: Limiter;
  /** The partner's Verification of Payee service (live mode, LINKCY_VOP_URL), when configured. */
  partnerVerifier: PartnerVerifier | undefined;
  /** Sends instant transfers to other banks and books the answers (SPEC §14); undefined without a rail. */
  instantClearing: InstantClearing | undefined;
  /** Card-secret refusals past that limit, counted rather than each audited. */
  sensitiveRefusals: RefusalCounter;
  vault: Vault;
  /** API credentials kept in the process; revocations evict them everywhere at once. */
  credentialCache: CredentialCache;
  /** Which organizations decide their card authorizations themselves (SPEC §10), cached. */
  authorizationEndpoints: EndpointDirectory;
  /** Asks an organization's endpoint about an authorization before its batch (SPEC §10). */
  askAuthorizationEndpoint: DecisionAsker;
  /** Each organization's sandbox clock (real time in live mode): what `now` is for it. */
  clocks: Clocks;
  /** Prometheus metrics of this application (see metrics.ts). */
  metrics: Metrics;
}
