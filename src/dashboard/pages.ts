import { randomBytes } from 'node:crypto';
import { maskPanParts } from '../domain/card-number.js';
import { pinStatus } from '../domain/card-status.js';
import type { IssuedCredential } from '../modules/organizations/service.js';
import type { BankAccountRow } from '../modules/accounts/schema.js';
import type { AuthorizationRow } from '../modules/authorizations/schema.js';
import type { CardRow } from '../modules/cards/schema.js';
import type { CardSpending } from '../modules/cards/spending.js';
import type { EntityRow } from '../modules/entities/schema.js';
import { entityName } from '../modules/entities/service.js';
import type { TransactionRow } from '../modules/ledger/schema.js';
import type { DailyMovement } from '../modules/ledger/statement.js';
import { can, type Role } from '../modules/members/roles.js';
import { transactionKinds, transactionStatuses } from '../modules/ledger/schemas.js';
import type { SepaCreditTransferRow } from '../modules/transfers/schema.js';
import { balanceChart, flowChart } from './charts.js';
import { formatDate, formatMoney, html, type Html } from './html.js';

/** The bodies of dashboard pages. Pure functions of their data: routes fetch, pages render. */

export const csrfField = (token: string) => html`<input type="hidden" name="_csrf" value="${token}">`;

/**
 * A one-button form that POSTs an action: the anti-forgery token, where to come back to after a
 * refusal, any hidden fields, and a confirmation the page's script asks before sending.
 */
export function buttonForm(
  csrf: string,
  action: string,
  label: string,
  options: { kind?: string; back?: string; confirm?: string; extra?: Html | string } = {},
): Html {
  const confirm = options.confirm ? html` data-confirm="${options.confirm}"` : '';
  const back = options.back ? html`<input type="hidden" name="back" value="${options.back}">` : '';
  return html`<form class="inline" method="post" action="${action}"${confirm}>${csrfField(csrf)}${back}${options.extra ?? ''}<button class="small ${options.kind ?? ''}" type="submit">${label}</button></form>`;
}
export const badge = (status: string) => html`<span class="badge ${status}">${status}</span>`;
export const option = (value: string, label: string, current: string) =>
  html`<option value="${value}" ${value === current ? html`selected` : ''}>${label}</option>`;

export function signUpPage(csrf: string, values: { organization?: string; email?: string } = {}): Html {
  return html`<section class="auth card" aria-labelledby="sign-up-title">
  <h1 id="sign-up-title">Create your Linkcy account</h1>
  <p class="muted">Start in the sandbox: register customers, open accounts and issue cards through the API.</p>
  <form method="post" action="/dashboard/sign-up">
    ${csrfField(csrf)}
    <label for="organization">Organization</label>
    <input id="organization" name="organization" type="text" required maxlength="100" autocomplete="organization" value="${values.organization ?? ''}">
    <label for="email">Email</label>
    <input id="email" name="email" type="email" required autocomplete="email" value="${values.email ?? ''}">
    <label for="password">Password</label>
    <input id="password" name="password" type="password" required minlength="12" autocomplete="new-password" aria-describedby="password-help">
    <p id="password-help" class="muted">At least 12 characters, hard to guess: a few unrelated words work well.</p>
    <button type="submit">Create account</button>
  </form>
  <p class="muted">Already have an account? <a href="/dashboard/sign-in">Sign in</a></p>
</section>`;
}

export function signInPage(csrf: string, values: { email?: string } = {}): Html {
  return html`<section class="auth card" aria-labelledby="sign-in-title">
  <h1 id="sign-in-title">Sign in to Linkcy</h1>
  <form method="post" action="/dashboard/sign-in">
    ${csrfField(csrf)}
    <label for="email">Email</label>
    <input id="email" name="email" type="email" required autocomplete="email" value="${values.email ?? ''}">
    <label for="password">Password</label>
    <input id="password" name="password" type="password" required autocomplete="current-password">
    <p></p>
    <button type="submit">Sign in</button>
  </form>
  <p class="muted">New to Linkcy? <a href="/dashboard/sign-up">Create an account</a></p>
</section>`;
}

type CredentialListRow = {
  clientId: string;
  label: string | null;
  scopes: string[];
  createdAt: Date;
  lastUsedAt: Date | null;
  revokedAt: Date | null;
};

type WebhookListRow = { id: string; url: string; eventTypes: string[]; status: string; disabledReason: string | null; createdAt: Date };

export interface ConfigurationView {
  credentials: CredentialListRow[];
  webhooks: WebhookListRow[];
  generated?: IssuedCredential | undefined;
  /** Where the API answers, for the "Try it" line: LINKCY_PUBLIC_URL, else the address the member used. */
  serverUrl?: string | undefined;
  /** A webhook endpoint just registered, with its signing secret, shown once. */
  newWebhook?: { id: string; secret: string } | undefined;
  /** A refused endpoint form, as it was typed. */
  typedWebhook?: { url: string; events: string } | undefined;
}

