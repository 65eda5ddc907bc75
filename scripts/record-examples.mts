// `npm run openapi:examples`: plays one sandbox customer's life through every API operation (a fresh
// embedded database, the real routes through app.inject) and writes the first successful answer of each
// operation to assets/openapi/response-examples.json, which the OpenAPI document shows as that response's
// example. Re-run it when a response schema changes: a test fails while an example no longer matches.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildApp } from '../src/app.js';
import { loadConfig } from '../src/config.js';
import { openEmbedded } from '../src/db/embedded.js';
import { createCredential } from '../src/modules/organizations/service.js';

const target = path.resolve(import.meta.dirname, '../assets/openapi/response-examples.json');
/** A signing secret in a published example is an obvious placeholder, never one that looks real (and was, once). */
const placeholderSecret = 'whsec_RVhBTVBMRS1zZWNyZXQtbm90LWEtcmVhbC1vbmU=';
function withPlaceholderSecrets<Value>(value: Value): Value {
  return JSON.parse(JSON.stringify(value), (key, member: unknown) =>
    key === 'secret' && typeof member === 'string' && member.startsWith('whsec_') ? placeholderSecret : member,
  ) as Value;
}

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'linkcy-examples-'));
const recorded: Record<string, Record<string, unknown>> = {};

try {
  const database = await openEmbedded(dataDir);
  const app = await buildApp({
    config: loadConfig({ LINKCY_DATA_DIR: dataDir, LINKCY_LOG_LEVEL: 'silent', LINKCY_RATE_LIMIT: '0', LINKCY_SANDBOX_KYC: 'pending' }),
    database,
    observe: (instance) =>
      instance.addHook('onSend', async (request, reply, payload) => {
        const operationId = (request.routeOptions.schema as { operationId?: string } | undefined)?.operationId;
        const status = String(reply.statusCode);
        const json = /json/.test(String(reply.getHeader('content-type') ?? ''));
        if (operationId && status.startsWith('2') && json && (typeof payload === 'string' || Buffer.isBuffer(payload)) && payload.length > 0) {
          const document = JSON.parse(payload.toString()) as { data?: unknown } | null;
          if (document === null) return payload; // a 204's serialized null
          // A list shows two of its items: enough to see the shape, short enough to read.
          if (Array.isArray(document.data)) document.data = document.data.slice(0, 2);
          (recorded[operationId] ??= {})[status] ??= withPlaceholderSecrets(document);
        }
        return payload;
      }),
  });
  const credential = await createCredential(database.db, { organizationName: 'Lovelace Fintech', scopes: ['cards:sensitive'] });
  const authorization = `Basic ${Buffer.from(`${credential.clientId}:${credential.clientSecret}`).toString('base64')}`;

  /** One API call that must succeed; returns its document's `data`. */
  async function call(method: 'GET' | 'POST' | 'PATCH' | 'DELETE', url: string, data?: unknown) {
    const response = await app.inject({
      method,
      url,
      headers: { authorization, accept: 'application/vnd.api+json', ...(data ? { 'content-type': 'application/vnd.api+json' } : {}) },
      ...(data ? { payload: { data } } : {}),
    });
    if (response.statusCode >= 300) throw new Error(`${method} ${url} answered ${response.statusCode}: ${response.body}`);
    return response.body ? (JSON.parse(response.body) as { data: { id: string; attributes: Record<string, unknown> } }).data : undefined;
  }
  const ref = (type: string, id: string) => ({ data: { type, id } });
  const address = { line1: '12 rue de Rivoli', city: 'Paris', postalCode: '75004', country: 'FR' };
  const person = (firstName: string, lastName: string, email: string) => ({
    type: 'entity',
    attributes: { kind: 'individual', firstName, lastName, dateOfBirth: '1990-12-10', email, nationality: 'FR', address },
  });

  // Customers and KYC.
  const ada = (await call('POST', '/entities', person('Ada', 'Lovelace', 'ada@lovelace.example')))!;
  await call('GET', '/entities');
  await call('GET', `/entities/${ada.id}`);
  await call('POST', `/entities/${ada.id}`);
  await call('PATCH', `/entities/${ada.id}`, { type: 'entity', id: ada.id, attributes: { phone: '+33612345678', metadata: { plan: 'platinum' } } });
  await call('POST', `/simulations/entities/${ada.id}/kyc`, { type: 'kycDecision', attributes: { status: 'approved' } });
  const charles = (await call('POST', '/entities', person('Charles', 'Babbage', 'charles@babbage.example')))!;
  await call('POST', `/simulations/entities/${charles.id}/kyc`, { type: 'kycDecision', attributes: { status: 'approved' } });

  // Accounts and money in.
  const account = (await call('POST', '/bank/accounts', {
    type: 'bankAccount',
    attributes: { currency: 'EUR' },
    relationships: { entity: ref('entity', ada.id) },
  }))!;
  const other = (await call('POST', '/bank/accounts', {
    type: 'bankAccount',
    attributes: { currency: 'EUR' },
    relationships: { entity: ref('entity', charles.id) },
  }))!;
  await call('GET', '/bank/accounts');
  await call('GET', `/bank/accounts/${account.id}`);
  await call('POST', '/simulations/incoming-transfers', {
    type: 'incomingTransfer',
    attributes: {
      iban: account.attributes.iban,
      amount: 250000,
      currency: 'EUR',
      debtorName: 'Analytical Engines Ltd',
      debtorIban: 'DE89370400440532013000',
      reference: 'Salary November',
    },
  });

  // Cards, their secrets, and payments.
  const card = (await call('POST', '/cards', { type: 'card', attributes: { form: 'virtual' }, relationships: { entity: ref('entity', ada.id) } }))!;
  const plastic = (await call('POST', '/cards', {
    type: 'card',
    attributes: { form: 'physical', cardholderName: 'Ada Lovelace' },
    relationships: { entity: ref('entity', ada.id) },
  }))!;
  await call('PATCH', `/cards/${card.id}`, {
    type: 'card',
    attributes: { spendingControls: { limits: [{ amount: 50000, interval: 'daily' }], blockedCategories: ['7995'], blockedCountries: ['RU'] } },
  });
  await call('GET', '/cards');
  await call('GET', `/cards/${card.id}`);
  await call('POST', `/simulations/cards/${plastic.id}/shipment`); // processing -> shipped
  await call('POST', `/simulations/cards/${plastic.id}/shipment`); // shipped -> delivered
  await call('POST', `/cards/${plastic.id}/activate`);
  await call('POST', '/cards/suspend', { type: 'card', id: card.id, attributes: { suspended: true } });
  await call('POST', '/cards/suspend', { type: 'card', id: card.id, attributes: { suspended: false } });
  await call('POST', `/cards/details/${card.id}`);
  await call('GET', `/cards/pin/${card.id}`);
  await call('POST', `/cards/pin/${card.id}`, { type: 'cardPin', attributes: { pin: '4826' } });
  const merchant = { name: 'Café de Flore', mcc: '5812', city: 'Paris', country: 'FR' };
  const coffee = (await call('POST', '/simulations/card-authorizations', {
    type: 'authorization',
    attributes: { amount: 1250, currency: 'EUR', merchant },
    relationships: { card: ref('card', card.id) },
  }))!;
  await call('POST', `/simulations/card-authorizations/${coffee.id}/capture`);
  const hotel = (await call('POST', '/simulations/card-authorizations', {
    type: 'authorization',
    attributes: { amount: 18000, currency: 'EUR', merchant: { name: 'Hôtel du Louvre', mcc: '7011', city: 'Paris', country: 'FR' } },
    relationships: { card: ref('card', card.id) },
  }))!;
  await call('POST', `/simulations/card-authorizations/${hotel.id}/increment`, { type: 'authorization', attributes: { amount: 4500 } });
  await call('POST', `/simulations/card-authorizations/${hotel.id}/release`);
  await call('POST', '/simulations/card-refunds', {
    type: 'cardRefund',
    attributes: { amount: 1250, currency: 'EUR', merchant },
    relationships: { card: ref('card', card.id) },
  });
  await call('GET', `/authorizations/${coffee.id}`);

  // Money out: book transfers and SEPA credit transfers through each of their endings.
  await call('POST', '/transfers', {
    type: 'bookTransfer',
    attributes: { amount: 2500, currency: 'EUR', description: 'Rent share' },
    relationships: { from: ref('bankAccount', account.id), to: ref('bankAccount', other.id) },
  });
  const transfers = await app.inject({ method: 'GET', url: '/transfers', headers: { authorization } });
  const bookTransferId = (JSON.parse(transfers.body) as { data: { id: string }[] }).data[0]!.id;
  await call('GET', `/transfers/${bookTransferId}`);
  const sepa = async (endToEndId: string, amount: number) =>
    (await call('POST', '/sepa-credit-transfers', {
      type: 'sepaCreditTransfer',
      attributes: {
        amount,
        currency: 'EUR',
        creditor: { name: 'Charles Babbage', iban: 'DE89370400440532013000', bic: null },
        remittanceInformation: `Invoice ${endToEndId}`,
        endToEndId,
      },
      relationships: { bankAccount: ref('bankAccount', account.id) },
    }))!;
  const settled = await sepa('INV-42', 12345);
  await call('GET', '/sepa-credit-transfers');
  await call('GET', `/sepa-credit-transfers/${settled.id}`);
  await call('POST', `/simulations/sepa-credit-transfers/${settled.id}/settle`);
  await call('POST', `/simulations/sepa-credit-transfers/${settled.id}/return`, { type: 'sepaCreditTransfer', attributes: { returnReason: 'AC04' } });
  await call('POST', `/simulations/sepa-credit-transfers/${(await sepa('INV-43', 5000)).id}/reject`, {
    type: 'sepaCreditTransfer',
    attributes: { returnReason: 'AC04' },
  });
  await call('POST', `/sepa-credit-transfers/${(await sepa('INV-44', 7000)).id}/cancel`);

  // Verification of Payee, and the account's instant transfer limit (SPEC §14).
  await call('POST', '/simulations/payees', { type: 'payee', attributes: { iban: 'DE89370400440532013000', name: 'Charles Babbage' } });
  const check = await call('POST', '/payee-verifications', {
    type: 'payeeVerification',
    attributes: { iban: 'DE89370400440532013000', name: 'Charles Babage' },
  });
  await call('GET', `/payee-verifications/${check!.id}`);
  await call('PATCH', `/bank/accounts/${account.id}`, { type: 'bankAccount', attributes: { instantTransferLimit: 100000 } });

  // Reading the ledger.
  await call('GET', `/bank/accounts/${account.id}/transactions`);
  await call('POST', `/bank/accounts/${ada.id}`);
  const transactions = await app.inject({ method: 'GET', url: '/transactions', headers: { authorization } });
  await call('GET', `/transactions/${(JSON.parse(transactions.body) as { data: { id: string }[] }).data[0]!.id}`);
  await call('GET', `/bank/accounts/${account.id}/statement`);

  // Webhooks and events.
  const endpoint = (await call('POST', '/webhooks', {
    type: 'webhookEndpoint',
    attributes: { url: 'https://example.com/linkcy/webhooks', events: ['*'], description: 'Backend' },
  }))!;
  await call('GET', '/webhooks');
  await call('GET', `/webhooks/${endpoint.id}`);
  await call('PATCH', `/webhooks/${endpoint.id}`, {
    type: 'webhookEndpoint',
    id: endpoint.id,
    attributes: { events: ['card.updated', 'transaction.created'] },
  });
  await call('POST', `/webhooks/${endpoint.id}/rotate-secret`);
  const events = await app.inject({ method: 'GET', url: '/events', headers: { authorization } });
  const eventId = (JSON.parse(events.body) as { data: { id: string }[] }).data[0]!.id;
  await call('GET', '/events');
  await call('GET', `/events/${eventId}`);
  await call('POST', `/events/${eventId}/redeliver`);
  await call('GET', `/webhooks/${endpoint.id}/deliveries`);
  await call('DELETE', `/webhooks/${endpoint.id}`);
  const decider = (await call('POST', '/authorization-endpoints', {
    type: 'authorizationEndpoint',
    attributes: { url: 'https://example.com/linkcy/authorizations', timeoutMs: 1500, fallback: 'decline' },
  }))!;
  await call('GET', '/authorization-endpoints');
  await call('GET', `/authorization-endpoints/${decider.id}`);
  await call('DELETE', `/authorization-endpoints/${decider.id}`);

  await call('GET', '/simulations/clock');
  await call('POST', '/simulations/clock', { type: 'clock', attributes: { advanceSeconds: 86400 } });

  // Endings.
  await call('POST', `/cards/${plastic.id}/replace`, { type: 'card', attributes: { reason: 'damaged' } });
  await call('POST', `/cards/${plastic.id}/close`);
  const empty = (await call('POST', '/bank/accounts', {
    type: 'bankAccount',
    attributes: { currency: 'USD' },
    relationships: { entity: ref('entity', charles.id) },
  }))!;
  await call('POST', `/bank/accounts/${empty.id}/close`);

  await app.close();
  await database.close();
} finally {
  fs.rmSync(dataDir, { recursive: true, force: true });
}

// Data, not code: src/http/openapi.ts reads it. Re-run the script when a response changes (a test fails
// while an example does not match).
fs.writeFileSync(target, `${JSON.stringify(recorded, null, 2)}\n`);
console.log(`${Object.keys(recorded).length} operations recorded in ${path.relative(process.cwd(), target)}`);
