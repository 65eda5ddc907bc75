import { sql } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { queryRows } from '../../src/db/database.js';
import { RequestLog } from '../../src/modules/requests/service.js';
import type { ApiRequestRow } from '../../src/modules/requests/schema.js';
import { describeEachEngine } from '../helpers/harness.js';
import { countRoundTrips } from '../helpers/round-trips.js';

/**
 * The request log writes what it buffered in one statement whatever the number of rows (the rows travel
 * as one JSON parameter): every field as recorded, nulls included, and a row already written is skipped,
 * not an error.
 */
describeEachEngine('the API request log', (harness) => {
  const at = new Date('2026-12-07T10:00:00.123Z');
  // The n-th row a test records for the organization's credential.
  const logRow =
    (organizationId: string, credentialId: string) =>
    (n: number): ApiRequestRow => ({
      id: `req_LOGTEST${String(n).padStart(18, '0')}`,
      organizationId,
      credentialId,
      method: n % 2 === 0 ? 'GET' : 'POST',
      path: `/entities/ent_${n}`,
      status: n % 3 === 0 ? 404 : 200,
      errorCode: n % 3 === 0 ? 'entity_not_found' : null,
      durationMs: n % 97,
      at: new Date(at.getTime() + n),
    });

  it('writes 1,200 buffered rows as recorded, in 500-row flushes, and skips a row written before', async () => {
    const { organizationId, clientId } = await harness.credential();
    const errors: Error[] = [];
    const log = new RequestLog(harness.database.db, (error) => errors.push(error), 60_000);
    const row = logRow(organizationId, clientId);
    for (let n = 0; n < 1_200; n++) log.record(row(n));
    // The row written by the first 500-row flush, recorded again: skipped.
    log.record(row(7));
    await log.flush();

    expect(errors).toEqual([]);
    const written = await queryRows<{
      id: string;
      method: string;
      path: string;
      status: number;
      error_code: string | null;
      duration_ms: number;
      at_ms: number;
    }>(
      harness.database.db,
      sql`SELECT id, method, path, status, error_code, duration_ms, (extract(epoch FROM at) * 1000)::float8 AS at_ms FROM api_requests WHERE id LIKE 'req_LOGTEST%' ORDER BY id`,
    );
    expect(written).toHaveLength(1_200);
    for (const n of [0, 7, 499, 500, 1_199]) {
      const expected = row(n);
      expect(written[n]).toEqual({
        id: expected.id,
        method: expected.method,
        path: expected.path,
        status: expected.status,
        error_code: expected.errorCode,
        duration_ms: expected.durationMs,
        at_ms: expected.at.getTime(),
      });
    }
  });

  // A flush belongs to no command and can land in any counted window: the round-trip counter of the
  // batch tests must leave it out, whatever its statement's spelling (it once missed the new one).
  if (harness.engine === 'postgres') {
    it('is not counted among a command’s round trips', async () => {
      const { organizationId, clientId } = await harness.credential();
      const log = new RequestLog(harness.database.db, () => {}, 60_000);
      log.record(logRow(organizationId, clientId)(1_000_000));
      expect(await countRoundTrips(() => log.flush())).toBe(0);
      expect(await countRoundTrips(() => harness.database.db.execute(sql`SELECT 1`))).toBe(1);
    });
  }
});
