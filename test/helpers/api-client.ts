import { expect } from 'vitest';
import type { IssuedCredential } from '../../src/modules/organizations/service.js';
import { entityDocument, individualAttributes } from './fixtures.js';
import type { TestApp } from './harness.js';

export const debtorIban = 'DE89370400440532013000';

/** Test helpers that speak the API as a client would, asserting each step succeeded. */
export function apiClient(harness: TestApp) {
  const api = {
    async customer(credential: IssuedCredential, overrides: Record<string, unknown> = {}) {
      const response = await harness.request(credential, {
        method: 'POST',
        url: '/entities/',
        payload: entityDocument(individualAttributes({ externalId: null, ...overrides })),
      });
      expect(response.statusCode).toBe(201);
      return response.json().data.id as string;
    },
    openAccount(credential: IssuedCredential, entityId: string, currency?: string) {
      return harness.request(credential, {
        method: 'POST',
        url: '/bank/accounts/',
        payload: {
          data: {
            type: 'bankAccount',
            ...(currency ? { attributes: { currency } } : {}),
            relationships: { entity: { data: { type: 'entity', id: entityId } } },
          },
        },
      });
    },
    async account(credential: IssuedCredential, entityId?: string, currency?: string) {
      const owner = entityId ?? (await api.customer(credential));
      const response = await api.openAccount(credential, owner, currency);
      expect(response.statusCode).toBe(201);
      return { entityId: owner, ...(response.json().data as { id: string; attributes: { iban: string } }) };
    },
    transfer(credential: IssuedCredential, attributes: Record<string, unknown>, headers: Record<string, string> = {}) {
      return harness.request(credential, {
        method: 'POST',
        url: '/simulations/incoming-transfers',
        headers,
        payload: {
          data: {
            type: 'incomingTransfer',
            attributes: { amount: 10000, currency: 'EUR', debtorName: 'Charles Babbage', debtorIban, reference: 'Invoice 7', ...attributes },
          },
        },
      });
    },
    async fund(credential: IssuedCredential, iban: string, amount: number) {
      const response = await api.transfer(credential, { iban, amount });
      expect(response.statusCode).toBe(201);
    },
    async balance(credential: IssuedCredential, accountId: string) {
      const response = await harness.request(credential, { method: 'GET', url: `/bank/accounts/${accountId}` });
      return response.json().data.attributes.balance as { current: number; available: number; pending: number };
    },
    issueCard(credential: IssuedCredential, entityId: string, attributes: Record<string, unknown> = { form: 'virtual' }) {
      return harness.request(credential, {
        method: 'POST',
        url: '/cards/',
        payload: { data: { type: 'card', attributes, relationships: { entity: { data: { type: 'entity', id: entityId } } } } },
      });
    },
    async card(credential: IssuedCredential, entityId: string, attributes: Record<string, unknown> = { form: 'virtual' }) {
      const response = await api.issueCard(credential, entityId, attributes);
      expect(response.statusCode).toBe(201);
      return response.json().data as { id: string; attributes: Record<string, unknown> };
    },
    authorize(credential: IssuedCredential, cardId: string, amount: number, currency = 'EUR') {
      return harness.request(credential, {
        method: 'POST',
        url: '/simulations/card-authorizations',
        payload: {
          data: {
            type: 'authorization',
            attributes: { amount, currency, merchant: { name: 'Café de Flore', mcc: '5812', city: 'Paris', country: 'FR' } },
            relationships: { card: { data: { type: 'card', id: cardId } } },
          },
        },
      });
    },
  };
  return api;
}
