import { sql } from 'drizzle-orm';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { execute, systemActor } from '../../src/commands/execute.js';
import type { Db } from '../../src/db/database.js';
import { receiveIncomingTransfer } from '../../src/modules/ledger/incoming-transfers.js';
import { apiClient } from '../helpers/api-client.js';
import { transferClient } from '../helpers/transfer-client.js';
import { describeEachEngine, engines, useTestApp } from '../helpers/harness.js';
import { startReceiver } from '../helpers/receiver.js';
import { waitFor } from '../helpers/server-process.js';

/** The value of one sample in Prometheus text, or undefined. */
function sample(text: string, series: string): number | undefined {
  const line = text.split('\n').find((candidate) => candidate.startsWith(`${series} `));
  return line === undefined ? undefined : Number(line.slice(series.length + 1));
}

describeEachEngine('/metrics', (harness) => {
  const api = apiClient(harness);
  const scrape = async () => {
    const response = await harness.app.inject({ method: 'GET', url: '/metrics', headers: { accept: 'text/plain;version=0.0.4;q=0.5,*/*;q=0.1' } });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('text/plain; version=0.0.4; charset=utf-8');
    return response.body;
  };

  it('counts requests by route pattern, authorizations by outcome and reason, money by kind, group-commit batches', async () => {
    const credential = await harness.credential();
    const account = await api.account(credential);
    await api.fund(credential, account.attributes.iban, 10_000);
    const card = await api.card(credential, account.entityId);
    const approved = (await api.authorize(credential, card.id, 2_500)).json().data;
    expect((await api.authorize(credential, card.id, 1_000_000)).json().data.attributes.declineReason).toBe('insufficient_funds');
    const captured = await harness.request(credential, { method: 'POST', url: `/simulations/card-authorizations/${approved.id}/capture` });
    expect(captured.statusCode).toBe(200);
    await harness.request(credential, { method: 'GET', url: `/entities/?filter[email]=ada@example.com` });

    const text = await scrape();
    expect(sample(text, 'linkcy_http_requests_total{method="POST",route="/bank/accounts",status="201"}')).toBe(1);
    expect(sample(text, 'linkcy_http_requests_total{method="POST",route="/simulations/card-authorizations",status="201"}')).toBe(2);
    expect(sample(text, 'linkcy_http_requests_total{method="GET",route="/entities",status="200"}')).toBe(1);
    expect(sample(text, 'linkcy_http_request_duration_seconds_count{method="POST",route="/cards",status="201"}')).toBe(1);
    expect(sample(text, 'linkcy_card_authorizations_total{outcome="approved",reason=""}')).toBe(1);
    expect(sample(text, 'linkcy_card_authorizations_total{outcome="declined",reason="insufficient_funds"}')).toBe(1);
    expect(sample(text, 'linkcy_money_moved_minor_units_total{kind="incomingTransfer",currency="EUR"}')).toBe(10_000);
    expect(sample(text, 'linkcy_money_moved_minor_units_total{kind="cardPayment",currency="EUR"}')).toBe(2_500);
    expect(sample(text, 'linkcy_group_commit_batch_size_count{command="card_authorization"}')).toBe(2);
    expect(sample(text, 'linkcy_group_commit_wait_seconds_count{command="card_settlement"}')).toBe(1);
    expect(sample(text, `linkcy_database_connections{state="max"}`)).toBe(harness.engine === 'postgres' ? 20 : 1);
    expect(sample(text, 'linkcy_webhook_queue_deliveries{state="pending"}')).toBe(0);
    expect(sample(text, 'linkcy_webhook_oldest_due_delivery_seconds')).toBe(0);
    expect(sample(text, 'process_resident_memory_bytes')).toBeGreaterThan(10_000_000);
    expect(text).toContain('nodejs_eventloop_lag_p99_seconds');
    // Labels are patterns and fixed names: no ids, no query values, no card numbers.
    for (const leak of [account.id, card.id, credential.organizationId, 'ada@example.com', account.attributes.iban]) expect(text).not.toContain(leak);
    // Every series the starter Grafana dashboard (docs/monitoring) plots exists.
    const dashboard = JSON.parse(fs.readFileSync(path.join(import.meta.dirname, '../../docs/monitoring/grafana-dashboard.json'), 'utf8'));
    const plotted = new Set<string>();
    for (const panel of dashboard.panels) {
      for (const target of panel.targets) for (const name of target.expr.match(/\b(?:linkcy|nodejs|process)_[a-z0-9_]+/g)) plotted.add(name);
    }
    expect(plotted.size).toBeGreaterThan(10);
    for (const name of plotted) expect(text, name).toMatch(new RegExp(`^# TYPE ${name.replace(/_(bucket|sum|count)$/, '')} `, 'm'));
    // Its own scrape is counted too, under its pattern.
    expect(sample(await scrape(), 'linkcy_http_requests_total{method="GET",route="/metrics",status="200"}')).toBe(1);
  });

  it('counts money moved by every kind of change once it commits: SEPA steps, refunds, book transfers, jobs and dashboard commands', async () => {
    const money = (text: string, kind: string) => sample(text, `linkcy_money_moved_minor_units_total{kind="${kind}",currency="EUR"}`) ?? 0;
    const kinds = ['incomingTransfer', 'bookTransfer', 'outgoingTransfer', 'outgoingSettlement', 'transferReturn', 'cardRefund'];
    const before = await scrape();
    const credential = await harness.credential();
    const account = await api.account(credential);
    const other = await api.account(credential);
    await api.fund(credential, account.attributes.iban, 50_000);
    const transfers = transferClient(harness);
    expect((await transfers.book(credential, account.id, other.id, { amount: 2_000 })).statusCode).toBe(201);
    const sepa = (await transfers.sepa(credential, account.id, { amount: 3_000 })).json().data;
    expect((await transfers.simulate(credential, sepa.id, 'settle')).statusCode).toBe(200);
    expect((await transfers.simulate(credential, sepa.id, 'return')).statusCode).toBe(200);
    const card = await api.card(credential, account.entityId);
    const refund = await harness.request(credential, {
      method: 'POST',
      url: '/simulations/card-refunds',
      payload: {
        data: {
          type: 'cardRefund',
          attributes: { amount: 700, currency: 'EUR', merchant: { name: 'Shop', mcc: '5411', city: 'Nice', country: 'FR' } },
          relationships: { card: { data: { type: 'card', id: card.id } } },
        },
      },
    });
    expect(refund.statusCode, refund.body).toBe(201);
    // A command run outside the API (a dashboard form, the CLI, a job) counts the same; one rolled back counts nothing.
    const fund = (amount: number) => (tx: Db) =>
      receiveIncomingTransfer(tx, credential.organizationId, {
        iban: account.attributes.iban,
        amount,
        currency: 'EUR',
        debtorName: 'Ada',
        debtorIban: null,
      });
    await execute(harness.database.db, systemActor, ({ tx }) => fund(400)(tx), new Date());
    await expect(
      execute(
        harness.database.db,
        systemActor,
        async ({ tx }) => {
          await fund(90_000)(tx);
          throw new Error('rolled back');
        },
        new Date(),
      ),
    ).rejects.toThrow('rolled back');

    const after = await scrape();
    const moved = Object.fromEntries(kinds.map((kind) => [kind, money(after, kind) - money(before, kind)]));
    expect(moved).toEqual({
      incomingTransfer: 50_400,
      bookTransfer: 2_000,
      outgoingTransfer: 3_000,
      outgoingSettlement: 3_000,
      transferReturn: 3_000,
      cardRefund: 700,
    });
  });
});