export function configurationPage(csrf: string, role: Role, view: ConfigurationView): Html {
  const { credentials, generated } = view;
  const manageCredentials = can(role, 'credentials:manage');
  return html`<h1>Configuration</h1>
${
  generated
    ? html`<section class="card" aria-labelledby="new-credentials">
  <h2 id="new-credentials">Your new API credentials</h2>
  <p>Copy the secret now: <strong>it is shown only once</strong>. Use them as HTTP Basic user name and password.</p>
  <label>CLIENT_ID</label>
  <div class="secret"><span id="client-id" class="mono" data-testid="client-id">${generated.clientId}</span>
    <button type="button" class="small secondary" data-copy="client-id">Copy</button></div>
  <label>CLIENT_SECRET</label>
  <div class="secret"><span id="client-secret" class="mono" data-testid="client-secret">${generated.clientSecret}</span>
    <button type="button" class="small secondary" data-copy="client-secret">Copy</button></div>
  <p class="muted">Try it: <code class="mono">curl -u ${generated.clientId}:CLIENT_SECRET ${view.serverUrl ?? ''}/entities/</code></p>
</section>`
    : ''
}
<section class="card" aria-labelledby="generate-title">
  <h2 id="generate-title">API credentials</h2>
  ${
    manageCredentials
      ? html`<form method="post" action="/dashboard/configuration/credentials" class="row">
    ${csrfField(csrf)}<input type="hidden" name="nonce" value="${randomBytes(18).toString('base64url')}">
    <div><label for="label">Label</label><input id="label" name="label" type="text" maxlength="100" placeholder="e.g. Production backend"></div>
    <div><label><input type="checkbox" name="scopes" value="cards:sensitive" checked> Can reveal card details and PINs (cards:sensitive)</label></div>
    <div class="shrink"><button type="submit">Generate credentials</button></div>
  </form>`
      : html`<p class="muted">Your role (${role}) can see credentials but not generate or revoke them.</p>`
  }
</section>
${
  credentials.length === 0
    ? html`<div class="card empty">No credentials yet. Generate one to call the API.</div>`
    : html`<div class="table-wrap"><table>
  <thead><tr><th>CLIENT_ID</th><th class="hide-sm">Label</th><th class="hide-sm">Scopes</th><th>Created</th><th>Last used</th><th>Status</th><th></th></tr></thead>
  <tbody>${credentials.map(
    (credential) => html`<tr>
    <td data-label="CLIENT_ID" class="mono">${credential.clientId}${
      credential.revokedAt
        ? ''
        : html`<div><a class="small-link" href="/docs/examples?clientId=${credential.clientId}">Examples with this key</a></div>`
    }</td>
    <td class="hide-sm">${credential.label ?? html`<span class="muted">—</span>`}</td>
    <td class="hide-sm">${credential.scopes.join(', ') || html`<span class="muted">base</span>`}</td>
    <td data-label="Created">${formatDate(credential.createdAt)}</td>
    <td data-label="Last used">${credential.lastUsedAt ? formatDate(credential.lastUsedAt) : html`<span class="muted">never</span>`}</td>
    <td data-label="Status">${credential.revokedAt ? badge('revoked') : badge('active')}</td>
    <td>${
      credential.revokedAt || !manageCredentials
        ? ''
        : buttonForm(csrf, `/dashboard/configuration/credentials/${credential.clientId}/revoke`, 'Revoke', {
            kind: 'danger',
            confirm: `Revoke ${credential.clientId}? Requests using it will fail at once.`,
          })
    }</td>
  </tr>`,
  )}</tbody></table></div>`
}
${webhooksSection(csrf, role, view)}`;
}

