import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { and, eq } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { auditLog } from '../../src/modules/audit/schema.js';
import { webhookDeliveries } from '../../src/modules/webhooks/schema.js';
import type { IssuedCredential } from '../../src/modules/organizations/service.js';
import { apiClient } from '../helpers/api-client.js';
import { describeEachEngine, type TestApp } from '../helpers/harness.js';
import { visitor } from '../helpers/visitor.js';

/**
 * What an operator reads in the dashboard (SPEC §12): a customer's declined authorizations with their
 * reason, transactions page by page with the card that paid, balance charts, a webhook endpoint's
 * delivery log with redeliver, refusals in words with what was typed, and pages for browsers that
 * get lost. No page carries an inline style (the CSP forbids them).
 */
let counter = 0;
const unique = (prefix: string) => `${prefix}-${Date.now()}-${++counter}`;
const browserAccept = 'text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8';

async function ownerWithCredential(harness: TestApp) {
  const person = visitor(harness);
  await person.signUp(unique('Pages Org'), `${unique('owner')}@example.com`);
  await person.get('/dashboard/configuration');
  const generated = await person.post('/dashboard/configuration/credentials', { label: 'k' });
  const clientId = /data-testid="client-id">([^<]+)</.exec(generated.body)![1]!;
  const clientSecret = /data-testid="client-secret">([^<]+)</.exec(generated.body)![1]!;
  return { person, credential: { clientId, clientSecret } as IssuedCredential };
}

function expectNoInlineStyle(body: string) {
  expect(body).not.toMatch(/\sstyle=/);
}

