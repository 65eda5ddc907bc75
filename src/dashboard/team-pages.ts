import { can, mayAssign, roleDescriptions, roles, type Role } from '../modules/members/roles.js';
import type { InvitationRow, MemberRow } from '../modules/members/schema.js';
import type { SessionListRow } from '../modules/members/team.js';
import { formatDate, html, type Html } from './html.js';
import { badge, buttonForm, csrfField, option } from './pages.js';

/** The team page, an invitation's page, and a member's own account page (SPEC §12). */

export interface TeamView {
  me: MemberRow;
  members: MemberRow[];
  invitations: InvitationRow[];
  /** An invitation just created, with its link: shown once. */
  created?: { invitation: InvitationRow; link: string } | undefined;
  typed: Record<string, string>;
}

export function teamPage(csrf: string, view: TeamView): Html {
  const { me } = view;
  const manage = can(me.role, 'members:manage');
  const assignable = roles.filter((role) => mayAssign(me.role, undefined, role));
  return html`<h1>Team</h1>
${
  view.created
    ? html`<section class="card" aria-labelledby="invitation-link-title">
  <h2 id="invitation-link-title">Invitation link for ${view.created.invitation.email}</h2>
  <p>Send this link to them yourself: <strong>it is shown only once</strong>, works once, and expires ${formatDate(view.created.invitation.expiresAt)}.</p>
  <div class="secret"><span id="invitation-link" class="mono link-box" data-testid="invitation-link">${view.created.link}</span>
    <button type="button" class="small secondary" data-copy="invitation-link">Copy</button></div>
</section>`
    : ''
}
<div class="table-wrap"><table>
  <thead><tr><th>Member</th><th>Role</th><th class="hide-sm">Joined</th><th></th></tr></thead>
  <tbody>${view.members.map((member) => {
    const mayChange = manage && mayAssign(me.role, member.role, member.role);
    return html`<tr>
    <td data-label="Member">${member.email}${member.id === me.id ? html` <span class="muted">(you)</span>` : ''}<div class="muted mono">${member.id}</div></td>
    <td data-label="Role">${badge(member.role)}</td>
    <td class="hide-sm">${formatDate(member.createdAt)}</td>
    <td>${
      mayChange
        ? html`<div class="actions"><form class="inline row tight" method="post" action="/dashboard/team/members/${member.id}/role">
        ${csrfField(csrf)}<label class="visually-hidden" for="role-${member.id}">Role of ${member.email}</label>
        <select id="role-${member.id}" name="role">${roles.filter((role) => mayAssign(me.role, member.role, role)).map((role) => option(role, role, member.role))}</select>
        <button class="small secondary" type="submit">Change role</button></form>
        ${buttonForm(csrf, `/dashboard/team/members/${member.id}/remove`, 'Remove', { kind: 'danger', confirm: `Remove ${member.email}? They are signed out at once.` })}</div>`
        : ''
    }</td>
  </tr>`;
  })}</tbody></table></div>

${
  manage
    ? html`<section class="card spaced" aria-labelledby="invite-title">
  <h2 id="invite-title">Invite a colleague</h2>
  <form method="post" action="/dashboard/team/invitations" class="row">
    ${csrfField(csrf)}
    <div><label for="invite-email">Email</label><input id="invite-email" name="email" type="email" required maxlength="254" value="${view.typed.email ?? ''}"></div>
    <div><label for="invite-role">Role</label><select id="invite-role" name="role">${assignable.map((role) => option(role, role, view.typed.role ?? 'developer'))}</select></div>
    <div class="shrink"><button type="submit">Create invitation link</button></div>
  </form>
  <ul class="muted">${roles.map((role) => html`<li><strong>${role}</strong>: ${roleDescriptions[role]}</li>`)}</ul>
</section>`
    : html`<p class="muted spaced">Your role (${me.role}) cannot invite or change members. An owner or admin can.</p>`
}

<h2>Pending invitations</h2>
${
  view.invitations.length === 0
    ? html`<div class="card empty">No pending invitation.</div>`
    : html`<div class="table-wrap"><table>
  <thead><tr><th>Email</th><th>Role</th><th>Expires</th><th></th></tr></thead>
  <tbody>${view.invitations.map(
    (invitation) => html`<tr>
    <td data-label="Email">${invitation.email}</td>
    <td data-label="Role">${badge(invitation.role)}</td>
    <td data-label="Expires">${formatDate(invitation.expiresAt)}</td>
    <td>${
      manage && mayAssign(me.role, undefined, invitation.role)
        ? buttonForm(csrf, `/dashboard/team/invitations/${invitation.id}/revoke`, 'Revoke', { kind: 'danger' })
        : ''
    }</td>
  </tr>`,
  )}</tbody></table></div>`
}`;
}