function webhooksSection(csrf: string, role: Role, view: ConfigurationView): Html {
  const manage = can(role, 'webhooks:manage');
  return html`<section class="card spaced" aria-labelledby="webhooks-title">
  <h2 id="webhooks-title">Webhook endpoints</h2>
  <p class="muted">Linkcy POSTs signed events (Standard Webhooks) to these URLs and retries for about three days.</p>
  ${
    view.newWebhook
      ? html`<label>Signing secret of ${view.newWebhook.id} (shown once)</label>
  <div class="secret"><span id="webhook-secret" class="mono" data-testid="webhook-secret">${view.newWebhook.secret}</span>
    <button type="button" class="small secondary" data-copy="webhook-secret">Copy</button></div>`
      : ''
  }
  ${
    manage
      ? html`<form method="post" action="/dashboard/configuration/webhooks" class="row">
    ${csrfField(csrf)}<input type="hidden" name="nonce" value="${randomBytes(18).toString('base64url')}">
    <div><label for="webhook-url">Endpoint URL</label><input id="webhook-url" name="url" type="text" required maxlength="2048" placeholder="https://example.com/linkcy/webhooks" value="${view.typedWebhook?.url ?? ''}"></div>
    <div><label for="webhook-events">Events</label><input id="webhook-events" name="events" type="text" value="${view.typedWebhook?.events ?? '*'}" aria-describedby="webhook-events-help"></div>
    <div class="shrink"><button type="submit">Add endpoint</button></div>
  </form>
  <p id="webhook-events-help" class="muted">Comma-separated event types (such as <code class="mono">card.updated, transaction.created</code>), or <code class="mono">*</code> for all.</p>`
      : ''
  }
</section>
${
  view.webhooks.length === 0
    ? html`<div class="card empty">No webhook endpoints.</div>`
    : html`<div class="table-wrap"><table>
  <thead><tr><th>URL</th><th class="hide-sm">Events</th><th>Status</th><th class="hide-sm">Created</th><th></th></tr></thead>
  <tbody>${view.webhooks.map(
    (endpoint) => html`<tr>
    <td data-label="URL" class="mono"><a href="/dashboard/configuration/webhooks/${endpoint.id}">${endpoint.url}</a><div class="muted">${endpoint.id} · delivery log</div></td>
    <td class="hide-sm">${endpoint.eventTypes.join(', ')}</td>
    <td data-label="Status">${badge(endpoint.status === 'enabled' ? 'active' : 'closed')} ${endpoint.disabledReason ? html`<div class="muted">${endpoint.disabledReason}</div>` : ''}</td>
    <td class="hide-sm">${formatDate(endpoint.createdAt)}</td>
    <td>${
      manage
        ? buttonForm(csrf, `/dashboard/configuration/webhooks/${endpoint.id}/delete`, 'Delete', {
            kind: 'danger',
            confirm: 'Delete this endpoint? It will receive nothing more.',
          })
        : ''
    }</td>
  </tr>`,
  )}</tbody></table></div>`
}`;
}

type AuditListRow = { id: number; actor: string; action: string; resource: string | null; outcome: string; origin: string; createdAt: Date };

export function auditPage(rows: AuditListRow[]): Html {
  return html`<h1>Audit log</h1>
<p class="muted">Sign-ins, membership changes, credential and webhook changes, and every reveal of card details or PINs. Append-only and hash-chained (<code class="mono">linkcy audit verify</code>).</p>
${
  rows.length === 0
    ? html`<div class="card empty">Nothing recorded yet.</div>`
    : html`<div class="table-wrap"><table>
  <thead><tr><th>When</th><th>Action</th><th class="hide-sm">Resource</th><th>Outcome</th><th class="hide-sm">Actor</th><th class="hide-sm">Origin</th></tr></thead>
  <tbody>${rows.map(
    (row) => html`<tr>
    <td data-label="When">${formatDate(row.createdAt)}</td>
    <td data-label="Action" class="mono">${row.action}</td>
    <td class="hide-sm mono">${row.resource ?? '—'}</td>
    <td data-label="Outcome">${row.outcome === 'success' ? badge('approved') : html`<span class="badge declined">${row.outcome}</span>`}</td>
    <td class="hide-sm mono">${row.actor}</td>
    <td class="hide-sm muted origin">${row.origin}</td>
  </tr>`,
  )}</tbody></table></div>`
}`;
}

/** A labelled text field of a dashboard form, filled in again with what was typed after a refusal. */
const field = (name: string, label: string, typed: Record<string, string>, attributes = html`type="text" required`, id = name) =>
  html`<div><label for="${id}">${label}</label><input id="${id}" name="${name}" ${attributes} value="${typed[name] ?? ''}"></div>`;

