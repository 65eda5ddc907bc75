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
        /**
         * Change a bank account’s instant transfer limit
         * @description Sets `instantTransferLimit`: the most one instant SEPA transfer may send from the account, in minor units, or `null` for no limit. An instant transfer above it is refused with 422 `instant_limit_exceeded`.
         */
        patch: operations["updateBankAccount"];
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
        /**
         * Change a card’s spending controls
         * @description `spendingControls` replaces the card’s limits and merchant rules whole (a list left out is empty). What the current windows have spent is kept: a limit lowered below it declines until the window resets.
         */
        patch: operations["updateCard"];
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
    "/cards/{cardId}/replace": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Replace a lost, stolen, damaged or expiring card
         * @description Issues the successor (same form, holder, account, PIN and spending controls; `relationships.replaces` names the old card). `lost` and `stolen` give a new number and end the old card at once; `damaged` keeps number and expiry, `expiring` the number with a new expiry, and the old card works until its successor is activated (a virtual successor is active at once). Answers the successor.
         */
        post: operations["replaceCard"];
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
    "/authorization-endpoints": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List your authorization endpoint
         * @description None or one.
         */
        get: operations["listAuthorizationEndpoints"];
        put?: never;
        /**
         * Register your authorization endpoint
         * @description From now on each card authorization that passes Linkcy’s own checks is POSTed to `url`, signed like a webhook (Standard Webhooks headers; the message id is the authorization’s id), and your server answers `{"decision": "approve"}` or `{"decision": "decline"}` within `timeoutMs`; otherwise `fallback` applies. One endpoint per organization. Answers 201 with the signing secret, shown only now.
         */
        post: operations["createAuthorizationEndpoint"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/authorization-endpoints/{endpointId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get your authorization endpoint */
        get: operations["getAuthorizationEndpoint"];
        put?: never;
        post?: never;
        /**
         * Delete your authorization endpoint
         * @description Linkcy decides authorizations alone again (in every server process within a second).
         */
        delete: operations["deleteAuthorizationEndpoint"];
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
    "/payee-verifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Check a payee’s name against its IBAN before a transfer
         * @description Answers `match`, `close_match` (with the holder’s name in `matchedName`), `no_match` (the holder’s name never shown) or `not_possible`. IBANs held on this server are answered from their holders; others by the partner bank’s service (in the sandbox, the payees registered with `POST /simulations/payees`). Limited per credential (LINKCY_PAYEE_VERIFICATION_RATE_LIMIT a second), so that names cannot be harvested.
         */
        post: operations["createPayeeVerification"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/payee-verifications/{verificationId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a payee verification */
        get: operations["getPayeeVerification"];
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
         * @description Validated by the SEPA rulebook (EUR, 0.01 to 999,999,999.99, IBAN and BIC, the SEPA character set). Answers `pending`: the amount leaves the available balance at once, and the transfer goes to the bank in the next pain.001 file. With `scheme: "instant"` (SCT Inst) it is decided within 10 seconds (`sepaCreditTransfer.updated`: `settled`, or `rejected` with a `returnReason` and the money back); to an IBAN held on this server it is answered `settled` at once. `payeeVerification` names the Verification of Payee the payer saw; a result other than `match` needs `acknowledged: true`.
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
         * @description Credits the account holding `iban` (with `scheme: "instant"`, an SCT Inst credit). Answers the resulting transaction.
         */
        post: operations["simulateIncomingTransfer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/simulations/payees": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Register who holds an IBAN at another bank (Verification of Payee)
         * @description Sandbox stand-in for the partner bank’s Verification of Payee service: `POST /payee-verifications` for this IBAN is then compared with this name. Registering an IBAN again replaces its name. IBANs held on this server are always answered from their holders.
         */
        post: operations["simulatePayee"];
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
    "/simulations/card-authorizations/{authorizationId}/increment": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Ask for more on a pending authorization
         * @description The merchant asks to raise a pending authorization (a hotel, a fuel pump). Approved when the card, its spending controls and the balance allow: the hold and `amount` grow. Either way the answer lists it in `increments` with its status and `declineReason`; a declined increment leaves the authorization as it was.
         */
        post: operations["incrementAuthorization"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/simulations/card-refunds": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Simulate a merchant’s refund to a card
         * @description Credits the card’s account at once with a posted `cardRefund` transaction, whatever the card’s status, and answers it. Refunds do not give back spending against the card’s limits.
         */
        post: operations["simulateCardRefund"];
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
    "/simulations/clock": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read your sandbox’s clock
         * @description Everything time-based in your sandbox reads it: hold expiry, shipping, card expiry, spending-limit windows, timestamps.
         */
        get: operations["getSandboxClock"];
        put?: never;
        /**
         * Move your sandbox’s clock forward
         * @description By `advanceSeconds`, or to `now` (never back). What became due runs at once, with its events and webhooks: holds past their expiry are released, physical cards whose estimated delivery has begun are delivered, SEPA credit transfers are submitted and settled by the sandbox bank. `meta` says how many.
         */
        post: operations["moveSandboxClock"];
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
    "/entities/": paths["/entities"];
    "/bank/accounts/": paths["/bank/accounts"];
    "/cards/": paths["/cards"];
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
    "payeeVerification.created": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The `payeeVerification.created` event
         * @description POSTed to every enabled endpoint subscribed to this type, signed with Standard Webhooks headers (`webhook-id`, `webhook-timestamp`, `webhook-signature`). Answer 2xx within the timeout; anything else is retried with backoff.
         */
        post: operations["payeeVerificationCreatedWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export interface components {
    schemas: {
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
                /** @description The most one instant SEPA transfer may send from this account, in minor units; null for no limit (SPEC §14). */
                instantTransferLimit: number | null;
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
        AuthorizationEndpoint: {
            /** @constant */
            type: "authorizationEndpoint";
            id: string;
            attributes: {
                url: string;
                timeoutMs: number;
                /** @enum {string} */
                fallback: "approve" | "decline";
                /** @description The signing secret (`whsec_...`), in the creation’s answer only. */
                secret?: string;
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
        Authorization: {
            /** @constant */
            type: "authorization";
            id: string;
            attributes: {
                /** @enum {string} */
                status: "approved" | "declined" | "captured" | "released" | "expired";
                declineReason: ("card_closed" | "card_suspended" | "card_inactive" | "card_expired" | "pin_blocked" | "incorrect_pin" | "currency_mismatch" | "account_closed" | "merchant_category_blocked" | "merchant_country_blocked" | "spending_limit_exceeded" | "insufficient_funds" | "declined_by_client") | null;
                amount: number;
                capturedAmount: number | null;
                currency: string;
                merchant: {
                    name: string;
                    mcc: string;
                    city: string | null;
                    country: string | null;
                };
                /** @description Incremental authorizations, oldest first; `amount` already includes the approved ones. */
                increments: {
                    amount: number;
                    /** @enum {string} */
                    status: "approved" | "declined";
                    declineReason: ("card_closed" | "card_suspended" | "card_inactive" | "card_expired" | "pin_blocked" | "incorrect_pin" | "currency_mismatch" | "account_closed" | "merchant_category_blocked" | "merchant_country_blocked" | "spending_limit_exceeded" | "insufficient_funds" | "declined_by_client") | null;
                    /**
                     * Format: date-time
                     * @description RFC 3339 UTC timestamp.
                     */
                    createdAt: string;
                }[];
                /** @description When your authorization endpoint was asked: whether it answered or its fallback applied (and why), and how long it took. */
                decision: {
                    /** @enum {string} */
                    source: "endpoint" | "fallback";
                    /** @description Why the fallback applied: no answer in time, no connection, a status other than 2xx, or an answer that is neither approve nor decline. Null when your endpoint answered. */
                    reason: ("timeout" | "unreachable" | "http_error" | "invalid_answer") | null;
                    latencyMs: number;
                } | null;
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
                 * @description `blocked` after three wrong PINs in a row, until the PIN is reset.
                 * @enum {string}
                 */
                pinStatus: "active" | "blocked";
                spendingControls: {
                    limits: {
                        amount: number;
                        /** @enum {string} */
                        interval: "perAuthorization" | "daily" | "weekly" | "monthly" | "yearly" | "allTime";
                    }[];
                    allowedCategories: string[];
                    blockedCategories: string[];
                    allowedCountries: string[];
                    blockedCountries: string[];
                };
                /** @description Each windowed limit with what its current window has spent. Spending counts while the card has a windowed limit. */
                spending: {
                    /** @enum {string} */
                    interval: "daily" | "weekly" | "monthly" | "yearly" | "allTime";
                    limit: number;
                    /** @description Approved holds and captures in the current window; a release gives back. */
                    spent: number;
                    remaining: number;
                    /** @description When the window ends (null for `allTime`). */
                    resetsAt: string | null;
                }[];
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
                /** @description The card this one replaced (`POST /cards/:cardId/replace`), if any. */
                replaces: {
                    data: {
                        /** @constant */
                        type: "card";
                        id: string;
                    } | null;
                };
                /** @description This card’s successor, once replaced. */
                replacedBy: {
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
                /** @enum {string} */
                scheme: "standard" | "instant";
                /** @description The Verification of Payee the transfer was sent with, as it answered then. */
                payeeVerification: {
                    id: string;
                    /** @enum {string} */
                    result: "match" | "close_match" | "no_match" | "not_possible";
                    acknowledged: boolean;
                } | null;
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
        PayeeVerification: {
            /** @constant */
            type: "payeeVerification";
            id: string;
            attributes: {
                iban: string;
                /** @description The name the payer gave. */
                name: string;
                /**
                 * @description `match`; `close_match` (the holder’s name is in `matchedName`); `no_match` (the holder’s name is never shown); `not_possible` (the payee’s bank could not be asked, or the account cannot receive).
                 * @enum {string}
                 */
                result: "match" | "close_match" | "no_match" | "not_possible";
                /** @description The account holder’s name, for a close match only. */
                matchedName: string | null;
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
        Event: {
            /** @constant */
            type: "event";
            id: string;
            attributes: {
                /** @description What happened, such as `card.updated`. */
                type: string;
                /**
                 * Format: date-time
                 * @description RFC 3339 UTC timestamp.
                 */
                createdAt: string;
            };
            relationships: {
                /** @description The resource the event is about (`card`, `transaction`, ...). */
                resource: {
                    data: {
                        type: string;
                        id: string;
                    };
                };
            };
            meta: {
                /** @description The resource as the API showed it right after the change: what webhook messages carry as `data`. */
                snapshot: {
                    [key: string]: unknown;
                };
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
    responses: {
        /** @description `invalid_idempotency_key`: Invalid Idempotency-Key. `invalid_query_parameter`: Invalid query parameter. `malformed_json`: Malformed JSON. `malformed_request`: Malformed request. */
        BadRequest_be5030: {
            headers: {
                /** @description The request id, also in error objects: quote it when asking for help. */
                "X-Request-Id": string;
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "errors": [
                 *         {
                 *           "id": "req-7f3c2a9e",
                 *           "status": "400",
                 *           "code": "invalid_idempotency_key",
                 *           "title": "Invalid Idempotency-Key",
                 *           "detail": "The `Idempotency-Key` header must be 1 to 255 printable ASCII characters.",
                 *           "links": {
                 *             "about": "/docs/errors#invalid_idempotency_key"
                 *           }
                 *         }
                 *       ]
                 *     }
                 */
                "application/vnd.api+json": {
                    errors: {
                        /** @description The request id, also in the X-Request-Id header. */
                        id: string;
                        /**
                         * @description The HTTP status, as a string.
                         * @enum {string}
                         */
                        status: "400";
                        /**
                         * @description A stable code from the error catalog (docs/errors.md).
                         * @enum {string}
                         */
                        code: "invalid_idempotency_key" | "invalid_query_parameter" | "malformed_json" | "malformed_request";
                        title: string;
                        detail: string;
                        source?: {
                            pointer?: string;
                            parameter?: string;
                            header?: string;
                        };
                        links: {
                            /** @description The docs’ entry for this code: what it means and what to do (`/docs/errors#<code>`). */
                            about: string;
                        };
                    }[];
                };
            };
        };
        /** @description `credentials_invalid`: Invalid credentials. `credentials_required`: Credentials required. `credentials_revoked`: Credentials revoked. */
        Unauthorized_b4662b: {
            headers: {
                /** @description The request id, also in error objects: quote it when asking for help. */
                "X-Request-Id": string;
                /** @description `Basic realm="linkcy"`: the scheme to authenticate with. */
                "WWW-Authenticate": string;
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "errors": [
                 *         {
                 *           "id": "req-7f3c2a9e",
                 *           "status": "401",
                 *           "code": "credentials_invalid",
                 *           "title": "Invalid credentials",
                 *           "detail": "The CLIENT_ID and CLIENT_SECRET do not match an active credential.",
                 *           "links": {
                 *             "about": "/docs/errors#credentials_invalid"
                 *           }
                 *         }
                 *       ]
                 *     }
                 */
                "application/vnd.api+json": {
                    errors: {
                        /** @description The request id, also in the X-Request-Id header. */
                        id: string;
                        /**
                         * @description The HTTP status, as a string.
                         * @enum {string}
                         */
                        status: "401";
                        /**
                         * @description A stable code from the error catalog (docs/errors.md).
                         * @enum {string}
                         */
                        code: "credentials_invalid" | "credentials_required" | "credentials_revoked";
                        title: string;
                        detail: string;
                        source?: {
                            pointer?: string;
                            parameter?: string;
                            header?: string;
                        };
                        links: {
                            /** @description The docs’ entry for this code: what it means and what to do (`/docs/errors#<code>`). */
                            about: string;
                        };
                    }[];
                };
            };
        };
        /** @description `not_acceptable`: Not acceptable. */
        NotAcceptable: {
            headers: {
                /** @description The request id, also in error objects: quote it when asking for help. */
                "X-Request-Id": string;
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "errors": [
                 *         {
                 *           "id": "req-7f3c2a9e",
                 *           "status": "406",
                 *           "code": "not_acceptable",
                 *           "title": "Not acceptable",
                 *           "detail": "The `Accept` header admits neither `application/vnd.api+json`, `application/json` nor `*\/*`.",
                 *           "links": {
                 *             "about": "/docs/errors#not_acceptable"
                 *           }
                 *         }
                 *       ]
                 *     }
                 */
                "application/vnd.api+json": {
                    errors: {
                        /** @description The request id, also in the X-Request-Id header. */
                        id: string;
                        /**
                         * @description The HTTP status, as a string.
                         * @enum {string}
                         */
                        status: "406";
                        /**
                         * @description A stable code from the error catalog (docs/errors.md).
                         * @enum {string}
                         */
                        code: "not_acceptable";
                        title: string;
                        detail: string;
                        source?: {
                            pointer?: string;
                            parameter?: string;
                            header?: string;
                        };
                        links: {
                            /** @description The docs’ entry for this code: what it means and what to do (`/docs/errors#<code>`). */
                            about: string;
                        };
                    }[];
                };
            };
        };
        /** @description `request_timeout`: Request timeout. */
        RequestTimeout: {
            headers: {
                /** @description The request id, also in error objects: quote it when asking for help. */
                "X-Request-Id": string;
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "errors": [
                 *         {
                 *           "id": "req-7f3c2a9e",
                 *           "status": "408",
                 *           "code": "request_timeout",
                 *           "title": "Request timeout",
                 *           "detail": "The request (headers and body) did not arrive within `LINKCY_REQUEST_TIMEOUT_SECONDS` (30 s by default). Send it again, whole.",
                 *           "links": {
                 *             "about": "/docs/errors#request_timeout"
                 *           }
                 *         }
                 *       ]
                 *     }
                 */
                "application/vnd.api+json": {
                    errors: {
                        /** @description The request id, also in the X-Request-Id header. */
                        id: string;
                        /**
                         * @description The HTTP status, as a string.
                         * @enum {string}
                         */
                        status: "408";
                        /**
                         * @description A stable code from the error catalog (docs/errors.md).
                         * @enum {string}
                         */
                        code: "request_timeout";
                        title: string;
                        detail: string;
                        source?: {
                            pointer?: string;
                            parameter?: string;
                            header?: string;
                        };
                        links: {
                            /** @description The docs’ entry for this code: what it means and what to do (`/docs/errors#<code>`). */
                            about: string;
                        };
                    }[];
                };
            };
        };
        /** @description `external_id_taken`: External id already used. `idempotency_key_in_use`: Idempotency key in use. */
        Conflict_349518: {
            headers: {
                /** @description The request id, also in error objects: quote it when asking for help. */
                "X-Request-Id": string;
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "errors": [
                 *         {
                 *           "id": "req-7f3c2a9e",
                 *           "status": "409",
                 *           "code": "external_id_taken",
                 *           "title": "External id already used",
                 *           "detail": "Another customer of your organization already has this `externalId`.",
                 *           "links": {
                 *             "about": "/docs/errors#external_id_taken"
                 *           }
                 *         }
                 *       ]
                 *     }
                 */
                "application/vnd.api+json": {
                    errors: {
                        /** @description The request id, also in the X-Request-Id header. */
                        id: string;
                        /**
                         * @description The HTTP status, as a string.
                         * @enum {string}
                         */
                        status: "409";
                        /**
                         * @description A stable code from the error catalog (docs/errors.md).
                         * @enum {string}
                         */
                        code: "external_id_taken" | "idempotency_key_in_use";
                        title: string;
                        detail: string;
                        source?: {
                            pointer?: string;
                            parameter?: string;
                            header?: string;
                        };
                        links: {
                            /** @description The docs’ entry for this code: what it means and what to do (`/docs/errors#<code>`). */
                            about: string;
                        };
                    }[];
                };
            };
        };
        /** @description `payload_too_large`: Payload too large. */
        PayloadTooLarge: {
            headers: {
                /** @description The request id, also in error objects: quote it when asking for help. */
                "X-Request-Id": string;
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "errors": [
                 *         {
                 *           "id": "req-7f3c2a9e",
                 *           "status": "413",
                 *           "code": "payload_too_large",
                 *           "title": "Payload too large",
                 *           "detail": "Request bodies are limited to 64 KiB.",
                 *           "links": {
                 *             "about": "/docs/errors#payload_too_large"
                 *           }
                 *         }
                 *       ]
                 *     }
                 */
                "application/vnd.api+json": {
                    errors: {
                        /** @description The request id, also in the X-Request-Id header. */
                        id: string;
                        /**
                         * @description The HTTP status, as a string.
                         * @enum {string}
                         */
                        status: "413";
                        /**
                         * @description A stable code from the error catalog (docs/errors.md).
                         * @enum {string}
                         */
                        code: "payload_too_large";
                        title: string;
                        detail: string;
                        source?: {
                            pointer?: string;
                            parameter?: string;
                            header?: string;
                        };
                        links: {
                            /** @description The docs’ entry for this code: what it means and what to do (`/docs/errors#<code>`). */
                            about: string;
                        };
                    }[];
                };
            };
        };
        /** @description `unsupported_media_type`: Unsupported media type. */
        UnsupportedMediaType: {
            headers: {
                /** @description The request id, also in error objects: quote it when asking for help. */
                "X-Request-Id": string;
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "errors": [
                 *         {
                 *           "id": "req-7f3c2a9e",
                 *           "status": "415",
                 *           "code": "unsupported_media_type",
                 *           "title": "Unsupported media type",
                 *           "detail": "Send bodies as `application/vnd.api+json` or `application/json`.",
                 *           "links": {
                 *             "about": "/docs/errors#unsupported_media_type"
                 *           }
                 *         }
                 *       ]
                 *     }
                 */
                "application/vnd.api+json": {
                    errors: {
                        /** @description The request id, also in the X-Request-Id header. */
                        id: string;
                        /**
                         * @description The HTTP status, as a string.
                         * @enum {string}
                         */
                        status: "415";
                        /**
                         * @description A stable code from the error catalog (docs/errors.md).
                         * @enum {string}
                         */
                        code: "unsupported_media_type";
                        title: string;
                        detail: string;
                        source?: {
                            pointer?: string;
                            parameter?: string;
                            header?: string;
                        };
                        links: {
                            /** @description The docs’ entry for this code: what it means and what to do (`/docs/errors#<code>`). */
                            about: string;
                        };
                    }[];
                };
            };
        };
        /** @description `idempotency_key_reused`: Idempotency key reused. `read_only_member`: Read-only member. `unknown_member`: Unknown member. `validation_failed`: Validation failed. */
        UnprocessableEntity_ab1468: {
            headers: {
                /** @description The request id, also in error objects: quote it when asking for help. */
                "X-Request-Id": string;
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "errors": [
                 *         {
                 *           "id": "req-7f3c2a9e",
                 *           "status": "422",
                 *           "code": "idempotency_key_reused",
                 *           "title": "Idempotency key reused",
                 *           "detail": "This `Idempotency-Key` was already used with a different request. Use a new key for a new request.",
                 *           "links": {
                 *             "about": "/docs/errors#idempotency_key_reused"
                 *           }
                 *         }
                 *       ]
                 *     }
                 */
                "application/vnd.api+json": {
                    errors: {
                        /** @description The request id, also in the X-Request-Id header. */
                        id: string;
                        /**
                         * @description The HTTP status, as a string.
                         * @enum {string}
                         */
                        status: "422";
                        /**
                         * @description A stable code from the error catalog (docs/errors.md).
                         * @enum {string}
                         */
                        code: "idempotency_key_reused" | "read_only_member" | "unknown_member" | "validation_failed";
                        title: string;
                        detail: string;
                        source?: {
                            pointer?: string;
                            parameter?: string;
                            header?: string;
                        };
                        links: {
                            /** @description The docs’ entry for this code: what it means and what to do (`/docs/errors#<code>`). */
                            about: string;
                        };
                    }[];
                };
            };
        };
        /** @description `rate_limited`: Too many requests. */
        RateLimited: {
            headers: {
                /** @description The request id, also in error objects: quote it when asking for help. */
                "X-Request-Id": string;
                /** @description Seconds to wait before the rate limit lets the request through. */
                "Retry-After": string;
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "errors": [
                 *         {
                 *           "id": "req-7f3c2a9e",
                 *           "status": "429",
                 *           "code": "rate_limited",
                 *           "title": "Too many requests",
                 *           "detail": "The credential sent more requests than its limit allows. Wait for `Retry-After` seconds.",
                 *           "links": {
                 *             "about": "/docs/errors#rate_limited"
                 *           }
                 *         }
                 *       ]
                 *     }
                 */
                "application/vnd.api+json": {
                    errors: {
                        /** @description The request id, also in the X-Request-Id header. */
                        id: string;
                        /**
                         * @description The HTTP status, as a string.
                         * @enum {string}
                         */
                        status: "429";
                        /**
                         * @description A stable code from the error catalog (docs/errors.md).
                         * @enum {string}
                         */
                        code: "rate_limited";
                        title: string;
                        detail: string;
                        source?: {
                            pointer?: string;
                            parameter?: string;
                            header?: string;
                        };
                        links: {
                            /** @description The docs’ entry for this code: what it means and what to do (`/docs/errors#<code>`). */
                            about: string;
                        };
                    }[];
                };
            };
        };
        /** @description `internal_error`: Internal error. */
        InternalError: {
            headers: {
                /** @description The request id, also in error objects: quote it when asking for help. */
                "X-Request-Id": string;
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "errors": [
                 *         {
                 *           "id": "req-7f3c2a9e",
                 *           "status": "500",
                 *           "code": "internal_error",
                 *           "title": "Internal error",
                 *           "detail": "Something went wrong on our side. The `id` identifies the request in our logs.",
                 *           "links": {
                 *             "about": "/docs/errors#internal_error"
                 *           }
                 *         }
                 *       ]
                 *     }
                 */
                "application/vnd.api+json": {
                    errors: {
                        /** @description The request id, also in the X-Request-Id header. */
                        id: string;
                        /**
                         * @description The HTTP status, as a string.
                         * @enum {string}
                         */
                        status: "500";
                        /**
                         * @description A stable code from the error catalog (docs/errors.md).
                         * @enum {string}
                         */
                        code: "internal_error";
                        title: string;
                        detail: string;
                        source?: {
                            pointer?: string;
                            parameter?: string;
                            header?: string;
                        };
                        links: {
                            /** @description The docs’ entry for this code: what it means and what to do (`/docs/errors#<code>`). */
                            about: string;
                        };
                    }[];
                };
            };
        };
        /** @description `database_busy`: Database busy. `database_unavailable`: Database unavailable. */
        ServiceUnavailable_c06393: {
            headers: {
                /** @description The request id, also in error objects: quote it when asking for help. */
                "X-Request-Id": string;
                /** @description Seconds to wait before retrying. */
                "Retry-After": string;
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "errors": [
                 *         {
                 *           "id": "req-7f3c2a9e",
                 *           "status": "503",
                 *           "code": "database_busy",
                 *           "title": "Database busy",
                 *           "detail": "The request could not get a database connection, or a row it needs, within its deadline (another operation holds it, or the server is saturated: more commands of its kind are waiting than it takes). Nothing was changed; retry after `Retry-After` seconds with the same Idempotency-Key.",
                 *           "links": {
                 *             "about": "/docs/errors#database_busy"
                 *           }
                 *         }
                 *       ]
                 *     }
                 */
                "application/vnd.api+json": {
                    errors: {
                        /** @description The request id, also in the X-Request-Id header. */
                        id: string;
                        /**
                         * @description The HTTP status, as a string.
                         * @enum {string}
                         */
                        status: "503";
                        /**
                         * @description A stable code from the error catalog (docs/errors.md).
                         * @enum {string}
                         */
                        code: "database_busy" | "database_unavailable";
                        title: string;
                        detail: string;
                        source?: {
                            pointer?: string;
                            parameter?: string;
                            header?: string;
                        };
                        links: {
                            /** @description The docs’ entry for this code: what it means and what to do (`/docs/errors#<code>`). */
                            about: string;
                        };
                    }[];
                };
            };
        };
        /** @description `invalid_cursor`: Invalid pagination cursor. `invalid_query_parameter`: Invalid query parameter. `malformed_request`: Malformed request. */
        BadRequest_d00f57: {
            headers: {
                /** @description The request id, also in error objects: quote it when asking for help. */
                "X-Request-Id": string;
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "errors": [
                 *         {
                 *           "id": "req-7f3c2a9e",
                 *           "status": "400",
                 *           "code": "invalid_cursor",
                 *           "title": "Invalid pagination cursor",
                 *           "detail": "A `page[after]` or `page[before]` cursor was not produced by this API. Use the `links` of a list.",
                 *           "links": {
                 *             "about": "/docs/errors#invalid_cursor"
                 *           }
                 *         }
                 *       ]
                 *     }
                 */
                "application/vnd.api+json": {
                    errors: {
                        /** @description The request id, also in the X-Request-Id header. */
                        id: string;
                        /**
                         * @description The HTTP status, as a string.
                         * @enum {string}
                         */
                        status: "400";
                        /**
                         * @description A stable code from the error catalog (docs/errors.md).
                         * @enum {string}
                         */
                        code: "invalid_cursor" | "invalid_query_parameter" | "malformed_request";
                        title: string;
                        detail: string;
                        source?: {
                            pointer?: string;
                            parameter?: string;
                            header?: string;
                        };
                        links: {
                            /** @description The docs’ entry for this code: what it means and what to do (`/docs/errors#<code>`). */
                            about: string;
                        };
                    }[];
                };
            };
        };
        /** @description `invalid_path_parameter`: Invalid path parameter. `invalid_query_parameter`: Invalid query parameter. `malformed_request`: Malformed request. */
        BadRequest_23ec38: {
            headers: {
                /** @description The request id, also in error objects: quote it when asking for help. */
                "X-Request-Id": string;
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "errors": [
                 *         {
                 *           "id": "req-7f3c2a9e",
                 *           "status": "400",
                 *           "code": "invalid_path_parameter",
                 *           "title": "Invalid path parameter",
                 *           "detail": "A segment of the URL path holds characters no id or name can contain (control characters, NUL, unpaired surrogates).",
                 *           "links": {
                 *             "about": "/docs/errors#invalid_path_parameter"
                 *           }
                 *         }
                 *       ]
                 *     }
                 */
                "application/vnd.api+json": {
                    errors: {
                        /** @description The request id, also in the X-Request-Id header. */
                        id: string;
                        /**
                         * @description The HTTP status, as a string.
                         * @enum {string}
                         */
                        status: "400";
                        /**
                         * @description A stable code from the error catalog (docs/errors.md).
                         * @enum {string}
                         */
                        code: "invalid_path_parameter" | "invalid_query_parameter" | "malformed_request";
                        title: string;
                        detail: string;
                        source?: {
                            pointer?: string;
                            parameter?: string;
                            header?: string;
                        };
                        links: {
                            /** @description The docs’ entry for this code: what it means and what to do (`/docs/errors#<code>`). */
                            about: string;
                        };
                    }[];
                };
            };
        };
        /** @description `entity_not_found`: Entity not found. */
        EntityNotFound: {
            headers: {
                /** @description The request id, also in error objects: quote it when asking for help. */
                "X-Request-Id": string;
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "errors": [
                 *         {
                 *           "id": "req-7f3c2a9e",
                 *           "status": "404",
                 *           "code": "entity_not_found",
                 *           "title": "Entity not found",
                 *           "detail": "No customer with this id exists in your organization.",
                 *           "links": {
                 *             "about": "/docs/errors#entity_not_found"
                 *           }
                 *         }
                 *       ]
                 *     }
                 */
                "application/vnd.api+json": {
                    errors: {
                        /** @description The request id, also in the X-Request-Id header. */
                        id: string;
                        /**
                         * @description The HTTP status, as a string.
                         * @enum {string}
                         */
                        status: "404";
                        /**
                         * @description A stable code from the error catalog (docs/errors.md).
                         * @enum {string}
                         */
                        code: "entity_not_found";
                        title: string;
                        detail: string;
                        source?: {
                            pointer?: string;
                            parameter?: string;
                            header?: string;
                        };
                        links: {
                            /** @description The docs’ entry for this code: what it means and what to do (`/docs/errors#<code>`). */
                            about: string;
                        };
                    }[];
                };
            };
        };
        /** @description `invalid_path_parameter`: Invalid path parameter. `invalid_query_parameter`: Invalid query parameter. `malformed_json`: Malformed JSON. `malformed_request`: Malformed request. */
        BadRequest_97e3bb: {
            headers: {
                /** @description The request id, also in error objects: quote it when asking for help. */
                "X-Request-Id": string;
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "errors": [
                 *         {
                 *           "id": "req-7f3c2a9e",
                 *           "status": "400",
                 *           "code": "invalid_path_parameter",
                 *           "title": "Invalid path parameter",
                 *           "detail": "A segment of the URL path holds characters no id or name can contain (control characters, NUL, unpaired surrogates).",
                 *           "links": {
                 *             "about": "/docs/errors#invalid_path_parameter"
                 *           }
                 *         }
                 *       ]
                 *     }
                 */
                "application/vnd.api+json": {
                    errors: {
                        /** @description The request id, also in the X-Request-Id header. */
                        id: string;
                        /**
                         * @description The HTTP status, as a string.
                         * @enum {string}
                         */
                        status: "400";
                        /**
                         * @description A stable code from the error catalog (docs/errors.md).
                         * @enum {string}
                         */
                        code: "invalid_path_parameter" | "invalid_query_parameter" | "malformed_json" | "malformed_request";
                        title: string;
                        detail: string;
                        source?: {
                            pointer?: string;
                            parameter?: string;
                            header?: string;
                        };
                        links: {
                            /** @description The docs’ entry for this code: what it means and what to do (`/docs/errors#<code>`). */
                            about: string;
                        };
                    }[];
                };
            };
        };
        /** @description `entity_closed`: Customer closed. `external_id_taken`: External id already used. */
        Conflict_a61166: {
            headers: {
                /** @description The request id, also in error objects: quote it when asking for help. */
                "X-Request-Id": string;
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "errors": [
                 *         {
                 *           "id": "req-7f3c2a9e",
                 *           "status": "409",
                 *           "code": "entity_closed",
                 *           "title": "Customer closed",
                 *           "detail": "The customer is closed: no new account or card can be opened for it.",
                 *           "links": {
                 *             "about": "/docs/errors#entity_closed"
                 *           }
                 *         }
                 *       ]
                 *     }
                 */
                "application/vnd.api+json": {
                    errors: {
                        /** @description The request id, also in the X-Request-Id header. */
                        id: string;
                        /**
                         * @description The HTTP status, as a string.
                         * @enum {string}
                         */
                        status: "409";
                        /**
                         * @description A stable code from the error catalog (docs/errors.md).
                         * @enum {string}
                         */
                        code: "entity_closed" | "external_id_taken";
                        title: string;
                        detail: string;
                        source?: {
                            pointer?: string;
                            parameter?: string;
                            header?: string;
                        };
                        links: {
                            /** @description The docs’ entry for this code: what it means and what to do (`/docs/errors#<code>`). */
                            about: string;
                        };
                    }[];
                };
            };
        };
        /** @description `read_only_member`: Read-only member. `unknown_member`: Unknown member. `validation_failed`: Validation failed. */
        UnprocessableEntity_b9a41b: {
            headers: {
                /** @description The request id, also in error objects: quote it when asking for help. */
                "X-Request-Id": string;
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "errors": [
                 *         {
                 *           "id": "req-7f3c2a9e",
                 *           "status": "422",
                 *           "code": "read_only_member",
                 *           "title": "Read-only member",
                 *           "detail": "The member is set by Linkcy or cannot change after creation, so a request may not set it.",
                 *           "links": {
                 *             "about": "/docs/errors#read_only_member"
                 *           }
                 *         }
                 *       ]
                 *     }
                 */
                "application/vnd.api+json": {
                    errors: {
                        /** @description The request id, also in the X-Request-Id header. */
                        id: string;
                        /**
                         * @description The HTTP status, as a string.
                         * @enum {string}
                         */
                        status: "422";
                        /**
                         * @description A stable code from the error catalog (docs/errors.md).
                         * @enum {string}
                         */
                        code: "read_only_member" | "unknown_member" | "validation_failed";
                        title: string;
                        detail: string;
                        source?: {
                            pointer?: string;
                            parameter?: string;
                            header?: string;
                        };
                        links: {
                            /** @description The docs’ entry for this code: what it means and what to do (`/docs/errors#<code>`). */
                            about: string;
                        };
                    }[];
                };
            };
        };
        /** @description `bank_account_exists`: Bank account exists. `entity_closed`: Customer closed. `entity_not_approved`: Customer not approved. `idempotency_key_in_use`: Idempotency key in use. */
        Conflict_e5ca71: {
            headers: {
                /** @description The request id, also in error objects: quote it when asking for help. */
                "X-Request-Id": string;
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "errors": [
                 *         {
                 *           "id": "req-7f3c2a9e",
                 *           "status": "409",
                 *           "code": "bank_account_exists",
                 *           "title": "Bank account exists",
                 *           "detail": "The customer already has an open account in this currency. Use it, or close it first.",
                 *           "links": {
                 *             "about": "/docs/errors#bank_account_exists"
                 *           }
                 *         }
                 *       ]
                 *     }
                 */
                "application/vnd.api+json": {
                    errors: {
                        /** @description The request id, also in the X-Request-Id header. */
                        id: string;
                        /**
                         * @description The HTTP status, as a string.
                         * @enum {string}
                         */
                        status: "409";
                        /**
                         * @description A stable code from the error catalog (docs/errors.md).
                         * @enum {string}
                         */
                        code: "bank_account_exists" | "entity_closed" | "entity_not_approved" | "idempotency_key_in_use";
                        title: string;
                        detail: string;
                        source?: {
                            pointer?: string;
                            parameter?: string;
                            header?: string;
                        };
                        links: {
                            /** @description The docs’ entry for this code: what it means and what to do (`/docs/errors#<code>`). */
                            about: string;
                        };
                    }[];
                };
            };
        };
        /** @description `bank_account_not_found`: Bank account not found. */
        BankAccountNotFound: {
            headers: {
                /** @description The request id, also in error objects: quote it when asking for help. */
                "X-Request-Id": string;
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "errors": [
                 *         {
                 *           "id": "req-7f3c2a9e",
                 *           "status": "404",
                 *           "code": "bank_account_not_found",
                 *           "title": "Bank account not found",
                 *           "detail": "No bank account with this id exists in your organization.",
                 *           "links": {
                 *             "about": "/docs/errors#bank_account_not_found"
                 *           }
                 *         }
                 *       ]
                 *     }
                 */
                "application/vnd.api+json": {
                    errors: {
                        /** @description The request id, also in the X-Request-Id header. */
                        id: string;
                        /**
                         * @description The HTTP status, as a string.
                         * @enum {string}
                         */
                        status: "404";
                        /**
                         * @description A stable code from the error catalog (docs/errors.md).
                         * @enum {string}
                         */
                        code: "bank_account_not_found";
                        title: string;
                        detail: string;
                        source?: {
                            pointer?: string;
                            parameter?: string;
                            header?: string;
                        };
                        links: {
                            /** @description The docs’ entry for this code: what it means and what to do (`/docs/errors#<code>`). */
                            about: string;
                        };
                    }[];
                };
            };
        };
        /** @description `invalid_idempotency_key`: Invalid Idempotency-Key. `invalid_path_parameter`: Invalid path parameter. `invalid_query_parameter`: Invalid query parameter. `malformed_json`: Malformed JSON. `malformed_request`: Malformed request. */
        BadRequest_1728dd: {
            headers: {
                /** @description The request id, also in error objects: quote it when asking for help. */
                "X-Request-Id": string;
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "errors": [
                 *         {
                 *           "id": "req-7f3c2a9e",
                 *           "status": "400",
                 *           "code": "invalid_idempotency_key",
                 *           "title": "Invalid Idempotency-Key",
                 *           "detail": "The `Idempotency-Key` header must be 1 to 255 printable ASCII characters.",
                 *           "links": {
                 *             "about": "/docs/errors#invalid_idempotency_key"
                 *           }
                 *         }
                 *       ]
                 *     }
                 */
                "application/vnd.api+json": {
                    errors: {
                        /** @description The request id, also in the X-Request-Id header. */
                        id: string;
                        /**
                         * @description The HTTP status, as a string.
                         * @enum {string}
                         */
                        status: "400";
                        /**
                         * @description A stable code from the error catalog (docs/errors.md).
                         * @enum {string}
                         */
                        code: "invalid_idempotency_key" | "invalid_path_parameter" | "invalid_query_parameter" | "malformed_json" | "malformed_request";
                        title: string;
                        detail: string;
                        source?: {
                            pointer?: string;
                            parameter?: string;
                            header?: string;
                        };
                        links: {
                            /** @description The docs’ entry for this code: what it means and what to do (`/docs/errors#<code>`). */
                            about: string;
                        };
                    }[];
                };
            };
        };
        /** @description `idempotency_key_in_use`: Idempotency key in use. */
        IdempotencyKeyInUse: {
            headers: {
                /** @description The request id, also in error objects: quote it when asking for help. */
                "X-Request-Id": string;
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "errors": [
                 *         {
                 *           "id": "req-7f3c2a9e",
                 *           "status": "409",
                 *           "code": "idempotency_key_in_use",
                 *           "title": "Idempotency key in use",
                 *           "detail": "A request with this `Idempotency-Key` is still running. Retry after it finishes to get its response.",
                 *           "links": {
                 *             "about": "/docs/errors#idempotency_key_in_use"
                 *           }
                 *         }
                 *       ]
                 *     }
                 */
                "application/vnd.api+json": {
                    errors: {
                        /** @description The request id, also in the X-Request-Id header. */
                        id: string;
                        /**
                         * @description The HTTP status, as a string.
                         * @enum {string}
                         */
                        status: "409";
                        /**
                         * @description A stable code from the error catalog (docs/errors.md).
                         * @enum {string}
                         */
                        code: "idempotency_key_in_use";
                        title: string;
                        detail: string;
                        source?: {
                            pointer?: string;
                            parameter?: string;
                            header?: string;
                        };
                        links: {
                            /** @description The docs’ entry for this code: what it means and what to do (`/docs/errors#<code>`). */
                            about: string;
                        };
                    }[];
                };
            };
        };
        /** @description `invalid_idempotency_key`: Invalid Idempotency-Key. `invalid_path_parameter`: Invalid path parameter. `invalid_query_parameter`: Invalid query parameter. `malformed_request`: Malformed request. */
        BadRequest_8b9272: {
            headers: {
                /** @description The request id, also in error objects: quote it when asking for help. */
                "X-Request-Id": string;
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "errors": [
                 *         {
                 *           "id": "req-7f3c2a9e",
                 *           "status": "400",
                 *           "code": "invalid_idempotency_key",
                 *           "title": "Invalid Idempotency-Key",
                 *           "detail": "The `Idempotency-Key` header must be 1 to 255 printable ASCII characters.",
                 *           "links": {
                 *             "about": "/docs/errors#invalid_idempotency_key"
                 *           }
                 *         }
                 *       ]
                 *     }
                 */
                "application/vnd.api+json": {
                    errors: {
                        /** @description The request id, also in the X-Request-Id header. */
                        id: string;
                        /**
                         * @description The HTTP status, as a string.
                         * @enum {string}
                         */
                        status: "400";
                        /**
                         * @description A stable code from the error catalog (docs/errors.md).
                         * @enum {string}
                         */
                        code: "invalid_idempotency_key" | "invalid_path_parameter" | "invalid_query_parameter" | "malformed_request";
                        title: string;
                        detail: string;
                        source?: {
                            pointer?: string;
                            parameter?: string;
                            header?: string;
                        };
                        links: {
                            /** @description The docs’ entry for this code: what it means and what to do (`/docs/errors#<code>`). */
                            about: string;
                        };
                    }[];
                };
            };
        };
        /** @description `bank_account_closed`: Bank account closed. `bank_account_not_empty`: Bank account not empty. `idempotency_key_in_use`: Idempotency key in use. */
        Conflict_779681: {
            headers: {
                /** @description The request id, also in error objects: quote it when asking for help. */
                "X-Request-Id": string;
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "errors": [
                 *         {
                 *           "id": "req-7f3c2a9e",
                 *           "status": "409",
                 *           "code": "bank_account_closed",
                 *           "title": "Bank account closed",
                 *           "detail": "The account is closed: it can neither receive nor send money.",
                 *           "links": {
                 *             "about": "/docs/errors#bank_account_closed"
                 *           }
                 *         }
                 *       ]
                 *     }
                 */
                "application/vnd.api+json": {
                    errors: {
                        /** @description The request id, also in the X-Request-Id header. */
                        id: string;
                        /**
                         * @description The HTTP status, as a string.
                         * @enum {string}
                         */
                        status: "409";
                        /**
                         * @description A stable code from the error catalog (docs/errors.md).
                         * @enum {string}
                         */
                        code: "bank_account_closed" | "bank_account_not_empty" | "idempotency_key_in_use";
                        title: string;
                        detail: string;
                        source?: {
                            pointer?: string;
                            parameter?: string;
                            header?: string;
                        };
                        links: {
                            /** @description The docs’ entry for this code: what it means and what to do (`/docs/errors#<code>`). */
                            about: string;
                        };
                    }[];
                };
            };
        };
        /** @description `idempotency_key_reused`: Idempotency key reused. */
        IdempotencyKeyReused: {
            headers: {
                /** @description The request id, also in error objects: quote it when asking for help. */
                "X-Request-Id": string;
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "errors": [
                 *         {
                 *           "id": "req-7f3c2a9e",
                 *           "status": "422",
                 *           "code": "idempotency_key_reused",
                 *           "title": "Idempotency key reused",
                 *           "detail": "This `Idempotency-Key` was already used with a different request. Use a new key for a new request.",
                 *           "links": {
                 *             "about": "/docs/errors#idempotency_key_reused"
                 *           }
                 *         }
                 *       ]
                 *     }
                 */
                "application/vnd.api+json": {
                    errors: {
                        /** @description The request id, also in the X-Request-Id header. */
                        id: string;
                        /**
                         * @description The HTTP status, as a string.
                         * @enum {string}
                         */
                        status: "422";
                        /**
                         * @description A stable code from the error catalog (docs/errors.md).
                         * @enum {string}
                         */
                        code: "idempotency_key_reused";
                        title: string;
                        detail: string;
                        source?: {
                            pointer?: string;
                            parameter?: string;
                            header?: string;
                        };
                        links: {
                            /** @description The docs’ entry for this code: what it means and what to do (`/docs/errors#<code>`). */
                            about: string;
                        };
                    }[];
                };
            };
        };
        /** @description `invalid_cursor`: Invalid pagination cursor. `invalid_path_parameter`: Invalid path parameter. `invalid_query_parameter`: Invalid query parameter. `malformed_request`: Malformed request. */
        BadRequest_d3acdd: {
            headers: {
                /** @description The request id, also in error objects: quote it when asking for help. */
                "X-Request-Id": string;
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "errors": [
                 *         {
                 *           "id": "req-7f3c2a9e",
                 *           "status": "400",
                 *           "code": "invalid_cursor",
                 *           "title": "Invalid pagination cursor",
                 *           "detail": "A `page[after]` or `page[before]` cursor was not produced by this API. Use the `links` of a list.",
                 *           "links": {
                 *             "about": "/docs/errors#invalid_cursor"
                 *           }
                 *         }
                 *       ]
                 *     }
                 */
                "application/vnd.api+json": {
                    errors: {
                        /** @description The request id, also in the X-Request-Id header. */
                        id: string;
                        /**
                         * @description The HTTP status, as a string.
                         * @enum {string}
                         */
                        status: "400";
                        /**
                         * @description A stable code from the error catalog (docs/errors.md).
                         * @enum {string}
                         */
                        code: "invalid_cursor" | "invalid_path_parameter" | "invalid_query_parameter" | "malformed_request";
                        title: string;
                        detail: string;
                        source?: {
                            pointer?: string;
                            parameter?: string;
                            header?: string;
                        };
                        links: {
                            /** @description The docs’ entry for this code: what it means and what to do (`/docs/errors#<code>`). */
                            about: string;
                        };
                    }[];
                };
            };
        };
        /** @description `bank_account_not_found`: Bank account not found. `entity_not_found`: Entity not found. */
        NotFound_6fdaff: {
            headers: {
                /** @description The request id, also in error objects: quote it when asking for help. */
                "X-Request-Id": string;
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "errors": [
                 *         {
                 *           "id": "req-7f3c2a9e",
                 *           "status": "404",
                 *           "code": "bank_account_not_found",
                 *           "title": "Bank account not found",
                 *           "detail": "No bank account with this id exists in your organization.",
                 *           "links": {
                 *             "about": "/docs/errors#bank_account_not_found"
                 *           }
                 *         }
                 *       ]
                 *     }
                 */
                "application/vnd.api+json": {
                    errors: {
                        /** @description The request id, also in the X-Request-Id header. */
                        id: string;
                        /**
                         * @description The HTTP status, as a string.
                         * @enum {string}
                         */
                        status: "404";
                        /**
                         * @description A stable code from the error catalog (docs/errors.md).
                         * @enum {string}
                         */
                        code: "bank_account_not_found" | "entity_not_found";
                        title: string;
                        detail: string;
                        source?: {
                            pointer?: string;
                            parameter?: string;
                            header?: string;
                        };
                        links: {
                            /** @description The docs’ entry for this code: what it means and what to do (`/docs/errors#<code>`). */
                            about: string;
                        };
                    }[];
                };
            };
        };
        /** @description `transaction_not_found`: Transaction not found. */
        TransactionNotFound: {
            headers: {
                /** @description The request id, also in error objects: quote it when asking for help. */
                "X-Request-Id": string;
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "errors": [
                 *         {
                 *           "id": "req-7f3c2a9e",
                 *           "status": "404",
                 *           "code": "transaction_not_found",
                 *           "title": "Transaction not found",
                 *           "detail": "No transaction with this id exists in your organization.",
                 *           "links": {
                 *             "about": "/docs/errors#transaction_not_found"
                 *           }
                 *         }
                 *       ]
                 *     }
                 */
                "application/vnd.api+json": {
                    errors: {
                        /** @description The request id, also in the X-Request-Id header. */
                        id: string;
                        /**
                         * @description The HTTP status, as a string.
                         * @enum {string}
                         */
                        status: "404";
                        /**
                         * @description A stable code from the error catalog (docs/errors.md).
                         * @enum {string}
                         */
                        code: "transaction_not_found";
                        title: string;
                        detail: string;
                        source?: {
                            pointer?: string;
                            parameter?: string;
                            header?: string;
                        };
                        links: {
                            /** @description The docs’ entry for this code: what it means and what to do (`/docs/errors#<code>`). */
                            about: string;
                        };
                    }[];
                };
            };
        };
        /** @description `bank_account_closed`: Bank account closed. `bank_account_required`: Bank account required. `entity_closed`: Customer closed. `entity_not_approved`: Customer not approved. `idempotency_key_in_use`: Idempotency key in use. */
        Conflict_cb3f14: {
            headers: {
                /** @description The request id, also in error objects: quote it when asking for help. */
                "X-Request-Id": string;
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "errors": [
                 *         {
                 *           "id": "req-7f3c2a9e",
                 *           "status": "409",
                 *           "code": "bank_account_closed",
                 *           "title": "Bank account closed",
                 *           "detail": "The account is closed: it can neither receive nor send money.",
                 *           "links": {
                 *             "about": "/docs/errors#bank_account_closed"
                 *           }
                 *         }
                 *       ]
                 *     }
                 */
                "application/vnd.api+json": {
                    errors: {
                        /** @description The request id, also in the X-Request-Id header. */
                        id: string;
                        /**
                         * @description The HTTP status, as a string.
                         * @enum {string}
                         */
                        status: "409";
                        /**
                         * @description A stable code from the error catalog (docs/errors.md).
                         * @enum {string}
                         */
                        code: "bank_account_closed" | "bank_account_required" | "entity_closed" | "entity_not_approved" | "idempotency_key_in_use";
                        title: string;
                        detail: string;
                        source?: {
                            pointer?: string;
                            parameter?: string;
                            header?: string;
                        };
                        links: {
                            /** @description The docs’ entry for this code: what it means and what to do (`/docs/errors#<code>`). */
                            about: string;
                        };
                    }[];
                };
            };
        };
        /** @description `card_not_found`: Card not found. */
        CardNotFound: {
            headers: {
                /** @description The request id, also in error objects: quote it when asking for help. */
                "X-Request-Id": string;
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "errors": [
                 *         {
                 *           "id": "req-7f3c2a9e",
                 *           "status": "404",
                 *           "code": "card_not_found",
                 *           "title": "Card not found",
                 *           "detail": "No card with this id exists in your organization, or the customer has no card that is not closed.",
                 *           "links": {
                 *             "about": "/docs/errors#card_not_found"
                 *           }
                 *         }
                 *       ]
                 *     }
                 */
                "application/vnd.api+json": {
                    errors: {
                        /** @description The request id, also in the X-Request-Id header. */
                        id: string;
                        /**
                         * @description The HTTP status, as a string.
                         * @enum {string}
                         */
                        status: "404";
                        /**
                         * @description A stable code from the error catalog (docs/errors.md).
                         * @enum {string}
                         */
                        code: "card_not_found";
                        title: string;
                        detail: string;
                        source?: {
                            pointer?: string;
                            parameter?: string;
                            header?: string;
                        };
                        links: {
                            /** @description The docs’ entry for this code: what it means and what to do (`/docs/errors#<code>`). */
                            about: string;
                        };
                    }[];
                };
            };
        };
        /** @description `card_closed`: Card closed. */
        CardClosed: {
            headers: {
                /** @description The request id, also in error objects: quote it when asking for help. */
                "X-Request-Id": string;
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "errors": [
                 *         {
                 *           "id": "req-7f3c2a9e",
                 *           "status": "410",
                 *           "code": "card_closed",
                 *           "title": "Card closed",
                 *           "detail": "The card is closed, lost or stolen. That is final: it can no longer change, pay or reveal its details.",
                 *           "links": {
                 *             "about": "/docs/errors#card_closed"
                 *           }
                 *         }
                 *       ]
                 *     }
                 */
                "application/vnd.api+json": {
                    errors: {
                        /** @description The request id, also in the X-Request-Id header. */
                        id: string;
                        /**
                         * @description The HTTP status, as a string.
                         * @enum {string}
                         */
                        status: "410";
                        /**
                         * @description A stable code from the error catalog (docs/errors.md).
                         * @enum {string}
                         */
                        code: "card_closed";
                        title: string;
                        detail: string;
                        source?: {
                            pointer?: string;
                            parameter?: string;
                            header?: string;
                        };
                        links: {
                            /** @description The docs’ entry for this code: what it means and what to do (`/docs/errors#<code>`). */
                            about: string;
                        };
                    }[];
                };
            };
        };
        /** @description `card_not_delivered`: Card not delivered. `card_status_conflict`: Card status conflict. `idempotency_key_in_use`: Idempotency key in use. */
        Conflict_58c0da: {
            headers: {
                /** @description The request id, also in error objects: quote it when asking for help. */
                "X-Request-Id": string;
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "errors": [
                 *         {
                 *           "id": "req-7f3c2a9e",
                 *           "status": "409",
                 *           "code": "card_not_delivered",
                 *           "title": "Card not delivered",
                 *           "detail": "A physical card can be activated only once it has been delivered.",
                 *           "links": {
                 *             "about": "/docs/errors#card_not_delivered"
                 *           }
                 *         }
                 *       ]
                 *     }
                 */
                "application/vnd.api+json": {
                    errors: {
                        /** @description The request id, also in the X-Request-Id header. */
                        id: string;
                        /**
                         * @description The HTTP status, as a string.
                         * @enum {string}
                         */
                        status: "409";
                        /**
                         * @description A stable code from the error catalog (docs/errors.md).
                         * @enum {string}
                         */
                        code: "card_not_delivered" | "card_status_conflict" | "idempotency_key_in_use";
                        title: string;
                        detail: string;
                        source?: {
                            pointer?: string;
                            parameter?: string;
                            header?: string;
                        };
                        links: {
                            /** @description The docs’ entry for this code: what it means and what to do (`/docs/errors#<code>`). */
                            about: string;
                        };
                    }[];
                };
            };
        };
        /** @description `card_status_conflict`: Card status conflict. `entity_closed`: Customer closed. `entity_not_approved`: Customer not approved. `idempotency_key_in_use`: Idempotency key in use. */
        Conflict_ff6ec7: {
            headers: {
                /** @description The request id, also in error objects: quote it when asking for help. */
                "X-Request-Id": string;
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "errors": [
                 *         {
                 *           "id": "req-7f3c2a9e",
                 *           "status": "409",
                 *           "code": "card_status_conflict",
                 *           "title": "Card status conflict",
                 *           "detail": "The card’s status does not allow this change (for example suspending an inactive card).",
                 *           "links": {
                 *             "about": "/docs/errors#card_status_conflict"
                 *           }
                 *         }
                 *       ]
                 *     }
                 */
                "application/vnd.api+json": {
                    errors: {
                        /** @description The request id, also in the X-Request-Id header. */
                        id: string;
                        /**
                         * @description The HTTP status, as a string.
                         * @enum {string}
                         */
                        status: "409";
                        /**
                         * @description A stable code from the error catalog (docs/errors.md).
                         * @enum {string}
                         */
                        code: "card_status_conflict" | "entity_closed" | "entity_not_approved" | "idempotency_key_in_use";
                        title: string;
                        detail: string;
                        source?: {
                            pointer?: string;
                            parameter?: string;
                            header?: string;
                        };
                        links: {
                            /** @description The docs’ entry for this code: what it means and what to do (`/docs/errors#<code>`). */
                            about: string;
                        };
                    }[];
                };
            };
        };
        /** @description `card_status_conflict`: Card status conflict. `idempotency_key_in_use`: Idempotency key in use. */
        Conflict_bc57d2: {
            headers: {
                /** @description The request id, also in error objects: quote it when asking for help. */
                "X-Request-Id": string;
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "errors": [
                 *         {
                 *           "id": "req-7f3c2a9e",
                 *           "status": "409",
                 *           "code": "card_status_conflict",
                 *           "title": "Card status conflict",
                 *           "detail": "The card’s status does not allow this change (for example suspending an inactive card).",
                 *           "links": {
                 *             "about": "/docs/errors#card_status_conflict"
                 *           }
                 *         }
                 *       ]
                 *     }
                 */
                "application/vnd.api+json": {
                    errors: {
                        /** @description The request id, also in the X-Request-Id header. */
                        id: string;
                        /**
                         * @description The HTTP status, as a string.
                         * @enum {string}
                         */
                        status: "409";
                        /**
                         * @description A stable code from the error catalog (docs/errors.md).
                         * @enum {string}
                         */
                        code: "card_status_conflict" | "idempotency_key_in_use";
                        title: string;
                        detail: string;
                        source?: {
                            pointer?: string;
                            parameter?: string;
                            header?: string;
                        };
                        links: {
                            /** @description The docs’ entry for this code: what it means and what to do (`/docs/errors#<code>`). */
                            about: string;
                        };
                    }[];
                };
            };
        };
        /** @description `insufficient_scope`: Insufficient scope. */
        InsufficientScope: {
            headers: {
                /** @description The request id, also in error objects: quote it when asking for help. */
                "X-Request-Id": string;
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "errors": [
                 *         {
                 *           "id": "req-7f3c2a9e",
                 *           "status": "403",
                 *           "code": "insufficient_scope",
                 *           "title": "Insufficient scope",
                 *           "detail": "The credential is valid but lacks the scope this route needs (for example `cards:sensitive`).",
                 *           "links": {
                 *             "about": "/docs/errors#insufficient_scope"
                 *           }
                 *         }
                 *       ]
                 *     }
                 */
                "application/vnd.api+json": {
                    errors: {
                        /** @description The request id, also in the X-Request-Id header. */
                        id: string;
                        /**
                         * @description The HTTP status, as a string.
                         * @enum {string}
                         */
                        status: "403";
                        /**
                         * @description A stable code from the error catalog (docs/errors.md).
                         * @enum {string}
                         */
                        code: "insufficient_scope";
                        title: string;
                        detail: string;
                        source?: {
                            pointer?: string;
                            parameter?: string;
                            header?: string;
                        };
                        links: {
                            /** @description The docs’ entry for this code: what it means and what to do (`/docs/errors#<code>`). */
                            about: string;
                        };
                    }[];
                };
            };
        };
        /** @description `card_not_found`: Card not found. `entity_not_found`: Entity not found. */
        NotFound_fe03db: {
            headers: {
                /** @description The request id, also in error objects: quote it when asking for help. */
                "X-Request-Id": string;
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "errors": [
                 *         {
                 *           "id": "req-7f3c2a9e",
                 *           "status": "404",
                 *           "code": "card_not_found",
                 *           "title": "Card not found",
                 *           "detail": "No card with this id exists in your organization, or the customer has no card that is not closed.",
                 *           "links": {
                 *             "about": "/docs/errors#card_not_found"
                 *           }
                 *         }
                 *       ]
                 *     }
                 */
                "application/vnd.api+json": {
                    errors: {
                        /** @description The request id, also in the X-Request-Id header. */
                        id: string;
                        /**
                         * @description The HTTP status, as a string.
                         * @enum {string}
                         */
                        status: "404";
                        /**
                         * @description A stable code from the error catalog (docs/errors.md).
                         * @enum {string}
                         */
                        code: "card_not_found" | "entity_not_found";
                        title: string;
                        detail: string;
                        source?: {
                            pointer?: string;
                            parameter?: string;
                            header?: string;
                        };
                        links: {
                            /** @description The docs’ entry for this code: what it means and what to do (`/docs/errors#<code>`). */
                            about: string;
                        };
                    }[];
                };
            };
        };
        /** @description `authorization_not_found`: Authorization not found. */
        AuthorizationNotFound: {
            headers: {
                /** @description The request id, also in error objects: quote it when asking for help. */
                "X-Request-Id": string;
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "errors": [
                 *         {
                 *           "id": "req-7f3c2a9e",
                 *           "status": "404",
                 *           "code": "authorization_not_found",
                 *           "title": "Authorization not found",
                 *           "detail": "No card authorization with this id exists in your organization.",
                 *           "links": {
                 *             "about": "/docs/errors#authorization_not_found"
                 *           }
                 *         }
                 *       ]
                 *     }
                 */
                "application/vnd.api+json": {
                    errors: {
                        /** @description The request id, also in the X-Request-Id header. */
                        id: string;
                        /**
                         * @description The HTTP status, as a string.
                         * @enum {string}
                         */
                        status: "404";
                        /**
                         * @description A stable code from the error catalog (docs/errors.md).
                         * @enum {string}
                         */
                        code: "authorization_not_found";
                        title: string;
                        detail: string;
                        source?: {
                            pointer?: string;
                            parameter?: string;
                            header?: string;
                        };
                        links: {
                            /** @description The docs’ entry for this code: what it means and what to do (`/docs/errors#<code>`). */
                            about: string;
                        };
                    }[];
                };
            };
        };
        /** @description `authorization_endpoint_exists`: Authorization endpoint exists. `idempotency_key_in_use`: Idempotency key in use. */
        Conflict_fd0efe: {
            headers: {
                /** @description The request id, also in error objects: quote it when asking for help. */
                "X-Request-Id": string;
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "errors": [
                 *         {
                 *           "id": "req-7f3c2a9e",
                 *           "status": "409",
                 *           "code": "authorization_endpoint_exists",
                 *           "title": "Authorization endpoint exists",
                 *           "detail": "Your organization already has an authorization endpoint; delete it before registering another.",
                 *           "links": {
                 *             "about": "/docs/errors#authorization_endpoint_exists"
                 *           }
                 *         }
                 *       ]
                 *     }
                 */
                "application/vnd.api+json": {
                    errors: {
                        /** @description The request id, also in the X-Request-Id header. */
                        id: string;
                        /**
                         * @description The HTTP status, as a string.
                         * @enum {string}
                         */
                        status: "409";
                        /**
                         * @description A stable code from the error catalog (docs/errors.md).
                         * @enum {string}
                         */
                        code: "authorization_endpoint_exists" | "idempotency_key_in_use";
                        title: string;
                        detail: string;
                        source?: {
                            pointer?: string;
                            parameter?: string;
                            header?: string;
                        };
                        links: {
                            /** @description The docs’ entry for this code: what it means and what to do (`/docs/errors#<code>`). */
                            about: string;
                        };
                    }[];
                };
            };
        };
        /** @description `idempotency_key_reused`: Idempotency key reused. `read_only_member`: Read-only member. `unknown_member`: Unknown member. `validation_failed`: Validation failed. `webhook_url_forbidden`: Webhook URL forbidden. */
        UnprocessableEntity_1833dd: {
            headers: {
                /** @description The request id, also in error objects: quote it when asking for help. */
                "X-Request-Id": string;
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "errors": [
                 *         {
                 *           "id": "req-7f3c2a9e",
                 *           "status": "422",
                 *           "code": "idempotency_key_reused",
                 *           "title": "Idempotency key reused",
                 *           "detail": "This `Idempotency-Key` was already used with a different request. Use a new key for a new request.",
                 *           "links": {
                 *             "about": "/docs/errors#idempotency_key_reused"
                 *           }
                 *         }
                 *       ]
                 *     }
                 */
                "application/vnd.api+json": {
                    errors: {
                        /** @description The request id, also in the X-Request-Id header. */
                        id: string;
                        /**
                         * @description The HTTP status, as a string.
                         * @enum {string}
                         */
                        status: "422";
                        /**
                         * @description A stable code from the error catalog (docs/errors.md).
                         * @enum {string}
                         */
                        code: "idempotency_key_reused" | "read_only_member" | "unknown_member" | "validation_failed" | "webhook_url_forbidden";
                        title: string;
                        detail: string;
                        source?: {
                            pointer?: string;
                            parameter?: string;
                            header?: string;
                        };
                        links: {
                            /** @description The docs’ entry for this code: what it means and what to do (`/docs/errors#<code>`). */
                            about: string;
                        };
                    }[];
                };
            };
        };
        /** @description `invalid_query_parameter`: Invalid query parameter. `malformed_request`: Malformed request. */
        BadRequest_9f0c7f: {
            headers: {
                /** @description The request id, also in error objects: quote it when asking for help. */
                "X-Request-Id": string;
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "errors": [
                 *         {
                 *           "id": "req-7f3c2a9e",
                 *           "status": "400",
                 *           "code": "invalid_query_parameter",
                 *           "title": "Invalid query parameter",
                 *           "detail": "A query parameter is unknown or has a bad value (for example `page[limit]` outside 1..100). `source.parameter` names it.",
                 *           "links": {
                 *             "about": "/docs/errors#invalid_query_parameter"
                 *           }
                 *         }
                 *       ]
                 *     }
                 */
                "application/vnd.api+json": {
                    errors: {
                        /** @description The request id, also in the X-Request-Id header. */
                        id: string;
                        /**
                         * @description The HTTP status, as a string.
                         * @enum {string}
                         */
                        status: "400";
                        /**
                         * @description A stable code from the error catalog (docs/errors.md).
                         * @enum {string}
                         */
                        code: "invalid_query_parameter" | "malformed_request";
                        title: string;
                        detail: string;
                        source?: {
                            pointer?: string;
                            parameter?: string;
                            header?: string;
                        };
                        links: {
                            /** @description The docs’ entry for this code: what it means and what to do (`/docs/errors#<code>`). */
                            about: string;
                        };
                    }[];
                };
            };
        };
        /** @description `authorization_endpoint_not_found`: Authorization endpoint not found. */
        AuthorizationEndpointNotFound: {
            headers: {
                /** @description The request id, also in error objects: quote it when asking for help. */
                "X-Request-Id": string;
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "errors": [
                 *         {
                 *           "id": "req-7f3c2a9e",
                 *           "status": "404",
                 *           "code": "authorization_endpoint_not_found",
                 *           "title": "Authorization endpoint not found",
                 *           "detail": "No authorization endpoint with this id exists in your organization.",
                 *           "links": {
                 *             "about": "/docs/errors#authorization_endpoint_not_found"
                 *           }
                 *         }
                 *       ]
                 *     }
                 */
                "application/vnd.api+json": {
                    errors: {
                        /** @description The request id, also in the X-Request-Id header. */
                        id: string;
                        /**
                         * @description The HTTP status, as a string.
                         * @enum {string}
                         */
                        status: "404";
                        /**
                         * @description A stable code from the error catalog (docs/errors.md).
                         * @enum {string}
                         */
                        code: "authorization_endpoint_not_found";
                        title: string;
                        detail: string;
                        source?: {
                            pointer?: string;
                            parameter?: string;
                            header?: string;
                        };
                        links: {
                            /** @description The docs’ entry for this code: what it means and what to do (`/docs/errors#<code>`). */
                            about: string;
                        };
                    }[];
                };
            };
        };
        /** @description `event_not_found`: Event not found. */
        EventNotFound: {
            headers: {
                /** @description The request id, also in error objects: quote it when asking for help. */
                "X-Request-Id": string;
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "errors": [
                 *         {
                 *           "id": "req-7f3c2a9e",
                 *           "status": "404",
                 *           "code": "event_not_found",
                 *           "title": "Event not found",
                 *           "detail": "No event with this id exists in your organization.",
                 *           "links": {
                 *             "about": "/docs/errors#event_not_found"
                 *           }
                 *         }
                 *       ]
                 *     }
                 */
                "application/vnd.api+json": {
                    errors: {
                        /** @description The request id, also in the X-Request-Id header. */
                        id: string;
                        /**
                         * @description The HTTP status, as a string.
                         * @enum {string}
                         */
                        status: "404";
                        /**
                         * @description A stable code from the error catalog (docs/errors.md).
                         * @enum {string}
                         */
                        code: "event_not_found";
                        title: string;
                        detail: string;
                        source?: {
                            pointer?: string;
                            parameter?: string;
                            header?: string;
                        };
                        links: {
                            /** @description The docs’ entry for this code: what it means and what to do (`/docs/errors#<code>`). */
                            about: string;
                        };
                    }[];
                };
            };
        };
        /** @description `event_not_found`: Event not found. `webhook_not_found`: Webhook endpoint not found. */
        NotFound_86532a: {
            headers: {
                /** @description The request id, also in error objects: quote it when asking for help. */
                "X-Request-Id": string;
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "errors": [
                 *         {
                 *           "id": "req-7f3c2a9e",
                 *           "status": "404",
                 *           "code": "event_not_found",
                 *           "title": "Event not found",
                 *           "detail": "No event with this id exists in your organization.",
                 *           "links": {
                 *             "about": "/docs/errors#event_not_found"
                 *           }
                 *         }
                 *       ]
                 *     }
                 */
                "application/vnd.api+json": {
                    errors: {
                        /** @description The request id, also in the X-Request-Id header. */
                        id: string;
                        /**
                         * @description The HTTP status, as a string.
                         * @enum {string}
                         */
                        status: "404";
                        /**
                         * @description A stable code from the error catalog (docs/errors.md).
                         * @enum {string}
                         */
                        code: "event_not_found" | "webhook_not_found";
                        title: string;
                        detail: string;
                        source?: {
                            pointer?: string;
                            parameter?: string;
                            header?: string;
                        };
                        links: {
                            /** @description The docs’ entry for this code: what it means and what to do (`/docs/errors#<code>`). */
                            about: string;
                        };
                    }[];
                };
            };
        };
        /** @description `idempotency_key_in_use`: Idempotency key in use. `webhook_endpoint_limit_reached`: Webhook endpoint limit reached. */
        Conflict_f33368: {
            headers: {
                /** @description The request id, also in error objects: quote it when asking for help. */
                "X-Request-Id": string;
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "errors": [
                 *         {
                 *           "id": "req-7f3c2a9e",
                 *           "status": "409",
                 *           "code": "idempotency_key_in_use",
                 *           "title": "Idempotency key in use",
                 *           "detail": "A request with this `Idempotency-Key` is still running. Retry after it finishes to get its response.",
                 *           "links": {
                 *             "about": "/docs/errors#idempotency_key_in_use"
                 *           }
                 *         }
                 *       ]
                 *     }
                 */
                "application/vnd.api+json": {
                    errors: {
                        /** @description The request id, also in the X-Request-Id header. */
                        id: string;
                        /**
                         * @description The HTTP status, as a string.
                         * @enum {string}
                         */
                        status: "409";
                        /**
                         * @description A stable code from the error catalog (docs/errors.md).
                         * @enum {string}
                         */
                        code: "idempotency_key_in_use" | "webhook_endpoint_limit_reached";
                        title: string;
                        detail: string;
                        source?: {
                            pointer?: string;
                            parameter?: string;
                            header?: string;
                        };
                        links: {
                            /** @description The docs’ entry for this code: what it means and what to do (`/docs/errors#<code>`). */
                            about: string;
                        };
                    }[];
                };
            };
        };
        /** @description `webhook_not_found`: Webhook endpoint not found. */
        WebhookNotFound: {
            headers: {
                /** @description The request id, also in error objects: quote it when asking for help. */
                "X-Request-Id": string;
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "errors": [
                 *         {
                 *           "id": "req-7f3c2a9e",
                 *           "status": "404",
                 *           "code": "webhook_not_found",
                 *           "title": "Webhook endpoint not found",
                 *           "detail": "No webhook endpoint with this id exists in your organization.",
                 *           "links": {
                 *             "about": "/docs/errors#webhook_not_found"
                 *           }
                 *         }
                 *       ]
                 *     }
                 */
                "application/vnd.api+json": {
                    errors: {
                        /** @description The request id, also in the X-Request-Id header. */
                        id: string;
                        /**
                         * @description The HTTP status, as a string.
                         * @enum {string}
                         */
                        status: "404";
                        /**
                         * @description A stable code from the error catalog (docs/errors.md).
                         * @enum {string}
                         */
                        code: "webhook_not_found";
                        title: string;
                        detail: string;
                        source?: {
                            pointer?: string;
                            parameter?: string;
                            header?: string;
                        };
                        links: {
                            /** @description The docs’ entry for this code: what it means and what to do (`/docs/errors#<code>`). */
                            about: string;
                        };
                    }[];
                };
            };
        };
        /** @description `read_only_member`: Read-only member. `unknown_member`: Unknown member. `validation_failed`: Validation failed. `webhook_url_forbidden`: Webhook URL forbidden. */
        UnprocessableEntity_32a2bd: {
            headers: {
                /** @description The request id, also in error objects: quote it when asking for help. */
                "X-Request-Id": string;
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "errors": [
                 *         {
                 *           "id": "req-7f3c2a9e",
                 *           "status": "422",
                 *           "code": "read_only_member",
                 *           "title": "Read-only member",
                 *           "detail": "The member is set by Linkcy or cannot change after creation, so a request may not set it.",
                 *           "links": {
                 *             "about": "/docs/errors#read_only_member"
                 *           }
                 *         }
                 *       ]
                 *     }
                 */
                "application/vnd.api+json": {
                    errors: {
                        /** @description The request id, also in the X-Request-Id header. */
                        id: string;
                        /**
                         * @description The HTTP status, as a string.
                         * @enum {string}
                         */
                        status: "422";
                        /**
                         * @description A stable code from the error catalog (docs/errors.md).
                         * @enum {string}
                         */
                        code: "read_only_member" | "unknown_member" | "validation_failed" | "webhook_url_forbidden";
                        title: string;
                        detail: string;
                        source?: {
                            pointer?: string;
                            parameter?: string;
                            header?: string;
                        };
                        links: {
                            /** @description The docs’ entry for this code: what it means and what to do (`/docs/errors#<code>`). */
                            about: string;
                        };
                    }[];
                };
            };
        };
        /** @description `payee_verification_not_found`: Payee verification not found. */
        PayeeVerificationNotFound: {
            headers: {
                /** @description The request id, also in error objects: quote it when asking for help. */
                "X-Request-Id": string;
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "errors": [
                 *         {
                 *           "id": "req-7f3c2a9e",
                 *           "status": "404",
                 *           "code": "payee_verification_not_found",
                 *           "title": "Payee verification not found",
                 *           "detail": "No payee verification with this id exists in your organization. Verify the payee with POST /payee-verifications first.",
                 *           "links": {
                 *             "about": "/docs/errors#payee_verification_not_found"
                 *           }
                 *         }
                 *       ]
                 *     }
                 */
                "application/vnd.api+json": {
                    errors: {
                        /** @description The request id, also in the X-Request-Id header. */
                        id: string;
                        /**
                         * @description The HTTP status, as a string.
                         * @enum {string}
                         */
                        status: "404";
                        /**
                         * @description A stable code from the error catalog (docs/errors.md).
                         * @enum {string}
                         */
                        code: "payee_verification_not_found";
                        title: string;
                        detail: string;
                        source?: {
                            pointer?: string;
                            parameter?: string;
                            header?: string;
                        };
                        links: {
                            /** @description The docs’ entry for this code: what it means and what to do (`/docs/errors#<code>`). */
                            about: string;
                        };
                    }[];
                };
            };
        };
        /** @description `bank_account_closed`: Bank account closed. `idempotency_key_in_use`: Idempotency key in use. */
        Conflict_2880f5: {
            headers: {
                /** @description The request id, also in error objects: quote it when asking for help. */
                "X-Request-Id": string;
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "errors": [
                 *         {
                 *           "id": "req-7f3c2a9e",
                 *           "status": "409",
                 *           "code": "bank_account_closed",
                 *           "title": "Bank account closed",
                 *           "detail": "The account is closed: it can neither receive nor send money.",
                 *           "links": {
                 *             "about": "/docs/errors#bank_account_closed"
                 *           }
                 *         }
                 *       ]
                 *     }
                 */
                "application/vnd.api+json": {
                    errors: {
                        /** @description The request id, also in the X-Request-Id header. */
                        id: string;
                        /**
                         * @description The HTTP status, as a string.
                         * @enum {string}
                         */
                        status: "409";
                        /**
                         * @description A stable code from the error catalog (docs/errors.md).
                         * @enum {string}
                         */
                        code: "bank_account_closed" | "idempotency_key_in_use";
                        title: string;
                        detail: string;
                        source?: {
                            pointer?: string;
                            parameter?: string;
                            header?: string;
                        };
                        links: {
                            /** @description The docs’ entry for this code: what it means and what to do (`/docs/errors#<code>`). */
                            about: string;
                        };
                    }[];
                };
            };
        };
        /** @description `currency_mismatch`: Currency mismatch. `idempotency_key_reused`: Idempotency key reused. `insufficient_funds`: Insufficient funds. `read_only_member`: Read-only member. `unknown_member`: Unknown member. `validation_failed`: Validation failed. */
        UnprocessableEntity_660ae7: {
            headers: {
                /** @description The request id, also in error objects: quote it when asking for help. */
                "X-Request-Id": string;
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "errors": [
                 *         {
                 *           "id": "req-7f3c2a9e",
                 *           "status": "422",
                 *           "code": "currency_mismatch",
                 *           "title": "Currency mismatch",
                 *           "detail": "The amount’s currency is not the account’s currency.",
                 *           "links": {
                 *             "about": "/docs/errors#currency_mismatch"
                 *           }
                 *         }
                 *       ]
                 *     }
                 */
                "application/vnd.api+json": {
                    errors: {
                        /** @description The request id, also in the X-Request-Id header. */
                        id: string;
                        /**
                         * @description The HTTP status, as a string.
                         * @enum {string}
                         */
                        status: "422";
                        /**
                         * @description A stable code from the error catalog (docs/errors.md).
                         * @enum {string}
                         */
                        code: "currency_mismatch" | "idempotency_key_reused" | "insufficient_funds" | "read_only_member" | "unknown_member" | "validation_failed";
                        title: string;
                        detail: string;
                        source?: {
                            pointer?: string;
                            parameter?: string;
                            header?: string;
                        };
                        links: {
                            /** @description The docs’ entry for this code: what it means and what to do (`/docs/errors#<code>`). */
                            about: string;
                        };
                    }[];
                };
            };
        };
        /** @description `book_transfer_not_found`: Book transfer not found. */
        BookTransferNotFound: {
            headers: {
                /** @description The request id, also in error objects: quote it when asking for help. */
                "X-Request-Id": string;
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "errors": [
                 *         {
                 *           "id": "req-7f3c2a9e",
                 *           "status": "404",
                 *           "code": "book_transfer_not_found",
                 *           "title": "Book transfer not found",
                 *           "detail": "No book transfer with this id exists in your organization.",
                 *           "links": {
                 *             "about": "/docs/errors#book_transfer_not_found"
                 *           }
                 *         }
                 *       ]
                 *     }
                 */
                "application/vnd.api+json": {
                    errors: {
                        /** @description The request id, also in the X-Request-Id header. */
                        id: string;
                        /**
                         * @description The HTTP status, as a string.
                         * @enum {string}
                         */
                        status: "404";
                        /**
                         * @description A stable code from the error catalog (docs/errors.md).
                         * @enum {string}
                         */
                        code: "book_transfer_not_found";
                        title: string;
                        detail: string;
                        source?: {
                            pointer?: string;
                            parameter?: string;
                            header?: string;
                        };
                        links: {
                            /** @description The docs’ entry for this code: what it means and what to do (`/docs/errors#<code>`). */
                            about: string;
                        };
                    }[];
                };
            };
        };
        /** @description `bank_account_not_found`: Bank account not found. `payee_verification_not_found`: Payee verification not found. */
        NotFound_c6693a: {
            headers: {
                /** @description The request id, also in error objects: quote it when asking for help. */
                "X-Request-Id": string;
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "errors": [
                 *         {
                 *           "id": "req-7f3c2a9e",
                 *           "status": "404",
                 *           "code": "bank_account_not_found",
                 *           "title": "Bank account not found",
                 *           "detail": "No bank account with this id exists in your organization.",
                 *           "links": {
                 *             "about": "/docs/errors#bank_account_not_found"
                 *           }
                 *         }
                 *       ]
                 *     }
                 */
                "application/vnd.api+json": {
                    errors: {
                        /** @description The request id, also in the X-Request-Id header. */
                        id: string;
                        /**
                         * @description The HTTP status, as a string.
                         * @enum {string}
                         */
                        status: "404";
                        /**
                         * @description A stable code from the error catalog (docs/errors.md).
                         * @enum {string}
                         */
                        code: "bank_account_not_found" | "payee_verification_not_found";
                        title: string;
                        detail: string;
                        source?: {
                            pointer?: string;
                            parameter?: string;
                            header?: string;
                        };
                        links: {
                            /** @description The docs’ entry for this code: what it means and what to do (`/docs/errors#<code>`). */
                            about: string;
                        };
                    }[];
                };
            };
        };
        /** @description `bank_account_closed`: Bank account closed. `end_to_end_id_exists`: EndToEndId already used. `idempotency_key_in_use`: Idempotency key in use. */
        Conflict_b5d2bf: {
            headers: {
                /** @description The request id, also in error objects: quote it when asking for help. */
                "X-Request-Id": string;
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "errors": [
                 *         {
                 *           "id": "req-7f3c2a9e",
                 *           "status": "409",
                 *           "code": "bank_account_closed",
                 *           "title": "Bank account closed",
                 *           "detail": "The account is closed: it can neither receive nor send money.",
                 *           "links": {
                 *             "about": "/docs/errors#bank_account_closed"
                 *           }
                 *         }
                 *       ]
                 *     }
                 */
                "application/vnd.api+json": {
                    errors: {
                        /** @description The request id, also in the X-Request-Id header. */
                        id: string;
                        /**
                         * @description The HTTP status, as a string.
                         * @enum {string}
                         */
                        status: "409";
                        /**
                         * @description A stable code from the error catalog (docs/errors.md).
                         * @enum {string}
                         */
                        code: "bank_account_closed" | "end_to_end_id_exists" | "idempotency_key_in_use";
                        title: string;
                        detail: string;
                        source?: {
                            pointer?: string;
                            parameter?: string;
                            header?: string;
                        };
                        links: {
                            /** @description The docs’ entry for this code: what it means and what to do (`/docs/errors#<code>`). */
                            about: string;
                        };
                    }[];
                };
            };
        };
        /** @description `currency_mismatch`: Currency mismatch. `debtor_name_unwritable`: Account holder’s name cannot be written to the bank. `idempotency_key_reused`: Idempotency key reused. `instant_limit_exceeded`: Above the account’s instant transfer limit. `instant_unavailable`: Instant transfers are not available. `insufficient_funds`: Insufficient funds. `payee_verification_required`: Payee verification needs acknowledging. `read_only_member`: Read-only member. `unknown_member`: Unknown member. `validation_failed`: Validation failed. */
        UnprocessableEntity_1d0336: {
            headers: {
                /** @description The request id, also in error objects: quote it when asking for help. */
                "X-Request-Id": string;
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "errors": [
                 *         {
                 *           "id": "req-7f3c2a9e",
                 *           "status": "422",
                 *           "code": "currency_mismatch",
                 *           "title": "Currency mismatch",
                 *           "detail": "The amount’s currency is not the account’s currency.",
                 *           "links": {
                 *             "about": "/docs/errors#currency_mismatch"
                 *           }
                 *         }
                 *       ]
                 *     }
                 */
                "application/vnd.api+json": {
                    errors: {
                        /** @description The request id, also in the X-Request-Id header. */
                        id: string;
                        /**
                         * @description The HTTP status, as a string.
                         * @enum {string}
                         */
                        status: "422";
                        /**
                         * @description A stable code from the error catalog (docs/errors.md).
                         * @enum {string}
                         */
                        code: "currency_mismatch" | "debtor_name_unwritable" | "idempotency_key_reused" | "instant_limit_exceeded" | "instant_unavailable" | "insufficient_funds" | "payee_verification_required" | "read_only_member" | "unknown_member" | "validation_failed";
                        title: string;
                        detail: string;
                        source?: {
                            pointer?: string;
                            parameter?: string;
                            header?: string;
                        };
                        links: {
                            /** @description The docs’ entry for this code: what it means and what to do (`/docs/errors#<code>`). */
                            about: string;
                        };
                    }[];
                };
            };
        };
        /** @description `sepa_credit_transfer_not_found`: SEPA credit transfer not found. */
        SepaCreditTransferNotFound: {
            headers: {
                /** @description The request id, also in error objects: quote it when asking for help. */
                "X-Request-Id": string;
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "errors": [
                 *         {
                 *           "id": "req-7f3c2a9e",
                 *           "status": "404",
                 *           "code": "sepa_credit_transfer_not_found",
                 *           "title": "SEPA credit transfer not found",
                 *           "detail": "No SEPA credit transfer with this id exists in your organization.",
                 *           "links": {
                 *             "about": "/docs/errors#sepa_credit_transfer_not_found"
                 *           }
                 *         }
                 *       ]
                 *     }
                 */
                "application/vnd.api+json": {
                    errors: {
                        /** @description The request id, also in the X-Request-Id header. */
                        id: string;
                        /**
                         * @description The HTTP status, as a string.
                         * @enum {string}
                         */
                        status: "404";
                        /**
                         * @description A stable code from the error catalog (docs/errors.md).
                         * @enum {string}
                         */
                        code: "sepa_credit_transfer_not_found";
                        title: string;
                        detail: string;
                        source?: {
                            pointer?: string;
                            parameter?: string;
                            header?: string;
                        };
                        links: {
                            /** @description The docs’ entry for this code: what it means and what to do (`/docs/errors#<code>`). */
                            about: string;
                        };
                    }[];
                };
            };
        };
        /** @description `idempotency_key_in_use`: Idempotency key in use. `sepa_credit_transfer_status_conflict`: SEPA credit transfer status conflict. */
        Conflict_aca3c6: {
            headers: {
                /** @description The request id, also in error objects: quote it when asking for help. */
                "X-Request-Id": string;
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "errors": [
                 *         {
                 *           "id": "req-7f3c2a9e",
                 *           "status": "409",
                 *           "code": "idempotency_key_in_use",
                 *           "title": "Idempotency key in use",
                 *           "detail": "A request with this `Idempotency-Key` is still running. Retry after it finishes to get its response.",
                 *           "links": {
                 *             "about": "/docs/errors#idempotency_key_in_use"
                 *           }
                 *         }
                 *       ]
                 *     }
                 */
                "application/vnd.api+json": {
                    errors: {
                        /** @description The request id, also in the X-Request-Id header. */
                        id: string;
                        /**
                         * @description The HTTP status, as a string.
                         * @enum {string}
                         */
                        status: "409";
                        /**
                         * @description A stable code from the error catalog (docs/errors.md).
                         * @enum {string}
                         */
                        code: "idempotency_key_in_use" | "sepa_credit_transfer_status_conflict";
                        title: string;
                        detail: string;
                        source?: {
                            pointer?: string;
                            parameter?: string;
                            header?: string;
                        };
                        links: {
                            /** @description The docs’ entry for this code: what it means and what to do (`/docs/errors#<code>`). */
                            about: string;
                        };
                    }[];
                };
            };
        };
        /** @description `currency_mismatch`: Currency mismatch. `iban_not_found`: IBAN not found. `idempotency_key_reused`: Idempotency key reused. `read_only_member`: Read-only member. `unknown_member`: Unknown member. `validation_failed`: Validation failed. */
        UnprocessableEntity_5840c7: {
            headers: {
                /** @description The request id, also in error objects: quote it when asking for help. */
                "X-Request-Id": string;
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "errors": [
                 *         {
                 *           "id": "req-7f3c2a9e",
                 *           "status": "422",
                 *           "code": "currency_mismatch",
                 *           "title": "Currency mismatch",
                 *           "detail": "The amount’s currency is not the account’s currency.",
                 *           "links": {
                 *             "about": "/docs/errors#currency_mismatch"
                 *           }
                 *         }
                 *       ]
                 *     }
                 */
                "application/vnd.api+json": {
                    errors: {
                        /** @description The request id, also in the X-Request-Id header. */
                        id: string;
                        /**
                         * @description The HTTP status, as a string.
                         * @enum {string}
                         */
                        status: "422";
                        /**
                         * @description A stable code from the error catalog (docs/errors.md).
                         * @enum {string}
                         */
                        code: "currency_mismatch" | "iban_not_found" | "idempotency_key_reused" | "read_only_member" | "unknown_member" | "validation_failed";
                        title: string;
                        detail: string;
                        source?: {
                            pointer?: string;
                            parameter?: string;
                            header?: string;
                        };
                        links: {
                            /** @description The docs’ entry for this code: what it means and what to do (`/docs/errors#<code>`). */
                            about: string;
                        };
                    }[];
                };
            };
        };
        /** @description `authorization_expired`: Authorization expired. `authorization_not_pending`: Authorization not pending. `idempotency_key_in_use`: Idempotency key in use. */
        Conflict_3a5b45: {
            headers: {
                /** @description The request id, also in error objects: quote it when asking for help. */
                "X-Request-Id": string;
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "errors": [
                 *         {
                 *           "id": "req-7f3c2a9e",
                 *           "status": "409",
                 *           "code": "authorization_expired",
                 *           "title": "Authorization expired",
                 *           "detail": "The authorization’s hold passed its expiry time; its funds are released.",
                 *           "links": {
                 *             "about": "/docs/errors#authorization_expired"
                 *           }
                 *         }
                 *       ]
                 *     }
                 */
                "application/vnd.api+json": {
                    errors: {
                        /** @description The request id, also in the X-Request-Id header. */
                        id: string;
                        /**
                         * @description The HTTP status, as a string.
                         * @enum {string}
                         */
                        status: "409";
                        /**
                         * @description A stable code from the error catalog (docs/errors.md).
                         * @enum {string}
                         */
                        code: "authorization_expired" | "authorization_not_pending" | "idempotency_key_in_use";
                        title: string;
                        detail: string;
                        source?: {
                            pointer?: string;
                            parameter?: string;
                            header?: string;
                        };
                        links: {
                            /** @description The docs’ entry for this code: what it means and what to do (`/docs/errors#<code>`). */
                            about: string;
                        };
                    }[];
                };
            };
        };
        /** @description `currency_mismatch`: Currency mismatch. `idempotency_key_reused`: Idempotency key reused. `read_only_member`: Read-only member. `unknown_member`: Unknown member. `validation_failed`: Validation failed. */
        UnprocessableEntity_718bd5: {
            headers: {
                /** @description The request id, also in error objects: quote it when asking for help. */
                "X-Request-Id": string;
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "errors": [
                 *         {
                 *           "id": "req-7f3c2a9e",
                 *           "status": "422",
                 *           "code": "currency_mismatch",
                 *           "title": "Currency mismatch",
                 *           "detail": "The amount’s currency is not the account’s currency.",
                 *           "links": {
                 *             "about": "/docs/errors#currency_mismatch"
                 *           }
                 *         }
                 *       ]
                 *     }
                 */
                "application/vnd.api+json": {
                    errors: {
                        /** @description The request id, also in the X-Request-Id header. */
                        id: string;
                        /**
                         * @description The HTTP status, as a string.
                         * @enum {string}
                         */
                        status: "422";
                        /**
                         * @description A stable code from the error catalog (docs/errors.md).
                         * @enum {string}
                         */
                        code: "currency_mismatch" | "idempotency_key_reused" | "read_only_member" | "unknown_member" | "validation_failed";
                        title: string;
                        detail: string;
                        source?: {
                            pointer?: string;
                            parameter?: string;
                            header?: string;
                        };
                        links: {
                            /** @description The docs’ entry for this code: what it means and what to do (`/docs/errors#<code>`). */
                            about: string;
                        };
                    }[];
                };
            };
        };
        /** @description `entity_closed`: Customer closed. `idempotency_key_in_use`: Idempotency key in use. */
        Conflict_a8bd0c: {
            headers: {
                /** @description The request id, also in error objects: quote it when asking for help. */
                "X-Request-Id": string;
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "errors": [
                 *         {
                 *           "id": "req-7f3c2a9e",
                 *           "status": "409",
                 *           "code": "entity_closed",
                 *           "title": "Customer closed",
                 *           "detail": "The customer is closed: no new account or card can be opened for it.",
                 *           "links": {
                 *             "about": "/docs/errors#entity_closed"
                 *           }
                 *         }
                 *       ]
                 *     }
                 */
                "application/vnd.api+json": {
                    errors: {
                        /** @description The request id, also in the X-Request-Id header. */
                        id: string;
                        /**
                         * @description The HTTP status, as a string.
                         * @enum {string}
                         */
                        status: "409";
                        /**
                         * @description A stable code from the error catalog (docs/errors.md).
                         * @enum {string}
                         */
                        code: "entity_closed" | "idempotency_key_in_use";
                        title: string;
                        detail: string;
                        source?: {
                            pointer?: string;
                            parameter?: string;
                            header?: string;
                        };
                        links: {
                            /** @description The docs’ entry for this code: what it means and what to do (`/docs/errors#<code>`). */
                            about: string;
                        };
                    }[];
                };
            };
        };
        /** @description `card_already_delivered`: Card already delivered. `card_not_physical`: Card not physical. `idempotency_key_in_use`: Idempotency key in use. */
        Conflict_b7ed0a: {
            headers: {
                /** @description The request id, also in error objects: quote it when asking for help. */
                "X-Request-Id": string;
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "errors": [
                 *         {
                 *           "id": "req-7f3c2a9e",
                 *           "status": "409",
                 *           "code": "card_already_delivered",
                 *           "title": "Card already delivered",
                 *           "detail": "The card’s shipment is complete.",
                 *           "links": {
                 *             "about": "/docs/errors#card_already_delivered"
                 *           }
                 *         }
                 *       ]
                 *     }
                 */
                "application/vnd.api+json": {
                    errors: {
                        /** @description The request id, also in the X-Request-Id header. */
                        id: string;
                        /**
                         * @description The HTTP status, as a string.
                         * @enum {string}
                         */
                        status: "409";
                        /**
                         * @description A stable code from the error catalog (docs/errors.md).
                         * @enum {string}
                         */
                        code: "card_already_delivered" | "card_not_physical" | "idempotency_key_in_use";
                        title: string;
                        detail: string;
                        source?: {
                            pointer?: string;
                            parameter?: string;
                            header?: string;
                        };
                        links: {
                            /** @description The docs’ entry for this code: what it means and what to do (`/docs/errors#<code>`). */
                            about: string;
                        };
                    }[];
                };
            };
        };
    };
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
                    /**
                     * @example {
                     *       "data": [
                     *         {
                     *           "type": "entity",
                     *           "id": "ent_01M975DTD76QP0G5CMTR64AGRV",
                     *           "attributes": {
                     *             "kind": "individual",
                     *             "status": "active",
                     *             "kycStatus": "pending",
                     *             "kycReasons": [],
                     *             "firstName": "Ada",
                     *             "lastName": "Lovelace",
                     *             "dateOfBirth": "1990-12-10",
                     *             "nationality": "FR",
                     *             "email": "ada@lovelace.example",
                     *             "phone": null,
                     *             "address": {
                     *               "line1": "12 rue de Rivoli",
                     *               "line2": null,
                     *               "postalCode": "75004",
                     *               "city": "Paris",
                     *               "region": null,
                     *               "country": "FR"
                     *             },
                     *             "externalId": null,
                     *             "metadata": {},
                     *             "createdAt": "2026-12-07T02:30:48.484Z",
                     *             "updatedAt": "2026-12-07T02:30:48.484Z"
                     *           },
                     *           "relationships": {
                     *             "bankAccounts": {
                     *               "links": {
                     *                 "related": "/bank/accounts?filter%5Bentity%5D=ent_01M975DTD76QP0G5CMTR64AGRV"
                     *               }
                     *             },
                     *             "cards": {
                     *               "links": {
                     *                 "related": "/cards?filter%5Bentity%5D=ent_01M975DTD76QP0G5CMTR64AGRV"
                     *               }
                     *             }
                     *           },
                     *           "links": {
                     *             "self": "/entities/ent_01M975DTD76QP0G5CMTR64AGRV"
                     *           }
                     *         }
                     *       ],
                     *       "links": {
                     *         "self": "/entities"
                     *       }
                     *     }
                     */
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
            400: components["responses"]["BadRequest_d00f57"];
            401: components["responses"]["Unauthorized_b4662b"];
            406: components["responses"]["NotAcceptable"];
            408: components["responses"]["RequestTimeout"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable_c06393"];
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
                    /**
                     * @example {
                     *       "data": {
                     *         "type": "entity",
                     *         "id": "ent_01M975DTD76QP0G5CMTR64AGRV",
                     *         "attributes": {
                     *           "kind": "individual",
                     *           "status": "active",
                     *           "kycStatus": "pending",
                     *           "kycReasons": [],
                     *           "firstName": "Ada",
                     *           "lastName": "Lovelace",
                     *           "dateOfBirth": "1990-12-10",
                     *           "nationality": "FR",
                     *           "email": "ada@lovelace.example",
                     *           "phone": null,
                     *           "address": {
                     *             "line1": "12 rue de Rivoli",
                     *             "line2": null,
                     *             "postalCode": "75004",
                     *             "city": "Paris",
                     *             "region": null,
                     *             "country": "FR"
                     *           },
                     *           "externalId": null,
                     *           "metadata": {},
                     *           "createdAt": "2026-12-07T02:30:48.484Z",
                     *           "updatedAt": "2026-12-07T02:30:48.484Z"
                     *         },
                     *         "relationships": {
                     *           "bankAccounts": {
                     *             "links": {
                     *               "related": "/bank/accounts?filter%5Bentity%5D=ent_01M975DTD76QP0G5CMTR64AGRV"
                     *             }
                     *           },
                     *           "cards": {
                     *             "links": {
                     *               "related": "/cards?filter%5Bentity%5D=ent_01M975DTD76QP0G5CMTR64AGRV"
                     *             }
                     *           }
                     *         },
                     *         "links": {
                     *           "self": "/entities/ent_01M975DTD76QP0G5CMTR64AGRV"
                     *         }
                     *       },
                     *       "links": {
                     *         "self": "/entities/ent_01M975DTD76QP0G5CMTR64AGRV"
                     *       }
                     *     }
                     */
                    "application/vnd.api+json": {
                        data: components["schemas"]["Entity"];
                        links: {
                            self: string;
                        };
                    };
                };
            };
            400: components["responses"]["BadRequest_be5030"];
            401: components["responses"]["Unauthorized_b4662b"];
            406: components["responses"]["NotAcceptable"];
            408: components["responses"]["RequestTimeout"];
            409: components["responses"]["Conflict_349518"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["UnprocessableEntity_ab1468"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable_c06393"];
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
                    /**
                     * @example {
                     *       "data": {
                     *         "type": "entity",
                     *         "id": "ent_01M975DTD76QP0G5CMTR64AGRV",
                     *         "attributes": {
                     *           "kind": "individual",
                     *           "status": "active",
                     *           "kycStatus": "pending",
                     *           "kycReasons": [],
                     *           "firstName": "Ada",
                     *           "lastName": "Lovelace",
                     *           "dateOfBirth": "1990-12-10",
                     *           "nationality": "FR",
                     *           "email": "ada@lovelace.example",
                     *           "phone": null,
                     *           "address": {
                     *             "line1": "12 rue de Rivoli",
                     *             "line2": null,
                     *             "postalCode": "75004",
                     *             "city": "Paris",
                     *             "region": null,
                     *             "country": "FR"
                     *           },
                     *           "externalId": null,
                     *           "metadata": {},
                     *           "createdAt": "2026-12-07T02:30:48.484Z",
                     *           "updatedAt": "2026-12-07T02:30:48.484Z"
                     *         },
                     *         "relationships": {
                     *           "bankAccounts": {
                     *             "links": {
                     *               "related": "/bank/accounts?filter%5Bentity%5D=ent_01M975DTD76QP0G5CMTR64AGRV"
                     *             }
                     *           },
                     *           "cards": {
                     *             "links": {
                     *               "related": "/cards?filter%5Bentity%5D=ent_01M975DTD76QP0G5CMTR64AGRV"
                     *             }
                     *           }
                     *         },
                     *         "links": {
                     *           "self": "/entities/ent_01M975DTD76QP0G5CMTR64AGRV"
                     *         }
                     *       },
                     *       "links": {
                     *         "self": "/entities/ent_01M975DTD76QP0G5CMTR64AGRV"
                     *       }
                     *     }
                     */
                    "application/vnd.api+json": {
                        data: components["schemas"]["Entity"];
                        links: {
                            self: string;
                        };
                    };
                };
            };
            400: components["responses"]["BadRequest_23ec38"];
            401: components["responses"]["Unauthorized_b4662b"];
            404: components["responses"]["EntityNotFound"];
            406: components["responses"]["NotAcceptable"];
            408: components["responses"]["RequestTimeout"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable_c06393"];
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
                    /**
                     * @example {
                     *       "data": {
                     *         "type": "entity",
                     *         "id": "ent_01M975DTD76QP0G5CMTR64AGRV",
                     *         "attributes": {
                     *           "kind": "individual",
                     *           "status": "active",
                     *           "kycStatus": "pending",
                     *           "kycReasons": [],
                     *           "firstName": "Ada",
                     *           "lastName": "Lovelace",
                     *           "dateOfBirth": "1990-12-10",
                     *           "nationality": "FR",
                     *           "email": "ada@lovelace.example",
                     *           "phone": null,
                     *           "address": {
                     *             "line1": "12 rue de Rivoli",
                     *             "line2": null,
                     *             "postalCode": "75004",
                     *             "city": "Paris",
                     *             "region": null,
                     *             "country": "FR"
                     *           },
                     *           "externalId": null,
                     *           "metadata": {},
                     *           "createdAt": "2026-12-07T02:30:48.484Z",
                     *           "updatedAt": "2026-12-07T02:30:48.484Z"
                     *         },
                     *         "relationships": {
                     *           "bankAccounts": {
                     *             "links": {
                     *               "related": "/bank/accounts?filter%5Bentity%5D=ent_01M975DTD76QP0G5CMTR64AGRV"
                     *             }
                     *           },
                     *           "cards": {
                     *             "links": {
                     *               "related": "/cards?filter%5Bentity%5D=ent_01M975DTD76QP0G5CMTR64AGRV"
                     *             }
                     *           }
                     *         },
                     *         "links": {
                     *           "self": "/entities/ent_01M975DTD76QP0G5CMTR64AGRV"
                     *         }
                     *       },
                     *       "links": {
                     *         "self": "/entities/ent_01M975DTD76QP0G5CMTR64AGRV"
                     *       }
                     *     }
                     */
                    "application/vnd.api+json": {
                        data: components["schemas"]["Entity"];
                        links: {
                            self: string;
                        };
                    };
                };
            };
            400: components["responses"]["BadRequest_23ec38"];
            401: components["responses"]["Unauthorized_b4662b"];
            404: components["responses"]["EntityNotFound"];
            406: components["responses"]["NotAcceptable"];
            408: components["responses"]["RequestTimeout"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable_c06393"];
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
                    /**
                     * @example {
                     *       "data": {
                     *         "type": "entity",
                     *         "id": "ent_01M975DTD76QP0G5CMTR64AGRV",
                     *         "attributes": {
                     *           "kind": "individual",
                     *           "status": "active",
                     *           "kycStatus": "pending",
                     *           "kycReasons": [],
                     *           "firstName": "Ada",
                     *           "lastName": "Lovelace",
                     *           "dateOfBirth": "1990-12-10",
                     *           "nationality": "FR",
                     *           "email": "ada@lovelace.example",
                     *           "phone": "+33612345678",
                     *           "address": {
                     *             "line1": "12 rue de Rivoli",
                     *             "line2": null,
                     *             "postalCode": "75004",
                     *             "city": "Paris",
                     *             "region": null,
                     *             "country": "FR"
                     *           },
                     *           "externalId": null,
                     *           "metadata": {
                     *             "plan": "platinum"
                     *           },
                     *           "createdAt": "2026-12-07T02:30:48.484Z",
                     *           "updatedAt": "2026-12-07T02:30:48.609Z"
                     *         },
                     *         "relationships": {
                     *           "bankAccounts": {
                     *             "links": {
                     *               "related": "/bank/accounts?filter%5Bentity%5D=ent_01M975DTD76QP0G5CMTR64AGRV"
                     *             }
                     *           },
                     *           "cards": {
                     *             "links": {
                     *               "related": "/cards?filter%5Bentity%5D=ent_01M975DTD76QP0G5CMTR64AGRV"
                     *             }
                     *           }
                     *         },
                     *         "links": {
                     *           "self": "/entities/ent_01M975DTD76QP0G5CMTR64AGRV"
                     *         }
                     *       },
                     *       "links": {
                     *         "self": "/entities/ent_01M975DTD76QP0G5CMTR64AGRV"
                     *       }
                     *     }
                     */
                    "application/vnd.api+json": {
                        data: components["schemas"]["Entity"];
                        links: {
                            self: string;
                        };
                    };
                };
            };
            400: components["responses"]["BadRequest_97e3bb"];
            401: components["responses"]["Unauthorized_b4662b"];
            404: components["responses"]["EntityNotFound"];
            406: components["responses"]["NotAcceptable"];
            408: components["responses"]["RequestTimeout"];
            409: components["responses"]["Conflict_a61166"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["UnprocessableEntity_b9a41b"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable_c06393"];
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
                    /**
                     * @example {
                     *       "data": [
                     *         {
                     *           "type": "bankAccount",
                     *           "id": "acc_01M975DTMZBQXWD927S86FKFDM",
                     *           "attributes": {
                     *             "iban": "FR7699999000011092168142557",
                     *             "bic": "LNKYFRPPXXX",
                     *             "currency": "EUR",
                     *             "status": "open",
                     *             "balance": {
                     *               "current": 0,
                     *               "available": 0,
                     *               "pending": 0
                     *             },
                     *             "instantTransferLimit": null,
                     *             "createdAt": "2026-12-07T02:30:48.731Z",
                     *             "updatedAt": "2026-12-07T02:30:48.731Z",
                     *             "closedAt": null
                     *           },
                     *           "relationships": {
                     *             "entity": {
                     *               "data": {
                     *                 "type": "entity",
                     *                 "id": "ent_01M975DTJQQT56JJ2SNQBN16TJ"
                     *               }
                     *             },
                     *             "transactions": {
                     *               "links": {
                     *                 "related": "/bank/accounts/acc_01M975DTMZBQXWD927S86FKFDM/transactions"
                     *               }
                     *             }
                     *           },
                     *           "links": {
                     *             "self": "/bank/accounts/acc_01M975DTMZBQXWD927S86FKFDM"
                     *           }
                     *         },
                     *         {
                     *           "type": "bankAccount",
                     *           "id": "acc_01M975DTM83R22F29537DPNKJH",
                     *           "attributes": {
                     *             "iban": "FR7699999000019720404951058",
                     *             "bic": "LNKYFRPPXXX",
                     *             "currency": "EUR",
                     *             "status": "open",
                     *             "balance": {
                     *               "current": 0,
                     *               "available": 0,
                     *               "pending": 0
                     *             },
                     *             "instantTransferLimit": null,
                     *             "createdAt": "2026-12-07T02:30:48.698Z",
                     *             "updatedAt": "2026-12-07T02:30:48.698Z",
                     *             "closedAt": null
                     *           },
                     *           "relationships": {
                     *             "entity": {
                     *               "data": {
                     *                 "type": "entity",
                     *                 "id": "ent_01M975DTD76QP0G5CMTR64AGRV"
                     *               }
                     *             },
                     *             "transactions": {
                     *               "links": {
                     *                 "related": "/bank/accounts/acc_01M975DTM83R22F29537DPNKJH/transactions"
                     *               }
                     *             }
                     *           },
                     *           "links": {
                     *             "self": "/bank/accounts/acc_01M975DTM83R22F29537DPNKJH"
                     *           }
                     *         }
                     *       ],
                     *       "links": {
                     *         "self": "/bank/accounts"
                     *       }
                     *     }
                     */
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
            400: components["responses"]["BadRequest_d00f57"];
            401: components["responses"]["Unauthorized_b4662b"];
            406: components["responses"]["NotAcceptable"];
            408: components["responses"]["RequestTimeout"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable_c06393"];
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
                    /**
                     * @example {
                     *       "data": {
                     *         "type": "bankAccount",
                     *         "id": "acc_01M975DTM83R22F29537DPNKJH",
                     *         "attributes": {
                     *           "iban": "FR7699999000019720404951058",
                     *           "bic": "LNKYFRPPXXX",
                     *           "currency": "EUR",
                     *           "status": "open",
                     *           "balance": {
                     *             "current": 0,
                     *             "available": 0,
                     *             "pending": 0
                     *           },
                     *           "instantTransferLimit": null,
                     *           "createdAt": "2026-12-07T02:30:48.698Z",
                     *           "updatedAt": "2026-12-07T02:30:48.698Z",
                     *           "closedAt": null
                     *         },
                     *         "relationships": {
                     *           "entity": {
                     *             "data": {
                     *               "type": "entity",
                     *               "id": "ent_01M975DTD76QP0G5CMTR64AGRV"
                     *             }
                     *           },
                     *           "transactions": {
                     *             "links": {
                     *               "related": "/bank/accounts/acc_01M975DTM83R22F29537DPNKJH/transactions"
                     *             }
                     *           }
                     *         },
                     *         "links": {
                     *           "self": "/bank/accounts/acc_01M975DTM83R22F29537DPNKJH"
                     *         }
                     *       },
                     *       "links": {
                     *         "self": "/bank/accounts/acc_01M975DTM83R22F29537DPNKJH"
                     *       }
                     *     }
                     */
                    "application/vnd.api+json": {
                        data: components["schemas"]["BankAccount"];
                        links: {
                            self: string;
                        };
                    };
                };
            };
            400: components["responses"]["BadRequest_be5030"];
            401: components["responses"]["Unauthorized_b4662b"];
            404: components["responses"]["EntityNotFound"];
            406: components["responses"]["NotAcceptable"];
            408: components["responses"]["RequestTimeout"];
            409: components["responses"]["Conflict_e5ca71"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["UnprocessableEntity_ab1468"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable_c06393"];
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
                    /**
                     * @example {
                     *       "data": {
                     *         "type": "bankAccount",
                     *         "id": "acc_01M975DTM83R22F29537DPNKJH",
                     *         "attributes": {
                     *           "iban": "FR7699999000019720404951058",
                     *           "bic": "LNKYFRPPXXX",
                     *           "currency": "EUR",
                     *           "status": "open",
                     *           "balance": {
                     *             "current": 0,
                     *             "available": 0,
                     *             "pending": 0
                     *           },
                     *           "instantTransferLimit": null,
                     *           "createdAt": "2026-12-07T02:30:48.698Z",
                     *           "updatedAt": "2026-12-07T02:30:48.698Z",
                     *           "closedAt": null
                     *         },
                     *         "relationships": {
                     *           "entity": {
                     *             "data": {
                     *               "type": "entity",
                     *               "id": "ent_01M975DTD76QP0G5CMTR64AGRV"
                     *             }
                     *           },
                     *           "transactions": {
                     *             "links": {
                     *               "related": "/bank/accounts/acc_01M975DTM83R22F29537DPNKJH/transactions"
                     *             }
                     *           }
                     *         },
                     *         "links": {
                     *           "self": "/bank/accounts/acc_01M975DTM83R22F29537DPNKJH"
                     *         }
                     *       },
                     *       "links": {
                     *         "self": "/bank/accounts/acc_01M975DTM83R22F29537DPNKJH"
                     *       }
                     *     }
                     */
                    "application/vnd.api+json": {
                        data: components["schemas"]["BankAccount"];
                        links: {
                            self: string;
                        };
                    };
                };
            };
            400: components["responses"]["BadRequest_23ec38"];
            401: components["responses"]["Unauthorized_b4662b"];
            404: components["responses"]["BankAccountNotFound"];
            406: components["responses"]["NotAcceptable"];
            408: components["responses"]["RequestTimeout"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable_c06393"];
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
                    /**
                     * @example {
                     *       "data": [
                     *         {
                     *           "type": "transaction",
                     *           "id": "txn_01M975DVBK71WP9S4VE94B9QMM",
                     *           "attributes": {
                     *             "direction": "debit",
                     *             "amount": 7000,
                     *             "currency": "EUR",
                     *             "kind": "outgoingTransfer",
                     *             "status": "released",
                     *             "description": "Transfer to Charles Babbage",
                     *             "reference": "Invoice INV-44",
                     *             "counterparty": {
                     *               "name": "Charles Babbage",
                     *               "iban": "DE89370400440532013000",
                     *               "bic": null
                     *             },
                     *             "merchant": null,
                     *             "balanceAfter": null,
                     *             "createdAt": "2026-12-07T02:30:49.447Z",
                     *             "postedAt": null,
                     *             "updatedAt": "2026-12-07T02:30:49.481Z"
                     *           },
                     *           "relationships": {
                     *             "bankAccount": {
                     *               "data": {
                     *                 "type": "bankAccount",
                     *                 "id": "acc_01M975DTM83R22F29537DPNKJH"
                     *               }
                     *             },
                     *             "card": {
                     *               "data": null
                     *             }
                     *           },
                     *           "links": {
                     *             "self": "/transactions/txn_01M975DVBK71WP9S4VE94B9QMM"
                     *           }
                     *         },
                     *         {
                     *           "type": "transaction",
                     *           "id": "txn_01M975DV9YRV0HCN9CP95XY5BE",
                     *           "attributes": {
                     *             "direction": "debit",
                     *             "amount": 5000,
                     *             "currency": "EUR",
                     *             "kind": "outgoingTransfer",
                     *             "status": "released",
                     *             "description": "Transfer to Charles Babbage",
                     *             "reference": "Invoice INV-43",
                     *             "counterparty": {
                     *               "name": "Charles Babbage",
                     *               "iban": "DE89370400440532013000",
                     *               "bic": null
                     *             },
                     *             "merchant": null,
                     *             "balanceAfter": null,
                     *             "createdAt": "2026-12-07T02:30:49.400Z",
                     *             "postedAt": null,
                     *             "updatedAt": "2026-12-07T02:30:49.412Z"
                     *           },
                     *           "relationships": {
                     *             "bankAccount": {
                     *               "data": {
                     *                 "type": "bankAccount",
                     *                 "id": "acc_01M975DTM83R22F29537DPNKJH"
                     *               }
                     *             },
                     *             "card": {
                     *               "data": null
                     *             }
                     *           },
                     *           "links": {
                     *             "self": "/transactions/txn_01M975DV9YRV0HCN9CP95XY5BE"
                     *           }
                     *         }
                     *       ],
                     *       "links": {
                     *         "self": "/transactions?filter%5Bentity%5D=ent_01M975DTD76QP0G5CMTR64AGRV"
                     *       }
                     *     }
                     */
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
            400: components["responses"]["BadRequest_d3acdd"];
            401: components["responses"]["Unauthorized_b4662b"];
            404: components["responses"]["NotFound_6fdaff"];
            406: components["responses"]["NotAcceptable"];
            408: components["responses"]["RequestTimeout"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable_c06393"];
        };
    };
    updateBankAccount: {
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
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "data": {
                 *         "type": "bankAccount",
                 *         "attributes": {
                 *           "instantTransferLimit": 100000
                 *         }
                 *       }
                 *     }
                 */
                "application/vnd.api+json": {
                    data: {
                        /** @enum {string} */
                        type: "bankAccount";
                        /** @description When given, the account of the path. */
                        id?: string;
                        attributes: {
                            /** @description The most one instant transfer may send, in minor units; null for no limit. */
                            instantTransferLimit: number | null;
                        };
                    };
                };
                /**
                 * @example {
                 *       "data": {
                 *         "type": "bankAccount",
                 *         "attributes": {
                 *           "instantTransferLimit": 100000
                 *         }
                 *       }
                 *     }
                 */
                "application/json": {
                    data: {
                        /** @enum {string} */
                        type: "bankAccount";
                        /** @description When given, the account of the path. */
                        id?: string;
                        attributes: {
                            /** @description The most one instant transfer may send, in minor units; null for no limit. */
                            instantTransferLimit: number | null;
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
                    /**
                     * @example {
                     *       "data": {
                     *         "type": "bankAccount",
                     *         "id": "acc_01M975DTM83R22F29537DPNKJH",
                     *         "attributes": {
                     *           "iban": "FR7699999000019720404951058",
                     *           "bic": "LNKYFRPPXXX",
                     *           "currency": "EUR",
                     *           "status": "open",
                     *           "balance": {
                     *             "current": 247500,
                     *             "available": 247500,
                     *             "pending": 0
                     *           },
                     *           "instantTransferLimit": 100000,
                     *           "createdAt": "2026-12-07T02:30:48.698Z",
                     *           "updatedAt": "2026-12-07T02:30:49.560Z",
                     *           "closedAt": null
                     *         },
                     *         "relationships": {
                     *           "entity": {
                     *             "data": {
                     *               "type": "entity",
                     *               "id": "ent_01M975DTD76QP0G5CMTR64AGRV"
                     *             }
                     *           },
                     *           "transactions": {
                     *             "links": {
                     *               "related": "/bank/accounts/acc_01M975DTM83R22F29537DPNKJH/transactions"
                     *             }
                     *           }
                     *         },
                     *         "links": {
                     *           "self": "/bank/accounts/acc_01M975DTM83R22F29537DPNKJH"
                     *         }
                     *       },
                     *       "links": {
                     *         "self": "/bank/accounts/acc_01M975DTM83R22F29537DPNKJH"
                     *       }
                     *     }
                     */
                    "application/vnd.api+json": {
                        data: components["schemas"]["BankAccount"];
                        links: {
                            self: string;
                        };
                    };
                };
            };
            400: components["responses"]["BadRequest_1728dd"];
            401: components["responses"]["Unauthorized_b4662b"];
            404: components["responses"]["BankAccountNotFound"];
            406: components["responses"]["NotAcceptable"];
            408: components["responses"]["RequestTimeout"];
            409: components["responses"]["IdempotencyKeyInUse"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["UnprocessableEntity_ab1468"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable_c06393"];
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
                    /**
                     * @example {
                     *       "data": {
                     *         "type": "bankAccount",
                     *         "id": "acc_01M975DVTAN7XRSJX1WGH7NN27",
                     *         "attributes": {
                     *           "iban": "FR7699999000019253421384574",
                     *           "bic": "LNKYFRPPXXX",
                     *           "currency": "USD",
                     *           "status": "closed",
                     *           "balance": {
                     *             "current": 0,
                     *             "available": 0,
                     *             "pending": 0
                     *           },
                     *           "instantTransferLimit": null,
                     *           "createdAt": "2026-12-08T02:30:49.927Z",
                     *           "updatedAt": "2026-12-08T02:30:49.941Z",
                     *           "closedAt": "2026-12-08T02:30:49.941Z"
                     *         },
                     *         "relationships": {
                     *           "entity": {
                     *             "data": {
                     *               "type": "entity",
                     *               "id": "ent_01M975DTJQQT56JJ2SNQBN16TJ"
                     *             }
                     *           },
                     *           "transactions": {
                     *             "links": {
                     *               "related": "/bank/accounts/acc_01M975DVTAN7XRSJX1WGH7NN27/transactions"
                     *             }
                     *           }
                     *         },
                     *         "links": {
                     *           "self": "/bank/accounts/acc_01M975DVTAN7XRSJX1WGH7NN27"
                     *         }
                     *       },
                     *       "links": {
                     *         "self": "/bank/accounts/acc_01M975DVTAN7XRSJX1WGH7NN27"
                     *       }
                     *     }
                     */
                    "application/vnd.api+json": {
                        data: components["schemas"]["BankAccount"];
                        links: {
                            self: string;
                        };
                    };
                };
            };
            400: components["responses"]["BadRequest_8b9272"];
            401: components["responses"]["Unauthorized_b4662b"];
            404: components["responses"]["BankAccountNotFound"];
            406: components["responses"]["NotAcceptable"];
            408: components["responses"]["RequestTimeout"];
            409: components["responses"]["Conflict_779681"];
            422: components["responses"]["IdempotencyKeyReused"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable_c06393"];
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
                    /**
                     * @example {
                     *       "data": [
                     *         {
                     *           "type": "transaction",
                     *           "id": "txn_01M975DVBK71WP9S4VE94B9QMM",
                     *           "attributes": {
                     *             "direction": "debit",
                     *             "amount": 7000,
                     *             "currency": "EUR",
                     *             "kind": "outgoingTransfer",
                     *             "status": "released",
                     *             "description": "Transfer to Charles Babbage",
                     *             "reference": "Invoice INV-44",
                     *             "counterparty": {
                     *               "name": "Charles Babbage",
                     *               "iban": "DE89370400440532013000",
                     *               "bic": null
                     *             },
                     *             "merchant": null,
                     *             "balanceAfter": null,
                     *             "createdAt": "2026-12-07T02:30:49.447Z",
                     *             "postedAt": null,
                     *             "updatedAt": "2026-12-07T02:30:49.481Z"
                     *           },
                     *           "relationships": {
                     *             "bankAccount": {
                     *               "data": {
                     *                 "type": "bankAccount",
                     *                 "id": "acc_01M975DTM83R22F29537DPNKJH"
                     *               }
                     *             },
                     *             "card": {
                     *               "data": null
                     *             }
                     *           },
                     *           "links": {
                     *             "self": "/transactions/txn_01M975DVBK71WP9S4VE94B9QMM"
                     *           }
                     *         },
                     *         {
                     *           "type": "transaction",
                     *           "id": "txn_01M975DV9YRV0HCN9CP95XY5BE",
                     *           "attributes": {
                     *             "direction": "debit",
                     *             "amount": 5000,
                     *             "currency": "EUR",
                     *             "kind": "outgoingTransfer",
                     *             "status": "released",
                     *             "description": "Transfer to Charles Babbage",
                     *             "reference": "Invoice INV-43",
                     *             "counterparty": {
                     *               "name": "Charles Babbage",
                     *               "iban": "DE89370400440532013000",
                     *               "bic": null
                     *             },
                     *             "merchant": null,
                     *             "balanceAfter": null,
                     *             "createdAt": "2026-12-07T02:30:49.400Z",
                     *             "postedAt": null,
                     *             "updatedAt": "2026-12-07T02:30:49.412Z"
                     *           },
                     *           "relationships": {
                     *             "bankAccount": {
                     *               "data": {
                     *                 "type": "bankAccount",
                     *                 "id": "acc_01M975DTM83R22F29537DPNKJH"
                     *               }
                     *             },
                     *             "card": {
                     *               "data": null
                     *             }
                     *           },
                     *           "links": {
                     *             "self": "/transactions/txn_01M975DV9YRV0HCN9CP95XY5BE"
                     *           }
                     *         }
                     *       ],
                     *       "links": {
                     *         "self": "/bank/accounts/acc_01M975DTM83R22F29537DPNKJH/transactions"
                     *       }
                     *     }
                     */
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
            400: components["responses"]["BadRequest_d3acdd"];
            401: components["responses"]["Unauthorized_b4662b"];
            404: components["responses"]["BankAccountNotFound"];
            406: components["responses"]["NotAcceptable"];
            408: components["responses"]["RequestTimeout"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable_c06393"];
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
                    /**
                     * @example {
                     *       "data": [
                     *         {
                     *           "type": "transaction",
                     *           "id": "txn_01M975DVBK71WP9S4VE94B9QMM",
                     *           "attributes": {
                     *             "direction": "debit",
                     *             "amount": 7000,
                     *             "currency": "EUR",
                     *             "kind": "outgoingTransfer",
                     *             "status": "released",
                     *             "description": "Transfer to Charles Babbage",
                     *             "reference": "Invoice INV-44",
                     *             "counterparty": {
                     *               "name": "Charles Babbage",
                     *               "iban": "DE89370400440532013000",
                     *               "bic": null
                     *             },
                     *             "merchant": null,
                     *             "balanceAfter": null,
                     *             "createdAt": "2026-12-07T02:30:49.447Z",
                     *             "postedAt": null,
                     *             "updatedAt": "2026-12-07T02:30:49.481Z"
                     *           },
                     *           "relationships": {
                     *             "bankAccount": {
                     *               "data": {
                     *                 "type": "bankAccount",
                     *                 "id": "acc_01M975DTM83R22F29537DPNKJH"
                     *               }
                     *             },
                     *             "card": {
                     *               "data": null
                     *             }
                     *           },
                     *           "links": {
                     *             "self": "/transactions/txn_01M975DVBK71WP9S4VE94B9QMM"
                     *           }
                     *         },
                     *         {
                     *           "type": "transaction",
                     *           "id": "txn_01M975DV9YRV0HCN9CP95XY5BE",
                     *           "attributes": {
                     *             "direction": "debit",
                     *             "amount": 5000,
                     *             "currency": "EUR",
                     *             "kind": "outgoingTransfer",
                     *             "status": "released",
                     *             "description": "Transfer to Charles Babbage",
                     *             "reference": "Invoice INV-43",
                     *             "counterparty": {
                     *               "name": "Charles Babbage",
                     *               "iban": "DE89370400440532013000",
                     *               "bic": null
                     *             },
                     *             "merchant": null,
                     *             "balanceAfter": null,
                     *             "createdAt": "2026-12-07T02:30:49.400Z",
                     *             "postedAt": null,
                     *             "updatedAt": "2026-12-07T02:30:49.412Z"
                     *           },
                     *           "relationships": {
                     *             "bankAccount": {
                     *               "data": {
                     *                 "type": "bankAccount",
                     *                 "id": "acc_01M975DTM83R22F29537DPNKJH"
                     *               }
                     *             },
                     *             "card": {
                     *               "data": null
                     *             }
                     *           },
                     *           "links": {
                     *             "self": "/transactions/txn_01M975DV9YRV0HCN9CP95XY5BE"
                     *           }
                     *         }
                     *       ],
                     *       "links": {
                     *         "self": "/transactions"
                     *       }
                     *     }
                     */
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
            400: components["responses"]["BadRequest_d00f57"];
            401: components["responses"]["Unauthorized_b4662b"];
            404: components["responses"]["NotFound_6fdaff"];
            406: components["responses"]["NotAcceptable"];
            408: components["responses"]["RequestTimeout"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable_c06393"];
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
                    /**
                     * @example {
                     *       "data": {
                     *         "type": "transaction",
                     *         "id": "txn_01M975DVBK71WP9S4VE94B9QMM",
                     *         "attributes": {
                     *           "direction": "debit",
                     *           "amount": 7000,
                     *           "currency": "EUR",
                     *           "kind": "outgoingTransfer",
                     *           "status": "released",
                     *           "description": "Transfer to Charles Babbage",
                     *           "reference": "Invoice INV-44",
                     *           "counterparty": {
                     *             "name": "Charles Babbage",
                     *             "iban": "DE89370400440532013000",
                     *             "bic": null
                     *           },
                     *           "merchant": null,
                     *           "balanceAfter": null,
                     *           "createdAt": "2026-12-07T02:30:49.447Z",
                     *           "postedAt": null,
                     *           "updatedAt": "2026-12-07T02:30:49.481Z"
                     *         },
                     *         "relationships": {
                     *           "bankAccount": {
                     *             "data": {
                     *               "type": "bankAccount",
                     *               "id": "acc_01M975DTM83R22F29537DPNKJH"
                     *             }
                     *           },
                     *           "card": {
                     *             "data": null
                     *           }
                     *         },
                     *         "links": {
                     *           "self": "/transactions/txn_01M975DVBK71WP9S4VE94B9QMM"
                     *         }
                     *       },
                     *       "links": {
                     *         "self": "/transactions/txn_01M975DVBK71WP9S4VE94B9QMM"
                     *       }
                     *     }
                     */
                    "application/vnd.api+json": {
                        data: components["schemas"]["Transaction"];
                        links: {
                            self: string;
                        };
                    };
                };
            };
            400: components["responses"]["BadRequest_23ec38"];
            401: components["responses"]["Unauthorized_b4662b"];
            404: components["responses"]["TransactionNotFound"];
            406: components["responses"]["NotAcceptable"];
            408: components["responses"]["RequestTimeout"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable_c06393"];
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
                    /**
                     * @example {
                     *       "data": [
                     *         {
                     *           "type": "card",
                     *           "id": "card_01M975DTQK82SY92YPDR4MKDJH",
                     *           "attributes": {
                     *             "form": "physical",
                     *             "status": "inactive",
                     *             "cardholderName": "ADA LOVELACE",
                     *             "brand": "visa",
                     *             "last4": "8253",
                     *             "maskedPan": "489537******8253",
                     *             "expMonth": 12,
                     *             "expYear": 2029,
                     *             "shipping": {
                     *               "status": "processing",
                     *               "address": {
                     *                 "line1": "12 rue de Rivoli",
                     *                 "line2": null,
                     *                 "postalCode": "75004",
                     *                 "city": "Paris",
                     *                 "region": null,
                     *                 "country": "FR"
                     *               },
                     *               "estimatedDeliveryFrom": "2026-12-11",
                     *               "estimatedDeliveryTo": "2026-12-21"
                     *             },
                     *             "pinStatus": "active",
                     *             "spendingControls": {
                     *               "limits": [],
                     *               "allowedCategories": [],
                     *               "blockedCategories": [],
                     *               "allowedCountries": [],
                     *               "blockedCountries": []
                     *             },
                     *             "spending": [],
                     *             "createdAt": "2026-12-07T02:30:48.816Z",
                     *             "updatedAt": "2026-12-07T02:30:48.816Z"
                     *           },
                     *           "relationships": {
                     *             "entity": {
                     *               "data": {
                     *                 "type": "entity",
                     *                 "id": "ent_01M975DTD76QP0G5CMTR64AGRV"
                     *               }
                     *             },
                     *             "bankAccount": {
                     *               "data": {
                     *                 "type": "bankAccount",
                     *                 "id": "acc_01M975DTM83R22F29537DPNKJH"
                     *               }
                     *             },
                     *             "replaces": {
                     *               "data": null
                     *             },
                     *             "replacedBy": {
                     *               "data": null
                     *             }
                     *           },
                     *           "links": {
                     *             "self": "/cards/card_01M975DTQK82SY92YPDR4MKDJH"
                     *           }
                     *         },
                     *         {
                     *           "type": "card",
                     *           "id": "card_01M975DTQ0KPXY58HR00BV7Q4R",
                     *           "attributes": {
                     *             "form": "virtual",
                     *             "status": "active",
                     *             "cardholderName": "ADA LOVELACE",
                     *             "brand": "visa",
                     *             "last4": "0078",
                     *             "maskedPan": "489537******0078",
                     *             "expMonth": 12,
                     *             "expYear": 2029,
                     *             "shipping": null,
                     *             "pinStatus": "active",
                     *             "spendingControls": {
                     *               "limits": [
                     *                 {
                     *                   "amount": 50000,
                     *                   "interval": "daily"
                     *                 }
                     *               ],
                     *               "allowedCategories": [],
                     *               "blockedCategories": [
                     *                 "7995"
                     *               ],
                     *               "allowedCountries": [],
                     *               "blockedCountries": [
                     *                 "RU"
                     *               ]
                     *             },
                     *             "spending": [
                     *               {
                     *                 "interval": "daily",
                     *                 "limit": 50000,
                     *                 "spent": 0,
                     *                 "remaining": 50000,
                     *                 "resetsAt": "2026-12-08T00:00:00.000Z"
                     *               }
                     *             ],
                     *             "createdAt": "2026-12-07T02:30:48.793Z",
                     *             "updatedAt": "2026-12-07T02:30:48.833Z"
                     *           },
                     *           "relationships": {
                     *             "entity": {
                     *               "data": {
                     *                 "type": "entity",
                     *                 "id": "ent_01M975DTD76QP0G5CMTR64AGRV"
                     *               }
                     *             },
                     *             "bankAccount": {
                     *               "data": {
                     *                 "type": "bankAccount",
                     *                 "id": "acc_01M975DTM83R22F29537DPNKJH"
                     *               }
                     *             },
                     *             "replaces": {
                     *               "data": null
                     *             },
                     *             "replacedBy": {
                     *               "data": null
                     *             }
                     *           },
                     *           "links": {
                     *             "self": "/cards/card_01M975DTQ0KPXY58HR00BV7Q4R"
                     *           }
                     *         }
                     *       ],
                     *       "links": {
                     *         "self": "/cards"
                     *       }
                     *     }
                     */
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
            400: components["responses"]["BadRequest_d00f57"];
            401: components["responses"]["Unauthorized_b4662b"];
            406: components["responses"]["NotAcceptable"];
            408: components["responses"]["RequestTimeout"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable_c06393"];
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
                            /** @description Spending controls, replaced whole: a list left out is empty. */
                            spendingControls?: {
                                /**
                                 * @description Amount limits; `daily`, `weekly`, `monthly` and `yearly` are UTC calendar windows (weeks from Monday).
                                 * @default []
                                 */
                                limits?: {
                                    /** @description Minor units (cents), a positive integer. */
                                    amount: number;
                                    /** @enum {string} */
                                    interval: "perAuthorization" | "daily" | "weekly" | "monthly" | "yearly" | "allTime";
                                }[];
                                /**
                                 * @description When not empty, only these merchant categories (MCC) are approved.
                                 * @default []
                                 */
                                allowedCategories?: string[];
                                /**
                                 * @description Merchant categories (MCC) always declined.
                                 * @default []
                                 */
                                blockedCategories?: string[];
                                /**
                                 * @description When not empty, only merchants in these countries are approved.
                                 * @default []
                                 */
                                allowedCountries?: string[];
                                /**
                                 * @description Merchant countries always declined.
                                 * @default []
                                 */
                                blockedCountries?: string[];
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
                            /** @description Spending controls, replaced whole: a list left out is empty. */
                            spendingControls?: {
                                /**
                                 * @description Amount limits; `daily`, `weekly`, `monthly` and `yearly` are UTC calendar windows (weeks from Monday).
                                 * @default []
                                 */
                                limits?: {
                                    /** @description Minor units (cents), a positive integer. */
                                    amount: number;
                                    /** @enum {string} */
                                    interval: "perAuthorization" | "daily" | "weekly" | "monthly" | "yearly" | "allTime";
                                }[];
                                /**
                                 * @description When not empty, only these merchant categories (MCC) are approved.
                                 * @default []
                                 */
                                allowedCategories?: string[];
                                /**
                                 * @description Merchant categories (MCC) always declined.
                                 * @default []
                                 */
                                blockedCategories?: string[];
                                /**
                                 * @description When not empty, only merchants in these countries are approved.
                                 * @default []
                                 */
                                allowedCountries?: string[];
                                /**
                                 * @description Merchant countries always declined.
                                 * @default []
                                 */
                                blockedCountries?: string[];
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
                    /**
                     * @example {
                     *       "data": {
                     *         "type": "card",
                     *         "id": "card_01M975DTQ0KPXY58HR00BV7Q4R",
                     *         "attributes": {
                     *           "form": "virtual",
                     *           "status": "active",
                     *           "cardholderName": "ADA LOVELACE",
                     *           "brand": "visa",
                     *           "last4": "0078",
                     *           "maskedPan": "489537******0078",
                     *           "expMonth": 12,
                     *           "expYear": 2029,
                     *           "shipping": null,
                     *           "pinStatus": "active",
                     *           "spendingControls": {
                     *             "limits": [],
                     *             "allowedCategories": [],
                     *             "blockedCategories": [],
                     *             "allowedCountries": [],
                     *             "blockedCountries": []
                     *           },
                     *           "spending": [],
                     *           "createdAt": "2026-12-07T02:30:48.793Z",
                     *           "updatedAt": "2026-12-07T02:30:48.793Z"
                     *         },
                     *         "relationships": {
                     *           "entity": {
                     *             "data": {
                     *               "type": "entity",
                     *               "id": "ent_01M975DTD76QP0G5CMTR64AGRV"
                     *             }
                     *           },
                     *           "bankAccount": {
                     *             "data": {
                     *               "type": "bankAccount",
                     *               "id": "acc_01M975DTM83R22F29537DPNKJH"
                     *             }
                     *           },
                     *           "replaces": {
                     *             "data": null
                     *           },
                     *           "replacedBy": {
                     *             "data": null
                     *           }
                     *         },
                     *         "links": {
                     *           "self": "/cards/card_01M975DTQ0KPXY58HR00BV7Q4R"
                     *         }
                     *       },
                     *       "links": {
                     *         "self": "/cards/card_01M975DTQ0KPXY58HR00BV7Q4R"
                     *       }
                     *     }
                     */
                    "application/vnd.api+json": {
                        data: components["schemas"]["Card"];
                        links: {
                            self: string;
                        };
                    };
                };
            };
            400: components["responses"]["BadRequest_be5030"];
            401: components["responses"]["Unauthorized_b4662b"];
            404: components["responses"]["NotFound_6fdaff"];
            406: components["responses"]["NotAcceptable"];
            408: components["responses"]["RequestTimeout"];
            409: components["responses"]["Conflict_cb3f14"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["UnprocessableEntity_ab1468"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable_c06393"];
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
                    /**
                     * @example {
                     *       "data": {
                     *         "type": "card",
                     *         "id": "card_01M975DTQ0KPXY58HR00BV7Q4R",
                     *         "attributes": {
                     *           "form": "virtual",
                     *           "status": "active",
                     *           "cardholderName": "ADA LOVELACE",
                     *           "brand": "visa",
                     *           "last4": "0078",
                     *           "maskedPan": "489537******0078",
                     *           "expMonth": 12,
                     *           "expYear": 2029,
                     *           "shipping": null,
                     *           "pinStatus": "active",
                     *           "spendingControls": {
                     *             "limits": [
                     *               {
                     *                 "amount": 50000,
                     *                 "interval": "daily"
                     *               }
                     *             ],
                     *             "allowedCategories": [],
                     *             "blockedCategories": [
                     *               "7995"
                     *             ],
                     *             "allowedCountries": [],
                     *             "blockedCountries": [
                     *               "RU"
                     *             ]
                     *           },
                     *           "spending": [
                     *             {
                     *               "interval": "daily",
                     *               "limit": 50000,
                     *               "spent": 0,
                     *               "remaining": 50000,
                     *               "resetsAt": "2026-12-08T00:00:00.000Z"
                     *             }
                     *           ],
                     *           "createdAt": "2026-12-07T02:30:48.793Z",
                     *           "updatedAt": "2026-12-07T02:30:48.833Z"
                     *         },
                     *         "relationships": {
                     *           "entity": {
                     *             "data": {
                     *               "type": "entity",
                     *               "id": "ent_01M975DTD76QP0G5CMTR64AGRV"
                     *             }
                     *           },
                     *           "bankAccount": {
                     *             "data": {
                     *               "type": "bankAccount",
                     *               "id": "acc_01M975DTM83R22F29537DPNKJH"
                     *             }
                     *           },
                     *           "replaces": {
                     *             "data": null
                     *           },
                     *           "replacedBy": {
                     *             "data": null
                     *           }
                     *         },
                     *         "links": {
                     *           "self": "/cards/card_01M975DTQ0KPXY58HR00BV7Q4R"
                     *         }
                     *       },
                     *       "links": {
                     *         "self": "/cards/card_01M975DTQ0KPXY58HR00BV7Q4R"
                     *       }
                     *     }
                     */
                    "application/vnd.api+json": {
                        data: components["schemas"]["Card"];
                        links: {
                            self: string;
                        };
                    };
                };
            };
            400: components["responses"]["BadRequest_23ec38"];
            401: components["responses"]["Unauthorized_b4662b"];
            404: components["responses"]["CardNotFound"];
            406: components["responses"]["NotAcceptable"];
            408: components["responses"]["RequestTimeout"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable_c06393"];
        };
    };
    updateCard: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The card id, `card_...`. */
                cardId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "data": {
                 *         "type": "card",
                 *         "attributes": {
                 *           "spendingControls": {
                 *             "limits": [
                 *               {
                 *                 "amount": 50000,
                 *                 "interval": "daily"
                 *               }
                 *             ],
                 *             "blockedCategories": [
                 *               "7995"
                 *             ],
                 *             "blockedCountries": [
                 *               "RU"
                 *             ]
                 *           }
                 *         }
                 *       }
                 *     }
                 */
                "application/vnd.api+json": {
                    data: {
                        /** @enum {string} */
                        type: "card";
                        /** @description If present, must equal the id in the URL. */
                        id?: string;
                        attributes: {
                            /** @description Spending controls, replaced whole: a list left out is empty. */
                            spendingControls: {
                                /**
                                 * @description Amount limits; `daily`, `weekly`, `monthly` and `yearly` are UTC calendar windows (weeks from Monday).
                                 * @default []
                                 */
                                limits?: {
                                    /** @description Minor units (cents), a positive integer. */
                                    amount: number;
                                    /** @enum {string} */
                                    interval: "perAuthorization" | "daily" | "weekly" | "monthly" | "yearly" | "allTime";
                                }[];
                                /**
                                 * @description When not empty, only these merchant categories (MCC) are approved.
                                 * @default []
                                 */
                                allowedCategories?: string[];
                                /**
                                 * @description Merchant categories (MCC) always declined.
                                 * @default []
                                 */
                                blockedCategories?: string[];
                                /**
                                 * @description When not empty, only merchants in these countries are approved.
                                 * @default []
                                 */
                                allowedCountries?: string[];
                                /**
                                 * @description Merchant countries always declined.
                                 * @default []
                                 */
                                blockedCountries?: string[];
                            };
                        };
                    };
                };
                /**
                 * @example {
                 *       "data": {
                 *         "type": "card",
                 *         "attributes": {
                 *           "spendingControls": {
                 *             "limits": [
                 *               {
                 *                 "amount": 50000,
                 *                 "interval": "daily"
                 *               }
                 *             ],
                 *             "blockedCategories": [
                 *               "7995"
                 *             ],
                 *             "blockedCountries": [
                 *               "RU"
                 *             ]
                 *           }
                 *         }
                 *       }
                 *     }
                 */
                "application/json": {
                    data: {
                        /** @enum {string} */
                        type: "card";
                        /** @description If present, must equal the id in the URL. */
                        id?: string;
                        attributes: {
                            /** @description Spending controls, replaced whole: a list left out is empty. */
                            spendingControls: {
                                /**
                                 * @description Amount limits; `daily`, `weekly`, `monthly` and `yearly` are UTC calendar windows (weeks from Monday).
                                 * @default []
                                 */
                                limits?: {
                                    /** @description Minor units (cents), a positive integer. */
                                    amount: number;
                                    /** @enum {string} */
                                    interval: "perAuthorization" | "daily" | "weekly" | "monthly" | "yearly" | "allTime";
                                }[];
                                /**
                                 * @description When not empty, only these merchant categories (MCC) are approved.
                                 * @default []
                                 */
                                allowedCategories?: string[];
                                /**
                                 * @description Merchant categories (MCC) always declined.
                                 * @default []
                                 */
                                blockedCategories?: string[];
                                /**
                                 * @description When not empty, only merchants in these countries are approved.
                                 * @default []
                                 */
                                allowedCountries?: string[];
                                /**
                                 * @description Merchant countries always declined.
                                 * @default []
                                 */
                                blockedCountries?: string[];
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
                    /**
                     * @example {
                     *       "data": {
                     *         "type": "card",
                     *         "id": "card_01M975DTQ0KPXY58HR00BV7Q4R",
                     *         "attributes": {
                     *           "form": "virtual",
                     *           "status": "active",
                     *           "cardholderName": "ADA LOVELACE",
                     *           "brand": "visa",
                     *           "last4": "0078",
                     *           "maskedPan": "489537******0078",
                     *           "expMonth": 12,
                     *           "expYear": 2029,
                     *           "shipping": null,
                     *           "pinStatus": "active",
                     *           "spendingControls": {
                     *             "limits": [
                     *               {
                     *                 "amount": 50000,
                     *                 "interval": "daily"
                     *               }
                     *             ],
                     *             "allowedCategories": [],
                     *             "blockedCategories": [
                     *               "7995"
                     *             ],
                     *             "allowedCountries": [],
                     *             "blockedCountries": [
                     *               "RU"
                     *             ]
                     *           },
                     *           "spending": [
                     *             {
                     *               "interval": "daily",
                     *               "limit": 50000,
                     *               "spent": 0,
                     *               "remaining": 50000,
                     *               "resetsAt": "2026-12-08T00:00:00.000Z"
                     *             }
                     *           ],
                     *           "createdAt": "2026-12-07T02:30:48.793Z",
                     *           "updatedAt": "2026-12-07T02:30:48.833Z"
                     *         },
                     *         "relationships": {
                     *           "entity": {
                     *             "data": {
                     *               "type": "entity",
                     *               "id": "ent_01M975DTD76QP0G5CMTR64AGRV"
                     *             }
                     *           },
                     *           "bankAccount": {
                     *             "data": {
                     *               "type": "bankAccount",
                     *               "id": "acc_01M975DTM83R22F29537DPNKJH"
                     *             }
                     *           },
                     *           "replaces": {
                     *             "data": null
                     *           },
                     *           "replacedBy": {
                     *             "data": null
                     *           }
                     *         },
                     *         "links": {
                     *           "self": "/cards/card_01M975DTQ0KPXY58HR00BV7Q4R"
                     *         }
                     *       },
                     *       "links": {
                     *         "self": "/cards/card_01M975DTQ0KPXY58HR00BV7Q4R"
                     *       }
                     *     }
                     */
                    "application/vnd.api+json": {
                        data: components["schemas"]["Card"];
                        links: {
                            self: string;
                        };
                    };
                };
            };
            400: components["responses"]["BadRequest_97e3bb"];
            401: components["responses"]["Unauthorized_b4662b"];
            404: components["responses"]["CardNotFound"];
            406: components["responses"]["NotAcceptable"];
            408: components["responses"]["RequestTimeout"];
            410: components["responses"]["CardClosed"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["UnprocessableEntity_b9a41b"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable_c06393"];
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
                    /**
                     * @example {
                     *       "data": {
                     *         "type": "card",
                     *         "id": "card_01M975DTQK82SY92YPDR4MKDJH",
                     *         "attributes": {
                     *           "form": "physical",
                     *           "status": "active",
                     *           "cardholderName": "ADA LOVELACE",
                     *           "brand": "visa",
                     *           "last4": "8253",
                     *           "maskedPan": "489537******8253",
                     *           "expMonth": 12,
                     *           "expYear": 2029,
                     *           "shipping": {
                     *             "status": "delivered",
                     *             "address": {
                     *               "line1": "12 rue de Rivoli",
                     *               "line2": null,
                     *               "postalCode": "75004",
                     *               "city": "Paris",
                     *               "region": null,
                     *               "country": "FR"
                     *             },
                     *             "estimatedDeliveryFrom": "2026-12-11",
                     *             "estimatedDeliveryTo": "2026-12-21"
                     *           },
                     *           "pinStatus": "active",
                     *           "spendingControls": {
                     *             "limits": [],
                     *             "allowedCategories": [],
                     *             "blockedCategories": [],
                     *             "allowedCountries": [],
                     *             "blockedCountries": []
                     *           },
                     *           "spending": [],
                     *           "createdAt": "2026-12-07T02:30:48.816Z",
                     *           "updatedAt": "2026-12-07T02:30:48.884Z"
                     *         },
                     *         "relationships": {
                     *           "entity": {
                     *             "data": {
                     *               "type": "entity",
                     *               "id": "ent_01M975DTD76QP0G5CMTR64AGRV"
                     *             }
                     *           },
                     *           "bankAccount": {
                     *             "data": {
                     *               "type": "bankAccount",
                     *               "id": "acc_01M975DTM83R22F29537DPNKJH"
                     *             }
                     *           },
                     *           "replaces": {
                     *             "data": null
                     *           },
                     *           "replacedBy": {
                     *             "data": null
                     *           }
                     *         },
                     *         "links": {
                     *           "self": "/cards/card_01M975DTQK82SY92YPDR4MKDJH"
                     *         }
                     *       },
                     *       "links": {
                     *         "self": "/cards/card_01M975DTQK82SY92YPDR4MKDJH"
                     *       }
                     *     }
                     */
                    "application/vnd.api+json": {
                        data: components["schemas"]["Card"];
                        links: {
                            self: string;
                        };
                    };
                };
            };
            400: components["responses"]["BadRequest_8b9272"];
            401: components["responses"]["Unauthorized_b4662b"];
            404: components["responses"]["CardNotFound"];
            406: components["responses"]["NotAcceptable"];
            408: components["responses"]["RequestTimeout"];
            409: components["responses"]["Conflict_58c0da"];
            410: components["responses"]["CardClosed"];
            422: components["responses"]["IdempotencyKeyReused"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable_c06393"];
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
                    /**
                     * @example {
                     *       "data": {
                     *         "type": "card",
                     *         "id": "card_01M975DTQK82SY92YPDR4MKDJH",
                     *         "attributes": {
                     *           "form": "physical",
                     *           "status": "closed",
                     *           "cardholderName": "ADA LOVELACE",
                     *           "brand": "visa",
                     *           "last4": "8253",
                     *           "maskedPan": "489537******8253",
                     *           "expMonth": 12,
                     *           "expYear": 2029,
                     *           "shipping": {
                     *             "status": "delivered",
                     *             "address": {
                     *               "line1": "12 rue de Rivoli",
                     *               "line2": null,
                     *               "postalCode": "75004",
                     *               "city": "Paris",
                     *               "region": null,
                     *               "country": "FR"
                     *             },
                     *             "estimatedDeliveryFrom": "2026-12-11",
                     *             "estimatedDeliveryTo": "2026-12-21"
                     *           },
                     *           "pinStatus": "active",
                     *           "spendingControls": {
                     *             "limits": [],
                     *             "allowedCategories": [],
                     *             "blockedCategories": [],
                     *             "allowedCountries": [],
                     *             "blockedCountries": []
                     *           },
                     *           "spending": [],
                     *           "createdAt": "2026-12-07T02:30:48.816Z",
                     *           "updatedAt": "2026-12-08T02:30:49.922Z"
                     *         },
                     *         "relationships": {
                     *           "entity": {
                     *             "data": {
                     *               "type": "entity",
                     *               "id": "ent_01M975DTD76QP0G5CMTR64AGRV"
                     *             }
                     *           },
                     *           "bankAccount": {
                     *             "data": {
                     *               "type": "bankAccount",
                     *               "id": "acc_01M975DTM83R22F29537DPNKJH"
                     *             }
                     *           },
                     *           "replaces": {
                     *             "data": null
                     *           },
                     *           "replacedBy": {
                     *             "data": {
                     *               "type": "card",
                     *               "id": "card_01M975DVSFPQ94HG95WZGJJ1A7"
                     *             }
                     *           }
                     *         },
                     *         "links": {
                     *           "self": "/cards/card_01M975DTQK82SY92YPDR4MKDJH"
                     *         }
                     *       },
                     *       "links": {
                     *         "self": "/cards/card_01M975DTQK82SY92YPDR4MKDJH"
                     *       }
                     *     }
                     */
                    "application/vnd.api+json": {
                        data: components["schemas"]["Card"];
                        links: {
                            self: string;
                        };
                    };
                };
            };
            400: components["responses"]["BadRequest_1728dd"];
            401: components["responses"]["Unauthorized_b4662b"];
            404: components["responses"]["CardNotFound"];
            406: components["responses"]["NotAcceptable"];
            408: components["responses"]["RequestTimeout"];
            409: components["responses"]["IdempotencyKeyInUse"];
            410: components["responses"]["CardClosed"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["UnprocessableEntity_ab1468"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable_c06393"];
        };
    };
    replaceCard: {
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
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "data": {
                 *         "type": "card",
                 *         "attributes": {
                 *           "reason": "damaged"
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
                            reason: "lost" | "stolen" | "damaged" | "expiring";
                        };
                    };
                };
                /**
                 * @example {
                 *       "data": {
                 *         "type": "card",
                 *         "attributes": {
                 *           "reason": "damaged"
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
                            reason: "lost" | "stolen" | "damaged" | "expiring";
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
                    /**
                     * @example {
                     *       "data": {
                     *         "type": "card",
                     *         "id": "card_01M975DVSFPQ94HG95WZGJJ1A7",
                     *         "attributes": {
                     *           "form": "physical",
                     *           "status": "inactive",
                     *           "cardholderName": "ADA LOVELACE",
                     *           "brand": "visa",
                     *           "last4": "8253",
                     *           "maskedPan": "489537******8253",
                     *           "expMonth": 12,
                     *           "expYear": 2029,
                     *           "shipping": {
                     *             "status": "processing",
                     *             "address": {
                     *               "line1": "12 rue de Rivoli",
                     *               "line2": null,
                     *               "postalCode": "75004",
                     *               "city": "Paris",
                     *               "region": null,
                     *               "country": "FR"
                     *             },
                     *             "estimatedDeliveryFrom": "2026-12-12",
                     *             "estimatedDeliveryTo": "2026-12-22"
                     *           },
                     *           "pinStatus": "active",
                     *           "spendingControls": {
                     *             "limits": [],
                     *             "allowedCategories": [],
                     *             "blockedCategories": [],
                     *             "allowedCountries": [],
                     *             "blockedCountries": []
                     *           },
                     *           "spending": [],
                     *           "createdAt": "2026-12-08T02:30:49.887Z",
                     *           "updatedAt": "2026-12-08T02:30:49.887Z"
                     *         },
                     *         "relationships": {
                     *           "entity": {
                     *             "data": {
                     *               "type": "entity",
                     *               "id": "ent_01M975DTD76QP0G5CMTR64AGRV"
                     *             }
                     *           },
                     *           "bankAccount": {
                     *             "data": {
                     *               "type": "bankAccount",
                     *               "id": "acc_01M975DTM83R22F29537DPNKJH"
                     *             }
                     *           },
                     *           "replaces": {
                     *             "data": {
                     *               "type": "card",
                     *               "id": "card_01M975DTQK82SY92YPDR4MKDJH"
                     *             }
                     *           },
                     *           "replacedBy": {
                     *             "data": null
                     *           }
                     *         },
                     *         "links": {
                     *           "self": "/cards/card_01M975DVSFPQ94HG95WZGJJ1A7"
                     *         }
                     *       },
                     *       "links": {
                     *         "self": "/cards/card_01M975DVSFPQ94HG95WZGJJ1A7"
                     *       }
                     *     }
                     */
                    "application/vnd.api+json": {
                        data: components["schemas"]["Card"];
                        links: {
                            self: string;
                        };
                    };
                };
            };
            400: components["responses"]["BadRequest_1728dd"];
            401: components["responses"]["Unauthorized_b4662b"];
            404: components["responses"]["CardNotFound"];
            406: components["responses"]["NotAcceptable"];
            408: components["responses"]["RequestTimeout"];
            409: components["responses"]["Conflict_ff6ec7"];
            410: components["responses"]["CardClosed"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["UnprocessableEntity_ab1468"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable_c06393"];
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
                    /**
                     * @example {
                     *       "data": {
                     *         "type": "card",
                     *         "id": "card_01M975DTQ0KPXY58HR00BV7Q4R",
                     *         "attributes": {
                     *           "form": "virtual",
                     *           "status": "suspended",
                     *           "cardholderName": "ADA LOVELACE",
                     *           "brand": "visa",
                     *           "last4": "0078",
                     *           "maskedPan": "489537******0078",
                     *           "expMonth": 12,
                     *           "expYear": 2029,
                     *           "shipping": null,
                     *           "pinStatus": "active",
                     *           "spendingControls": {
                     *             "limits": [
                     *               {
                     *                 "amount": 50000,
                     *                 "interval": "daily"
                     *               }
                     *             ],
                     *             "allowedCategories": [],
                     *             "blockedCategories": [
                     *               "7995"
                     *             ],
                     *             "allowedCountries": [],
                     *             "blockedCountries": [
                     *               "RU"
                     *             ]
                     *           },
                     *           "spending": [
                     *             {
                     *               "interval": "daily",
                     *               "limit": 50000,
                     *               "spent": 0,
                     *               "remaining": 50000,
                     *               "resetsAt": "2026-12-08T00:00:00.000Z"
                     *             }
                     *           ],
                     *           "createdAt": "2026-12-07T02:30:48.793Z",
                     *           "updatedAt": "2026-12-07T02:30:48.904Z"
                     *         },
                     *         "relationships": {
                     *           "entity": {
                     *             "data": {
                     *               "type": "entity",
                     *               "id": "ent_01M975DTD76QP0G5CMTR64AGRV"
                     *             }
                     *           },
                     *           "bankAccount": {
                     *             "data": {
                     *               "type": "bankAccount",
                     *               "id": "acc_01M975DTM83R22F29537DPNKJH"
                     *             }
                     *           },
                     *           "replaces": {
                     *             "data": null
                     *           },
                     *           "replacedBy": {
                     *             "data": null
                     *           }
                     *         },
                     *         "links": {
                     *           "self": "/cards/card_01M975DTQ0KPXY58HR00BV7Q4R"
                     *         }
                     *       },
                     *       "links": {
                     *         "self": "/cards/card_01M975DTQ0KPXY58HR00BV7Q4R"
                     *       }
                     *     }
                     */
                    "application/vnd.api+json": {
                        data: components["schemas"]["Card"];
                        links: {
                            self: string;
                        };
                    };
                };
            };
            400: components["responses"]["BadRequest_be5030"];
            401: components["responses"]["Unauthorized_b4662b"];
            404: components["responses"]["CardNotFound"];
            406: components["responses"]["NotAcceptable"];
            408: components["responses"]["RequestTimeout"];
            409: components["responses"]["Conflict_bc57d2"];
            410: components["responses"]["CardClosed"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["UnprocessableEntity_ab1468"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable_c06393"];
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
                    /**
                     * @example {
                     *       "data": {
                     *         "type": "cardDetails",
                     *         "id": "card_01M975DTQ0KPXY58HR00BV7Q4R",
                     *         "attributes": {
                     *           "pan": "4895371607250078",
                     *           "cvv": "946",
                     *           "expMonth": 12,
                     *           "expYear": 2029,
                     *           "cardholderName": "ADA LOVELACE"
                     *         }
                     *       }
                     *     }
                     */
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
            400: components["responses"]["BadRequest_23ec38"];
            401: components["responses"]["Unauthorized_b4662b"];
            403: components["responses"]["InsufficientScope"];
            404: components["responses"]["NotFound_fe03db"];
            406: components["responses"]["NotAcceptable"];
            408: components["responses"]["RequestTimeout"];
            410: components["responses"]["CardClosed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable_c06393"];
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
                    /**
                     * @example {
                     *       "data": {
                     *         "type": "cardPin",
                     *         "id": "card_01M975DTQ0KPXY58HR00BV7Q4R",
                     *         "attributes": {
                     *           "pin": "9400"
                     *         }
                     *       }
                     *     }
                     */
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
            400: components["responses"]["BadRequest_23ec38"];
            401: components["responses"]["Unauthorized_b4662b"];
            403: components["responses"]["InsufficientScope"];
            404: components["responses"]["NotFound_fe03db"];
            406: components["responses"]["NotAcceptable"];
            408: components["responses"]["RequestTimeout"];
            410: components["responses"]["CardClosed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable_c06393"];
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
                    /**
                     * @example {
                     *       "data": {
                     *         "type": "cardPin",
                     *         "id": "card_01M975DTQ0KPXY58HR00BV7Q4R",
                     *         "attributes": {
                     *           "pin": "4826"
                     *         }
                     *       }
                     *     }
                     */
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
            400: components["responses"]["BadRequest_1728dd"];
            401: components["responses"]["Unauthorized_b4662b"];
            403: components["responses"]["InsufficientScope"];
            404: components["responses"]["NotFound_fe03db"];
            406: components["responses"]["NotAcceptable"];
            408: components["responses"]["RequestTimeout"];
            409: components["responses"]["IdempotencyKeyInUse"];
            410: components["responses"]["CardClosed"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["UnprocessableEntity_ab1468"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable_c06393"];
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
                    /**
                     * @example {
                     *       "data": {
                     *         "type": "authorization",
                     *         "id": "auth_01M975DTY6AMXR0RNAS0BZ5RZ9",
                     *         "attributes": {
                     *           "status": "captured",
                     *           "declineReason": null,
                     *           "amount": 1250,
                     *           "capturedAmount": 1250,
                     *           "currency": "EUR",
                     *           "merchant": {
                     *             "name": "Café de Flore",
                     *             "mcc": "5812",
                     *             "city": "Paris",
                     *             "country": "FR"
                     *           },
                     *           "increments": [],
                     *           "decision": null,
                     *           "expiresAt": "2026-12-14T02:30:49.007Z",
                     *           "createdAt": "2026-12-07T02:30:49.007Z",
                     *           "updatedAt": "2026-12-07T02:30:49.061Z"
                     *         },
                     *         "relationships": {
                     *           "card": {
                     *             "data": {
                     *               "type": "card",
                     *               "id": "card_01M975DTQ0KPXY58HR00BV7Q4R"
                     *             }
                     *           },
                     *           "transaction": {
                     *             "data": {
                     *               "type": "transaction",
                     *               "id": "txn_01M975DTY6AMXR0RNAS0BZ5RZ8"
                     *             }
                     *           }
                     *         },
                     *         "links": {
                     *           "self": "/authorizations/auth_01M975DTY6AMXR0RNAS0BZ5RZ9"
                     *         }
                     *       },
                     *       "links": {
                     *         "self": "/authorizations/auth_01M975DTY6AMXR0RNAS0BZ5RZ9"
                     *       }
                     *     }
                     */
                    "application/vnd.api+json": {
                        data: components["schemas"]["Authorization"];
                        links: {
                            self: string;
                        };
                    };
                };
            };
            400: components["responses"]["BadRequest_23ec38"];
            401: components["responses"]["Unauthorized_b4662b"];
            404: components["responses"]["AuthorizationNotFound"];
            406: components["responses"]["NotAcceptable"];
            408: components["responses"]["RequestTimeout"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable_c06393"];
        };
    };
    listAuthorizationEndpoints: {
        parameters: {
            query?: never;
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
                    /**
                     * @example {
                     *       "data": [
                     *         {
                     *           "type": "authorizationEndpoint",
                     *           "id": "aep_01M975DVQD04S1G1TQ1JRTYMEQ",
                     *           "attributes": {
                     *             "url": "https://example.com/linkcy/authorizations",
                     *             "timeoutMs": 1500,
                     *             "fallback": "decline",
                     *             "createdAt": "2026-12-07T02:30:49.841Z"
                     *           },
                     *           "links": {
                     *             "self": "/authorization-endpoints/aep_01M975DVQD04S1G1TQ1JRTYMEQ"
                     *           }
                     *         }
                     *       ],
                     *       "links": {
                     *         "self": "/authorization-endpoints"
                     *       }
                     *     }
                     */
                    "application/vnd.api+json": {
                        data: components["schemas"]["AuthorizationEndpoint"][];
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
            400: components["responses"]["BadRequest_9f0c7f"];
            401: components["responses"]["Unauthorized_b4662b"];
            406: components["responses"]["NotAcceptable"];
            408: components["responses"]["RequestTimeout"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable_c06393"];
        };
    };
    createAuthorizationEndpoint: {
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
                 *         "type": "authorizationEndpoint",
                 *         "attributes": {
                 *           "url": "https://example.com/linkcy/authorizations",
                 *           "timeoutMs": 1500,
                 *           "fallback": "decline"
                 *         }
                 *       }
                 *     }
                 */
                "application/vnd.api+json": {
                    data: {
                        /** @enum {string} */
                        type: "authorizationEndpoint";
                        attributes: {
                            /** @description Where authorization requests are POSTed. Live mode: https to a public address. */
                            url: string;
                            /**
                             * @description How long to wait for an answer, 100 to 3000 ms (default 1500).
                             * @default 1500
                             */
                            timeoutMs?: number;
                            /**
                             * @description What applies when the endpoint does not answer in time or answers anything else (default `decline`).
                             * @default decline
                             * @enum {string}
                             */
                            fallback?: "approve" | "decline";
                        };
                    };
                };
                /**
                 * @example {
                 *       "data": {
                 *         "type": "authorizationEndpoint",
                 *         "attributes": {
                 *           "url": "https://example.com/linkcy/authorizations",
                 *           "timeoutMs": 1500,
                 *           "fallback": "decline"
                 *         }
                 *       }
                 *     }
                 */
                "application/json": {
                    data: {
                        /** @enum {string} */
                        type: "authorizationEndpoint";
                        attributes: {
                            /** @description Where authorization requests are POSTed. Live mode: https to a public address. */
                            url: string;
                            /**
                             * @description How long to wait for an answer, 100 to 3000 ms (default 1500).
                             * @default 1500
                             */
                            timeoutMs?: number;
                            /**
                             * @description What applies when the endpoint does not answer in time or answers anything else (default `decline`).
                             * @default decline
                             * @enum {string}
                             */
                            fallback?: "approve" | "decline";
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
                    /**
                     * @example {
                     *       "data": {
                     *         "type": "authorizationEndpoint",
                     *         "id": "aep_01M975DVQD04S1G1TQ1JRTYMEQ",
                     *         "attributes": {
                     *           "url": "https://example.com/linkcy/authorizations",
                     *           "timeoutMs": 1500,
                     *           "fallback": "decline",
                     *           "secret": "whsec_RVhBTVBMRS1zZWNyZXQtbm90LWEtcmVhbC1vbmU=",
                     *           "createdAt": "2026-12-07T02:30:49.841Z"
                     *         },
                     *         "links": {
                     *           "self": "/authorization-endpoints/aep_01M975DVQD04S1G1TQ1JRTYMEQ"
                     *         }
                     *       },
                     *       "links": {
                     *         "self": "/authorization-endpoints/aep_01M975DVQD04S1G1TQ1JRTYMEQ"
                     *       }
                     *     }
                     */
                    "application/vnd.api+json": {
                        data: components["schemas"]["AuthorizationEndpoint"];
                        links: {
                            self: string;
                        };
                    };
                };
            };
            400: components["responses"]["BadRequest_be5030"];
            401: components["responses"]["Unauthorized_b4662b"];
            406: components["responses"]["NotAcceptable"];
            408: components["responses"]["RequestTimeout"];
            409: components["responses"]["Conflict_fd0efe"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["UnprocessableEntity_1833dd"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable_c06393"];
        };
    };
    getAuthorizationEndpoint: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The endpoint id, `aep_...`. */
                endpointId: string;
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
                    /**
                     * @example {
                     *       "data": {
                     *         "type": "authorizationEndpoint",
                     *         "id": "aep_01M975DVQD04S1G1TQ1JRTYMEQ",
                     *         "attributes": {
                     *           "url": "https://example.com/linkcy/authorizations",
                     *           "timeoutMs": 1500,
                     *           "fallback": "decline",
                     *           "createdAt": "2026-12-07T02:30:49.841Z"
                     *         },
                     *         "links": {
                     *           "self": "/authorization-endpoints/aep_01M975DVQD04S1G1TQ1JRTYMEQ"
                     *         }
                     *       },
                     *       "links": {
                     *         "self": "/authorization-endpoints/aep_01M975DVQD04S1G1TQ1JRTYMEQ"
                     *       }
                     *     }
                     */
                    "application/vnd.api+json": {
                        data: components["schemas"]["AuthorizationEndpoint"];
                        links: {
                            self: string;
                        };
                    };
                };
            };
            400: components["responses"]["BadRequest_23ec38"];
            401: components["responses"]["Unauthorized_b4662b"];
            404: components["responses"]["AuthorizationEndpointNotFound"];
            406: components["responses"]["NotAcceptable"];
            408: components["responses"]["RequestTimeout"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable_c06393"];
        };
    };
    deleteAuthorizationEndpoint: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The endpoint id, `aep_...`. */
                endpointId: string;
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
            400: components["responses"]["BadRequest_23ec38"];
            401: components["responses"]["Unauthorized_b4662b"];
            404: components["responses"]["AuthorizationEndpointNotFound"];
            406: components["responses"]["NotAcceptable"];
            408: components["responses"]["RequestTimeout"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable_c06393"];
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
                "filter[type]"?: "entity.created" | "entity.updated" | "bankAccount.created" | "bankAccount.updated" | "transaction.created" | "transaction.updated" | "card.created" | "card.updated" | "authorization.created" | "authorization.updated" | "bookTransfer.created" | "sepaCreditTransfer.created" | "sepaCreditTransfer.updated" | "bankStatement.unmatchedCredit" | "payeeVerification.created";
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
                    /**
                     * @example {
                     *       "data": [
                     *         {
                     *           "type": "event",
                     *           "id": "evt_01M975DVF4Y29KV7DQ1RX5BH8H",
                     *           "attributes": {
                     *             "type": "bankAccount.updated",
                     *             "createdAt": "2026-12-07T02:30:49.560Z"
                     *           },
                     *           "relationships": {
                     *             "resource": {
                     *               "data": {
                     *                 "type": "bankAccount",
                     *                 "id": "acc_01M975DTM83R22F29537DPNKJH"
                     *               }
                     *             }
                     *           },
                     *           "meta": {
                     *             "snapshot": {
                     *               "id": "acc_01M975DTM83R22F29537DPNKJH",
                     *               "type": "bankAccount",
                     *               "links": {
                     *                 "self": "/bank/accounts/acc_01M975DTM83R22F29537DPNKJH"
                     *               },
                     *               "attributes": {
                     *                 "bic": "LNKYFRPPXXX",
                     *                 "iban": "FR7699999000019720404951058",
                     *                 "status": "open",
                     *                 "balance": {
                     *                   "current": 247500,
                     *                   "pending": 0,
                     *                   "available": 247500
                     *                 },
                     *                 "closedAt": null,
                     *                 "currency": "EUR",
                     *                 "createdAt": "2026-12-07T02:30:48.698Z",
                     *                 "updatedAt": "2026-12-07T02:30:49.560Z",
                     *                 "instantTransferLimit": 100000
                     *               },
                     *               "relationships": {
                     *                 "entity": {
                     *                   "data": {
                     *                     "id": "ent_01M975DTD76QP0G5CMTR64AGRV",
                     *                     "type": "entity"
                     *                   }
                     *                 },
                     *                 "transactions": {
                     *                   "links": {
                     *                     "related": "/bank/accounts/acc_01M975DTM83R22F29537DPNKJH/transactions"
                     *                   }
                     *                 }
                     *               }
                     *             }
                     *           },
                     *           "links": {
                     *             "self": "/events/evt_01M975DVF4Y29KV7DQ1RX5BH8H"
                     *           }
                     *         },
                     *         {
                     *           "type": "event",
                     *           "id": "evt_01M975DVEE5B57WHET6XKS5C1M",
                     *           "attributes": {
                     *             "type": "payeeVerification.created",
                     *             "createdAt": "2026-12-07T02:30:49.540Z"
                     *           },
                     *           "relationships": {
                     *             "resource": {
                     *               "data": {
                     *                 "type": "payeeVerification",
                     *                 "id": "pv_01M975DVE7PCM1J65PC6SFXNAC"
                     *               }
                     *             }
                     *           },
                     *           "meta": {
                     *             "snapshot": {
                     *               "id": "pv_01M975DVE7PCM1J65PC6SFXNAC",
                     *               "type": "payeeVerification",
                     *               "links": {
                     *                 "self": "/payee-verifications/pv_01M975DVE7PCM1J65PC6SFXNAC"
                     *               },
                     *               "attributes": {
                     *                 "iban": "DE89370400440532013000",
                     *                 "name": "Charles Babage",
                     *                 "result": "close_match",
                     *                 "createdAt": "2026-12-07T02:30:49.540Z",
                     *                 "matchedName": "Charles Babbage"
                     *               }
                     *             }
                     *           },
                     *           "links": {
                     *             "self": "/events/evt_01M975DVEE5B57WHET6XKS5C1M"
                     *           }
                     *         }
                     *       ],
                     *       "links": {
                     *         "self": "/events",
                     *         "next": "/events?page%5Bafter%5D=ZXZ0XzAxTTk3NURWMjEySjY1V0s2MUNCRDI1VkNG"
                     *       }
                     *     }
                     */
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
            400: components["responses"]["BadRequest_d00f57"];
            401: components["responses"]["Unauthorized_b4662b"];
            406: components["responses"]["NotAcceptable"];
            408: components["responses"]["RequestTimeout"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable_c06393"];
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
                    /**
                     * @example {
                     *       "data": {
                     *         "type": "event",
                     *         "id": "evt_01M975DVF4Y29KV7DQ1RX5BH8H",
                     *         "attributes": {
                     *           "type": "bankAccount.updated",
                     *           "createdAt": "2026-12-07T02:30:49.560Z"
                     *         },
                     *         "relationships": {
                     *           "resource": {
                     *             "data": {
                     *               "type": "bankAccount",
                     *               "id": "acc_01M975DTM83R22F29537DPNKJH"
                     *             }
                     *           }
                     *         },
                     *         "meta": {
                     *           "snapshot": {
                     *             "id": "acc_01M975DTM83R22F29537DPNKJH",
                     *             "type": "bankAccount",
                     *             "links": {
                     *               "self": "/bank/accounts/acc_01M975DTM83R22F29537DPNKJH"
                     *             },
                     *             "attributes": {
                     *               "bic": "LNKYFRPPXXX",
                     *               "iban": "FR7699999000019720404951058",
                     *               "status": "open",
                     *               "balance": {
                     *                 "current": 247500,
                     *                 "pending": 0,
                     *                 "available": 247500
                     *               },
                     *               "closedAt": null,
                     *               "currency": "EUR",
                     *               "createdAt": "2026-12-07T02:30:48.698Z",
                     *               "updatedAt": "2026-12-07T02:30:49.560Z",
                     *               "instantTransferLimit": 100000
                     *             },
                     *             "relationships": {
                     *               "entity": {
                     *                 "data": {
                     *                   "id": "ent_01M975DTD76QP0G5CMTR64AGRV",
                     *                   "type": "entity"
                     *                 }
                     *               },
                     *               "transactions": {
                     *                 "links": {
                     *                   "related": "/bank/accounts/acc_01M975DTM83R22F29537DPNKJH/transactions"
                     *                 }
                     *               }
                     *             }
                     *           }
                     *         },
                     *         "links": {
                     *           "self": "/events/evt_01M975DVF4Y29KV7DQ1RX5BH8H"
                     *         }
                     *       },
                     *       "links": {
                     *         "self": "/events/evt_01M975DVF4Y29KV7DQ1RX5BH8H"
                     *       }
                     *     }
                     */
                    "application/vnd.api+json": {
                        data: components["schemas"]["Event"];
                        links: {
                            self: string;
                        };
                    };
                };
            };
            400: components["responses"]["BadRequest_23ec38"];
            401: components["responses"]["Unauthorized_b4662b"];
            404: components["responses"]["EventNotFound"];
            406: components["responses"]["NotAcceptable"];
            408: components["responses"]["RequestTimeout"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable_c06393"];
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
                    /**
                     * @example {
                     *       "data": [],
                     *       "links": {
                     *         "self": "/events/evt_01M975DVF4Y29KV7DQ1RX5BH8H"
                     *       }
                     *     }
                     */
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
            400: components["responses"]["BadRequest_8b9272"];
            401: components["responses"]["Unauthorized_b4662b"];
            404: components["responses"]["NotFound_86532a"];
            406: components["responses"]["NotAcceptable"];
            408: components["responses"]["RequestTimeout"];
            409: components["responses"]["IdempotencyKeyInUse"];
            422: components["responses"]["IdempotencyKeyReused"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable_c06393"];
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
                    /**
                     * @example {
                     *       "data": [
                     *         {
                     *           "type": "webhookEndpoint",
                     *           "id": "whk_01M975DVJ7ZYDTDE3SE4JA8D0Z",
                     *           "attributes": {
                     *             "url": "https://example.com/linkcy/webhooks",
                     *             "events": [
                     *               "*"
                     *             ],
                     *             "description": "Backend",
                     *             "status": "enabled",
                     *             "disabledReason": null,
                     *             "createdAt": "2026-12-07T02:30:49.671Z",
                     *             "updatedAt": "2026-12-07T02:30:49.671Z"
                     *           },
                     *           "links": {
                     *             "self": "/webhooks/whk_01M975DVJ7ZYDTDE3SE4JA8D0Z",
                     *             "deliveries": "/webhooks/whk_01M975DVJ7ZYDTDE3SE4JA8D0Z/deliveries"
                     *           }
                     *         }
                     *       ],
                     *       "links": {
                     *         "self": "/webhooks"
                     *       }
                     *     }
                     */
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
            400: components["responses"]["BadRequest_d00f57"];
            401: components["responses"]["Unauthorized_b4662b"];
            406: components["responses"]["NotAcceptable"];
            408: components["responses"]["RequestTimeout"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable_c06393"];
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
                            events: ("*" | "entity.created" | "entity.updated" | "bankAccount.created" | "bankAccount.updated" | "transaction.created" | "transaction.updated" | "card.created" | "card.updated" | "authorization.created" | "authorization.updated" | "bookTransfer.created" | "sepaCreditTransfer.created" | "sepaCreditTransfer.updated" | "bankStatement.unmatchedCredit" | "payeeVerification.created")[];
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
                            events: ("*" | "entity.created" | "entity.updated" | "bankAccount.created" | "bankAccount.updated" | "transaction.created" | "transaction.updated" | "card.created" | "card.updated" | "authorization.created" | "authorization.updated" | "bookTransfer.created" | "sepaCreditTransfer.created" | "sepaCreditTransfer.updated" | "bankStatement.unmatchedCredit" | "payeeVerification.created")[];
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
                    /**
                     * @example {
                     *       "data": {
                     *         "type": "webhookEndpoint",
                     *         "id": "whk_01M975DVJ7ZYDTDE3SE4JA8D0Z",
                     *         "attributes": {
                     *           "url": "https://example.com/linkcy/webhooks",
                     *           "events": [
                     *             "*"
                     *           ],
                     *           "description": "Backend",
                     *           "status": "enabled",
                     *           "disabledReason": null,
                     *           "secret": "whsec_RVhBTVBMRS1zZWNyZXQtbm90LWEtcmVhbC1vbmU=",
                     *           "createdAt": "2026-12-07T02:30:49.671Z",
                     *           "updatedAt": "2026-12-07T02:30:49.671Z"
                     *         },
                     *         "links": {
                     *           "self": "/webhooks/whk_01M975DVJ7ZYDTDE3SE4JA8D0Z",
                     *           "deliveries": "/webhooks/whk_01M975DVJ7ZYDTDE3SE4JA8D0Z/deliveries"
                     *         }
                     *       },
                     *       "links": {
                     *         "self": "/webhooks/whk_01M975DVJ7ZYDTDE3SE4JA8D0Z"
                     *       }
                     *     }
                     */
                    "application/vnd.api+json": {
                        data: components["schemas"]["WebhookEndpoint"];
                        links: {
                            self: string;
                        };
                    };
                };
            };
            400: components["responses"]["BadRequest_be5030"];
            401: components["responses"]["Unauthorized_b4662b"];
            406: components["responses"]["NotAcceptable"];
            408: components["responses"]["RequestTimeout"];
            409: components["responses"]["Conflict_f33368"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["UnprocessableEntity_1833dd"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable_c06393"];
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
                    /**
                     * @example {
                     *       "data": {
                     *         "type": "webhookEndpoint",
                     *         "id": "whk_01M975DVJ7ZYDTDE3SE4JA8D0Z",
                     *         "attributes": {
                     *           "url": "https://example.com/linkcy/webhooks",
                     *           "events": [
                     *             "*"
                     *           ],
                     *           "description": "Backend",
                     *           "status": "enabled",
                     *           "disabledReason": null,
                     *           "createdAt": "2026-12-07T02:30:49.671Z",
                     *           "updatedAt": "2026-12-07T02:30:49.671Z"
                     *         },
                     *         "links": {
                     *           "self": "/webhooks/whk_01M975DVJ7ZYDTDE3SE4JA8D0Z",
                     *           "deliveries": "/webhooks/whk_01M975DVJ7ZYDTDE3SE4JA8D0Z/deliveries"
                     *         }
                     *       },
                     *       "links": {
                     *         "self": "/webhooks/whk_01M975DVJ7ZYDTDE3SE4JA8D0Z"
                     *       }
                     *     }
                     */
                    "application/vnd.api+json": {
                        data: components["schemas"]["WebhookEndpoint"];
                        links: {
                            self: string;
                        };
                    };
                };
            };
            400: components["responses"]["BadRequest_23ec38"];
            401: components["responses"]["Unauthorized_b4662b"];
            404: components["responses"]["WebhookNotFound"];
            406: components["responses"]["NotAcceptable"];
            408: components["responses"]["RequestTimeout"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable_c06393"];
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
            400: components["responses"]["BadRequest_23ec38"];
            401: components["responses"]["Unauthorized_b4662b"];
            404: components["responses"]["WebhookNotFound"];
            406: components["responses"]["NotAcceptable"];
            408: components["responses"]["RequestTimeout"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable_c06393"];
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
                            events?: ("*" | "entity.created" | "entity.updated" | "bankAccount.created" | "bankAccount.updated" | "transaction.created" | "transaction.updated" | "card.created" | "card.updated" | "authorization.created" | "authorization.updated" | "bookTransfer.created" | "sepaCreditTransfer.created" | "sepaCreditTransfer.updated" | "bankStatement.unmatchedCredit" | "payeeVerification.created")[];
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
                            events?: ("*" | "entity.created" | "entity.updated" | "bankAccount.created" | "bankAccount.updated" | "transaction.created" | "transaction.updated" | "card.created" | "card.updated" | "authorization.created" | "authorization.updated" | "bookTransfer.created" | "sepaCreditTransfer.created" | "sepaCreditTransfer.updated" | "bankStatement.unmatchedCredit" | "payeeVerification.created")[];
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
                    /**
                     * @example {
                     *       "data": {
                     *         "type": "webhookEndpoint",
                     *         "id": "whk_01M975DVJ7ZYDTDE3SE4JA8D0Z",
                     *         "attributes": {
                     *           "url": "https://example.com/linkcy/webhooks",
                     *           "events": [
                     *             "card.updated",
                     *             "transaction.created"
                     *           ],
                     *           "description": "Backend",
                     *           "status": "enabled",
                     *           "disabledReason": null,
                     *           "createdAt": "2026-12-07T02:30:49.671Z",
                     *           "updatedAt": "2026-12-07T02:30:49.712Z"
                     *         },
                     *         "links": {
                     *           "self": "/webhooks/whk_01M975DVJ7ZYDTDE3SE4JA8D0Z",
                     *           "deliveries": "/webhooks/whk_01M975DVJ7ZYDTDE3SE4JA8D0Z/deliveries"
                     *         }
                     *       },
                     *       "links": {
                     *         "self": "/webhooks/whk_01M975DVJ7ZYDTDE3SE4JA8D0Z"
                     *       }
                     *     }
                     */
                    "application/vnd.api+json": {
                        data: components["schemas"]["WebhookEndpoint"];
                        links: {
                            self: string;
                        };
                    };
                };
            };
            400: components["responses"]["BadRequest_97e3bb"];
            401: components["responses"]["Unauthorized_b4662b"];
            404: components["responses"]["WebhookNotFound"];
            406: components["responses"]["NotAcceptable"];
            408: components["responses"]["RequestTimeout"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["UnprocessableEntity_32a2bd"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable_c06393"];
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
                    /**
                     * @example {
                     *       "data": {
                     *         "type": "webhookEndpoint",
                     *         "id": "whk_01M975DVJ7ZYDTDE3SE4JA8D0Z",
                     *         "attributes": {
                     *           "url": "https://example.com/linkcy/webhooks",
                     *           "events": [
                     *             "card.updated",
                     *             "transaction.created"
                     *           ],
                     *           "description": "Backend",
                     *           "status": "enabled",
                     *           "disabledReason": null,
                     *           "secret": "whsec_RVhBTVBMRS1zZWNyZXQtbm90LWEtcmVhbC1vbmU=",
                     *           "createdAt": "2026-12-07T02:30:49.671Z",
                     *           "updatedAt": "2026-12-07T02:30:49.732Z"
                     *         },
                     *         "links": {
                     *           "self": "/webhooks/whk_01M975DVJ7ZYDTDE3SE4JA8D0Z",
                     *           "deliveries": "/webhooks/whk_01M975DVJ7ZYDTDE3SE4JA8D0Z/deliveries"
                     *         }
                     *       },
                     *       "links": {
                     *         "self": "/webhooks/whk_01M975DVJ7ZYDTDE3SE4JA8D0Z"
                     *       }
                     *     }
                     */
                    "application/vnd.api+json": {
                        data: components["schemas"]["WebhookEndpoint"];
                        links: {
                            self: string;
                        };
                    };
                };
            };
            400: components["responses"]["BadRequest_8b9272"];
            401: components["responses"]["Unauthorized_b4662b"];
            404: components["responses"]["WebhookNotFound"];
            406: components["responses"]["NotAcceptable"];
            408: components["responses"]["RequestTimeout"];
            409: components["responses"]["IdempotencyKeyInUse"];
            422: components["responses"]["IdempotencyKeyReused"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable_c06393"];
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
                    /**
                     * @example {
                     *       "data": [],
                     *       "links": {
                     *         "self": "/webhooks/whk_01M975DVJ7ZYDTDE3SE4JA8D0Z/deliveries"
                     *       }
                     *     }
                     */
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
            400: components["responses"]["BadRequest_d3acdd"];
            401: components["responses"]["Unauthorized_b4662b"];
            404: components["responses"]["WebhookNotFound"];
            406: components["responses"]["NotAcceptable"];
            408: components["responses"]["RequestTimeout"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable_c06393"];
        };
    };
    createPayeeVerification: {
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
                        type: "payeeVerification";
                        attributes: {
                            /** @description The payee’s IBAN (a SEPA country’s, valid check digits). */
                            iban: string;
                            /** @description The payee’s name as the payer gave it. */
                            name: string;
                        };
                    };
                };
                "application/json": {
                    data: {
                        /** @enum {string} */
                        type: "payeeVerification";
                        attributes: {
                            /** @description The payee’s IBAN (a SEPA country’s, valid check digits). */
                            iban: string;
                            /** @description The payee’s name as the payer gave it. */
                            name: string;
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
                    /**
                     * @example {
                     *       "data": {
                     *         "type": "payeeVerification",
                     *         "id": "pv_01M975DVE7PCM1J65PC6SFXNAC",
                     *         "attributes": {
                     *           "iban": "DE89370400440532013000",
                     *           "name": "Charles Babage",
                     *           "result": "close_match",
                     *           "matchedName": "Charles Babbage",
                     *           "createdAt": "2026-12-07T02:30:49.540Z"
                     *         },
                     *         "links": {
                     *           "self": "/payee-verifications/pv_01M975DVE7PCM1J65PC6SFXNAC"
                     *         }
                     *       },
                     *       "links": {
                     *         "self": "/payee-verifications/pv_01M975DVE7PCM1J65PC6SFXNAC"
                     *       }
                     *     }
                     */
                    "application/vnd.api+json": {
                        data: components["schemas"]["PayeeVerification"];
                        links: {
                            self: string;
                        };
                    };
                };
            };
            400: components["responses"]["BadRequest_be5030"];
            401: components["responses"]["Unauthorized_b4662b"];
            406: components["responses"]["NotAcceptable"];
            408: components["responses"]["RequestTimeout"];
            409: components["responses"]["IdempotencyKeyInUse"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["UnprocessableEntity_ab1468"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable_c06393"];
        };
    };
    getPayeeVerification: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The verification id, `pv_...`. */
                verificationId: string;
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
                    /**
                     * @example {
                     *       "data": {
                     *         "type": "payeeVerification",
                     *         "id": "pv_01M975DVE7PCM1J65PC6SFXNAC",
                     *         "attributes": {
                     *           "iban": "DE89370400440532013000",
                     *           "name": "Charles Babage",
                     *           "result": "close_match",
                     *           "matchedName": "Charles Babbage",
                     *           "createdAt": "2026-12-07T02:30:49.540Z"
                     *         },
                     *         "links": {
                     *           "self": "/payee-verifications/pv_01M975DVE7PCM1J65PC6SFXNAC"
                     *         }
                     *       },
                     *       "links": {
                     *         "self": "/payee-verifications/pv_01M975DVE7PCM1J65PC6SFXNAC"
                     *       }
                     *     }
                     */
                    "application/vnd.api+json": {
                        data: components["schemas"]["PayeeVerification"];
                        links: {
                            self: string;
                        };
                    };
                };
            };
            400: components["responses"]["BadRequest_23ec38"];
            401: components["responses"]["Unauthorized_b4662b"];
            404: components["responses"]["PayeeVerificationNotFound"];
            406: components["responses"]["NotAcceptable"];
            408: components["responses"]["RequestTimeout"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable_c06393"];
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
                    /**
                     * @example {
                     *       "data": [
                     *         {
                     *           "type": "bookTransfer",
                     *           "id": "btr_01M975DV3YRAVPDNQ1R7J9NMTN",
                     *           "attributes": {
                     *             "amount": 2500,
                     *             "currency": "EUR",
                     *             "description": "Rent share",
                     *             "status": "posted",
                     *             "createdAt": "2026-12-07T02:30:49.206Z"
                     *           },
                     *           "relationships": {
                     *             "from": {
                     *               "data": {
                     *                 "type": "bankAccount",
                     *                 "id": "acc_01M975DTM83R22F29537DPNKJH"
                     *               }
                     *             },
                     *             "to": {
                     *               "data": {
                     *                 "type": "bankAccount",
                     *                 "id": "acc_01M975DTMZBQXWD927S86FKFDM"
                     *               }
                     *             },
                     *             "debitTransaction": {
                     *               "data": {
                     *                 "type": "transaction",
                     *                 "id": "txn_01M975DV3YRAVPDNQ1R7J9NMTK"
                     *               }
                     *             },
                     *             "creditTransaction": {
                     *               "data": {
                     *                 "type": "transaction",
                     *                 "id": "txn_01M975DV3YRAVPDNQ1R7J9NMTM"
                     *               }
                     *             }
                     *           },
                     *           "links": {
                     *             "self": "/transfers/btr_01M975DV3YRAVPDNQ1R7J9NMTN"
                     *           }
                     *         }
                     *       ],
                     *       "links": {
                     *         "self": "/transfers"
                     *       }
                     *     }
                     */
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
            400: components["responses"]["BadRequest_d00f57"];
            401: components["responses"]["Unauthorized_b4662b"];
            406: components["responses"]["NotAcceptable"];
            408: components["responses"]["RequestTimeout"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable_c06393"];
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
                    /**
                     * @example {
                     *       "data": {
                     *         "type": "bookTransfer",
                     *         "id": "btr_01M975DV3YRAVPDNQ1R7J9NMTN",
                     *         "attributes": {
                     *           "amount": 2500,
                     *           "currency": "EUR",
                     *           "description": "Rent share",
                     *           "status": "posted",
                     *           "createdAt": "2026-12-07T02:30:49.206Z"
                     *         },
                     *         "relationships": {
                     *           "from": {
                     *             "data": {
                     *               "type": "bankAccount",
                     *               "id": "acc_01M975DTM83R22F29537DPNKJH"
                     *             }
                     *           },
                     *           "to": {
                     *             "data": {
                     *               "type": "bankAccount",
                     *               "id": "acc_01M975DTMZBQXWD927S86FKFDM"
                     *             }
                     *           },
                     *           "debitTransaction": {
                     *             "data": {
                     *               "type": "transaction",
                     *               "id": "txn_01M975DV3YRAVPDNQ1R7J9NMTK"
                     *             }
                     *           },
                     *           "creditTransaction": {
                     *             "data": {
                     *               "type": "transaction",
                     *               "id": "txn_01M975DV3YRAVPDNQ1R7J9NMTM"
                     *             }
                     *           }
                     *         },
                     *         "links": {
                     *           "self": "/transfers/btr_01M975DV3YRAVPDNQ1R7J9NMTN"
                     *         }
                     *       },
                     *       "links": {
                     *         "self": "/transfers/btr_01M975DV3YRAVPDNQ1R7J9NMTN"
                     *       }
                     *     }
                     */
                    "application/vnd.api+json": {
                        data: components["schemas"]["BookTransfer"];
                        links: {
                            self: string;
                        };
                    };
                };
            };
            400: components["responses"]["BadRequest_be5030"];
            401: components["responses"]["Unauthorized_b4662b"];
            404: components["responses"]["BankAccountNotFound"];
            406: components["responses"]["NotAcceptable"];
            408: components["responses"]["RequestTimeout"];
            409: components["responses"]["Conflict_2880f5"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["UnprocessableEntity_660ae7"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable_c06393"];
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
                    /**
                     * @example {
                     *       "data": {
                     *         "type": "bookTransfer",
                     *         "id": "btr_01M975DV3YRAVPDNQ1R7J9NMTN",
                     *         "attributes": {
                     *           "amount": 2500,
                     *           "currency": "EUR",
                     *           "description": "Rent share",
                     *           "status": "posted",
                     *           "createdAt": "2026-12-07T02:30:49.206Z"
                     *         },
                     *         "relationships": {
                     *           "from": {
                     *             "data": {
                     *               "type": "bankAccount",
                     *               "id": "acc_01M975DTM83R22F29537DPNKJH"
                     *             }
                     *           },
                     *           "to": {
                     *             "data": {
                     *               "type": "bankAccount",
                     *               "id": "acc_01M975DTMZBQXWD927S86FKFDM"
                     *             }
                     *           },
                     *           "debitTransaction": {
                     *             "data": {
                     *               "type": "transaction",
                     *               "id": "txn_01M975DV3YRAVPDNQ1R7J9NMTK"
                     *             }
                     *           },
                     *           "creditTransaction": {
                     *             "data": {
                     *               "type": "transaction",
                     *               "id": "txn_01M975DV3YRAVPDNQ1R7J9NMTM"
                     *             }
                     *           }
                     *         },
                     *         "links": {
                     *           "self": "/transfers/btr_01M975DV3YRAVPDNQ1R7J9NMTN"
                     *         }
                     *       },
                     *       "links": {
                     *         "self": "/transfers/btr_01M975DV3YRAVPDNQ1R7J9NMTN"
                     *       }
                     *     }
                     */
                    "application/vnd.api+json": {
                        data: components["schemas"]["BookTransfer"];
                        links: {
                            self: string;
                        };
                    };
                };
            };
            400: components["responses"]["BadRequest_23ec38"];
            401: components["responses"]["Unauthorized_b4662b"];
            404: components["responses"]["BookTransferNotFound"];
            406: components["responses"]["NotAcceptable"];
            408: components["responses"]["RequestTimeout"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable_c06393"];
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
                    /**
                     * @example {
                     *       "data": [
                     *         {
                     *           "type": "sepaCreditTransfer",
                     *           "id": "sct_01M975DV5K6JWZWH30SXQ18NYW",
                     *           "attributes": {
                     *             "amount": 12345,
                     *             "currency": "EUR",
                     *             "status": "pending",
                     *             "creditor": {
                     *               "name": "Charles Babbage",
                     *               "iban": "DE89370400440532013000",
                     *               "bic": null
                     *             },
                     *             "remittanceInformation": "Invoice INV-42",
                     *             "endToEndId": "INV-42",
                     *             "scheme": "standard",
                     *             "payeeVerification": null,
                     *             "returnReason": null,
                     *             "submittedAt": null,
                     *             "settledAt": null,
                     *             "createdAt": "2026-12-07T02:30:49.266Z",
                     *             "updatedAt": "2026-12-07T02:30:49.266Z"
                     *           },
                     *           "relationships": {
                     *             "bankAccount": {
                     *               "data": {
                     *                 "type": "bankAccount",
                     *                 "id": "acc_01M975DTM83R22F29537DPNKJH"
                     *               }
                     *             },
                     *             "transaction": {
                     *               "data": {
                     *                 "type": "transaction",
                     *                 "id": "txn_01M975DV5W0CV1F7QSE415CAJT"
                     *               }
                     *             },
                     *             "returnTransaction": {
                     *               "data": null
                     *             }
                     *           },
                     *           "links": {
                     *             "self": "/sepa-credit-transfers/sct_01M975DV5K6JWZWH30SXQ18NYW"
                     *           }
                     *         }
                     *       ],
                     *       "links": {
                     *         "self": "/sepa-credit-transfers"
                     *       }
                     *     }
                     */
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
            400: components["responses"]["BadRequest_d00f57"];
            401: components["responses"]["Unauthorized_b4662b"];
            406: components["responses"]["NotAcceptable"];
            408: components["responses"]["RequestTimeout"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable_c06393"];
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
                                /** @description Up to 70 characters; accents are dropped (é -> e), Cyrillic and Greek transliterated (Пётр -> Petr), other scripts refused. */
                                name: string;
                                /** @description An IBAN of a SEPA country, with valid check digits and national format. */
                                iban: string;
                                /** @description Optional under the SEPA rulebook. */
                                bic?: string | null;
                            };
                            /** @description Unstructured, up to 140 characters. */
                            remittanceInformation?: string | null;
                            /** @description Your reference, carried to the creditor; unique in your organization. When absent, the transfer's id with `-` for `_` (`sct-01J…`), as SEPA identifiers hold no `_`. */
                            endToEndId?: string;
                            /**
                             * @description `standard` (SCT, the default: through the next bank file) or `instant` (SCT Inst: `settled` or `rejected` within 10 seconds; to an IBAN held here, credited in the same transaction).
                             * @enum {string}
                             */
                            scheme?: "standard" | "instant";
                            /** @description The Verification of Payee the payer saw before authorizing; recorded on the transfer. */
                            payeeVerification?: {
                                /** @description A verification (`POST /payee-verifications`) of this creditor’s IBAN and name. */
                                id: string;
                                /** @description The payer saw a result other than `match` and still wants to pay: required for those. */
                                acknowledged: boolean;
                            };
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
                                /** @description Up to 70 characters; accents are dropped (é -> e), Cyrillic and Greek transliterated (Пётр -> Petr), other scripts refused. */
                                name: string;
                                /** @description An IBAN of a SEPA country, with valid check digits and national format. */
                                iban: string;
                                /** @description Optional under the SEPA rulebook. */
                                bic?: string | null;
                            };
                            /** @description Unstructured, up to 140 characters. */
                            remittanceInformation?: string | null;
                            /** @description Your reference, carried to the creditor; unique in your organization. When absent, the transfer's id with `-` for `_` (`sct-01J…`), as SEPA identifiers hold no `_`. */
                            endToEndId?: string;
                            /**
                             * @description `standard` (SCT, the default: through the next bank file) or `instant` (SCT Inst: `settled` or `rejected` within 10 seconds; to an IBAN held here, credited in the same transaction).
                             * @enum {string}
                             */
                            scheme?: "standard" | "instant";
                            /** @description The Verification of Payee the payer saw before authorizing; recorded on the transfer. */
                            payeeVerification?: {
                                /** @description A verification (`POST /payee-verifications`) of this creditor’s IBAN and name. */
                                id: string;
                                /** @description The payer saw a result other than `match` and still wants to pay: required for those. */
                                acknowledged: boolean;
                            };
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
                    /**
                     * @example {
                     *       "data": {
                     *         "type": "sepaCreditTransfer",
                     *         "id": "sct_01M975DV5K6JWZWH30SXQ18NYW",
                     *         "attributes": {
                     *           "amount": 12345,
                     *           "currency": "EUR",
                     *           "status": "pending",
                     *           "creditor": {
                     *             "name": "Charles Babbage",
                     *             "iban": "DE89370400440532013000",
                     *             "bic": null
                     *           },
                     *           "remittanceInformation": "Invoice INV-42",
                     *           "endToEndId": "INV-42",
                     *           "scheme": "standard",
                     *           "payeeVerification": null,
                     *           "returnReason": null,
                     *           "submittedAt": null,
                     *           "settledAt": null,
                     *           "createdAt": "2026-12-07T02:30:49.266Z",
                     *           "updatedAt": "2026-12-07T02:30:49.266Z"
                     *         },
                     *         "relationships": {
                     *           "bankAccount": {
                     *             "data": {
                     *               "type": "bankAccount",
                     *               "id": "acc_01M975DTM83R22F29537DPNKJH"
                     *             }
                     *           },
                     *           "transaction": {
                     *             "data": {
                     *               "type": "transaction",
                     *               "id": "txn_01M975DV5W0CV1F7QSE415CAJT"
                     *             }
                     *           },
                     *           "returnTransaction": {
                     *             "data": null
                     *           }
                     *         },
                     *         "links": {
                     *           "self": "/sepa-credit-transfers/sct_01M975DV5K6JWZWH30SXQ18NYW"
                     *         }
                     *       },
                     *       "links": {
                     *         "self": "/sepa-credit-transfers/sct_01M975DV5K6JWZWH30SXQ18NYW"
                     *       }
                     *     }
                     */
                    "application/vnd.api+json": {
                        data: components["schemas"]["SepaCreditTransfer"];
                        links: {
                            self: string;
                        };
                    };
                };
            };
            400: components["responses"]["BadRequest_be5030"];
            401: components["responses"]["Unauthorized_b4662b"];
            404: components["responses"]["NotFound_c6693a"];
            406: components["responses"]["NotAcceptable"];
            408: components["responses"]["RequestTimeout"];
            409: components["responses"]["Conflict_b5d2bf"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["UnprocessableEntity_1d0336"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable_c06393"];
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
                    /**
                     * @example {
                     *       "data": {
                     *         "type": "sepaCreditTransfer",
                     *         "id": "sct_01M975DV5K6JWZWH30SXQ18NYW",
                     *         "attributes": {
                     *           "amount": 12345,
                     *           "currency": "EUR",
                     *           "status": "pending",
                     *           "creditor": {
                     *             "name": "Charles Babbage",
                     *             "iban": "DE89370400440532013000",
                     *             "bic": null
                     *           },
                     *           "remittanceInformation": "Invoice INV-42",
                     *           "endToEndId": "INV-42",
                     *           "scheme": "standard",
                     *           "payeeVerification": null,
                     *           "returnReason": null,
                     *           "submittedAt": null,
                     *           "settledAt": null,
                     *           "createdAt": "2026-12-07T02:30:49.266Z",
                     *           "updatedAt": "2026-12-07T02:30:49.266Z"
                     *         },
                     *         "relationships": {
                     *           "bankAccount": {
                     *             "data": {
                     *               "type": "bankAccount",
                     *               "id": "acc_01M975DTM83R22F29537DPNKJH"
                     *             }
                     *           },
                     *           "transaction": {
                     *             "data": {
                     *               "type": "transaction",
                     *               "id": "txn_01M975DV5W0CV1F7QSE415CAJT"
                     *             }
                     *           },
                     *           "returnTransaction": {
                     *             "data": null
                     *           }
                     *         },
                     *         "links": {
                     *           "self": "/sepa-credit-transfers/sct_01M975DV5K6JWZWH30SXQ18NYW"
                     *         }
                     *       },
                     *       "links": {
                     *         "self": "/sepa-credit-transfers/sct_01M975DV5K6JWZWH30SXQ18NYW"
                     *       }
                     *     }
                     */
                    "application/vnd.api+json": {
                        data: components["schemas"]["SepaCreditTransfer"];
                        links: {
                            self: string;
                        };
                    };
                };
            };
            400: components["responses"]["BadRequest_23ec38"];
            401: components["responses"]["Unauthorized_b4662b"];
            404: components["responses"]["SepaCreditTransferNotFound"];
            406: components["responses"]["NotAcceptable"];
            408: components["responses"]["RequestTimeout"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable_c06393"];
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
                    /**
                     * @example {
                     *       "data": {
                     *         "type": "sepaCreditTransfer",
                     *         "id": "sct_01M975DVB8XQ8T454YA98AMFZP",
                     *         "attributes": {
                     *           "amount": 7000,
                     *           "currency": "EUR",
                     *           "status": "cancelled",
                     *           "creditor": {
                     *             "name": "Charles Babbage",
                     *             "iban": "DE89370400440532013000",
                     *             "bic": null
                     *           },
                     *           "remittanceInformation": "Invoice INV-44",
                     *           "endToEndId": "INV-44",
                     *           "scheme": "standard",
                     *           "payeeVerification": null,
                     *           "returnReason": null,
                     *           "submittedAt": null,
                     *           "settledAt": null,
                     *           "createdAt": "2026-12-07T02:30:49.447Z",
                     *           "updatedAt": "2026-12-07T02:30:49.481Z"
                     *         },
                     *         "relationships": {
                     *           "bankAccount": {
                     *             "data": {
                     *               "type": "bankAccount",
                     *               "id": "acc_01M975DTM83R22F29537DPNKJH"
                     *             }
                     *           },
                     *           "transaction": {
                     *             "data": {
                     *               "type": "transaction",
                     *               "id": "txn_01M975DVBK71WP9S4VE94B9QMM"
                     *             }
                     *           },
                     *           "returnTransaction": {
                     *             "data": null
                     *           }
                     *         },
                     *         "links": {
                     *           "self": "/sepa-credit-transfers/sct_01M975DVB8XQ8T454YA98AMFZP"
                     *         }
                     *       },
                     *       "links": {
                     *         "self": "/sepa-credit-transfers/sct_01M975DVB8XQ8T454YA98AMFZP"
                     *       }
                     *     }
                     */
                    "application/vnd.api+json": {
                        data: components["schemas"]["SepaCreditTransfer"];
                        links: {
                            self: string;
                        };
                    };
                };
            };
            400: components["responses"]["BadRequest_8b9272"];
            401: components["responses"]["Unauthorized_b4662b"];
            404: components["responses"]["SepaCreditTransferNotFound"];
            406: components["responses"]["NotAcceptable"];
            408: components["responses"]["RequestTimeout"];
            409: components["responses"]["Conflict_aca3c6"];
            422: components["responses"]["IdempotencyKeyReused"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable_c06393"];
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
                    /**
                     * @example {
                     *       "data": {
                     *         "type": "accountStatement",
                     *         "id": "3R22F29537DPNKJH-20261201-20261207",
                     *         "attributes": {
                     *           "from": "2026-12-01",
                     *           "to": "2026-12-07",
                     *           "iban": "FR7699999000019720404951058",
                     *           "currency": "EUR",
                     *           "openingBalance": 0,
                     *           "closingBalance": 247500,
                     *           "entries": [
                     *             {
                     *               "reference": "txn_01M975DTP7GXHCKS2YPWY37N4X",
                     *               "bookedAt": "2026-12-07T02:30:48.763Z",
                     *               "direction": "credit",
                     *               "amount": 250000,
                     *               "bankTransactionCode": "PMNT/RCDT/ESCT",
                     *               "counterparty": {
                     *                 "name": "Analytical Engines Ltd",
                     *                 "iban": "DE89370400440532013000"
                     *               },
                     *               "remittanceInformation": "Salary November",
                     *               "endToEndId": null,
                     *               "returnReason": null
                     *             },
                     *             {
                     *               "reference": "txn_01M975DTY6AMXR0RNAS0BZ5RZ8",
                     *               "bookedAt": "2026-12-07T02:30:49.061Z",
                     *               "direction": "debit",
                     *               "amount": 1250,
                     *               "bankTransactionCode": "PMNT/CCRD/POSD",
                     *               "counterparty": {
                     *                 "name": "Café de Flore",
                     *                 "iban": null
                     *               },
                     *               "remittanceInformation": "Café de Flore",
                     *               "endToEndId": null,
                     *               "returnReason": null
                     *             },
                     *             {
                     *               "reference": "txn_01M975DV34H4ZVPD6C25J9X9TM",
                     *               "bookedAt": "2026-12-07T02:30:49.182Z",
                     *               "direction": "credit",
                     *               "amount": 1250,
                     *               "bankTransactionCode": "PMNT/CCRD/RIMB",
                     *               "counterparty": {
                     *                 "name": "Café de Flore",
                     *                 "iban": null
                     *               },
                     *               "remittanceInformation": "Refund from Café de Flore",
                     *               "endToEndId": null,
                     *               "returnReason": null
                     *             },
                     *             {
                     *               "reference": "txn_01M975DV3YRAVPDNQ1R7J9NMTK",
                     *               "bookedAt": "2026-12-07T02:30:49.206Z",
                     *               "direction": "debit",
                     *               "amount": 2500,
                     *               "bankTransactionCode": "PMNT/ICDT/BOOK",
                     *               "counterparty": {
                     *                 "name": "Charles Babbage",
                     *                 "iban": "FR7699999000011092168142557"
                     *               },
                     *               "remittanceInformation": "Rent share",
                     *               "endToEndId": null,
                     *               "returnReason": null
                     *             },
                     *             {
                     *               "reference": "txn_01M975DV5W0CV1F7QSE415CAJT",
                     *               "bookedAt": "2026-12-07T02:30:49.305Z",
                     *               "direction": "debit",
                     *               "amount": 12345,
                     *               "bankTransactionCode": "PMNT/ICDT/ESCT",
                     *               "counterparty": {
                     *                 "name": "Charles Babbage",
                     *                 "iban": "DE89370400440532013000"
                     *               },
                     *               "remittanceInformation": "Invoice INV-42",
                     *               "endToEndId": "INV-42",
                     *               "returnReason": null
                     *             },
                     *             {
                     *               "reference": "txn_01M975DV8ZCFHB2A71FY416AE1",
                     *               "bookedAt": "2026-12-07T02:30:49.363Z",
                     *               "direction": "credit",
                     *               "amount": 12345,
                     *               "bankTransactionCode": "PMNT/ICDT/RRTN",
                     *               "counterparty": {
                     *                 "name": "Charles Babbage",
                     *                 "iban": "DE89370400440532013000"
                     *               },
                     *               "remittanceInformation": "Invoice INV-42",
                     *               "endToEndId": "INV-42",
                     *               "returnReason": "AC04"
                     *             }
                     *           ]
                     *         },
                     *         "relationships": {
                     *           "bankAccount": {
                     *             "data": {
                     *               "type": "bankAccount",
                     *               "id": "acc_01M975DTM83R22F29537DPNKJH"
                     *             }
                     *           }
                     *         },
                     *         "links": {
                     *           "self": "/bank/accounts/acc_01M975DTM83R22F29537DPNKJH/statement?from=2026-12-01&to=2026-12-07"
                     *         }
                     *       },
                     *       "links": {
                     *         "self": "/bank/accounts/acc_01M975DTM83R22F29537DPNKJH/statement?from=2026-12-01&to=2026-12-07"
                     *       }
                     *     }
                     */
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
            400: components["responses"]["BadRequest_23ec38"];
            401: components["responses"]["Unauthorized_b4662b"];
            404: components["responses"]["BankAccountNotFound"];
            406: components["responses"]["NotAcceptable"];
            408: components["responses"]["RequestTimeout"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable_c06393"];
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
                            /**
                             * @description `instant` for an SCT Inst credit (SPEC §14): booked at once, as every simulated credit is, and named so.
                             * @enum {string}
                             */
                            scheme?: "standard" | "instant";
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
                            /**
                             * @description `instant` for an SCT Inst credit (SPEC §14): booked at once, as every simulated credit is, and named so.
                             * @enum {string}
                             */
                            scheme?: "standard" | "instant";
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
                    /**
                     * @example {
                     *       "data": {
                     *         "type": "transaction",
                     *         "id": "txn_01M975DTP7GXHCKS2YPWY37N4X",
                     *         "attributes": {
                     *           "direction": "credit",
                     *           "amount": 250000,
                     *           "currency": "EUR",
                     *           "kind": "incomingTransfer",
                     *           "status": "posted",
                     *           "description": "Transfer from Analytical Engines Ltd",
                     *           "reference": "Salary November",
                     *           "counterparty": {
                     *             "name": "Analytical Engines Ltd",
                     *             "iban": "DE89370400440532013000",
                     *             "bic": null
                     *           },
                     *           "merchant": null,
                     *           "balanceAfter": 250000,
                     *           "createdAt": "2026-12-07T02:30:48.763Z",
                     *           "postedAt": "2026-12-07T02:30:48.763Z",
                     *           "updatedAt": "2026-12-07T02:30:48.763Z"
                     *         },
                     *         "relationships": {
                     *           "bankAccount": {
                     *             "data": {
                     *               "type": "bankAccount",
                     *               "id": "acc_01M975DTM83R22F29537DPNKJH"
                     *             }
                     *           },
                     *           "card": {
                     *             "data": null
                     *           }
                     *         },
                     *         "links": {
                     *           "self": "/transactions/txn_01M975DTP7GXHCKS2YPWY37N4X"
                     *         }
                     *       },
                     *       "links": {
                     *         "self": "/transactions/txn_01M975DTP7GXHCKS2YPWY37N4X"
                     *       }
                     *     }
                     */
                    "application/vnd.api+json": {
                        data: components["schemas"]["Transaction"];
                        links: {
                            self: string;
                        };
                    };
                };
            };
            400: components["responses"]["BadRequest_be5030"];
            401: components["responses"]["Unauthorized_b4662b"];
            406: components["responses"]["NotAcceptable"];
            408: components["responses"]["RequestTimeout"];
            409: components["responses"]["Conflict_2880f5"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["UnprocessableEntity_5840c7"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable_c06393"];
        };
    };
    simulatePayee: {
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
                        type: "payee";
                        attributes: {
                            /** @description An IBAN of another bank (one held here is answered from its holder). */
                            iban: string;
                            /** @description Its holder’s name. */
                            name: string;
                        };
                    };
                };
                "application/json": {
                    data: {
                        /** @enum {string} */
                        type: "payee";
                        attributes: {
                            /** @description An IBAN of another bank (one held here is answered from its holder). */
                            iban: string;
                            /** @description Its holder’s name. */
                            name: string;
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
                    /**
                     * @example {
                     *       "data": {
                     *         "type": "payee",
                     *         "id": "DE89370400440532013000",
                     *         "attributes": {
                     *           "iban": "DE89370400440532013000",
                     *           "name": "Charles Babbage",
                     *           "createdAt": "2026-12-07T02:30:49.516Z"
                     *         }
                     *       }
                     *     }
                     */
                    "application/vnd.api+json": {
                        data: {
                            /** @enum {string} */
                            type: "payee";
                            /** @description The IBAN. */
                            id: string;
                            attributes: {
                                iban: string;
                                name: string;
                                /**
                                 * Format: date-time
                                 * @description RFC 3339 UTC timestamp.
                                 */
                                createdAt: string;
                            };
                        };
                    };
                };
            };
            400: components["responses"]["BadRequest_be5030"];
            401: components["responses"]["Unauthorized_b4662b"];
            406: components["responses"]["NotAcceptable"];
            408: components["responses"]["RequestTimeout"];
            409: components["responses"]["IdempotencyKeyInUse"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["UnprocessableEntity_ab1468"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable_c06393"];
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
                            /** @description Card present: the PIN the cardholder typed. Three wrong in a row block the PIN until it is reset. */
                            pin?: string;
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
                            /** @description Card present: the PIN the cardholder typed. Three wrong in a row block the PIN until it is reset. */
                            pin?: string;
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
                    /**
                     * @example {
                     *       "data": {
                     *         "type": "authorization",
                     *         "id": "auth_01M975DTY6AMXR0RNAS0BZ5RZ9",
                     *         "attributes": {
                     *           "status": "approved",
                     *           "declineReason": null,
                     *           "amount": 1250,
                     *           "capturedAmount": null,
                     *           "currency": "EUR",
                     *           "merchant": {
                     *             "name": "Café de Flore",
                     *             "mcc": "5812",
                     *             "city": "Paris",
                     *             "country": "FR"
                     *           },
                     *           "increments": [],
                     *           "decision": null,
                     *           "expiresAt": "2026-12-14T02:30:49.007Z",
                     *           "createdAt": "2026-12-07T02:30:49.007Z",
                     *           "updatedAt": "2026-12-07T02:30:49.007Z"
                     *         },
                     *         "relationships": {
                     *           "card": {
                     *             "data": {
                     *               "type": "card",
                     *               "id": "card_01M975DTQ0KPXY58HR00BV7Q4R"
                     *             }
                     *           },
                     *           "transaction": {
                     *             "data": {
                     *               "type": "transaction",
                     *               "id": "txn_01M975DTY6AMXR0RNAS0BZ5RZ8"
                     *             }
                     *           }
                     *         },
                     *         "links": {
                     *           "self": "/authorizations/auth_01M975DTY6AMXR0RNAS0BZ5RZ9"
                     *         }
                     *       },
                     *       "links": {
                     *         "self": "/authorizations/auth_01M975DTY6AMXR0RNAS0BZ5RZ9"
                     *       }
                     *     }
                     */
                    "application/vnd.api+json": {
                        data: components["schemas"]["Authorization"];
                        links: {
                            self: string;
                        };
                    };
                };
            };
            400: components["responses"]["BadRequest_be5030"];
            401: components["responses"]["Unauthorized_b4662b"];
            404: components["responses"]["CardNotFound"];
            406: components["responses"]["NotAcceptable"];
            408: components["responses"]["RequestTimeout"];
            409: components["responses"]["IdempotencyKeyInUse"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["UnprocessableEntity_ab1468"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable_c06393"];
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
                    /**
                     * @example {
                     *       "data": {
                     *         "type": "authorization",
                     *         "id": "auth_01M975DTY6AMXR0RNAS0BZ5RZ9",
                     *         "attributes": {
                     *           "status": "captured",
                     *           "declineReason": null,
                     *           "amount": 1250,
                     *           "capturedAmount": 1250,
                     *           "currency": "EUR",
                     *           "merchant": {
                     *             "name": "Café de Flore",
                     *             "mcc": "5812",
                     *             "city": "Paris",
                     *             "country": "FR"
                     *           },
                     *           "increments": [],
                     *           "decision": null,
                     *           "expiresAt": "2026-12-14T02:30:49.007Z",
                     *           "createdAt": "2026-12-07T02:30:49.007Z",
                     *           "updatedAt": "2026-12-07T02:30:49.061Z"
                     *         },
                     *         "relationships": {
                     *           "card": {
                     *             "data": {
                     *               "type": "card",
                     *               "id": "card_01M975DTQ0KPXY58HR00BV7Q4R"
                     *             }
                     *           },
                     *           "transaction": {
                     *             "data": {
                     *               "type": "transaction",
                     *               "id": "txn_01M975DTY6AMXR0RNAS0BZ5RZ8"
                     *             }
                     *           }
                     *         },
                     *         "links": {
                     *           "self": "/authorizations/auth_01M975DTY6AMXR0RNAS0BZ5RZ9"
                     *         }
                     *       },
                     *       "links": {
                     *         "self": "/authorizations/auth_01M975DTY6AMXR0RNAS0BZ5RZ9"
                     *       }
                     *     }
                     */
                    "application/vnd.api+json": {
                        data: components["schemas"]["Authorization"];
                        links: {
                            self: string;
                        };
                    };
                };
            };
            400: components["responses"]["BadRequest_1728dd"];
            401: components["responses"]["Unauthorized_b4662b"];
            404: components["responses"]["AuthorizationNotFound"];
            406: components["responses"]["NotAcceptable"];
            408: components["responses"]["RequestTimeout"];
            409: components["responses"]["Conflict_3a5b45"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["UnprocessableEntity_ab1468"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable_c06393"];
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
                    /**
                     * @example {
                     *       "data": {
                     *         "type": "authorization",
                     *         "id": "auth_01M975DV15HEEA4ZFA5869TZPT",
                     *         "attributes": {
                     *           "status": "released",
                     *           "declineReason": null,
                     *           "amount": 22500,
                     *           "capturedAmount": null,
                     *           "currency": "EUR",
                     *           "merchant": {
                     *             "name": "Hôtel du Louvre",
                     *             "mcc": "7011",
                     *             "city": "Paris",
                     *             "country": "FR"
                     *           },
                     *           "increments": [
                     *             {
                     *               "amount": 4500,
                     *               "status": "approved",
                     *               "declineReason": null,
                     *               "createdAt": "2026-12-07T02:30:49.143Z"
                     *             }
                     *           ],
                     *           "decision": null,
                     *           "expiresAt": "2026-12-14T02:30:49.114Z",
                     *           "createdAt": "2026-12-07T02:30:49.114Z",
                     *           "updatedAt": "2026-12-07T02:30:49.162Z"
                     *         },
                     *         "relationships": {
                     *           "card": {
                     *             "data": {
                     *               "type": "card",
                     *               "id": "card_01M975DTQ0KPXY58HR00BV7Q4R"
                     *             }
                     *           },
                     *           "transaction": {
                     *             "data": {
                     *               "type": "transaction",
                     *               "id": "txn_01M975DV15HEEA4ZFA5869TZPS"
                     *             }
                     *           }
                     *         },
                     *         "links": {
                     *           "self": "/authorizations/auth_01M975DV15HEEA4ZFA5869TZPT"
                     *         }
                     *       },
                     *       "links": {
                     *         "self": "/authorizations/auth_01M975DV15HEEA4ZFA5869TZPT"
                     *       }
                     *     }
                     */
                    "application/vnd.api+json": {
                        data: components["schemas"]["Authorization"];
                        links: {
                            self: string;
                        };
                    };
                };
            };
            400: components["responses"]["BadRequest_8b9272"];
            401: components["responses"]["Unauthorized_b4662b"];
            404: components["responses"]["AuthorizationNotFound"];
            406: components["responses"]["NotAcceptable"];
            408: components["responses"]["RequestTimeout"];
            409: components["responses"]["Conflict_3a5b45"];
            422: components["responses"]["IdempotencyKeyReused"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable_c06393"];
        };
    };
    incrementAuthorization: {
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
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "data": {
                 *         "type": "authorization",
                 *         "attributes": {
                 *           "amount": 2000
                 *         }
                 *       }
                 *     }
                 */
                "application/vnd.api+json": {
                    data: {
                        /** @enum {string} */
                        type: "authorization";
                        attributes: {
                            /** @description How much more the merchant asks for. */
                            amount: number;
                        };
                    };
                };
                /**
                 * @example {
                 *       "data": {
                 *         "type": "authorization",
                 *         "attributes": {
                 *           "amount": 2000
                 *         }
                 *       }
                 *     }
                 */
                "application/json": {
                    data: {
                        /** @enum {string} */
                        type: "authorization";
                        attributes: {
                            /** @description How much more the merchant asks for. */
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
                    /**
                     * @example {
                     *       "data": {
                     *         "type": "authorization",
                     *         "id": "auth_01M975DV15HEEA4ZFA5869TZPT",
                     *         "attributes": {
                     *           "status": "approved",
                     *           "declineReason": null,
                     *           "amount": 22500,
                     *           "capturedAmount": null,
                     *           "currency": "EUR",
                     *           "merchant": {
                     *             "name": "Hôtel du Louvre",
                     *             "mcc": "7011",
                     *             "city": "Paris",
                     *             "country": "FR"
                     *           },
                     *           "increments": [
                     *             {
                     *               "amount": 4500,
                     *               "status": "approved",
                     *               "declineReason": null,
                     *               "createdAt": "2026-12-07T02:30:49.143Z"
                     *             }
                     *           ],
                     *           "decision": null,
                     *           "expiresAt": "2026-12-14T02:30:49.114Z",
                     *           "createdAt": "2026-12-07T02:30:49.114Z",
                     *           "updatedAt": "2026-12-07T02:30:49.143Z"
                     *         },
                     *         "relationships": {
                     *           "card": {
                     *             "data": {
                     *               "type": "card",
                     *               "id": "card_01M975DTQ0KPXY58HR00BV7Q4R"
                     *             }
                     *           },
                     *           "transaction": {
                     *             "data": {
                     *               "type": "transaction",
                     *               "id": "txn_01M975DV15HEEA4ZFA5869TZPS"
                     *             }
                     *           }
                     *         },
                     *         "links": {
                     *           "self": "/authorizations/auth_01M975DV15HEEA4ZFA5869TZPT"
                     *         }
                     *       },
                     *       "links": {
                     *         "self": "/authorizations/auth_01M975DV15HEEA4ZFA5869TZPT"
                     *       }
                     *     }
                     */
                    "application/vnd.api+json": {
                        data: components["schemas"]["Authorization"];
                        links: {
                            self: string;
                        };
                    };
                };
            };
            400: components["responses"]["BadRequest_1728dd"];
            401: components["responses"]["Unauthorized_b4662b"];
            404: components["responses"]["AuthorizationNotFound"];
            406: components["responses"]["NotAcceptable"];
            408: components["responses"]["RequestTimeout"];
            409: components["responses"]["Conflict_3a5b45"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["UnprocessableEntity_ab1468"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable_c06393"];
        };
    };
    simulateCardRefund: {
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
                 *         "type": "cardRefund",
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
                        type: "cardRefund";
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
                 *         "type": "cardRefund",
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
                        type: "cardRefund";
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
                    /**
                     * @example {
                     *       "data": {
                     *         "type": "transaction",
                     *         "id": "txn_01M975DV34H4ZVPD6C25J9X9TM",
                     *         "attributes": {
                     *           "direction": "credit",
                     *           "amount": 1250,
                     *           "currency": "EUR",
                     *           "kind": "cardRefund",
                     *           "status": "posted",
                     *           "description": "Refund from Café de Flore",
                     *           "reference": null,
                     *           "counterparty": null,
                     *           "merchant": {
                     *             "name": "Café de Flore",
                     *             "mcc": "5812",
                     *             "city": "Paris",
                     *             "country": "FR"
                     *           },
                     *           "balanceAfter": 250000,
                     *           "createdAt": "2026-12-07T02:30:49.182Z",
                     *           "postedAt": "2026-12-07T02:30:49.182Z",
                     *           "updatedAt": "2026-12-07T02:30:49.182Z"
                     *         },
                     *         "relationships": {
                     *           "bankAccount": {
                     *             "data": {
                     *               "type": "bankAccount",
                     *               "id": "acc_01M975DTM83R22F29537DPNKJH"
                     *             }
                     *           },
                     *           "card": {
                     *             "data": {
                     *               "type": "card",
                     *               "id": "card_01M975DTQ0KPXY58HR00BV7Q4R"
                     *             }
                     *           }
                     *         },
                     *         "links": {
                     *           "self": "/transactions/txn_01M975DV34H4ZVPD6C25J9X9TM"
                     *         }
                     *       },
                     *       "links": {
                     *         "self": "/transactions/txn_01M975DV34H4ZVPD6C25J9X9TM"
                     *       }
                     *     }
                     */
                    "application/vnd.api+json": {
                        data: components["schemas"]["Transaction"];
                        links: {
                            self: string;
                        };
                    };
                };
            };
            400: components["responses"]["BadRequest_be5030"];
            401: components["responses"]["Unauthorized_b4662b"];
            404: components["responses"]["CardNotFound"];
            406: components["responses"]["NotAcceptable"];
            408: components["responses"]["RequestTimeout"];
            409: components["responses"]["Conflict_2880f5"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["UnprocessableEntity_718bd5"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable_c06393"];
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
                    /**
                     * @example {
                     *       "data": {
                     *         "type": "entity",
                     *         "id": "ent_01M975DTD76QP0G5CMTR64AGRV",
                     *         "attributes": {
                     *           "kind": "individual",
                     *           "status": "active",
                     *           "kycStatus": "approved",
                     *           "kycReasons": [],
                     *           "firstName": "Ada",
                     *           "lastName": "Lovelace",
                     *           "dateOfBirth": "1990-12-10",
                     *           "nationality": "FR",
                     *           "email": "ada@lovelace.example",
                     *           "phone": "+33612345678",
                     *           "address": {
                     *             "line1": "12 rue de Rivoli",
                     *             "line2": null,
                     *             "postalCode": "75004",
                     *             "city": "Paris",
                     *             "region": null,
                     *             "country": "FR"
                     *           },
                     *           "externalId": null,
                     *           "metadata": {
                     *             "plan": "platinum"
                     *           },
                     *           "createdAt": "2026-12-07T02:30:48.484Z",
                     *           "updatedAt": "2026-12-07T02:30:48.643Z"
                     *         },
                     *         "relationships": {
                     *           "bankAccounts": {
                     *             "links": {
                     *               "related": "/bank/accounts?filter%5Bentity%5D=ent_01M975DTD76QP0G5CMTR64AGRV"
                     *             }
                     *           },
                     *           "cards": {
                     *             "links": {
                     *               "related": "/cards?filter%5Bentity%5D=ent_01M975DTD76QP0G5CMTR64AGRV"
                     *             }
                     *           }
                     *         },
                     *         "links": {
                     *           "self": "/entities/ent_01M975DTD76QP0G5CMTR64AGRV"
                     *         }
                     *       },
                     *       "links": {
                     *         "self": "/entities/ent_01M975DTD76QP0G5CMTR64AGRV"
                     *       }
                     *     }
                     */
                    "application/vnd.api+json": {
                        data: components["schemas"]["Entity"];
                        links: {
                            self: string;
                        };
                    };
                };
            };
            400: components["responses"]["BadRequest_1728dd"];
            401: components["responses"]["Unauthorized_b4662b"];
            404: components["responses"]["EntityNotFound"];
            406: components["responses"]["NotAcceptable"];
            408: components["responses"]["RequestTimeout"];
            409: components["responses"]["Conflict_a8bd0c"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["UnprocessableEntity_ab1468"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable_c06393"];
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
                    /**
                     * @example {
                     *       "data": {
                     *         "type": "card",
                     *         "id": "card_01M975DTQK82SY92YPDR4MKDJH",
                     *         "attributes": {
                     *           "form": "physical",
                     *           "status": "inactive",
                     *           "cardholderName": "ADA LOVELACE",
                     *           "brand": "visa",
                     *           "last4": "8253",
                     *           "maskedPan": "489537******8253",
                     *           "expMonth": 12,
                     *           "expYear": 2029,
                     *           "shipping": {
                     *             "status": "shipped",
                     *             "address": {
                     *               "line1": "12 rue de Rivoli",
                     *               "line2": null,
                     *               "postalCode": "75004",
                     *               "city": "Paris",
                     *               "region": null,
                     *               "country": "FR"
                     *             },
                     *             "estimatedDeliveryFrom": "2026-12-11",
                     *             "estimatedDeliveryTo": "2026-12-21"
                     *           },
                     *           "pinStatus": "active",
                     *           "spendingControls": {
                     *             "limits": [],
                     *             "allowedCategories": [],
                     *             "blockedCategories": [],
                     *             "allowedCountries": [],
                     *             "blockedCountries": []
                     *           },
                     *           "spending": [],
                     *           "createdAt": "2026-12-07T02:30:48.816Z",
                     *           "updatedAt": "2026-12-07T02:30:48.867Z"
                     *         },
                     *         "relationships": {
                     *           "entity": {
                     *             "data": {
                     *               "type": "entity",
                     *               "id": "ent_01M975DTD76QP0G5CMTR64AGRV"
                     *             }
                     *           },
                     *           "bankAccount": {
                     *             "data": {
                     *               "type": "bankAccount",
                     *               "id": "acc_01M975DTM83R22F29537DPNKJH"
                     *             }
                     *           },
                     *           "replaces": {
                     *             "data": null
                     *           },
                     *           "replacedBy": {
                     *             "data": null
                     *           }
                     *         },
                     *         "links": {
                     *           "self": "/cards/card_01M975DTQK82SY92YPDR4MKDJH"
                     *         }
                     *       },
                     *       "links": {
                     *         "self": "/cards/card_01M975DTQK82SY92YPDR4MKDJH"
                     *       }
                     *     }
                     */
                    "application/vnd.api+json": {
                        data: components["schemas"]["Card"];
                        links: {
                            self: string;
                        };
                    };
                };
            };
            400: components["responses"]["BadRequest_8b9272"];
            401: components["responses"]["Unauthorized_b4662b"];
            404: components["responses"]["CardNotFound"];
            406: components["responses"]["NotAcceptable"];
            408: components["responses"]["RequestTimeout"];
            409: components["responses"]["Conflict_b7ed0a"];
            410: components["responses"]["CardClosed"];
            422: components["responses"]["IdempotencyKeyReused"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable_c06393"];
        };
    };
    getSandboxClock: {
        parameters: {
            query?: never;
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
                    /**
                     * @example {
                     *       "data": {
                     *         "type": "clock",
                     *         "id": "org_01M975DT1HBQ5BSVSEV6YG8VJ5",
                     *         "attributes": {
                     *           "now": "2026-12-07T02:30:49.864Z"
                     *         }
                     *       },
                     *       "links": {
                     *         "self": "/simulations/clock"
                     *       }
                     *     }
                     */
                    "application/vnd.api+json": {
                        data: {
                            /** @enum {string} */
                            type: "clock";
                            /** @description Your organization’s id: one clock each. */
                            id: string;
                            attributes: {
                                /** Format: date-time */
                                now: string;
                            };
                        };
                        /** @description After a move: what became due and was run at once. */
                        meta?: {
                            expiredHolds: number;
                            deliveredCards: number;
                            submittedSepaCreditTransfers: number;
                            settledSepaCreditTransfers: number;
                        };
                        links: {
                            self: string;
                        };
                    };
                };
            };
            400: components["responses"]["BadRequest_9f0c7f"];
            401: components["responses"]["Unauthorized_b4662b"];
            406: components["responses"]["NotAcceptable"];
            408: components["responses"]["RequestTimeout"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable_c06393"];
        };
    };
    moveSandboxClock: {
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
                 *         "type": "clock",
                 *         "attributes": {
                 *           "advanceSeconds": 86400
                 *         }
                 *       }
                 *     }
                 */
                "application/vnd.api+json": {
                    data: {
                        /** @enum {string} */
                        type: "clock";
                        attributes: {
                            /** @description Move the clock this many seconds forward. */
                            advanceSeconds?: number;
                            /**
                             * Format: date-time
                             * @description Or move it to this time (never back).
                             */
                            now?: string;
                        };
                    };
                };
                /**
                 * @example {
                 *       "data": {
                 *         "type": "clock",
                 *         "attributes": {
                 *           "advanceSeconds": 86400
                 *         }
                 *       }
                 *     }
                 */
                "application/json": {
                    data: {
                        /** @enum {string} */
                        type: "clock";
                        attributes: {
                            /** @description Move the clock this many seconds forward. */
                            advanceSeconds?: number;
                            /**
                             * Format: date-time
                             * @description Or move it to this time (never back).
                             */
                            now?: string;
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
                    /**
                     * @example {
                     *       "data": {
                     *         "type": "clock",
                     *         "id": "org_01M975DT1HBQ5BSVSEV6YG8VJ5",
                     *         "attributes": {
                     *           "now": "2026-12-08T02:30:49.866Z"
                     *         }
                     *       },
                     *       "meta": {
                     *         "expiredHolds": 0,
                     *         "deliveredCards": 0,
                     *         "submittedSepaCreditTransfers": 0,
                     *         "settledSepaCreditTransfers": 0
                     *       },
                     *       "links": {
                     *         "self": "/simulations/clock"
                     *       }
                     *     }
                     */
                    "application/vnd.api+json": {
                        data: {
                            /** @enum {string} */
                            type: "clock";
                            /** @description Your organization’s id: one clock each. */
                            id: string;
                            attributes: {
                                /** Format: date-time */
                                now: string;
                            };
                        };
                        /** @description After a move: what became due and was run at once. */
                        meta?: {
                            expiredHolds: number;
                            deliveredCards: number;
                            submittedSepaCreditTransfers: number;
                            settledSepaCreditTransfers: number;
                        };
                        links: {
                            self: string;
                        };
                    };
                };
            };
            400: components["responses"]["BadRequest_be5030"];
            401: components["responses"]["Unauthorized_b4662b"];
            406: components["responses"]["NotAcceptable"];
            408: components["responses"]["RequestTimeout"];
            409: components["responses"]["IdempotencyKeyInUse"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["UnprocessableEntity_ab1468"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable_c06393"];
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
                    /**
                     * @example {
                     *       "data": {
                     *         "type": "sepaCreditTransfer",
                     *         "id": "sct_01M975DV5K6JWZWH30SXQ18NYW",
                     *         "attributes": {
                     *           "amount": 12345,
                     *           "currency": "EUR",
                     *           "status": "settled",
                     *           "creditor": {
                     *             "name": "Charles Babbage",
                     *             "iban": "DE89370400440532013000",
                     *             "bic": null
                     *           },
                     *           "remittanceInformation": "Invoice INV-42",
                     *           "endToEndId": "INV-42",
                     *           "scheme": "standard",
                     *           "payeeVerification": null,
                     *           "returnReason": null,
                     *           "submittedAt": "2026-12-07T02:30:49.305Z",
                     *           "settledAt": "2026-12-07T02:30:49.305Z",
                     *           "createdAt": "2026-12-07T02:30:49.266Z",
                     *           "updatedAt": "2026-12-07T02:30:49.305Z"
                     *         },
                     *         "relationships": {
                     *           "bankAccount": {
                     *             "data": {
                     *               "type": "bankAccount",
                     *               "id": "acc_01M975DTM83R22F29537DPNKJH"
                     *             }
                     *           },
                     *           "transaction": {
                     *             "data": {
                     *               "type": "transaction",
                     *               "id": "txn_01M975DV5W0CV1F7QSE415CAJT"
                     *             }
                     *           },
                     *           "returnTransaction": {
                     *             "data": null
                     *           }
                     *         },
                     *         "links": {
                     *           "self": "/sepa-credit-transfers/sct_01M975DV5K6JWZWH30SXQ18NYW"
                     *         }
                     *       },
                     *       "links": {
                     *         "self": "/sepa-credit-transfers/sct_01M975DV5K6JWZWH30SXQ18NYW"
                     *       }
                     *     }
                     */
                    "application/vnd.api+json": {
                        data: components["schemas"]["SepaCreditTransfer"];
                        links: {
                            self: string;
                        };
                    };
                };
            };
            400: components["responses"]["BadRequest_1728dd"];
            401: components["responses"]["Unauthorized_b4662b"];
            404: components["responses"]["SepaCreditTransferNotFound"];
            406: components["responses"]["NotAcceptable"];
            408: components["responses"]["RequestTimeout"];
            409: components["responses"]["Conflict_aca3c6"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["UnprocessableEntity_ab1468"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable_c06393"];
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
                    /**
                     * @example {
                     *       "data": {
                     *         "type": "sepaCreditTransfer",
                     *         "id": "sct_01M975DV9SHGW8TXV48CG57DN0",
                     *         "attributes": {
                     *           "amount": 5000,
                     *           "currency": "EUR",
                     *           "status": "rejected",
                     *           "creditor": {
                     *             "name": "Charles Babbage",
                     *             "iban": "DE89370400440532013000",
                     *             "bic": null
                     *           },
                     *           "remittanceInformation": "Invoice INV-43",
                     *           "endToEndId": "INV-43",
                     *           "scheme": "standard",
                     *           "payeeVerification": null,
                     *           "returnReason": "AC04",
                     *           "submittedAt": null,
                     *           "settledAt": null,
                     *           "createdAt": "2026-12-07T02:30:49.400Z",
                     *           "updatedAt": "2026-12-07T02:30:49.412Z"
                     *         },
                     *         "relationships": {
                     *           "bankAccount": {
                     *             "data": {
                     *               "type": "bankAccount",
                     *               "id": "acc_01M975DTM83R22F29537DPNKJH"
                     *             }
                     *           },
                     *           "transaction": {
                     *             "data": {
                     *               "type": "transaction",
                     *               "id": "txn_01M975DV9YRV0HCN9CP95XY5BE"
                     *             }
                     *           },
                     *           "returnTransaction": {
                     *             "data": null
                     *           }
                     *         },
                     *         "links": {
                     *           "self": "/sepa-credit-transfers/sct_01M975DV9SHGW8TXV48CG57DN0"
                     *         }
                     *       },
                     *       "links": {
                     *         "self": "/sepa-credit-transfers/sct_01M975DV9SHGW8TXV48CG57DN0"
                     *       }
                     *     }
                     */
                    "application/vnd.api+json": {
                        data: components["schemas"]["SepaCreditTransfer"];
                        links: {
                            self: string;
                        };
                    };
                };
            };
            400: components["responses"]["BadRequest_1728dd"];
            401: components["responses"]["Unauthorized_b4662b"];
            404: components["responses"]["SepaCreditTransferNotFound"];
            406: components["responses"]["NotAcceptable"];
            408: components["responses"]["RequestTimeout"];
            409: components["responses"]["Conflict_aca3c6"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["UnprocessableEntity_ab1468"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable_c06393"];
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
                    /**
                     * @example {
                     *       "data": {
                     *         "type": "sepaCreditTransfer",
                     *         "id": "sct_01M975DV5K6JWZWH30SXQ18NYW",
                     *         "attributes": {
                     *           "amount": 12345,
                     *           "currency": "EUR",
                     *           "status": "returned",
                     *           "creditor": {
                     *             "name": "Charles Babbage",
                     *             "iban": "DE89370400440532013000",
                     *             "bic": null
                     *           },
                     *           "remittanceInformation": "Invoice INV-42",
                     *           "endToEndId": "INV-42",
                     *           "scheme": "standard",
                     *           "payeeVerification": null,
                     *           "returnReason": "AC04",
                     *           "submittedAt": "2026-12-07T02:30:49.305Z",
                     *           "settledAt": "2026-12-07T02:30:49.305Z",
                     *           "createdAt": "2026-12-07T02:30:49.266Z",
                     *           "updatedAt": "2026-12-07T02:30:49.363Z"
                     *         },
                     *         "relationships": {
                     *           "bankAccount": {
                     *             "data": {
                     *               "type": "bankAccount",
                     *               "id": "acc_01M975DTM83R22F29537DPNKJH"
                     *             }
                     *           },
                     *           "transaction": {
                     *             "data": {
                     *               "type": "transaction",
                     *               "id": "txn_01M975DV5W0CV1F7QSE415CAJT"
                     *             }
                     *           },
                     *           "returnTransaction": {
                     *             "data": {
                     *               "type": "transaction",
                     *               "id": "txn_01M975DV8ZCFHB2A71FY416AE1"
                     *             }
                     *           }
                     *         },
                     *         "links": {
                     *           "self": "/sepa-credit-transfers/sct_01M975DV5K6JWZWH30SXQ18NYW"
                     *         }
                     *       },
                     *       "links": {
                     *         "self": "/sepa-credit-transfers/sct_01M975DV5K6JWZWH30SXQ18NYW"
                     *       }
                     *     }
                     */
                    "application/vnd.api+json": {
                        data: components["schemas"]["SepaCreditTransfer"];
                        links: {
                            self: string;
                        };
                    };
                };
            };
            400: components["responses"]["BadRequest_1728dd"];
            401: components["responses"]["Unauthorized_b4662b"];
            404: components["responses"]["SepaCreditTransferNotFound"];
            406: components["responses"]["NotAcceptable"];
            408: components["responses"]["RequestTimeout"];
            409: components["responses"]["Conflict_aca3c6"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["UnprocessableEntity_ab1468"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable_c06393"];
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
    payeeVerificationCreatedWebhook: {
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
                    type: "payeeVerification.created";
                    /**
                     * Format: date-time
                     * @description When the event happened.
                     */
                    timestamp: string;
                    data: components["schemas"]["PayeeVerification"];
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