describeEachEngine('dashboard pages', (harness) => {
  it('shows declined authorizations with their reason, pages through transactions, and names the card that paid', async () => {
    const { person, credential } = await ownerWithCredential(harness);
    const api = apiClient(harness);
    const account = await api.account(credential);
    const card = await api.card(credential, account.entityId);
    const last4 = String(card.attributes.last4);
    for (let i = 0; i < 30; i++) await api.fund(credential, account.attributes.iban, 100);
    expect((await api.authorize(credential, card.id, 1250)).json().data.attributes.status).toBe('approved');
    expect((await api.authorize(credential, card.id, 999_999)).json().data.attributes.status).toBe('declined');

    const page = await person.get(`/dashboard/customers/${account.entityId}`);
    expect(page.statusCode).toBe(200);
    expectNoInlineStyle(page.body);
    expect(page.body).toContain('<h2>Card authorizations</h2>');
    expect(page.body).toContain('<span class="badge declined">declined</span> <span class="decline-reason">insufficient funds</span>');
    // 31 transactions: the newest 25 (the card payment first, with its card), then the rest.
    const rows = (body: string) => body.slice(body.indexOf('id="transactions"')).match(/<td data-label="Description">/g)?.length ?? 0;
    expect(rows(page.body)).toBe(25);
    expect(page.body).toContain(`<td data-label="Card" class="mono">•••• ${last4}</td>`);
    const older = /href="([^"]+)">Older →/.exec(page.body)![1]!.replaceAll('&amp;', '&');
    const second = await person.get(older);
    expect(rows(second.body)).toBe(6);
    expect(second.body).toContain('← Newer');
    expect(second.body).not.toContain('Older →');
    // Filters: money out only is the card payment.
    const debits = await person.get(`/dashboard/customers/${account.entityId}?direction=debit`);
    expect(rows(debits.body)).toBe(1);
    expect(debits.body).toContain('<option value="debit" selected>');
    // An unknown filter value is ignored, and a cursor that does not read shows the first page, on each list.
    const garbled = await person.get(`/dashboard/customers/${account.entityId}?kind=nonsense&after=garbage`);
    expect(garbled.statusCode).toBe(200);
    expect(rows(garbled.body)).toBe(25);
    const customers = await person.get('/dashboard/customers?before=garbage');
    expect(customers.statusCode).toBe(200);
    expect(customers.body).toContain(`/dashboard/customers/${account.entityId}`);

    // The charts: an SVG per account, described in words for screen readers.
    expect(page.body).toMatch(/<svg class="chart" viewBox="0 0 400 180" role="img"[^>]*data-testid="balance-chart">/);
    expect(page.body).toContain('to 30.00 EUR, highest 30.00 EUR.');
    expect(page.body).toContain('Over the last 30 days: 30.00 EUR in, 0.00 EUR out.');
  });

  it('shows a card’s spending against its limits and its merchant rules, and the declines they caused', async () => {
    const { person, credential } = await ownerWithCredential(harness);
    const api = apiClient(harness);
    const account = await api.account(credential);
    await api.fund(credential, account.attributes.iban, 100_000);
    const card = await api.card(credential, account.entityId, {
      form: 'virtual',
      spendingControls: {
        limits: [
          { amount: 5_000, interval: 'daily' },
          { amount: 3_000, interval: 'perAuthorization' },
        ],
        blockedCountries: ['RU'],
      },
    });
    expect((await api.authorize(credential, card.id, 1_250)).json().data.attributes.status).toBe('approved');
    expect((await api.authorize(credential, card.id, 4_000)).json().data.attributes.declineReason).toBe('spending_limit_exceeded');

    const page = await person.get(`/dashboard/customers/${account.entityId}`);
    expect(page.statusCode).toBe(200);
    expectNoInlineStyle(page.body);
    const tomorrow = new Date(Date.UTC(new Date().getUTCFullYear(), new Date().getUTCMonth(), new Date().getUTCDate() + 1));
    expect(page.body).toContain('<dt>Daily limit</dt>');
    expect(page.body).toContain('<meter min="0" max="5000" value="1250" aria-label="Daily spending"></meter>');
    expect(page.body).toMatch(
      new RegExp(
        `<span class="mono">12.50 EUR</span> of <span class="mono">50.00 EUR</span> spent\\s*<span class="muted">· 37.50 EUR left · resets ${tomorrow.toISOString().slice(0, 10)} 00:00 UTC</span>`,
      ),
    );
    expect(page.body).toContain('<dt>Per purchase limit</dt>');
    expect(page.body).toContain('<dt>Merchants</dt><dd>Blocked in RU</dd>');
    expect(page.body).toContain('<span class="badge declined">declined</span> <span class="decline-reason">spending limit exceeded</span>');
  });

  it('sends a refused sandbox form back with the reason in words and what was typed', async () => {
    const { person, credential } = await ownerWithCredential(harness);
    const account = await apiClient(harness).account(credential);
    const back = `/dashboard/customers/${account.entityId}`;
    await person.get(back);
    const refused = await person.post('/dashboard/sandbox/fund', { accountId: account.id, amount: '12,5O', back });
    expect(refused.statusCode).toBe(303);
    expect(refused.headers.location).toBe(back);
    const page = await person.get(back);
    expect(page.body).toContain('<div class="notice error" role="alert">“12,5O” is not an amount: enter one such as 100.00.</div>');
    expect(page.body).toContain(`id="fund-${account.id}" name="amount" type="text" inputmode="decimal" required placeholder="100.00" value="12,5O"`);
    // Shown once.
    expect((await person.get(back)).body).not.toContain('is not an amount');
    // A refusal's text comes from the server only: a link cannot put words on the page.
    expect((await person.get(`${back}?error=<script>`)).body).not.toContain('<script>');
  });

  it('edits an account’s instant transfer limit and shows each transfer’s payee check (SPEC §14)', async () => {
    const { person, credential } = await ownerWithCredential(harness);
    const api = apiClient(harness);
    const account = await api.account(credential);
    await api.fund(credential, account.attributes.iban, 100_000);
    const back = `/dashboard/customers/${account.entityId}`;
    expect((await person.get(back)).body).toContain(
      `id="instant-${account.id}" name="instantTransferLimit" type="text" inputmode="decimal" placeholder="No limit" value=""`,
    );
    const saved = await person.post(`/dashboard/accounts/${account.id}/instant-limit`, {
      instantTransferLimit: '250.00',
      accountId: account.id,
      back,
    });
    expect(saved.statusCode).toBe(303);
    expect(saved.headers.location).toBe(`${back}?notice=instant-limit`);
    const read = await harness.request(credential, { method: 'GET', url: `/bank/accounts/${account.id}` });
    expect(read.json().data.attributes.instantTransferLimit).toBe(25_000);
    await person.get(back);
    const refused = await person.post(`/dashboard/accounts/${account.id}/instant-limit`, {
      instantTransferLimit: 'lots',
      accountId: account.id,
      back,
    });
    expect(refused.headers.location).toBe(back);
    expect((await person.get(back)).body).toContain('“lots” is not an amount: enter one such as 1000.00, or leave it empty for no limit.');
    expect(
      (await harness.request(credential, { method: 'GET', url: `/bank/accounts/${account.id}` })).json().data.attributes.instantTransferLimit,
    ).toBe(25_000);

    const check = await harness.request(credential, {
      method: 'POST',
      url: '/payee-verifications',
      payload: { data: { type: 'payeeVerification', attributes: { iban: 'DE89370400440532013000', name: 'Charles Babbage' } } },
    });
    expect(check.json().data.attributes.result).toBe('not_possible');
    const sent = await harness.request(credential, {
      method: 'POST',
      url: '/sepa-credit-transfers',
      payload: {
        data: {
          type: 'sepaCreditTransfer',
          attributes: {
            amount: 1_000,
            currency: 'EUR',
            scheme: 'instant',
            creditor: { name: 'Charles Babbage', iban: 'DE89370400440532013000' },
            payeeVerification: { id: check.json().data.id, acknowledged: true },
          },
          relationships: { bankAccount: { data: { type: 'bankAccount', id: account.id } } },
        },
      },
    });
    expect(sent.statusCode).toBe(201);
    const page = await person.get(back);
    expect(page.body).toContain(
      '<td data-label="Payee check"><span class="badge not_possible">not_possible</span> <span class="muted">acknowledged by the payer</span></td>',
    );
    expect(page.body).toContain('<span class="muted">instant</span>');
    expect(page.body).toContain(`value="250.00"`);
    // An instant transfer is the rail's to decide: no cancel, settle or return button for it.
    expect(page.body).not.toContain(`/sepa-credit-transfers/${sent.json().data.id}/`);
    expectNoInlineStyle(page.body);
  });

  it('registers a customer, opens an account, issues a card and sends transfers with the API’s commands and its refusals', async () => {
    const { person, credential } = await ownerWithCredential(harness);
    await person.get('/dashboard/customers');
    const customer = {
      firstName: 'Grace',
      lastName: 'Hopper',
      dateOfBirth: '1986-12-09',
      email: 'grace.dashboard@example.com',
      nationality: 'fr',
      line1: '5 quai Voltaire',
      postalCode: '75007',
      city: 'Paris',
      country: 'FR',
      back: '/dashboard/customers',
    };
    // A refusal in words, with what was typed; nothing registered.
    const refused = await person.post('/dashboard/customers/register', { ...customer, dateOfBirth: '2099-01-01' });
    expect(refused.headers.location).toBe('/dashboard/customers');
    const again = await person.get('/dashboard/customers');
    expect(again.body).toMatch(/<div class="notice error" role="alert">Date of birth: [^<]+<\/div>/);
    expect(again.body).toContain('value="grace.dashboard@example.com"');
    expect((await harness.request(credential, { method: 'GET', url: '/entities' })).json().data).toHaveLength(0);

    const registered = await person.post('/dashboard/customers/register', customer);
    const entityId = /\/dashboard\/customers\/(ent_[0-9A-Z]{26})\?notice=registered/.exec(registered.headers.location as string)![1]!;
    const read = await harness.request(credential, { method: 'GET', url: `/entities/${entityId}` });
    expect(read.json().data.attributes).toMatchObject({ firstName: 'Grace', lastName: 'Hopper', nationality: 'FR', kycStatus: 'approved' });

    // A business, from the same form.
    await person.get('/dashboard/customers');
    const business = await person.post('/dashboard/customers/register', {
      ...customer,
      kind: 'business',
      legalName: 'Analytical Engines SAS',
      registrationNumber: '552 100 554',
      email: 'hello@engines.example',
    });
    const businessId = /(ent_[0-9A-Z]{26})/.exec(business.headers.location as string)![1]!;
    expect((await harness.request(credential, { method: 'GET', url: `/entities/${businessId}` })).json().data.attributes).toMatchObject({
      kind: 'business',
      legalName: 'Analytical Engines SAS',
      registrationNumber: '552 100 554',
    });

    const back = `/dashboard/customers/${entityId}`;
    expect((await person.get(back)).body).toContain('Open an EUR account');
    const opened = await person.post(`/dashboard/customers/${entityId}/accounts`, { currency: 'EUR', back });
    expect(opened.headers.location).toBe(`${back}?notice=account-opened`);
    const [account] = (await harness.request(credential, { method: 'GET', url: `/bank/accounts?filter[entity]=${entityId}` })).json().data;
    expect(account.attributes.currency).toBe('EUR');
    await apiClient(harness).fund(credential, account.attributes.iban, 10_000);

    const page = await person.get(back);
    expect(page.body).not.toContain('Open an EUR account');
    expectNoInlineStyle(page.body);
    const issued = await person.post(`/dashboard/customers/${entityId}/cards`, { form: 'virtual', back });
    expect(issued.headers.location).toBe(`${back}?notice=card-issued`);
    expect((await harness.request(credential, { method: 'GET', url: `/cards?filter[entity]=${entityId}` })).json().data).toHaveLength(1);

    await person.get(back);
    const transfer = {
      accountId: account.id,
      creditorName: 'Charles Babbage',
      creditorIban: 'DE89 3704 0044 0532 0130 00',
      amount: '12,50',
      remittanceInformation: 'Invoice 9',
      scheme: 'standard',
      back,
    };
    const sent = await person.post(`/dashboard/accounts/${account.id}/sepa-credit-transfers`, transfer);
    expect(sent.headers.location).toBe(`${back}?notice=transfer-sent`);
    const [outgoing] = (await harness.request(credential, { method: 'GET', url: `/sepa-credit-transfers?filter[bankAccount]=${account.id}` })).json()
      .data;
    expect(outgoing.attributes).toMatchObject({
      amount: 1250,
      status: 'pending',
      scheme: 'standard',
      creditor: { iban: 'DE89370400440532013000' },
      remittanceInformation: 'Invoice 9',
    });
    // The API's refusals, in words: too much, a bad IBAN.
    await person.get(back);
    const tooMuch = await person.post(`/dashboard/accounts/${account.id}/sepa-credit-transfers`, { ...transfer, amount: '500.00' });
    expect(tooMuch.headers.location).toBe(back);
    expect((await person.get(back)).body).toMatch(
      /<div class="notice error" role="alert">The account `?acc_[0-9A-Z]{26}`? has 8750 EUR minor units available\.<\/div>/,
    );
    const badIban = await person.post(`/dashboard/accounts/${account.id}/sepa-credit-transfers`, {
      ...transfer,
      creditorIban: 'DE00370400440532013000',
    });
    expect(badIban.headers.location).toBe(back);
    expect((await person.get(back)).body).toContain('IBAN: is not a valid IBAN');
    // Instant, to an account held here: settled at once.
    const instant = await person.post(`/dashboard/accounts/${account.id}/sepa-credit-transfers`, {
      ...transfer,
      creditorIban: account.attributes.iban,
      creditorName: 'Grace Hopper',
      amount: '1.00',
      scheme: 'instant',
    });
    expect(instant.headers.location).toBe(`${back}?notice=transfer-sent`);
    const transfers = (await harness.request(credential, { method: 'GET', url: `/sepa-credit-transfers?filter[bankAccount]=${account.id}` })).json()
      .data;
    expect(transfers[0].attributes).toMatchObject({ scheme: 'instant', status: 'settled', amount: 100 });
  });

  it('shows the organization’s API requests: answer, error code, request id; never a query string; filterable', async () => {
    const { person, credential } = await ownerWithCredential(harness);
    // The Configuration page links each key to the docs' examples with it filled in.
    expect((await person.get('/dashboard/configuration')).body).toContain(
      `<a class="small-link" href="/docs/examples?clientId=${credential.clientId}">`,
    );
    const other = await harness.credential();
    const ok = await harness.request(credential, { method: 'GET', url: '/entities?filter[email]=secret%40example.com' });
    expect(ok.statusCode).toBe(200);
    const missing = await harness.request(credential, { method: 'GET', url: '/cards/card_00000000000000000000000000' });
    expect(missing.statusCode).toBe(404);
    const invalid = await harness.request(credential, { method: 'POST', url: '/entities', payload: { data: { type: 'entity', attributes: {} } } });
    expect(invalid.statusCode).toBe(422);
    await harness.request(other, { method: 'GET', url: '/cards/card_11111111111111111111111111' });
    await harness.app.requestLog.flush();

    const all = await person.get('/dashboard/requests');
    expect(all.statusCode).toBe(200);
    expectNoInlineStyle(all.body);
    expect(all.body).toContain('<td data-label="Request" class="mono request-path">GET /entities</td>');
    expect(all.body).not.toContain('secret');
    expect(all.body).toContain(`<span class="badge pending">404</span> <a class="mono" href="/docs/errors#card_not_found">card_not_found</a>`);
    expect(all.body).toContain(
      `<a class="mono" href="/dashboard/requests?q=${missing.headers['x-request-id']}">${missing.headers['x-request-id']}</a>`,
    );
    expect(all.body).toContain('validation_failed');
    // Another organization's requests are its own.
    expect(all.body).not.toContain('card_11111111111111111111111111');

    const errors = await person.get('/dashboard/requests?outcome=errors');
    expect(errors.body).not.toContain('GET /entities</td>');
    expect(errors.body).toContain('POST /entities');
    const byId = await person.get(`/dashboard/requests?q=${missing.headers['x-request-id']}`);
    expect(byId.body.match(/<tr>/g)).toHaveLength(2); // the header row and the one request
    expect(byId.body).toContain('GET /cards/card_00000000000000000000000000');
    const byPath = await person.get('/dashboard/requests?q=%25&method=GET');
    expect(byPath.body).toContain('No request matches these filters.');
  });

  it('asks the organization’s authorization endpoint about a sandbox purchase, as the API does', async () => {
    const { person, credential } = await ownerWithCredential(harness);
    const api = apiClient(harness);
    const asked: string[] = [];
    const endpoint = http.createServer((request, response) => {
      let body = '';
      request.on('data', (chunk) => (body += chunk));
      request.on('end', () => {
        asked.push(JSON.parse(body).data.attributes.merchant.name);
        response.writeHead(200, { 'content-type': 'application/json' }).end('{"decision":"decline"}');
      });
    });
    await new Promise<void>((resolve) => endpoint.listen(0, '127.0.0.1', resolve));
    try {
      const registered = await harness.request(credential, {
        method: 'POST',
        url: '/authorization-endpoints',
        payload: {
          data: { type: 'authorizationEndpoint', attributes: { url: `http://127.0.0.1:${(endpoint.address() as AddressInfo).port}/decide` } },
        },
      });
      expect(registered.statusCode).toBe(201);
      const account = await api.account(credential);
      await api.fund(credential, account.attributes.iban, 10_000);
      const card = await api.card(credential, account.entityId);
      await person.get(`/dashboard/customers/${account.entityId}`);
      const purchase = await person.post('/dashboard/sandbox/purchase', { cardId: card.id, amount: '12.50', merchant: 'Corner Shop' });
      expect(purchase.statusCode).toBe(303);
      expect(purchase.headers.location).toBe(`/dashboard/customers/${account.entityId}?declined=declined_by_client`);
      expect(asked).toEqual(['Corner Shop']);
    } finally {
      endpoint.closeAllConnections();
      await new Promise((resolve) => endpoint.close(resolve));
    }
  });

  it('lists a webhook endpoint’s deliveries and redelivers one to that endpoint alone', async () => {
    const { person, credential } = await ownerWithCredential(harness);
    const created = await harness.request(credential, {
      method: 'POST',
      url: '/webhooks',
      payload: { data: { type: 'webhookEndpoint', attributes: { url: 'http://127.0.0.1:9/hooks', events: ['entity.created'] } } },
    });
    expect(created.statusCode).toBe(201);
    const endpointId = created.json().data.id as string;
    const other = await harness.request(credential, {
      method: 'POST',
      url: '/webhooks',
      payload: { data: { type: 'webhookEndpoint', attributes: { url: 'http://127.0.0.1:9/other', events: ['*'] } } },
    });
    const otherId = other.json().data.id as string;
    await apiClient(harness).customer(credential);

    const configuration = await person.get('/dashboard/configuration');
    expect(configuration.body).toContain(`<a href="/dashboard/configuration/webhooks/${endpointId}">http://127.0.0.1:9/hooks</a>`);
    const log = await person.get(`/dashboard/configuration/webhooks/${endpointId}`);
    expect(log.statusCode).toBe(200);
    expectNoInlineStyle(log.body);
    expect(log.body).toContain('<span class="mono">entity.created</span>');
    expect(log.body).toContain('<span class="badge pending">pending</span>');
    const deliveryId = /deliveries\/(whd_[0-9A-Z]{26})\/redeliver/.exec(log.body)![1]!;
    const redelivered = await person.post(`/dashboard/configuration/webhooks/${endpointId}/deliveries/${deliveryId}/redeliver`, {
      back: `/dashboard/configuration/webhooks/${endpointId}`,
    });
    expect(redelivered.headers.location).toBe(`/dashboard/configuration/webhooks/${endpointId}?notice=redelivered`);
    const [original] = await harness.database.db.select().from(webhookDeliveries).where(eq(webhookDeliveries.id, deliveryId));
    const forEvent = await harness.database.db.select().from(webhookDeliveries).where(eq(webhookDeliveries.eventId, original!.eventId));
    expect(forEvent.filter((row) => row.endpointId === endpointId)).toHaveLength(2);
    expect(forEvent.filter((row) => row.endpointId === otherId)).toHaveLength(1);
    const audit = await harness.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'webhook.redeliver'), eq(auditLog.organizationId, original!.organizationId)));
    expect(audit).toHaveLength(1);
    // Another endpoint's delivery cannot be redelivered through this one's address.
    await person.get(`/dashboard/configuration/webhooks/${otherId}`);
    const crossed = await person.post(`/dashboard/configuration/webhooks/${otherId}/deliveries/${deliveryId}/redeliver`, {
      back: `/dashboard/configuration/webhooks/${otherId}`,
    });
    expect(crossed.headers.location).toBe(`/dashboard/configuration/webhooks/${otherId}`);
    expect((await person.get(`/dashboard/configuration/webhooks/${otherId}`)).body).toContain(`No delivery ${deliveryId} of this endpoint exists.`);
    // Another organization's endpoint is not found.
    const stranger = visitor(harness);
    await stranger.signUp(unique('Other Org'), `${unique('stranger')}@example.com`);
    expect((await stranger.get(`/dashboard/configuration/webhooks/${endpointId}`)).statusCode).toBe(404);
  });

  it('answers a lost browser with a page and an API client with JSON', async () => {
    const lost = await harness.app.inject({ method: 'GET', url: '/dashboard/no-such-page', headers: { accept: browserAccept } });
    expect(lost.statusCode).toBe(404);
    expect(lost.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(lost.headers['content-security-policy']).toContain("default-src 'self'");
    expect(lost.body).toContain('<h1>Page not found</h1>');
    expectNoInlineStyle(lost.body);
    const root = await harness.app.inject({ method: 'GET', url: '/', headers: { accept: browserAccept } });
    expect(root.statusCode).toBe(303);
    expect(root.headers.location).toBe('/dashboard');
    const api = await harness.app.inject({ method: 'GET', url: '/', headers: { accept: 'application/vnd.api+json' } });
    expect(api.statusCode).toBe(404);
    expect(api.json().errors[0].code).toBe('route_not_found');
    const curl = await harness.app.inject({ method: 'GET', url: '/dashboard/no-such-page', headers: { accept: '*/*' } });
    expect(curl.statusCode).toBe(404);
    expect(curl.json().errors[0].code).toBe('route_not_found');
    // A signed-in member lost keeps the navigation (and only then).
    expect(lost.body).not.toContain('href="/dashboard/customers"');
    const { person } = await ownerWithCredential(harness);
    const lostMember = await person.get('/dashboard/no-such-page');
    expect(lostMember.statusCode).toBe(404);
    expect(lostMember.body).toContain('<h1>Page not found</h1>');
    expect(lostMember.body).toMatch(/<a href="\/dashboard\/customers"\s*>Customers<\/a>/);
    expect(lostMember.body).toContain('action="/dashboard/sign-out"');
  });

  it('renders every page without an inline style', async () => {
    const { person } = await ownerWithCredential(harness);
    for (const url of ['/dashboard/customers', '/dashboard/configuration', '/dashboard/team', '/dashboard/account', '/dashboard/audit']) {
      const page = await person.get(url);
      expect([url, page.statusCode]).toEqual([url, 200]);
      expectNoInlineStyle(page.body);
    }
    for (const url of ['/dashboard/sign-in', '/dashboard/sign-up']) expectNoInlineStyle((await visitor(harness).get(url)).body);
  });
});
