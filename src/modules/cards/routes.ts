import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { emptyBody } from '../../http/fields.js';
import type { AppContext } from '../../app-context.js';
import { actorOf, requestNow, runCommand, sendCommandResult } from '../../http/idempotency.js';
import { execute } from '../../commands/execute.js';
import { AppError } from '../../errors/app-error.js';
import { documentResponse, resourceDocument, sendDocument, createdResponse } from '../../http/json-api.js';
import { errorResponses } from '../../http/openapi.js';
import { fetchPage, pageLinks } from '../../http/pagination.js';
import {
  cardCloseDocument,
  cardCreateDocument,
  cardDetailsDocument,
  cardDocument,
  cardListDocument,
  cardListQuery,
  cardParams,
  cardPinDocument,
  cardSuspendDocument,
  cardTargetParams,
  cardReplaceDocument,
  cardUpdateDocument,
  pinResetDocument,
} from './schemas.js';
import { guardSensitive } from './sensitive-routes.js';
import {
  changeCardStatus,
  changeSpendingControls,
  getCard,
  isDelivered,
  issueCard,
  listCards,
  presentCard,
  presentCards,
  replaceCard,
  lockCardWithAccount,
  resetPin,
  resolveCard,
  revealDetails,
  revealPin,
} from './service.js';

