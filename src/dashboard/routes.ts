import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { AppContext } from '../app-context.js';
import { limits } from '../config.js';
import { execute } from '../commands/execute.js';
import { AppError } from '../errors/app-error.js';
import { findUnsafeText, printable } from '../http/text-safety.js';
import { requestOrigin } from '../http/request-origin.js';
import { entityBankAccounts, getBankAccount, setInstantTransferLimit } from '../modules/accounts/service.js';
import { authorizationsOfTransactions, authorize, capture, recentAuthorizationsOfCards, release } from '../modules/authorizations/service.js';
import {
  advanceShipment,
  changeCardStatus,
  entityCards,
  getCard,
  isDelivered,
  lockCardWithAccount,
  spendingOfCards,
} from '../modules/cards/service.js';
import type { EntityListQuery } from '../modules/entities/schemas.js';
import { getEntity, listEntities } from '../modules/entities/service.js';
import { dailyMovements } from '../modules/ledger/statement.js';
import { transactionListQuery } from '../modules/ledger/schemas.js';
import { listTransactions } from '../modules/ledger/transactions.js';
import { changeSepaCreditTransfer, recentSepaCreditTransfers } from '../modules/transfers/service.js';
import { endSession, findSession, signIn, signUp } from '../modules/members/service.js';
import { receiveIncomingTransfer } from '../modules/ledger/incoming-transfers.js';
import { parseMoney } from './html.js';
import { catalogMessage, cookies, dashboardKit, pageOrFirst, sessionCookie, sessionView, type Form } from './kit.js';
import type { Db } from '../db/database.js';
import { faviconSvg } from '../http/favicon.js';
import { dashboardScript, dashboardStyles, layout } from './layout.js';
import { configurationRoutes } from './configuration-routes.js';
import { teamRoutes } from './team-routes.js';
import { operationRoutes } from './operation-routes.js';
import { customerPage, customersPage, errorPage, signInPage, signUpPage, type TransactionFilters } from './pages.js';

/**
 * The web dashboard (SPEC §7, §12): server-rendered pages and plain forms, so it works without a build
 * step and with the keyboard. Sessions live in the database; every form carries an anti-forgery token
 * (the session's, or before sign-in a double-submit cookie); every page and action checks the member's
 * role (kit.ts).
 */

