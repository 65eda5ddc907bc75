import { and, eq, like } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { auditLog } from '../../src/modules/audit/schema.js';
import { credentials } from '../../src/modules/organizations/schema.js';
import { invitations, members, sessions } from '../../src/modules/members/schema.js';
import { describeEachEngine, type TestApp } from '../helpers/harness.js';
import { visitor } from '../helpers/visitor.js';

/**
 * Teams (SPEC §12) through the dashboard as a browser without JavaScript uses it: roles enforced by the
 * server on every page and action, one-time invitations, the last owner, passwords and sessions, and
 * the audit entries every membership change leaves.
 */
let counter = 0;
const unique = (prefix: string) => `${prefix}-${Date.now()}-${++counter}`;
const password = 'correct horse battery';

type Visitor = ReturnType<typeof visitor>;

/** The owner of a new organization, signed in. */
async function owner(harness: TestApp): Promise<{ person: Visitor; email: string; organizationId: string }> {
  const person = visitor(harness);
  const email = `${unique('owner')}@example.com`;
  await person.signUp(unique('Team Org'), email, password);
  const [row] = await harness.database.db.select().from(members).where(eq(members.email, email));
  return { person, email, organizationId: row!.organizationId };
}

/** Invites an address with a role from the team page; answers the one-time link's path. */
async function invite(person: Visitor, email: string, role: string): Promise<string> {
  await person.get('/dashboard/team');
  const created = await person.post('/dashboard/team/invitations', { email, role });
  expect(created.statusCode).toBe(200);
  const link = /data-testid="invitation-link">([^<]+)</.exec(created.body)?.[1];
  expect(link).toMatch(/^http:\/\/localhost(:\d+)?\/dashboard\/invitations\/[A-Za-z0-9_-]{43}$/);
  return new URL(link!).pathname;
}

/** Accepts an invitation in a fresh browser; answers that browser, signed in. */
async function join(harness: TestApp, path: string, chosen = 'another long phrase'): Promise<Visitor> {
  const person = visitor(harness);
  expect((await person.get(path)).statusCode).toBe(200);
  const joined = await person.post(path, { password: chosen });
  expect(joined.statusCode).toBe(303);
  expect(joined.headers.location).toBe('/dashboard/customers');
  return person;
}

async function memberId(harness: TestApp, email: string): Promise<string> {
  const [row] = await harness.database.db.select({ id: members.id }).from(members).where(eq(members.email, email));
  return row!.id;
}

async function auditActions(harness: TestApp, organizationId: string): Promise<string[]> {
  const rows = await harness.database.db
    .select({ action: auditLog.action, outcome: auditLog.outcome })
    .from(auditLog)
    .where(and(eq(auditLog.organizationId, organizationId), like(auditLog.action, 'member.%')))
    .orderBy(auditLog.id);
  return rows.map((row) => `${row.action}:${row.outcome}`);
}

