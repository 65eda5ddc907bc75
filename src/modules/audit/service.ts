import { createHash } from 'node:crypto';
import { asc, desc, sql } from 'drizzle-orm';
import type { Db } from '../../db/database.js';
import { auditLog } from './schema.js';

export interface AuditEntry {
  organizationId: string | null;
  actor: string;
  action: string;
  resource: string | null;
  outcome: string;
  origin: string;
}

const genesisHash = '0'.repeat(64);
/** Serializes appends: the chain needs each row's predecessor. Reveals are rate-limited, so this is cheap. */
const appendLockKey = 0x61756474; // "audt"

function chainHash(previousHash: string, entry: AuditEntry, createdAt: Date): string {
  const content = JSON.stringify([
    entry.organizationId,
    entry.actor,
    entry.action,
    entry.resource,
    entry.outcome,
    entry.origin,
    createdAt.toISOString(),
  ]);
  return createHash('sha256').update(`${previousHash}\n${content}`).digest('hex');
}

/** Appends an entry inside the caller's transaction (so it commits or rolls back with the action). */
export async function appendAudit(db: Db, entry: AuditEntry): Promise<void> {
  await db.execute(sql`SELECT pg_advisory_xact_lock(${appendLockKey})`);
  const [last] = await db.select({ hash: auditLog.hash }).from(auditLog).orderBy(desc(auditLog.id)).limit(1);
  const previousHash = last?.hash ?? genesisHash;
  // Milliseconds only: the stored timestamp must hash the same when read back.
  const createdAt = new Date(Math.floor(Date.now()));
  await db.insert(auditLog).values({ ...entry, createdAt, previousHash, hash: chainHash(previousHash, entry, createdAt) });
}

export interface AuditVerification {
  entries: number;
  /** The first row whose link or hash does not hold, if any. */
  brokenAt?: { id: number; reason: string };
}

/** Recomputes the chain from the first row. */
export async function verifyAuditLog(db: Db): Promise<AuditVerification> {
  let previousHash = genesisHash;
  let entries = 0;
  let afterId = 0;
  for (;;) {
    const rows = await db.select().from(auditLog).where(sql`${auditLog.id} > ${afterId}`).orderBy(asc(auditLog.id)).limit(1000);
    if (rows.length === 0) return { entries };
    for (const row of rows) {
      if (row.previousHash !== previousHash) return { entries, brokenAt: { id: row.id, reason: 'does not link to the previous entry' } };
      if (chainHash(previousHash, row, row.createdAt) !== row.hash) {
        return { entries, brokenAt: { id: row.id, reason: 'content does not match its hash' } };
      }
      previousHash = row.hash;
      entries++;
      afterId = row.id;
    }
  }
}
