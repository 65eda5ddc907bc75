import type { FastifyInstance, FastifyReply } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { emptyBody } from '../../http/fields.js';
import type { AppContext } from '../../app-context.js';
import { groupCommit } from '../../commands/group.js';
import { idempotencyClaimOf, requestNow, runCommand, sendCommandResult } from '../../http/idempotency.js';
import { createBookTransfers, createSepaCreditTransfers } from './batches.js';
import { documentResponse, resourceDocument, sendDocument, createdResponse } from '../../http/json-api.js';
import { prefersXml } from '../../http/content-negotiation.js';
import { accountParams } from '../accounts/schemas.js';
import { buildCamt053 } from './iso20022.js';
import { accountStatement, serializeStatement } from './statement.js';
import { errorResponses } from '../../http/openapi.js';
import { fetchPage, pageLinks } from '../../http/pagination.js';
import {
  bookTransferCreateDocument,
  bookTransferDocument,
  bookTransferListDocument,
  bookTransferListQuery,
  sepaCreditTransferCreateDocument,
  sepaCreditTransferDocument,
  sepaCreditTransferListDocument,
  sepaCreditTransferListQuery,
  statementQuery,
  accountStatementDocument,
  transferParams,
} from './schemas.js';
import { serializeBookTransfer, serializeSepaCreditTransfer } from './serializer.js';
import { changeSepaCreditTransfer, getBookTransfer, getSepaCreditTransfer, listBookTransfers, listSepaCreditTransfers } from './service.js';

