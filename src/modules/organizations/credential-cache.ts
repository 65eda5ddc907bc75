import { EventEmitter } from 'node:events';
import type { Database } from '../../db/database.js';

/**
 * Credentials read once and kept in the process, so that authenticating a request costs no database
 * round trip. Revocation still takes effect at once everywhere:
 *
 * - in this process, `revokeCredential` evicts the entry before it returns (`credentialRevocations`);
 * - in every other process on the same PostgreSQL, through `NOTIFY linkcy_credentials, '<id>'`, sent
 *   in the revoking transaction and delivered when it commits;
 * - while the LISTEN connection is down (notifications could be missed), nothing is cached and every
 *   request reads the database, as before the cache.
 *
 * Entries also expire after a minute, a bound on any staleness no notification covers, and the cache
 * holds at most `maxEntries` (oldest first out); unknown client ids are never cached.
 */
export const credentialChannel = 'linkcy_credentials';

/** Revocations made by this process, heard by every cache in it. */
export const credentialRevocations = new EventEmitter();
// One listener per application instance in the process (tests build many): no leak warning.
credentialRevocations.setMaxListeners(0);

export interface CachedCredential {
  id: string;
  organizationId: string;
  secretHash: string;
  scopes: string[];
  lastUsedAt: Date | null;
  expiresAt: Date | null;
  revokedAt: Date | null;
}

export class CredentialCache {
  private readonly entries = new Map<string, { credential: CachedCredential; cachedAt: number }>();
  private live = false;
  private unsubscribe: (() => Promise<void>) | undefined;
  private readonly onLocalRevocation = (id: string) => this.evict(id);

  constructor(
    private readonly ttlMs = 60_000,
    private readonly maxEntries = 10_000,
  ) {}

  /** Starts listening for revocations; until this resolves nothing is cached. */
  async start(database: Database): Promise<void> {
    credentialRevocations.on('revoked', this.onLocalRevocation);
    this.unsubscribe = await database.listen(credentialChannel, {
      onMessage: (id) => this.evict(id),
      onState: (live) => {
        this.live = live;
        if (!live) this.entries.clear();
      },
    });
  }

  async stop(): Promise<void> {
    credentialRevocations.off('revoked', this.onLocalRevocation);
    this.live = false;
    this.entries.clear();
    await this.unsubscribe?.();
  }

  get(id: string, now = Date.now()): CachedCredential | undefined {
    const entry = this.entries.get(id);
    if (!entry) return undefined;
    if (now - entry.cachedAt > this.ttlMs) {
      this.entries.delete(id);
      return undefined;
    }
    return entry.credential;
  }

  set(credential: CachedCredential, now = Date.now()): void {
    if (!this.live) return;
    if (this.entries.size >= this.maxEntries) this.entries.delete(this.entries.keys().next().value!);
    this.entries.set(credential.id, { credential, cachedAt: now });
  }

  evict(id: string): void {
    this.entries.delete(id);
  }
}
