import { randomBytes } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { AppContext } from '../app-context.js';
import { limits } from '../config.js';
import { errorCatalog, type ErrorCode } from '../errors/catalog.js';
import { findUnsafeText, printable } from '../http/text-safety.js';
import { AppError } from '../errors/app-error.js';
import { fetchPage } from '../http/pagination.js';
import { requestOrigin } from '../http/request-origin.js';
import { entityBankAccounts, getBankAccount } from '../modules/accounts/service.js';
import { appendAudit, recentAuditEntries } from '../modules/audit/service.js';
import { authorize, capture, pendingAuthorizationsOf, release } from '../modules/cards/authorizations.js';
import { advanceShipment, changeCardStatus, entityCards, getCard, isDelivered } from '../modules/cards/service.js';
import type { EntityListQuery } from '../modules/entities/schemas.js';
import { getEntity, listEntities } from '../modules/entities/service.js';
import { recentTransactions } from '../modules/transactions/service.js';
import { changeSepaCreditTransfer, recentSepaCreditTransfers } from '../modules/transfers/service.js';
import { createSession, endSession, findSession, safeEqual, signIn, signUp, type ActiveSession } from '../modules/members/service.js';
import { issueCredential, listCredentials, revokeCredential } from '../modules/organizations/service.js';
import { receiveIncomingTransfer } from '../modules/ledger/incoming-transfers.js';
import { parseMoney } from './html.js';
import { dashboardScript, dashboardStyles, layout, type LayoutOptions } from './layout.js';
import { activeEndpoints, createEndpoint, deleteEndpoint, eventTypes } from '../modules/webhooks/service.js';
import { auditPage, configurationPage, customerPage, customersPage, errorPage, signInPage, signUpPage, type ConfigurationView } from './pages.js';

/**
 * The web dashboard (SPEC §7): server-rendered pages and plain forms, so it works without a build step
 * and with the keyboard. Sessions live in the database; every form carries an anti-forgery token (the
 * session's, or before sign-in a double-submit cookie).
 */
const sessionCookie = 'linkcy_session';
const csrfCookie = 'linkcy_csrf';
type Form = Record<string, string | undefined>;

declare module 'fastify' {
  interface FastifyRequest {
    dashboardSession: ActiveSession | undefined;
  }
}

function cookies(request: FastifyRequest): Record<string, string> {
  const out: Record<string, string> = {};
  for (const part of (request.headers.cookie ?? '').split(';')) {
    const index = part.indexOf('=');
    if (index <= 0) continue;
    try {
      out[part.slice(0, index).trim()] = decodeURIComponent(part.slice(index + 1).trim());
    } catch {
      // A cookie that is not valid percent-encoding was not set by us: ignore it, as if absent.
    }
  }
  return out;
}

function cookie(request: FastifyRequest, name: string, value: string, maxAgeSeconds: number): string {
  const secure = request.protocol === 'https' ? '; Secure' : '';
  return `${name}=${encodeURIComponent(value)}; Path=/dashboard; HttpOnly; SameSite=Lax; Max-Age=${maxAgeSeconds}${secure}`;
}

const notices: Record<string, string> = {
  funded: 'The account was funded.',
  'purchase-approved': 'The purchase was approved: the amount is on hold until you capture or release it.',
  captured: 'The payment was captured.',
  released: 'The hold was released.',
  'sepa-cancelled': 'The transfer was cancelled: its amount is available again.',
  'sepa-settled': 'The transfer was settled.',
  'sepa-returned': 'The transfer was returned: its amount is back on the account.',
  suspended: 'The card is suspended.',
  reenabled: 'The card is active again.',
  activated: 'The card is active.',
  shipped: 'The card’s shipment moved on.',
  revoked: 'The credential was revoked. Requests with it now fail.',
  'signed-up': 'If this email address was new, its account is ready. Sign in to continue.',
  'webhook-deleted': 'The webhook endpoint was deleted.',
};

/** Refusals to show after a redirect, also through fixed keys only. */
const problems: Record<string, string> = {
  'credential-not-found': 'No active credential of your organization has this CLIENT_ID: nothing was revoked.',
};

const declineReasons = new Set([
  'insufficient_funds',
  'card_suspended',
  'card_inactive',
  'card_closed',
  'card_expired',
  'currency_mismatch',
  'account_closed',
]);

