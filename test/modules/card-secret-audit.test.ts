import { eq, inArray, sql } from 'drizzle-orm';
import pg from 'pg';
import { expect, it } from 'vitest';
import { auditChainHeads, auditLog } from '../../src/modules/audit/schema.js';
import { appendAudit, verifyAuditLog } from '../../src/modules/audit/service.js';
import { apiClient } from '../helpers/api-client.js';
import { describeEachEngine } from '../helpers/harness.js';

/** The audit log of card-secret calls (outside review, issue 10 item 7): chains per organization, refusals counted. */
describeEachEngine(
  'card-secret audit',
  (harness) => {
    const api = apiClient(harness);

    it('chains each organization on its own, and verify follows every chain', async () => {
      const first = await harness.credential();
      const second = await harness.credential();
      const cardOf = async (credential: typeof first) => {
        const account = await api.account(credential);
        return (await api.card(credential, account.entityId)).id;
      };
      const [cardA, cardB] = [await cardOf(first), await cardOf(second)];
      for (let round = 0; round < 2; round++) {
        expect((await harness.request(first, { method: 'GET', url: `/cards/pin/${cardA}` })).statusCode).toBe(200);
        expect((await harness.request(second, { method: 'GET', url: `/cards/pin/${cardB}` })).statusCode).toBe(200);
        await new Promise((resolve) => setTimeout(resolve, 1100)); // a fresh rate-limit second per round
      }
      const rows = await harness.database.db.select().from(auditLog).where(eq(auditLog.action, 'card.pin.reveal')).orderBy(auditLog.id);
      expect(rows.map((row) => row.chain)).toEqual([first.organizationId, second.organizationId, first.organizationId, second.organizationId]);
      // Each row links to the previous row of its own organization, not to the row just before it.
      expect(rows[2]!.previousHash).toBe(rows[0]!.hash);
      expect(rows[3]!.previousHash).toBe(rows[1]!.hash);
      expect((await verifyAuditLog(harness.database.db)).brokenAt).toBeUndefined();

      // Moving a row into another organization's chain is caught.
      await harness.database.db.execute(sql`UPDATE audit_log SET chain = ${first.organizationId} WHERE id = ${rows[3]!.id}`);
      expect((await verifyAuditLog(harness.database.db)).brokenAt).toMatchObject({ id: rows[3]!.id });
      await harness.database.db.execute(sql`UPDATE audit_log SET chain = ${second.organizationId} WHERE id = ${rows[3]!.id}`);
      expect((await verifyAuditLog(harness.database.db)).brokenAt).toBeUndefined();
    });

    it('anchors each chain at its head: entries cut from a chain’s end, or a whole chain, are found; a checkpoint kept elsewhere outlives rewritten heads', async () => {
      const db = harness.database.db;
      const [first, second] = [await harness.credential(), await harness.credential()];
      const audit = (credential: typeof first, n: number) =>
        db.transaction(async (tx) => {
          for (let i = 0; i < n; i++) {
            await appendAudit(tx, {
              organizationId: credential.organizationId,
              actor: credential.clientId,
              action: 'test.anchor',
              resource: `r${i}`,
              outcome: 'success',
              origin: 'test',
            });
          }
        });
      await audit(first, 3);
      await audit(second, 2);
      const clean = await verifyAuditLog(db);
      expect(clean.brokenAt).toBeUndefined();
      expect(clean.heads).toContainEqual({ chain: first.organizationId, lastId: expect.any(Number), hash: expect.stringMatching(/^[0-9a-f]{64}$/) });
      expect(clean.checkpoint).toMatch(/^[0-9a-f]{64}$/);
      const chainRows = (organizationId: string) => db.select().from(auditLog).where(eq(auditLog.chain, organizationId)).orderBy(auditLog.id);
      const putBack = async (rows: (typeof auditLog.$inferSelect)[]) => {
        if (rows.length > 0) await db.insert(auditLog).values(rows);
      };

      // The last entry of a chain removed: every hash still holds, but the head names it.
      const [beforeLast, lastOfFirst] = (await chainRows(first.organizationId)).slice(-2);
      await db.delete(auditLog).where(eq(auditLog.id, lastOfFirst!.id));
      expect((await verifyAuditLog(db)).brokenAt).toEqual({
        chain: first.organizationId,
        reason: `ends at entry ${beforeLast!.id}, but its head names entry ${lastOfFirst!.id}: its last entries were removed or the head was changed`,
      });
      await putBack([lastOfFirst!]);
      expect((await verifyAuditLog(db)).brokenAt).toBeUndefined();

      // A whole chain removed.
      const wholeChain = await chainRows(second.organizationId);
      await db.delete(auditLog).where(eq(auditLog.chain, second.organizationId));
      expect((await verifyAuditLog(db)).brokenAt).toEqual({
        chain: second.organizationId,
        reason: `has no entries left, but its head names entry ${wholeChain.at(-1)!.id} of 2`,
      });
      await putBack(wholeChain);

      // A checkpoint taken now; the log grows; it still extends the checkpoint.
      const checkpoint = await verifyAuditLog(db);
      expect(checkpoint.brokenAt).toBeUndefined();
      await audit(first, 2);
      expect((await verifyAuditLog(db, checkpoint.heads)).brokenAt).toBeUndefined();
      // Someone removes the first chain's newest entries and rewrites its head to match: the heads agree
      // with the rows again, but the checkpoint kept elsewhere names an entry that is gone.
      const rows = await chainRows(first.organizationId);
      // (the two entries since the checkpoint, and the one it names)
      const kept = rows.slice(0, -3);
      const cut = rows.slice(-3);
      await db.delete(auditLog).where(
        inArray(
          auditLog.id,
          cut.map((row) => row.id),
        ),
      );
      await db
        .update(auditChainHeads)
        .set({ lastId: kept.at(-1)!.id, hash: kept.at(-1)!.hash, entries: kept.length })
        .where(eq(auditChainHeads.chain, first.organizationId));
      expect((await verifyAuditLog(db)).brokenAt).toBeUndefined();
      const pinned = checkpoint.heads.find((head) => head.chain === first.organizationId)!;
      expect((await verifyAuditLog(db, checkpoint.heads)).brokenAt).toEqual({
        chain: first.organizationId,
        reason: `lost entry ${pinned.lastId}, which the checkpoint names`,
      });
      await putBack(cut);
      await db
        .update(auditChainHeads)
        .set({ lastId: rows.at(-1)!.id, hash: rows.at(-1)!.hash, entries: rows.length })
        .where(eq(auditChainHeads.chain, first.organizationId));
      expect((await verifyAuditLog(db, checkpoint.heads)).brokenAt).toBeUndefined();
    });

    it('audits a card-secret call refused for unreadable input, with the text made storable', async () => {
      const credential = await harness.credential();
      const refused = await harness.request(credential, { method: 'GET', url: '/cards/pin/card_%00%01x' });
      expect(refused.statusCode).toBe(400);
      expect(refused.json().errors[0].code).toBe('invalid_path_parameter');
      const rows = await harness.database.db.select().from(auditLog).where(eq(auditLog.organizationId, credential.organizationId));
      expect(rows.map((row) => [row.action, row.outcome, row.resource])).toEqual([
        ['card.pin.reveal', 'invalid_path_parameter', 'card_\uFFFD\uFFFDx'],
      ]);
      expect((await verifyAuditLog(harness.database.db)).brokenAt).toBeUndefined();
    });

    it('counts refusals past the rate limit instead of writing each, and loses none of the count', async () => {
      const credential = await harness.credential();
      const account = await api.account(credential);
      const card = await api.card(credential, account.entityId);
      const calls = 60;
      const answers = await Promise.all(
        Array.from({ length: calls }, () => harness.request(credential, { method: 'GET', url: `/cards/pin/${card.id}` })),
      );
      const refused = answers.filter((answer) => answer.statusCode === 429).length;
      expect(refused).toBeGreaterThanOrEqual(calls - 4);
      for (const answer of answers.filter((a) => a.statusCode === 429)) expect(answer.headers['retry-after']).toBeDefined();
      const written = await harness.database.db
        .select()
        .from(auditLog)
        .where(sql`${auditLog.organizationId} = ${credential.organizationId} AND ${auditLog.outcome} = 'rate_limited'`);
      expect(written.length).toBeLessThanOrEqual(3);

      // The next refusal in a later second carries the suppressed count with it.
      await new Promise((resolve) => setTimeout(resolve, 1100));
      let extra = 0;
      for (;;) {
        const answer = await harness.request(credential, { method: 'GET', url: `/cards/pin/${card.id}` });
        if (answer.statusCode === 429) {
          extra++;
          break;
        }
      }
      const counted = await harness.database.db
        .select({ count: auditLog.count })
        .from(auditLog)
        .where(sql`${auditLog.organizationId} = ${credential.organizationId} AND ${auditLog.outcome} = 'rate_limited'`);
      expect(counted.reduce((sum, row) => sum + row.count, 0)).toBe(refused + extra);
      expect((await verifyAuditLog(harness.database.db)).brokenAt).toBeUndefined();
    });

    // PGlite has one connection: no second session can hold a lock there.
    if (harness.engine === 'postgres')
      it('lets one organization append while another organization’s chain is locked', async () => {
        const blocked = await harness.credential();
        const free = await harness.credential();
        const account = await api.account(free);
        const card = await api.card(free, account.entityId);
        const url = new URL(process.env.TEST_DATABASE_URL!);
        const { rows } = await (harness.database.db as unknown as { $client: pg.Pool }).$client.query('SELECT current_database() AS name');
        url.pathname = `/${rows[0].name}`;
        const holder = new pg.Client({ connectionString: url.toString() });
        holder.on('error', () => {});
        await holder.connect();
        try {
          await holder.query('BEGIN');
          await holder.query('SELECT pg_advisory_xact_lock($1, hashtext($2))', [0x61756474, blocked.organizationId]);
          const started = Date.now();
          const reveal = await harness.request(free, { method: 'GET', url: `/cards/pin/${card.id}` });
          expect(reveal.statusCode).toBe(200);
          expect(Date.now() - started).toBeLessThan(2000);
          // The blocked organization's own append waits for its chain (and gets it once released).
          const waiting = harness.database.db.transaction((tx) =>
            appendAudit(tx, {
              organizationId: blocked.organizationId,
              actor: 'test',
              action: 'x',
              resource: null,
              outcome: 'success',
              origin: 'test',
            }),
          );
          await new Promise((resolve) => setTimeout(resolve, 200));
          await holder.query('COMMIT');
          await waiting;
        } finally {
          await holder.end();
        }
      });
  },
  { LINKCY_SENSITIVE_RATE_LIMIT: '1' },
);