export function customersPage(
  rows: EntityRow[],
  filters: { q: string; kind: string; kycStatus: string },
  nextUrl?: string,
  prevUrl?: string,
  context?: PageContext,
): Html {
  const typed = context?.typed ?? {};
  return html`<h1>Customers</h1>
${
  context && can(context.role, 'operations:manage')
    ? html`<details class="card"${typed.email !== undefined ? html` open` : ''}><summary>Register a customer</summary>
  <form method="post" action="/dashboard/customers/register" class="row" aria-label="Register a customer">
    ${csrfField(context.csrf)}<input type="hidden" name="back" value="/dashboard/customers">
    <div><label for="kind-new">Kind</label><select id="kind-new" name="kind">${option('individual', 'Individual', typed.kind ?? 'individual')}${option('business', 'Business', typed.kind ?? 'individual')}</select></div>
    ${field('email', 'Email', typed, html`type="email" required autocomplete="off"`)}
    ${field('firstName', 'First name (individual)', typed, html`type="text" autocomplete="off"`)}
    ${field('lastName', 'Last name (individual)', typed, html`type="text" autocomplete="off"`)}
    ${field('dateOfBirth', 'Date of birth (individual)', typed, html`type="date"`)}
    ${field('nationality', 'Nationality (individual: FR, DE...)', typed, html`type="text" maxlength="2"`)}
    ${field('legalName', 'Legal name (business)', typed, html`type="text" autocomplete="off"`)}
    ${field('registrationNumber', 'Registration number (business)', typed, html`type="text" autocomplete="off"`)}
    ${field('line1', 'Address', typed)}
    ${field('postalCode', 'Postal code', typed)}
    ${field('city', 'City', typed)}
    ${field('country', 'Country (FR, DE...)', typed, html`type="text" required maxlength="2"`)}
    <div class="shrink"><button type="submit">Register</button></div>
  </form></details>`
    : ''
}
<form method="get" action="/dashboard/customers" class="card row" role="search">
  <div><label for="q">Search</label><input id="q" name="q" type="search" value="${filters.q}" placeholder="Name, email or external id"></div>
  <div><label for="kind">Kind</label><select id="kind" name="kind">${option('', 'All', filters.kind)}${option('individual', 'Individuals', filters.kind)}${option('business', 'Businesses', filters.kind)}</select></div>
  <div><label for="kycStatus">KYC</label><select id="kycStatus" name="kycStatus">${option('', 'All', filters.kycStatus)}${option('approved', 'Approved', filters.kycStatus)}${option('pending', 'Pending', filters.kycStatus)}${option('rejected', 'Rejected', filters.kycStatus)}</select></div>
  <div class="shrink"><button type="submit">Filter</button></div>
</form>
${
  rows.length === 0
    ? html`<div class="card empty">${filters.q || filters.kind || filters.kycStatus ? 'No customer matches these filters.' : html`No customers yet. Register one with <code class="mono">POST /entities/</code>.`}</div>`
    : html`<div class="table-wrap"><table>
  <thead><tr><th>Name</th><th>Email</th><th class="hide-sm">Kind</th><th>KYC</th><th class="hide-sm">Registered</th></tr></thead>
  <tbody>${rows.map(
    (entity) => html`<tr>
    <td data-label="Name"><a href="/dashboard/customers/${entity.id}">${entityName(entity)}</a><div class="muted mono">${entity.id}</div></td>
    <td data-label="Email">${entity.email}</td>
    <td class="hide-sm">${entity.kind}</td>
    <td data-label="KYC">${badge(entity.kycStatus)}</td>
    <td class="hide-sm">${formatDate(entity.createdAt)}</td>
  </tr>`,
  )}</tbody></table></div>`
}
<div class="pager">${prevUrl ? html`<a class="button secondary" href="${prevUrl}">← Newer</a>` : ''}${nextUrl ? html`<a class="button secondary" href="${nextUrl}">Older →</a>` : ''}</div>`;
}

export interface CustomerView {
  entity: EntityRow;
  accounts: BankAccountRow[];
  /** The last 30 days of each account, for its charts. */
  movements: Map<string, DailyMovement[]>;
  cards: CardRow[];
  /** Each card's windowed limits with what their windows spent. */
  cardSpending: Map<string, CardSpending[]>;
  /** The latest authorizations of the customer's cards, declined ones included. */
  authorizations: AuthorizationRow[];
  /** One page of transactions, newest first, and links to the pages around it. */
  transactions: TransactionRow[];
  transactionFilters: TransactionFilters;
  nextTransactions?: string | undefined;
  previousTransactions?: string | undefined;
  /** The authorization behind each card payment on the page, by transaction id. */
  cardPayments: Map<string, AuthorizationRow>;
  /** Outgoing SEPA credit transfers from the customer's accounts, newest first. */
  sepaTransfers: SepaCreditTransferRow[];
}

export interface TransactionFilters {
  account: string;
  status: string;
  kind: string;
  direction: string;
}

export interface PageContext {
  csrf: string;
  role: Role;
  sandbox: boolean;
  /** A refused form's fields, to fill it in again. */
  typed: Record<string, string>;
}