export async function dashboardRoutes(dash: FastifyInstance, context: AppContext) {
  const { db } = context.database;
  const sandbox = context.config.mode === 'sandbox';
  const kit = dashboardKit(dash, context);
  const { page, sessionView, signedIn, action, command, anonymousForm, anonymousCsrfValid, startSession } = kit;

  dash.addContentTypeParser('application/x-www-form-urlencoded', { parseAs: 'string', bodyLimit: limits.bodyBytesMax }, (_request, body, done) => {
    done(null, Object.fromEntries(new URLSearchParams(body as string)));
  });
  dash.decorateRequest('dashboardSession', undefined);
  // Pages for people, not operations of the API: out of /openapi.json and /docs.
  dash.addHook('onRoute', (route) => {
    route.schema = { ...route.schema, hide: true };
  });

  dash.addHook('onRequest', async (request, reply) => {
    reply.headers(dashboardHeaders);
    const token = cookies(request)[sessionCookie];
    if (token) request.dashboardSession = await findSession(db, token);
  });

  // Text PostgreSQL cannot store (NUL, unpaired surrogates) or no form sends (control characters) is
  // refused before any handler, the sign-in form included.
  dash.addHook('preValidation', async (request, reply) => {
    const unsafe = findUnsafeText(request);
    if (!unsafe) return;
    const field = printable(unsafe.path[0] ?? '');
    const session = request.dashboardSession;
    return page(
      reply,
      {
        title: 'Unreadable input',
        body: errorPage(
          'Unreadable input',
          `The field “${field}” holds control characters or broken text that cannot be saved. Nothing was changed; go back and retype it.`,
        ),
        ...(session ? { session: sessionView(session) } : {}),
      },
      400,
    );
  });

  dash.get('/dashboard/app.css', async (_request, reply) =>
    reply.type('text/css; charset=utf-8').header('Cache-Control', 'public, max-age=300').send(dashboardStyles),
  );
  // Pages name their icon inline; a browser that asks the root anyway gets the same mark, not a 404.
  dash.get('/favicon.ico', async (_request, reply) => reply.type('image/svg+xml').header('Cache-Control', 'public, max-age=86400').send(faviconSvg));
  dash.get('/dashboard/app.js', async (_request, reply) =>
    reply.type('text/javascript; charset=utf-8').header('Cache-Control', 'public, max-age=300').send(dashboardScript),
  );

  dash.get('/dashboard', async (request, reply) => reply.redirect(request.dashboardSession ? '/dashboard/customers' : '/dashboard/sign-in', 303));

  dash.get('/dashboard/sign-up', async (request, reply) => page(reply, { title: 'Create account', body: signUpPage(anonymousForm(request, reply)) }));
  dash.post('/dashboard/sign-up', async (request, reply) => {
    const form = (request.body ?? {}) as Form;
    if (!anonymousCsrfValid(request)) {
      return page(
        reply,
        {
          title: 'Create account',
          body: signUpPage(anonymousForm(request, reply), form),
          notice: { kind: 'error', text: catalogMessage('csrf_token_invalid') },
        },
        403,
      );
    }
    // Sign-up never says whether an email address already has an account: a new address gets its
    // account, a known one changes nothing, and both are sent to sign in with the same words (the
    // password is hashed either way, so the time taken says nothing either).
    try {
      const member = await signUp(db, { organizationName: form.organization ?? '', email: form.email ?? '', password: form.password ?? '' });
      await execute(
        db,
        { organizationId: member.organizationId, id: member.id, origin: requestOrigin(request) },
        async ({ audit }) => audit('member.sign_up', member.id, 'success'),
        new Date(),
      );
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      if (error.details[0]!.code !== 'email_taken') {
        return page(
          reply,
          {
            title: 'Create account',
            body: signUpPage(anonymousForm(request, reply), form),
            notice: { kind: 'error', text: error.details[0]!.detail },
          },
          error.status,
        );
      }
      await execute(
        db,
        { organizationId: null, id: (form.email ?? '').slice(0, 254).toLowerCase(), origin: requestOrigin(request) },
        async ({ audit }) => audit('member.sign_up', null, 'email_taken'),
        new Date(),
      );
    }
    return reply.redirect('/dashboard/sign-in?notice=signed-up', 303);
  });

  dash.get('/dashboard/sign-in', async (request, reply) => {
    if (request.dashboardSession) return reply.redirect('/dashboard/customers', 303);
    return page(reply, { title: 'Sign in', body: signInPage(anonymousForm(request, reply)) });
  });
  dash.post('/dashboard/sign-in', async (request, reply) => {
    const form = (request.body ?? {}) as Form;
    if (!anonymousCsrfValid(request)) {
      return page(
        reply,
        {
          title: 'Sign in',
          body: signInPage(anonymousForm(request, reply), form),
          notice: { kind: 'error', text: catalogMessage('csrf_token_invalid') },
        },
        403,
      );
    }
    try {
      const member = await signIn(db, form.email ?? '', form.password ?? '');
      await execute(
        db,
        { organizationId: member.organizationId, id: member.id, origin: requestOrigin(request) },
        async ({ audit }) => audit('member.sign_in', member.id, 'success'),
        new Date(),
      );
      return startSession(request, reply, member.id);
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      await execute(
        db,
        { organizationId: null, id: (form.email ?? '').slice(0, 254).toLowerCase(), origin: requestOrigin(request) },
        async ({ audit }) => audit('member.sign_in', null, error.details[0]!.code),
        new Date(),
      );
      return page(
        reply,
        {
          title: 'Sign in',
          body: signInPage(anonymousForm(request, reply), { email: form.email ?? '' }),
          notice: { kind: 'error', text: error.details[0]!.detail },
        },
        error.status,
      );
    }
  });

  dash.post(
    '/dashboard/sign-out',
    action('read', async (_form, _session, request) => {
      const token = cookies(request)[sessionCookie];
      if (token) await endSession(db, token);
      return '/dashboard/sign-in';
    }),
  );

  configurationRoutes(dash, kit);
  teamRoutes(dash, kit);
  operationRoutes(dash, kit);

  dash.get(
    '/dashboard/customers',
    signedIn('read', async (request, reply, session) => {
      const query = request.query as Form;
      const filters = { q: (query.q ?? '').slice(0, 100), kind: query.kind ?? '', kycStatus: query.kycStatus ?? '' };
      const listQuery: EntityListQuery = {
        ...(filters.kind === 'individual' || filters.kind === 'business' ? { 'filter[kind]': filters.kind } : {}),
        ...(['approved', 'pending', 'rejected'].includes(filters.kycStatus) ? { 'filter[kycStatus]': filters.kycStatus as 'approved' } : {}),
        'page[limit]': 20,
        ...(query.after ? { 'page[after]': query.after } : {}),
        ...(query.before ? { 'page[before]': query.before } : {}),
      };
      const result = await pageOrFirst(listQuery, 'entity', (window) =>
        listEntities(db, session.member.organizationId, listQuery, window, filters.q || undefined),
      );
      const link = (name: 'after' | 'before', cursor: string | undefined) =>
        cursor ? `/dashboard/customers?${new URLSearchParams({ ...filters, [name]: cursor }).toString()}` : undefined;
      return page(reply, {
        title: 'Customers',
        current: 'customers',
        body: customersPage(result.rows, filters, link('after', result.nextCursor), link('before', result.prevCursor), {
          csrf: session.csrfToken,
          role: session.member.role,
          sandbox,
          typed: session.flash?.form ?? {},
        }),
        session: sessionView(session),
      });
    }),
  );

  dash.get(
    '/dashboard/customers/:entityId',
    signedIn('read', async (request, reply, session) => {
      const organizationId = session.member.organizationId;
      const { entityId } = request.params as { entityId: string };
      const query = request.query as Form;
      let entity;
      try {
        entity = await getEntity(db, organizationId, entityId);
      } catch (error) {
        if (!(error instanceof AppError)) throw error;
        return page(
          reply,
          {
            title: 'Not found',
            body: errorPage('Customer not found', 'No customer with this id exists in your organization.'),
            session: sessionView(session),
          },
          404,
        );
      }
      const accounts = await entityBankAccounts(db, organizationId, entity.id);
      const customerCards = await entityCards(db, organizationId, entity.id);
      const filters = transactionFilters(query, accounts);
      const accountIds = filters.account ? [filters.account] : accounts.map((account) => account.id);
      const listQuery = transactionListQuery.parse({
        ...(filters.status ? { 'filter[status]': filters.status } : {}),
        ...(filters.kind ? { 'filter[kind]': filters.kind } : {}),
        ...(filters.direction ? { 'filter[direction]': filters.direction } : {}),
        'page[limit]': '25',
        ...(query.after ? { 'page[after]': query.after } : {}),
        ...(query.before ? { 'page[before]': query.before } : {}),
      });
      const transactions = await pageOrFirst(listQuery, 'transaction', (window) =>
        listTransactions(db, organizationId, { bankAccountIds: accountIds }, listQuery, window),
      );
      const pageLink = (name: 'after' | 'before', cursor: string | undefined) => {
        if (!cursor) return undefined;
        const kept = Object.fromEntries(Object.entries(filters).filter((entry): entry is [string, string] => Boolean(entry[1])));
        return `/dashboard/customers/${entity.id}?${new URLSearchParams({ ...kept, [name]: cursor }).toString()}#transactions`;
      };
      const cardPayments = await authorizationsOfTransactions(
        db,
        organizationId,
        transactions.rows.filter((transaction) => transaction.kind === 'cardPayment').map((transaction) => transaction.id),
      );
      const now = await context.clocks.now(organizationId);
      return page(reply, {
        title: 'Customer',
        current: 'customers',
        body: customerPage(
          { csrf: session.csrfToken, role: session.member.role, sandbox, typed: session.flash?.form ?? {} },
          {
            entity,
            accounts,
            movements: new Map(
              await Promise.all(accounts.map(async (account) => [account.id, await dailyMovements(db, account.id, 30, now)] as const)),
            ),
            cards: customerCards,
            cardSpending: await spendingOfCards(db, customerCards, now),
            authorizations: await recentAuthorizationsOfCards(
              db,
              organizationId,
              customerCards.map((card) => card.id),
              20,
            ),
            transactions: transactions.rows,
            transactionFilters: filters,
            nextTransactions: pageLink('after', transactions.nextCursor),
            previousTransactions: pageLink('before', transactions.prevCursor),
            cardPayments,
            sepaTransfers: await recentSepaCreditTransfers(
              db,
              organizationId,
              accounts.map((account) => account.id),
              50,
            ),
          },
        ),
        session: sessionView(session),
      });
    }),
  );

  dash.post(
    '/dashboard/cards/:cardId/suspend',
    action('operations:manage', async (form, session, request) => {
      const { cardId } = request.params as { cardId: string };
      const suspended = form.suspended === 'true';
      const card = await command(session, request, async (context) => {
        const current = await getCard(context.tx, session.member.organizationId, cardId, { forUpdate: true });
        return changeCardStatus(context, current, { kind: suspended ? 'suspend' : 'unsuspend' });
      });
      return `/dashboard/customers/${card.entityId}?notice=${suspended ? 'suspended' : 'reenabled'}`;
    }),
  );

  dash.post(
    '/dashboard/cards/:cardId/activate',
    action('operations:manage', async (_form, session, request) => {
      const { cardId } = request.params as { cardId: string };
      const card = await command(session, request, async (context) => {
        // The account first, as every writer of spending counters locks it (a successor takes them over).
        const current = await lockCardWithAccount(context.tx, await getCard(context.tx, session.member.organizationId, cardId));
        return changeCardStatus(context, current, { kind: 'activate', delivered: isDelivered(current) });
      });
      return `/dashboard/customers/${card.entityId}?notice=activated`;
    }),
  );

  // An account's instant transfer limit (SPEC §14): an amount, or empty for none.
  dash.post(
    '/dashboard/accounts/:accountId/instant-limit',
    action('operations:manage', async (form, session, request) => {
      const { accountId } = request.params as { accountId: string };
      const typed = (form.instantTransferLimit ?? '').trim();
      const limit = typed === '' ? null : parseMoney(typed);
      if (limit === undefined || (limit !== null && limit > 99_999_999_999)) {
        throw new AppError(
          'validation_failed',
          `“${typed.slice(0, 40)}” is not an amount: enter one such as 1000.00, or leave it empty for no limit.`,
        );
      }
      const entityId = await command(session, request, async (context) => {
        const account = await setInstantTransferLimit(context, session.member.organizationId, accountId, limit);
        return account.entityId;
      });
      return `/dashboard/customers/${entityId}?notice=instant-limit`;
    }),
  );

  // SEPA credit transfers: cancel while pending; in the sandbox, play the bank's answer.
  for (const [path, step] of [
    ['/dashboard/sepa-credit-transfers/:transferId/cancel', 'cancel'],
    ...(sandbox
      ? ([
          ['/dashboard/sandbox/sepa-credit-transfers/:transferId/settle', 'settle'],
          ['/dashboard/sandbox/sepa-credit-transfers/:transferId/return', 'return'],
        ] as const)
      : []),
  ] as const) {
    dash.post(
      path,
      action(step === 'cancel' ? 'operations:manage' : 'sandbox:use', async (_form, session, request) => {
        const { transferId } = request.params as { transferId: string };
        const organizationId = session.member.organizationId;
        const entityId = await command(session, request, async (context) => {
          const transfer = await changeSepaCreditTransfer(context, transferId, step);
          return (await getBankAccount(context.tx, organizationId, transfer.bankAccountId)).entityId;
        });
        return `/dashboard/customers/${entityId}?notice=sepa-${step === 'cancel' ? 'cancelled' : step === 'settle' ? 'settled' : 'returned'}`;
      }),
    );
  }

  if (!sandbox) return;

  dash.post(
    '/dashboard/sandbox/fund',
    action('sandbox:use', async (form, session, request) => {
      const organizationId = session.member.organizationId;
      const amount = parseMoney(form.amount ?? '');
      if (!amount || amount > limits.amountMinorMax) {
        throw new AppError('validation_failed', `“${(form.amount ?? '').slice(0, 40)}” is not an amount: enter one such as 100.00.`);
      }
      const entityId = await command(session, request, async ({ tx, now }) => {
        const account = await getBankAccount(tx, organizationId, form.accountId ?? '');
        await receiveIncomingTransfer(
          tx,
          organizationId,
          {
            iban: account.iban,
            amount,
            currency: account.currency,
            debtorName: 'Sandbox funding',
            debtorIban: 'DE89370400440532013000',
            reference: 'Dashboard',
          },
          now,
        );
        return account.entityId;
      });
      return `/dashboard/customers/${entityId}?notice=funded`;
    }),
  );

  dash.post(
    '/dashboard/sandbox/purchase',
    action('sandbox:use', async (form, session, request) => {
      const organizationId = session.member.organizationId;
      const amount = parseMoney(form.amount ?? '');
      if (!amount || amount > limits.amountMinorMax) {
        throw new AppError('validation_failed', `“${(form.amount ?? '').slice(0, 40)}” is not an amount: enter one such as 12.50.`);
      }
      const card = await getCard(db, organizationId, form.cardId ?? '');
      const account = await getBankAccount(db, organizationId, card.bankAccountId);
      const merchant = { name: (form.merchant ?? '').trim().slice(0, 100) || 'Sandbox merchant', mcc: '5999' };
      const purchase = {
        organizationId,
        request: { cardId: card.id, amount, currency: account.currency, merchant },
        holdExpirySeconds: context.config.cards.holdExpirySeconds,
        now: await context.clocks.now(organizationId),
      };
      // As through the API: the organization's own endpoint is asked first, with no transaction open.
      const asked = await context.askAuthorizationEndpoint(purchase);
      const result = await command(session, request, async ({ tx, now }) => ({
        entityId: card.entityId,
        authorization: await authorize(tx, organizationId, purchase.request, purchase.holdExpirySeconds, now, asked),
      }));
      const { status, declineReason } = result.authorization;
      return `/dashboard/customers/${result.entityId}?${status === 'approved' ? 'notice=purchase-approved' : `declined=${declineReason}`}`;
    }),
  );

  for (const verb of ['capture', 'release'] as const) {
    dash.post(
      `/dashboard/sandbox/authorizations/:authorizationId/${verb}`,
      action('sandbox:use', async (_form, session, request) => {
        const { authorizationId } = request.params as { authorizationId: string };
        const authorization = await command(session, request, ({ tx, now }) =>
          verb === 'capture'
            ? capture(tx, session.member.organizationId, authorizationId, undefined, now)
            : release(tx, session.member.organizationId, authorizationId, now),
        );
        const card = await getCard(db, session.member.organizationId, authorization.cardId);
        return `/dashboard/customers/${card.entityId}?notice=${verb === 'capture' ? 'captured' : 'released'}`;
      }),
    );
  }

  dash.post(
    '/dashboard/sandbox/cards/:cardId/ship',
    action('sandbox:use', async (_form, session, request) => {
      const { cardId } = request.params as { cardId: string };
      const card = await command(session, request, async (context) =>
        advanceShipment(context, await getCard(context.tx, session.member.organizationId, cardId, { forUpdate: true })),
      );
      return `/dashboard/customers/${card.entityId}?notice=shipped`;
    }),
  );
}

