import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { emptyBody } from '../../http/fields.js';
import type { AppContext } from '../../app-context.js';
import { isId } from '../../domain/ids.js';
import { resourceDocument, sendDocument } from '../../http/json-api.js';
import { errorResponses } from '../../http/openapi.js';
import { fetchPage, pageLinks } from '../../http/pagination.js';
import { entityBankAccountIds, getBankAccount } from '../accounts/service.js';
import { transactionDocument, transactionListDocument, transactionListQuery, transactionParams, type TransactionListQuery } from './schemas.js';
import { serializeTransaction } from './serializer.js';
import { listTransactions, transactionReader } from './transactions.js';

const allTransactionsQuery = transactionListQuery.extend({
  'filter[entity]': z.string().max(64).optional().describe('Only this customer’s accounts.'),
  'filter[bankAccount]': z.string().max(64).optional().describe('Only this account.'),
});

export function transactionRoutes(app: FastifyInstance, context: AppContext) {
  const routes = app.withTypeProvider<ZodTypeProvider>();
  // Every route here only reads: through `reads`, connections writes cannot take (db/database.ts).
  const { reads } = context.database;
  const readTransaction = transactionReader(reads);
  const tags = ['Transactions'];

  const list = async (organizationId: string, bankAccountIds: string[] | undefined, query: TransactionListQuery) =>
    fetchPage(query, 'transaction', (window) => listTransactions(reads, organizationId, bankAccountIds ? { bankAccountIds } : {}, query, window));

  routes.post('/bank/accounts/:entityId', {
    config: { errors: ['entity_not_found', 'bank_account_not_found'] },
    schema: {
      tags,
      operationId: 'listEntityTransactionsByPost',
      summary: 'Get all transactions of one customer’s bank account',
      description:
        'The seed reference’s route: the transactions of every account of the customer, newest first. ' +
        'Also takes an account id. Pagination links point at the equivalent `GET /transactions`.',
      params: z.object({ entityId: z.string().describe('A customer id (`ent_...`) or an account id (`acc_...`).') }),
      querystring: transactionListQuery,
      body: emptyBody,
      response: { 200: transactionListDocument, ...errorResponses },
    },
    handler: async (request, reply) => {
      const { organizationId } = request.principal;
      const id = request.params.entityId;
      const byAccount = isId('bankAccount', id);
      const accountIds = byAccount ? [(await getBankAccount(reads, organizationId, id)).id] : await entityBankAccountIds(reads, organizationId, id);
      const page = await list(organizationId, accountIds, request.query);
      const canonical = { path: '/transactions', params: { [byAccount ? 'filter[bankAccount]' : 'filter[entity]']: id } };
      return sendDocument(reply, 200, { data: page.rows.map(serializeTransaction), links: pageLinks(request, page, canonical) });
    },
  });

  routes.get('/bank/accounts/:accountId/transactions', {
    config: { errors: ['bank_account_not_found'] },
    schema: {
      tags,
      operationId: 'listAccountTransactions',
      summary: 'List an account’s transactions',
      params: z.object({ accountId: z.string() }),
      querystring: transactionListQuery,
      response: { 200: transactionListDocument, ...errorResponses },
    },
    handler: async (request, reply) => {
      const { organizationId } = request.principal;
      const account = await getBankAccount(reads, organizationId, request.params.accountId);
      const page = await list(organizationId, [account.id], request.query);
      return sendDocument(reply, 200, { data: page.rows.map(serializeTransaction), links: pageLinks(request, page) });
    },
  });

  routes.get('/transactions', {
    config: { errors: ['entity_not_found', 'bank_account_not_found'] },
    schema: {
      tags,
      operationId: 'listTransactions',
      summary: 'List transactions',
      querystring: allTransactionsQuery,
      response: { 200: transactionListDocument, ...errorResponses },
    },
    handler: async (request, reply) => {
      const { organizationId } = request.principal;
      const { 'filter[entity]': entityId, 'filter[bankAccount]': accountId, ...query } = request.query;
      let accountIds: string[] | undefined;
      if (entityId !== undefined) accountIds = await entityBankAccountIds(reads, organizationId, entityId);
      if (accountId !== undefined) {
        const account = await getBankAccount(reads, organizationId, accountId);
        accountIds = accountIds === undefined || accountIds.includes(account.id) ? [account.id] : [];
      }
      const page = await list(organizationId, accountIds, query);
      return sendDocument(reply, 200, { data: page.rows.map(serializeTransaction), links: pageLinks(request, page) });
    },
  });

  routes.get('/transactions/:transactionId', {
    config: { errors: ['transaction_not_found'] },
    schema: {
      tags,
      operationId: 'getTransaction',
      summary: 'Get a transaction',
      params: transactionParams,
      response: { 200: transactionDocument, ...errorResponses },
    },
    handler: async (request, reply) => {
      const resource = serializeTransaction(await readTransaction(request.principal.organizationId, request.params.transactionId));
      return sendDocument(reply, 200, resourceDocument(resource));
    },
  });
}
