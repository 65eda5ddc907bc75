import { eq } from 'drizzle-orm';
import { Webhook } from 'standardwebhooks';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { webhookDeliveries } from '../../src/modules/webhooks/schema.js';
import { deliverDue, deliveryLimits, retryDelayMs, type DeliveryDeps } from '../../src/modules/webhooks/delivery.js';
import type { IssuedCredential } from '../../src/modules/organizations/service.js';
import { Vault } from '../../src/vault/vault.js';
import { apiClient } from '../helpers/api-client.js';
import { isForbiddenAddress } from '../../src/modules/webhooks/url-guard.js';
import { describeEachEngine, type TestApp } from '../helpers/harness.js';
import { startReceiver } from '../helpers/receiver.js';
import { transferClient } from '../helpers/transfer-client.js';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { verifyWebhook } from '../../sdk/src/index.js';
import { eventTypes } from '../../src/modules/webhooks/service.js';

const minutes = (n: number) => n * 60_000;

describeEachEngine('events and webhooks', (harness) => {
  const api = apiClient(harness);
  let deps: DeliveryDeps;
  beforeAll(async () => {
    const keyring = harness.config.masterKeyring!;
    deps = { vault: await Vault.load(harness.database.db, keyring), policy: { allowPrivate: true }, leaseMs: 60_000 };
  });

  /** Runs the worker until nothing is due at `now`. */
  async function drain(now = new Date()) {
    while ((await deliverDue(harness.database.db, deps, now)) > 0);
  }

  function register(credential: IssuedCredential, url: string, events: string[] = ['*']) {
    return harness.request(credential, {
      method: 'POST',
      url: '/webhooks',
      payload: { data: { type: 'webhookEndpoint', attributes: { url, events, description: 'test receiver' } } },
    });
  }

  describe('events', () => {
    it('records every state change as an event, listed newest first, without card secrets', async () => {
      const credential = await harness.credential();
      const account = await api.account(credential);
      await api.fund(credential, account.attributes.iban, 5_000);
      const card = await api.card(credential, account.entityId);
      const authorization = (await api.authorize(credential, card.id, 1_000)).json().data;
      await harness.request(credential, { method: 'POST', url: `/simulations/card-authorizations/${authorization.id}/capture` });
      await harness.request(credential, {
        method: 'POST',
        url: '/cards/suspend',
        payload: { data: { type: 'card', id: card.id, attributes: { suspended: true } } },
      });

      const list = await harness.request(credential, { method: 'GET', url: '/events?page[limit]=100&sort=createdAt' });
      expect(list.statusCode).toBe(200);
      const types = list.json().data.map((event: { attributes: { type: string } }) => event.attributes.type);
      expect(types).toEqual([
        'entity.created',
        'bankAccount.created',
        'transaction.created',
        'card.created',
        'transaction.created',
        'authorization.created',
        'transaction.updated',
        'authorization.updated',
        'card.updated',
      ]);
      const cardEvent = list.json().data.at(-1);
      // The event references its resource and carries it as it was in `meta` (JSON:API forbids resource
      // objects inside attributes).
      expect(cardEvent).toMatchObject({
        type: 'event',
        attributes: { type: 'card.updated' },
        relationships: { resource: { data: { type: 'card', id: card.id } } },
        meta: { snapshot: { type: 'card', id: card.id, attributes: { status: 'suspended' } } },
      });
      expect(Object.keys(cardEvent.attributes)).toEqual(['type', 'createdAt']);
      const one = await harness.request(credential, { method: 'GET', url: `/events/${cardEvent.id}` });
      expect(one.json().data).toEqual(cardEvent);
      const filtered = await harness.request(credential, { method: 'GET', url: '/events?filter[type]=transaction.created' });
      expect(filtered.json().data).toHaveLength(2);

      const details = await harness.request(credential, { method: 'POST', url: `/cards/details/${card.id}` });
      const { pan, cvv } = details.json().data.attributes;
      expect(list.body).not.toContain(pan);
      expect(list.body).not.toMatch(/"(pan|cvv|pin)"/);
      expect(list.body.includes(`"cvv":"${cvv}"`)).toBe(false);

      const stranger = await harness.credential();
      expect((await harness.request(stranger, { method: 'GET', url: `/events/${cardEvent.id}` })).statusCode).toBe(404);
      expect((await harness.request(stranger, { method: 'GET', url: '/events' })).json().data).toEqual([]);
    });

    it('writes no event for a change that was refused', async () => {
      const credential = await harness.credential();
      await harness.request(credential, { method: 'POST', url: '/entities/', payload: { data: { type: 'entity', attributes: { kind: 'robot' } } } });
      const account = await api.account(credential);
      await api.transfer(credential, { iban: account.attributes.iban, currency: 'USD' });
      const types = (await harness.request(credential, { method: 'GET', url: '/events' }))
        .json()
        .data.map((e: { attributes: { type: string } }) => e.attributes.type);
      expect(types).toEqual(['bankAccount.created', 'entity.created']);
    });
  });

  describe('webhook endpoints', () => {
    it('registers an endpoint with a secret shown once, and manages it', async () => {
      const credential = await harness.credential();
      const created = await register(credential, 'http://127.0.0.1:9/hooks', ['card.updated', 'transaction.created']);
      expect(created.statusCode).toBe(201);
      const endpoint = created.json().data;
      expect(endpoint).toMatchObject({
        type: 'webhookEndpoint',
        attributes: {
          url: 'http://127.0.0.1:9/hooks',
          events: ['card.updated', 'transaction.created'],
          status: 'enabled',
          secret: expect.stringMatching(/^whsec_[A-Za-z0-9+/]{32}$/),
        },
      });
      const read = await harness.request(credential, { method: 'GET', url: `/webhooks/${endpoint.id}` });
      expect(read.json().data.attributes).not.toHaveProperty('secret');
      expect(read.body).not.toContain(endpoint.attributes.secret);
      const patched = await harness.request(credential, {
        method: 'PATCH',
        url: `/webhooks/${endpoint.id}`,
        payload: { data: { type: 'webhookEndpoint', attributes: { events: ['*'], status: 'disabled' } } },
      });
      expect(patched.json().data.attributes).toMatchObject({ events: ['*'], status: 'disabled' });
      const badEvent = await register(credential, 'http://127.0.0.1:9/hooks', ['card.exploded']);
      expect(badEvent.statusCode).toBe(422);
      expect(badEvent.json().errors[0].source).toEqual({ pointer: '/data/attributes/events/0' });
      const stranger = await harness.credential();
      expect((await harness.request(stranger, { method: 'GET', url: `/webhooks/${endpoint.id}` })).statusCode).toBe(404);
      expect((await harness.request(stranger, { method: 'DELETE', url: `/webhooks/${endpoint.id}` })).statusCode).toBe(404);
      const deleted = await harness.request(credential, { method: 'DELETE', url: `/webhooks/${endpoint.id}` });
      expect(deleted.statusCode).toBe(204);
      expect((await harness.request(credential, { method: 'GET', url: `/webhooks/${endpoint.id}` })).statusCode).toBe(404);
    });

    it('keeps an organization to 20 endpoints, even registering concurrently, and frees a place when one is deleted', async () => {
      const credential = await harness.credential();
      for (let i = 0; i < 17; i++) expect((await register(credential, `http://127.0.0.1:9/hooks/${i}`)).statusCode).toBe(201);
      const together = await Promise.all(Array.from({ length: 5 }, (_, i) => register(credential, `http://127.0.0.1:9/together/${i}`)));
      expect(together.map((answer) => answer.statusCode).sort()).toEqual([201, 201, 201, 409, 409]);
      const refused = together.find((answer) => answer.statusCode === 409)!.json().errors[0];
      expect(refused).toMatchObject({ code: 'webhook_endpoint_limit_reached', status: '409' });
      expect(refused.detail).toBe('Your organization has 20 webhook endpoints, the most it may have; delete one you no longer use first.');
      // Another organization is not counted against it; a deleted endpoint frees its place.
      expect((await register(await harness.credential(), 'http://127.0.0.1:9/other')).statusCode).toBe(201);
      const list = await harness.request(credential, { method: 'GET', url: '/webhooks?page[limit]=1' });
      expect((await harness.request(credential, { method: 'DELETE', url: `/webhooks/${list.json().data[0].id}` })).statusCode).toBe(204);
      expect((await register(credential, 'http://127.0.0.1:9/after')).statusCode).toBe(201);
      expect((await register(credential, 'http://127.0.0.1:9/over')).statusCode).toBe(409);
    });
  });

  describe('delivery', () => {
    const receivers: Awaited<ReturnType<typeof startReceiver>>[] = [];
    afterAll(async () => Promise.all(receivers.map((receiver) => receiver.close())));

    it('signs deliveries per Standard Webhooks, verified by the standardwebhooks package', async () => {
      const receiver = await startReceiver();
      receivers.push(receiver);
      const credential = await harness.credential();
      const endpoint = (await register(credential, receiver.url)).json().data;
      const entityId = await api.customer(credential);
      await drain();
      expect(receiver.received).toHaveLength(1);
      const [message] = receiver.received;
      const payload = new Webhook(endpoint.attributes.secret).verify(message!.body, message!.headers) as Record<string, unknown>;
      expect(payload).toMatchObject({ type: 'entity.created', data: { type: 'entity', id: entityId } });
      expect(message!.headers['webhook-id']).toBe(payload.id);
      expect(message!.headers['content-type']).toBe('application/json');
      const deliveries = await harness.request(credential, { method: 'GET', url: `/webhooks/${endpoint.id}/deliveries` });
      expect(deliveries.json().data[0].attributes).toMatchObject({ status: 'succeeded', attempts: 1, lastResponseStatus: 204, nextAttemptAt: null });
      // A forged signature does not verify.
      expect(() => new Webhook(endpoint.attributes.secret).verify(message!.body.replace('entity', 'entitx'), message!.headers)).toThrow();
    });

    it('delivers at once to an organization whose sandbox clock runs 8 days ahead (deliveries are due at real time)', async () => {
      const receiver = await startReceiver();
      receivers.push(receiver);
      const credential = await harness.credential();
      await register(credential, receiver.url, ['entity.created']);
      const moved = await harness.request(credential, {
        method: 'POST',
        url: '/simulations/clock',
        payload: { data: { type: 'clock', attributes: { advanceSeconds: 8 * 86_400 } } },
      });
      expect(moved.statusCode).toBe(200);
      const entityId = await api.customer(credential);
      await drain(new Date());
      expect(receiver.received).toHaveLength(1);
      const payload = JSON.parse(receiver.received[0]!.body) as { type: string; timestamp: string; data: { id: string } };
      expect(payload).toMatchObject({ type: 'entity.created', data: { id: entityId } });
      // The event keeps the organization's time; the signature's timestamp is real time (receivers check it).
      expect(new Date(payload.timestamp).getTime() - Date.now()).toBeGreaterThan(7 * 86_400_000);
      expect(Math.abs(Number(receiver.received[0]!.headers['webhook-timestamp']) * 1000 - Date.now())).toBeLessThan(60_000);
    });

    it('delivers messages that match the document’s webhooks section, verified by the SDK', async () => {
      const receiver = await startReceiver();
      receivers.push(receiver);
      const credential = await harness.credential();
      const endpoint = (await register(credential, receiver.url)).json().data;
      const account = await api.account(credential);
      const other = await api.account(credential);
      await api.fund(credential, account.attributes.iban, 50_000);
      const card = await api.card(credential, account.entityId);
      const authorization = (await api.authorize(credential, card.id, 1_000)).json().data;
      await harness.request(credential, { method: 'POST', url: `/simulations/card-authorizations/${authorization.id}/capture` });
      expect((await transferClient(harness).book(credential, account.id, other.id, { amount: 500 })).statusCode).toBe(201);
      const sepa = (await transferClient(harness).sepa(credential, account.id, { amount: 700 })).json().data;
      await harness.request(credential, { method: 'POST', url: `/sepa-credit-transfers/${sepa.id}/cancel` });
      await drain();

      const document = (await harness.app.inject({ method: 'GET', url: '/openapi.json' })).json();
      const ajv = new Ajv2020({ strict: false, allErrors: true });
      (addFormats as unknown as (ajv: Ajv2020) => void)(ajv);
      const seen = new Set<string>();
      for (const message of receiver.received) {
        const payload = verifyWebhook<{ type: string }>(endpoint.attributes.secret, message.headers, message.body);
        const schema = document.webhooks[payload.type].post.requestBody.content['application/json'].schema;
        const validate = ajv.compile({ ...schema, components: document.components });
        expect([payload.type, validate(payload), ajv.errorsText(validate.errors)]).toEqual([payload.type, true, 'No errors']);
        seen.add(payload.type);
      }
      expect([...seen].sort()).toEqual(
        [
          'authorization.created',
          'authorization.updated',
          'bankAccount.created',
          'bookTransfer.created',
          'card.created',
          'entity.created',
          'sepaCreditTransfer.created',
          'sepaCreditTransfer.updated',
          'transaction.created',
          'transaction.updated',
        ].sort(),
      );
      // Every event type the server emits has its message in the document.
      expect(Object.keys(document.webhooks).sort()).toEqual([...eventTypes].sort());
    });

    it('retries with backoff: a receiver that fails twice gets the event on the third attempt', async () => {
      const receiver = await startReceiver((_message, index) => (index < 2 ? 500 : 200));
      receivers.push(receiver);
      const credential = await harness.credential();
      const endpoint = (await register(credential, receiver.url, ['entity.created'])).json().data;
      await api.customer(credential);
      const start = Date.now();
      await drain(new Date(start));
      expect(receiver.received).toHaveLength(1);
      await drain(new Date(start + 1_000)); // nothing is due yet
      expect(receiver.received).toHaveLength(1);
      await drain(new Date(start + minutes(1)));
      expect(receiver.received).toHaveLength(2);
      await drain(new Date(start + minutes(5)));
      expect(receiver.received).toHaveLength(3);
      expect(new Set(receiver.eventIds()).size).toBe(1);
      const [delivery] = (await harness.request(credential, { method: 'GET', url: `/webhooks/${endpoint.id}/deliveries` })).json().data;
      expect(delivery.attributes).toMatchObject({ status: 'succeeded', attempts: 3, lastResponseStatus: 200 });
    });

    it('gives up after about three days of retries, and disables an endpoint that answers 410', async () => {
      expect(retryDelayMs(1, 0.5)).toBe(30_000);
      const schedule = Array.from({ length: deliveryLimits.attemptsMax - 1 }, (_, i) => retryDelayMs(i + 1, 0.5)).reduce((a, b) => a + b, 0);
      expect(schedule / 86_400_000).toBeGreaterThan(2.5);
      expect(schedule / 86_400_000).toBeLessThan(3.5);

      const gone = await startReceiver(() => 410);
      receivers.push(gone);
      const credential = await harness.credential();
      const endpoint = (await register(credential, gone.url)).json().data;
      await api.customer(credential);
      await api.customer(credential);
      await drain();
      const read = await harness.request(credential, { method: 'GET', url: `/webhooks/${endpoint.id}` });
      expect(read.json().data.attributes).toMatchObject({ status: 'disabled', disabledReason: 'the endpoint answered 410 Gone' });
      const pending = await harness.database.db.select().from(webhookDeliveries).where(eq(webhookDeliveries.endpointId, endpoint.id));
      expect(pending.every((delivery) => delivery.status === 'failed')).toBe(true);
      await api.customer(credential);
      await drain();
      expect(gone.received.length).toBeLessThanOrEqual(2);
    });

    it('signs with the old and the new secret for a day after a rotation, and redelivers on request', async () => {
      const receiver = await startReceiver();
      receivers.push(receiver);
      const credential = await harness.credential();
      const endpoint = (await register(credential, receiver.url)).json().data;
      const rotated = await harness.request(credential, { method: 'POST', url: `/webhooks/${endpoint.id}/rotate-secret` });
      const newSecret = rotated.json().data.attributes.secret;
      expect(newSecret).not.toBe(endpoint.attributes.secret);
      await api.customer(credential);
      await drain();
      const [message] = receiver.received;
      expect(message!.headers['webhook-signature']!.split(' ')).toHaveLength(2);
      expect(() => new Webhook(newSecret).verify(message!.body, message!.headers)).not.toThrow();
      expect(() => new Webhook(endpoint.attributes.secret).verify(message!.body, message!.headers)).not.toThrow();

      const eventId = JSON.parse(message!.body).id;
      const again = await harness.request(credential, { method: 'POST', url: `/events/${eventId}/redeliver` });
      expect(again.statusCode).toBe(202);
      expect(again.json().data).toHaveLength(1);
      await drain();
      expect(receiver.eventIds()).toEqual([eventId, eventId]);
    });
  });
});