export function invitationPage(csrf: string, token: string, invitation: { email: string; role: Role; organizationName: string }): Html {
  return html`<section class="auth card" aria-labelledby="join-title">
  <h1 id="join-title">Join ${invitation.organizationName} on Linkcy</h1>
  <p>You were invited as <strong>${invitation.role}</strong>: ${roleDescriptions[invitation.role]}</p>
  <form method="post" action="/dashboard/invitations/${token}">
    ${csrfField(csrf)}
    <label for="email">Email</label>
    <input id="email" name="email" type="email" value="${invitation.email}" readonly autocomplete="username">
    <label for="password">Choose a password</label>
    <input id="password" name="password" type="password" required minlength="12" autocomplete="new-password" aria-describedby="password-help">
    <p id="password-help" class="muted">At least 12 characters, hard to guess: a few unrelated words work well.</p>
    <button type="submit">Join ${invitation.organizationName}</button>
  </form>
</section>`;
}

export function accountPage(csrf: string, me: MemberRow, currentSessionId: string, sessions: SessionListRow[]): Html {
  return html`<h1>Your account</h1>
<div class="card grid">
  <div><div class="muted">Email</div><div>${me.email}</div></div>
  <div><div class="muted">Role</div><div>${badge(me.role)}</div></div>
  <div><div class="muted">Member since</div><div>${formatDate(me.createdAt)}</div></div>
</div>
<section class="card" aria-labelledby="password-title">
  <h2 id="password-title">Change password</h2>
  <form method="post" action="/dashboard/account/password">
    ${csrfField(csrf)}
    <input type="hidden" name="back" value="/dashboard/account">
    <input type="text" name="username" value="${me.email}" autocomplete="username" hidden>
    <label for="current-password">Current password</label>
    <input id="current-password" name="currentPassword" type="password" required autocomplete="current-password">
    <label for="new-password">New password</label>
    <input id="new-password" name="newPassword" type="password" required minlength="12" autocomplete="new-password" aria-describedby="new-password-help">
    <p id="new-password-help" class="muted">At least 12 characters. Your other sessions end when it changes.</p>
    <button type="submit">Change password</button>
  </form>
</section>
<h2>Sessions</h2>
<div class="table-wrap"><table>
  <thead><tr><th>Browser</th><th>Signed in</th><th>Last seen</th><th></th></tr></thead>
  <tbody>${sessions.map(
    (session) => html`<tr>
    <td data-label="Browser">${session.userAgent ?? html`<span class="muted">unknown</span>`}${session.id === currentSessionId ? html` ${badge('current')}` : ''}<div class="muted mono">${session.id}</div></td>
    <td data-label="Signed in">${formatDate(session.createdAt)}</td>
    <td data-label="Last seen">${formatDate(session.lastSeenAt)}</td>
    <td>${buttonForm(csrf, `/dashboard/account/sessions/${session.id}/end`, session.id === currentSessionId ? 'Sign out' : 'End session', {
      kind: session.id === currentSessionId ? 'secondary' : 'danger',
      back: '/dashboard/account',
    })}</td>
  </tr>`,
  )}</tbody></table></div>`;
}
