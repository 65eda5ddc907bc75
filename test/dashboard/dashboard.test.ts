import { eq, sql } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { auditLog } from '../../src/modules/audit/schema.js';
import { members, sessions } from '../../src/modules/members/schema.js';
import { addMember, memberLimits, signIn } from '../../src/modules/members/service.js';
import { entityDocument, individualAttributes } from '../helpers/fixtures.js';
import { basicAuth, describeEachEngine } from '../helpers/harness.js';
import { visitor } from '../helpers/visitor.js';
import { apiClient } from '../helpers/api-client.js';
import { transferClient } from '../helpers/transfer-client.js';
import type { IssuedCredential } from '../../src/modules/organizations/service.js';

let counter = 0;
const unique = (prefix: string) => `${prefix}-${Date.now()}-${++counter}`;

describeEachEngine('dashboard', (harness) => {
  it('signs up, lands on customers, and refuses weak passwords and taken names', async () => {
    const person = visitor(harness);
    const organization = unique('Org');
    const email = `${unique('owner')}@example.com`;
    await person.get('/dashboard/sign-up');
    const signedUp = await person.post('/dashboard/sign-up', { organization, email, password: 'correct horse battery' });
    expect(signedUp.statusCode).toBe(303);
    expect(signedUp.headers.location).toBe('/dashboard/sign-in?notice=signed-up');
    expect((await person.get('/dashboard/sign-in?notice=signed-up')).body).toContain(
      'If this email address was new, its account is ready. Sign in to continue.',
    );
    const created = await person.post('/dashboard/sign-in', { email, password: 'correct horse battery' });
    expect(created.statusCode).toBe(303);
    expect(created.headers.location).toBe('/dashboard/customers');
    expect(String(created.headers['set-cookie'])).toMatch(/linkcy_session=[^;]+; Max-Age=604800; Path=\/dashboard; HttpOnly; SameSite=Lax/);
    const customers = await person.get('/dashboard/customers');
    expect(customers.statusCode).toBe(200);
    expect(customers.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(customers.body).toContain('No customers yet.');
    const [member] = await harness.database.db.select().from(members).where(eq(members.email, email));
    expect(member!.passwordHash).toMatch(/^\$argon2id\$/);

    const other = visitor(harness);
    for (const [organizationName, address, password, message] of [
      [unique('Org'), `${unique('a')}@example.com`, 'Password1!', 'Use at least 12 characters.'],
      [unique('Org'), `${unique('a')}@example.com`, 'password123', 'Use at least 12 characters.'],
      [unique('Org'), `${unique('a')}@example.com`, 'P@ssw0rd2024!', 'This password is too common or too simple; choose another.'],
      [unique('Org'), `${unique('a')}@example.com`, 'Qwerty123456!', 'This password is too common or too simple; choose another.'],
      [unique('Org'), `${unique('a')}@example.com`, 'iloveyou1234', 'This password is too common or too simple; choose another.'],
      [organization, `${unique('a')}@example.com`, 'correct horse battery', 'An organization with this name already exists.'],
    ]) {
      const refused = await other.signUp(organizationName!, address!, password);
      expect(refused.statusCode).toBeGreaterThanOrEqual(400);
      expect(refused.body).toContain(message!);
      expect(refused.headers['set-cookie']).not.toMatch(/linkcy_session/);
    }
  });

  it('does not confirm which email addresses have an account when signing up', async () => {
    const email = `${unique('known')}@example.com`;
    await visitor(harness).signUp(unique('Org'), email);
    const answers = [];
    for (const address of [email.toUpperCase(), `${unique('fresh')}@example.com`]) {
      const person = visitor(harness);
      await person.get('/dashboard/sign-up');
      const answer = await person.post('/dashboard/sign-up', { organization: unique('Org'), email: address, password: 'another long phrase' });
      answers.push([answer.statusCode, answer.headers.location, String(answer.headers['set-cookie'] ?? '').includes('linkcy_session')]);
    }
    // The taken address and the new one get the same answer; the taken one's account is untouched.
    expect(answers[0]).toEqual(answers[1]);
    expect(answers[0]).toEqual([303, '/dashboard/sign-in?notice=signed-up', false]);
    const person = visitor(harness);
    await person.get('/dashboard/sign-in');
    expect((await person.post('/dashboard/sign-in', { email, password: 'another long phrase' })).statusCode).toBe(401);
    await person.get('/dashboard/sign-in');
    expect((await person.post('/dashboard/sign-in', { email, password: 'correct horse battery' })).statusCode).toBe(303);
  });

  it('ignores a cookie that is not valid percent-encoding instead of failing', async () => {
    const response = await harness.app.inject({
      method: 'GET',
      url: '/dashboard/customers',
      headers: { cookie: 'linkcy_session=%E0%A4%A', accept: 'text/html' },
    });
    expect(response.statusCode).toBe(303);
    expect(response.headers.location).toBe('/dashboard/sign-in');
  });

  it('locks a member out after ten failed sign-ins, and says so', async () => {
    const email = `${unique('lock')}@example.com`;
    await visitor(harness).signUp(unique('Org'), email);
    const person = visitor(harness);
    for (let attempt = 1; attempt <= memberLimits.signInFailuresMax; attempt++) {
      await person.get('/dashboard/sign-in');
      const failed = await person.post('/dashboard/sign-in', { email, password: 'wrong password!' });
      expect(failed.statusCode).toBe(attempt < memberLimits.signInFailuresMax ? 401 : 403);
    }
    expect(person.lastPage).toContain('Too many failed sign-ins: this account is locked until');
    await person.get('/dashboard/sign-in');
    const locked = await person.post('/dashboard/sign-in', { email, password: 'correct horse battery' });
    expect(locked.statusCode).toBe(403);
    expect(locked.body).toContain('locked until');
    // Once the lock has passed, the right password works again.
    await harness.database.db
      .update(members)
      .set({ lockedUntil: new Date(Date.now() - 1000) })
      .where(eq(members.email, email));
    await person.get('/dashboard/sign-in');
    const signedIn = await person.post('/dashboard/sign-in', { email, password: 'correct horse battery' });
    expect(signedIn.statusCode).toBe(303);
    const outcomes = await harness.database.db.select({ outcome: auditLog.outcome }).from(auditLog).where(eq(auditLog.action, 'member.sign_in'));
    expect(outcomes.map((row) => row.outcome)).toEqual(expect.arrayContaining(['sign_in_failed', 'member_locked', 'success']));
  });

  it('counts concurrent guesses before checking them: the right password sent after ten wrong ones is refused', async () => {
    const email = `${unique('race')}@example.com`;
    await visitor(harness).signUp(unique('Org'), email);
    let checked = 0;
    const wrong = Array.from({ length: 20 }, () =>
      signIn(harness.database.db, email, 'wrong password!').then(
        () => 'success',
        (error: { details: { code: string }[] }) => {
          if (error.details[0]!.code === 'sign_in_failed') checked++;
          return error.details[0]!.code;
        },
      ),
    );
    // Ten guesses are counted (reserved) while none of them has been checked yet: argon2 is slow,
    // the reservation is one UPDATE.
    const deadline = Date.now() + 5000;
    let reserved = 0;
    while (Date.now() < deadline) {
      const [row] = await harness.database.db.select().from(members).where(eq(members.email, email));
      reserved = row!.lockedUntil ? memberLimits.signInFailuresMax : row!.failedSignIns;
      if (reserved >= memberLimits.signInFailuresMax) break;
      await new Promise((resolve) => setTimeout(resolve, 2));
    }
    expect(reserved).toBe(memberLimits.signInFailuresMax);
    expect(checked).toBeLessThan(memberLimits.signInFailuresMax - 1);
    // The right password, arriving while those guesses are still being checked, is refused.
    const right = await signIn(harness.database.db, email, 'correct horse battery').then(
      () => 'success',
      (error: { details: { code: string }[] }) => error.details[0]!.code,
    );
    expect(right).toBe('member_locked');
    const outcomes = await Promise.all(wrong);
    expect(outcomes.filter((outcome) => outcome === 'sign_in_failed').length).toBe(memberLimits.signInFailuresMax - 1);
    expect(outcomes.filter((outcome) => outcome === 'member_locked').length).toBe(20 - memberLimits.signInFailuresMax + 1);
    await expect(signIn(harness.database.db, email, 'correct horse battery')).rejects.toMatchObject({ details: [{ code: 'member_locked' }] });
  });

  it('refuses control characters and broken text in forms with a 400 page, the sign-in form included', async () => {
    const person = visitor(harness);
    for (const email of ['a\u0000@example.com', 'a\u0007@example.com']) {
      await person.get('/dashboard/sign-in');
      const refused = await person.post('/dashboard/sign-in', { email, password: 'whatever12345' });
      expect(refused.statusCode).toBe(400);
      expect(refused.headers['content-type']).toBe('text/html; charset=utf-8');
      expect(refused.body).toContain('Unreadable input');
      expect(refused.body).toContain('The field “email” holds control characters');
    }
    await person.get('/dashboard/sign-up');
    const signUp = await person.post('/dashboard/sign-up', {
      organization: 'Nul\u0000 Ltd',
      email: `${unique('nul')}@example.com`,
      password: 'correct horse battery',
    });
    expect(signUp.statusCode).toBe(400);
    await person.signUp(unique('Org'), `${unique('ctl')}@example.com`);
    expect((await person.get('/dashboard/customers?q=%00')).statusCode).toBe(400);
    expect((await person.get('/dashboard/customers/ent_%00')).statusCode).toBe(400);
  });

  it('refuses forms without the anti-forgery token', async () => {
    const person = visitor(harness);
    await person.get('/dashboard/sign-in');
    const forgedSignIn = await person.post('/dashboard/sign-in', { email: 'x@example.com', password: 'whatever123' }, { withCsrf: false });
    expect(forgedSignIn.statusCode).toBe(403);
    await person.signUp(unique('Org'), `${unique('csrf')}@example.com`);
    await person.get('/dashboard/configuration');
    const forged = await person.post('/dashboard/configuration/credentials', { label: 'evil' }, { withCsrf: false });
    expect(forged.statusCode).toBe(403);
    expect(forged.body).not.toContain('data-testid="client-secret"');
    const wrong = await person.post('/dashboard/configuration/credentials', { label: 'evil', _csrf: 'not-the-token' });
    expect(wrong.statusCode).toBe(403);
  });

  it('ends sessions after idle time, and on sign-out', async () => {
    const person = visitor(harness);
    const email = `${unique('idle')}@example.com`;
    await person.signUp(unique('Org'), email);
    expect((await person.get('/dashboard/customers')).statusCode).toBe(200);
    const [member] = await harness.database.db.select().from(members).where(eq(members.email, email));
    await harness.database.db
      .update(sessions)
      .set({ lastSeenAt: new Date(Date.now() - memberLimits.sessionIdleMs - 1000) })
      .where(eq(sessions.memberId, member!.id));
    const expired = await person.get('/dashboard/customers');
    expect(expired.statusCode).toBe(303);
    expect(expired.headers.location).toBe('/dashboard/sign-in');

    await person.get('/dashboard/sign-in');
    await person.post('/dashboard/sign-in', { email, password: 'correct horse battery' });
    await person.get('/dashboard/customers');
    const out = await person.post('/dashboard/sign-out', {});
    expect(out.headers.location).toBe('/dashboard/sign-in');
    expect((await person.get('/dashboard/customers')).statusCode).toBe(303);
  });

  it('generates a credential shown once that works at once, and a revocation that works at once', async () => {
    const person = visitor(harness);
    await person.signUp(unique('Org'), `${unique('keys')}@example.com`);
    await person.get('/dashboard/configuration');
    const generated = await person.post('/dashboard/configuration/credentials', { label: 'Backend', scopes: 'cards:sensitive' });
    expect(generated.statusCode).toBe(200);
    const clientId = /data-testid="client-id">([^<]+)</.exec(generated.body)![1]!;
    const clientSecret = /data-testid="client-secret">([^<]+)</.exec(generated.body)![1]!;
    const api = () => harness.app.inject({ method: 'GET', url: '/entities/', headers: { authorization: basicAuth({ clientId, clientSecret }) } });
    expect((await api()).statusCode).toBe(200);
    // "Try it" names this server (the address the member used; LINKCY_PUBLIC_URL when set), not a placeholder.
    expect(generated.body).toContain(`Try it: <code class="mono">curl -u ${clientId}:CLIENT_SECRET http://localhost:80/entities/</code>`);
    const page = await person.get('/dashboard/configuration');
    expect(page.body).toContain(clientId);
    expect(page.body).not.toContain(clientSecret);
    await person.post(`/dashboard/configuration/credentials/${clientId}/revoke`, {});
    expect((await api()).statusCode).toBe(401);
    expect((await person.get('/dashboard/configuration')).body).toContain('badge revoked');
  });

  it('shows an organization its own customers only', async () => {
    const owner = visitor(harness);
    const stranger = visitor(harness);
    await owner.signUp(unique('Org'), `${unique('own')}@example.com`);
    await stranger.signUp(unique('Org'), `${unique('str')}@example.com`);
    await owner.get('/dashboard/configuration');
    const generated = await owner.post('/dashboard/configuration/credentials', { label: 'k' });
    const clientId = /data-testid="client-id">([^<]+)</.exec(generated.body)![1]!;
    const clientSecret = /data-testid="client-secret">([^<]+)</.exec(generated.body)![1]!;
    const created = await harness.app.inject({
      method: 'POST',
      url: '/entities/',
      headers: { authorization: basicAuth({ clientId, clientSecret }), 'content-type': 'application/vnd.api+json' },
      payload: entityDocument(individualAttributes({ firstName: 'Grace', lastName: 'Hopper', externalId: null })),
    });
    const entityId = created.json().data.id;
    expect((await owner.get('/dashboard/customers?q=hopp')).body).toContain('Grace Hopper');
    expect((await owner.get('/dashboard/customers?q=nobody')).body).toContain('No customer matches these filters.');
    expect((await stranger.get('/dashboard/customers')).body).not.toContain('Grace Hopper');
    expect((await stranger.get(`/dashboard/customers/${entityId}`)).statusCode).toBe(404);
    expect((await stranger.get('/dashboard/configuration')).body).not.toContain(clientId);
    await stranger.get('/dashboard/configuration');
    const refused = await stranger.post(`/dashboard/configuration/credentials/${clientId}/revoke`, {});
    expect(refused.headers.location).toBe('/dashboard/configuration?problem=credential-not-found');
    const told = await stranger.get(refused.headers.location as string);
    expect(told.body).toContain('nothing was revoked');
    expect(told.body).not.toContain('The credential was revoked');
    const still = await harness.app.inject({ method: 'GET', url: '/entities/', headers: { authorization: basicAuth({ clientId, clientSecret }) } });
    expect(still.statusCode).toBe(200);
  });

  it('shows a customer’s SEPA credit transfers, cancels a pending one and settles one in the sandbox', async () => {
    const owner = visitor(harness);
    await owner.signUp(unique('Org'), `${unique('sepa')}@example.com`);
    await owner.get('/dashboard/configuration');
    const generated = await owner.post('/dashboard/configuration/credentials', { label: 'k' });
    const clientId = /data-testid="client-id">([^<]+)</.exec(generated.body)![1]!;
    const clientSecret = /data-testid="client-secret">([^<]+)</.exec(generated.body)![1]!;
    const credential = { clientId, clientSecret } as IssuedCredential;
    const api = apiClient(harness);
    const account = await api.account(credential);
    await api.fund(credential, account.attributes.iban, 50000);
    const send = (endToEndId: string) => transferClient(harness).sepa(credential, account.id, { endToEndId, amount: 1000 });
    const first = (await send('DASH-1')).json().data.id;
    const second = (await send('DASH-2')).json().data.id;
    const page = await owner.get(`/dashboard/customers/${account.entityId}`);
    expect(page.body).toContain('<h2>SEPA credit transfers</h2>');
    expect(page.body).toContain('DASH-1');
    expect(page.body).toContain('Charles Babbage');
    expect(page.body).toContain(`/dashboard/sepa-credit-transfers/${first}/cancel`);
    const cancelled = await owner.post(`/dashboard/sepa-credit-transfers/${first}/cancel`, { back: `/dashboard/customers/${account.entityId}` });
    expect(cancelled.headers.location).toBe(`/dashboard/customers/${account.entityId}?notice=sepa-cancelled`);
    await owner.get(`/dashboard/customers/${account.entityId}`);
    const settled = await owner.post(`/dashboard/sandbox/sepa-credit-transfers/${second}/settle`, {
      back: `/dashboard/customers/${account.entityId}`,
    });
    expect(settled.headers.location).toBe(`/dashboard/customers/${account.entityId}?notice=sepa-settled`);
    // Cancelling what is no longer pending sends the member back with the reason.
    await owner.get(`/dashboard/customers/${account.entityId}`);
    const refused = await owner.post(`/dashboard/sepa-credit-transfers/${second}/cancel`, { back: `/dashboard/customers/${account.entityId}` });
    expect(refused.headers.location).toBe(`/dashboard/customers/${account.entityId}`);
    // The reason in its own words (no API formatting), shown once on the page it sent the member back to.
    const explained = await owner.get(refused.headers.location as string);
    expect(explained.body).toContain(
      `<div class="notice error" role="alert">The SEPA credit transfer ${second} is settled; only a pending transfer can be cancelled.</div>`,
    );
    expect((await owner.get(refused.headers.location as string)).body).not.toContain('notice error');
    expect(await api.balance(credential, account.id)).toEqual({ current: 49000, available: 49000, pending: 0 });
  });

  it('adds a member to an organization made by the CLI', async () => {
    const { createCredential } = await import('../../src/modules/organizations/service.js');
    const organizationName = unique('Cli Org');
    await createCredential(harness.database.db, { organizationName, scopes: [] });
    const email = `${unique('cli')}@example.com`;
    await addMember(harness.database.db, { organizationName, email, password: 'correct horse battery' });
    const person = visitor(harness);
    await person.get('/dashboard/sign-in');
    expect((await person.post('/dashboard/sign-in', { email, password: 'correct horse battery' })).statusCode).toBe(303);
    expect((await person.get('/dashboard/configuration')).body).toContain(organizationName);
    const count = await harness.database.db.execute(sql`SELECT count(*)::int AS n FROM members`);
    expect((count as unknown as { rows: { n: number }[] }).rows[0]!.n).toBeGreaterThan(1);
  });
});

describeEachEngine('dashboard webhooks and audit log', (harness) => {
  it('adds a webhook endpoint with its secret shown once, deletes it, and shows the audit log', async () => {
    const person = visitor(harness);
    await person.signUp(unique('Org'), `${unique('hooks')}@example.com`);
    await person.get('/dashboard/configuration');
    const refused = await person.post('/dashboard/configuration/webhooks', { url: 'http://127.0.0.1:9/x', events: 'card.exploded' });
    expect(refused.statusCode).toBe(422);
    expect(refused.body).toContain('Events must be * or among');
    const added = await person.post('/dashboard/configuration/webhooks', { url: 'http://127.0.0.1:9/x', events: 'card.updated, entity.created' });
    expect(added.statusCode).toBe(200);
    const secret = /data-testid="webhook-secret">([^<]+)</.exec(added.body)![1]!;
    expect(secret).toMatch(/^whsec_/);
    const page = await person.get('/dashboard/configuration');
    expect(page.body).toContain('card.updated, entity.created');
    expect(page.body).not.toContain(secret);
    const id = /(whk_[0-9A-Z]{26})/.exec(page.body)![1]!;
    const deleted = await person.post(`/dashboard/configuration/webhooks/${id}/delete`, {});
    expect(deleted.headers.location).toBe('/dashboard/configuration?notice=webhook-deleted');
    expect((await person.get('/dashboard/configuration')).body).toContain('No webhook endpoints.');
    const audit = await person.get('/dashboard/audit');
    expect(audit.statusCode).toBe(200);
    for (const action of ['member.sign_up', 'webhook.create', 'webhook.delete']) expect(audit.body).toContain(action);
    expect(audit.body).not.toContain(secret);
  });
});

describeEachEngine(
  'dashboard behind a TLS-terminating proxy',
  (harness) => {
    it('marks cookies Secure when the proxy says the request was https', async () => {
      const page = await harness.app.inject({
        method: 'GET',
        url: '/dashboard/sign-in',
        headers: { 'x-forwarded-proto': 'https', accept: 'text/html' },
      });
      expect(String(page.headers['set-cookie'])).toMatch(/; Secure(;|$)/);
      const plain = await harness.app.inject({ method: 'GET', url: '/dashboard/sign-in', headers: { accept: 'text/html' } });
      expect(String(plain.headers['set-cookie'])).not.toContain('Secure');
    });
  },
  { LINKCY_TRUST_PROXY: 'true' },
);

describeEachEngine('dashboard form resubmission', (harness) => {
  it('makes no second credential when the generate form is submitted again (a page refresh)', async () => {
    const person = visitor(harness);
    await person.signUp(unique('Org'), `${unique('refresh')}@example.com`);
    await person.get('/dashboard/configuration');
    const nonce = /name="nonce" value="([^"]+)"/.exec(person.lastPage)![1]!;
    const csrf = person.csrf();
    const first = await person.post('/dashboard/configuration/credentials', { _csrf: csrf, nonce, label: 'once' });
    expect(first.body).toContain('data-testid="client-secret"');
    const again = await person.post('/dashboard/configuration/credentials', { _csrf: csrf, nonce, label: 'once' });
    expect(again.body).not.toContain('data-testid="client-secret"');
    expect(again.body).toContain('This form was already submitted');
    expect(again.body.match(/<td data-label="CLIENT_ID" class="mono">cli_/g)).toHaveLength(1);
  });

  it('registers no second webhook endpoint when its form is submitted again', async () => {
    const person = visitor(harness);
    await person.signUp(unique('Org'), `${unique('hook-refresh')}@example.com`);
    await person.get('/dashboard/configuration');
    const nonce = [...person.lastPage.matchAll(/name="nonce" value="([^"]+)"/g)][1]![1]!;
    const form = { _csrf: person.csrf(), nonce, url: 'http://127.0.0.1:9/once', events: '*' };
    const first = await person.post('/dashboard/configuration/webhooks', form);
    expect(first.body).toContain('data-testid="webhook-secret"');
    const again = await person.post('/dashboard/configuration/webhooks', form);
    expect(again.body).not.toContain('data-testid="webhook-secret"');
    expect(again.body).toContain('This form was already submitted');
    expect(again.body.match(/http:\/\/127\.0\.0\.1:9\/once<\/a>/g)).toHaveLength(1);
  });
});