export function customerPage(context: PageContext, view: CustomerView): Html {
  const { entity } = view;
  const { csrf, typed } = context;
  const back = `/dashboard/customers/${entity.id}`;
  const sandboxTools = context.sandbox && can(context.role, 'sandbox:use');
  const operations = can(context.role, 'operations:manage');
  const cardOf = new Map(view.cards.map((card) => [card.id, card]));
  const post = (action: string, label: string, kind = '') => buttonForm(csrf, action, label, { kind, back });
  const filters = view.transactionFilters;
  return html`<p><a href="/dashboard/customers">← Customers</a></p>
<h1>${entityName(entity)} ${badge(entity.kycStatus)}</h1>
<div class="card grid">
  <div><div class="muted">Customer id</div><div class="mono">${entity.id}</div></div>
  <div><div class="muted">Email</div><div>${entity.email}</div></div>
  <div><div class="muted">Phone</div><div>${entity.phone ?? '—'}</div></div>
  <div><div class="muted">Address</div><div>${entity.address.line1}, ${entity.address.postalCode} ${entity.address.city}, ${entity.address.country}</div></div>
  ${entity.externalId ? html`<div><div class="muted">External id</div><div class="mono">${entity.externalId}</div></div>` : ''}
</div>

<h2>Accounts</h2>
${
  operations && entity.status !== 'closed' && !view.accounts.some((account) => account.status === 'open' && account.currency === 'EUR')
    ? html`<form method="post" action="/dashboard/customers/${entity.id}/accounts" class="row" aria-label="Open an account">
  ${csrfField(csrf)}<input type="hidden" name="back" value="${back}"><input type="hidden" name="currency" value="EUR">
  <div class="shrink"><button type="submit">Open an EUR account</button></div>
</form>`
    : ''
}
${
  view.accounts.length === 0
    ? html`<div class="card empty">No account yet. Open one with <code class="mono">POST /bank/accounts/</code>.</div>`
    : view.accounts.map((account) => {
        const days = view.movements.get(account.id) ?? [];
        return html`<section class="card" aria-label="Account ${account.iban}">
    <div class="grid">
      <div>
        <div class="muted">${account.currency} account ${badge(account.status)}</div>
        <div class="balance">${formatMoney(account.postedBalance - account.heldAmount, account.currency)}</div>
        <div class="muted">available · ${formatMoney(account.postedBalance, account.currency)} current · ${formatMoney(account.heldAmount, account.currency)} pending</div>
        <p class="mono">${account.iban.replace(/(.{4})(?=.)/g, '$1 ')}<br>${account.bic}</p>
        ${
          operations && account.status === 'open'
            ? html`<form method="post" action="/dashboard/accounts/${account.id}/instant-limit" class="row" aria-label="Instant transfer limit">
            ${csrfField(csrf)}<input type="hidden" name="back" value="${back}">
            <div><label for="instant-${account.id}">Instant transfer limit (${account.currency})</label><input id="instant-${account.id}" name="instantTransferLimit" type="text" inputmode="decimal" placeholder="No limit" value="${typed.instantTransferLimit !== undefined && typed.accountId === account.id ? typed.instantTransferLimit : account.instantTransferLimit === null ? '' : (account.instantTransferLimit / 100).toFixed(2)}"><input type="hidden" name="accountId" value="${account.id}"></div>
            <div class="shrink"><button type="submit" class="secondary">Save limit</button></div>
          </form>`
            : html`<p class="muted">Instant transfer limit: ${account.instantTransferLimit === null ? 'none' : formatMoney(account.instantTransferLimit, account.currency)}</p>`
        }
        ${
          sandboxTools && account.status === 'open'
            ? html`<form method="post" action="/dashboard/sandbox/fund" class="row">
            ${csrfField(csrf)}<input type="hidden" name="accountId" value="${account.id}"><input type="hidden" name="back" value="${back}">
            <div><label for="fund-${account.id}">Amount (${account.currency})</label><input id="fund-${account.id}" name="amount" type="text" inputmode="decimal" required placeholder="100.00" value="${typed.accountId === account.id ? (typed.amount ?? '') : ''}"></div>
            <div class="shrink"><button type="submit">Fund account</button></div>
          </form>`
            : ''
        }
      </div>
    </div>
    ${
      operations && account.status === 'open' && account.currency === 'EUR'
        ? html`<details${typed.creditorIban !== undefined && typed.accountId === account.id ? html` open` : ''}><summary>Send a SEPA transfer</summary>
      <form method="post" action="/dashboard/accounts/${account.id}/sepa-credit-transfers" class="row" aria-label="Send a SEPA transfer from ${account.iban}">
        ${csrfField(csrf)}<input type="hidden" name="back" value="${back}"><input type="hidden" name="accountId" value="${account.id}">
        ${field('creditorName', 'Creditor', typed.accountId === account.id ? typed : {}, html`type="text" required`, `creditor-${account.id}`)}
        ${field('creditorIban', 'IBAN', typed.accountId === account.id ? typed : {}, html`type="text" required`, `iban-${account.id}`)}
        ${field('amount', 'Amount to send (EUR)', typed.accountId === account.id ? typed : {}, html`type="text" inputmode="decimal" required placeholder="42.50"`, `transfer-amount-${account.id}`)}
        ${field('remittanceInformation', 'Reference', typed.accountId === account.id ? typed : {}, html`type="text"`, `reference-${account.id}`)}
        <div><label for="scheme-${account.id}">Scheme</label><select id="scheme-${account.id}" name="scheme">${option('standard', 'Standard (next bank file)', typed.scheme ?? 'standard')}${option('instant', 'Instant (within 10 s)', typed.scheme ?? 'standard')}</select></div>
        <div class="shrink"><button type="submit">Send</button></div>
      </form></details>`
        : ''
    }
    <div class="charts">
      <figure><figcaption class="muted">Balance, last 30 days</figcaption>${balanceChart(`balance-${account.id}`, days, account.currency)}</figure>
      <figure><figcaption class="muted">Money in and out per day <span class="legend"><span><span class="swatch in"></span>in</span><span><span class="swatch out"></span>out</span></span></figcaption>${flowChart(`flow-${account.id}`, days, account.currency)}</figure>
    </div>
  </section>`;
      })
}

<h2>Cards</h2>
${
  operations && entity.status !== 'closed' && view.accounts.some((account) => account.status === 'open')
    ? html`<form method="post" action="/dashboard/customers/${entity.id}/cards" class="row" aria-label="Issue a card">
  ${csrfField(csrf)}<input type="hidden" name="back" value="${back}">
  <div><label for="card-form">Card</label><select id="card-form" name="form">${option('virtual', 'Virtual', 'virtual')}${option('physical', 'Physical (shipped)', 'virtual')}</select></div>
  <div class="shrink"><button type="submit">Issue a card</button></div>
</form>`
    : ''
}
${
  view.cards.length === 0
    ? html`<div class="card empty">No card yet. Issue one with <code class="mono">POST /cards/</code>.</div>`
    : html`<div class="grid">${view.cards.map((card) => cardPanel(context, card, view.cardSpending.get(card.id) ?? [], currencyOf(view, card), back, operations))}</div>`
}

<h2>Card authorizations</h2>
${
  view.authorizations.length === 0
    ? html`<div class="card empty">No card authorization yet.</div>`
    : html`<div class="table-wrap"><table>
  <thead><tr><th>Date</th><th>Merchant</th><th>Card</th><th>Amount</th><th>Outcome</th></tr></thead>
  <tbody>${view.authorizations.map((authorization) => {
    const card = cardOf.get(authorization.cardId);
    return html`<tr>
    <td data-label="Date">${formatDate(authorization.createdAt)}</td>
    <td data-label="Merchant">${authorization.merchant.name} <span class="muted mono">MCC ${authorization.merchant.mcc}</span></td>
    <td data-label="Card" class="mono">${card ? `•••• ${card.last4}` : authorization.cardId}</td>
    <td data-label="Amount" class="mono">${formatMoney(authorization.amount, authorization.currency)}</td>
    <td data-label="Outcome">${badge(authorization.status)}${authorization.declineReason ? html` <span class="decline-reason">${authorization.declineReason.replaceAll('_', ' ')}</span>` : ''}</td>
  </tr>`;
  })}</tbody></table></div>`
}

<h2>SEPA credit transfers</h2>
${
  view.sepaTransfers.length === 0
    ? html`<div class="card empty">No outgoing transfer yet. Send one with <code class="mono">POST /sepa-credit-transfers</code>.</div>`
    : html`<div class="table-wrap"><table>
  <thead><tr><th class="hide-sm">Date</th><th>Creditor</th><th class="hide-sm">EndToEndId</th><th>Payee check</th><th>Status</th><th>Amount</th><th></th></tr></thead>
  <tbody>${view.sepaTransfers.map((transfer) => {
    // An instant transfer is decided by the rail (settled or rejected in seconds), never by hand.
    const byHand = transfer.scheme === 'standard';
    const steps = [
      byHand && operations && transfer.status === 'pending'
        ? post(`/dashboard/sepa-credit-transfers/${transfer.id}/cancel`, 'Cancel', 'secondary')
        : '',
      byHand && sandboxTools && ['pending', 'submitted'].includes(transfer.status)
        ? post(`/dashboard/sandbox/sepa-credit-transfers/${transfer.id}/settle`, 'Settle')
        : '',
      byHand && sandboxTools && ['submitted', 'settled'].includes(transfer.status)
        ? post(`/dashboard/sandbox/sepa-credit-transfers/${transfer.id}/return`, 'Return', 'secondary')
        : '',
    ];
    const check = transfer.payeeVerification;
    return html`<tr>
    <td class="hide-sm">${formatDate(transfer.createdAt)}</td>
    <td data-label="Creditor">${transfer.creditor.name}<br><span class="mono muted">${transfer.creditor.iban}</span></td>
    <td class="hide-sm mono">${transfer.endToEndId}</td>
    <td data-label="Payee check">${check ? html`${badge(check.result)}${check.acknowledged && check.result !== 'match' ? html` <span class="muted">acknowledged by the payer</span>` : ''}` : html`<span class="muted">not checked</span>`}</td>
    <td data-label="Status">${badge(transfer.status)}${transfer.scheme === 'instant' ? html` <span class="muted">instant</span>` : ''}${transfer.returnReason ? html` <span class="muted">${transfer.returnReason}</span>` : ''}</td>
    <td data-label="Amount" class="mono">−${formatMoney(transfer.amount, transfer.currency)}</td>
    <td><div class="actions">${steps}</div></td>
  </tr>`;
  })}</tbody></table></div>`
}

<h2 id="transactions">Transactions</h2>
<form method="get" action="${back}#transactions" class="card row filters" aria-label="Filter transactions">
  ${
    view.accounts.length > 1
      ? html`<div><label for="tx-account">Account</label><select id="tx-account" name="account">${option('', 'All', filters.account)}${view.accounts.map(
          (account) => option(account.id, `${account.currency} ${account.iban.slice(-4)}`, filters.account),
        )}</select></div>`
      : ''
  }
  <div><label for="tx-status">Status</label><select id="tx-status" name="status">${option('', 'All', filters.status)}${transactionStatuses.map((status) => option(status, status, filters.status))}</select></div>
  <div><label for="tx-kind">Kind</label><select id="tx-kind" name="kind">${option('', 'All', filters.kind)}${transactionKinds.map((kind) => option(kind, kind, filters.kind))}</select></div>
  <div><label for="tx-direction">Direction</label><select id="tx-direction" name="direction">${option('', 'Both', filters.direction)}${option('credit', 'Money in', filters.direction)}${option('debit', 'Money out', filters.direction)}</select></div>
  <div class="shrink"><button type="submit">Filter</button></div>
</form>
${
  view.transactions.length === 0
    ? html`<div class="card empty">${filters.status || filters.kind || filters.direction || filters.account ? 'No transaction matches these filters.' : 'No transactions yet.'}</div>`
    : html`<div class="table-wrap"><table>
  <thead><tr><th class="hide-sm">Date</th><th>Description</th><th class="hide-sm">Kind</th><th>Card</th><th>Status</th><th>Amount</th><th class="hide-sm">Balance after</th>${sandboxTools ? html`<th></th>` : ''}</tr></thead>
  <tbody>${view.transactions.map((transaction) => {
    const authorization = view.cardPayments.get(transaction.id);
    const card = authorization ? cardOf.get(authorization.cardId) : undefined;
    return html`<tr>
    <td class="hide-sm">${formatDate(transaction.createdAt)}</td>
    <td data-label="Description">${transaction.description ?? '—'}</td>
    <td class="hide-sm">${transaction.kind}</td>
    <td data-label="Card" class="mono">${card ? `•••• ${card.last4}` : html`<span class="muted">—</span>`}</td>
    <td data-label="Status">${badge(transaction.status)}</td>
    <td data-label="Amount" class="mono">${transaction.direction === 'debit' ? '−' : '+'}${formatMoney(transaction.amount, transaction.currency)}</td>
    <td class="hide-sm mono">${transaction.balanceAfter === null ? '—' : formatMoney(transaction.balanceAfter, transaction.currency)}</td>
    ${
      sandboxTools
        ? html`<td>${
            authorization?.status === 'approved'
              ? html`<div class="actions">${post(`/dashboard/sandbox/authorizations/${authorization.id}/capture`, 'Capture')}${post(`/dashboard/sandbox/authorizations/${authorization.id}/release`, 'Release', 'secondary')}</div>`
              : ''
          }</td>`
        : ''
    }
  </tr>`;
  })}</tbody></table></div>`
}
<div class="pager">${view.previousTransactions ? html`<a class="button secondary" href="${view.previousTransactions}">← Newer</a>` : ''}${view.nextTransactions ? html`<a class="button secondary" href="${view.nextTransactions}">Older →</a>` : ''}</div>`;
}

