import { createHash } from 'node:crypto';
import { asc, desc, eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/database.js';
import { auditChainHeads, auditLog } from './schema.js';

export interface AuditEntry {
  organizationId: string | null;
  actor: string;
  action: string;
  resource: string | null;
  outcome: string;
  origin: string;
  /** Identical refusals this entry stands for; 1 unless counted (see sensitive.ts). */
  count?: number;
}

const genesisHash = '0'.repeat(64);
/** First key of the advisory lock that serializes appends to one chain (the second is the chain's hash). */
const appendLockKey = 0x61756474; // "audt"

function chainOf(entry: Pick<AuditEntry, 'organizationId'>): string {
  return entry.organizationId ?? 'system';
}

function chainHash(previousHash: string, entry: AuditEntry, createdAt: Date): string {
  const fields: unknown[] = [entry.organizationId, entry.actor, entry.action, entry.resource, entry.outcome, entry.origin, createdAt.toISOString()];
  // Rows from before counting have no count in their hash; a counted row hashes its count.
  if ((entry.count ?? 1) !== 1) fields.push(entry.count);
  return createHash('sha256')
    .update(`${previousHash}\n${JSON.stringify(fields)}`)
    .digest('hex');
}

/** Text PostgreSQL can store whatever a refused request carried: control characters and broken UTF-16 replaced. */
function storable(text: string): string;
function storable(text: string | null): string | null;
function storable(text: string | null): string | null {
  // eslint-disable-next-line no-control-regex -- replacing control characters is the point
  return text === null ? null : text.toWellFormed().replace(/[\u0000-\u001F\u007F-\u009F]/g, '\uFFFD');
}

/**
 * Appends an entry inside the caller's transaction (so it commits or rolls back with the action). Appends
 * serialize per chain only: one tenant's audited calls never wait on another's.
 */
export async function appendAudit(db: Db, input: AuditEntry): Promise<void> {
  const entry: AuditEntry = {
    ...input,
    actor: storable(input.actor),
    resource: storable(input.resource),
    origin: storable(input.origin),
    count: input.count ?? 1,
  };
  const chain = chainOf(entry);
  await db.execute(sql`SELECT pg_advisory_xact_lock(${appendLockKey}, hashtext(${chain}))`);
  // The chain's head names its last entry (migration 0016 wrote the heads of chains older than heads).
  const [head] = await db.select({ hash: auditChainHeads.hash }).from(auditChainHeads).where(eq(auditChainHeads.chain, chain));
  const previousHash = head?.hash ?? genesisHash;
  // Milliseconds only: the stored timestamp must hash the same when read back.
  const createdAt = new Date(Math.floor(Date.now()));
  const hash = chainHash(previousHash, entry, createdAt);
  // The row and its chain's new head in one statement.
  await db.execute(sql`
    WITH appended AS (
      INSERT INTO audit_log (organization_id, actor, action, resource, outcome, origin, created_at, previous_hash, hash, chain, count)
      VALUES (${entry.organizationId}, ${entry.actor}, ${entry.action}, ${entry.resource}, ${entry.outcome}, ${entry.origin},
              ${createdAt.toISOString()}::timestamptz, ${previousHash}, ${hash}, ${chain}, ${entry.count!})
      RETURNING id)
    INSERT INTO audit_chain_heads (chain, last_id, hash, entries)
    SELECT ${chain}, id, ${hash}, 1 FROM appended
    ON CONFLICT (chain) DO UPDATE SET last_id = excluded.last_id, hash = excluded.hash, entries = audit_chain_heads.entries + 1`);
}

/** A chain's head: its last entry's id and hash. */
export interface ChainHead {
  chain: string;
  lastId: number;
  hash: string;
}

export interface AuditVerification {
  entries: number;
  chains: number;
  /** The first row whose link or hash does not hold, or the first chain whose head does not, if any. */
  brokenAt?: { id: number; reason: string } | { chain: string; reason: string };
  /** Every chain's head as verified: kept elsewhere, it lets a later `audit verify --checkpoint` show the heads were not rewritten. */
  heads: ChainHead[];
  /** One hash of all heads, to note down. */
  checkpoint: string;
}

/** The hash of a set of heads, in chain order. */
export function checkpointOf(heads: ChainHead[]): string {
  const lines = [...heads]
    .sort((a, b) => (a.chain < b.chain ? -1 : a.chain > b.chain ? 1 : 0))
    .map((head) => `${head.chain} ${head.lastId} ${head.hash}`);
  return createHash('sha256').update(lines.join('\n')).digest('hex');
}

/**
 * Recomputes every chain from its first row and checks it against its head (the last entry, the
 * number of entries): a chain cut short, or removed whole, no longer matches. With `earlier` (heads
 * from a checkpoint kept elsewhere), also checks that each of those entries is still there with the
 * same hash: the log has only grown since.
 */
export async function verifyAuditLog(db: Db, earlier: ChainHead[] = []): Promise<AuditVerification> {
  const last = new Map<string, { id: number; hash: string; entries: number }>();
  const pinned = new Map(earlier.map((head) => [head.lastId, head]));
  const seenPinned = new Set<number>();
  let entries = 0;
  let afterId = 0;
  const result = (brokenAt?: AuditVerification['brokenAt']): AuditVerification => {
    const heads = [...last].map(([chain, head]) => ({ chain, lastId: head.id, hash: head.hash }));
    return { entries, chains: last.size, ...(brokenAt ? { brokenAt } : {}), heads, checkpoint: checkpointOf(heads) };
  };
  for (;;) {
    const rows = await db
      .select()
      .from(auditLog)
      .where(sql`${auditLog.id} > ${afterId}`)
      .orderBy(asc(auditLog.id))
      .limit(1000);
    if (rows.length === 0) break;
    for (const row of rows) {
      const previousHash = last.get(row.chain)?.hash ?? genesisHash;
      if (row.chain !== 'global' && row.chain !== chainOf(row)) return result({ id: row.id, reason: 'is filed in another organization’s chain' });
      if (row.previousHash !== previousHash) return result({ id: row.id, reason: 'does not link to the previous entry' });
      if (chainHash(previousHash, row, row.createdAt) !== row.hash) return result({ id: row.id, reason: 'content does not match its hash' });
      const checkpointed = pinned.get(row.id);
      if (checkpointed) {
        if (checkpointed.chain !== row.chain || checkpointed.hash !== row.hash)
          return result({ id: row.id, reason: 'is not the entry the checkpoint names' });
        seenPinned.add(row.id);
      }
      last.set(row.chain, { id: row.id, hash: row.hash, entries: (last.get(row.chain)?.entries ?? 0) + 1 });
      entries++;
      afterId = row.id;
    }
  }
  const heads = await db.select().from(auditChainHeads).orderBy(asc(auditChainHeads.chain));
  for (const head of heads) {
    const found = last.get(head.chain);
    if (!found) return result({ chain: head.chain, reason: `has no entries left, but its head names entry ${head.lastId} of ${head.entries}` });
    if (found.id !== head.lastId || found.hash !== head.hash) {
      return result({
        chain: head.chain,
        reason: `ends at entry ${found.id}, but its head names entry ${head.lastId}: its last entries were removed or the head was changed`,
      });
    }
    if (found.entries !== head.entries)
      return result({ chain: head.chain, reason: `holds ${found.entries} entries, but its head counts ${head.entries}` });
  }
  // Chains written before heads were kept (migration 0016 wrote theirs) all have one now.
  for (const chain of last.keys()) {
    if (!heads.some((head) => head.chain === chain)) return result({ chain, reason: 'has no head: its entries were not written by Linkcy' });
  }
  for (const head of earlier) {
    if (!seenPinned.has(head.lastId)) return result({ chain: head.chain, reason: `lost entry ${head.lastId}, which the checkpoint names` });
  }
  return result();
}

/** The organization's latest audit entries, newest first (the dashboard). */
export async function recentAuditEntries(db: Db, organizationId: string, limit: number) {
  return db.select().from(auditLog).where(eq(auditLog.organizationId, organizationId)).orderBy(desc(auditLog.id)).limit(limit);
}
