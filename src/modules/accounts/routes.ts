import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { emptyBody } from '../../http/fields.js';
import type { AppContext } from '../../app-context.js';
import { runCommand, sendCommandResult } from '../../http/idempotency.js';
import { documentResponse, resourceDocument, sendDocument, createdResponse } from '../../http/json-api.js';
import { errorResponses } from '../../http/openapi.js';
import { fetchPage, pageLinks } from '../../http/pagination.js';
import {
  accountParams,
  bankAccountCreateDocument,
  bankAccountDocument,
  bankAccountListDocument,
  bankAccountListQuery,
  bankAccountUpdateDocument,
} from './schemas.js';
import { serializeBankAccount } from './serializer.js';
import { bankAccountReader, closeBankAccount, listBankAccounts, openBankAccount, setInstantTransferLimit } from './service.js';
import { AppError } from '../../errors/app-error.js';

export function bankAccountRoutes(app: FastifyInstance, context: AppContext) {
  const routes = app.withTypeProvider<ZodTypeProvider>();
  // GET handlers read through `reads`, connections writes cannot take (db/database.ts).
  const { db, reads } = context.database;
  const readBankAccount = bankAccountReader(reads);
  const tags = ['Bank accounts'];

  routes.post('/bank/accounts', {
    config: { idempotencyKey: true, errors: ['entity_not_found', 'entity_closed', 'entity_not_approved', 'bank_account_exists'] },
    schema: {
      tags,
      operationId: 'createBankAccount',
      summary: 'Issue a bank account to a customer',
      description: 'Opens an IBAN account (default currency EUR) for an approved customer; one open account per customer and currency.',
      body: bankAccountCreateDocument,
      response: { 201: bankAccountDocument, ...errorResponses },
    },
    handler: async (request, reply) => {
      const { data } = request.body;
      const result = await runCommand(db, request, async (command) => {
        const row = await openBankAccount(
          command,
          request.principal.organizationId,
          { entityId: data.relationships.entity.data.id, currency: data.attributes?.currency ?? 'EUR' },
          context.config.iban,
        );
        const resource = serializeBankAccount(row);
        return createdResponse(resource);
      });
      return sendCommandResult(reply, result);
    },
  });

  routes.get('/bank/accounts', {
    schema: {
      tags,
      operationId: 'listBankAccounts',
      summary: 'List bank accounts',
      querystring: bankAccountListQuery,
      response: { 200: bankAccountListDocument, ...errorResponses },
    },
    handler: async (request, reply) => {
      const page = await fetchPage(request.query, 'bankAccount', (window) =>
        listBankAccounts(reads, request.principal.organizationId, request.query, window),
      );
      return sendDocument(reply, 200, { data: page.rows.map(serializeBankAccount), links: pageLinks(request, page) });
    },
  });

  routes.get('/bank/accounts/:accountId', {
    config: { errors: ['bank_account_not_found'] },
    schema: {
      tags,
      operationId: 'getBankAccount',
      summary: 'Get a bank account',
      params: accountParams,
      response: { 200: bankAccountDocument, ...errorResponses },
    },
    handler: async (request, reply) =>
      sendDocument(
        reply,
        200,
        resourceDocument(serializeBankAccount(await readBankAccount(request.principal.organizationId, request.params.accountId))),
      ),
  });

  routes.patch('/bank/accounts/:accountId', {
    config: { idempotencyKey: true, errors: ['bank_account_not_found'] },
    schema: {
      tags,
      operationId: 'updateBankAccount',
      summary: 'Change a bank account’s instant transfer limit',
      description:
        'Sets `instantTransferLimit`: the most one instant SEPA transfer may send from the account, in minor units, or `null` for no ' +
        'limit. An instant transfer above it is refused with 422 `instant_limit_exceeded`.',
      params: accountParams,
      body: bankAccountUpdateDocument,
      response: { 200: bankAccountDocument, ...errorResponses },
    },
    handler: async (request, reply) => {
      const { data } = request.body;
      if (data.id !== undefined && data.id !== request.params.accountId) {
        throw new AppError('validation_failed', `The document is about \`${data.id}\`, not the account of the path.`, {
          source: { pointer: '/data/id' },
        });
      }
      const result = await runCommand(db, request, async (command) =>
        documentResponse(
          200,
          resourceDocument(
            serializeBankAccount(
              await setInstantTransferLimit(
                command,
                request.principal.organizationId,
                request.params.accountId,
                data.attributes.instantTransferLimit,
              ),
            ),
          ),
        ),
      );
      return sendCommandResult(reply, result);
    },
  });

  routes.post('/bank/accounts/:accountId/close', {
    config: { idempotencyKey: true, errors: ['bank_account_not_found', 'bank_account_not_empty', 'bank_account_closed'] },
    schema: {
      tags,
      operationId: 'closeBankAccount',
      summary: 'Close a bank account',
      description: 'Only an account with a zero balance and no pending holds can close. Closed accounts refuse incoming money.',
      params: accountParams,
      body: emptyBody,
      response: { 200: bankAccountDocument, ...errorResponses },
    },
    handler: async (request, reply) => {
      const result = await runCommand(db, request, async (command) =>
        documentResponse(
          200,
          resourceDocument(serializeBankAccount(await closeBankAccount(command, request.principal.organizationId, request.params.accountId))),
        ),
      );
      return sendCommandResult(reply, result);
    },
  });
}