export function cardRoutes(app: FastifyInstance, context: AppContext) {
  const routes = app.withTypeProvider<ZodTypeProvider>();
  // GET handlers read through `reads`, connections writes cannot take (db/database.ts).
  const { db, reads } = context.database;
  const tags = ['Cards'];
  const deps = { vault: context.vault, config: context.config.cards };

  routes.post('/cards', {
    config: {
      idempotencyKey: true,
      errors: ['entity_not_found', 'entity_closed', 'entity_not_approved', 'bank_account_not_found', 'bank_account_required', 'bank_account_closed'],
    },
    schema: {
      tags,
      operationId: 'createCard',
      summary: 'Issue a card to a customer',
      description:
        'Issues a virtual (active at once) or physical card (inactive until delivered and activated; delivery in 4 to 14 days) ' +
        'spending from the customer’s open account. The response never holds the full card number or CVV.',
      body: cardCreateDocument,
      response: { 201: cardDocument, ...errorResponses },
    },
    handler: async (request, reply) => {
      const { attributes, relationships } = request.body.data;
      const result = await runCommand(db, request, async (command) => {
        const card = await issueCard(
          command,
          request.principal.organizationId,
          { ...attributes, entityId: relationships.entity.data.id, bankAccountId: relationships.bankAccount?.data.id },
          deps,
        );
        return createdResponse(await presentCard(command.tx, card, command.now));
      });
      return sendCommandResult(reply, result);
    },
  });

  routes.get('/cards', {
    schema: {
      tags,
      operationId: 'listCards',
      summary: 'List cards',
      querystring: cardListQuery,
      response: { 200: cardListDocument, ...errorResponses },
    },
    handler: async (request, reply) => {
      const page = await fetchPage(request.query, 'card', (window) => listCards(reads, request.principal.organizationId, request.query, window));
      return sendDocument(reply, 200, { data: await presentCards(reads, page.rows, await requestNow(request)), links: pageLinks(request, page) });
    },
  });

  routes.get('/cards/:cardId', {
    config: { errors: ['card_not_found'] },
    schema: { tags, operationId: 'getCard', summary: 'Get a card', params: cardParams, response: { 200: cardDocument, ...errorResponses } },
    handler: async (request, reply) =>
      sendDocument(
        reply,
        200,
        resourceDocument(
          await presentCard(reads, await getCard(reads, request.principal.organizationId, request.params.cardId), await requestNow(request)),
        ),
      ),
  });

  routes.patch('/cards/:cardId', {
    config: { errors: ['card_not_found', 'card_closed'] },
    schema: {
      tags,
      operationId: 'updateCard',
      summary: 'Change a card’s spending controls',
      description:
        '`spendingControls` replaces the card’s limits and merchant rules whole (a list left out is empty). What the current ' +
        'windows have spent is kept: a limit lowered below it declines until the window resets.',
      params: cardParams,
      body: cardUpdateDocument,
      response: { 200: cardDocument, ...errorResponses },
    },
    handler: async (request, reply) => {
      const { cardId } = request.params;
      const { data } = request.body;
      if (data.id !== undefined && data.id !== cardId) {
        throw new AppError('validation_failed', '`id` must equal the id in the URL.', { source: { pointer: '/data/id' } });
      }
      const resource = await execute(
        db,
        actorOf(request),
        async (command) => {
          const card = await getCard(command.tx, request.principal.organizationId, cardId, { forUpdate: true });
          return presentCard(command.tx, await changeSpendingControls(command, card, data.attributes.spendingControls), command.now);
        },
        await requestNow(request),
      );
      return sendDocument(reply, 200, resourceDocument(resource));
    },
  });

  routes.post('/cards/:cardId/activate', {
    config: { idempotencyKey: true, errors: ['card_not_found', 'card_not_delivered', 'card_closed', 'card_status_conflict'] },
    schema: {
      tags,
      operationId: 'activateCard',
      summary: 'Activate a delivered physical card',
      params: cardParams,
      body: emptyBody,
      response: { 200: cardDocument, ...errorResponses },
    },
    handler: async (request, reply) => {
      const result = await runCommand(db, request, async (command) => {
        // The account first, as every writer of spending counters locks it (a successor takes them over).
        const card = await lockCardWithAccount(command.tx, await getCard(command.tx, request.principal.organizationId, request.params.cardId));
        return documentResponse(
          200,
          resourceDocument(
            await presentCard(command.tx, await changeCardStatus(command, card, { kind: 'activate', delivered: isDelivered(card) }), command.now),
          ),
        );
      });
      return sendCommandResult(reply, result);
    },
  });

  routes.post('/cards/:cardId/close', {
    config: { idempotencyKey: true, errors: ['card_not_found', 'card_closed'] },
    schema: {
      tags,
      operationId: 'closeCard',
      summary: 'Close a card, or report it lost or stolen',
      description: '`reason` is `lost`, `stolen` or `closed` (the default). Final: a closed card never works again (410 afterwards).',
      params: cardParams,
      body: cardCloseDocument,
      response: { 200: cardDocument, ...errorResponses },
    },
    handler: async (request, reply) => {
      const reason = request.body?.data.attributes.reason ?? 'closed';
      const result = await runCommand(db, request, async (command) => {
        const card = await getCard(command.tx, request.principal.organizationId, request.params.cardId, { forUpdate: true });
        return documentResponse(
          200,
          resourceDocument(await presentCard(command.tx, await changeCardStatus(command, card, { kind: 'close', reason }), command.now)),
        );
      });
      return sendCommandResult(reply, result);
    },
  });

  routes.post('/cards/:cardId/replace', {
    config: { idempotencyKey: true, errors: ['card_not_found', 'card_closed', 'card_status_conflict', 'entity_closed', 'entity_not_approved'] },
    schema: {
      tags,
      operationId: 'replaceCard',
      summary: 'Replace a lost, stolen, damaged or expiring card',
      description:
        'Issues the successor (same form, holder, account, PIN and spending controls; `relationships.replaces` names the old ' +
        'card). `lost` and `stolen` give a new number and end the old card at once; `damaged` keeps number and expiry, ' +
        '`expiring` the number with a new expiry, and the old card works until its successor is activated (a virtual ' +
        'successor is active at once). Answers the successor.',
      params: cardParams,
      body: cardReplaceDocument,
      response: { 201: cardDocument, ...errorResponses },
    },
    handler: async (request, reply) => {
      const result = await runCommand(db, request, async (command) => {
        const found = await getCard(command.tx, request.principal.organizationId, request.params.cardId);
        const card = await lockCardWithAccount(command.tx, found);
        const successor = await replaceCard(command, card, request.body.data.attributes.reason, deps);
        return createdResponse(await presentCard(command.tx, successor, command.now));
      });
      return sendCommandResult(reply, result);
    },
  });

  routes.post('/cards/suspend', {
    config: { idempotencyKey: true, errors: ['card_not_found', 'card_closed', 'card_status_conflict'] },
    schema: {
      tags,
      operationId: 'suspendCard',
      summary: 'Suspend your customer’s card',
      description:
        '`suspended: true` suspends, `false` re-enables. Name the card by `id`, or by `relationships.entity` for the customer’s ' +
        'most recent card that is not closed.',
      body: cardSuspendDocument,
      response: { 200: cardDocument, ...errorResponses },
    },
    handler: async (request, reply) => {
      const { data } = request.body;
      const target = data.id ?? data.relationships!.entity.data.id;
      const result = await runCommand(db, request, async (command) => {
        const card = await resolveCard(command.tx, request.principal.organizationId, target, { forUpdate: true });
        const change = data.attributes.suspended ? { kind: 'suspend' as const } : { kind: 'unsuspend' as const };
        return documentResponse(200, resourceDocument(await presentCard(command.tx, await changeCardStatus(command, card, change), command.now)));
      });
      return sendCommandResult(reply, result);
    },
  });

  routes.post('/cards/details/:entityId', {
    config: { cardSecretAction: 'card.details.reveal', errors: ['insufficient_scope', 'card_not_found', 'entity_not_found', 'card_closed'] },
    schema: {
      tags,
      operationId: 'revealCardDetails',
      summary: 'Get your customer’s card details',
      description: 'The full card number, CVV and expiry. Needs the `cards:sensitive` scope; every call is audited.',
      params: cardTargetParams,
      body: emptyBody,
      response: { 200: cardDetailsDocument, ...errorResponses },
    },
    handler: async (request, reply) => {
      const document = await guardSensitive(context, request, reply, async (tx) => {
        const card = await resolveCard(tx, request.principal.organizationId, request.params.entityId);
        return { resource: card.id, result: { data: { type: 'cardDetails', id: card.id, attributes: revealDetails(card, context.vault) } } };
      });
      return sendDocument(reply, 200, cardDetailsDocument.parse(document));
    },
  });

  routes.get('/cards/pin/:entityId', {
    config: { cardSecretAction: 'card.pin.reveal', errors: ['insufficient_scope', 'card_not_found', 'entity_not_found', 'card_closed'] },
    schema: {
      tags,
      operationId: 'revealCardPin',
      summary: 'Get the PIN of your customer’s card',
      description: 'Needs the `cards:sensitive` scope; every call is audited.',
      params: cardTargetParams,
      response: { 200: cardPinDocument, ...errorResponses },
    },
    handler: async (request, reply) => {
      const document = await guardSensitive(context, request, reply, async (tx) => {
        const card = await resolveCard(tx, request.principal.organizationId, request.params.entityId);
        return { resource: card.id, result: { data: { type: 'cardPin', id: card.id, attributes: { pin: revealPin(card, context.vault) } } } };
      });
      return sendDocument(reply, 200, cardPinDocument.parse(document));
    },
  });

  routes.post('/cards/pin/:entityId', {
    config: {
      idempotencyKey: true,
      cardSecretAction: 'card.pin.reset',
      errors: ['insufficient_scope', 'card_not_found', 'entity_not_found', 'card_closed'],
    },
    schema: {
      tags,
      operationId: 'resetCardPin',
      summary: 'Reset the PIN of your customer’s card',
      description:
        'With `{"data": {"type": "cardPin", "attributes": {"pin": "4826"}}}` sets that PIN (4 digits, not trivial such as 1234); ' +
        'with no body generates one. Answers the new PIN. Needs the `cards:sensitive` scope; every call is audited.',
      params: cardTargetParams,
      body: pinResetDocument,
      response: { 200: cardPinDocument, ...errorResponses },
    },
    handler: async (request, reply) => {
      const result = await guardSensitive(context, request, reply, async (tx) => {
        // The key is claimed before the card is looked up: a replay answers the stored response
        // whatever became of the card since, and a key still in flight is 409 at once, not a wait on
        // the card's row lock.
        let resource = request.params.entityId;
        const response = await runCommand(
          tx,
          request,
          async (command) => {
            // The card's account, then the card: authorizations count PIN tries under the account's lock.
            const found = await resolveCard(command.tx, request.principal.organizationId, request.params.entityId);
            const card = await lockCardWithAccount(command.tx, found);
            resource = card.id;
            const pin = await resetPin(command, card, context.vault, request.body?.data.attributes.pin);
            return documentResponse(200, cardPinDocument.parse({ data: { type: 'cardPin', id: card.id, attributes: { pin } } }));
          },
          { sealed: true },
        );
        return { resource, result: response };
      });
      return sendCommandResult(reply, result);
    },
  });
}
