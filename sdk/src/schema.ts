/**
 * Generated from the Linkcy OpenAPI document by `npm run sdk:generate` (openapi-typescript). Do not
 * edit: change the route schemas, then regenerate. test/sdk/sdk.test.ts fails when this file drifts.
 */
export interface paths {
    "/entities": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get all your customers
         * @description Newest first, paginated by cursor; filter with `filter[...]`.
         */
        get: operations["listEntities"];
        put?: never;
        /**
         * Register a new customer
         * @description Registers an individual or a business. In sandbox mode KYC is approved at once.
         */
        post: operations["createEntity"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/entities/{entityId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a customer */
        get: operations["getEntity"];
        put?: never;
        /**
         * Get a customer (the seed reference’s form)
         * @description Answers exactly as `GET /entities/:entityId`. Kept because the original reference documents it.
         */
        post: operations["getEntityByPost"];
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Update a customer’s contact details
         * @description `email`, `phone`, `address` and `metadata` (merged; `null` removes a key).
         */
        patch: operations["updateEntity"];
        trace?: never;
    };
    "/bank/accounts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List bank accounts */
        get: operations["listBankAccounts"];
        put?: never;
        /**
         * Issue a bank account to a customer
         * @description Opens an IBAN account (default currency EUR) for an approved customer; one open account per customer and currency.
         */
        post: operations["createBankAccount"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/bank/accounts/{accountId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a bank account */
        get: operations["getBankAccount"];
        put?: never;
        /**
         * Get all transactions of one customer’s bank account
         * @description The seed reference’s route: the transactions of every account of the customer, newest first. Also takes an account id. Pagination links point at the equivalent `GET /transactions`.
         */
        post: operations["listEntityTransactionsByPost"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/bank/accounts/{accountId}/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Close a bank account
         * @description Only an account with a zero balance and no pending holds can close. Closed accounts refuse incoming money.
         */
        post: operations["closeBankAccount"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/bank/accounts/{accountId}/transactions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List an account’s transactions */
        get: operations["listAccountTransactions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/transactions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List transactions */
        get: operations["listTransactions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/transactions/{transactionId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a transaction */
        get: operations["getTransaction"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cards": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List cards */
        get: operations["listCards"];
        put?: never;
        /**
         * Issue a card to a customer
         * @description Issues a virtual (active at once) or physical card (inactive until delivered and activated; delivery in 4 to 14 days) spending from the customer’s open account. The response never holds the full card number or CVV.
         */
        post: operations["createCard"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cards/{cardId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a card */
        get: operations["getCard"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cards/{cardId}/activate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Activate a delivered physical card */
        post: operations["activateCard"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cards/{cardId}/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Close a card, or report it lost or stolen
         * @description `reason` is `lost`, `stolen` or `closed` (the default). Final: a closed card never works again (410 afterwards).
         */
        post: operations["closeCard"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cards/suspend": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Suspend your customer’s card
         * @description `suspended: true` suspends, `false` re-enables. Name the card by `id`, or by `relationships.entity` for the customer’s most recent card that is not closed.
         */
        post: operations["suspendCard"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cards/details/{entityId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Get your customer’s card details
         * @description The full card number, CVV and expiry. Needs the `cards:sensitive` scope; every call is audited.
         */
        post: operations["revealCardDetails"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cards/pin/{entityId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the PIN of your customer’s card
         * @description Needs the `cards:sensitive` scope; every call is audited.
         */
        get: operations["revealCardPin"];
        put?: never;
        /**
         * Reset the PIN of your customer’s card
         * @description With `{"data": {"type": "cardPin", "attributes": {"pin": "4826"}}}` sets that PIN (4 digits, not trivial such as 1234); with no body generates one. Answers the new PIN. Needs the `cards:sensitive` scope; every call is audited.
         */
        post: operations["resetCardPin"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/authorizations/{authorizationId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a card authorization */
        get: operations["getAuthorization"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List events
         * @description Newest first. Recover anything a webhook missed from here.
         */
        get: operations["listEvents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/events/{eventId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get an event */
        get: operations["getEvent"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/events/{eventId}/redeliver": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send an event to the webhooks again
         * @description Queues a new delivery of the event to every enabled endpoint that subscribes to its type. Answers 202 with the deliveries.
         */
        post: operations["redeliverEvent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/webhooks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List webhook endpoints */
        get: operations["listWebhookEndpoints"];
        put?: never;
        /**
         * Register a webhook endpoint
         * @description Answers 201 with the signing secret (`whsec_...`), shown only now. Deliveries follow the Standard Webhooks specification.
         */
        post: operations["createWebhookEndpoint"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/webhooks/{webhookId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a webhook endpoint */
        get: operations["getWebhookEndpoint"];
        put?: never;
        post?: never;
        /** Delete a webhook endpoint */
        delete: operations["deleteWebhookEndpoint"];
        options?: never;
        head?: never;
        /**
         * Update a webhook endpoint
         * @description `url`, `events`, `description`, or `status` (`enabled`/`disabled`; re-enable after a 410 disabled it).
         */
        patch: operations["updateWebhookEndpoint"];
        trace?: never;
    };
    "/webhooks/{webhookId}/rotate-secret": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Rotate a webhook endpoint’s signing secret
         * @description Answers the new secret once. The old one keeps signing beside it (a second `v1,` signature) for 24 hours.
         */
        post: operations["rotateWebhookSecret"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/webhooks/{webhookId}/deliveries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List an endpoint’s deliveries
         * @description Each delivery with its status, attempts, last response code and duration, and next attempt.
         */
        get: operations["listWebhookDeliveries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/transfers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List book transfers */
        get: operations["listBookTransfers"];
        put?: never;
        /**
         * Move money between two accounts of your organization
         * @description Instant: one journal entry, a `bookTransfer` transaction on each account. Both accounts must be open and in the transfer’s currency.
         */
        post: operations["createBookTransfer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/transfers/{transferId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a book transfer */
        get: operations["getBookTransfer"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sepa-credit-transfers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List SEPA credit transfers */
        get: operations["listSepaCreditTransfers"];
        put?: never;
        /**
         * Send money to any SEPA IBAN
         * @description Validated by the SEPA rulebook (EUR, 0.01 to 999,999,999.99, IBAN and BIC, the SEPA character set). Answers `pending`: the amount leaves the available balance at once, and the transfer goes to the bank in the next pain.001 file.
         */
        post: operations["createSepaCreditTransfer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sepa-credit-transfers/{transferId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a SEPA credit transfer */
        get: operations["getSepaCreditTransfer"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sepa-credit-transfers/{transferId}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Cancel a pending SEPA credit transfer
         * @description Only while `pending` (not yet in a bank file): the hold is released and the money is available again.
         */
        post: operations["cancelSepaCreditTransfer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/bank/accounts/{accountId}/statement": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * An account statement, as camt.053 XML or JSON:API
         * @description Opening and closing booked balances and one entry per posted movement between `from` and `to` (UTC days, both included). With `Accept: application/xml`, a camt.053.001.08 document; otherwise the same content as JSON:API.
         */
        get: operations["getAccountStatement"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/simulations/incoming-transfers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Simulate an incoming SEPA transfer
         * @description Credits the account holding `iban`. Answers the resulting transaction.
         */
        post: operations["simulateIncomingTransfer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/simulations/card-authorizations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Simulate a card authorization from a merchant
         * @description Answers 201 with an `authorization` that is `approved` (a hold on the account and a pending cardPayment transaction) or `declined` with a `declineReason`.
         */
        post: operations["simulateCardAuthorization"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/simulations/card-authorizations/{authorizationId}/capture": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Capture a pending authorization
         * @description Without a body captures the whole amount; with `attributes.amount` captures part and releases the rest.
         */
        post: operations["captureAuthorization"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/simulations/card-authorizations/{authorizationId}/release": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Release a pending authorization */
        post: operations["releaseAuthorization"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/simulations/entities/{entityId}/kyc": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Decide a customer’s KYC
         * @description `approved`, or `rejected` with reasons. Accounts and cards open only for approved customers.
         */
        post: operations["simulateKycDecision"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/simulations/cards/{cardId}/shipment": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Advance a physical card’s shipment
         * @description `processing` -> `shipped` -> `delivered`.
         */
        post: operations["simulateCardShipment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/simulations/sepa-credit-transfers/{transferId}/settle": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Settle a SEPA credit transfer
         * @description A `pending` transfer is submitted and settled; a `submitted` one settled.
         */
        post: operations["simulateSepaCreditTransferSettle"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/simulations/sepa-credit-transfers/{transferId}/reject": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Reject a SEPA credit transfer
         * @description A `pending` or `submitted` transfer is rejected (default reason AG01); the money comes back.
         */
        post: operations["simulateSepaCreditTransferReject"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/simulations/sepa-credit-transfers/{transferId}/return": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Return a SEPA credit transfer
         * @description A `submitted` or `settled` transfer is returned (default reason AC04); the money comes back.
         */
        post: operations["simulateSepaCreditTransferReturn"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export interface webhooks {
    "entity.created": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The `entity.created` event
         * @description POSTed to every enabled endpoint subscribed to this type, signed with Standard Webhooks headers (`webhook-id`, `webhook-timestamp`, `webhook-signature`). Answer 2xx within the timeout; anything else is retried with backoff.
         */
        post: operations["entityCreatedWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "entity.updated": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The `entity.updated` event
         * @description POSTed to every enabled endpoint subscribed to this type, signed with Standard Webhooks headers (`webhook-id`, `webhook-timestamp`, `webhook-signature`). Answer 2xx within the timeout; anything else is retried with backoff.
         */
        post: operations["entityUpdatedWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "bankAccount.created": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The `bankAccount.created` event
         * @description POSTed to every enabled endpoint subscribed to this type, signed with Standard Webhooks headers (`webhook-id`, `webhook-timestamp`, `webhook-signature`). Answer 2xx within the timeout; anything else is retried with backoff.
         */
        post: operations["bankAccountCreatedWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "bankAccount.updated": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The `bankAccount.updated` event
         * @description POSTed to every enabled endpoint subscribed to this type, signed with Standard Webhooks headers (`webhook-id`, `webhook-timestamp`, `webhook-signature`). Answer 2xx within the timeout; anything else is retried with backoff.
         */
        post: operations["bankAccountUpdatedWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "transaction.created": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The `transaction.created` event
         * @description POSTed to every enabled endpoint subscribed to this type, signed with Standard Webhooks headers (`webhook-id`, `webhook-timestamp`, `webhook-signature`). Answer 2xx within the timeout; anything else is retried with backoff.
         */
        post: operations["transactionCreatedWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "transaction.updated": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The `transaction.updated` event
         * @description POSTed to every enabled endpoint subscribed to this type, signed with Standard Webhooks headers (`webhook-id`, `webhook-timestamp`, `webhook-signature`). Answer 2xx within the timeout; anything else is retried with backoff.
         */
        post: operations["transactionUpdatedWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "card.created": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The `card.created` event
         * @description POSTed to every enabled endpoint subscribed to this type, signed with Standard Webhooks headers (`webhook-id`, `webhook-timestamp`, `webhook-signature`). Answer 2xx within the timeout; anything else is retried with backoff.
         */
        post: operations["cardCreatedWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "card.updated": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The `card.updated` event
         * @description POSTed to every enabled endpoint subscribed to this type, signed with Standard Webhooks headers (`webhook-id`, `webhook-timestamp`, `webhook-signature`). Answer 2xx within the timeout; anything else is retried with backoff.
         */
        post: operations["cardUpdatedWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "authorization.created": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The `authorization.created` event
         * @description POSTed to every enabled endpoint subscribed to this type, signed with Standard Webhooks headers (`webhook-id`, `webhook-timestamp`, `webhook-signature`). Answer 2xx within the timeout; anything else is retried with backoff.
         */
        post: operations["authorizationCreatedWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "authorization.updated": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The `authorization.updated` event
         * @description POSTed to every enabled endpoint subscribed to this type, signed with Standard Webhooks headers (`webhook-id`, `webhook-timestamp`, `webhook-signature`). Answer 2xx within the timeout; anything else is retried with backoff.
         */
        post: operations["authorizationUpdatedWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "bookTransfer.created": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The `bookTransfer.created` event
         * @description POSTed to every enabled endpoint subscribed to this type, signed with Standard Webhooks headers (`webhook-id`, `webhook-timestamp`, `webhook-signature`). Answer 2xx within the timeout; anything else is retried with backoff.
         */
        post: operations["bookTransferCreatedWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "sepaCreditTransfer.created": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The `sepaCreditTransfer.created` event
         * @description POSTed to every enabled endpoint subscribed to this type, signed with Standard Webhooks headers (`webhook-id`, `webhook-timestamp`, `webhook-signature`). Answer 2xx within the timeout; anything else is retried with backoff.
         */
        post: operations["sepaCreditTransferCreatedWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "sepaCreditTransfer.updated": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The `sepaCreditTransfer.updated` event
         * @description POSTed to every enabled endpoint subscribed to this type, signed with Standard Webhooks headers (`webhook-id`, `webhook-timestamp`, `webhook-signature`). Answer 2xx within the timeout; anything else is retried with backoff.
         */
        post: operations["sepaCreditTransferUpdatedWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "bankStatement.unmatchedCredit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The `bankStatement.unmatchedCredit` event
         * @description POSTed to every enabled endpoint subscribed to this type, signed with Standard Webhooks headers (`webhook-id`, `webhook-timestamp`, `webhook-signature`). Answer 2xx within the timeout; anything else is retried with backoff.
         */
        post: operations["bankStatementUnmatchedCreditWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export interface components {
    schemas: {
        /** @description A JSON:API error document. */
        ErrorDocument: {
            errors: {
                /** @description The request id, also in the X-Request-Id header. */
                id: string;
                /** @description The HTTP status, as a string. */
                status: string;
                /**
                 * @description A stable code from the error catalog (docs/errors.md).
                 * @enum {string}
                 */
                code: "malformed_json" | "malformed_request" | "invalid_query_parameter" | "invalid_path_parameter" | "invalid_cursor" | "invalid_idempotency_key" | "credentials_required" | "credentials_invalid" | "credentials_revoked" | "metrics_token_invalid" | "sign_in_failed" | "member_locked" | "role_forbidden" | "csrf_token_invalid" | "insufficient_scope" | "route_not_found" | "entity_not_found" | "bank_account_not_found" | "transaction_not_found" | "card_not_found" | "authorization_not_found" | "webhook_delivery_not_found" | "member_not_found" | "invitation_not_found" | "event_not_found" | "webhook_not_found" | "book_transfer_not_found" | "sepa_credit_transfer_not_found" | "method_not_allowed" | "not_acceptable" | "request_timeout" | "payload_too_large" | "headers_too_large" | "unsupported_media_type" | "external_id_taken" | "bank_account_exists" | "bank_account_closed" | "bank_account_not_empty" | "entity_not_approved" | "entity_closed" | "bank_account_required" | "card_status_conflict" | "card_not_delivered" | "card_not_physical" | "card_already_delivered" | "authorization_not_pending" | "authorization_expired" | "sepa_credit_transfer_status_conflict" | "end_to_end_id_exists" | "organization_name_taken" | "email_taken" | "member_exists" | "last_owner" | "idempotency_key_in_use" | "card_closed" | "validation_failed" | "unknown_member" | "read_only_member" | "iban_not_found" | "currency_mismatch" | "insufficient_funds" | "webhook_url_forbidden" | "idempotency_key_reused" | "rate_limited" | "internal_error" | "database_busy" | "database_unavailable";
                title: string;
                detail: string;
                source?: {
                    pointer?: string;
                    parameter?: string;
                    header?: string;
                };
            }[];
        };
        BankAccount: {
            /** @constant */
            type: "bankAccount";
            id: string;
            attributes: {
                iban: string;
                bic: string;
                currency: string;
                /** @enum {string} */
                status: "open" | "closed";
                /** @description Balances in minor units of the account’s currency. */
                balance: {
                    /** @description Booked balance: the sum of posted transactions, in minor units. */
                    current: number;
                    /** @description What can be spent now: current minus pending card holds. */
                    available: number;
                    /** @description Held by pending card authorizations. */
                    pending: number;
                };
                /**
                 * Format: date-time
                 * @description RFC 3339 UTC timestamp.
                 */
                createdAt: string;
                /**
                 * Format: date-time
                 * @description RFC 3339 UTC timestamp.
                 */
                updatedAt: string;
                closedAt: string | null;
            };
            relationships: {
                entity: {
                    data: {
                        /** @constant */
                        type: "entity";
                        id: string;
                    };
                };
                transactions: {
                    links: {
                        related: string;
                    };
                };
            };
            links: {
                self: string;
            };
        };
        Entity: {
            /** @constant */
            type: "entity";
            id: string;
            attributes: {
                /** @constant */
                kind: "individual";
                /** @enum {string} */
                status: "active" | "closed";
                /** @enum {string} */
                kycStatus: "pending" | "approved" | "rejected";
                /** @description Why KYC was rejected; empty otherwise. */
                kycReasons: string[];
                firstName: string;
                lastName: string;
                dateOfBirth: string;
                nationality: string;
                email: string;
                phone: string | null;
                address: components["schemas"]["Address"];
                externalId: string | null;
                metadata: {
                    [key: string]: string;
                };
                /**
                 * Format: date-time
                 * @description RFC 3339 UTC timestamp.
                 */
                createdAt: string;
                /**
                 * Format: date-time
                 * @description RFC 3339 UTC timestamp.
                 */
                updatedAt: string;
            } | {
                /** @constant */
                kind: "business";
                /** @enum {string} */
                status: "active" | "closed";
                /** @enum {string} */
                kycStatus: "pending" | "approved" | "rejected";
                /** @description Why KYC was rejected; empty otherwise. */
                kycReasons: string[];
                legalName: string;
                registrationNumber: string;
                email: string;
                phone: string | null;
                address: components["schemas"]["Address"];
                externalId: string | null;
                metadata: {
                    [key: string]: string;
                };
                /**
                 * Format: date-time
                 * @description RFC 3339 UTC timestamp.
                 */
                createdAt: string;
                /**
                 * Format: date-time
                 * @description RFC 3339 UTC timestamp.
                 */
                updatedAt: string;
            };
            relationships: {
                bankAccounts: {
                    links: {
                        related: string;
                    };
                };
                cards: {
                    links: {
                        related: string;
                    };
                };
            };
            links: {
                self: string;
            };
        };
        Address: {
            line1: string;
            line2: string | null;
            postalCode: string;
            city: string;
            region: string | null;
            country: string;
        };
        Card: {
            /** @constant */
            type: "card";
            id: string;
            attributes: {
                /** @enum {string} */
                form: "virtual" | "physical";
                /** @enum {string} */
                status: "inactive" | "active" | "suspended" | "lost" | "stolen" | "closed";
                cardholderName: string;
                brand: string;
                last4: string;
                /** @description First six and last four digits. */
                maskedPan: string;
                expMonth: number;
                expYear: number;
                /** @description Physical cards: delivery is estimated 4 to 14 days after ordering. */
                shipping: {
                    /** @enum {string} */
                    status: "processing" | "shipped" | "delivered";
                    address: components["schemas"]["Address"];
                    estimatedDeliveryFrom: string;
                    estimatedDeliveryTo: string;
                } | null;
                /**
                 * Format: date-time
                 * @description RFC 3339 UTC timestamp.
                 */
                createdAt: string;
                /**
                 * Format: date-time
                 * @description RFC 3339 UTC timestamp.
                 */
                updatedAt: string;
            };
            relationships: {
                entity: {
                    data: {
                        /** @constant */
                        type: "entity";
                        id: string;
                    };
                };
                bankAccount: {
                    data: {
                        /** @constant */
                        type: "bankAccount";
                        id: string;
                    };
                };
            };
            links: {
                self: string;
            };
        };
        Authorization: {
            /** @constant */
            type: "authorization";
            id: string;
            attributes: {
                /** @enum {string} */
                status: "approved" | "declined" | "captured" | "released" | "expired";
                declineReason: string | null;
                amount: number;
                capturedAmount: number | null;
                currency: string;
                merchant: {
                    name: string;
                    mcc: string;
                    city: string | null;
                    country: string | null;
                };
                expiresAt: string | null;
                /**
                 * Format: date-time
                 * @description RFC 3339 UTC timestamp.
                 */
                createdAt: string;
                /**
                 * Format: date-time
                 * @description RFC 3339 UTC timestamp.
                 */
                updatedAt: string;
            };
            relationships: {
                card: {
                    data: {
                        /** @constant */
                        type: "card";
                        id: string;
                    };
                };
                transaction: {
                    data: {
                        /** @constant */
                        type: "transaction";
                        id: string;
                    } | null;
                };
            };
            links: {
                self: string;
            };
        };
        Transaction: {
            /** @constant */
            type: "transaction";
            id: string;
            attributes: {
                /** @enum {string} */
                direction: "credit" | "debit";
                /** @description Minor units, always positive; `direction` gives the sign. */
                amount: number;
                currency: string;
                kind: string;
                /** @enum {string} */
                status: "pending" | "posted" | "released" | "returned";
                description: string | null;
                reference: string | null;
                counterparty: {
                    name: string;
                    iban: string | null;
                    bic: string | null;
                } | null;
                merchant: {
                    name: string;
                    mcc: string;
                    city: string | null;
                    country: string | null;
                } | null;
                /** @description The account’s booked balance right after this transaction posted. */
                balanceAfter: number | null;
                /**
                 * Format: date-time
                 * @description RFC 3339 UTC timestamp.
                 */
                createdAt: string;
                postedAt: string | null;
                /**
                 * Format: date-time
                 * @description RFC 3339 UTC timestamp.
                 */
                updatedAt: string;
            };
            relationships: {
                bankAccount: {
                    data: {
                        /** @constant */
                        type: "bankAccount";
                        id: string;
                    };
                };
                card: {
                    data: {
                        /** @constant */
                        type: "card";
                        id: string;
                    } | null;
                };
            };
            links: {
                self: string;
            };
        };
        BookTransfer: {
            /** @constant */
            type: "bookTransfer";
            id: string;
            attributes: {
                amount: number;
                currency: string;
                description: string | null;
                /** @enum {string} */
                status: "posted";
                /**
                 * Format: date-time
                 * @description RFC 3339 UTC timestamp.
                 */
                createdAt: string;
            };
            relationships: {
                from: {
                    data: {
                        /** @constant */
                        type: "bankAccount";
                        id: string;
                    };
                };
                to: {
                    data: {
                        /** @constant */
                        type: "bankAccount";
                        id: string;
                    };
                };
                debitTransaction: {
                    data: {
                        /** @constant */
                        type: "transaction";
                        id: string;
                    } | null;
                };
                creditTransaction: {
                    data: {
                        /** @constant */
                        type: "transaction";
                        id: string;
                    } | null;
                };
            };
            links: {
                self: string;
            };
        };
        SepaCreditTransfer: {
            /** @constant */
            type: "sepaCreditTransfer";
            id: string;
            attributes: {
                amount: number;
                currency: string;
                /** @enum {string} */
                status: "pending" | "submitted" | "settled" | "rejected" | "returned" | "cancelled";
                creditor: {
                    name: string;
                    iban: string;
                    bic: string | null;
                };
                remittanceInformation: string | null;
                endToEndId: string;
                /** @description ISO 20022 reason code of a rejection or return. */
                returnReason: string | null;
                submittedAt: string | null;
                settledAt: string | null;
                /**
                 * Format: date-time
                 * @description RFC 3339 UTC timestamp.
                 */
                createdAt: string;
                /**
                 * Format: date-time
                 * @description RFC 3339 UTC timestamp.
                 */
                updatedAt: string;
            };
            relationships: {
                bankAccount: {
                    data: {
                        /** @constant */
                        type: "bankAccount";
                        id: string;
                    };
                };
                transaction: {
                    data: {
                        /** @constant */
                        type: "transaction";
                        id: string;
                    } | null;
                };
                returnTransaction: {
                    data: {
                        /** @constant */
                        type: "transaction";
                        id: string;
                    } | null;
                };
            };
            links: {
                self: string;
            };
        };
        Event: {
            /** @constant */
            type: "event";
            id: string;
            attributes: {
                /** @description What happened, such as `card.updated`. */
                type: string;
                /** @description The resource as it was right after the change. */
                data: {
                    [key: string]: unknown;
                };
                /**
                 * Format: date-time
                 * @description RFC 3339 UTC timestamp.
                 */
                createdAt: string;
            };
            links: {
                self: string;
            };
        };
        WebhookEndpoint: {
            /** @constant */
            type: "webhookEndpoint";
            id: string;
            attributes: {
                url: string;
                events: string[];
                description: string | null;
                /** @enum {string} */
                status: "enabled" | "disabled";
                disabledReason: string | null;
                /** @description The signing secret, `whsec_...`: only in the answer that creates or rotates it. */
                secret?: string;
                /**
                 * Format: date-time
                 * @description RFC 3339 UTC timestamp.
                 */
                createdAt: string;
                /**
                 * Format: date-time
                 * @description RFC 3339 UTC timestamp.
                 */
                updatedAt: string;
            };
            links: {
                self: string;
                deliveries: string;
            };
        };
        WebhookDelivery: {
            /** @constant */
            type: "webhookDelivery";
            id: string;
            attributes: {
                /** @enum {string} */
                status: "pending" | "succeeded" | "failed";
                attempts: number;
                nextAttemptAt: string | null;
                lastResponseStatus: number | null;
                lastError: string | null;
                lastDurationMs: number | null;
                /**
                 * Format: date-time
                 * @description RFC 3339 UTC timestamp.
                 */
                createdAt: string;
                /**
                 * Format: date-time
                 * @description RFC 3339 UTC timestamp.
                 */
                updatedAt: string;
            };
            relationships: {
                event: {
                    data: {
                        /** @constant */
                        type: "event";
                        id: string;
                    };
                };
                webhookEndpoint: {
                    data: {
                        /** @constant */
                        type: "webhookEndpoint";
                        id: string;
                    };
                };
            };
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    listEntities: {
        parameters: {
            query?: {
                /** @description Items per page, 1 to 100 (default 25). */
                "page[limit]"?: number;
                /** @description Cursor from `links.next`: the page after it. */
                "page[after]"?: string;
                /** @description Cursor from `links.prev`: the page before it. */
                "page[before]"?: string;
                /** @description `-createdAt` (default, newest first) or `createdAt`. */
                sort?: "createdAt" | "-createdAt";
                "filter[kind]"?: "individual" | "business";
                "filter[status]"?: "active" | "closed";
                "filter[kycStatus]"?: "pending" | "approved" | "rejected";
                "filter[externalId]"?: string;
                "filter[email]"?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description The request id, also in error objects: quote it when asking for help. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.api+json": {
                        data: components["schemas"]["Entity"][];
                        links: {
                            self: string;
                            /** @description The next page, when there is one. */
                            next?: string;
                            /** @description The previous page, when there is one. */
                            prev?: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    /** @description The request id, also in error objects: quote it when asking for help. */
                    "X-Request-Id": string;
                    /** @description On 401: `Basic realm="linkcy"`, the scheme to authenticate with. */
                    "WWW-Authenticate"?: string;
                    /** @description On 405: the methods the path accepts. */
                    Allow?: string;
                    /** @description On 429: seconds until the rate limit lets the request through. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.api+json": components["schemas"]["ErrorDocument"];
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    /** @description The request id, also in error objects: quote it when asking for help. */
                    "X-Request-Id": string;
                    /** @description On 503: seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.api+json": components["schemas"]["ErrorDocument"];
                };
            };
        };
    };
    createEntity: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any string of 1-255 visible ASCII characters, unique per intended operation (a UUID). A retry with the same key and request returns the stored response (with `Idempotent-Replayed: true`) for 24 hours; the same key with another request is 422, and while the first is still running, 409. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "data": {
                 *         "type": "entity",
                 *         "attributes": {
                 *           "kind": "individual",
                 *           "firstName": "Ada",
                 *           "lastName": "Lovelace",
                 *           "dateOfBirth": "1990-12-10",
                 *           "email": "ada@example.com",
                 *           "phone": "+33612345678",
                 *           "nationality": "FR",
                 *           "address": {
                 *             "line1": "10 rue de Rivoli",
                 *             "line2": null,
                 *             "postalCode": "75001",
                 *             "city": "Paris",
                 *             "country": "FR"
                 *           },
                 *           "externalId": "user-42",
                 *           "metadata": {
                 *             "plan": "gold"
                 *           }
                 *         }
                 *       }
                 *     }
                 */
                "application/vnd.api+json": {
                    data: {
                        /** @enum {string} */
                        type: "entity";
                        attributes: {
                            /** @enum {string} */
                            kind: "individual";
                            firstName: string;
                            lastName: string;
                            /** @description Date of birth, YYYY-MM-DD. Customers must be 18 or older. */
                            dateOfBirth: string;
                            /** @description ISO 3166-1 alpha-2 country code. */
                            nationality: string;
                            /**
                             * Format: email
                             * @description Contact email address.
                             */
                            email: string;
                            phone?: string | null;
                            address: {
                                line1: string;
                                line2?: string | null;
                                postalCode: string;
                                city: string;
                                region?: string | null;
                                /** @description ISO 3166-1 alpha-2 country code. */
                                country: string;
                            };
                            externalId?: string | null;
                            /** @description Your own key-value pairs: at most 20 string values. */
                            metadata?: {
                                [key: string]: string;
                            };
                        } | {
                            /** @enum {string} */
                            kind: "business";
                            legalName: string;
                            registrationNumber: string;
                            /**
                             * Format: email
                             * @description Contact email address.
                             */
                            email: string;
                            phone?: string | null;
                            address: {
                                line1: string;
                                line2?: string | null;
                                postalCode: string;
                                city: string;
                                region?: string | null;
                                /** @description ISO 3166-1 alpha-2 country code. */
                                country: string;
                            };
                            externalId?: string | null;
                            /** @description Your own key-value pairs: at most 20 string values. */
                            metadata?: {
                                [key: string]: string;
                            };
                        };
                    };
                };
                /**
                 * @example {
                 *       "data": {
                 *         "type": "entity",
                 *         "attributes": {
                 *           "kind": "individual",
                 *           "firstName": "Ada",
                 *           "lastName": "Lovelace",
                 *           "dateOfBirth": "1990-12-10",
                 *           "email": "ada@example.com",
                 *           "phone": "+33612345678",
                 *           "nationality": "FR",
                 *           "address": {
                 *             "line1": "10 rue de Rivoli",
                 *             "line2": null,
                 *             "postalCode": "75001",
                 *             "city": "Paris",
                 *             "country": "FR"
                 *           },
                 *           "externalId": "user-42",
                 *           "metadata": {
                 *             "plan": "gold"
                 *           }
                 *         }
                 *       }
                 *     }
                 */
                "application/json": {
                    data: {
                        /** @enum {string} */
                        type: "entity";
                        attributes: {
                            /** @enum {string} */
                            kind: "individual";
                            firstName: string;
                            lastName: string;
                            /** @description Date of birth, YYYY-MM-DD. Customers must be 18 or older. */
                            dateOfBirth: string;
                            /** @description ISO 3166-1 alpha-2 country code. */
                            nationality: string;
                            /**
                             * Format: email
                             * @description Contact email address.
                             */
                            email: string;
                            phone?: string | null;
                            address: {
                                line1: string;
                                line2?: string | null;
                                postalCode: string;
                                city: string;
                                region?: string | null;
                                /** @description ISO 3166-1 alpha-2 country code. */
                                country: string;
                            };
                            externalId?: string | null;
                            /** @description Your own key-value pairs: at most 20 string values. */
                            metadata?: {
                                [key: string]: string;
                            };
                        } | {
                            /** @enum {string} */
                            kind: "business";
                            legalName: string;
                            registrationNumber: string;
                            /**
                             * Format: email
                             * @description Contact email address.
                             */
                            email: string;
                            phone?: string | null;
                            address: {
                                line1: string;
                                line2?: string | null;
                                postalCode: string;
                                city: string;
                                region?: string | null;
                                /** @description ISO 3166-1 alpha-2 country code. */
                                country: string;
                            };
                            externalId?: string | null;
                            /** @description Your own key-value pairs: at most 20 string values. */
                            metadata?: {
                                [key: string]: string;
                            };
                        };
                    };
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    /** @description The request id, also in error objects: quote it when asking for help. */
                    "X-Request-Id": string;
                    /** @description The new resource’s URL. */
                    Location: string;
                    /** @description `true` when this is the stored response of an earlier request with the same Idempotency-Key. */
                    "Idempotent-Replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.api+json": {
                        data: components["schemas"]["Entity"];
                        links: {
                            self: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    /** @description The request id, also in error objects: quote it when asking for help. */
                    "X-Request-Id": string;
                    /** @description On 401: `Basic realm="linkcy"`, the scheme to authenticate with. */
                    "WWW-Authenticate"?: string;
                    /** @description On 405: the methods the path accepts. */
                    Allow?: string;
                    /** @description On 429: seconds until the rate limit lets the request through. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.api+json": components["schemas"]["ErrorDocument"];
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    /** @description The request id, also in error objects: quote it when asking for help. */
                    "X-Request-Id": string;
                    /** @description On 503: seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.api+json": components["schemas"]["ErrorDocument"];
                };
            };
        };
    };
    getEntity: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The customer id, `ent_...`. */
                entityId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description The request id, also in error objects: quote it when asking for help. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.api+json": {
                        data: components["schemas"]["Entity"];
                        links: {
                            self: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    /** @description The request id, also in error objects: quote it when asking for help. */
                    "X-Request-Id": string;
                    /** @description On 401: `Basic realm="linkcy"`, the scheme to authenticate with. */
                    "WWW-Authenticate"?: string;
                    /** @description On 405: the methods the path accepts. */
                    Allow?: string;
                    /** @description On 429: seconds until the rate limit lets the request through. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.api+json": components["schemas"]["ErrorDocument"];
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    /** @description The request id, also in error objects: quote it when asking for help. */
                    "X-Request-Id": string;
                    /** @description On 503: seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.api+json": components["schemas"]["ErrorDocument"];
                };
            };
        };
    };
    getEntityByPost: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The customer id, `ent_...`. */
                entityId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description The request id, also in error objects: quote it when asking for help. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.api+json": {
                        data: components["schemas"]["Entity"];
                        links: {
                            self: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    /** @description The request id, also in error objects: quote it when asking for help. */
                    "X-Request-Id": string;
                    /** @description On 401: `Basic realm="linkcy"`, the scheme to authenticate with. */
                    "WWW-Authenticate"?: string;
                    /** @description On 405: the methods the path accepts. */
                    Allow?: string;
                    /** @description On 429: seconds until the rate limit lets the request through. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.api+json": components["schemas"]["ErrorDocument"];
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    /** @description The request id, also in error objects: quote it when asking for help. */
                    "X-Request-Id": string;
                    /** @description On 503: seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.api+json": components["schemas"]["ErrorDocument"];
                };
            };
        };
    };
    updateEntity: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The customer id, `ent_...`. */
                entityId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "data": {
                 *         "type": "entity",
                 *         "attributes": {
                 *           "email": "ada@lovelace.example",
                 *           "metadata": {
                 *             "plan": "platinum"
                 *           }
                 *         }
                 *       }
                 *     }
                 */
                "application/vnd.api+json": {
                    data: {
                        /** @enum {string} */
                        type: "entity";
                        /** @description If present, must equal the id in the URL. */
                        id?: string;
                        attributes: {
                            /**
                             * Format: email
                             * @description Contact email address.
                             */
                            email?: string;
                            phone?: string | null;
                            address?: {
                                line1: string;
                                line2?: string | null;
                                postalCode: string;
                                city: string;
                                region?: string | null;
                                /** @description ISO 3166-1 alpha-2 country code. */
                                country: string;
                            };
                            /** @description Keys to set; a `null` value removes the key. */
                            metadata?: {
                                [key: string]: string | null;
                            };
                        };
                    };
                };
                /**
                 * @example {
                 *       "data": {
                 *         "type": "entity",
                 *         "attributes": {
                 *           "email": "ada@lovelace.example",
                 *           "metadata": {
                 *             "plan": "platinum"
                 *           }
                 *         }
                 *       }
                 *     }
                 */
                "application/json": {
                    data: {
                        /** @enum {string} */
                        type: "entity";
                        /** @description If present, must equal the id in the URL. */
                        id?: string;
                        attributes: {
                            /**
                             * Format: email
                             * @description Contact email address.
                             */
                            email?: string;
                            phone?: string | null;
                            address?: {
                                line1: string;
                                line2?: string | null;
                                postalCode: string;
                                city: string;
                                region?: string | null;
                                /** @description ISO 3166-1 alpha-2 country code. */
                                country: string;
                            };
                            /** @description Keys to set; a `null` value removes the key. */
                            metadata?: {
                                [key: string]: string | null;
                            };
                        };
                    };
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description The request id, also in error objects: quote it when asking for help. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.api+json": {
                        data: components["schemas"]["Entity"];
                        links: {
                            self: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    /** @description The request id, also in error objects: quote it when asking for help. */
                    "X-Request-Id": string;
                    /** @description On 401: `Basic realm="linkcy"`, the scheme to authenticate with. */
                    "WWW-Authenticate"?: string;
                    /** @description On 405: the methods the path accepts. */
                    Allow?: string;
                    /** @description On 429: seconds until the rate limit lets the request through. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.api+json": components["schemas"]["ErrorDocument"];
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    /** @description The request id, also in error objects: quote it when asking for help. */
                    "X-Request-Id": string;
                    /** @description On 503: seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.api+json": components["schemas"]["ErrorDocument"];
                };
            };
        };
    };
    listBankAccounts: {
        parameters: {
            query?: {
                /** @description Items per page, 1 to 100 (default 25). */
                "page[limit]"?: number;
                /** @description Cursor from `links.next`: the page after it. */
                "page[after]"?: string;
                /** @description Cursor from `links.prev`: the page before it. */
                "page[before]"?: string;
                /** @description `-createdAt` (default, newest first) or `createdAt`. */
                sort?: "createdAt" | "-createdAt";
                "filter[entity]"?: string;
                "filter[status]"?: "open" | "closed";
                /** @description ISO 4217 currency code. */
                "filter[currency]"?: "EUR" | "USD" | "GBP" | "CHF";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description The request id, also in error objects: quote it when asking for help. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.api+json": {
                        data: components["schemas"]["BankAccount"][];
                        links: {
                            self: string;
                            /** @description The next page, when there is one. */
                            next?: string;
                            /** @description The previous page, when there is one. */
                            prev?: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    /** @description The request id, also in error objects: quote it when asking for help. */
                    "X-Request-Id": string;
                    /** @description On 401: `Basic realm="linkcy"`, the scheme to authenticate with. */
                    "WWW-Authenticate"?: string;
                    /** @description On 405: the methods the path accepts. */
                    Allow?: string;
                    /** @description On 429: seconds until the rate limit lets the request through. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.api+json": components["schemas"]["ErrorDocument"];
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    /** @description The request id, also in error objects: quote it when asking for help. */
                    "X-Request-Id": string;
                    /** @description On 503: seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.api+json": components["schemas"]["ErrorDocument"];
                };
            };
        };
    };
    createBankAccount: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any string of 1-255 visible ASCII characters, unique per intended operation (a UUID). A retry with the same key and request returns the stored response (with `Idempotent-Replayed: true`) for 24 hours; the same key with another request is 422, and while the first is still running, 409. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "data": {
                 *         "type": "bankAccount",
                 *         "attributes": {
                 *           "currency": "EUR"
                 *         },
                 *         "relationships": {
                 *           "entity": {
                 *             "data": {
                 *               "type": "entity",
                 *               "id": "ent_..."
                 *             }
                 *           }
                 *         }
                 *       }
                 *     }
                 */
                "application/vnd.api+json": {
                    data: {
                        /** @enum {string} */
                        type: "bankAccount";
                        attributes?: {
                            /**
                             * @description Defaults to EUR.
                             * @enum {string}
                             */
                            currency?: "EUR" | "USD" | "GBP" | "CHF";
                        };
                        relationships: {
                            entity: {
                                data: {
                                    /** @enum {string} */
                                    type: "entity";
                                    id: string;
                                };
                            };
                        };
                    };
                };
                /**
                 * @example {
                 *       "data": {
                 *         "type": "bankAccount",
                 *         "attributes": {
                 *           "currency": "EUR"
                 *         },
                 *         "relationships": {
                 *           "entity": {
                 *             "data": {
                 *               "type": "entity",
                 *               "id": "ent_..."
                 *             }
                 *           }
                 *         }
                 *       }
                 *     }
                 */
                "application/json": {
                    data: {
                        /** @enum {string} */
                        type: "bankAccount";
                        attributes?: {
                            /**
                             * @description Defaults to EUR.
                             * @enum {string}
                             */
                            currency?: "EUR" | "USD" | "GBP" | "CHF";
                        };
                        relationships: {
                            entity: {
                                data: {
                                    /** @enum {string} */
                                    type: "entity";
                                    id: string;
                                };
                            };
                        };
                    };
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    /** @description The request id, also in error objects: quote it when asking for help. */
                    "X-Request-Id": string;
                    /** @description The new resource’s URL. */
                    Location: string;
                    /** @description `true` when this is the stored response of an earlier request with the same Idempotency-Key. */
                    "Idempotent-Replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.api+json": {
                        data: components["schemas"]["BankAccount"];
                        links: {
                            self: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    /** @description The request id, also in error objects: quote it when asking for help. */
                    "X-Request-Id": string;
                    /** @description On 401: `Basic realm="linkcy"`, the scheme to authenticate with. */
                    "WWW-Authenticate"?: string;
                    /** @description On 405: the methods the path accepts. */
                    Allow?: string;
                    /** @description On 429: seconds until the rate limit lets the request through. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.api+json": components["schemas"]["ErrorDocument"];
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    /** @description The request id, also in error objects: quote it when asking for help. */
                    "X-Request-Id": string;
                    /** @description On 503: seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.api+json": components["schemas"]["ErrorDocument"];
                };
            };
        };
    };
    getBankAccount: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The account id, `acc_...`. */
                accountId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description The request id, also in error objects: quote it when asking for help. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.api+json": {
                        data: components["schemas"]["BankAccount"];
                        links: {
                            self: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    /** @description The request id, also in error objects: quote it when asking for help. */
                    "X-Request-Id": string;
                    /** @description On 401: `Basic realm="linkcy"`, the scheme to authenticate with. */
                    "WWW-Authenticate"?: string;
                    /** @description On 405: the methods the path accepts. */
                    Allow?: string;
                    /** @description On 429: seconds until the rate limit lets the request through. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.api+json": components["schemas"]["ErrorDocument"];
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    /** @description The request id, also in error objects: quote it when asking for help. */
                    "X-Request-Id": string;
                    /** @description On 503: seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.api+json": components["schemas"]["ErrorDocument"];
                };
            };
        };
    };
    listEntityTransactionsByPost: {
        parameters: {
            query?: {
                /** @description Items per page, 1 to 100 (default 25). */
                "page[limit]"?: number;
                /** @description Cursor from `links.next`: the page after it. */
                "page[after]"?: string;
                /** @description Cursor from `links.prev`: the page before it. */
                "page[before]"?: string;
                /** @description `-createdAt` (default, newest first) or `createdAt`. */
                sort?: "createdAt" | "-createdAt";
                "filter[status]"?: "pending" | "posted" | "released" | "returned";
                "filter[kind]"?: "incomingTransfer" | "outgoingTransfer" | "transferReturn" | "bookTransfer" | "cardPayment" | "cardRefund" | "fee";
                "filter[direction]"?: "credit" | "debit";
                /** @description Created at or after this instant (a date means its midnight UTC). */
                "filter[since]"?: string;
                /** @description Created before this instant (a date means its midnight UTC). */
                "filter[until]"?: string;
            };
            header?: never;
            path: {
                /** @description A customer id (`ent_...`) or an account id (`acc_...`). */
                accountId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description The request id, also in error objects: quote it when asking for help. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.api+json": {
                        data: components["schemas"]["Transaction"][];
                        links: {
                            self: string;
                            /** @description The next page, when there is one. */
                            next?: string;
                            /** @description The previous page, when there is one. */
                            prev?: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    /** @description The request id, also in error objects: quote it when asking for help. */
                    "X-Request-Id": string;
                    /** @description On 401: `Basic realm="linkcy"`, the scheme to authenticate with. */
                    "WWW-Authenticate"?: string;
                    /** @description On 405: the methods the path accepts. */
                    Allow?: string;
                    /** @description On 429: seconds until the rate limit lets the request through. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.api+json": components["schemas"]["ErrorDocument"];
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    /** @description The request id, also in error objects: quote it when asking for help. */
                    "X-Request-Id": string;
                    /** @description On 503: seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.api+json": components["schemas"]["ErrorDocument"];
                };
            };
        };
    };
    closeBankAccount: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any string of 1-255 visible ASCII characters, unique per intended operation (a UUID). A retry with the same key and request returns the stored response (with `Idempotent-Replayed: true`) for 24 hours; the same key with another request is 422, and while the first is still running, 409. */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description The account id, `acc_...`. */
                accountId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description The request id, also in error objects: quote it when asking for help. */
                    "X-Request-Id": string;
                    /** @description `true` when this is the stored response of an earlier request with the same Idempotency-Key. */
                    "Idempotent-Replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.api+json": {
                        data: components["schemas"]["BankAccount"];
                        links: {
                            self: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    /** @description The request id, also in error objects: quote it when asking for help. */
                    "X-Request-Id": string;
                    /** @description On 401: `Basic realm="linkcy"`, the scheme to authenticate with. */
                    "WWW-Authenticate"?: string;
                    /** @description On 405: the methods the path accepts. */
                    Allow?: string;
                    /** @description On 429: seconds until the rate limit lets the request through. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.api+json": components["schemas"]["ErrorDocument"];
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    /** @description The request id, also in error objects: quote it when asking for help. */
                    "X-Request-Id": string;
                    /** @description On 503: seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.api+json": components["schemas"]["ErrorDocument"];
                };
            };
        };
    };
    listAccountTransactions: {
        parameters: {
            query?: {
                /** @description Items per page, 1 to 100 (default 25). */
                "page[limit]"?: number;
                /** @description Cursor from `links.next`: the page after it. */
                "page[after]"?: string;
                /** @description Cursor from `links.prev`: the page before it. */
                "page[before]"?: string;
                /** @description `-createdAt` (default, newest first) or `createdAt`. */
                sort?: "createdAt" | "-createdAt";
                "filter[status]"?: "pending" | "posted" | "released" | "returned";
                "filter[kind]"?: "incomingTransfer" | "outgoingTransfer" | "transferReturn" | "bookTransfer" | "cardPayment" | "cardRefund" | "fee";
                "filter[direction]"?: "credit" | "debit";
                /** @description Created at or after this instant (a date means its midnight UTC). */
                "filter[since]"?: string;
                /** @description Created before this instant (a date means its midnight UTC). */
                "filter[until]"?: string;
            };
            header?: never;
            path: {
                accountId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description The request id, also in error objects: quote it when asking for help. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.api+json": {
                        data: components["schemas"]["Transaction"][];
                        links: {
                            self: string;
                            /** @description The next page, when there is one. */
                            next?: string;
                            /** @description The previous page, when there is one. */
                            prev?: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    /** @description The request id, also in error objects: quote it when asking for help. */
                    "X-Request-Id": string;
                    /** @description On 401: `Basic realm="linkcy"`, the scheme to authenticate with. */
                    "WWW-Authenticate"?: string;
                    /** @description On 405: the methods the path accepts. */
                    Allow?: string;
                    /** @description On 429: seconds until the rate limit lets the request through. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.api+json": components["schemas"]["ErrorDocument"];
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    /** @description The request id, also in error objects: quote it when asking for help. */
                    "X-Request-Id": string;
                    /** @description On 503: seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.api+json": components["schemas"]["ErrorDocument"];
                };
            };
        };
    };
    listTransactions: {
        parameters: {
            query?: {
                /** @description Items per page, 1 to 100 (default 25). */
                "page[limit]"?: number;
                /** @description Cursor from `links.next`: the page after it. */
                "page[after]"?: string;
                /** @description Cursor from `links.prev`: the page before it. */
                "page[before]"?: string;
                /** @description `-createdAt` (default, newest first) or `createdAt`. */
                sort?: "createdAt" | "-createdAt";
                "filter[status]"?: "pending" | "posted" | "released" | "returned";
                "filter[kind]"?: "incomingTransfer" | "outgoingTransfer" | "transferReturn" | "bookTransfer" | "cardPayment" | "cardRefund" | "fee";
                "filter[direction]"?: "credit" | "debit";
                /** @description Created at or after this instant (a date means its midnight UTC). */
                "filter[since]"?: string;
                /** @description Created before this instant (a date means its midnight UTC). */
                "filter[until]"?: string;
                /** @description Only this customer’s accounts. */
                "filter[entity]"?: string;
                /** @description Only this account. */
                "filter[bankAccount]"?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description The request id, also in error objects: quote it when asking for help. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.api+json": {
                        data: components["schemas"]["Transaction"][];
                        links: {
                            self: string;
                            /** @description The next page, when there is one. */
                            next?: string;
                            /** @description The previous page, when there is one. */
                            prev?: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    /** @description The request id, also in error objects: quote it when asking for help. */
                    "X-Request-Id": string;
                    /** @description On 401: `Basic realm="linkcy"`, the scheme to authenticate with. */
                    "WWW-Authenticate"?: string;
                    /** @description On 405: the methods the path accepts. */
                    Allow?: string;
                    /** @description On 429: seconds until the rate limit lets the request through. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.api+json": components["schemas"]["ErrorDocument"];
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    /** @description The request id, also in error objects: quote it when asking for help. */
                    "X-Request-Id": string;
                    /** @description On 503: seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.api+json": components["schemas"]["ErrorDocument"];
                };
            };
        };
    };
    getTransaction: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The transaction id, `txn_...`. */
                transactionId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description The request id, also in error objects: quote it when asking for help. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.api+json": {
                        data: components["schemas"]["Transaction"];
                        links: {
                            self: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    /** @description The request id, also in error objects: quote it when asking for help. */
                    "X-Request-Id": string;
                    /** @description On 401: `Basic realm="linkcy"`, the scheme to authenticate with. */
                    "WWW-Authenticate"?: string;
                    /** @description On 405: the methods the path accepts. */
                    Allow?: string;
                    /** @description On 429: seconds until the rate limit lets the request through. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.api+json": components["schemas"]["ErrorDocument"];
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    /** @description The request id, also in error objects: quote it when asking for help. */
                    "X-Request-Id": string;
                    /** @description On 503: seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.api+json": components["schemas"]["ErrorDocument"];
                };
            };
        };
    };
    listCards: {
        parameters: {
            query?: {
                /** @description Items per page, 1 to 100 (default 25). */
                "page[limit]"?: number;
                /** @description Cursor from `links.next`: the page after it. */
                "page[after]"?: string;
                /** @description Cursor from `links.prev`: the page before it. */
                "page[before]"?: string;
                /** @description `-createdAt` (default, newest first) or `createdAt`. */
                sort?: "createdAt" | "-createdAt";
                "filter[status]"?: "inactive" | "active" | "suspended" | "lost" | "stolen" | "closed";
                "filter[form]"?: "virtual" | "physical";
                "filter[entity]"?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description The request id, also in error objects: quote it when asking for help. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.api+json": {
                        data: components["schemas"]["Card"][];
                        links: {
                            self: string;
                            /** @description The next page, when there is one. */
                            next?: string;
                            /** @description The previous page, when there is one. */
                            prev?: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    /** @description The request id, also in error objects: quote it when asking for help. */
                    "X-Request-Id": string;
                    /** @description On 401: `Basic realm="linkcy"`, the scheme to authenticate with. */
                    "WWW-Authenticate"?: string;
                    /** @description On 405: the methods the path accepts. */
                    Allow?: string;
                    /** @description On 429: seconds until the rate limit lets the request through. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.api+json": components["schemas"]["ErrorDocument"];
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    /** @description The request id, also in error objects: quote it when asking for help. */
                    "X-Request-Id": string;
                    /** @description On 503: seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.api+json": components["schemas"]["ErrorDocument"];
                };
            };
        };
    };
    createCard: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any string of 1-255 visible ASCII characters, unique per intended operation (a UUID). A retry with the same key and request returns the stored response (with `Idempotent-Replayed: true`) for 24 hours; the same key with another request is 422, and while the first is still running, 409. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "data": {
                 *         "type": "card",
                 *         "attributes": {
                 *           "form": "virtual"
                 *         },
                 *         "relationships": {
                 *           "entity": {
                 *             "data": {
                 *               "type": "entity",
                 *               "id": "ent_..."
                 *             }
                 *           }
                 *         }
                 *       }
                 *     }
                 */
                "application/vnd.api+json": {
                    data: {
                        /** @enum {string} */
                        type: "card";
                        attributes: {
                            /** @enum {string} */
                            form: "virtual" | "physical";
                            /** @description Printed name; defaults to the customer’s name. */
                            cardholderName?: string;
                            /** @description Physical cards only; defaults to the customer’s address. */
                            shippingAddress?: {
                                line1: string;
                                line2?: string | null;
                                postalCode: string;
                                city: string;
                                region?: string | null;
                                /** @description ISO 3166-1 alpha-2 country code. */
                                country: string;
                            };
                        };
                        relationships: {
                            entity: {
                                data: {
                                    /** @enum {string} */
                                    type: "entity";
                                    id: string;
                                };
                            };
                            /** @description The customer’s open account the card spends from; defaults to its most recently opened one. */
                            bankAccount?: {
                                data: {
                                    /** @enum {string} */
                                    type: "bankAccount";
                                    id: string;
                                };
                            };
                        };
                    };
                };
                /**
                 * @example {
                 *       "data": {
                 *         "type": "card",
                 *         "attributes": {
                 *           "form": "virtual"
                 *         },
                 *         "relationships": {
                 *           "entity": {
                 *             "data": {
                 *               "type": "entity",
                 *               "id": "ent_..."
                 *             }
                 *           }
                 *         }
                 *       }
                 *     }
                 */
                "application/json": {
                    data: {
                        /** @enum {string} */
                        type: "card";
                        attributes: {
                            /** @enum {string} */
                            form: "virtual" | "physical";
                            /** @description Printed name; defaults to the customer’s name. */
                            cardholderName?: string;
                            /** @description Physical cards only; defaults to the customer’s address. */
                            shippingAddress?: {
                                line1: string;
                                line2?: string | null;
                                postalCode: string;
                                city: string;
                                region?: string | null;
                                /** @description ISO 3166-1 alpha-2 country code. */
                                country: string;
                            };
                        };
                        relationships: {
                            entity: {
                                data: {
                                    /** @enum {string} */
                                    type: "entity";
                                    id: string;
                                };
                            };
                            /** @description The customer’s open account the card spends from; defaults to its most recently opened one. */
                            bankAccount?: {
                                data: {
                                    /** @enum {string} */
                                    type: "bankAccount";
                                    id: string;
                                };
                            };
                        };
                    };
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    /** @description The request id, also in error objects: quote it when asking for help. */
                    "X-Request-Id": string;
                    /** @description The new resource’s URL. */
                    Location: string;
                    /** @description `true` when this is the stored response of an earlier request with the same Idempotency-Key. */
                    "Idempotent-Replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.api+json": {
                        data: components["schemas"]["Card"];
                        links: {
                            self: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    /** @description The request id, also in error objects: quote it when asking for help. */
                    "X-Request-Id": string;
                    /** @description On 401: `Basic realm="linkcy"`, the scheme to authenticate with. */
                    "WWW-Authenticate"?: string;
                    /** @description On 405: the methods the path accepts. */
                    Allow?: string;
                    /** @description On 429: seconds until the rate limit lets the request through. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.api+json": components["schemas"]["ErrorDocument"];
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    /** @description The request id, also in error objects: quote it when asking for help. */
                    "X-Request-Id": string;
                    /** @description On 503: seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.api+json": components["schemas"]["ErrorDocument"];
                };
            };
        };
    };
    getCard: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The card id, `card_...`. */
                cardId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description The request id, also in error objects: quote it when asking for help. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.api+json": {
                        data: components["schemas"]["Card"];
                        links: {
                            self: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    /** @description The request id, also in error objects: quote it when asking for help. */
                    "X-Request-Id": string;
                    /** @description On 401: `Basic realm="linkcy"`, the scheme to authenticate with. */
                    "WWW-Authenticate"?: string;
                    /** @description On 405: the methods the path accepts. */
                    Allow?: string;
                    /** @description On 429: seconds until the rate limit lets the request through. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.api+json": components["schemas"]["ErrorDocument"];
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    /** @description The request id, also in error objects: quote it when asking for help. */
                    "X-Request-Id": string;
                    /** @description On 503: seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.api+json": components["schemas"]["ErrorDocument"];
                };
            };
        };
    };
    activateCard: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any string of 1-255 visible ASCII characters, unique per intended operation (a UUID). A retry with the same key and request returns the stored response (with `Idempotent-Replayed: true`) for 24 hours; the same key with another request is 422, and while the first is still running, 409. */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description The card id, `card_...`. */
                cardId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description The request id, also in error objects: quote it when asking for help. */
                    "X-Request-Id": string;
                    /** @description `true` when this is the stored response of an earlier request with the same Idempotency-Key. */
                    "Idempotent-Replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.api+json": {
                        data: components["schemas"]["Card"];
                        links: {
                            self: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    /** @description The request id, also in error objects: quote it when asking for help. */
                    "X-Request-Id": string;
                    /** @description On 401: `Basic realm="linkcy"`, the scheme to authenticate with. */
                    "WWW-Authenticate"?: string;
                    /** @description On 405: the methods the path accepts. */
                    Allow?: string;
                    /** @description On 429: seconds until the rate limit lets the request through. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.api+json": components["schemas"]["ErrorDocument"];
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    /** @description The request id, also in error objects: quote it when asking for help. */
                    "X-Request-Id": string;
                    /** @description On 503: seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.api+json": components["schemas"]["ErrorDocument"];
                };
            };
        };
    };
    closeCard: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any string of 1-255 visible ASCII characters, unique per intended operation (a UUID). A retry with the same key and request returns the stored response (with `Idempotent-Replayed: true`) for 24 hours; the same key with another request is 422, and while the first is still running, 409. */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description The card id, `card_...`. */
                cardId: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/vnd.api+json": {
                    data: {
                        /** @enum {string} */
                        type: "card";
                        attributes: {
                            /** @enum {string} */
                            reason: "lost" | "stolen" | "closed";
                        };
                    };
                };
                "application/json": {
                    data: {
                        /** @enum {string} */
                        type: "card";
                        attributes: {
                            /** @enum {string} */
                            reason: "lost" | "stolen" | "closed";
                        };
                    };
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description The request id, also in error objects: quote it when asking for help. */
                    "X-Request-Id": string;
                    /** @description `true` when this is the stored response of an earlier request with the same Idempotency-Key. */
                    "Idempotent-Replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.api+json": {
                        data: components["schemas"]["Card"];
                        links: {
                            self: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    /** @description The request id, also in error objects: quote it when asking for help. */
                    "X-Request-Id": string;
                    /** @description On 401: `Basic realm="linkcy"`, the scheme to authenticate with. */
                    "WWW-Authenticate"?: string;
                    /** @description On 405: the methods the path accepts. */
                    Allow?: string;
                    /** @description On 429: seconds until the rate limit lets the request through. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.api+json": components["schemas"]["ErrorDocument"];
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    /** @description The request id, also in error objects: quote it when asking for help. */
                    "X-Request-Id": string;
                    /** @description On 503: seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.api+json": components["schemas"]["ErrorDocument"];
                };
            };
        };
    };
    suspendCard: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any string of 1-255 visible ASCII characters, unique per intended operation (a UUID). A retry with the same key and request returns the stored response (with `Idempotent-Replayed: true`) for 24 hours; the same key with another request is 422, and while the first is still running, 409. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "data": {
                 *         "type": "card",
                 *         "id": "card_...",
                 *         "attributes": {
                 *           "suspended": true
                 *         }
                 *       }
                 *     }
                 */
                "application/vnd.api+json": {
                    data: {
                        /** @enum {string} */
                        type: "card";
                        id?: string;
                        attributes: {
                            suspended: boolean;
                        };
                        relationships?: {
                            entity: {
                                data: {
                                    /** @enum {string} */
                                    type: "entity";
                                    id: string;
                                };
                            };
                        };
                    };
                };
                /**
                 * @example {
                 *       "data": {
                 *         "type": "card",
                 *         "id": "card_...",
                 *         "attributes": {
                 *           "suspended": true
                 *         }
                 *       }
                 *     }
                 */
                "application/json": {
                    data: {
                        /** @enum {string} */
                        type: "card";
                        id?: string;
                        attributes: {
                            suspended: boolean;
                        };
                        relationships?: {
                            entity: {
                                data: {
                                    /** @enum {string} */
                                    type: "entity";
                                    id: string;
                                };
                            };
                        };
                    };
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description The request id, also in error objects: quote it when asking for help. */
                    "X-Request-Id": string;
                    /** @description `true` when this is the stored response of an earlier request with the same Idempotency-Key. */
                    "Idempotent-Replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.api+json": {
                        data: components["schemas"]["Card"];
                        links: {
                            self: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    /** @description The request id, also in error objects: quote it when asking for help. */
                    "X-Request-Id": string;
                    /** @description On 401: `Basic realm="linkcy"`, the scheme to authenticate with. */
                    "WWW-Authenticate"?: string;
                    /** @description On 405: the methods the path accepts. */
                    Allow?: string;
                    /** @description On 429: seconds until the rate limit lets the request through. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.api+json": components["schemas"]["ErrorDocument"];
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    /** @description The request id, also in error objects: quote it when asking for help. */
                    "X-Request-Id": string;
                    /** @description On 503: seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.api+json": components["schemas"]["ErrorDocument"];
                };
            };
        };
    };
    revealCardDetails: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A customer id (`ent_...`: its most recently issued card that is not closed) or a card id (`card_...`). */
                entityId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description The request id, also in error objects: quote it when asking for help. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.api+json": {
                        data: {
                            /** @enum {string} */
                            type: "cardDetails";
                            id: string;
                            attributes: {
                                pan: string;
                                cvv: string;
                                expMonth: number;
                                expYear: number;
                                cardholderName: string;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    /** @description The request id, also in error objects: quote it when asking for help. */
                    "X-Request-Id": string;
                    /** @description On 401: `Basic realm="linkcy"`, the scheme to authenticate with. */
                    "WWW-Authenticate"?: string;
                    /** @description On 405: the methods the path accepts. */
                    Allow?: string;
                    /** @description On 429: seconds until the rate limit lets the request through. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.api+json": components["schemas"]["ErrorDocument"];
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    /** @description The request id, also in error objects: quote it when asking for help. */
                    "X-Request-Id": string;
                    /** @description On 503: seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.api+json": components["schemas"]["ErrorDocument"];
                };
            };
        };
    };
    revealCardPin: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A customer id (`ent_...`: its most recently issued card that is not closed) or a card id (`card_...`). */
                entityId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description The request id, also in error objects: quote it when asking for help. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.api+json": {
                        data: {
                            /** @enum {string} */
                            type: "cardPin";
                            id: string;
                            attributes: {
                                pin: string;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    /** @description The request id, also in error objects: quote it when asking for help. */
                    "X-Request-Id": string;
                    /** @description On 401: `Basic realm="linkcy"`, the scheme to authenticate with. */
                    "WWW-Authenticate"?: string;
                    /** @description On 405: the methods the path accepts. */
                    Allow?: string;
                    /** @description On 429: seconds until the rate limit lets the request through. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.api+json": components["schemas"]["ErrorDocument"];
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    /** @description The request id, also in error objects: quote it when asking for help. */
                    "X-Request-Id": string;
                    /** @description On 503: seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.api+json": components["schemas"]["ErrorDocument"];
                };
            };
        };
    };
    resetCardPin: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any string of 1-255 visible ASCII characters, unique per intended operation (a UUID). A retry with the same key and request returns the stored response (with `Idempotent-Replayed: true`) for 24 hours; the same key with another request is 422, and while the first is still running, 409. */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description A customer id (`ent_...`: its most recently issued card that is not closed) or a card id (`card_...`). */
                entityId: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/vnd.api+json": {
                    data: {
                        /** @enum {string} */
                        type: "cardPin";
                        attributes: {
                            pin: string;
                        };
                    };
                };
                "application/json": {
                    data: {
                        /** @enum {string} */
                        type: "cardPin";
                        attributes: {
                            pin: string;
                        };
                    };
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description The request id, also in error objects: quote it when asking for help. */
                    "X-Request-Id": string;
                    /** @description `true` when this is the stored response of an earlier request with the same Idempotency-Key. */
                    "Idempotent-Replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.api+json": {
                        data: {
                            /** @enum {string} */
                            type: "cardPin";
                            id: string;
                            attributes: {
                                pin: string;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    /** @description The request id, also in error objects: quote it when asking for help. */
                    "X-Request-Id": string;
                    /** @description On 401: `Basic realm="linkcy"`, the scheme to authenticate with. */
                    "WWW-Authenticate"?: string;
                    /** @description On 405: the methods the path accepts. */
                    Allow?: string;
                    /** @description On 429: seconds until the rate limit lets the request through. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.api+json": components["schemas"]["ErrorDocument"];
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    /** @description The request id, also in error objects: quote it when asking for help. */
                    "X-Request-Id": string;
                    /** @description On 503: seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.api+json": components["schemas"]["ErrorDocument"];
                };
            };
        };
    };
    getAuthorization: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The authorization id, `auth_...`. */
                authorizationId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description The request id, also in error objects: quote it when asking for help. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.api+json": {
                        data: components["schemas"]["Authorization"];
                        links: {
                            self: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    /** @description The request id, also in error objects: quote it when asking for help. */
                    "X-Request-Id": string;
                    /** @description On 401: `Basic realm="linkcy"`, the scheme to authenticate with. */
                    "WWW-Authenticate"?: string;
                    /** @description On 405: the methods the path accepts. */
                    Allow?: string;
                    /** @description On 429: seconds until the rate limit lets the request through. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.api+json": components["schemas"]["ErrorDocument"];
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    /** @description The request id, also in error objects: quote it when asking for help. */
                    "X-Request-Id": string;
                    /** @description On 503: seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.api+json": components["schemas"]["ErrorDocument"];
                };
            };
        };
    };
    listEvents: {
        parameters: {
            query?: {
                /** @description Items per page, 1 to 100 (default 25). */
                "page[limit]"?: number;
                /** @description Cursor from `links.next`: the page after it. */
                "page[after]"?: string;
                /** @description Cursor from `links.prev`: the page before it. */
                "page[before]"?: string;
                /** @description `-createdAt` (default, newest first) or `createdAt`. */
                sort?: "createdAt" | "-createdAt";
                "filter[type]"?: "entity.created" | "entity.updated" | "bankAccount.created" | "bankAccount.updated" | "transaction.created" | "transaction.updated" | "card.created" | "card.updated" | "authorization.created" | "authorization.updated" | "bookTransfer.created" | "sepaCreditTransfer.created" | "sepaCreditTransfer.updated" | "bankStatement.unmatchedCredit";
                "filter[since]"?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description The request id, also in error objects: quote it when asking for help. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.api+json": {
                        data: components["schemas"]["Event"][];
                        links: {
                            self: string;
                            /** @description The next page, when there is one. */
                            next?: string;
                            /** @description The previous page, when there is one. */
                            prev?: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    /** @description The request id, also in error objects: quote it when asking for help. */
                    "X-Request-Id": string;
                    /** @description On 401: `Basic realm="linkcy"`, the scheme to authenticate with. */
                    "WWW-Authenticate"?: string;
                    /** @description On 405: the methods the path accepts. */
                    Allow?: string;
                    /** @description On 429: seconds until the rate limit lets the request through. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.api+json": components["schemas"]["ErrorDocument"];
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    /** @description The request id, also in error objects: quote it when asking for help. */
                    "X-Request-Id": string;
                    /** @description On 503: seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.api+json": components["schemas"]["ErrorDocument"];
                };
            };
        };
    };
    getEvent: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The event id, `evt_...`. */
                eventId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description The request id, also in error objects: quote it when asking for help. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.api+json": {
                        data: components["schemas"]["Event"];
                        links: {
                            self: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    /** @description The request id, also in error objects: quote it when asking for help. */
                    "X-Request-Id": string;
                    /** @description On 401: `Basic realm="linkcy"`, the scheme to authenticate with. */
                    "WWW-Authenticate"?: string;
                    /** @description On 405: the methods the path accepts. */
                    Allow?: string;
                    /** @description On 429: seconds until the rate limit lets the request through. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.api+json": components["schemas"]["ErrorDocument"];
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    /** @description The request id, also in error objects: quote it when asking for help. */
                    "X-Request-Id": string;
                    /** @description On 503: seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.api+json": components["schemas"]["ErrorDocument"];
                };
            };
        };
    };
    redeliverEvent: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any string of 1-255 visible ASCII characters, unique per intended operation (a UUID). A retry with the same key and request returns the stored response (with `Idempotent-Replayed: true`) for 24 hours; the same key with another request is 422, and while the first is still running, 409. */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description The event id, `evt_...`. */
                eventId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            202: {
                headers: {
                    /** @description The request id, also in error objects: quote it when asking for help. */
                    "X-Request-Id": string;
                    /** @description `true` when this is the stored response of an earlier request with the same Idempotency-Key. */
                    "Idempotent-Replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.api+json": {
                        data: components["schemas"]["WebhookDelivery"][];
                        links: {
                            self: string;
                            /** @description The next page, when there is one. */
                            next?: string;
                            /** @description The previous page, when there is one. */
                            prev?: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    /** @description The request id, also in error objects: quote it when asking for help. */
                    "X-Request-Id": string;
                    /** @description On 401: `Basic realm="linkcy"`, the scheme to authenticate with. */
                    "WWW-Authenticate"?: string;
                    /** @description On 405: the methods the path accepts. */
                    Allow?: string;
                    /** @description On 429: seconds until the rate limit lets the request through. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.api+json": components["schemas"]["ErrorDocument"];
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    /** @description The request id, also in error objects: quote it when asking for help. */
                    "X-Request-Id": string;
                    /** @description On 503: seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.api+json": components["schemas"]["ErrorDocument"];
                };
            };
        };
    };
    listWebhookEndpoints: {
        parameters: {
            query?: {
                /** @description Items per page, 1 to 100 (default 25). */
                "page[limit]"?: number;
                /** @description Cursor from `links.next`: the page after it. */
                "page[after]"?: string;
                /** @description Cursor from `links.prev`: the page before it. */
                "page[before]"?: string;
                /** @description `-createdAt` (default, newest first) or `createdAt`. */
                sort?: "createdAt" | "-createdAt";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description The request id, also in error objects: quote it when asking for help. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.api+json": {
                        data: components["schemas"]["WebhookEndpoint"][];
                        links: {
                            self: string;
                            /** @description The next page, when there is one. */
                            next?: string;
                            /** @description The previous page, when there is one. */
                            prev?: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    /** @description The request id, also in error objects: quote it when asking for help. */
                    "X-Request-Id": string;
                    /** @description On 401: `Basic realm="linkcy"`, the scheme to authenticate with. */
                    "WWW-Authenticate"?: string;
                    /** @description On 405: the methods the path accepts. */
                    Allow?: string;
                    /** @description On 429: seconds until the rate limit lets the request through. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.api+json": components["schemas"]["ErrorDocument"];
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    /** @description The request id, also in error objects: quote it when asking for help. */
                    "X-Request-Id": string;
                    /** @description On 503: seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.api+json": components["schemas"]["ErrorDocument"];
                };
            };
        };
    };
    createWebhookEndpoint: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any string of 1-255 visible ASCII characters, unique per intended operation (a UUID). A retry with the same key and request returns the stored response (with `Idempotent-Replayed: true`) for 24 hours; the same key with another request is 422, and while the first is still running, 409. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "data": {
                 *         "type": "webhookEndpoint",
                 *         "attributes": {
                 *           "url": "https://example.com/linkcy/webhooks",
                 *           "events": [
                 *             "*"
                 *           ],
                 *           "description": "Backend"
                 *         }
                 *       }
                 *     }
                 */
                "application/vnd.api+json": {
                    data: {
                        /** @enum {string} */
                        type: "webhookEndpoint";
                        attributes: {
                            /** @description Where events are POSTed. Live mode: https to a public address. */
                            url: string;
                            events: ("*" | "entity.created" | "entity.updated" | "bankAccount.created" | "bankAccount.updated" | "transaction.created" | "transaction.updated" | "card.created" | "card.updated" | "authorization.created" | "authorization.updated" | "bookTransfer.created" | "sepaCreditTransfer.created" | "sepaCreditTransfer.updated" | "bankStatement.unmatchedCredit")[];
                            description?: string | null;
                        };
                    };
                };
                /**
                 * @example {
                 *       "data": {
                 *         "type": "webhookEndpoint",
                 *         "attributes": {
                 *           "url": "https://example.com/linkcy/webhooks",
                 *           "events": [
                 *             "*"
                 *           ],
                 *           "description": "Backend"
                 *         }
                 *       }
                 *     }
                 */
                "application/json": {
                    data: {
                        /** @enum {string} */
                        type: "webhookEndpoint";
                        attributes: {
                            /** @description Where events are POSTed. Live mode: https to a public address. */
                            url: string;
                            events: ("*" | "entity.created" | "entity.updated" | "bankAccount.created" | "bankAccount.updated" | "transaction.created" | "transaction.updated" | "card.created" | "card.updated" | "authorization.created" | "authorization.updated" | "bookTransfer.created" | "sepaCreditTransfer.created" | "sepaCreditTransfer.updated" | "bankStatement.unmatchedCredit")[];
                            description?: string | null;
                        };
                    };
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    /** @description The request id, also in error objects: quote it when asking for help. */
                    "X-Request-Id": string;
                    /** @description The new resource’s URL. */
                    Location: string;
                    /** @description `true` when this is the stored response of an earlier request with the same Idempotency-Key. */
                    "Idempotent-Replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.api+json": {
                        data: components["schemas"]["WebhookEndpoint"];
                        links: {
                            self: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    /** @description The request id, also in error objects: quote it when asking for help. */
                    "X-Request-Id": string;
                    /** @description On 401: `Basic realm="linkcy"`, the scheme to authenticate with. */
                    "WWW-Authenticate"?: string;
                    /** @description On 405: the methods the path accepts. */
                    Allow?: string;
                    /** @description On 429: seconds until the rate limit lets the request through. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.api+json": components["schemas"]["ErrorDocument"];
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    /** @description The request id, also in error objects: quote it when asking for help. */
                    "X-Request-Id": string;
                    /** @description On 503: seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.api+json": components["schemas"]["ErrorDocument"];
                };
            };
        };
    };
    getWebhookEndpoint: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The endpoint id, `whk_...`. */
                webhookId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description The request id, also in error objects: quote it when asking for help. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.api+json": {
                        data: components["schemas"]["WebhookEndpoint"];
                        links: {
                            self: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    /** @description The request id, also in error objects: quote it when asking for help. */
                    "X-Request-Id": string;
                    /** @description On 401: `Basic realm="linkcy"`, the scheme to authenticate with. */
                    "WWW-Authenticate"?: string;
                    /** @description On 405: the methods the path accepts. */
                    Allow?: string;
                    /** @description On 429: seconds until the rate limit lets the request through. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.api+json": components["schemas"]["ErrorDocument"];
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    /** @description The request id, also in error objects: quote it when asking for help. */
                    "X-Request-Id": string;
                    /** @description On 503: seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.api+json": components["schemas"]["ErrorDocument"];
                };
            };
        };
    };
    deleteWebhookEndpoint: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The endpoint id, `whk_...`. */
                webhookId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted; no body. */
            204: {
                headers: {
                    /** @description The request id, also in error objects: quote it when asking for help. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    /** @description The request id, also in error objects: quote it when asking for help. */
                    "X-Request-Id": string;
                    /** @description On 401: `Basic realm="linkcy"`, the scheme to authenticate with. */
                    "WWW-Authenticate"?: string;
                    /** @description On 405: the methods the path accepts. */
                    Allow?: string;
                    /** @description On 429: seconds until the rate limit lets the request through. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.api+json": components["schemas"]["ErrorDocument"];
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    /** @description The request id, also in error objects: quote it when asking for help. */
                    "X-Request-Id": string;
                    /** @description On 503: seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.api+json": components["schemas"]["ErrorDocument"];
                };
            };
        };
    };
    updateWebhookEndpoint: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The endpoint id, `whk_...`. */
                webhookId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/vnd.api+json": {
                    data: {
                        /** @enum {string} */
                        type: "webhookEndpoint";
                        id?: string;
                        attributes: {
                            /** @description Where events are POSTed. Live mode: https to a public address. */
                            url?: string;
                            events?: ("*" | "entity.created" | "entity.updated" | "bankAccount.created" | "bankAccount.updated" | "transaction.created" | "transaction.updated" | "card.created" | "card.updated" | "authorization.created" | "authorization.updated" | "bookTransfer.created" | "sepaCreditTransfer.created" | "sepaCreditTransfer.updated" | "bankStatement.unmatchedCredit")[];
                            description?: string | null;
                            /** @enum {string} */
                            status?: "enabled" | "disabled";
                        };
                    };
                };
                "application/json": {
                    data: {
                        /** @enum {string} */
                        type: "webhookEndpoint";
                        id?: string;
                        attributes: {
                            /** @description Where events are POSTed. Live mode: https to a public address. */
                            url?: string;
                            events?: ("*" | "entity.created" | "entity.updated" | "bankAccount.created" | "bankAccount.updated" | "transaction.created" | "transaction.updated" | "card.created" | "card.updated" | "authorization.created" | "authorization.updated" | "bookTransfer.created" | "sepaCreditTransfer.created" | "sepaCreditTransfer.updated" | "bankStatement.unmatchedCredit")[];
                            description?: string | null;
                            /** @enum {string} */
                            status?: "enabled" | "disabled";
                        };
                    };
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description The request id, also in error objects: quote it when asking for help. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.api+json": {
                        data: components["schemas"]["WebhookEndpoint"];
                        links: {
                            self: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    /** @description The request id, also in error objects: quote it when asking for help. */
                    "X-Request-Id": string;
                    /** @description On 401: `Basic realm="linkcy"`, the scheme to authenticate with. */
                    "WWW-Authenticate"?: string;
                    /** @description On 405: the methods the path accepts. */
                    Allow?: string;
                    /** @description On 429: seconds until the rate limit lets the request through. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.api+json": components["schemas"]["ErrorDocument"];
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    /** @description The request id, also in error objects: quote it when asking for help. */
                    "X-Request-Id": string;
                    /** @description On 503: seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.api+json": components["schemas"]["ErrorDocument"];
                };
            };
        };
    };
    rotateWebhookSecret: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any string of 1-255 visible ASCII characters, unique per intended operation (a UUID). A retry with the same key and request returns the stored response (with `Idempotent-Replayed: true`) for 24 hours; the same key with another request is 422, and while the first is still running, 409. */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description The endpoint id, `whk_...`. */
                webhookId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description The request id, also in error objects: quote it when asking for help. */
                    "X-Request-Id": string;
                    /** @description `true` when this is the stored response of an earlier request with the same Idempotency-Key. */
                    "Idempotent-Replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.api+json": {
                        data: components["schemas"]["WebhookEndpoint"];
                        links: {
                            self: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    /** @description The request id, also in error objects: quote it when asking for help. */
                    "X-Request-Id": string;
                    /** @description On 401: `Basic realm="linkcy"`, the scheme to authenticate with. */
                    "WWW-Authenticate"?: string;
                    /** @description On 405: the methods the path accepts. */
                    Allow?: string;
                    /** @description On 429: seconds until the rate limit lets the request through. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.api+json": components["schemas"]["ErrorDocument"];
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    /** @description The request id, also in error objects: quote it when asking for help. */
                    "X-Request-Id": string;
                    /** @description On 503: seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.api+json": components["schemas"]["ErrorDocument"];
                };
            };
        };
    };
    listWebhookDeliveries: {
        parameters: {
            query?: {
                /** @description Items per page, 1 to 100 (default 25). */
                "page[limit]"?: number;
                /** @description Cursor from `links.next`: the page after it. */
                "page[after]"?: string;
                /** @description Cursor from `links.prev`: the page before it. */
                "page[before]"?: string;
                /** @description `-createdAt` (default, newest first) or `createdAt`. */
                sort?: "createdAt" | "-createdAt";
            };
            header?: never;
            path: {
                /** @description The endpoint id, `whk_...`. */
                webhookId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description The request id, also in error objects: quote it when asking for help. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.api+json": {
                        data: components["schemas"]["WebhookDelivery"][];
                        links: {
                            self: string;
                            /** @description The next page, when there is one. */
                            next?: string;
                            /** @description The previous page, when there is one. */
                            prev?: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    /** @description The request id, also in error objects: quote it when asking for help. */
                    "X-Request-Id": string;
                    /** @description On 401: `Basic realm="linkcy"`, the scheme to authenticate with. */
                    "WWW-Authenticate"?: string;
                    /** @description On 405: the methods the path accepts. */
                    Allow?: string;
                    /** @description On 429: seconds until the rate limit lets the request through. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.api+json": components["schemas"]["ErrorDocument"];
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    /** @description The request id, also in error objects: quote it when asking for help. */
                    "X-Request-Id": string;
                    /** @description On 503: seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.api+json": components["schemas"]["ErrorDocument"];
                };
            };
        };
    };
    listBookTransfers: {
        parameters: {
            query?: {
                /** @description Items per page, 1 to 100 (default 25). */
                "page[limit]"?: number;
                /** @description Cursor from `links.next`: the page after it. */
                "page[after]"?: string;
                /** @description Cursor from `links.prev`: the page before it. */
                "page[before]"?: string;
                /** @description `-createdAt` (default, newest first) or `createdAt`. */
                sort?: "createdAt" | "-createdAt";
                /** @description Transfers from or to this account. */
                "filter[bankAccount]"?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description The request id, also in error objects: quote it when asking for help. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.api+json": {
                        data: components["schemas"]["BookTransfer"][];
                        links: {
                            self: string;
                            /** @description The next page, when there is one. */
                            next?: string;
                            /** @description The previous page, when there is one. */
                            prev?: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    /** @description The request id, also in error objects: quote it when asking for help. */
                    "X-Request-Id": string;
                    /** @description On 401: `Basic realm="linkcy"`, the scheme to authenticate with. */
                    "WWW-Authenticate"?: string;
                    /** @description On 405: the methods the path accepts. */
                    Allow?: string;
                    /** @description On 429: seconds until the rate limit lets the request through. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.api+json": components["schemas"]["ErrorDocument"];
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    /** @description The request id, also in error objects: quote it when asking for help. */
                    "X-Request-Id": string;
                    /** @description On 503: seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.api+json": components["schemas"]["ErrorDocument"];
                };
            };
        };
    };
    createBookTransfer: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any string of 1-255 visible ASCII characters, unique per intended operation (a UUID). A retry with the same key and request returns the stored response (with `Idempotent-Replayed: true`) for 24 hours; the same key with another request is 422, and while the first is still running, 409. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "data": {
                 *         "type": "bookTransfer",
                 *         "attributes": {
                 *           "amount": 2500,
                 *           "currency": "EUR",
                 *           "description": "Rent share"
                 *         },
                 *         "relationships": {
                 *           "from": {
                 *             "data": {
                 *               "type": "bankAccount",
                 *               "id": "acc_..."
                 *             }
                 *           },
                 *           "to": {
                 *             "data": {
                 *               "type": "bankAccount",
                 *               "id": "acc_..."
                 *             }
                 *           }
                 *         }
                 *       }
                 *     }
                 */
                "application/vnd.api+json": {
                    data: {
                        /** @enum {string} */
                        type: "bookTransfer";
                        attributes: {
                            /** @description Minor units (cents), a positive integer. */
                            amount: number;
                            /**
                             * @description ISO 4217 currency code.
                             * @enum {string}
                             */
                            currency: "EUR" | "USD" | "GBP" | "CHF";
                            /** @description Shown on both sides’ transactions. */
                            description?: string | null;
                        };
                        relationships: {
                            /** @description The account the money leaves. */
                            from: {
                                data: {
                                    /** @enum {string} */
                                    type: "bankAccount";
                                    id: string;
                                };
                            };
                            /** @description The account the money reaches. */
                            to: {
                                data: {
                                    /** @enum {string} */
                                    type: "bankAccount";
                                    id: string;
                                };
                            };
                        };
                    };
                };
                /**
                 * @example {
                 *       "data": {
                 *         "type": "bookTransfer",
                 *         "attributes": {
                 *           "amount": 2500,
                 *           "currency": "EUR",
                 *           "description": "Rent share"
                 *         },
                 *         "relationships": {
                 *           "from": {
                 *             "data": {
                 *               "type": "bankAccount",
                 *               "id": "acc_..."
                 *             }
                 *           },
                 *           "to": {
                 *             "data": {
                 *               "type": "bankAccount",
                 *               "id": "acc_..."
                 *             }
                 *           }
                 *         }
                 *       }
                 *     }
                 */
                "application/json": {
                    data: {
                        /** @enum {string} */
                        type: "bookTransfer";
                        attributes: {
                            /** @description Minor units (cents), a positive integer. */
                            amount: number;
                            /**
                             * @description ISO 4217 currency code.
                             * @enum {string}
                             */
                            currency: "EUR" | "USD" | "GBP" | "CHF";
                            /** @description Shown on both sides’ transactions. */
                            description?: string | null;
                        };
                        relationships: {
                            /** @description The account the money leaves. */
                            from: {
                                data: {
                                    /** @enum {string} */
                                    type: "bankAccount";
                                    id: string;
                                };
                            };
                            /** @description The account the money reaches. */
                            to: {
                                data: {
                                    /** @enum {string} */
                                    type: "bankAccount";
                                    id: string;
                                };
                            };
                        };
                    };
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    /** @description The request id, also in error objects: quote it when asking for help. */
                    "X-Request-Id": string;
                    /** @description The new resource’s URL. */
                    Location: string;
                    /** @description `true` when this is the stored response of an earlier request with the same Idempotency-Key. */
                    "Idempotent-Replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.api+json": {
                        data: components["schemas"]["BookTransfer"];
                        links: {
                            self: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    /** @description The request id, also in error objects: quote it when asking for help. */
                    "X-Request-Id": string;
                    /** @description On 401: `Basic realm="linkcy"`, the scheme to authenticate with. */
                    "WWW-Authenticate"?: string;
                    /** @description On 405: the methods the path accepts. */
                    Allow?: string;
                    /** @description On 429: seconds until the rate limit lets the request through. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.api+json": components["schemas"]["ErrorDocument"];
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    /** @description The request id, also in error objects: quote it when asking for help. */
                    "X-Request-Id": string;
                    /** @description On 503: seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.api+json": components["schemas"]["ErrorDocument"];
                };
            };
        };
    };
    getBookTransfer: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The transfer id, `btr_...` or `sct_...`. */
                transferId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description The request id, also in error objects: quote it when asking for help. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.api+json": {
                        data: components["schemas"]["BookTransfer"];
                        links: {
                            self: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    /** @description The request id, also in error objects: quote it when asking for help. */
                    "X-Request-Id": string;
                    /** @description On 401: `Basic realm="linkcy"`, the scheme to authenticate with. */
                    "WWW-Authenticate"?: string;
                    /** @description On 405: the methods the path accepts. */
                    Allow?: string;
                    /** @description On 429: seconds until the rate limit lets the request through. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.api+json": components["schemas"]["ErrorDocument"];
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    /** @description The request id, also in error objects: quote it when asking for help. */
                    "X-Request-Id": string;
                    /** @description On 503: seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.api+json": components["schemas"]["ErrorDocument"];
                };
            };
        };
    };
    listSepaCreditTransfers: {
        parameters: {
            query?: {
                /** @description Items per page, 1 to 100 (default 25). */
                "page[limit]"?: number;
                /** @description Cursor from `links.next`: the page after it. */
                "page[after]"?: string;
                /** @description Cursor from `links.prev`: the page before it. */
                "page[before]"?: string;
                /** @description `-createdAt` (default, newest first) or `createdAt`. */
                sort?: "createdAt" | "-createdAt";
                "filter[bankAccount]"?: string;
                "filter[status]"?: "pending" | "submitted" | "settled" | "rejected" | "returned" | "cancelled";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description The request id, also in error objects: quote it when asking for help. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.api+json": {
                        data: components["schemas"]["SepaCreditTransfer"][];
                        links: {
                            self: string;
                            /** @description The next page, when there is one. */
                            next?: string;
                            /** @description The previous page, when there is one. */
                            prev?: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    /** @description The request id, also in error objects: quote it when asking for help. */
                    "X-Request-Id": string;
                    /** @description On 401: `Basic realm="linkcy"`, the scheme to authenticate with. */
                    "WWW-Authenticate"?: string;
                    /** @description On 405: the methods the path accepts. */
                    Allow?: string;
                    /** @description On 429: seconds until the rate limit lets the request through. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.api+json": components["schemas"]["ErrorDocument"];
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    /** @description The request id, also in error objects: quote it when asking for help. */
                    "X-Request-Id": string;
                    /** @description On 503: seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.api+json": components["schemas"]["ErrorDocument"];
                };
            };
        };
    };
    createSepaCreditTransfer: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any string of 1-255 visible ASCII characters, unique per intended operation (a UUID). A retry with the same key and request returns the stored response (with `Idempotent-Replayed: true`) for 24 hours; the same key with another request is 422, and while the first is still running, 409. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/vnd.api+json": {
                    data: {
                        /** @enum {string} */
                        type: "sepaCreditTransfer";
                        attributes: {
                            /** @description Minor units (cents), a positive integer. */
                            amount: number;
                            /** @enum {string} */
                            currency: "EUR";
                            /** @description Who receives the money. */
                            creditor: {
                                /** @description Up to 70 characters; accents are dropped (é -> e), other scripts refused. */
                                name: string;
                                /** @description An IBAN of a SEPA country, with valid check digits and national format. */
                                iban: string;
                                /** @description Optional under the SEPA rulebook. */
                                bic?: string | null;
                            };
                            /** @description Unstructured, up to 140 characters. */
                            remittanceInformation?: string | null;
                            /** @description Your reference, carried to the creditor; unique in your organization. Generated when absent. */
                            endToEndId?: string;
                        };
                        relationships: {
                            /** @description The account the money leaves. */
                            bankAccount: {
                                data: {
                                    /** @enum {string} */
                                    type: "bankAccount";
                                    id: string;
                                };
                            };
                        };
                    };
                };
                "application/json": {
                    data: {
                        /** @enum {string} */
                        type: "sepaCreditTransfer";
                        attributes: {
                            /** @description Minor units (cents), a positive integer. */
                            amount: number;
                            /** @enum {string} */
                            currency: "EUR";
                            /** @description Who receives the money. */
                            creditor: {
                                /** @description Up to 70 characters; accents are dropped (é -> e), other scripts refused. */
                                name: string;
                                /** @description An IBAN of a SEPA country, with valid check digits and national format. */
                                iban: string;
                                /** @description Optional under the SEPA rulebook. */
                                bic?: string | null;
                            };
                            /** @description Unstructured, up to 140 characters. */
                            remittanceInformation?: string | null;
                            /** @description Your reference, carried to the creditor; unique in your organization. Generated when absent. */
                            endToEndId?: string;
                        };
                        relationships: {
                            /** @description The account the money leaves. */
                            bankAccount: {
                                data: {
                                    /** @enum {string} */
                                    type: "bankAccount";
                                    id: string;
                                };
                            };
                        };
                    };
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    /** @description The request id, also in error objects: quote it when asking for help. */
                    "X-Request-Id": string;
                    /** @description The new resource’s URL. */
                    Location: string;
                    /** @description `true` when this is the stored response of an earlier request with the same Idempotency-Key. */
                    "Idempotent-Replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.api+json": {
                        data: components["schemas"]["SepaCreditTransfer"];
                        links: {
                            self: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    /** @description The request id, also in error objects: quote it when asking for help. */
                    "X-Request-Id": string;
                    /** @description On 401: `Basic realm="linkcy"`, the scheme to authenticate with. */
                    "WWW-Authenticate"?: string;
                    /** @description On 405: the methods the path accepts. */
                    Allow?: string;
                    /** @description On 429: seconds until the rate limit lets the request through. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.api+json": components["schemas"]["ErrorDocument"];
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    /** @description The request id, also in error objects: quote it when asking for help. */
                    "X-Request-Id": string;
                    /** @description On 503: seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.api+json": components["schemas"]["ErrorDocument"];
                };
            };
        };
    };
    getSepaCreditTransfer: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The transfer id, `btr_...` or `sct_...`. */
                transferId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description The request id, also in error objects: quote it when asking for help. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.api+json": {
                        data: components["schemas"]["SepaCreditTransfer"];
                        links: {
                            self: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    /** @description The request id, also in error objects: quote it when asking for help. */
                    "X-Request-Id": string;
                    /** @description On 401: `Basic realm="linkcy"`, the scheme to authenticate with. */
                    "WWW-Authenticate"?: string;
                    /** @description On 405: the methods the path accepts. */
                    Allow?: string;
                    /** @description On 429: seconds until the rate limit lets the request through. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.api+json": components["schemas"]["ErrorDocument"];
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    /** @description The request id, also in error objects: quote it when asking for help. */
                    "X-Request-Id": string;
                    /** @description On 503: seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.api+json": components["schemas"]["ErrorDocument"];
                };
            };
        };
    };
    cancelSepaCreditTransfer: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any string of 1-255 visible ASCII characters, unique per intended operation (a UUID). A retry with the same key and request returns the stored response (with `Idempotent-Replayed: true`) for 24 hours; the same key with another request is 422, and while the first is still running, 409. */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description The transfer id, `btr_...` or `sct_...`. */
                transferId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description The request id, also in error objects: quote it when asking for help. */
                    "X-Request-Id": string;
                    /** @description `true` when this is the stored response of an earlier request with the same Idempotency-Key. */
                    "Idempotent-Replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.api+json": {
                        data: components["schemas"]["SepaCreditTransfer"];
                        links: {
                            self: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    /** @description The request id, also in error objects: quote it when asking for help. */
                    "X-Request-Id": string;
                    /** @description On 401: `Basic realm="linkcy"`, the scheme to authenticate with. */
                    "WWW-Authenticate"?: string;
                    /** @description On 405: the methods the path accepts. */
                    Allow?: string;
                    /** @description On 429: seconds until the rate limit lets the request through. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.api+json": components["schemas"]["ErrorDocument"];
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    /** @description The request id, also in error objects: quote it when asking for help. */
                    "X-Request-Id": string;
                    /** @description On 503: seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.api+json": components["schemas"]["ErrorDocument"];
                };
            };
        };
    };
    getAccountStatement: {
        parameters: {
            query?: {
                /** @description First day (UTC) of the statement, YYYY-MM-DD; defaults to the first day of the current month. */
                from?: string;
                /** @description Last day (UTC), included; defaults to today. */
                to?: string;
            };
            header?: never;
            path: {
                /** @description The account id, `acc_...`. */
                accountId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description The request id, also in error objects: quote it when asking for help. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.api+json": {
                        data: {
                            /** @enum {string} */
                            type: "accountStatement";
                            id: string;
                            attributes: {
                                from: string;
                                to: string;
                                iban: string;
                                currency: string;
                                /** @description Booked balance at the start of `from`, in minor units. */
                                openingBalance: number;
                                /** @description Booked balance at the end of `to`. */
                                closingBalance: number;
                                entries: {
                                    /** @description The transaction id. */
                                    reference: string;
                                    /**
                                     * Format: date-time
                                     * @description RFC 3339 UTC timestamp.
                                     */
                                    bookedAt: string;
                                    /** @enum {string} */
                                    direction: "credit" | "debit";
                                    amount: number;
                                    /** @description ISO 20022 domain/family/sub-family, such as PMNT/ICDT/ESCT. */
                                    bankTransactionCode: string;
                                    counterparty: {
                                        name: string;
                                        iban: string | null;
                                    } | null;
                                    remittanceInformation: string | null;
                                    endToEndId: string | null;
                                    returnReason: string | null;
                                }[];
                            };
                            relationships: {
                                bankAccount: {
                                    data: {
                                        /** @enum {string} */
                                        type: "bankAccount";
                                        id: string;
                                    };
                                };
                            };
                            links: {
                                self: string;
                            };
                        };
                        links: {
                            self: string;
                        };
                    };
                    "application/xml": string;
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    /** @description The request id, also in error objects: quote it when asking for help. */
                    "X-Request-Id": string;
                    /** @description On 401: `Basic realm="linkcy"`, the scheme to authenticate with. */
                    "WWW-Authenticate"?: string;
                    /** @description On 405: the methods the path accepts. */
                    Allow?: string;
                    /** @description On 429: seconds until the rate limit lets the request through. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.api+json": components["schemas"]["ErrorDocument"];
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    /** @description The request id, also in error objects: quote it when asking for help. */
                    "X-Request-Id": string;
                    /** @description On 503: seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.api+json": components["schemas"]["ErrorDocument"];
                };
            };
        };
    };
    simulateIncomingTransfer: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any string of 1-255 visible ASCII characters, unique per intended operation (a UUID). A retry with the same key and request returns the stored response (with `Idempotent-Replayed: true`) for 24 hours; the same key with another request is 422, and while the first is still running, 409. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/vnd.api+json": {
                    data: {
                        /** @enum {string} */
                        type: "incomingTransfer";
                        attributes: {
                            /** @description The IBAN of the Linkcy account to credit. */
                            iban: string;
                            /** @description Minor units (cents), a positive integer. */
                            amount: number;
                            /**
                             * @description ISO 4217 currency code.
                             * @enum {string}
                             */
                            currency: "EUR" | "USD" | "GBP" | "CHF";
                            /** @description Who sends the money. */
                            debtorName: string;
                            /** @description The sender’s IBAN. */
                            debtorIban: string;
                            /** @description Remittance information. */
                            reference?: string | null;
                        };
                    };
                };
                "application/json": {
                    data: {
                        /** @enum {string} */
                        type: "incomingTransfer";
                        attributes: {
                            /** @description The IBAN of the Linkcy account to credit. */
                            iban: string;
                            /** @description Minor units (cents), a positive integer. */
                            amount: number;
                            /**
                             * @description ISO 4217 currency code.
                             * @enum {string}
                             */
                            currency: "EUR" | "USD" | "GBP" | "CHF";
                            /** @description Who sends the money. */
                            debtorName: string;
                            /** @description The sender’s IBAN. */
                            debtorIban: string;
                            /** @description Remittance information. */
                            reference?: string | null;
                        };
                    };
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    /** @description The request id, also in error objects: quote it when asking for help. */
                    "X-Request-Id": string;
                    /** @description The new resource’s URL. */
                    Location: string;
                    /** @description `true` when this is the stored response of an earlier request with the same Idempotency-Key. */
                    "Idempotent-Replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.api+json": {
                        data: components["schemas"]["Transaction"];
                        links: {
                            self: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    /** @description The request id, also in error objects: quote it when asking for help. */
                    "X-Request-Id": string;
                    /** @description On 401: `Basic realm="linkcy"`, the scheme to authenticate with. */
                    "WWW-Authenticate"?: string;
                    /** @description On 405: the methods the path accepts. */
                    Allow?: string;
                    /** @description On 429: seconds until the rate limit lets the request through. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.api+json": components["schemas"]["ErrorDocument"];
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    /** @description The request id, also in error objects: quote it when asking for help. */
                    "X-Request-Id": string;
                    /** @description On 503: seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.api+json": components["schemas"]["ErrorDocument"];
                };
            };
        };
    };
    simulateCardAuthorization: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any string of 1-255 visible ASCII characters, unique per intended operation (a UUID). A retry with the same key and request returns the stored response (with `Idempotent-Replayed: true`) for 24 hours; the same key with another request is 422, and while the first is still running, 409. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "data": {
                 *         "type": "authorization",
                 *         "attributes": {
                 *           "amount": 1250,
                 *           "currency": "EUR",
                 *           "merchant": {
                 *             "name": "Café de Flore",
                 *             "mcc": "5812",
                 *             "city": "Paris",
                 *             "country": "FR"
                 *           }
                 *         },
                 *         "relationships": {
                 *           "card": {
                 *             "data": {
                 *               "type": "card",
                 *               "id": "card_..."
                 *             }
                 *           }
                 *         }
                 *       }
                 *     }
                 */
                "application/vnd.api+json": {
                    data: {
                        /** @enum {string} */
                        type: "authorization";
                        attributes: {
                            /** @description Minor units (cents), a positive integer. */
                            amount: number;
                            /**
                             * @description ISO 4217 currency code.
                             * @enum {string}
                             */
                            currency: "EUR" | "USD" | "GBP" | "CHF";
                            merchant: {
                                name: string;
                                mcc: string;
                                city?: string | null;
                                country?: string | null;
                            };
                        };
                        relationships: {
                            card: {
                                data: {
                                    /** @enum {string} */
                                    type: "card";
                                    id: string;
                                };
                            };
                        };
                    };
                };
                /**
                 * @example {
                 *       "data": {
                 *         "type": "authorization",
                 *         "attributes": {
                 *           "amount": 1250,
                 *           "currency": "EUR",
                 *           "merchant": {
                 *             "name": "Café de Flore",
                 *             "mcc": "5812",
                 *             "city": "Paris",
                 *             "country": "FR"
                 *           }
                 *         },
                 *         "relationships": {
                 *           "card": {
                 *             "data": {
                 *               "type": "card",
                 *               "id": "card_..."
                 *             }
                 *           }
                 *         }
                 *       }
                 *     }
                 */
                "application/json": {
                    data: {
                        /** @enum {string} */
                        type: "authorization";
                        attributes: {
                            /** @description Minor units (cents), a positive integer. */
                            amount: number;
                            /**
                             * @description ISO 4217 currency code.
                             * @enum {string}
                             */
                            currency: "EUR" | "USD" | "GBP" | "CHF";
                            merchant: {
                                name: string;
                                mcc: string;
                                city?: string | null;
                                country?: string | null;
                            };
                        };
                        relationships: {
                            card: {
                                data: {
                                    /** @enum {string} */
                                    type: "card";
                                    id: string;
                                };
                            };
                        };
                    };
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    /** @description The request id, also in error objects: quote it when asking for help. */
                    "X-Request-Id": string;
                    /** @description The new resource’s URL. */
                    Location: string;
                    /** @description `true` when this is the stored response of an earlier request with the same Idempotency-Key. */
                    "Idempotent-Replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.api+json": {
                        data: components["schemas"]["Authorization"];
                        links: {
                            self: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    /** @description The request id, also in error objects: quote it when asking for help. */
                    "X-Request-Id": string;
                    /** @description On 401: `Basic realm="linkcy"`, the scheme to authenticate with. */
                    "WWW-Authenticate"?: string;
                    /** @description On 405: the methods the path accepts. */
                    Allow?: string;
                    /** @description On 429: seconds until the rate limit lets the request through. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.api+json": components["schemas"]["ErrorDocument"];
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    /** @description The request id, also in error objects: quote it when asking for help. */
                    "X-Request-Id": string;
                    /** @description On 503: seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.api+json": components["schemas"]["ErrorDocument"];
                };
            };
        };
    };
    captureAuthorization: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any string of 1-255 visible ASCII characters, unique per intended operation (a UUID). A retry with the same key and request returns the stored response (with `Idempotent-Replayed: true`) for 24 hours; the same key with another request is 422, and while the first is still running, 409. */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description The authorization id, `auth_...`. */
                authorizationId: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/vnd.api+json": {
                    data: {
                        /** @enum {string} */
                        type: "authorization";
                        attributes: {
                            /** @description Partial capture; the rest is released. */
                            amount: number;
                        };
                    };
                };
                "application/json": {
                    data: {
                        /** @enum {string} */
                        type: "authorization";
                        attributes: {
                            /** @description Partial capture; the rest is released. */
                            amount: number;
                        };
                    };
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description The request id, also in error objects: quote it when asking for help. */
                    "X-Request-Id": string;
                    /** @description `true` when this is the stored response of an earlier request with the same Idempotency-Key. */
                    "Idempotent-Replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.api+json": {
                        data: components["schemas"]["Authorization"];
                        links: {
                            self: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    /** @description The request id, also in error objects: quote it when asking for help. */
                    "X-Request-Id": string;
                    /** @description On 401: `Basic realm="linkcy"`, the scheme to authenticate with. */
                    "WWW-Authenticate"?: string;
                    /** @description On 405: the methods the path accepts. */
                    Allow?: string;
                    /** @description On 429: seconds until the rate limit lets the request through. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.api+json": components["schemas"]["ErrorDocument"];
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    /** @description The request id, also in error objects: quote it when asking for help. */
                    "X-Request-Id": string;
                    /** @description On 503: seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.api+json": components["schemas"]["ErrorDocument"];
                };
            };
        };
    };
    releaseAuthorization: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any string of 1-255 visible ASCII characters, unique per intended operation (a UUID). A retry with the same key and request returns the stored response (with `Idempotent-Replayed: true`) for 24 hours; the same key with another request is 422, and while the first is still running, 409. */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description The authorization id, `auth_...`. */
                authorizationId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description The request id, also in error objects: quote it when asking for help. */
                    "X-Request-Id": string;
                    /** @description `true` when this is the stored response of an earlier request with the same Idempotency-Key. */
                    "Idempotent-Replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.api+json": {
                        data: components["schemas"]["Authorization"];
                        links: {
                            self: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    /** @description The request id, also in error objects: quote it when asking for help. */
                    "X-Request-Id": string;
                    /** @description On 401: `Basic realm="linkcy"`, the scheme to authenticate with. */
                    "WWW-Authenticate"?: string;
                    /** @description On 405: the methods the path accepts. */
                    Allow?: string;
                    /** @description On 429: seconds until the rate limit lets the request through. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.api+json": components["schemas"]["ErrorDocument"];
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    /** @description The request id, also in error objects: quote it when asking for help. */
                    "X-Request-Id": string;
                    /** @description On 503: seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.api+json": components["schemas"]["ErrorDocument"];
                };
            };
        };
    };
    simulateKycDecision: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any string of 1-255 visible ASCII characters, unique per intended operation (a UUID). A retry with the same key and request returns the stored response (with `Idempotent-Replayed: true`) for 24 hours; the same key with another request is 422, and while the first is still running, 409. */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description The customer id, `ent_...`. */
                entityId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "data": {
                 *         "type": "kycDecision",
                 *         "attributes": {
                 *           "status": "approved"
                 *         }
                 *       }
                 *     }
                 */
                "application/vnd.api+json": {
                    data: {
                        /** @enum {string} */
                        type: "kycDecision";
                        attributes: {
                            /** @enum {string} */
                            status: "approved" | "rejected";
                            /** @description Why it was rejected, such as `document_expired`. */
                            reasons?: string[];
                        };
                    };
                };
                /**
                 * @example {
                 *       "data": {
                 *         "type": "kycDecision",
                 *         "attributes": {
                 *           "status": "approved"
                 *         }
                 *       }
                 *     }
                 */
                "application/json": {
                    data: {
                        /** @enum {string} */
                        type: "kycDecision";
                        attributes: {
                            /** @enum {string} */
                            status: "approved" | "rejected";
                            /** @description Why it was rejected, such as `document_expired`. */
                            reasons?: string[];
                        };
                    };
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description The request id, also in error objects: quote it when asking for help. */
                    "X-Request-Id": string;
                    /** @description `true` when this is the stored response of an earlier request with the same Idempotency-Key. */
                    "Idempotent-Replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.api+json": {
                        data: components["schemas"]["Entity"];
                        links: {
                            self: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    /** @description The request id, also in error objects: quote it when asking for help. */
                    "X-Request-Id": string;
                    /** @description On 401: `Basic realm="linkcy"`, the scheme to authenticate with. */
                    "WWW-Authenticate"?: string;
                    /** @description On 405: the methods the path accepts. */
                    Allow?: string;
                    /** @description On 429: seconds until the rate limit lets the request through. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.api+json": components["schemas"]["ErrorDocument"];
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    /** @description The request id, also in error objects: quote it when asking for help. */
                    "X-Request-Id": string;
                    /** @description On 503: seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.api+json": components["schemas"]["ErrorDocument"];
                };
            };
        };
    };
    simulateCardShipment: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any string of 1-255 visible ASCII characters, unique per intended operation (a UUID). A retry with the same key and request returns the stored response (with `Idempotent-Replayed: true`) for 24 hours; the same key with another request is 422, and while the first is still running, 409. */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description The card id, `card_...`. */
                cardId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description The request id, also in error objects: quote it when asking for help. */
                    "X-Request-Id": string;
                    /** @description `true` when this is the stored response of an earlier request with the same Idempotency-Key. */
                    "Idempotent-Replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.api+json": {
                        data: components["schemas"]["Card"];
                        links: {
                            self: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    /** @description The request id, also in error objects: quote it when asking for help. */
                    "X-Request-Id": string;
                    /** @description On 401: `Basic realm="linkcy"`, the scheme to authenticate with. */
                    "WWW-Authenticate"?: string;
                    /** @description On 405: the methods the path accepts. */
                    Allow?: string;
                    /** @description On 429: seconds until the rate limit lets the request through. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.api+json": components["schemas"]["ErrorDocument"];
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    /** @description The request id, also in error objects: quote it when asking for help. */
                    "X-Request-Id": string;
                    /** @description On 503: seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.api+json": components["schemas"]["ErrorDocument"];
                };
            };
        };
    };
    simulateSepaCreditTransferSettle: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any string of 1-255 visible ASCII characters, unique per intended operation (a UUID). A retry with the same key and request returns the stored response (with `Idempotent-Replayed: true`) for 24 hours; the same key with another request is 422, and while the first is still running, 409. */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description The transfer id, `btr_...` or `sct_...`. */
                transferId: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                /**
                 * @example {
                 *       "data": {
                 *         "type": "sepaCreditTransfer",
                 *         "attributes": {
                 *           "returnReason": "AC04"
                 *         }
                 *       }
                 *     }
                 */
                "application/vnd.api+json": {
                    data: {
                        /** @enum {string} */
                        type: "sepaCreditTransfer";
                        attributes?: {
                            /** @description Defaults to AC04 (account closed) for returns, AG01 for rejections. */
                            returnReason?: string;
                        };
                    };
                };
                /**
                 * @example {
                 *       "data": {
                 *         "type": "sepaCreditTransfer",
                 *         "attributes": {
                 *           "returnReason": "AC04"
                 *         }
                 *       }
                 *     }
                 */
                "application/json": {
                    data: {
                        /** @enum {string} */
                        type: "sepaCreditTransfer";
                        attributes?: {
                            /** @description Defaults to AC04 (account closed) for returns, AG01 for rejections. */
                            returnReason?: string;
                        };
                    };
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description The request id, also in error objects: quote it when asking for help. */
                    "X-Request-Id": string;
                    /** @description `true` when this is the stored response of an earlier request with the same Idempotency-Key. */
                    "Idempotent-Replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.api+json": {
                        data: components["schemas"]["SepaCreditTransfer"];
                        links: {
                            self: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    /** @description The request id, also in error objects: quote it when asking for help. */
                    "X-Request-Id": string;
                    /** @description On 401: `Basic realm="linkcy"`, the scheme to authenticate with. */
                    "WWW-Authenticate"?: string;
                    /** @description On 405: the methods the path accepts. */
                    Allow?: string;
                    /** @description On 429: seconds until the rate limit lets the request through. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.api+json": components["schemas"]["ErrorDocument"];
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    /** @description The request id, also in error objects: quote it when asking for help. */
                    "X-Request-Id": string;
                    /** @description On 503: seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.api+json": components["schemas"]["ErrorDocument"];
                };
            };
        };
    };
    simulateSepaCreditTransferReject: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any string of 1-255 visible ASCII characters, unique per intended operation (a UUID). A retry with the same key and request returns the stored response (with `Idempotent-Replayed: true`) for 24 hours; the same key with another request is 422, and while the first is still running, 409. */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description The transfer id, `btr_...` or `sct_...`. */
                transferId: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                /**
                 * @example {
                 *       "data": {
                 *         "type": "sepaCreditTransfer",
                 *         "attributes": {
                 *           "returnReason": "AC04"
                 *         }
                 *       }
                 *     }
                 */
                "application/vnd.api+json": {
                    data: {
                        /** @enum {string} */
                        type: "sepaCreditTransfer";
                        attributes?: {
                            /** @description Defaults to AC04 (account closed) for returns, AG01 for rejections. */
                            returnReason?: string;
                        };
                    };
                };
                /**
                 * @example {
                 *       "data": {
                 *         "type": "sepaCreditTransfer",
                 *         "attributes": {
                 *           "returnReason": "AC04"
                 *         }
                 *       }
                 *     }
                 */
                "application/json": {
                    data: {
                        /** @enum {string} */
                        type: "sepaCreditTransfer";
                        attributes?: {
                            /** @description Defaults to AC04 (account closed) for returns, AG01 for rejections. */
                            returnReason?: string;
                        };
                    };
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description The request id, also in error objects: quote it when asking for help. */
                    "X-Request-Id": string;
                    /** @description `true` when this is the stored response of an earlier request with the same Idempotency-Key. */
                    "Idempotent-Replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.api+json": {
                        data: components["schemas"]["SepaCreditTransfer"];
                        links: {
                            self: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    /** @description The request id, also in error objects: quote it when asking for help. */
                    "X-Request-Id": string;
                    /** @description On 401: `Basic realm="linkcy"`, the scheme to authenticate with. */
                    "WWW-Authenticate"?: string;
                    /** @description On 405: the methods the path accepts. */
                    Allow?: string;
                    /** @description On 429: seconds until the rate limit lets the request through. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.api+json": components["schemas"]["ErrorDocument"];
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    /** @description The request id, also in error objects: quote it when asking for help. */
                    "X-Request-Id": string;
                    /** @description On 503: seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.api+json": components["schemas"]["ErrorDocument"];
                };
            };
        };
    };
    simulateSepaCreditTransferReturn: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any string of 1-255 visible ASCII characters, unique per intended operation (a UUID). A retry with the same key and request returns the stored response (with `Idempotent-Replayed: true`) for 24 hours; the same key with another request is 422, and while the first is still running, 409. */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description The transfer id, `btr_...` or `sct_...`. */
                transferId: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                /**
                 * @example {
                 *       "data": {
                 *         "type": "sepaCreditTransfer",
                 *         "attributes": {
                 *           "returnReason": "AC04"
                 *         }
                 *       }
                 *     }
                 */
                "application/vnd.api+json": {
                    data: {
                        /** @enum {string} */
                        type: "sepaCreditTransfer";
                        attributes?: {
                            /** @description Defaults to AC04 (account closed) for returns, AG01 for rejections. */
                            returnReason?: string;
                        };
                    };
                };
                /**
                 * @example {
                 *       "data": {
                 *         "type": "sepaCreditTransfer",
                 *         "attributes": {
                 *           "returnReason": "AC04"
                 *         }
                 *       }
                 *     }
                 */
                "application/json": {
                    data: {
                        /** @enum {string} */
                        type: "sepaCreditTransfer";
                        attributes?: {
                            /** @description Defaults to AC04 (account closed) for returns, AG01 for rejections. */
                            returnReason?: string;
                        };
                    };
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description The request id, also in error objects: quote it when asking for help. */
                    "X-Request-Id": string;
                    /** @description `true` when this is the stored response of an earlier request with the same Idempotency-Key. */
                    "Idempotent-Replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.api+json": {
                        data: components["schemas"]["SepaCreditTransfer"];
                        links: {
                            self: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    /** @description The request id, also in error objects: quote it when asking for help. */
                    "X-Request-Id": string;
                    /** @description On 401: `Basic realm="linkcy"`, the scheme to authenticate with. */
                    "WWW-Authenticate"?: string;
                    /** @description On 405: the methods the path accepts. */
                    Allow?: string;
                    /** @description On 429: seconds until the rate limit lets the request through. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.api+json": components["schemas"]["ErrorDocument"];
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    /** @description The request id, also in error objects: quote it when asking for help. */
                    "X-Request-Id": string;
                    /** @description On 503: seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.api+json": components["schemas"]["ErrorDocument"];
                };
            };
        };
    };
    entityCreatedWebhook: {
        parameters: {
            query?: never;
            header: {
                /** @description The event id: the same on every retry of this message, to drop duplicates. */
                "webhook-id": string;
                /** @description Seconds since the Unix epoch when this attempt was signed; refuse messages far from now. */
                "webhook-timestamp": string;
                /** @description `v1,<base64 HMAC-SHA256 of "<id>.<timestamp>.<body>">`, space-separated when two secrets sign (after a rotation). */
                "webhook-signature": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description The event id (`evt_...`), also in the `webhook-id` header: the same on every retry. */
                    id: string;
                    /** @constant */
                    type: "entity.created";
                    /**
                     * Format: date-time
                     * @description When the event happened.
                     */
                    timestamp: string;
                    data: components["schemas"]["Entity"];
                };
            };
        };
        responses: {
            /** @description Received. Any 2xx acknowledges the message. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    entityUpdatedWebhook: {
        parameters: {
            query?: never;
            header: {
                /** @description The event id: the same on every retry of this message, to drop duplicates. */
                "webhook-id": string;
                /** @description Seconds since the Unix epoch when this attempt was signed; refuse messages far from now. */
                "webhook-timestamp": string;
                /** @description `v1,<base64 HMAC-SHA256 of "<id>.<timestamp>.<body>">`, space-separated when two secrets sign (after a rotation). */
                "webhook-signature": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description The event id (`evt_...`), also in the `webhook-id` header: the same on every retry. */
                    id: string;
                    /** @constant */
                    type: "entity.updated";
                    /**
                     * Format: date-time
                     * @description When the event happened.
                     */
                    timestamp: string;
                    data: components["schemas"]["Entity"];
                };
            };
        };
        responses: {
            /** @description Received. Any 2xx acknowledges the message. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    bankAccountCreatedWebhook: {
        parameters: {
            query?: never;
            header: {
                /** @description The event id: the same on every retry of this message, to drop duplicates. */
                "webhook-id": string;
                /** @description Seconds since the Unix epoch when this attempt was signed; refuse messages far from now. */
                "webhook-timestamp": string;
                /** @description `v1,<base64 HMAC-SHA256 of "<id>.<timestamp>.<body>">`, space-separated when two secrets sign (after a rotation). */
                "webhook-signature": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description The event id (`evt_...`), also in the `webhook-id` header: the same on every retry. */
                    id: string;
                    /** @constant */
                    type: "bankAccount.created";
                    /**
                     * Format: date-time
                     * @description When the event happened.
                     */
                    timestamp: string;
                    data: components["schemas"]["BankAccount"];
                };
            };
        };
        responses: {
            /** @description Received. Any 2xx acknowledges the message. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    bankAccountUpdatedWebhook: {
        parameters: {
            query?: never;
            header: {
                /** @description The event id: the same on every retry of this message, to drop duplicates. */
                "webhook-id": string;
                /** @description Seconds since the Unix epoch when this attempt was signed; refuse messages far from now. */
                "webhook-timestamp": string;
                /** @description `v1,<base64 HMAC-SHA256 of "<id>.<timestamp>.<body>">`, space-separated when two secrets sign (after a rotation). */
                "webhook-signature": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description The event id (`evt_...`), also in the `webhook-id` header: the same on every retry. */
                    id: string;
                    /** @constant */
                    type: "bankAccount.updated";
                    /**
                     * Format: date-time
                     * @description When the event happened.
                     */
                    timestamp: string;
                    data: components["schemas"]["BankAccount"];
                };
            };
        };
        responses: {
            /** @description Received. Any 2xx acknowledges the message. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    transactionCreatedWebhook: {
        parameters: {
            query?: never;
            header: {
                /** @description The event id: the same on every retry of this message, to drop duplicates. */
                "webhook-id": string;
                /** @description Seconds since the Unix epoch when this attempt was signed; refuse messages far from now. */
                "webhook-timestamp": string;
                /** @description `v1,<base64 HMAC-SHA256 of "<id>.<timestamp>.<body>">`, space-separated when two secrets sign (after a rotation). */
                "webhook-signature": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description The event id (`evt_...`), also in the `webhook-id` header: the same on every retry. */
                    id: string;
                    /** @constant */
                    type: "transaction.created";
                    /**
                     * Format: date-time
                     * @description When the event happened.
                     */
                    timestamp: string;
                    data: components["schemas"]["Transaction"];
                };
            };
        };
        responses: {
            /** @description Received. Any 2xx acknowledges the message. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    transactionUpdatedWebhook: {
        parameters: {
            query?: never;
            header: {
                /** @description The event id: the same on every retry of this message, to drop duplicates. */
                "webhook-id": string;
                /** @description Seconds since the Unix epoch when this attempt was signed; refuse messages far from now. */
                "webhook-timestamp": string;
                /** @description `v1,<base64 HMAC-SHA256 of "<id>.<timestamp>.<body>">`, space-separated when two secrets sign (after a rotation). */
                "webhook-signature": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description The event id (`evt_...`), also in the `webhook-id` header: the same on every retry. */
                    id: string;
                    /** @constant */
                    type: "transaction.updated";
                    /**
                     * Format: date-time
                     * @description When the event happened.
                     */
                    timestamp: string;
                    data: components["schemas"]["Transaction"];
                };
            };
        };
        responses: {
            /** @description Received. Any 2xx acknowledges the message. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    cardCreatedWebhook: {
        parameters: {
            query?: never;
            header: {
                /** @description The event id: the same on every retry of this message, to drop duplicates. */
                "webhook-id": string;
                /** @description Seconds since the Unix epoch when this attempt was signed; refuse messages far from now. */
                "webhook-timestamp": string;
                /** @description `v1,<base64 HMAC-SHA256 of "<id>.<timestamp>.<body>">`, space-separated when two secrets sign (after a rotation). */
                "webhook-signature": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description The event id (`evt_...`), also in the `webhook-id` header: the same on every retry. */
                    id: string;
                    /** @constant */
                    type: "card.created";
                    /**
                     * Format: date-time
                     * @description When the event happened.
                     */
                    timestamp: string;
                    data: components["schemas"]["Card"];
                };
            };
        };
        responses: {
            /** @description Received. Any 2xx acknowledges the message. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    cardUpdatedWebhook: {
        parameters: {
            query?: never;
            header: {
                /** @description The event id: the same on every retry of this message, to drop duplicates. */
                "webhook-id": string;
                /** @description Seconds since the Unix epoch when this attempt was signed; refuse messages far from now. */
                "webhook-timestamp": string;
                /** @description `v1,<base64 HMAC-SHA256 of "<id>.<timestamp>.<body>">`, space-separated when two secrets sign (after a rotation). */
                "webhook-signature": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description The event id (`evt_...`), also in the `webhook-id` header: the same on every retry. */
                    id: string;
                    /** @constant */
                    type: "card.updated";
                    /**
                     * Format: date-time
                     * @description When the event happened.
                     */
                    timestamp: string;
                    data: components["schemas"]["Card"];
                };
            };
        };
        responses: {
            /** @description Received. Any 2xx acknowledges the message. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    authorizationCreatedWebhook: {
        parameters: {
            query?: never;
            header: {
                /** @description The event id: the same on every retry of this message, to drop duplicates. */
                "webhook-id": string;
                /** @description Seconds since the Unix epoch when this attempt was signed; refuse messages far from now. */
                "webhook-timestamp": string;
                /** @description `v1,<base64 HMAC-SHA256 of "<id>.<timestamp>.<body>">`, space-separated when two secrets sign (after a rotation). */
                "webhook-signature": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description The event id (`evt_...`), also in the `webhook-id` header: the same on every retry. */
                    id: string;
                    /** @constant */
                    type: "authorization.created";
                    /**
                     * Format: date-time
                     * @description When the event happened.
                     */
                    timestamp: string;
                    data: components["schemas"]["Authorization"];
                };
            };
        };
        responses: {
            /** @description Received. Any 2xx acknowledges the message. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    authorizationUpdatedWebhook: {
        parameters: {
            query?: never;
            header: {
                /** @description The event id: the same on every retry of this message, to drop duplicates. */
                "webhook-id": string;
                /** @description Seconds since the Unix epoch when this attempt was signed; refuse messages far from now. */
                "webhook-timestamp": string;
                /** @description `v1,<base64 HMAC-SHA256 of "<id>.<timestamp>.<body>">`, space-separated when two secrets sign (after a rotation). */
                "webhook-signature": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description The event id (`evt_...`), also in the `webhook-id` header: the same on every retry. */
                    id: string;
                    /** @constant */
                    type: "authorization.updated";
                    /**
                     * Format: date-time
                     * @description When the event happened.
                     */
                    timestamp: string;
                    data: components["schemas"]["Authorization"];
                };
            };
        };
        responses: {
            /** @description Received. Any 2xx acknowledges the message. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    bookTransferCreatedWebhook: {
        parameters: {
            query?: never;
            header: {
                /** @description The event id: the same on every retry of this message, to drop duplicates. */
                "webhook-id": string;
                /** @description Seconds since the Unix epoch when this attempt was signed; refuse messages far from now. */
                "webhook-timestamp": string;
                /** @description `v1,<base64 HMAC-SHA256 of "<id>.<timestamp>.<body>">`, space-separated when two secrets sign (after a rotation). */
                "webhook-signature": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description The event id (`evt_...`), also in the `webhook-id` header: the same on every retry. */
                    id: string;
                    /** @constant */
                    type: "bookTransfer.created";
                    /**
                     * Format: date-time
                     * @description When the event happened.
                     */
                    timestamp: string;
                    data: components["schemas"]["BookTransfer"];
                };
            };
        };
        responses: {
            /** @description Received. Any 2xx acknowledges the message. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    sepaCreditTransferCreatedWebhook: {
        parameters: {
            query?: never;
            header: {
                /** @description The event id: the same on every retry of this message, to drop duplicates. */
                "webhook-id": string;
                /** @description Seconds since the Unix epoch when this attempt was signed; refuse messages far from now. */
                "webhook-timestamp": string;
                /** @description `v1,<base64 HMAC-SHA256 of "<id>.<timestamp>.<body>">`, space-separated when two secrets sign (after a rotation). */
                "webhook-signature": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description The event id (`evt_...`), also in the `webhook-id` header: the same on every retry. */
                    id: string;
                    /** @constant */
                    type: "sepaCreditTransfer.created";
                    /**
                     * Format: date-time
                     * @description When the event happened.
                     */
                    timestamp: string;
                    data: components["schemas"]["SepaCreditTransfer"];
                };
            };
        };
        responses: {
            /** @description Received. Any 2xx acknowledges the message. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    sepaCreditTransferUpdatedWebhook: {
        parameters: {
            query?: never;
            header: {
                /** @description The event id: the same on every retry of this message, to drop duplicates. */
                "webhook-id": string;
                /** @description Seconds since the Unix epoch when this attempt was signed; refuse messages far from now. */
                "webhook-timestamp": string;
                /** @description `v1,<base64 HMAC-SHA256 of "<id>.<timestamp>.<body>">`, space-separated when two secrets sign (after a rotation). */
                "webhook-signature": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description The event id (`evt_...`), also in the `webhook-id` header: the same on every retry. */
                    id: string;
                    /** @constant */
                    type: "sepaCreditTransfer.updated";
                    /**
                     * Format: date-time
                     * @description When the event happened.
                     */
                    timestamp: string;
                    data: components["schemas"]["SepaCreditTransfer"];
                };
            };
        };
        responses: {
            /** @description Received. Any 2xx acknowledges the message. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    bankStatementUnmatchedCreditWebhook: {
        parameters: {
            query?: never;
            header: {
                /** @description The event id: the same on every retry of this message, to drop duplicates. */
                "webhook-id": string;
                /** @description Seconds since the Unix epoch when this attempt was signed; refuse messages far from now. */
                "webhook-timestamp": string;
                /** @description `v1,<base64 HMAC-SHA256 of "<id>.<timestamp>.<body>">`, space-separated when two secrets sign (after a rotation). */
                "webhook-signature": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description The event id (`evt_...`), also in the `webhook-id` header: the same on every retry. */
                    id: string;
                    /** @constant */
                    type: "bankStatement.unmatchedCredit";
                    /**
                     * Format: date-time
                     * @description When the event happened.
                     */
                    timestamp: string;
                    data: {
                        /** @constant */
                        type: "bankStatementEntry";
                        /** @description The journal entry that parked the money in suspense. */
                        id: string;
                        attributes: {
                            currency: string;
                            /** @description Minor units. */
                            amount: number;
                            /** @description Why no account took it, such as an unknown or closed IBAN. */
                            reason: string;
                            creditorIban: string | null;
                            debtor: {
                                name: string | null;
                                iban: string | null;
                            };
                            remittanceInformation: string | null;
                            endToEndId: string | null;
                            statementMessageId: string | null;
                        };
                    };
                };
            };
        };
        responses: {
            /** @description Received. Any 2xx acknowledges the message. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
}
