import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { emptyBody } from '../../http/fields.js';
import type { AppContext } from '../../app-context.js';
import { groupCommit } from '../../commands/group.js';
import { idempotencyClaimOf, requestNow, runCommand, sendCommandResult } from '../../http/idempotency.js';
import { documentResponse, resourceDocument, createdResponse, sendDocument } from '../../http/json-api.js';
import { moveSandboxClock } from './sandbox-clock.js';
import { errorResponses } from '../../http/openapi.js';
import { transactionDocument } from '../ledger/schemas.js';
import { serializeTransaction } from '../ledger/serializer.js';
import { authorizeBatch, refundBatch, settleBatch, type SettlementCommand } from '../authorizations/service.js';
import {
  authorizationCreateDocument,
  authorizationDocument,
  authorizationParams,
  captureDocument,
  incrementDocument,
  refundCreateDocument,
} from '../authorizations/schemas.js';
import { serializeAuthorization } from '../authorizations/serializer.js';
import { cardDocument, cardParams } from '../cards/schemas.js';
import { advanceShipment, getCard, presentCard } from '../cards/service.js';
import { entityDocument, entityParams, kycDecisionDocument } from '../entities/schemas.js';
import { serializeEntity } from '../entities/serializer.js';
import { decideKyc } from '../entities/service.js';
import { receiveIncomingTransfers } from '../ledger/incoming-transfers.js';
import { clockDocument, clockMoveDocument, incomingTransferDocument } from './schemas.js';
import { sepaCreditTransferDocument, sepaOutcomeDocument, transferParams } from '../transfers/schemas.js';
import { serializeSepaCreditTransfer } from '../transfers/serializer.js';
import { changeSepaCreditTransfer } from '../transfers/service.js';
import { sandboxPayeeDocument, sandboxPayeeResponse } from '../payees/schemas.js';
import { registerSandboxPayee } from '../payees/service.js';

type AuthorizationRow = Parameters<typeof serializeAuthorization>[0];