export const dashboardHeaders = {
  'Content-Security-Policy': "default-src 'self'; img-src 'self' data:; frame-ancestors 'none'; form-action 'self'; base-uri 'none'",
  'X-Frame-Options': 'DENY',
  'Referrer-Policy': 'same-origin',
  'X-Content-Type-Options': 'nosniff',
  'Cache-Control': 'no-store',
};

/**
 * A browser's navigation to no page: `/` leads to the dashboard; an unknown dashboard address is a page
 * that says so (with the dashboard's headers), not the API's JSON.
 */
export async function dashboardNotFound(request: FastifyRequest, reply: FastifyReply, sandbox: boolean, db: Db): Promise<FastifyReply | undefined> {
  const path = request.url.split('?')[0] ?? '/';
  if (path === '/') return reply.redirect('/dashboard', 303);
  if (path !== '/dashboard' && !path.startsWith('/dashboard/')) return undefined;
  // A signed-in member keeps the navigation, to find the way back.
  const token = cookies(request)[sessionCookie];
  const session = token ? await findSession(db, token) : undefined;
  return reply
    .code(404)
    .headers(dashboardHeaders)
    .type('text/html; charset=utf-8')
    .send(
      layout({
        title: 'Page not found',
        body: errorPage('Page not found', 'There is no dashboard page at this address. It may have moved, or the link may be mistyped.'),
        sandbox,
        ...(session ? { session: sessionView(session) } : {}),
      }),
    );
}

/** The transaction filters of a customer page, each kept only when it is one the list knows. */
function transactionFilters(query: Form, accounts: { id: string }[]): TransactionFilters {
  const shape = transactionListQuery.shape;
  const known = (schema: { safeParse(value: unknown): { success: boolean } }, value: string | undefined) =>
    value && schema.safeParse(value).success ? value : '';
  return {
    account: accounts.some((account) => account.id === query.account) ? query.account! : '',
    status: known(shape['filter[status]'], query.status),
    kind: known(shape['filter[kind]'], query.kind),
    direction: known(shape['filter[direction]'], query.direction),
  };
}