/** Book transfers and outgoing SEPA credit transfers (SPEC §9). */
export function transferRoutes(app: FastifyInstance, context: AppContext) {
  const routes = app.withTypeProvider<ZodTypeProvider>();
  // GET handlers read through `reads`, connections writes cannot take (db/database.ts).
  const { db, reads } = context.database;
  // Concurrent transfers are applied together, one transaction per batch (group commit).
  const bookTransferBatch = groupCommit(context, 'book_transfer', createBookTransfers, (row) => createdResponse(serializeBookTransfer(row)));
  // An instant transfer to another bank goes to the rail once its creation has committed (instant.ts).
  const sepaBatch = groupCommit(
    context,
    'sepa_credit_transfer',
    createSepaCreditTransfers,
    (row) => createdResponse(serializeSepaCreditTransfer(row)),
    (row) => context.instantClearing?.dispatch(row),
  );

  routes.post('/transfers', {
    config: { idempotencyKey: true, errors: ['bank_account_not_found', 'bank_account_closed', 'insufficient_funds', 'currency_mismatch'] },
    schema: {
      tags: ['Book transfers'],
      operationId: 'createBookTransfer',
      summary: 'Move money between two accounts of your organization',
      description:
        'Instant: one journal entry, a `bookTransfer` transaction on each account. Both accounts must be open and in the transfer’s currency.',
      body: bookTransferCreateDocument,
      response: { 201: bookTransferDocument, ...errorResponses },
    },
    handler: async (request, reply) => {
      const result = await bookTransferBatch.submit({
        now: await requestNow(request),
        organizationId: request.principal.organizationId,
        document: request.body,
        claim: idempotencyClaimOf(request),
      });
      return sendCommandResult(reply, result);
    },
  });

  routes.get('/transfers', {
    schema: {
      tags: ['Book transfers'],
      operationId: 'listBookTransfers',
      summary: 'List book transfers',
      querystring: bookTransferListQuery,
      response: { 200: bookTransferListDocument, ...errorResponses },
    },
    handler: async (request, reply) => {
      const page = await fetchPage(request.query, 'bookTransfer', (window) =>
        listBookTransfers(reads, request.principal.organizationId, request.query, window),
      );
      return sendDocument(reply, 200, { data: page.rows.map(serializeBookTransfer), links: pageLinks(request, page) });
    },
  });

  routes.get('/transfers/:transferId', {
    config: { errors: ['book_transfer_not_found'] },
    schema: {
      tags: ['Book transfers'],
      operationId: 'getBookTransfer',
      summary: 'Get a book transfer',
      params: transferParams,
      response: { 200: bookTransferDocument, ...errorResponses },
    },
    handler: async (request, reply) =>
      sendDocument(
        reply,
        200,
        resourceDocument(serializeBookTransfer(await getBookTransfer(reads, request.principal.organizationId, request.params.transferId))),
      ),
  });

  const tags = ['SEPA credit transfers'];

  routes.post('/sepa-credit-transfers', {
    config: {
      idempotencyKey: true,
      errors: [
        'bank_account_not_found',
        'bank_account_closed',
        'insufficient_funds',
        'currency_mismatch',
        'end_to_end_id_exists',
        'debtor_name_unwritable',
        'payee_verification_not_found',
        'payee_verification_required',
        'instant_limit_exceeded',
        'instant_unavailable',
      ],
    },
    schema: {
      tags,
      operationId: 'createSepaCreditTransfer',
      summary: 'Send money to any SEPA IBAN',
      description:
        'Validated by the SEPA rulebook (EUR, 0.01 to 999,999,999.99, IBAN and BIC, the SEPA character set). Answers `pending`: the amount ' +
        'leaves the available balance at once, and the transfer goes to the bank in the next pain.001 file. With `scheme: "instant"` ' +
        '(SCT Inst) it is decided within 10 seconds (`sepaCreditTransfer.updated`: `settled`, or `rejected` with a `returnReason` and the ' +
        'money back); to an IBAN held on this server it is answered `settled` at once. `payeeVerification` names the Verification of Payee ' +
        'the payer saw; a result other than `match` needs `acknowledged: true`.',
      body: sepaCreditTransferCreateDocument,
      response: { 201: sepaCreditTransferDocument, ...errorResponses },
    },
    handler: async (request, reply) => {
      const result = await sepaBatch.submit({
        now: await requestNow(request),
        organizationId: request.principal.organizationId,
        document: request.body,
        claim: idempotencyClaimOf(request),
        instantTimeoutMs: context.instantClearing?.timeoutMs,
      });
      return sendCommandResult(reply, result);
    },
  });

  routes.get('/sepa-credit-transfers', {
    schema: {
      tags,
      operationId: 'listSepaCreditTransfers',
      summary: 'List SEPA credit transfers',
      querystring: sepaCreditTransferListQuery,
      response: { 200: sepaCreditTransferListDocument, ...errorResponses },
    },
    handler: async (request, reply) => {
      const page = await fetchPage(request.query, 'sepaCreditTransfer', (window) =>
        listSepaCreditTransfers(reads, request.principal.organizationId, request.query, window),
      );
      return sendDocument(reply, 200, { data: page.rows.map(serializeSepaCreditTransfer), links: pageLinks(request, page) });
    },
  });

  routes.get('/sepa-credit-transfers/:transferId', {
    config: { errors: ['sepa_credit_transfer_not_found'] },
    schema: {
      tags,
      operationId: 'getSepaCreditTransfer',
      summary: 'Get a SEPA credit transfer',
      params: transferParams,
      response: { 200: sepaCreditTransferDocument, ...errorResponses },
    },
    handler: async (request, reply) =>
      sendDocument(
        reply,
        200,
        resourceDocument(
          serializeSepaCreditTransfer(await getSepaCreditTransfer(reads, request.principal.organizationId, request.params.transferId)),
        ),
      ),
  });

  routes.post('/sepa-credit-transfers/:transferId/cancel', {
    config: { idempotencyKey: true, errors: ['sepa_credit_transfer_not_found', 'sepa_credit_transfer_status_conflict'] },
    schema: {
      tags,
      operationId: 'cancelSepaCreditTransfer',
      summary: 'Cancel a pending SEPA credit transfer',
      description: 'Only while `pending` (not yet in a bank file): the hold is released and the money is available again.',
      params: transferParams,
      body: emptyBody,
      response: { 200: sepaCreditTransferDocument, ...errorResponses },
    },
    handler: async (request, reply) => {
      const result = await runCommand(db, request, async (command) =>
        documentResponse(
          200,
          resourceDocument(serializeSepaCreditTransfer(await changeSepaCreditTransfer(command, request.params.transferId, 'cancel'))),
        ),
      );
      return sendCommandResult(reply, result);
    },
  });

  routes.get('/bank/accounts/:accountId/statement', {
    config: { answersXml: true, errors: ['bank_account_not_found'] },
    schema: {
      tags: ['Bank accounts'],
      operationId: 'getAccountStatement',
      summary: 'An account statement, as camt.053 XML or JSON:API',
      description:
        'Opening and closing booked balances and one entry per posted movement between `from` and `to` (UTC days, both included). ' +
        'With `Accept: application/xml`, a camt.053.001.08 document; otherwise the same content as JSON:API.',
      params: accountParams,
      querystring: statementQuery,
      response: { 200: accountStatementDocument, ...errorResponses },
    },
    handler: async (request, reply) => {
      const now = await requestNow(request);
      const today = now.toISOString().slice(0, 10);
      const period = { from: request.query.from ?? `${today.slice(0, 8)}01`, to: request.query.to ?? today };
      const statement = await accountStatement(reads, request.principal.organizationId, request.params.accountId, period, now);
      if (prefersXml(request.headers.accept)) {
        // Not a JSON:API document: the typed reply knows only those.
        return (reply as FastifyReply).code(200).header('Content-Type', 'application/xml; charset=utf-8').send(buildCamt053(statement));
      }
      const resource = serializeStatement(request.params.accountId, period, statement);
      return sendDocument(reply, 200, { data: resource, links: { self: resource.links.self } });
    },
  });
}