/** Sandbox routes that play the outside world (SPEC §5). They are not registered in live mode. */
export function simulationRoutes(app: FastifyInstance, context: AppContext) {
  const routes = app.withTypeProvider<ZodTypeProvider>();
  const { db } = context.database;
  const tags = ['Sandbox simulations'];

  // Concurrent credits are applied together, one transaction per batch (group commit).
  const transferBatch = groupCommit(context, 'incoming_transfer', receiveIncomingTransfers, (row) => {
    const resource = serializeTransaction(row);
    return createdResponse(resource);
  });

  routes.post('/simulations/incoming-transfers', {
    config: { idempotencyKey: true, errors: ['iban_not_found', 'currency_mismatch', 'bank_account_closed'] },
    schema: {
      tags,
      operationId: 'simulateIncomingTransfer',
      summary: 'Simulate an incoming SEPA transfer',
      description: 'Credits the account holding `iban` (with `scheme: "instant"`, an SCT Inst credit). Answers the resulting transaction.',
      body: incomingTransferDocument,
      response: { 201: transactionDocument, ...errorResponses },
    },
    handler: async (request, reply) => {
      const result = await transferBatch.submit({
        now: await requestNow(request),
        organizationId: request.principal.organizationId,
        transfer: request.body.data.attributes,
        claim: idempotencyClaimOf(request),
      });
      return sendCommandResult(reply, result);
    },
  });

  routes.post('/simulations/payees', {
    config: { idempotencyKey: true, errors: [] },
    schema: {
      tags,
      operationId: 'simulatePayee',
      summary: 'Register who holds an IBAN at another bank (Verification of Payee)',
      description:
        'Sandbox stand-in for the partner bank’s Verification of Payee service: `POST /payee-verifications` for this IBAN is then ' +
        'compared with this name. Registering an IBAN again replaces its name. IBANs held on this server are always answered from ' +
        'their holders.',
      body: sandboxPayeeDocument,
      response: { 200: sandboxPayeeResponse, ...errorResponses },
    },
    handler: async (request, reply) => {
      const { iban, name } = request.body.data.attributes;
      const result = await runCommand(db, request, async (command) => {
        const row = await registerSandboxPayee(command, iban, name);
        return documentResponse(200, {
          data: { type: 'payee', id: row.iban, attributes: { iban: row.iban, name: row.name, createdAt: row.createdAt.toISOString() } },
        });
      });
      return sendCommandResult(reply, result);
    },
  });

  const authorizationResult = (row: AuthorizationRow, status: number) => {
    const resource = serializeAuthorization(row);
    return status === 201 ? createdResponse(resource) : documentResponse(status, resourceDocument(resource));
  };

  // Concurrent authorizations, and captures and releases, are applied together (group commit).
  const authorizationBatch = groupCommit(
    context,
    'card_authorization',
    authorizeBatch,
    (row) => authorizationResult(row, 201),
    (row) => context.metrics.authorization(row.status, row.declineReason),
  );
  const settlementBatch = groupCommit(context, 'card_settlement', settleBatch, (row) => authorizationResult(row, 200));

  routes.post('/simulations/card-authorizations', {
    config: { idempotencyKey: true, errors: ['card_not_found'] },
    schema: {
      tags,
      operationId: 'simulateCardAuthorization',
      summary: 'Simulate a card authorization from a merchant',
      description:
        'Answers 201 with an `authorization` that is `approved` (a hold on the account and a pending cardPayment transaction) ' +
        'or `declined` with a `declineReason`.',
      body: authorizationCreateDocument,
      response: { 201: authorizationDocument, ...errorResponses },
    },
    handler: async (request, reply) => {
      const { attributes, relationships } = request.body.data;
      const command = {
        now: await requestNow(request),
        organizationId: request.principal.organizationId,
        request: { cardId: relationships.card.data.id, ...attributes },
        holdExpirySeconds: context.config.cards.holdExpirySeconds,
        claim: idempotencyClaimOf(request),
      };
      const asked = await context.askAuthorizationEndpoint(command);
      const result = await authorizationBatch.submit({ ...command, ...asked });
      return sendCommandResult(reply, result);
    },
  });

  /** A capture, release or increment of the authorization the route names, in group commit. */
  const settle = async (request: FastifyRequest, authorizationId: string, action: SettlementCommand['action'], amount?: number) =>
    settlementBatch.submit({
      now: await requestNow(request),
      organizationId: request.principal.organizationId,
      authorizationId,
      action,
      amount,
      claim: idempotencyClaimOf(request),
    });

  routes.post('/simulations/card-authorizations/:authorizationId/capture', {
    config: { idempotencyKey: true, errors: ['authorization_not_found', 'authorization_not_pending', 'authorization_expired'] },
    schema: {
      tags,
      operationId: 'captureAuthorization',
      summary: 'Capture a pending authorization',
      description: 'Without a body captures the whole amount; with `attributes.amount` captures part and releases the rest.',
      params: authorizationParams,
      body: captureDocument,
      response: { 200: authorizationDocument, ...errorResponses },
    },
    handler: async (request, reply) => {
      return sendCommandResult(reply, await settle(request, request.params.authorizationId, 'capture', request.body?.data.attributes.amount));
    },
  });

  routes.post('/simulations/card-authorizations/:authorizationId/release', {
    config: { idempotencyKey: true, errors: ['authorization_not_found', 'authorization_not_pending', 'authorization_expired'] },
    schema: {
      tags,
      operationId: 'releaseAuthorization',
      summary: 'Release a pending authorization',
      params: authorizationParams,
      body: emptyBody,
      response: { 200: authorizationDocument, ...errorResponses },
    },
    handler: async (request, reply) => {
      return sendCommandResult(reply, await settle(request, request.params.authorizationId, 'release'));
    },
  });

  routes.post('/simulations/card-authorizations/:authorizationId/increment', {
    config: { idempotencyKey: true, errors: ['authorization_not_found', 'authorization_not_pending', 'authorization_expired'] },
    schema: {
      tags,
      operationId: 'incrementAuthorization',
      summary: 'Ask for more on a pending authorization',
      description:
        'The merchant asks to raise a pending authorization (a hotel, a fuel pump). Approved when the card, its spending ' +
        'controls and the balance allow: the hold and `amount` grow. Either way the answer lists it in `increments` with its ' +
        'status and `declineReason`; a declined increment leaves the authorization as it was.',
      params: authorizationParams,
      body: incrementDocument,
      response: { 200: authorizationDocument, ...errorResponses },
    },
    handler: async (request, reply) => {
      return sendCommandResult(reply, await settle(request, request.params.authorizationId, 'increment', request.body.data.attributes.amount));
    },
  });

  const refundBatchCommit = groupCommit(context, 'card_refund', refundBatch, (row) => createdResponse(serializeTransaction(row)));

  routes.post('/simulations/card-refunds', {
    config: { idempotencyKey: true, errors: ['card_not_found', 'currency_mismatch', 'bank_account_closed'] },
    schema: {
      tags,
      operationId: 'simulateCardRefund',
      summary: 'Simulate a merchant’s refund to a card',
      description:
        'Credits the card’s account at once with a posted `cardRefund` transaction, whatever the card’s status, and answers ' +
        'it. Refunds do not give back spending against the card’s limits.',
      body: refundCreateDocument,
      response: { 201: transactionDocument, ...errorResponses },
    },
    handler: async (request, reply) => {
      const { attributes, relationships } = request.body.data;
      const result = await refundBatchCommit.submit({
        now: await requestNow(request),
        organizationId: request.principal.organizationId,
        request: { cardId: relationships.card.data.id, ...attributes },
        claim: idempotencyClaimOf(request),
      });
      return sendCommandResult(reply, result);
    },
  });

  routes.post('/simulations/entities/:entityId/kyc', {
    config: { idempotencyKey: true, errors: ['entity_not_found', 'entity_closed'] },
    schema: {
      tags,
      operationId: 'simulateKycDecision',
      summary: 'Decide a customer’s KYC',
      description: '`approved`, or `rejected` with reasons. Accounts and cards open only for approved customers.',
      params: entityParams,
      body: kycDecisionDocument,
      response: { 200: entityDocument, ...errorResponses },
    },
    handler: async (request, reply) => {
      const { status, reasons } = request.body.data.attributes;
      const result = await runCommand(db, request, async (command) => {
        const resource = serializeEntity(
          await decideKyc(command, request.principal.organizationId, request.params.entityId, { status, reasons: reasons ?? [] }),
        );
        return documentResponse(200, resourceDocument(resource));
      });
      return sendCommandResult(reply, result);
    },
  });

  routes.post('/simulations/cards/:cardId/shipment', {
    config: { idempotencyKey: true, errors: ['card_not_found', 'card_already_delivered', 'card_not_physical', 'card_closed'] },
    schema: {
      tags,
      operationId: 'simulateCardShipment',
      summary: 'Advance a physical card’s shipment',
      description: '`processing` -> `shipped` -> `delivered`.',
      params: cardParams,
      body: emptyBody,
      response: { 200: cardDocument, ...errorResponses },
    },
    handler: async (request, reply) => {
      const result = await runCommand(db, request, async (command) => {
        const card = await getCard(command.tx, request.principal.organizationId, request.params.cardId, { forUpdate: true });
        const resource = await presentCard(command.tx, await advanceShipment(command, card), command.now);
        return documentResponse(200, resourceDocument(resource));
      });
      return sendCommandResult(reply, result);
    },
  });

  // Each organization's sandbox clock (SPEC §11).
  const clockDocumentOf = (organizationId: string, now: Date, meta?: Record<string, number>) => ({
    data: { type: 'clock' as const, id: organizationId, attributes: { now: now.toISOString() } },
    ...(meta ? { meta } : {}),
    links: { self: '/simulations/clock' },
  });

  routes.get('/simulations/clock', {
    schema: {
      tags,
      operationId: 'getSandboxClock',
      summary: 'Read your sandbox’s clock',
      description: 'Everything time-based in your sandbox reads it: hold expiry, shipping, card expiry, spending-limit windows, timestamps.',
      response: { 200: clockDocument, ...errorResponses },
    },
    handler: async (request, reply) =>
      sendDocument(reply, 200, clockDocument.parse(clockDocumentOf(request.principal.organizationId, await requestNow(request)))),
  });

  routes.post('/simulations/clock', {
    config: { idempotencyKey: true },
    schema: {
      tags,
      operationId: 'moveSandboxClock',
      summary: 'Move your sandbox’s clock forward',
      description:
        'By `advanceSeconds`, or to `now` (never back). What became due runs at once, with its events and webhooks: holds ' +
        'past their expiry are released, physical cards whose estimated delivery has begun are delivered, SEPA credit ' +
        'transfers are submitted and settled by the sandbox bank. `meta` says how many.',
      body: clockMoveDocument,
      response: { 200: clockDocument, ...errorResponses },
    },
    handler: async (request, reply) => {
      const organizationId = request.principal.organizationId;
      const { advanceSeconds, now: to } = request.body.data.attributes;
      const result = await runCommand(db, request, async (command) => {
        const { now, ...ran } = await moveSandboxClock(command, context.clocks, { advanceSeconds, to }, context.config.sandboxSepaSettleSeconds);
        return documentResponse(200, clockDocument.parse(clockDocumentOf(organizationId, now, ran)));
      });
      context.clocks.forget(organizationId);
      return sendCommandResult(reply, result);
    },
  });

  // The partner bank's answers to an outgoing transfer (SPEC §9), as a statement import would apply them.
  for (const [step, summary, description] of [
    ['settle', 'Settle a SEPA credit transfer', 'A `pending` transfer is submitted and settled; a `submitted` one settled.'],
    ['reject', 'Reject a SEPA credit transfer', 'A `pending` or `submitted` transfer is rejected (default reason AG01); the money comes back.'],
    ['return', 'Return a SEPA credit transfer', 'A `submitted` or `settled` transfer is returned (default reason AC04); the money comes back.'],
  ] as const) {
    routes.post(`/simulations/sepa-credit-transfers/:transferId/${step}`, {
      config: { idempotencyKey: true, errors: ['sepa_credit_transfer_not_found', 'sepa_credit_transfer_status_conflict'] },
      schema: {
        tags,
        operationId: `simulateSepaCreditTransfer${step[0]!.toUpperCase()}${step.slice(1)}`,
        summary,
        description,
        params: transferParams,
        body: sepaOutcomeDocument,
        response: { 200: sepaCreditTransferDocument, ...errorResponses },
      },
      handler: async (request, reply) => {
        const result = await runCommand(db, request, async (command) => {
          const row = await changeSepaCreditTransfer(command, request.params.transferId, step, request.body?.data.attributes?.returnReason);
          return documentResponse(200, resourceDocument(serializeSepaCreditTransfer(row)));
        });
        return sendCommandResult(reply, result);
      },
    });
  }
}
