import type { IssuedCredential } from '../../src/modules/organizations/service.js';
import type { TestApp } from './harness.js';

export const creditorIban = 'DE89370400440532013000';

/** Book and SEPA credit transfers, as a client sends them. */
export function transferClient(harness: TestApp) {
  return {
    book(credential: IssuedCredential, from: string, to: string, attributes: Record<string, unknown> = {}, headers: Record<string, string> = {}) {
      return harness.request(credential, {
        method: 'POST',
        url: '/transfers',
        headers,
        payload: {
          data: {
            type: 'bookTransfer',
            attributes: { amount: 2500, currency: 'EUR', description: 'Rent share', ...attributes },
            relationships: { from: { data: { type: 'bankAccount', id: from } }, to: { data: { type: 'bankAccount', id: to } } },
          },
        },
      });
    },
    sepa(credential: IssuedCredential, accountId: string, attributes: Record<string, unknown> = {}, headers: Record<string, string> = {}) {
      return harness.request(credential, {
        method: 'POST',
        url: '/sepa-credit-transfers',
        headers,
        payload: {
          data: {
            type: 'sepaCreditTransfer',
            attributes: {
              amount: 12345,
              currency: 'EUR',
              creditor: { name: 'Charles Babbage', iban: creditorIban, bic: null },
              remittanceInformation: 'Invoice 42',
              ...attributes,
            },
            relationships: { bankAccount: { data: { type: 'bankAccount', id: accountId } } },
          },
        },
      });
    },
    simulate(credential: IssuedCredential, transferId: string, step: 'settle' | 'reject' | 'return', returnReason?: string) {
      return harness.request(credential, {
        method: 'POST',
        url: `/simulations/sepa-credit-transfers/${transferId}/${step}`,
        ...(returnReason ? { payload: { data: { type: 'sepaCreditTransfer', attributes: { returnReason } } } } : {}),
      });
    },
  };
}
