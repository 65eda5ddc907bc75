import { parseCookie, stringifySetCookie } from 'cookie';
import { randomBytes } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { KeysetWindow } from '../db/keyset.js';
import type { AppContext } from '../app-context.js';
import { execute, type CommandContext } from '../commands/execute.js';
import { AppError } from '../errors/app-error.js';
import { errorCatalog, type ErrorCode } from '../errors/catalog.js';
import { fetchPage, type Page, type PageQuery } from '../http/pagination.js';
import { requestOrigin } from '../http/request-origin.js';
import { declineReasons } from '../modules/authorizations/schemas.js';
import { can, type Permission } from '../modules/members/roles.js';
import { createSession, setFlash, type ActiveSession } from '../modules/members/service.js';
import { safeEqual } from '../domain/safe-equal.js';
import { errorPage } from './pages.js';
import { layout, type LayoutOptions, type SessionView } from './layout.js';

/**
 * What every dashboard route is built from: the page frame, sessions and their anti-forgery tokens, the
 * role check, and form actions that send the member back with a readable explanation when refused.
 */
export type Form = Record<string, string | undefined>;
export const sessionCookie = 'linkcy_session';
const csrfCookie = 'linkcy_csrf';

declare module 'fastify' {
  interface FastifyRequest {
    dashboardSession: ActiveSession | undefined;
  }
}

/** The request's cookies (jshttp's `cookie`, which Fastify's own cookie plugin uses). A value that is not
 * valid percent-encoding was not set by us: it is kept as sent and matches no session or token. */
export function cookies(request: FastifyRequest): Record<string, string> {
  const parsed = parseCookie(request.headers.cookie ?? '');
  return Object.fromEntries(Object.entries(parsed).filter((entry): entry is [string, string] => entry[1] !== undefined));
}

function cookie(request: FastifyRequest, name: string, value: string, maxAgeSeconds: number, publicUrl: string | undefined): string {
  // Secure when this request came over TLS, or when people reach the server over https (a proxy that
  // terminates TLS without saying so must not leave the session cookie sendable over http).
  const secure = request.protocol === 'https' || Boolean(publicUrl?.startsWith('https:'));
  return stringifySetCookie({ name, value, path: '/dashboard', httpOnly: true, sameSite: 'lax', maxAge: maxAgeSeconds, secure });
}

/** Only local dashboard paths may be redirected to. */
export function safeBack(value: string | undefined, fallback: string): string {
  return value && /^\/dashboard\/[A-Za-z0-9_/-]*$/.test(value) ? value : fallback;
}

/** A form field that must never be echoed back into a page. */
const unechoed = /password|_csrf|nonce|token|secret/i;

/** An error's words for a person: its specific message, without the API's code formatting. */
export function humanMessage(error: AppError): string {
  return error.details.map((detail) => detail.detail.replaceAll('`', '')).join(' ');
}

export function catalogMessage(code: ErrorCode): string {
  const definition = errorCatalog[code];
  return `${definition.title}. ${definition.description.replace(/^Dashboard: /, '')}`;
}

const notices: Record<string, string> = {
  funded: 'The account was funded.',
  'instant-limit': 'The instant transfer limit was saved.',
  registered: 'The customer was registered.',
  'account-opened': 'The account was opened.',
  'card-issued': 'The card was issued.',
  'transfer-sent': 'The transfer was sent.',
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
  redelivered: 'The event was queued for this endpoint again: its attempt appears below within seconds.',
  'member-updated': 'The member’s role was changed.',
  'member-removed': 'The member was removed and signed out.',
  'invitation-revoked': 'The invitation was revoked: its link no longer works.',
  'password-changed': 'Your password was changed. Your other sessions were ended.',
  'session-ended': 'The session was ended.',
};

/** Refusals to show after a redirect, also through fixed keys only. */
const problems: Record<string, string> = {
  'credential-not-found': 'No active credential of your organization has this CLIENT_ID: nothing was revoked.',
};

const declined = new Set<string>(declineReasons);

/** A notice to show, read from the query only through fixed keys, so no link can inject text. */
function noticeFrom(query: Record<string, string | undefined>): LayoutOptions['notice'] {
  if (query.notice && notices[query.notice]) return { kind: 'ok', text: notices[query.notice]! };
  if (query.problem && problems[query.problem]) return { kind: 'error', text: problems[query.problem]! };
  if (query.declined && declined.has(query.declined)) {
    return { kind: 'error', text: `The purchase was declined: ${query.declined.replaceAll('_', ' ')}.` };
  }
  return undefined;
}

/**
 * A page of a dashboard list. A cursor that does not read (edited by hand, or from another list) shows
 * the first page: a person gets the list, not an error about a query parameter.
 */
export async function pageOrFirst<Row extends { id: string }>(
  query: PageQuery,
  kind: Parameters<typeof fetchPage>[1],
  fetch: (window: KeysetWindow) => Promise<Row[]>,
): Promise<Page<Row>> {
  try {
    return await fetchPage(query, kind, fetch);
  } catch (error) {
    const code = error instanceof AppError ? error.details[0]!.code : undefined;
    if (code !== 'invalid_cursor' && code !== 'invalid_query_parameter') throw error;
    return fetchPage({ ...query, 'page[after]': undefined, 'page[before]': undefined }, kind, fetch);
  }
}

export type Kit = ReturnType<typeof dashboardKit>;

