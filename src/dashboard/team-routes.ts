import type { FastifyInstance } from 'fastify';
import { execute } from '../commands/execute.js';
import { AppError } from '../errors/app-error.js';
import { appendAudit } from '../modules/audit/service.js';
import { endSession, newPasswordHash } from '../modules/members/service.js';
import {
  acceptInvitation,
  changePassword,
  changeRole,
  endMemberSession,
  invite,
  memberSessions,
  newPasswordFor,
  openInvitation,
  pendingInvitations,
  removeMember,
  revokeInvitation,
  teamMembers,
  type Actor,
} from '../modules/members/team.js';
import type { ActiveSession } from '../modules/members/service.js';
import { requestOrigin } from '../http/request-origin.js';
import { catalogMessage, cookies, humanMessage, sessionCookie, type Form, type Kit } from './kit.js';
import { errorPage } from './pages.js';
import { accountPage, invitationPage, teamPage, type TeamView } from './team-pages.js';

/**
 * Team pages (SPEC §12): members and their roles, one-time invitations, and each member's own password
 * and sessions. Every membership change writes an audit entry in the same transaction.
 */
export function teamRoutes(dash: FastifyInstance, kit: Kit) {
  const { db, page, sessionView, signedIn, signedInForm, action, command, anonymousForm, anonymousCsrfValid, startSession } = kit;
  const actorOf = (session: ActiveSession): Actor => ({
    id: session.member.id,
    organizationId: session.member.organizationId,
    role: session.member.role,
  });

  /** The team page; a refused invitation form comes back with what was typed. */
  const renderTeam = async (session: ActiveSession, extra: Partial<Pick<TeamView, 'created' | 'typed'>> = {}) =>
    teamPage(session.csrfToken, {
      me: session.member,
      members: await teamMembers(db, session.member.organizationId),
      invitations: await pendingInvitations(db, session.member.organizationId),
      typed: session.flash?.form ?? {},
      ...extra,
    });

  dash.get(
    '/dashboard/team',
    signedIn('read', async (request, reply, session) =>
      page(reply, {
        title: 'Team',
        current: 'team',
        body: await renderTeam(session),
        session: sessionView(session),
      }),
    ),
  );

  // The link is answered in the page itself, once: only its hash is stored.
  dash.post(
    '/dashboard/team/invitations',
    signedInForm('members:manage', async (request, reply, session, form) => {
      try {
        const created = await command(session, request, async ({ tx, audit }) => {
          const result = await invite(tx, actorOf(session), { email: form.email ?? '', role: form.role ?? '' });
          audit(`member.invite.${result.invitation.role}`, result.invitation.id);
          return result;
        });
        // From where people reach the server (LINKCY_PUBLIC_URL), never from the Host header a request
        // chose; a sandbox without it uses the request's own address.
        const base = kit.context.config.publicUrl ?? `${request.protocol}://${request.host}`;
        const link = `${base}/dashboard/invitations/${created.token}`;
        return page(reply, {
          title: 'Team',
          current: 'team',
          body: await renderTeam(session, { created: { invitation: created.invitation, link } }),
          session: sessionView(session),
          notice: { kind: 'ok', text: `Invitation created for ${created.invitation.email}. Copy the link now: it will not be shown again.` },
        });
      } catch (error) {
        if (!(error instanceof AppError)) throw error;
        const typed = { email: form.email ?? '', role: form.role ?? '' };
        return page(
          reply,
          {
            title: 'Team',
            current: 'team',
            body: await renderTeam(session, { typed }),
            session: sessionView(session),
            notice: { kind: 'error', text: humanMessage(error) },
          },
          error.status,
        );
      }
    }),
  );

  dash.post(
    '/dashboard/team/invitations/:invitationId/revoke',
    action('members:manage', async (_form, session, request) => {
      const { invitationId } = request.params as { invitationId: string };
      await command(session, request, async ({ tx, audit }) => {
        const revoked = await revokeInvitation(tx, actorOf(session), invitationId);
        if (!revoked) throw new AppError('invitation_not_found', 'This invitation was already used, revoked or has expired.');
        audit('member.invitation_revoke', invitationId);
      });
      return '/dashboard/team?notice=invitation-revoked';
    }),
  );

  dash.post(
    '/dashboard/team/members/:memberId/role',
    action('members:manage', async (form, session, request) => {
      const { memberId } = request.params as { memberId: string };
      await command(session, request, async ({ tx, audit }) => {
        const { member, from } = await changeRole(tx, actorOf(session), memberId, form.role ?? '');
        audit(`member.role_change.${from}_to_${member.role}`, member.id);
      });
      return '/dashboard/team?notice=member-updated';
    }),
  );

  dash.post(
    '/dashboard/team/members/:memberId/remove',
    action('members:manage', async (_form, session, request) => {
      const { memberId } = request.params as { memberId: string };
      await command(session, request, async ({ tx, audit }) => {
        const removed = await removeMember(tx, actorOf(session), memberId);
        audit(`member.remove.${removed.role}`, removed.id);
      });
      return memberId === session.member.id ? '/dashboard/sign-in' : '/dashboard/team?notice=member-removed';
    }),
  );

  // An invitation's page is for someone without an account yet: no session, a double-submit token.
  const invalidInvitation = (reply: Parameters<typeof page>[0]) =>
    page(
      reply,
      {
        title: 'Invitation',
        body: errorPage(
          'This invitation link is no longer valid',
          'It was used, revoked or is older than 7 days. Ask the person who invited you for a new link.',
        ),
      },
      410,
    );

  dash.get('/dashboard/invitations/:token', async (request, reply) => {
    const { token } = request.params as { token: string };
    const invitation = await openInvitation(db, token);
    if (!invitation) return invalidInvitation(reply);
    return page(reply, { title: 'Join', body: invitationPage(anonymousForm(request, reply), token, invitation) });
  });

  dash.post('/dashboard/invitations/:token', async (request, reply) => {
    const { token } = request.params as { token: string };
    const form = (request.body ?? {}) as Form;
    const invitation = await openInvitation(db, token);
    if (!invitation) return invalidInvitation(reply);
    if (!anonymousCsrfValid(request)) {
      return page(
        reply,
        {
          title: 'Join',
          body: invitationPage(anonymousForm(request, reply), token, invitation),
          notice: { kind: 'error', text: catalogMessage('csrf_token_invalid') },
        },
        403,
      );
    }
    try {
      const passwordHash = await newPasswordHash(form.password ?? '', invitation.email);
      // The member exists only once the claim succeeds: the entry is theirs, written in the same transaction.
      const member = await execute(
        db,
        { organizationId: invitation.organizationId, id: 'invitation', origin: requestOrigin(request) },
        async ({ tx }) => {
          const joined = await acceptInvitation(tx, invitation, passwordHash);
          await appendAudit(tx, {
            organizationId: joined.organizationId,
            actor: joined.id,
            action: `member.join.${joined.role}`,
            resource: invitation.id,
            outcome: 'success',
            origin: requestOrigin(request),
          });
          return joined;
        },
        new Date(),
      );
      return startSession(request, reply, member.id);
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      if (error.details[0]!.code === 'invitation_not_found') return invalidInvitation(reply);
      return page(
        reply,
        {
          title: 'Join',
          body: invitationPage(anonymousForm(request, reply), token, invitation),
          notice: { kind: 'error', text: humanMessage(error) },
        },
        error.status,
      );
    }
  });

  dash.get(
    '/dashboard/account',
    signedIn('read', async (request, reply, session) =>
      page(reply, {
        title: 'Your account',
        current: 'account',
        body: accountPage(session.csrfToken, session.member, session.id, await memberSessions(db, session.member.id)),
        session: sessionView(session),
      }),
    ),
  );

  dash.post(
    '/dashboard/account/password',
    action('read', async (form, session, request) => {
      const passwordHash = await newPasswordFor(db, session.member, form.currentPassword ?? '', form.newPassword ?? '');
      await command(session, request, async ({ tx, audit }) => {
        await changePassword(tx, session.member, session.id, passwordHash);
        audit('member.password_change', session.member.id);
      });
      return '/dashboard/account?notice=password-changed';
    }),
  );

  dash.post(
    '/dashboard/account/sessions/:sessionId/end',
    action('read', async (_form, session, request) => {
      const { sessionId } = request.params as { sessionId: string };
      if (sessionId === session.id) {
        const token = cookies(request)[sessionCookie];
        if (token) await endSession(db, token);
        return '/dashboard/sign-in';
      }
      await command(session, request, async ({ tx, audit }) => {
        if (!(await endMemberSession(tx, session.member.id, sessionId))) {
          throw new AppError('validation_failed', 'This session has already ended.');
        }
        audit('member.session_end', sessionId);
      });
      return '/dashboard/account?notice=session-ended';
    }),
  );
}