describeEachEngine('dashboard teams', (harness) => {
  it('invites a developer and a viewer with one-time links; the server holds each role to its permissions', async () => {
    const { person: boss, organizationId } = await owner(harness);
    const developerEmail = `${unique('dev')}@example.com`;
    const viewerEmail = `${unique('viewer')}@example.com`;
    const developerLink = await invite(boss, developerEmail, 'developer');
    const viewerLink = await invite(boss, viewerEmail, 'viewer');
    // The link is shown once: the team page lists the invitation, never its token.
    const team = await boss.get('/dashboard/team');
    expect(team.body).toContain(developerEmail);
    expect(team.body).not.toContain(developerLink.split('/').pop()!);
    const stored = await harness.database.db.select().from(invitations).where(eq(invitations.email, developerEmail));
    expect(stored[0]!.tokenHash).toMatch(/^[0-9a-f]{64}$/);

    const invitationPage = await visitor(harness).get(developerLink);
    expect(invitationPage.body).toContain('You were invited as <strong>developer</strong>');
    const developer = await join(harness, developerLink);
    const viewer = await join(harness, viewerLink);
    // Single use: the link no longer works, whoever opens it.
    const reused = await visitor(harness).get(developerLink);
    expect(reused.statusCode).toBe(410);
    expect(reused.body).toContain('This invitation link is no longer valid');

    // The viewer sees configuration without the controls, and a forged POST is refused with nothing made.
    const seen = await viewer.get('/dashboard/configuration');
    expect(seen.statusCode).toBe(200);
    expect(seen.body).not.toContain('Generate credentials');
    expect(seen.body).toContain('Your role (viewer) can see credentials but not generate or revoke them.');
    const before = await harness.database.db.select().from(credentials).where(eq(credentials.organizationId, organizationId));
    const forged = await viewer.post('/dashboard/configuration/credentials', { label: 'forged', scopes: 'cards:sensitive' });
    expect(forged.statusCode).toBe(403);
    expect(forged.body).toContain('Not allowed for your role');
    expect(forged.body).not.toContain('client-secret');
    expect(await harness.database.db.select().from(credentials).where(eq(credentials.organizationId, organizationId))).toEqual(before);

    // The developer can generate credentials, but cannot invite.
    await developer.get('/dashboard/configuration');
    const generated = await developer.post('/dashboard/configuration/credentials', { label: 'dev key' });
    expect(generated.statusCode).toBe(200);
    expect(generated.body).toMatch(/data-testid="client-secret">lcs_/);
    await developer.get('/dashboard/team');
    expect(developer.lastPage).not.toContain('Create invitation link');
    expect((await developer.post('/dashboard/team/invitations', { email: `${unique('x')}@example.com`, role: 'owner' })).statusCode).toBe(403);

    expect(await auditActions(harness, organizationId)).toEqual([
      'member.sign_up:success',
      'member.sign_in:success',
      'member.invite.developer:success',
      'member.invite.viewer:success',
      'member.join.developer:success',
      'member.join.viewer:success',
    ]);
  });

  it('refuses every dashboard action a viewer’s role lacks with 403, changing nothing', async () => {
    const { person: boss, organizationId } = await owner(harness);
    const viewerEmail = `${unique('viewer')}@example.com`;
    const viewer = await join(harness, await invite(boss, viewerEmail, 'viewer'));
    await viewer.get('/dashboard/customers');
    const allowed = new Set(['/dashboard/sign-out', '/dashboard/account/password', '/dashboard/account/sessions/:sessionId/end']);
    // Every POST route the dashboard has, read from the router's tree, so a new action cannot be forgotten here.
    const stack: string[] = [];
    const posts = harness.app
      .printRoutes({ method: 'POST', commonPrefix: false })
      .split('\n')
      .flatMap((line) => {
        const match = /^([│ ]*)[├└]── (\S+) \(/.exec(line);
        if (!match) return [];
        const depth = match[1]!.length / 4;
        stack.length = depth;
        stack.push(match[2]!);
        return [stack.join('')];
      })
      .filter((path) => path.startsWith('/dashboard/'))
      .filter((path) => !allowed.has(path) && !['/dashboard/sign-in', '/dashboard/sign-up', '/dashboard/invitations/:token'].includes(path));
    expect(posts.length).toBeGreaterThanOrEqual(18);
    const rowsBefore = await harness.database.db.select().from(members).where(eq(members.organizationId, organizationId));
    for (const path of posts) {
      const url = path.replace(/:(\w+)/g, (_whole, name: string) => `${name}-x`);
      const response = await viewer.post(url, { role: 'owner', email: `${unique('y')}@example.com`, amount: '10.00', url: 'https://example.com/h' });
      expect([path, response.statusCode]).toEqual([path, 403]);
      expect(response.body).toContain('Not allowed for your role');
    }
    expect(await harness.database.db.select().from(members).where(eq(members.organizationId, organizationId))).toEqual(rowsBefore);
  });

  it('keeps the last owner, lets only owners make owners, and records every change', async () => {
    const { person: boss, email: bossEmail, organizationId } = await owner(harness);
    const bossId = await memberId(harness, bossEmail);
    await boss.get('/dashboard/team');
    // The only owner can neither step down nor leave.
    const demoted = await boss.post(`/dashboard/team/members/${bossId}/role`, { role: 'admin', back: '/dashboard/team' });
    expect(demoted.headers.location).toBe('/dashboard/team');
    expect((await boss.get('/dashboard/team')).body).toContain(`${bossEmail} is the organization’s last owner. Make another member owner first.`);
    await boss.post(`/dashboard/team/members/${bossId}/remove`, { back: '/dashboard/team' });
    expect((await boss.get('/dashboard/team')).body).toContain('is the organization’s last owner and cannot be removed.');

    // An admin manages developers and viewers, not owners.
    const adminEmail = `${unique('admin')}@example.com`;
    const admin = await join(harness, await invite(boss, adminEmail, 'admin'));
    const devEmail = `${unique('dev')}@example.com`;
    await join(harness, await invite(admin, devEmail, 'developer'));
    const devId = await memberId(harness, devEmail);
    await admin.get('/dashboard/team');
    expect(admin.lastPage).not.toContain('<option value="owner"');
    expect((await admin.post(`/dashboard/team/members/${devId}/role`, { role: 'viewer', back: '/dashboard/team' })).headers.location).toBe(
      '/dashboard/team?notice=member-updated',
    );
    await admin.get('/dashboard/team');
    await admin.post(`/dashboard/team/members/${devId}/role`, { role: 'owner', back: '/dashboard/team' });
    expect((await admin.get('/dashboard/team')).body).toContain('Only an owner can make, change or remove an owner.');
    await admin.post(`/dashboard/team/members/${bossId}/remove`, { back: '/dashboard/team' });
    expect((await admin.get('/dashboard/team')).body).toContain('Only an owner can make, change or remove an owner.');

    // Removed: signed out at once, and gone from the team.
    const devSession = await harness.database.db.select().from(sessions).where(eq(sessions.memberId, devId));
    expect(devSession).toHaveLength(1);
    await admin.get('/dashboard/team');
    expect((await admin.post(`/dashboard/team/members/${devId}/remove`, {})).headers.location).toBe('/dashboard/team?notice=member-removed');
    expect(await harness.database.db.select().from(sessions).where(eq(sessions.memberId, devId))).toEqual([]);
    expect(await harness.database.db.select().from(members).where(eq(members.id, devId))).toEqual([]);

    const actions = await auditActions(harness, organizationId);
    expect(actions).toContain('member.invite.admin:success');
    expect(actions).toContain('member.role_change.developer_to_viewer:success');
    expect(actions).toContain('member.remove.viewer:success');
    // Refused changes leave the roles as they were.
    const roles = await harness.database.db
      .select({ email: members.email, role: members.role })
      .from(members)
      .where(eq(members.organizationId, organizationId));
    expect(Object.fromEntries(roles.map((row) => [row.email, row.role]))).toEqual({ [bossEmail]: 'owner', [adminEmail]: 'admin' });
  });

  it('lets exactly one of two owners demoting each other at once succeed, in five rounds', async () => {
    for (let round = 0; round < 5; round++) {
      const { person: first, email: firstEmail, organizationId } = await owner(harness);
      const secondEmail = `${unique('owner2')}@example.com`;
      const second = await join(harness, await invite(first, secondEmail, 'owner'));
      const [firstId, secondId] = [await memberId(harness, firstEmail), await memberId(harness, secondEmail)];
      await first.get('/dashboard/team');
      await second.get('/dashboard/team');
      const answers = await Promise.all([
        first.post(`/dashboard/team/members/${secondId}/role`, { role: 'viewer', back: '/dashboard/team' }),
        second.post(`/dashboard/team/members/${firstId}/role`, { role: 'viewer', back: '/dashboard/team' }),
      ]);
      // The second waits for the first's locks, then finds itself no longer an owner: refused either at
      // the door (403, when its request began after the change) or under the lock (sent back with why).
      const refused = answers.find((answer) => answer.headers.location !== '/dashboard/team?notice=member-updated')!;
      if (refused.statusCode === 303) {
        const loser = refused === answers[0] ? first : second;
        expect((await loser.get('/dashboard/team')).body).toMatch(/Your role \(viewer\) cannot manage members\.|not allowed for your role/i);
      } else {
        expect(refused.statusCode).toBe(403);
      }
      const owners = await harness.database.db
        .select()
        .from(members)
        .where(and(eq(members.organizationId, organizationId), eq(members.role, 'owner')));
      expect(owners).toHaveLength(1);
      expect(answers.filter((answer) => answer.headers.location === '/dashboard/team?notice=member-updated')).toHaveLength(1);
    }
  });

  it('accepts an invitation once under concurrent submissions, and never after it expired or was revoked', async () => {
    const { person: boss, organizationId } = await owner(harness);
    const email = `${unique('twice')}@example.com`;
    const path = await invite(boss, email, 'developer');
    const tabs = [visitor(harness), visitor(harness)];
    for (const tab of tabs) await tab.get(path);
    const answers = await Promise.all(tabs.map((tab) => tab.post(path, { password: 'another long phrase' })));
    expect(answers.map((answer) => answer.statusCode).sort()).toEqual([303, 410]);
    expect(await harness.database.db.select().from(members).where(eq(members.email, email))).toHaveLength(1);

    const lateEmail = `${unique('late')}@example.com`;
    const late = await invite(boss, lateEmail, 'viewer');
    await harness.database.db
      .update(invitations)
      .set({ expiresAt: new Date(Date.now() - 1000) })
      .where(eq(invitations.email, lateEmail));
    expect((await visitor(harness).get(late)).statusCode).toBe(410);

    const revokedEmail = `${unique('revoked')}@example.com`;
    const revokedPath = await invite(boss, revokedEmail, 'viewer');
    const [row] = await harness.database.db.select().from(invitations).where(eq(invitations.email, revokedEmail));
    await boss.get('/dashboard/team');
    expect((await boss.post(`/dashboard/team/invitations/${row!.id}/revoke`, {})).headers.location).toBe('/dashboard/team?notice=invitation-revoked');
    const tab = visitor(harness);
    expect((await tab.get(revokedPath)).statusCode).toBe(410);
    expect((await tab.post(revokedPath, { password: 'another long phrase' })).statusCode).toBe(410);
    expect(await harness.database.db.select().from(members).where(eq(members.email, revokedEmail))).toEqual([]);

    // A weak password is refused on the invitation page, which stays usable.
    const weakEmail = `${unique('weak')}@example.com`;
    const weakPath = await invite(boss, weakEmail, 'viewer');
    const weakTab = visitor(harness);
    await weakTab.get(weakPath);
    const weak = await weakTab.post(weakPath, { password: 'short' });
    expect(weak.statusCode).toBe(422);
    expect(weak.body).toContain('Use at least 12 characters.');
    expect((await weakTab.post(weakPath, { password: 'a far better phrase' })).statusCode).toBe(303);

    // Inviting a present member says so, keeping what was typed.
    await boss.get('/dashboard/team');
    const again = await boss.post('/dashboard/team/invitations', { email: email.toUpperCase(), role: 'viewer' });
    expect(again.statusCode).toBe(409);
    expect(again.body).toContain(`${email} is already a member of your organization.`);
    expect(again.body).toContain(`value="${email.toUpperCase()}"`);
    expect(await auditActions(harness, organizationId)).toContain('member.invitation_revoke:success');
  });

  it('changes a password after checking the current one, ending the member’s other sessions', async () => {
    const { person: laptop, email, organizationId } = await owner(harness);
    const phone = visitor(harness);
    await phone.get('/dashboard/sign-in');
    await phone.post('/dashboard/sign-in', { email, password });
    const account = await laptop.get('/dashboard/account');
    expect(account.body.match(/<div class="muted mono">ses_/g)).toHaveLength(2);
    expect(account.body).toContain('<span class="badge current">current</span>');

    const wrong = await laptop.post('/dashboard/account/password', {
      currentPassword: 'not it at all',
      newPassword: 'a brand new phrase',
      back: '/dashboard/account',
    });
    expect(wrong.headers.location).toBe('/dashboard/account');
    const explained = await laptop.get('/dashboard/account');
    expect(explained.body).toContain('The current password is wrong. Nothing was changed.');
    // Passwords are never echoed back into the page.
    expect(explained.body).not.toContain('not it at all');
    expect(explained.body).not.toContain('a brand new phrase');
    expect((await phone.get('/dashboard/customers')).statusCode).toBe(200);

    const changed = await laptop.post('/dashboard/account/password', {
      currentPassword: password,
      newPassword: 'a brand new phrase',
      back: '/dashboard/account',
    });
    expect(changed.headers.location).toBe('/dashboard/account?notice=password-changed');
    expect((await phone.get('/dashboard/customers')).headers.location).toBe('/dashboard/sign-in');
    expect((await laptop.get('/dashboard/customers')).statusCode).toBe(200);
    const fresh = visitor(harness);
    await fresh.get('/dashboard/sign-in');
    expect((await fresh.post('/dashboard/sign-in', { email, password })).statusCode).toBe(401);
    await fresh.get('/dashboard/sign-in');
    expect((await fresh.post('/dashboard/sign-in', { email, password: 'a brand new phrase' })).statusCode).toBe(303);

    // One session ends another from the list.
    const list = await laptop.get('/dashboard/account');
    const listed = [...list.body.matchAll(/sessions\/(ses_[0-9A-Z]{26})\/end"><input[^>]*><input[^>]*><button class="small (danger|secondary)"/g)];
    expect(listed.map((match) => match[2]).sort()).toEqual(['danger', 'secondary']);
    const notCurrent = listed.find((match) => match[2] === 'danger')![1]!;
    expect((await laptop.post(`/dashboard/account/sessions/${notCurrent}/end`, { back: '/dashboard/account' })).headers.location).toBe(
      '/dashboard/account?notice=session-ended',
    );
    expect((await fresh.get('/dashboard/customers')).headers.location).toBe('/dashboard/sign-in');
    expect(await auditActions(harness, organizationId)).toEqual(
      expect.arrayContaining(['member.password_change:success', 'member.session_end:success']),
    );
  });

  it('counts wrong current passwords toward the sign-in lock-out, so a stolen session cannot guess the password', async () => {
    const { person: thief, email } = await owner(harness);
    const guess = async (currentPassword: string) => {
      await thief.get('/dashboard/account');
      return thief.post('/dashboard/account/password', { currentPassword, newPassword: 'a thief’s new phrase', back: '/dashboard/account' });
    };
    for (let attempt = 1; attempt <= 9; attempt++) await guess(`guess number ${attempt}`);
    expect((await thief.get('/dashboard/account')).body).toContain('The current password is wrong. Nothing was changed.');
    // The tenth wrong guess locks the account, like ten failed sign-ins.
    await guess('guess number 10');
    expect((await thief.get('/dashboard/account')).body).toContain('Too many failed sign-ins: this account is locked until');
    // Locked: even the right password changes nothing, and nobody signs in with it for now.
    await guess(password);
    expect((await thief.get('/dashboard/account')).body).toContain('Too many failed sign-ins');
    const owner2 = visitor(harness);
    await owner2.get('/dashboard/sign-in');
    expect((await owner2.post('/dashboard/sign-in', { email, password })).statusCode).toBe(403);
    const [row] = await harness.database.db.select().from(members).where(eq(members.email, email));
    expect(row!.lockedUntil).not.toBeNull();
  });
});

describeEachEngine(
  'dashboard in live mode behind its public URL',
  (harness) => {
    it('builds invitation links from LINKCY_PUBLIC_URL whatever Host a request names; cookies Secure and HSTS over https', async () => {
      const person = visitor(harness, { host: 'attacker.example' });
      const signedIn = await person.signUp(unique('Live Org'), `${unique('owner')}@example.com`, password);
      expect(signedIn.statusCode).toBe(303);
      expect(String(signedIn.headers['set-cookie'])).toMatch(/; Secure(;|$)/);
      const page = await person.get('/dashboard/team');
      expect(page.headers['strict-transport-security']).toBe('max-age=63072000; includeSubDomains');
      const created = await person.post('/dashboard/team/invitations', { email: `${unique('dev')}@example.com`, role: 'developer' });
      const link = /data-testid="invitation-link">([^<]+)</.exec(created.body)?.[1];
      expect(link).toMatch(/^https:\/\/bank\.example\.com\/dashboard\/invitations\/[A-Za-z0-9_-]{43}$/);
      expect(created.body).not.toContain('attacker.example');
    });
  },
  { LINKCY_MODE: 'live', LINKCY_PUBLIC_URL: 'https://bank.example.com' },
);