/** The currency a card spends in: its account's. */
function currencyOf(view: CustomerView, card: CardRow): string {
  return view.accounts.find((account) => account.id === card.bankAccountId)?.currency ?? 'EUR';
}

const intervalNames: Record<string, string> = {
  perAuthorization: 'Per purchase',
  daily: 'Daily',
  weekly: 'Weekly',
  monthly: 'Monthly',
  yearly: 'Yearly',
  allTime: 'All time',
};

/** A card's limits, with what each window has spent, and its merchant rules; nothing when it has none. */
function cardControls(card: CardRow, spending: CardSpending[], currency: string): Html | string {
  const controls = card.spendingControls;
  const rules = [
    controls.allowedCategories.length > 0 ? `Only categories ${controls.allowedCategories.join(', ')}` : '',
    controls.blockedCategories.length > 0 ? `Blocked categories ${controls.blockedCategories.join(', ')}` : '',
    controls.allowedCountries.length > 0 ? `Only in ${controls.allowedCountries.join(', ')}` : '',
    controls.blockedCountries.length > 0 ? `Blocked in ${controls.blockedCountries.join(', ')}` : '',
  ].filter(Boolean);
  if (controls.limits.length === 0 && rules.length === 0) return '';
  return html`<dl class="limits" aria-label="Spending controls">
    ${controls.limits.map((limit) => {
      const window = spending.find((candidate) => candidate.interval === limit.interval);
      return html`<dt>${intervalNames[limit.interval]} limit</dt>
      <dd>${
        window
          ? html`<meter min="0" max="${String(window.limit)}" value="${String(Math.min(window.spent, window.limit))}" aria-label="${intervalNames[limit.interval]} spending"></meter>
        <span class="mono">${formatMoney(window.spent, currency)}</span> of <span class="mono">${formatMoney(window.limit, currency)}</span> spent
        <span class="muted">· ${formatMoney(window.remaining, currency)} left${window.resetsAt ? ` · resets ${formatDate(window.resetsAt)}` : ''}</span>`
          : html`<span class="mono">${formatMoney(limit.amount, currency)}</span> <span class="muted">each</span>`
      }</dd>`;
    })}
    ${rules.map((rule) => html`<dt>Merchants</dt><dd>${rule}</dd>`)}
  </dl>`;
}

