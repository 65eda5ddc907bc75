import { eq, sql } from 'drizzle-orm';
import pg from 'pg';
import { expect, it } from 'vitest';
import { auditLog } from '../../src/modules/audit/schema.js';
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
      expect((await verifyAuditLog(harness.database.db)).brokenAt?.id).toBe(rows[3]!.id);
      await harness.database.db.execute(sql`UPDATE audit_log SET chain = ${second.organizationId} WHERE id = ${rows[3]!.id}`);
      expect((await verifyAuditLog(harness.database.db)).brokenAt).toBeUndefined();
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