describeEachEngine(
  'webhook URLs in live mode',
  (harness: TestApp) => {
    it('refuses loopback, private and link-local targets in any notation, without connecting', async () => {
      const receiver = await startReceiver();
      const port = new URL(receiver.url).port;
      const credential = await harness.credential();
      const forbidden = [
        receiver.url,
        `https://127.0.0.1:${port}/hooks`,
        `https://2130706433:${port}/`,
        `https://0177.0.0.1:${port}/`,
        `https://0x7f.0.0.1:${port}/`,
        `https://127.1:${port}/`,
        `https://[::1]:${port}/`,
        `https://[::ffff:127.0.0.1]:${port}/`,
        `https://[::ffff:7f00:1]:${port}/`,
        `https://localhost:${port}/`,
        'https://169.254.169.254/latest/meta-data/',
        'https://10.0.0.1/',
        'https://192.168.1.10/',
        'https://172.16.5.4/',
        'https://[fe80::1]/',
        'https://[fd00::1]/',
        'https://0.0.0.0/',
        // IPv6 forms that carry an IPv4 address, site-local, and the 6to4 relay (outside review).
        `https://[::7f00:1]:${port}/`,
        `https://[::ffff:0:7f00:1]:${port}/`,
        `https://[2002:7f00:1::1]:${port}/`,
        'https://[64:ff9b:1::a9fe:a9fe]/',
        'https://[64:ff9b::a9fe:a9fe]/',
        'https://[2001::1]/',
        'https://[fec0::1]/',
        'https://192.88.99.1/',
        'https://100.64.0.1/',
        'https://[100::1]/',
        'http://example.com/hooks',
        'https://user:pass@example.com/',
        'ftp://example.com/',
        'not a url',
      ];
      for (const url of forbidden) {
        const response = await harness.request(credential, {
          method: 'POST',
          url: '/webhooks',
          payload: { data: { type: 'webhookEndpoint', attributes: { url, events: ['*'] } } },
        });
        expect([url, response.statusCode, response.json().errors[0].code]).toEqual([url, 422, 'webhook_url_forbidden']);
        expect(response.json().errors[0].source).toEqual({ pointer: '/data/attributes/url' });
      }
      expect(receiver.connections()).toBe(0);
      expect((await harness.request(credential, { method: 'GET', url: '/webhooks' })).json().data).toEqual([]);
      // Public addresses in either family still pass the address check.
      for (const address of ['8.8.8.8', '2606:4700:4700::1111', '[2a00:1450:4007:80e::200e]'])
        expect([address, isForbiddenAddress(address)]).toEqual([address, false]);
      await receiver.close();
    });
  },
  { LINKCY_MODE: 'live' },
);