function cardPanel(context: PageContext, card: CardRow, spending: CardSpending[], currency: string, back: string, operations: boolean): Html {
  const { csrf, typed } = context;
  const sandboxTools = context.sandbox && can(context.role, 'sandbox:use');
  const post = (action: string, label: string, extra: Html | string = '', kind = '') => buttonForm(csrf, action, label, { kind, back, extra });
  const typedHere = typed.cardId === card.id;
  return html`<section class="card" aria-label="Card ending ${card.last4}">
  <div class="muted">${card.form} ${card.brand} card ${badge(card.status)}${pinStatus(card.pinFailures) === 'blocked' ? html` <span class="badge declined">PIN blocked</span>` : ''}</div>
  <div class="balance mono">${maskPanParts(card.bin, card.last4)}</div>
  <div class="muted">${card.cardholderName} · expires ${String(card.expMonth).padStart(2, '0')}/${card.expYear}</div>
  ${
    card.form === 'physical'
      ? html`<p>Shipping ${badge(card.shippingStatus ?? 'processing')} <span class="muted">estimated ${card.estimatedDeliveryFrom} to ${card.estimatedDeliveryTo}</span></p>`
      : ''
  }
  ${cardControls(card, spending, currency)}
  <p class="row tight">
    ${operations && card.status === 'active' ? post(`/dashboard/cards/${card.id}/suspend`, 'Suspend', html`<input type="hidden" name="suspended" value="true">`, 'secondary') : ''}
    ${operations && card.status === 'suspended' ? post(`/dashboard/cards/${card.id}/suspend`, 'Re-enable', html`<input type="hidden" name="suspended" value="false">`) : ''}
    ${operations && card.status === 'inactive' && card.shippingStatus === 'delivered' ? post(`/dashboard/cards/${card.id}/activate`, 'Activate') : ''}
    ${sandboxTools && card.form === 'physical' && card.shippingStatus !== 'delivered' ? post(`/dashboard/sandbox/cards/${card.id}/ship`, card.shippingStatus === 'processing' ? 'Mark shipped' : 'Mark delivered', '', 'secondary') : ''}
  </p>
  ${
    sandboxTools && card.status === 'active'
      ? html`<form method="post" action="/dashboard/sandbox/purchase" class="row">
      ${csrfField(csrf)}<input type="hidden" name="cardId" value="${card.id}"><input type="hidden" name="back" value="${back}">
      <div><label for="merchant-${card.id}">Merchant</label><input id="merchant-${card.id}" name="merchant" type="text" required maxlength="100" value="${typedHere ? (typed.merchant ?? '') : 'Café de Flore'}"></div>
      <div><label for="purchase-${card.id}">Amount</label><input id="purchase-${card.id}" name="amount" type="text" inputmode="decimal" required placeholder="12.50" value="${typedHere ? (typed.amount ?? '') : ''}"></div>
      <div class="shrink"><button type="submit">Make purchase</button></div>
    </form>`
      : ''
  }
</section>`;
}

export function errorPage(title: string, message: string): Html {
  return html`<section class="auth card"><h1>${title}</h1><p>${message}</p><p><a href="/dashboard">Back to the dashboard</a></p></section>`;
}
