import { callApi, one, type ApiTarget, type Resource } from './api.js';

/**
 * `linkcy trigger EVENT` (sandbox): makes, through the API, what produces that event, so that a
 * developer sees a real one reach their webhook endpoint (or `linkcy listen`). Each recipe creates what
 * it needs (a customer, an account, money, a card) and answers what it made, newest last.
 */

const customer = (target: ApiTarget, firstName = 'Trigger') =>
  one(
    callApi(target, 'POST', '/entities', {
      type: 'entity',
      attributes: {
        kind: 'individual',
        firstName,
        lastName: 'Example',
        dateOfBirth: '1990-01-01',
        email: `${firstName.toLowerCase()}.${Date.now()}@trigger.example`,
        nationality: 'FR',
        address: { line1: '1 rue de la Paix', postalCode: '75002', city: 'Paris', country: 'FR' },
      },
    }),
  );

const account = async (target: ApiTarget, entity: Resource) =>
  one(callApi(target, 'POST', '/bank/accounts', { type: 'bankAccount', relationships: { entity: { data: { type: 'entity', id: entity.id } } } }));

const fund = (target: ApiTarget, bankAccount: Resource, amount = 100_000) =>
  one(
    callApi(target, 'POST', '/simulations/incoming-transfers', {
      type: 'incomingTransfer',
      attributes: { iban: bankAccount.attributes.iban, amount, currency: 'EUR', debtorName: 'Trigger funding', debtorIban: 'DE89370400440532013000' },
    }),
  );

const card = (target: ApiTarget, entity: Resource) =>
  one(
    callApi(target, 'POST', '/cards', {
      type: 'card',
      attributes: { form: 'virtual' },
      relationships: { entity: { data: { type: 'entity', id: entity.id } } },
    }),
  );

const authorize = (target: ApiTarget, paying: Resource) =>
  one(
    callApi(target, 'POST', '/simulations/card-authorizations', {
      type: 'authorization',
      attributes: { amount: 1250, currency: 'EUR', merchant: { name: 'Trigger Café', mcc: '5812', city: 'Paris', country: 'FR' } },
      relationships: { card: { data: { type: 'card', id: paying.id } } },
    }),
  );

const sepa = (target: ApiTarget, from: Resource) =>
  one(
    callApi(target, 'POST', '/sepa-credit-transfers', {
      type: 'sepaCreditTransfer',
      attributes: { amount: 2500, currency: 'EUR', creditor: { name: 'Charles Babbage', iban: 'DE89370400440532013000' } },
      relationships: { bankAccount: { data: { type: 'bankAccount', id: from.id } } },
    }),
  );

/** A funded account of a new customer. */
async function fundedAccount(target: ApiTarget): Promise<Resource[]> {
  const entity = await customer(target);
  const opened = await account(target, entity);
  return [entity, opened, await fund(target, opened)];
}

type Recipe = (target: ApiTarget) => Promise<Resource[]>;

export const triggerRecipes: Record<string, Recipe> = {
  'entity.created': async (target) => [await customer(target)],
  'entity.updated': async (target) => {
    const entity = await customer(target);
    return [entity, await one(callApi(target, 'PATCH', `/entities/${entity.id}`, { type: 'entity', attributes: { phone: '+33612345678' } }))];
  },
  'bankAccount.created': async (target) => {
    const entity = await customer(target);
    return [entity, await account(target, entity)];
  },
  'bankAccount.updated': async (target) => {
    const entity = await customer(target);
    const opened = await account(target, entity);
    return [
      entity,
      opened,
      await one(callApi(target, 'PATCH', `/bank/accounts/${opened.id}`, { type: 'bankAccount', attributes: { instantTransferLimit: 100_000 } })),
    ];
  },
  'transaction.created': fundedAccount,
  'transaction.updated': async (target) => {
    const [entity] = await fundedAccount(target);
    const paying = await card(target, entity!);
    const authorization = await authorize(target, paying);
    return [entity!, paying, authorization, await one(callApi(target, 'POST', `/simulations/card-authorizations/${authorization.id}/capture`))];
  },
  'card.created': async (target) => {
    const entity = await customer(target);
    await account(target, entity);
    return [entity, await card(target, entity)];
  },
  'card.updated': async (target) => {
    const entity = await customer(target);
    await account(target, entity);
    const made = await card(target, entity);
    return [entity, made, await one(callApi(target, 'POST', '/cards/suspend', { type: 'card', id: made.id, attributes: { suspended: true } }))];
  },
  'authorization.created': async (target) => {
    const [entity] = await fundedAccount(target);
    const paying = await card(target, entity!);
    return [entity!, paying, await authorize(target, paying)];
  },
  'authorization.updated': async (target) => {
    const [entity] = await fundedAccount(target);
    const paying = await card(target, entity!);
    const authorization = await authorize(target, paying);
    return [entity!, paying, await one(callApi(target, 'POST', `/simulations/card-authorizations/${authorization.id}/capture`))];
  },
  'bookTransfer.created': async (target) => {
    const [, from] = await fundedAccount(target);
    const to = await account(target, await customer(target, 'Payee'));
    return [
      from!,
      to,
      await one(
        callApi(target, 'POST', '/transfers', {
          type: 'bookTransfer',
          attributes: { amount: 2500, currency: 'EUR', description: 'Triggered' },
          relationships: { from: { data: { type: 'bankAccount', id: from!.id } }, to: { data: { type: 'bankAccount', id: to.id } } },
        }),
      ),
    ];
  },
  'sepaCreditTransfer.created': async (target) => {
    const [, from] = await fundedAccount(target);
    return [from!, await sepa(target, from!)];
  },
  'sepaCreditTransfer.updated': async (target) => {
    const [, from] = await fundedAccount(target);
    const sent = await sepa(target, from!);
    return [from!, await one(callApi(target, 'POST', `/simulations/sepa-credit-transfers/${sent.id}/settle`))];
  },
  'payeeVerification.created': async (target) => [
    await one(
      callApi(target, 'POST', '/payee-verifications', {
        type: 'payeeVerification',
        attributes: { iban: 'DE89370400440532013000', name: 'Charles Babbage' },
      }),
    ),
  ],
};

/** Events no API call can make: what does. */
export const untriggerable: Record<string, string> = {
  'bankStatement.unmatchedCredit': 'a bank statement credit for an IBAN no account holds: `linkcy sepa import` of such a statement makes it',
};
