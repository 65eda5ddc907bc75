import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/app.js';
import { loadConfig } from '../../src/config.js';
import type { Database } from '../../src/db/database.js';
import { entityDocument, individualAttributes } from '../helpers/fixtures.js';
import { openTestDatabase } from '../helpers/harness.js';

/**
 * The dashboard in real Chromium (SPEC §7): a new client signs up, generates credentials, calls the API
 * with them, finds its customer, uses every sandbox tool, suspends a card and signs out; a second
 * organization sees none of it. Screenshots of each page land in test-results/screenshots.
 */
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const shots = path.resolve('test-results/screenshots');

describe('dashboard in Chromium [browser]', () => {
  let database: Database;
  let app: FastifyInstance;
  let browser: Browser;
  let base: string;

  beforeAll(async () => {
    if (!fs.existsSync(chromiumPath)) {
      throw new Error(`Chromium is not at ${chromiumPath}: install it with \`apt-get install -y chromium\` (CI does).`);
    }
    fs.mkdirSync(shots, { recursive: true });
    database = await openTestDatabase('pglite');
    app = await buildApp({
      config: loadConfig({ LINKCY_RATE_LIMIT: '0', LINKCY_LOG_LEVEL: 'silent', LINKCY_MASTER_KEY: randomBytes(32).toString('base64') }),
      database,
      webhookIntervalMs: 200,
    });
    base = await app.listen({ port: 0, host: '127.0.0.1' });
    browser = await chromium.launch({
      executablePath: chromiumPath,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    });
  });

  afterAll(async () => {
    await browser?.close();
    await app?.close();
    await database?.close();
  });

  /** Every console error and uncaught exception of the pages a context opens (a CSP refusal is one). */
  const consoleErrors: string[] = [];
  function watch(context: BrowserContext): BrowserContext {
    context.on('page', (page) => {
      page.on('console', (message) => {
        if (message.type() === 'error') consoleErrors.push(`${page.url()}: ${message.text()}`);
      });
      page.on('pageerror', (error) => consoleErrors.push(`${page.url()}: ${error.message}`));
    });
    return context;
  }
  const desktop = { viewport: { width: 1280, height: 900 } };
  const phone = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 };

  /** A screenshot of the page at desktop width, and one at a phone's. */
  async function shoot(page: Page, name: string) {
    await page.screenshot({ path: `${shots}/${name}.png`, fullPage: true });
    const size = page.viewportSize()!;
    await page.setViewportSize(phone.viewport);
    await page.screenshot({ path: `${shots}/${name}-phone.png`, fullPage: true });
    await page.setViewportSize(size);
  }

  async function signUp(page: Page, organization: string, email: string) {
    await page.goto(`${base}/dashboard/sign-up`);
    await page.getByLabel('Organization').fill(organization);
    await page.getByLabel('Email').fill(email);
    await page.getByLabel('Password').fill('correct horse battery staple');
    await page.getByRole('button', { name: 'Create account' }).click();
    // Sign-up sends everyone to sign in (it never says whether the address already had an account).
    await expect.poll(() => page.url()).toBe(`${base}/dashboard/sign-in?notice=signed-up`);
    await page.getByLabel('Email').fill(email);
    await page.getByLabel('Password').fill('correct horse battery staple');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect.poll(() => page.url()).toBe(`${base}/dashboard/customers`);
  }

  it('takes a new client from sign-up to a working API key, its customers and the sandbox tools', async () => {
    const context = watch(await browser.newContext(desktop));
    const page = await context.newPage();
    await signUp(page, 'Browser Fintech', 'founder@browser.example');
    await page.screenshot({ path: `${shots}/customers-empty.png`, fullPage: true });
    expect(await page.getByText('No customers yet.').isVisible()).toBe(true);

    await page.getByRole('link', { name: 'Configuration' }).click();
    await page.getByLabel('Label').fill('Backend');
    await page.getByRole('button', { name: 'Generate credentials' }).click();
    const clientId = (await page.getByTestId('client-id').textContent())!.trim();
    const clientSecret = (await page.getByTestId('client-secret').textContent())!.trim();
    expect(clientId).toMatch(/^cli_/);
    expect(clientSecret).toMatch(/^lcs_/);
    await page.screenshot({ path: `${shots}/configuration-generated.png`, fullPage: true });

    // The credential works against the API at once.
    const headers = {
      authorization: `Basic ${Buffer.from(`${clientId}:${clientSecret}`).toString('base64')}`,
      'content-type': 'application/vnd.api+json',
    };
    const call = async (url: string, body: unknown) => {
      const response = await fetch(`${base}${url}`, { method: 'POST', headers, body: JSON.stringify(body) });
      expect(response.status).toBe(201);
      return (await response.json()).data;
    };
    const entity = await call('/entities/', entityDocument(individualAttributes({ externalId: 'browser-1' })));
    await call('/bank/accounts/', { data: { type: 'bankAccount', relationships: { entity: { data: { type: 'entity', id: entity.id } } } } });
    const virtual = await call('/cards/', {
      data: { type: 'card', attributes: { form: 'virtual' }, relationships: { entity: { data: { type: 'entity', id: entity.id } } } },
    });
    await call('/cards/', {
      data: { type: 'card', attributes: { form: 'physical' }, relationships: { entity: { data: { type: 'entity', id: entity.id } } } },
    });

    // The secret is never shown again.
    await page.goto(`${base}/dashboard/configuration`);
    expect(await page.getByTestId('client-secret').count()).toBe(0);
    expect(await page.content()).not.toContain(clientSecret);

    await page.getByRole('link', { name: 'Customers' }).click();
    await page.getByLabel('Search').fill('lovelace');
    await page.getByRole('button', { name: 'Filter' }).click();
    await page.screenshot({ path: `${shots}/customers.png`, fullPage: true });
    await page.getByRole('link', { name: 'Ada Lovelace' }).click();
    await expect.poll(() => page.url()).toContain(`/dashboard/customers/${entity.id}`);

    // Sandbox: fund the account.
    await page.getByLabel('Amount (EUR)').fill('250.00');
    await page.getByRole('button', { name: 'Fund account' }).click();
    await expect.poll(() => page.getByRole('status').textContent()).toBe('The account was funded.');
    expect(await page.getByText('250.00 EUR').first().isVisible()).toBe(true);

    // Send a SEPA transfer from the dashboard (the API's command; an instant one to another bank).
    await page.getByText('Send a SEPA transfer').click();
    await page.getByLabel('Creditor').fill('Charles Babbage');
    await page.getByLabel('IBAN').fill('DE89 3704 0044 0532 0130 00');
    await page.getByLabel('Amount to send (EUR)').fill('20.00');
    await page.getByLabel('Scheme').selectOption('instant');
    await page.getByRole('button', { name: 'Send', exact: true }).click();
    await expect.poll(() => page.getByRole('status').textContent()).toBe('The transfer was sent.');
    await expect
      .poll(async () => (await page.reload(), await page.locator('td[data-label="Status"]').first().textContent()), { timeout: 15_000 })
      .toContain('settled');

    // Sandbox: a purchase, captured; another, released.
    const virtualCard = page.getByRole('region', { name: `Card ending ${virtual.attributes.last4}` });
    await virtualCard.getByLabel('Amount').fill('12.50');
    await virtualCard.getByRole('button', { name: 'Make purchase' }).click();
    await expect.poll(() => page.getByRole('status').textContent()).toContain('The purchase was approved');
    await page.getByRole('button', { name: 'Capture' }).click();
    await expect.poll(() => page.getByRole('status').textContent()).toBe('The payment was captured.');
    await page
      .getByRole('region', { name: `Card ending ${virtual.attributes.last4}` })
      .getByLabel('Amount')
      .fill('5.00');
    await page
      .getByRole('region', { name: `Card ending ${virtual.attributes.last4}` })
      .getByRole('button', { name: 'Make purchase' })
      .click();
    await page.getByRole('button', { name: 'Release' }).click();
    await expect.poll(() => page.getByRole('status').textContent()).toBe('The hold was released.');
    expect(await page.getByText('217.50 EUR').first().isVisible()).toBe(true);

    // Sandbox: ship the physical card, then activate it.
    await page.getByRole('button', { name: 'Mark shipped' }).click();
    await page.getByRole('button', { name: 'Mark delivered' }).click();
    await page.getByRole('button', { name: 'Activate' }).click();
    await expect.poll(() => page.getByRole('status').textContent()).toBe('The card is active.');

    // Suspend and re-enable the virtual card.
    await page
      .getByRole('region', { name: `Card ending ${virtual.attributes.last4}` })
      .getByRole('button', { name: 'Suspend' })
      .click();
    await expect.poll(() => page.getByRole('status').textContent()).toBe('The card is suspended.');
    const cardState = await fetch(`${base}/cards/${virtual.id}`, { headers });
    expect((await cardState.json()).data.attributes.status).toBe('suspended');
    await page.screenshot({ path: `${shots}/customer.png`, fullPage: true });
    await page.setViewportSize({ width: 390, height: 844 });
    await page.screenshot({ path: `${shots}/customer-phone.png`, fullPage: true });
    await page.setViewportSize({ width: 1280, height: 900 });
    await page
      .getByRole('region', { name: `Card ending ${virtual.attributes.last4}` })
      .getByRole('button', { name: 'Re-enable' })
      .click();
    await expect.poll(() => page.getByRole('status').textContent()).toBe('The card is active again.');
    // The dashboard never shows a full card number.
    const details = await fetch(`${base}/cards/details/${virtual.id}`, { method: 'POST', headers: { authorization: headers.authorization } });
    const { pan } = (await details.json()).data.attributes;
    expect(await page.content()).not.toContain(pan);
    expect(await page.content()).toContain(`489537******${virtual.attributes.last4}`);

    const balance = await fetch(`${base}/bank/accounts?filter[entity]=${entity.id}`, { headers });
    expect((await balance.json()).data[0].attributes.balance).toEqual({ current: 21_750, available: 21_750, pending: 0 });

    // A business customer from the dashboard's own forms: registered, an account opened, a card issued.
    await page.goto(`${base}/dashboard/customers`);
    await page.getByText('Register a customer').click();
    const register = page.getByRole('form', { name: 'Register a customer' });
    await register.getByLabel('Kind').selectOption('business');
    await register.getByLabel('Email').fill('hello@engines.example');
    await register.getByLabel('Legal name (business)').fill('Analytical Engines SAS');
    await register.getByLabel('Registration number (business)').fill('552 100 554');
    await register.getByLabel('Address').fill('1 rue des Machines');
    await register.getByLabel('Postal code').fill('75011');
    await register.getByLabel('City').fill('Paris');
    await register.getByLabel('Country (FR, DE...)').fill('FR');
    await register.getByRole('button', { name: 'Register' }).click();
    await expect.poll(() => page.getByRole('status').textContent()).toBe('The customer was registered.');
    expect(await page.getByRole('heading', { name: 'Analytical Engines SAS' }).isVisible()).toBe(true);
    await page.getByRole('button', { name: 'Open an EUR account' }).click();
    await expect.poll(() => page.getByRole('status').textContent()).toBe('The account was opened.');
    await page.getByRole('button', { name: 'Issue a card' }).click();
    await expect.poll(() => page.getByRole('status').textContent()).toBe('The card was issued.');

    await page.getByRole('button', { name: 'Sign out' }).click();
    await expect.poll(() => page.url()).toBe(`${base}/dashboard/sign-in`);
    await page.screenshot({ path: `${shots}/sign-in.png`, fullPage: true });
    await page.goto(`${base}/dashboard/customers`);
    await expect.poll(() => page.url()).toBe(`${base}/dashboard/sign-in`);

    // A second organization sees none of it.
    const otherContext = watch(await browser.newContext());
    const other = await otherContext.newPage();
    await signUp(other, 'Other Fintech', 'someone@other.example');
    expect(await other.getByText('No customers yet.').isVisible()).toBe(true);
    const response = await other.goto(`${base}/dashboard/customers/${entity.id}`);
    expect(response!.status()).toBe(404);
    await other.goto(`${base}/dashboard/configuration`);
    expect(await other.content()).not.toContain(clientId);
    await otherContext.close();
    await context.close();
  });

  it('lets an owner invite a developer and a viewer; each gets what the role allows, and a forged POST is refused', async () => {
    const ownerContext = watch(await browser.newContext(desktop));
    const owner = await ownerContext.newPage();
    await signUp(owner, 'Team Fintech', 'owner@team.example');
    const invite = async (email: string, role: string) => {
      await owner.getByRole('link', { name: 'Team' }).click();
      await owner.getByLabel('Email').fill(email);
      await owner.getByLabel('Role', { exact: true }).selectOption(role);
      await owner.getByRole('button', { name: 'Create invitation link' }).click();
      return (await owner.getByTestId('invitation-link').textContent())!.trim();
    };
    const developerLink = await invite('dev@team.example', 'developer');
    await shoot(owner, 'team-invitation');
    const viewerLink = await invite('viewer@team.example', 'viewer');
    await owner.goto(`${base}/dashboard/team`);
    await shoot(owner, 'team');

    const join = async (link: string) => {
      const context = watch(await browser.newContext(desktop));
      const page = await context.newPage();
      await page.goto(link);
      await page.getByLabel('Choose a password').fill('a long and new phrase');
      await page.getByRole('button', { name: /^Join / }).click();
      await expect.poll(() => page.url()).toBe(`${base}/dashboard/customers`);
      return { context, page };
    };
    const invitation = await (await watch(await browser.newContext(desktop))).newPage();
    await invitation.goto(developerLink);
    await shoot(invitation, 'invitation');
    const developer = await join(developerLink);
    const viewer = await join(viewerLink);

    // The viewer: no button, and the same POST a button would make is refused with nothing created.
    await viewer.page.goto(`${base}/dashboard/configuration`);
    expect(await viewer.page.getByRole('button', { name: 'Generate credentials' }).count()).toBe(0);
    const csrf = await viewer.page.locator('input[name="_csrf"]').first().getAttribute('value');
    const forged = await viewer.page.request.post(`${base}/dashboard/configuration/credentials`, {
      form: { _csrf: csrf!, label: 'forged', scopes: 'cards:sensitive' },
      maxRedirects: 0,
    });
    expect(forged.status()).toBe(403);
    expect(await forged.text()).toContain('Not allowed for your role');
    await owner.goto(`${base}/dashboard/configuration`);
    expect(await owner.locator('td.mono', { hasText: /^cli_/ }).count()).toBe(0);

    // The developer generates credentials.
    await developer.page.getByRole('link', { name: 'Configuration' }).click();
    await developer.page.getByLabel('Label').fill('Developer key');
    await developer.page.getByRole('button', { name: 'Generate credentials' }).click();
    expect((await developer.page.getByTestId('client-secret').textContent())!.trim()).toMatch(/^lcs_/);

    // The developer's own account page: sessions, password.
    await developer.page.getByRole('link', { name: 'Account' }).click();
    await shoot(developer.page, 'account');

    for (const context of [ownerContext, developer.context, viewer.context, invitation.context()]) await context.close();
  });

  it('redelivers from an endpoint’s delivery log to a local receiver', async () => {
    const received: string[] = [];
    const receiver = http.createServer((request, response) => {
      let body = '';
      request.on('data', (chunk) => (body += chunk));
      request.on('end', () => {
        received.push(JSON.parse(body).type ?? JSON.parse(body).data?.type);
        response.writeHead(200).end('ok');
      });
    });
    await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
    const receiverUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/linkcy`;
    try {
      const context = watch(await browser.newContext(desktop));
      const page = await context.newPage();
      await signUp(page, 'Webhook Fintech', 'ops@webhook.example');
      await page.getByRole('link', { name: 'Configuration' }).click();
      await page.getByLabel('Endpoint URL').fill(receiverUrl);
      await page.getByLabel('Events', { exact: true }).fill('entity.created');
      await page.getByRole('button', { name: 'Add endpoint' }).click();
      await page.getByRole('button', { name: 'Generate credentials' }).click();
      const clientId = (await page.getByTestId('client-id').textContent())!.trim();
      const clientSecret = (await page.getByTestId('client-secret').textContent())!.trim();
      const created = await fetch(`${base}/entities/`, {
        method: 'POST',
        headers: {
          authorization: `Basic ${Buffer.from(`${clientId}:${clientSecret}`).toString('base64')}`,
          'content-type': 'application/vnd.api+json',
        },
        body: JSON.stringify(entityDocument(individualAttributes({ externalId: 'hook-1' }))),
      });
      expect(created.status).toBe(201);
      await expect.poll(() => received.length, { timeout: 15_000 }).toBe(1);

      await page.goto(`${base}/dashboard/configuration`);
      await page.getByRole('link', { name: receiverUrl }).click();
      await expect.poll(async () => (await page.reload(), await page.locator('.badge.delivered').count()), { timeout: 15_000 }).toBe(1);
      expect(await page.locator('td[data-label="Last answer"]').first().textContent()).toBe('HTTP 200');
      await page.getByRole('button', { name: 'Redeliver' }).click();
      await expect.poll(() => page.getByRole('status').textContent()).toContain('The event was queued for this endpoint again');
      await expect.poll(() => received.length, { timeout: 15_000 }).toBe(2);
      expect(received).toEqual(['entity.created', 'entity.created']);
      await expect.poll(async () => (await page.reload(), await page.locator('.badge.delivered').count()), { timeout: 15_000 }).toBe(2);
      await shoot(page, 'webhook-deliveries');
      await context.close();
    } finally {
      await new Promise((resolve) => receiver.close(resolve));
    }
  });

  it('renders the docs: the reference drawn by Swagger UI from the document under the CSP, the guides and the error catalog', async () => {
    const context = watch(await browser.newContext(desktop));
    const page = await context.newPage();
    await page.goto(`${base}/docs`);
    // Swagger UI fetched /openapi.json and drew every operation (49 answer something) and the event types.
    await page.locator('.opblock').nth(48).waitFor({ timeout: 30_000 });
    expect(await page.locator('.opblock').count()).toBeGreaterThanOrEqual(49);
    await expect.poll(() => page.getByText('entity.created', { exact: false }).count()).toBeGreaterThan(0);
    // An operation opens on its statuses, each error status with its codes' example.
    await page.locator('#operations-Cards-getCard .opblock-summary').click();
    await page.locator('#operations-Cards-getCard .response[data-code="404"]').waitFor();
    expect(await page.locator('#operations-Cards-getCard .response[data-code="404"]').innerText()).toContain('card_not_found');
    await shoot(page, 'docs-reference');
    await page.goto(`${base}/docs/guides/webhooks`);
    await expect.poll(() => page.locator('pre code').count()).toBeGreaterThan(1);
    await page.setViewportSize(phone.viewport);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await page.setViewportSize(desktop.viewport);
    await shoot(page, 'docs-guide');
    await page.goto(`${base}/docs/errors#card_not_found`);
    await shoot(page, 'docs-errors');
    // The search box finds guide sections, operations and error codes, typos and prefixes included.
    const search = page.getByLabel('Search the docs');
    const found = () => page.locator('#docs-search-results a').evaluateAll((links) => links.map((link) => link.getAttribute('href')));
    await search.fill('instnt limit');
    await expect.poll(found).toContain('/docs/guides/instant-payments#the-payer-s-limit');
    await search.fill('card_not_fo');
    await expect.poll(found).toContain('/docs/errors#card_not_found');
    await search.fill('payee verifications');
    await expect.poll(found).toContain('/docs/reference#/Verification%20of%20Payee/createPayeeVerification');
    await shoot(page, 'docs-search');
    await page.locator('#docs-search-results a', { hasText: 'POST /payee-verifications' }).click();
    await page.waitForURL(/\/docs\/reference#\/Verification%20of%20Payee\/createPayeeVerification/);
    // Swagger UI's deep link opens the operation.
    await page.locator('#operations-Verification_of_Payee-createPayeeVerification').waitFor({ timeout: 30_000 });
    await context.close();
    expect(consoleErrors.filter((line) => /Content Security Policy|Refused to/i.test(line))).toEqual([]);
  });

  it('works at 390 px with every action on screen, and logs no console error on any page', async () => {
    const context = watch(await browser.newContext(phone));
    const page = await context.newPage();
    await signUp(page, 'Phone Fintech', 'phone@fintech.example');
    await page.getByRole('link', { name: 'Configuration' }).click();
    await page.getByRole('button', { name: 'Generate credentials' }).click();
    const clientId = (await page.getByTestId('client-id').textContent())!.trim();
    const clientSecret = (await page.getByTestId('client-secret').textContent())!.trim();
    const headers = {
      authorization: `Basic ${Buffer.from(`${clientId}:${clientSecret}`).toString('base64')}`,
      'content-type': 'application/vnd.api+json',
    };
    const call = async (url: string, body: unknown) =>
      (await (await fetch(`${base}${url}`, { method: 'POST', headers, body: JSON.stringify(body) })).json()).data;
    const entity = await call('/entities/', entityDocument(individualAttributes({ externalId: 'phone-1' })));
    const account = await call('/bank/accounts/', {
      data: { type: 'bankAccount', relationships: { entity: { data: { type: 'entity', id: entity.id } } } },
    });
    const card = await call('/cards/', {
      data: { type: 'card', attributes: { form: 'virtual' }, relationships: { entity: { data: { type: 'entity', id: entity.id } } } },
    });
    await call('/simulations/incoming-transfers', {
      data: {
        type: 'incomingTransfer',
        attributes: {
          iban: account.attributes.iban,
          amount: 5000,
          currency: 'EUR',
          debtorName: 'Phone',
          debtorIban: 'DE89370400440532013000',
          reference: 'x',
        },
      },
    });
    await call('/simulations/card-authorizations', {
      data: {
        type: 'authorization',
        attributes: { amount: 700, currency: 'EUR', merchant: { name: 'Kiosk', mcc: '5994' } },
        relationships: { card: { data: { type: 'card', id: card.id } } },
      },
    });
    await call('/simulations/card-authorizations', {
      data: {
        type: 'authorization',
        attributes: { amount: 900_000, currency: 'EUR', merchant: { name: 'Jeweller', mcc: '5944' } },
        relationships: { card: { data: { type: 'card', id: card.id } } },
      },
    });

    await page.goto(`${base}/dashboard/customers/${entity.id}`);
    // The capture and release buttons sit inside the 390 px viewport, not in a sideways-scrolling table.
    for (const name of ['Capture', 'Release']) {
      const box = (await page.getByRole('button', { name }).boundingBox())!;
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(390);
    }
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    expect(await page.getByText('insufficient funds').isVisible()).toBe(true);
    expect(await page.getByTestId('balance-chart').isVisible()).toBe(true);

    // Every page of the dashboard, at phone and desktop widths.
    const pages: [string, string][] = [
      ['customers', '/dashboard/customers'],
      ['customer', `/dashboard/customers/${entity.id}`],
      ['configuration', '/dashboard/configuration'],
      ['team-viewer-less', '/dashboard/team'],
      ['account-owner', '/dashboard/account'],
      ['requests', '/dashboard/requests'],
      ['audit', '/dashboard/audit'],
      ['not-found', '/dashboard/no-such-page'],
    ];
    for (const [name, url] of pages) {
      await page.goto(`${base}${url}`);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
      await page.setViewportSize(desktop.viewport);
      await page.screenshot({ path: `${shots}/${name}.png`, fullPage: true });
      await page.setViewportSize(phone.viewport);
      await page.screenshot({ path: `${shots}/${name}-phone.png`, fullPage: true });
    }
    await page.goto(`${base}/dashboard/customers`);
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.goto(`${base}/dashboard/sign-up`);
    await shoot(page, 'sign-up');
    await page.goto(`${base}/dashboard/sign-in`);
    await shoot(page, 'sign-in');
    await context.close();
    // A 404 navigation is reported by Chromium as a failed load: the one error caused on purpose, which
    // also shows that the watch hears the console.
    expect(consoleErrors.some((line) => /no-such-page: Failed to load resource: the server responded with a status of 404/.test(line))).toBe(true);
    expect(consoleErrors.filter((line) => !/Failed to load resource: the server responded with a status of 404/.test(line))).toEqual([]);
    // Each page names its icon inline (no request); a browser asking the root for one gets it, not a 404.
    expect(await (await fetch(`${base}/dashboard/sign-in`)).text()).toContain('<link rel="icon" href="data:image/svg+xml,');
    expect(await (await fetch(`${base}/docs/errors`)).text()).toContain('<link rel="icon" href="data:image/svg+xml,');
    const icon = await fetch(`${base}/favicon.ico`);
    expect([icon.status, icon.headers.get('content-type')]).toEqual([200, 'image/svg+xml']);
  });
});
