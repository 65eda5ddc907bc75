/**
 * The one catalog of error codes. A code is a stable, public identifier: clients branch on it, so a
 * code is never renamed, reused for another meaning or removed. `docs/errors.md` is generated from
 * this table (`npm run docs:errors`) and a test fails when the two differ.
 *
 * `transient` says whether the same request may succeed if retried unchanged later.
 */
export interface ErrorDefinition {
  status: number;
  title: string;
  transient: boolean;
  /** When a client meets this error, and what to do about it. */
  description: string;
}

export const errorCatalog = {
  // 400: the request could not be read.
  malformed_json: {
    status: 400,
    title: 'Malformed JSON',
    transient: false,
    description: 'The request body is not valid JSON.',
  },
  malformed_request: {
    status: 400,
    title: 'Malformed request',
    transient: false,
    description: 'The request could not be read (for example a bad Content-Length or an unreadable header).',
  },
  invalid_query_parameter: {
    status: 400,
    title: 'Invalid query parameter',
    transient: false,
    description: 'A query parameter is unknown or has a bad value (for example `page[limit]` outside 1..100). ' + '`source.parameter` names it.',
  },
  invalid_path_parameter: {
    status: 400,
    title: 'Invalid path parameter',
    transient: false,
    description: 'A segment of the URL path holds characters no id or name can contain (control characters, NUL, unpaired surrogates).',
  },
  invalid_cursor: {
    status: 400,
    title: 'Invalid pagination cursor',
    transient: false,
    description: 'A `page[after]` or `page[before]` cursor was not produced by this API. Use the `links` of a list.',
  },
  invalid_idempotency_key: {
    status: 400,
    title: 'Invalid Idempotency-Key',
    transient: false,
    description: 'The `Idempotency-Key` header must be 1 to 255 printable ASCII characters.',
  },
  // 401 and 403: who is calling.
  credentials_required: {
    status: 401,
    title: 'Credentials required',
    transient: false,
    description: 'Send HTTP Basic authentication with your CLIENT_ID as user name and CLIENT_SECRET as password.',
  },
  credentials_invalid: {
    status: 401,
    title: 'Invalid credentials',
    transient: false,
    description: 'The CLIENT_ID and CLIENT_SECRET do not match an active credential.',
  },
  credentials_revoked: {
    status: 401,
    title: 'Credentials revoked',
    transient: false,
    description: 'This credential was revoked. Generate a new one in the dashboard or with the CLI.',
  },
  metrics_token_invalid: {
    status: 401,
    title: 'Metrics token required',
    transient: false,
    description: 'With LINKCY_METRICS_TOKEN set, /metrics needs `Authorization: Bearer <token>` with that token.',
  },
  sign_in_failed: {
    status: 401,
    title: 'Sign-in failed',
    transient: false,
    description: 'Dashboard: the email or password is wrong.',
  },
  member_locked: {
    status: 403,
    title: 'Member locked',
    transient: true,
    description: 'Dashboard: ten failed sign-ins in a row lock the account for 30 minutes.',
  },
  role_forbidden: {
    status: 403,
    title: 'Not allowed for your role',
    transient: false,
    description: 'Dashboard: the member’s role does not allow this page or action. An owner or admin can change roles.',
  },
  csrf_token_invalid: {
    status: 403,
    title: 'Form expired',
    transient: false,
    description: 'Dashboard: the form’s anti-forgery token is missing or wrong. Reload the page and submit again.',
  },
  insufficient_scope: {
    status: 403,
    title: 'Insufficient scope',
    transient: false,
    description: 'The credential is valid but lacks the scope this route needs (for example `cards:sensitive`).',
  },
  // 404 and 405: what is addressed.
  route_not_found: {
    status: 404,
    title: 'Route not found',
    transient: false,
    description: 'No route has this path. Check the API reference at `/docs`.',
  },
  entity_not_found: {
    status: 404,
    title: 'Entity not found',
    transient: false,
    description: 'No customer with this id exists in your organization.',
  },
  bank_account_not_found: {
    status: 404,
    title: 'Bank account not found',
    transient: false,
    description: 'No bank account with this id exists in your organization.',
  },
  transaction_not_found: {
    status: 404,
    title: 'Transaction not found',
    transient: false,
    description: 'No transaction with this id exists in your organization.',
  },
  card_not_found: {
    status: 404,
    title: 'Card not found',
    transient: false,
    description: 'No card with this id exists in your organization, or the customer has no card that is not closed.',
  },
  authorization_not_found: {
    status: 404,
    title: 'Authorization not found',
    transient: false,
    description: 'No card authorization with this id exists in your organization.',
  },
  webhook_delivery_not_found: {
    status: 404,
    title: 'Webhook delivery not found',
    transient: false,
    description: 'No delivery with this id belongs to this webhook endpoint of your organization.',
  },
  member_not_found: {
    status: 404,
    title: 'Member not found',
    transient: false,
    description: 'Dashboard: no member with this id belongs to your organization.',
  },
  invitation_not_found: {
    status: 404,
    title: 'Invitation not found',
    transient: false,
    description: 'Dashboard: the invitation link is unknown, expired, already used or revoked. Ask for a new one.',
  },
  event_not_found: {
    status: 404,
    title: 'Event not found',
    transient: false,
    description: 'No event with this id exists in your organization.',
  },
  webhook_not_found: {
    status: 404,
    title: 'Webhook endpoint not found',
    transient: false,
    description: 'No webhook endpoint with this id exists in your organization.',
  },
  book_transfer_not_found: {
    status: 404,
    title: 'Book transfer not found',
    transient: false,
    description: 'No book transfer with this id exists in your organization.',
  },
  sepa_credit_transfer_not_found: {
    status: 404,
    title: 'SEPA credit transfer not found',
    transient: false,
    description: 'No SEPA credit transfer with this id exists in your organization.',
  },
  method_not_allowed: {
    status: 405,
    title: 'Method not allowed',
    transient: false,
    description: 'The path exists but not with this method. The `Allow` header lists the methods it takes.',
  },
  // 406, 413, 415: the shape of the exchange.
  not_acceptable: {
    status: 406,
    title: 'Not acceptable',
    transient: false,
    description: 'The `Accept` header admits neither `application/vnd.api+json`, `application/json` nor `*/*`.',
  },
  request_timeout: {
    status: 408,
    title: 'Request timeout',
    transient: true,
    description: 'The request (headers and body) did not arrive within `LINKCY_REQUEST_TIMEOUT_SECONDS` (30 s by default). Send it again, whole.',
  },
  payload_too_large: {
    status: 413,
    title: 'Payload too large',
    transient: false,
    description: 'Request bodies are limited to 64 KiB.',
  },
  headers_too_large: {
    status: 431,
    title: 'Request headers too large',
    transient: false,
    description: 'The request headers exceed 16 KiB together. Send fewer or shorter headers.',
  },
  unsupported_media_type: {
    status: 415,
    title: 'Unsupported media type',
    transient: false,
    description: 'Send bodies as `application/vnd.api+json` or `application/json`.',
  },
  // 409: the request conflicts with the current state.
  external_id_taken: {
    status: 409,
    title: 'External id already used',
    transient: false,
    description: 'Another customer of your organization already has this `externalId`.',
  },
  bank_account_exists: {
    status: 409,
    title: 'Bank account exists',
    transient: false,
    description: 'The customer already has an open account in this currency. Use it, or close it first.',
  },
  bank_account_closed: {
    status: 409,
    title: 'Bank account closed',
    transient: false,
    description: 'The account is closed: it can neither receive nor send money.',
  },
  bank_account_not_empty: {
    status: 409,
    title: 'Bank account not empty',
    transient: false,
    description: 'An account can close only with a zero balance and no pending holds.',
  },
  entity_not_approved: {
    status: 409,
    title: 'Customer not approved',
    transient: true,
    description: 'The customer’s KYC is not approved yet, so no account or card can be opened for it.',
  },
  entity_closed: {
    status: 409,
    title: 'Customer closed',
    transient: false,
    description: 'The customer is closed: no new account or card can be opened for it.',
  },
  bank_account_required: {
    status: 409,
    title: 'Bank account required',
    transient: false,
    description: 'A card spends from the customer’s open bank account; open one before issuing a card.',
  },
  card_status_conflict: {
    status: 409,
    title: 'Card status conflict',
    transient: false,
    description: 'The card’s status does not allow this change (for example suspending an inactive card).',
  },
  card_not_delivered: {
    status: 409,
    title: 'Card not delivered',
    transient: true,
    description: 'A physical card can be activated only once it has been delivered.',
  },
  card_not_physical: {
    status: 409,
    title: 'Card not physical',
    transient: false,
    description: 'Only physical cards are shipped.',
  },
  card_already_delivered: {
    status: 409,
    title: 'Card already delivered',
    transient: false,
    description: 'The card’s shipment is complete.',
  },
  authorization_not_pending: {
    status: 409,
    title: 'Authorization not pending',
    transient: false,
    description: 'The authorization was declined, captured, released or has expired; it cannot be captured or released again.',
  },
  authorization_expired: {
    status: 409,
    title: 'Authorization expired',
    transient: false,
    description: 'The authorization’s hold passed its expiry time; its funds are released.',
  },
  sepa_credit_transfer_status_conflict: {
    status: 409,
    title: 'SEPA credit transfer status conflict',
    transient: false,
    description:
      'The transfer’s status does not allow this change: only a pending transfer can be cancelled, a settled one can only be returned, and a cancelled, rejected or returned one is final.',
  },
  debtor_name_unwritable: {
    status: 422,
    title: 'Account holder’s name cannot be written to the bank',
    transient: false,
    description:
      'The name of the account’s holder has no letter or digit the SEPA character set can spell (only emoji, or a script without a Latin spelling), so no payment file can carry it as the debtor. Change the customer’s name (PATCH /entities/:id) to its Latin spelling.',
  },
  payee_verification_not_found: {
    status: 404,
    title: 'Payee verification not found',
    transient: false,
    description: 'No payee verification with this id exists in your organization. Verify the payee with POST /payee-verifications first.',
  },
  payee_verification_required: {
    status: 422,
    title: 'Payee verification needs acknowledging',
    transient: false,
    description:
      'The payee verification the transfer names did not answer `match` (a close match, no match, or a check that was not possible), or it was for another IBAN or name than the creditor’s. Show the payer the result and send `payeeVerification.acknowledged: true` once they confirm, or verify the creditor as it is now.',
  },
  instant_limit_exceeded: {
    status: 422,
    title: 'Above the account’s instant transfer limit',
    transient: false,
    description:
      'The amount is above the `instantTransferLimit` of the account (PATCH /bank/accounts/:id). Send less, raise the limit, or send it as a standard transfer.',
  },
  instant_unavailable: {
    status: 422,
    title: 'Instant transfers are not available',
    transient: false,
    description:
      'This server has no instant payment rail configured (LINKCY_INSTANT_RAIL_URL in live mode), so it cannot send a SEPA Instant transfer to another bank. Send it as a standard transfer.',
  },
  end_to_end_id_exists: {
    status: 409,
    title: 'EndToEndId already used',
    transient: false,
    description:
      'Another SEPA credit transfer of your organization has this `endToEndId`; bank statements name payments by it, so it must be unique.',
  },
  organization_name_taken: {
    status: 409,
    title: 'Organization name taken',
    transient: false,
    description: 'Dashboard: another organization already has this name.',
  },
  email_taken: {
    status: 409,
    title: 'Email taken',
    transient: false,
    description: 'Dashboard: this email address already belongs to a member.',
  },
  member_exists: {
    status: 409,
    title: 'Already a member',
    transient: false,
    description: 'Dashboard: this email address already belongs to a member of your organization.',
  },
  last_owner: {
    status: 409,
    title: 'Last owner',
    transient: false,
    description: 'Dashboard: an organization keeps at least one owner. Make another member owner first.',
  },
  idempotency_key_in_use: {
    status: 409,
    title: 'Idempotency key in use',
    transient: true,
    description: 'A request with this `Idempotency-Key` is still running. Retry after it finishes to get its response.',
  },
  // 410: gone for good.
  card_closed: {
    status: 410,
    title: 'Card closed',
    transient: false,
    description: 'The card is closed, lost or stolen. That is final: it can no longer change, pay or reveal its details.',
  },
  // 422: the request was read but is not valid.
  validation_failed: {
    status: 422,
    title: 'Validation failed',
    transient: false,
    description: 'A member is missing, has the wrong type or an invalid value. `source.pointer` names it.',
  },
  unknown_member: {
    status: 422,
    title: 'Unknown member',
    transient: false,
    description: 'The document has a member this resource does not define. `source.pointer` names it.',
  },
  read_only_member: {
    status: 422,
    title: 'Read-only member',
    transient: false,
    description: 'The member is set by Linkcy or cannot change after creation, so a request may not set it.',
  },
  iban_not_found: {
    status: 422,
    title: 'IBAN not found',
    transient: false,
    description: 'No account of your organization has this IBAN. `source.pointer` names the member.',
  },
  currency_mismatch: {
    status: 422,
    title: 'Currency mismatch',
    transient: false,
    description: 'The amount’s currency is not the account’s currency.',
  },
  insufficient_funds: {
    status: 422,
    title: 'Insufficient funds',
    transient: true,
    description: 'The account’s available balance does not cover the amount.',
  },
  webhook_endpoint_limit_reached: {
    status: 409,
    title: 'Webhook endpoint limit reached',
    transient: false,
    description:
      'An organization may have at most 20 webhook endpoints (one endpoint can subscribe to any number of event types). Delete one you no longer use first.',
  },
  webhook_url_forbidden: {
    status: 422,
    title: 'Webhook URL forbidden',
    transient: false,
    description:
      'In live mode webhook and authorization endpoint URLs must be https and resolve only to public addresses (no loopback, ' +
      'private or link-local targets). `source.pointer` names the member.',
  },
  authorization_endpoint_not_found: {
    status: 404,
    title: 'Authorization endpoint not found',
    transient: false,
    description: 'No authorization endpoint with this id exists in your organization.',
  },
  authorization_endpoint_exists: {
    status: 409,
    title: 'Authorization endpoint exists',
    transient: false,
    description: 'Your organization already has an authorization endpoint; delete it before registering another.',
  },
  idempotency_key_reused: {
    status: 422,
    title: 'Idempotency key reused',
    transient: false,
    description: 'This `Idempotency-Key` was already used with a different request. Use a new key for a new request.',
  },
  // 429, 500, 503: the server's side.
  rate_limited: {
    status: 429,
    title: 'Too many requests',
    transient: true,
    description: 'The credential sent more requests than its limit allows. Wait for `Retry-After` seconds.',
  },
  internal_error: {
    status: 500,
    title: 'Internal error',
    transient: true,
    description: 'Something went wrong on our side. The `id` identifies the request in our logs.',
  },
  database_busy: {
    status: 503,
    title: 'Database busy',
    transient: true,
    description:
      'The request could not get a database connection, or a row it needs, within its deadline (another operation holds it, or the server is saturated: more commands of its kind are waiting than it takes). Nothing was changed; retry after `Retry-After` seconds with the same Idempotency-Key.',
  },
  database_unavailable: {
    status: 503,
    title: 'Database unavailable',
    transient: true,
    description: 'The database cannot be reached. Retry after `Retry-After` seconds.',
  },
} as const satisfies Record<string, ErrorDefinition>;

export type ErrorCode = keyof typeof errorCatalog;