/** A notice to show, read from the query only through fixed keys, so no link can inject text. */
function noticeFrom(query: Record<string, string | undefined>): LayoutOptions['notice'] {
  if (query.notice && notices[query.notice]) return { kind: 'ok', text: notices[query.notice]! };
  if (query.problem && problems[query.problem]) return { kind: 'error', text: problems[query.problem]! };
  if (query.declined && declineReasons.has(query.declined)) {
    return { kind: 'error', text: `The purchase was declined: ${query.declined.replaceAll('_', ' ')}.` };
  }
  if (query.error && query.error in errorCatalog) {
    const definition = errorCatalog[query.error as ErrorCode];
    return { kind: 'error', text: `${definition.title}. ${definition.description.replace(/^Dashboard: /, '')}` };
  }
  return undefined;
}

/** Only local dashboard paths may be redirected to. */
function safeBack(value: string | undefined, fallback: string): string {
  return value && /^\/dashboard\/[A-Za-z0-9_/-]*$/.test(value) ? value : fallback;
}

export async function dashboardRoutes(dash: FastifyInstance, context: AppContext) {
  const { db } = context.database;
  const sandbox = context.config.mode === 'sandbox';

  dash.addContentTypeParser('application/x-www-form-urlencoded', { parseAs: 'string', bodyLimit: limits.bodyBytesMax }, (_request, body, done) => {
    done(null, Object.fromEntries(new URLSearchParams(body as string)));
  });
  dash.decorateRequest('dashboardSession', undefined);
  // Pages for people, not operations of the API: out of /openapi.json and /docs.
  dash.addHook('onRoute', (route) => {
    route.schema = { ...route.schema, hide: true };
  });

  dash.addHook('onRequest', async (request, reply) => {
    reply.headers({
      'Content-Security-Policy': "default-src 'self'; img-src 'self' data:; frame-ancestors 'none'; form-action 'self'; base-uri 'none'",
      'X-Frame-Options': 'DENY',
      'Referrer-Policy': 'same-origin',
      'X-Content-Type-Options': 'nosniff',
      'Cache-Control': 'no-store',
    });
    const token = cookies(request)[sessionCookie];
    if (token) request.dashboardSession = await findSession(db, token);
  });

  const page = (reply: FastifyReply, options: Omit<LayoutOptions, 'sandbox'>, status = 200) =>
    reply
      .code(status)
      .type('text/html; charset=utf-8')
      .send(layout({ ...options, sandbox }));

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

  const sessionView = (session: ActiveSession) => ({
    email: session.member.email,
    organizationName: session.organizationName,
    csrfToken: session.csrfToken,
  });

  /** Pages for signed-in members: anonymous visitors are sent to sign in. */
  const signedIn =
    (handler: (request: FastifyRequest, reply: FastifyReply, session: ActiveSession) => Promise<unknown>) =>
    async (request: FastifyRequest, reply: FastifyReply) => {
      const session = request.dashboardSession;
      if (!session) return reply.redirect('/dashboard/sign-in', 303);
      return handler(request, reply, session);
    };

  /** Forms of signed-in members: refused with 403 unless they carry the session's anti-forgery token. */
  const signedInForm = (handler: (request: FastifyRequest, reply: FastifyReply, session: ActiveSession, form: Form) => Promise<unknown>) =>
    signedIn(async (request, reply, session) => {
      const form = (request.body ?? {}) as Form;
      if (!form._csrf || !safeEqual(form._csrf, session.csrfToken)) {
        const explanation = errorCatalog.csrf_token_invalid.description.replace('Dashboard: ', '');
        return page(reply, { title: 'Form expired', body: errorPage('Form expired', explanation), session: sessionView(session) }, 403);
      }
      return handler(request, reply, session, form);
    });

  /**
   * Form actions that redirect: an expected failure sends the member back with the error's explanation
   * instead of a bare error page.
   */
  const action = (handler: (form: Form, session: ActiveSession, request: FastifyRequest) => Promise<string>) =>
    signedInForm(async (request, reply, session, form) => {
      const back = safeBack(form.back, '/dashboard/customers');
      try {
        return reply.redirect(await handler(form, session, request), 303);
      } catch (error) {
        if (error instanceof AppError) return reply.redirect(`${back}?error=${error.details[0]!.code}`, 303);
        throw error;
      }
    });

  const anonymousForm = (request: FastifyRequest, reply: FastifyReply): string => {
    const token = randomBytes(24).toString('base64url');
    reply.header('Set-Cookie', cookie(request, csrfCookie, token, 3600));
    return token;
  };
  const anonymousCsrfValid = (request: FastifyRequest) => {
    const form = (request.body ?? {}) as Form;
    const expected = cookies(request)[csrfCookie];
    return Boolean(form._csrf && expected && safeEqual(form._csrf, expected));
  };
  const startSession = async (request: FastifyRequest, reply: FastifyReply, memberId: string) => {
    const { token } = await createSession(db, memberId);
    reply.header('Set-Cookie', cookie(request, sessionCookie, token, 7 * 24 * 3600));
    return reply.redirect('/dashboard/customers', 303);
  };

  dash.get('/dashboard/app.css', async (_request, reply) =>
    reply.type('text/css; charset=utf-8').header('Cache-Control', 'public, max-age=300').send(dashboardStyles),
  );
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
        { title: 'Create account', body: signUpPage(anonymousForm(request, reply), form), notice: noticeFrom({ error: 'csrf_token_invalid' }) },
        403,
      );
    }
    // Sign-up never says whether an email address already has an account: a new address gets its
    // account, a known one changes nothing, and both are sent to sign in with the same words (the
    // password is hashed either way, so the time taken says nothing either).
    try {
      const member = await signUp(db, { organizationName: form.organization ?? '', email: form.email ?? '', password: form.password ?? '' });
      await db.transaction((tx) =>
        appendAudit(tx, {
          organizationId: member.organizationId,
          actor: member.id,
          action: 'member.sign_up',
          resource: member.id,
          outcome: 'success',
          origin: requestOrigin(request),
        }),
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
      await db.transaction((tx) =>
        appendAudit(tx, {
          organizationId: null,
          actor: (form.email ?? '').slice(0, 254).toLowerCase(),
          action: 'member.sign_up',
          resource: null,
          outcome: 'email_taken',
          origin: requestOrigin(request),
        }),
      );
    }
    return reply.redirect('/dashboard/sign-in?notice=signed-up', 303);
  });

  dash.get('/dashboard/sign-in', async (request, reply) => {
    if (request.dashboardSession) return reply.redirect('/dashboard/customers', 303);
    return page(reply, { title: 'Sign in', body: signInPage(anonymousForm(request, reply)), notice: noticeFrom(request.query as Form) });
  });
  dash.post('/dashboard/sign-in', async (request, reply) => {
    const form = (request.body ?? {}) as Form;
    if (!anonymousCsrfValid(request)) {
      return page(
        reply,
        { title: 'Sign in', body: signInPage(anonymousForm(request, reply), form), notice: noticeFrom({ error: 'csrf_token_invalid' }) },
        403,
      );
    }
    try {
      const member = await signIn(db, form.email ?? '', form.password ?? '');
      await db.transaction((tx) =>
        appendAudit(tx, {
          organizationId: member.organizationId,
          actor: member.id,
          action: 'member.sign_in',
          resource: member.id,
          outcome: 'success',
          origin: requestOrigin(request),
        }),
      );
      return startSession(request, reply, member.id);
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      await db.transaction((tx) =>
        appendAudit(tx, {
          organizationId: null,
          actor: (form.email ?? '').slice(0, 254).toLowerCase(),
          action: 'member.sign_in',
          resource: null,
          outcome: error.details[0]!.code,
          origin: requestOrigin(request),
        }),
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
    action(async (_form, _session, request) => {
      const token = cookies(request)[sessionCookie];
      if (token) await endSession(db, token);
      return '/dashboard/sign-in';
    }),
  );

  const configuration = async (organizationId: string, extra: Partial<ConfigurationView> = {}): Promise<ConfigurationView> => ({
    credentials: await listCredentials(db, { organizationId }),
    webhooks: await activeEndpoints(db, organizationId),
    ...extra,
  });
  const auditEntry = (session: ActiveSession, request: FastifyRequest, action: string, resource: string) => ({
    organizationId: session.member.organizationId,
    actor: session.member.id,
    action,
    resource,
    outcome: 'success',
    origin: requestOrigin(request),
  });

  // Like credentials, a new endpoint's secret is answered in the page itself, once.
  dash.post(
    '/dashboard/configuration/webhooks',
    signedInForm(async (request, reply, session, form) => {
      const requested = (form.events ?? '*')
        .split(',')
        .map((type) => type.trim())
        .filter(Boolean);
      const known = new Set<string>(['*', ...eventTypes]);
      const organizationId = session.member.organizationId;
      try {
        if (requested.length === 0 || requested.some((type) => !known.has(type))) {
          throw new AppError('validation_failed', `Events must be \`*\` or among: ${eventTypes.join(', ')}.`);
        }
        const created = await db.transaction(async (tx) => {
          const formNonce = /^[A-Za-z0-9_-]{16,64}$/.test(form.nonce ?? '') ? form.nonce : undefined;
          const result = await createEndpoint(
            tx,
            organizationId,
            { url: (form.url ?? '').trim(), events: requested, formNonce },
            {
              vault: context.vault,
              policy: { allowPrivate: context.config.webhookAllowPrivate },
            },
          );
          if (result) await appendAudit(tx, auditEntry(session, request, 'webhook.create', result.endpoint.id));
          return result;
        });
        return page(reply, {
          title: 'Configuration',
          current: 'configuration',
          body: configurationPage(
            session.csrfToken,
            await configuration(organizationId, created ? { newWebhook: { id: created.endpoint.id, secret: created.secret } } : {}),
          ),
          session: sessionView(session),
          notice: created
            ? { kind: 'ok', text: 'Webhook endpoint added. Copy its signing secret now: it will not be shown again.' }
            : { kind: 'error', text: 'This form was already submitted: the endpoint exists and its secret was shown once.' },
        });
      } catch (error) {
        if (!(error instanceof AppError)) throw error;
        return page(
          reply,
          {
            title: 'Configuration',
            current: 'configuration',
            body: configurationPage(session.csrfToken, await configuration(organizationId)),
            session: sessionView(session),
            notice: { kind: 'error', text: error.details[0]!.detail.replaceAll('`', '') },
          },
          error.status,
        );
      }
    }),
  );

  dash.post(
    '/dashboard/configuration/webhooks/:webhookId/delete',
    action(async (_form, session, request) => {
      const { webhookId } = request.params as { webhookId: string };
      await db.transaction(async (tx) => {
        await deleteEndpoint(tx, session.member.organizationId, webhookId);
        await appendAudit(tx, auditEntry(session, request, 'webhook.delete', webhookId));
      });
      return '/dashboard/configuration?notice=webhook-deleted';
    }),
  );

  dash.get(
    '/dashboard/audit',
    signedIn(async (_request, reply, session) => {
      const rows = await recentAuditEntries(db, session.member.organizationId, 200);
      return page(reply, { title: 'Audit log', current: 'audit', body: auditPage(rows), session: sessionView(session) });
    }),
  );

  dash.get(
    '/dashboard/configuration',
    signedIn(async (request, reply, session) => {
      return page(reply, {
        title: 'Configuration',
        current: 'configuration',
        body: configurationPage(session.csrfToken, await configuration(session.member.organizationId)),
        session: sessionView(session),
        notice: noticeFrom(request.query as Form),
      });
    }),
  );

  // Generating answers the page itself, not a redirect: the secret must be shown once and never again.
  dash.post(
    '/dashboard/configuration/credentials',
    signedInForm(async (request, reply, session, form) => {
      const scopes = form.scopes === 'cards:sensitive' ? ['cards:sensitive'] : [];
      const issued = await db.transaction(async (tx) => {
        const credential = await issueCredential(
          tx,
          { id: session.member.organizationId, name: session.organizationName },
          {
            label: form.label?.trim().slice(0, 100) || undefined,
            scopes,
            createdBy: session.member.id,
            formNonce: /^[A-Za-z0-9_-]{16,64}$/.test(form.nonce ?? '') ? form.nonce : undefined,
          },
        );
        // The same form submitted again (a refresh of this page): nothing new, and no secret to show.
        if (!credential) return undefined;
        await appendAudit(tx, {
          organizationId: session.member.organizationId,
          actor: session.member.id,
          action: 'credential.create',
          resource: credential.clientId,
          outcome: 'success',
          origin: requestOrigin(request),
        });
        return credential;
      });
      return page(reply, {
        title: 'Configuration',
        current: 'configuration',
        body: configurationPage(session.csrfToken, await configuration(session.member.organizationId, { generated: issued })),
        session: sessionView(session),
        notice: issued
          ? { kind: 'ok', text: 'New credentials generated. Copy the secret now: it will not be shown again.' }
          : { kind: 'error', text: 'This form was already submitted: its credentials were shown once. Generate new ones if you missed the secret.' },
      });
    }),
  );

  dash.post(
    '/dashboard/configuration/credentials/:clientId/revoke',
    action(async (_form, session, request) => {
      const { clientId } = request.params as { clientId: string };
      const revoked = await db.transaction(async (tx) => {
        const revoked = await revokeCredential(tx, clientId, session.member.organizationId);
        await appendAudit(tx, {
          organizationId: session.member.organizationId,
          actor: session.member.id,
          action: 'credential.revoke',
          resource: clientId,
          outcome: revoked ? 'success' : 'credentials_invalid',
          origin: requestOrigin(request),
        });
        return revoked;
      });
      return revoked ? '/dashboard/configuration?notice=revoked' : '/dashboard/configuration?problem=credential-not-found';
    }),
  );

  dash.get(
    '/dashboard/customers',
    signedIn(async (request, reply, session) => {
      const query = request.query as Form;
      const filters = { q: (query.q ?? '').slice(0, 100), kind: query.kind ?? '', kycStatus: query.kycStatus ?? '' };
      const listQuery: EntityListQuery = {
        ...(filters.kind === 'individual' || filters.kind === 'business' ? { 'filter[kind]': filters.kind } : {}),
        ...(['approved', 'pending', 'rejected'].includes(filters.kycStatus) ? { 'filter[kycStatus]': filters.kycStatus as 'approved' } : {}),
        'page[limit]': 20,
        ...(query.after ? { 'page[after]': query.after } : {}),
        ...(query.before ? { 'page[before]': query.before } : {}),
      };
      const result = await fetchPage(listQuery, 'entity', (window) =>
        listEntities(db, session.member.organizationId, listQuery, window, filters.q || undefined),
      ).catch((error: unknown) => {
        if (error instanceof AppError) return { rows: [], nextCursor: undefined, prevCursor: undefined };
        throw error;
      });
      const link = (name: 'after' | 'before', cursor: string | undefined) =>
        cursor ? `/dashboard/customers?${new URLSearchParams({ ...filters, [name]: cursor }).toString()}` : undefined;
      return page(reply, {
        title: 'Customers',
        current: 'customers',
        body: customersPage(result.rows, filters, link('after', result.nextCursor), link('before', result.prevCursor)),
        session: sessionView(session),
        notice: noticeFrom(query),
      });
    }),
  );

  dash.get(
    '/dashboard/customers/:entityId',
    signedIn(async (request, reply, session) => {
      const organizationId = session.member.organizationId;
      const { entityId } = request.params as { entityId: string };
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
      const recent = await recentTransactions(
        db,
        organizationId,
        accounts.map((account) => account.id),
        50,
      );
      const pending = await pendingAuthorizationsOf(
        db,
        organizationId,
        recent.filter((transaction) => transaction.status === 'pending').map((transaction) => transaction.id),
      );
      return page(reply, {
        title: 'Customer',
        current: 'customers',
        body: customerPage(
          session.csrfToken,
          {
            entity,
            accounts,
            cards: customerCards,
            transactions: recent,
            pendingAuthorizations: pending,
            sepaTransfers: await recentSepaCreditTransfers(
              db,
              organizationId,
              accounts.map((account) => account.id),
              50,
            ),
          },
          sandbox,
        ),
        session: sessionView(session),
        notice: noticeFrom(request.query as Form),
      });
    }),
  );

  dash.post(
    '/dashboard/cards/:cardId/suspend',
    action(async (form, session, request) => {
      const { cardId } = request.params as { cardId: string };
      const suspended = form.suspended === 'true';
      const card = await db.transaction(async (tx) => {
        const current = await getCard(tx, session.member.organizationId, cardId, { forUpdate: true });
        return changeCardStatus(tx, current, { kind: suspended ? 'suspend' : 'unsuspend' });
      });
      return `/dashboard/customers/${card.entityId}?notice=${suspended ? 'suspended' : 'reenabled'}`;
    }),
  );

  dash.post(
    '/dashboard/cards/:cardId/activate',
    action(async (_form, session, request) => {
      const { cardId } = request.params as { cardId: string };
      const card = await db.transaction(async (tx) => {
        const current = await getCard(tx, session.member.organizationId, cardId, { forUpdate: true });
        return changeCardStatus(tx, current, { kind: 'activate', delivered: isDelivered(current) });
      });
      return `/dashboard/customers/${card.entityId}?notice=activated`;
    }),
  );

  if (!sandbox) return;

  dash.post(
    '/dashboard/sandbox/fund',
    action(async (form, session) => {
      const organizationId = session.member.organizationId;
      const amount = parseMoney(form.amount ?? '');
      if (!amount || amount > limits.amountMinorMax) throw new AppError('validation_failed', 'Enter an amount such as 100.00.');
      const entityId = await db.transaction(async (tx) => {
        const account = await getBankAccount(tx, organizationId, form.accountId ?? '');
        await receiveIncomingTransfer(tx, organizationId, {
          iban: account.iban,
          amount,
          currency: account.currency,
          debtorName: 'Sandbox funding',
          debtorIban: 'DE89370400440532013000',
          reference: 'Dashboard',
        });
        return account.entityId;
      });
      return `/dashboard/customers/${entityId}?notice=funded`;
    }),
  );

  dash.post(
    '/dashboard/sandbox/purchase',
    action(async (form, session) => {
      const organizationId = session.member.organizationId;
      const amount = parseMoney(form.amount ?? '');
      if (!amount || amount > limits.amountMinorMax) throw new AppError('validation_failed', 'Enter an amount such as 12.50.');
      const result = await db.transaction(async (tx) => {
        const card = await getCard(tx, organizationId, form.cardId ?? '');
        const account = await getBankAccount(tx, organizationId, card.bankAccountId);
        const merchant = { name: (form.merchant ?? '').trim().slice(0, 100) || 'Sandbox merchant', mcc: '5999' };
        const authorization = await authorize(
          tx,
          organizationId,
          { cardId: card.id, amount, currency: account.currency, merchant },
          context.config.cards.holdExpirySeconds,
        );
        return { entityId: card.entityId, authorization };
      });
      const { status, declineReason } = result.authorization;
      return `/dashboard/customers/${result.entityId}?${status === 'approved' ? 'notice=purchase-approved' : `declined=${declineReason}`}`;
    }),
  );

  for (const verb of ['capture', 'release'] as const) {
    dash.post(
      `/dashboard/sandbox/authorizations/:authorizationId/${verb}`,
      action(async (_form, session, request) => {
        const { authorizationId } = request.params as { authorizationId: string };
        const authorization = await db.transaction((tx) =>
          verb === 'capture'
            ? capture(tx, session.member.organizationId, authorizationId, undefined)
            : release(tx, session.member.organizationId, authorizationId),
        );
        const card = await getCard(db, session.member.organizationId, authorization.cardId);
        return `/dashboard/customers/${card.entityId}?notice=${verb === 'capture' ? 'captured' : 'released'}`;
      }),
    );
  }

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
      action(async (_form, session, request) => {
        const { transferId } = request.params as { transferId: string };
        const organizationId = session.member.organizationId;
        const entityId = await db.transaction(async (tx) => {
          const transfer = await changeSepaCreditTransfer(tx, organizationId, transferId, step);
          return (await getBankAccount(tx, organizationId, transfer.bankAccountId)).entityId;
        });
        return `/dashboard/customers/${entityId}?notice=sepa-${step === 'cancel' ? 'cancelled' : step === 'settle' ? 'settled' : 'returned'}`;
      }),
    );
  }

  dash.post(
    '/dashboard/sandbox/cards/:cardId/ship',
    action(async (_form, session, request) => {
      const { cardId } = request.params as { cardId: string };
      const card = await db.transaction(async (tx) =>
        advanceShipment(tx, await getCard(tx, session.member.organizationId, cardId, { forUpdate: true })),
      );
      return `/dashboard/customers/${card.entityId}?notice=shipped`;
    }),
  );
}
