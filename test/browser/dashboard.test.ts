import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { chromium, type Browser, type Page } from 'playwright-core';
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
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
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
    expect(await page.getByText('237.50 EUR').first().isVisible()).toBe(true);

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
    expect((await balance.json()).data[0].attributes.balance).toEqual({ current: 23_750, available: 23_750, pending: 0 });

    await page.getByRole('button', { name: 'Sign out' }).click();
    await expect.poll(() => page.url()).toBe(`${base}/dashboard/sign-in`);
    await page.screenshot({ path: `${shots}/sign-in.png`, fullPage: true });
    await page.goto(`${base}/dashboard/customers`);
    await expect.poll(() => page.url()).toBe(`${base}/dashboard/sign-in`);

    // A second organization sees none of it.
    const otherContext = await browser.newContext();
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
});