/** What the page frame shows of a signed-in member. */
export function sessionView(session: ActiveSession): SessionView {
  return { email: session.member.email, organizationName: session.organizationName, csrfToken: session.csrfToken, role: session.member.role };
}

export function dashboardKit(dash: FastifyInstance, context: AppContext) {
  const { db } = context.database;
  const sandbox = context.config.mode === 'sandbox';

  /**
   * A page. Without a notice of its own it shows the one the session's previous request left, or the
   * one a redirect named in its query (fixed keys only).
   */
  const page = (reply: FastifyReply, options: Omit<LayoutOptions, 'sandbox'>, status = 200) => {
    const flash = reply.request.dashboardSession?.flash;
    const notice = options.notice ?? (flash ? { kind: flash.kind, text: flash.text } : noticeFrom(reply.request.query as Form));
    return reply
      .code(status)
      .type('text/html; charset=utf-8')
      .send(layout({ ...options, notice, sandbox }));
  };

  /** The page a member sees for what their role does not allow; nothing was done. */
  const forbidden = (reply: FastifyReply, session: ActiveSession) =>
    page(
      reply,
      {
        title: 'Not allowed',
        body: errorPage(
          'Not allowed for your role',
          `You are a ${session.member.role} of ${session.organizationName}: this page or action needs another role. Nothing was changed. An owner or admin can change your role.`,
        ),
        session: sessionView(session),
      },
      403,
    );

  /** Pages for signed-in members with a permission: anonymous visitors are sent to sign in. */
  const signedIn =
    (permission: Permission, handler: (request: FastifyRequest, reply: FastifyReply, session: ActiveSession) => Promise<unknown>) =>
    async (request: FastifyRequest, reply: FastifyReply) => {
      const session = request.dashboardSession;
      if (!session) return reply.redirect('/dashboard/sign-in', 303);
      if (!can(session.member.role, permission)) return forbidden(reply, session);
      return handler(request, reply, session);
    };

  /**
   * Forms of signed-in members: refused with 403 unless they carry the session's anti-forgery token
   * and the member's role has the permission.
   */
  const signedInForm = (
    permission: Permission,
    handler: (request: FastifyRequest, reply: FastifyReply, session: ActiveSession, form: Form) => Promise<unknown>,
  ) =>
    signedIn('read', async (request, reply, session) => {
      const form = (request.body ?? {}) as Form;
      if (!form._csrf || !safeEqual(form._csrf, session.csrfToken)) {
        return page(
          reply,
          { title: 'Form expired', body: errorPage('Form expired', catalogMessage('csrf_token_invalid')), session: sessionView(session) },
          403,
        );
      }
      if (!can(session.member.role, permission)) return forbidden(reply, session);
      return handler(request, reply, session, form);
    });

  /**
   * Form actions that redirect. An expected refusal sends the member back to the form's page with the
   * error's own words and what they typed (kept in the session, never in the URL).
   */
  const action = (permission: Permission, handler: (form: Form, session: ActiveSession, request: FastifyRequest) => Promise<string>) =>
    signedInForm(permission, async (request, reply, session, form) => {
      const back = safeBack(form.back, '/dashboard/customers');
      try {
        return reply.redirect(await handler(form, session, request), 303);
      } catch (error) {
        if (!(error instanceof AppError)) throw error;
        // What was typed, bounded (it is kept in the session row until the next page shows it).
        const typed = Object.fromEntries(
          Object.entries(form)
            .filter((entry): entry is [string, string] => typeof entry[1] === 'string' && !unechoed.test(entry[0]))
            .slice(0, 20)
            .map(([name, value]) => [name.slice(0, 100), value.slice(0, 1000)]),
        );
        await setFlash(db, session.id, { kind: 'error', text: humanMessage(error), form: typed });
        return reply.redirect(back, 303);
      }
    });

  const anonymousForm = (request: FastifyRequest, reply: FastifyReply): string => {
    const token = randomBytes(24).toString('base64url');
    reply.header('Set-Cookie', cookie(request, csrfCookie, token, 3600, context.config.publicUrl));
    return token;
  };
  const anonymousCsrfValid = (request: FastifyRequest) => {
    const form = (request.body ?? {}) as Form;
    const expected = cookies(request)[csrfCookie];
    return Boolean(form._csrf && expected && safeEqual(form._csrf, expected));
  };
  const startSession = async (request: FastifyRequest, reply: FastifyReply, memberId: string) => {
    const { token } = await createSession(db, memberId, { userAgent: request.headers['user-agent'] });
    reply.header('Set-Cookie', cookie(request, sessionCookie, token, 7 * 24 * 3600, context.config.publicUrl));
    return reply.redirect('/dashboard/customers', 303);
  };

  /** A dashboard action's change, by the signed-in member, at the organization's time (commands/execute.ts). */
  const command = async <T>(session: ActiveSession, request: FastifyRequest, run: (context: CommandContext) => Promise<T>): Promise<T> =>
    execute(
      db,
      { organizationId: session.member.organizationId, id: session.member.id, origin: requestOrigin(request) },
      run,
      await context.clocks.now(session.member.organizationId),
    );

  return {
    db,
    context,
    sandbox,
    page,
    sessionView,
    signedIn,
    signedInForm,
    action,
    command,
    anonymousForm,
    anonymousCsrfValid,
    startSession,
  };
}
