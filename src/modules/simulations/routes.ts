import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppContext } from '../../app-context.js';
import { idempotencyClaimOf, runCommand, sendCommandResult } from '../../http/idempotency.js';
import { documentResponse, resourceDocument } from '../../http/json-api.js';
import { errorResponses } from '../../http/openapi.js';
import { transactionDocument } from '../transactions/schemas.js';
import { serializeTransaction } from '../transactions/serializer.js';
import { authorizeBatch, settleBatch, type AuthorizationCommand, type SettlementCommand } from '../cards/authorizations.js';
import { GroupCommit } from '../../db/group-commit.js';
import {
  authorizationCreateDocument,
  authorizationDocument,
  authorizationParams,
  captureDocument,
  cardDocument,
  cardParams,
} from '../cards/schemas.js';
import { serializeAuthorization, serializeCard } from '../cards/serializer.js';
import { advanceShipment, getCard } from '../cards/service.js';
import { emptyBody } from '../entities/schemas.js';
import { entityDocument, entityParams, kycDecisionDocument } from '../entities/schemas.js';
import { serializeEntity } from '../entities/serializer.js';
import { decideKyc } from '../entities/service.js';
import { receiveIncomingTransfers, type IncomingTransferCommand } from '../ledger/incoming-transfers.js';
import { incomingTransferDocument } from './schemas.js';

type AuthorizationRow = Parameters<typeof serializeAuthorization>[0];

/** Sandbox routes that play the outside world (SPEC §5). They are not registered in live mode. */
export function simulationRoutes(app: FastifyInstance, context: AppContext) {
  const routes = app.withTypeProvider<ZodTypeProvider>();
  const { db } = context.database;
  const tags = ['Sandbox simulations'];

  // Concurrent credits are applied together, one transaction per batch (group commit).
  // Metrics count what committed: rows seen while a batch is applied are counted once it has.
  const transferBatch = new GroupCommit(
    async (items: IncomingTransferCommand[], options) => {
      const credited: { kind: string; currency: string; amount: number }[] = [];
      const outcomes = await db.transaction((tx) =>
        receiveIncomingTransfers(
          tx,
          context.vault,
          items,
          (row) => {
            credited.push(row);
            const resource = serializeTransaction(row);
            return documentResponse(201, resourceDocument(resource), { Location: resource.links.self });
          },
          options,
        ),
      );
      for (const row of credited) context.metrics.moved(row.kind, row.currency, row.amount);
      return outcomes;
    },
    { observer: context.metrics.batches('incoming_transfer') },
  );

  routes.post('/simulations/incoming-transfers', {
    config: { idempotencyKey: true },
    schema: {
      tags,
      operationId: 'simulateIncomingTransfer',
      summary: 'Simulate an incoming SEPA transfer',
      description: 'Credits the account holding `iban`. Answers the resulting transaction.',
      body: incomingTransferDocument,
      response: { 201: transactionDocument, ...errorResponses },
    },
    handler: async (request, reply) => {
      const result = await transferBatch.submit({
        organizationId: request.principal.organizationId,
        transfer: request.body.data.attributes,
        claim: idempotencyClaimOf(request),
      });
      return sendCommandResult(reply, result);
    },
  });

  const authorizationResult = (row: AuthorizationRow, status: number) => {
    const resource = serializeAuthorization(row);
    return documentResponse(status, resourceDocument(resource), status === 201 ? { Location: resource.links.self } : {});
  };

  // Concurrent authorizations are applied together, one transaction per batch (group commit).
  const authorizationBatch = new GroupCommit(
    async (items: AuthorizationCommand[], options) => {
      const decided: AuthorizationRow[] = [];
      const outcomes = await db.transaction((tx) =>
        authorizeBatch(
          tx,
          context.vault,
          items,
          (row) => {
            decided.push(row);
            return authorizationResult(row, 201);
          },
          options,
        ),
      );
      for (const row of decided) context.metrics.authorization(row.status, row.declineReason);
      return outcomes;
    },
    { observer: context.metrics.batches('card_authorization') },
  );

  const settlementBatch = new GroupCommit(
    async (items: SettlementCommand[], options) => {
      const settled: AuthorizationRow[] = [];
      const outcomes = await db.transaction((tx) =>
        settleBatch(
          tx,
          context.vault,
          items,
          (row) => {
            settled.push(row);
            return authorizationResult(row, 200);
          },
          options,
        ),
      );
      for (const row of settled) if (row.status === 'captured') context.metrics.moved('cardPayment', row.currency, row.capturedAmount ?? 0);
      return outcomes;
    },
    { observer: context.metrics.batches('card_settlement') },
  );

  routes.post('/simulations/card-authorizations', {
    config: { idempotencyKey: true },
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
      const result = await authorizationBatch.submit({
        organizationId: request.principal.organizationId,
        request: { cardId: relationships.card.data.id, ...attributes },
        holdExpirySeconds: context.config.cards.holdExpirySeconds,
        claim: idempotencyClaimOf(request),
      });
      return sendCommandResult(reply, result);
    },
  });

  routes.post('/simulations/card-authorizations/:authorizationId/capture', {
    config: { idempotencyKey: true },
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
      const result = await settlementBatch.submit({
        organizationId: request.principal.organizationId,
        authorizationId: request.params.authorizationId,
        action: 'capture',
        amount: request.body?.data.attributes.amount,
        claim: idempotencyClaimOf(request),
      });
      return sendCommandResult(reply, result);
    },
  });

  routes.post('/simulations/card-authorizations/:authorizationId/release', {
    config: { idempotencyKey: true },
    schema: {
      tags,
      operationId: 'releaseAuthorization',
      summary: 'Release a pending authorization',
      params: authorizationParams,
      body: emptyBody,
      response: { 200: authorizationDocument, ...errorResponses },
    },
    handler: async (request, reply) => {
      const result = await settlementBatch.submit({
        organizationId: request.principal.organizationId,
        authorizationId: request.params.authorizationId,
        action: 'release',
        claim: idempotencyClaimOf(request),
      });
      return sendCommandResult(reply, result);
    },
  });

  routes.post('/simulations/entities/:entityId/kyc', {
    config: { idempotencyKey: true },
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
      const result = await runCommand(db, request, async (tx) => {
        const resource = serializeEntity(
          await decideKyc(tx, request.principal.organizationId, request.params.entityId, { status, reasons: reasons ?? [] }),
        );
        return documentResponse(200, resourceDocument(resource));
      });
      return sendCommandResult(reply, result);
    },
  });

  routes.post('/simulations/cards/:cardId/shipment', {
    config: { idempotencyKey: true },
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
      const result = await runCommand(db, request, async (tx) => {
        const card = await getCard(tx, request.principal.organizationId, request.params.cardId, { forUpdate: true });
        const resource = serializeCard(await advanceShipment(tx, card));
        return documentResponse(200, resourceDocument(resource));
      });
      return sendCommandResult(reply, result);
    },
  });
}