for (const engine of engines) {
  describe(`/metrics behind a token, and off [${engine}]`, () => {
    const guarded = useTestApp(engine, { LINKCY_METRICS_TOKEN: 'a-long-scrape-token-0123' });
    const off = useTestApp(engine, { LINKCY_METRICS: 'off' });

    it('needs Authorization: Bearer with LINKCY_METRICS_TOKEN, and is gone with LINKCY_METRICS=off', async () => {
      for (const authorization of [undefined, 'Bearer wrong-token', 'Basic YTpi', 'Bearer a-long-scrape-token-0123x']) {
        const refused = await guarded.app.inject({ method: 'GET', url: '/metrics', headers: authorization ? { authorization } : {} });
        expect(refused.statusCode).toBe(401);
        expect(refused.headers['www-authenticate']).toBe('Bearer realm="metrics"');
        expect(refused.headers['content-type']).toBe('application/vnd.api+json');
        expect(refused.json().errors[0]).toMatchObject({ status: '401', code: 'metrics_token_invalid' });
      }
      const allowed = await guarded.app.inject({ method: 'GET', url: '/metrics', headers: { authorization: 'Bearer a-long-scrape-token-0123' } });
      expect(allowed.statusCode).toBe(200);
      expect(allowed.body).toContain('# TYPE linkcy_http_requests_total counter');

      const gone = await off.app.inject({ method: 'GET', url: '/metrics' });
      expect(gone.statusCode).toBe(404);
      expect(gone.json().errors[0].code).toBe('route_not_found');
    });
  });

  describe(`/metrics of webhook deliveries [${engine}]`, () => {
    const harness = useTestApp(engine);
    it('counts attempts by result with their durations, and the queue', async () => {
      const { buildApp } = await import('../../src/app.js');
      // A second app on the same database with the delivery worker running, as the server runs it.
      const worker = await buildApp({ config: harness.config, database: harness.database, webhookIntervalMs: 50 });
      await worker.ready();
      const receiver = await startReceiver((_message, index) => (index === 0 ? 500 : 204));
      try {
        const credential = await harness.credential();
        const registered = await harness.request(credential, {
          method: 'POST',
          url: '/webhooks',
          payload: { data: { type: 'webhookEndpoint', attributes: { url: receiver.url, events: ['*'] } } },
        });
        expect(registered.statusCode).toBe(201);
        await apiClient(harness).customer(credential);
        await waitFor(() => receiver.received.length >= 1, 10_000, 'the first attempt');
        const scrape = async () => (await worker.inject({ method: 'GET', url: '/metrics' })).body;
        await waitFor(
          async () => sample(await scrape(), 'linkcy_webhook_attempts_total{result="http_error"}') === 1,
          5_000,
          'the attempt to be counted',
        );
        const text = await scrape();
        expect(sample(text, 'linkcy_webhook_attempt_duration_seconds_count{result="http_error"}')).toBe(1);
        // The failed delivery waits for its retry (30 s): pending, not due.
        expect(sample(text, 'linkcy_webhook_queue_deliveries{state="pending"}')).toBe(1);
        expect(sample(text, 'linkcy_webhook_queue_deliveries{state="due"}')).toBe(0);
        expect(sample(text, 'linkcy_webhook_oldest_due_delivery_seconds')).toBe(0);
      } finally {
        await worker.close();
        await receiver.close();
      }
      // With no worker left to take it, the retry falls due and waits: the gauge shows for how long.
      await harness.database.db.execute(sql`UPDATE webhook_deliveries SET next_attempt_at = now() - interval '90 seconds' WHERE status = 'pending'`);
      const stalled = (await harness.app.inject({ method: 'GET', url: '/metrics' })).body;
      expect(sample(stalled, 'linkcy_webhook_queue_deliveries{state="due"}')).toBe(1);
      expect(sample(stalled, 'linkcy_webhook_oldest_due_delivery_seconds')).toBeGreaterThanOrEqual(90);
      expect(sample(stalled, 'linkcy_webhook_oldest_due_delivery_seconds')).toBeLessThan(120);
    });
  });
}
