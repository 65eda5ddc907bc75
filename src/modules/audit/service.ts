import { createHash } from 'node:crypto';
import { asc, desc, eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/database.js';
import { auditLog } from './schema.js';

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
  const [last] = await db.select({ hash: auditLog.hash }).from(auditLog).where(eq(auditLog.chain, chain)).orderBy(desc(auditLog.id)).limit(1);
  const previousHash = last?.hash ?? genesisHash;
  // Milliseconds only: the stored timestamp must hash the same when read back.
  const createdAt = new Date(Math.floor(Date.now()));
  await db
    .insert(auditLog)
    .values({ ...entry, count: entry.count!, chain, createdAt, previousHash, hash: chainHash(previousHash, entry, createdAt) });
}

export interface AuditVerification {
  entries: number;
  /** The first row whose link or hash does not hold, if any. */
  brokenAt?: { id: number; reason: string };
}

/** Recomputes every chain from its first row. */
export async function verifyAuditLog(db: Db): Promise<AuditVerification> {
  const lastHash = new Map<string, string>();
  let entries = 0;
  let afterId = 0;
  for (;;) {
    const rows = await db
      .select()
      .from(auditLog)
      .where(sql`${auditLog.id} > ${afterId}`)
      .orderBy(asc(auditLog.id))
      .limit(1000);
    if (rows.length === 0) return { entries };
    for (const row of rows) {
      const previousHash = lastHash.get(row.chain) ?? genesisHash;
      if (row.chain !== 'global' && row.chain !== chainOf(row))
        return { entries, brokenAt: { id: row.id, reason: 'is filed in another organization’s chain' } };
      if (row.previousHash !== previousHash) return { entries, brokenAt: { id: row.id, reason: 'does not link to the previous entry' } };
      if (chainHash(previousHash, row, row.createdAt) !== row.hash) {
        return { entries, brokenAt: { id: row.id, reason: 'content does not match its hash' } };
      }
      lastHash.set(row.chain, row.hash);
      entries++;
      afterId = row.id;
    }
  }
}

/** The organization's latest audit entries, newest first (the dashboard). */
export async function recentAuditEntries(db: Db, organizationId: string, limit: number) {
  return db.select().from(auditLog).where(eq(auditLog.organizationId, organizationId)).orderBy(desc(auditLog.id)).limit(limit);
}
