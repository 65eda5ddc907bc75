import { eq } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { execute } from '../../src/commands/execute.js';
import { auditLog } from '../../src/modules/audit/schema.js';
import { events } from '../../src/modules/webhooks/schema.js';
import { entityDocument, individualAttributes } from '../helpers/fixtures.js';
import { describeEachEngine } from '../helpers/harness.js';
import { countRoundTrips } from '../helpers/round-trips.js';

/** The one executor: what a command records is written with its change, and not at all when it fails. */
describeEachEngine('the command executor', (harness) => {
  it('writes the events and audit entries a command records, in its transaction, and none when it fails', async () => {
    const credential = await harness.credential();
    const actor = { organizationId: credential.organizationId, id: credential.clientId, origin: '203.0.113.9' };
    const data = { type: 'probe', id: 'prb_1' };
    await execute(
      harness.database.db,
      actor,
      async ({ emit, audit }) => {
        emit('probe.created', data);
        audit('probe.create', 'prb_1');
      },
      new Date(),
    );
    await expect(
      execute(
        harness.database.db,
        actor,
        async ({ emit, audit }) => {
          emit('probe.updated', data);
          audit('probe.update', 'prb_1');
          throw new Error('refused after recording');
        },
        new Date(),
      ),
    ).rejects.toThrow('refused after recording');
    const written = await harness.database.db.select().from(events).where(eq(events.organizationId, credential.organizationId));
    expect(written.map((row) => [row.type, row.data])).toEqual([['probe.created', data]]);
    const entries = await harness.database.db.select().from(auditLog).where(eq(auditLog.organizationId, credential.organizationId));
    expect(entries.map((row) => [row.action, row.actor, row.resource, row.outcome, row.origin])).toEqual([
      ['probe.create', credential.clientId, 'prb_1', 'success', '203.0.113.9'],
    ]);
  });

  // Round trips are counted through pg: on PostgreSQL.
  if (harness.engine === 'postgres') {
    it('writes a command’s events and its stored response in one statement', async () => {
      const credential = await harness.credential();
      const create = (key: string) =>
        harness.request(credential, {
          method: 'POST',
          url: '/entities',
          headers: { 'idempotency-key': key },
          payload: entityDocument(individualAttributes({ email: `${key}@trips.example`, externalId: null })),
        });
      await create('warm-up'); // the credential is looked up (and cached) once
      let status = 0;
      const trips = await countRoundTrips(async () => {
        status = (await create('counted')).statusCode;
      });
      expect(status).toBe(201);
      // BEGIN, key locks, stored keys, the customer, its events with the stored response, COMMIT.
      expect(trips).toBe(6);
    });
  }
});
