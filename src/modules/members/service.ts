import { createHash, randomBytes } from 'node:crypto';
import { hash, verify } from '@node-rs/argon2';
import { and, eq, lt, sql } from 'drizzle-orm';
import type { Db } from '../../db/database.js';
import { newId } from '../../domain/ids.js';
import { AppError } from '../../errors/app-error.js';
import { createOrganization, findOrganization, organizationName, type OrganizationRef } from '../organizations/service.js';
import type { ZxcvbnFactory } from '@zxcvbn-ts/core';
import { members, sessions, type MemberRow, type SessionFlash } from './schema.js';
import type { Role } from './roles.js';

/** Dashboard members: sign-up, sign-in with lock-out, and database-backed sessions (SPEC §7). */

export const memberLimits = {
  /** PCI DSS v4.0 requirement 8.3.6: at least 12 characters. */
  passwordLengthMin: 12,
  passwordLengthMax: 256,
  /** Failed sign-ins in a row before the member is locked out, and for how long. */
  signInFailuresMax: 10,
  lockoutMs: 30 * 60 * 1000,
  /** A session ends after this long without use, and in any case after the absolute lifetime. */
  sessionIdleMs: 12 * 60 * 60 * 1000,
  sessionLifetimeMs: 7 * 24 * 60 * 60 * 1000,
} as const;

// Algorithm.Argon2id is an ambient const enum (value 2), which isolated modules cannot import.
const argon2Options = { algorithm: 2 as const };
/** Verified against when the email is unknown, so both answers take the same time. */
let absentMemberHash: Promise<string> | undefined;

/**
 * How hard a password is to guess, by zxcvbn-ts (the maintained TypeScript port of Dropbox's zxcvbn):
 * common passwords, dictionaries of names and English words, keyboard patterns, repeats, sequences,
 * dates and leetspeak, and the member's own email. Its dictionaries take some 400 ms and 10 MB to load:
 * imported on the first check, so that a process that never checks a password (the CLI's bank files,
 * most servers' days) never pays for them.
 */
let strength: Promise<ZxcvbnFactory> | undefined;
const passwordStrength = () =>
  (strength ??= (async () => {
    const [{ ZxcvbnFactory }, common, english] = await Promise.all([
      import('@zxcvbn-ts/core'),
      import('@zxcvbn-ts/language-common'),
      import('@zxcvbn-ts/language-en'),
    ]);
    return new ZxcvbnFactory({
      dictionary: { ...common.dictionary, ...english.dictionary },
      graphs: common.adjacencyGraphs,
      translations: english.translations,
    });
  })());

/**
 * Why a password is refused, or undefined: shorter than 12 characters (PCI DSS 8.3.6) or longer than the
 * maximum, or guessable in fewer than about 10^8 tries (zxcvbn score below 3: "safely unguessable"
 * against an online attack, and then some, per its authors), the member's email counted as known to
 * the attacker.
 */
export async function passwordProblem(password: string, email: string): Promise<string | undefined> {
  if (password.length < memberLimits.passwordLengthMin) return `Use at least ${memberLimits.passwordLengthMin} characters.`;
  if (password.length > memberLimits.passwordLengthMax) return `Use at most ${memberLimits.passwordLengthMax} characters.`;
  const lowered = email.toLowerCase();
  const result = (await passwordStrength()).check(password, [lowered, lowered.split('@')[0] ?? '']);
  if (result.score >= 3) return undefined;
  const why = result.feedback.warning ? ` ${result.feedback.warning}` : '';
  return `This password is too common or too simple; choose another.${why}`;
}

/**
 * The argon2id hash of a new password, after the strength rules (errors: validation_failed at
 * `pointer`). Slow on purpose: call it before opening a transaction, never inside one.
 */
export async function newPasswordHash(password: string, email: string, pointer = '/password'): Promise<string> {
  const weak = await passwordProblem(password, email);
  if (weak) throw new AppError('validation_failed', weak, { source: { pointer } });
  return hash(password, argon2Options);
}

/** Errors: validation_failed on `/email`. */
export function checkEmail(email: string): void {
  if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email) || email.length > 254) {
    throw new AppError('validation_failed', 'Enter a valid email address.', { source: { pointer: '/email' } });
  }
}

export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

/**
 * Creates an organization and its first member. Errors: validation_failed (email, weak password),
 * organization_name_taken, email_taken.
 */
export async function signUp(db: Db, input: { organizationName: string; email: string; password: string }): Promise<MemberRow> {
  const email = normalizeEmail(input.email);
  const organizationName = input.organizationName.trim();
  if (!organizationName || organizationName.length > 100) {
    throw new AppError('validation_failed', 'Give your organization a name of 1 to 100 characters.', { source: { pointer: '/organization' } });
  }
  checkEmail(email);
  const passwordHash = await newPasswordHash(input.password, email);
  return db.transaction(async (tx) => {
    const organization = await createOrganization(tx, organizationName);
    if (!organization)
      throw new AppError('organization_name_taken', 'An organization with this name already exists.', { source: { pointer: '/organization' } });
    return insertMember(tx, organization.id, email, passwordHash);
  });
}

export async function insertMember(db: Db, organizationId: string, email: string, passwordHash: string, role: Role = 'owner'): Promise<MemberRow> {
  const [member] = await db
    .insert(members)
    .values({ id: newId('member'), organizationId, email, passwordHash, role, createdAt: new Date() })
    .onConflictDoNothing()
    .returning();
  if (!member)
    throw new AppError('email_taken', 'This email address already has a Linkcy account. Sign in instead.', { source: { pointer: '/email' } });
  return member;
}

/** Adds a member to an existing organization (the CLI's `members add`). Errors: as signUp, and unknown organization. */
export async function addMember(db: Db, input: OrganizationRef & { email: string; password: string; role?: Role }): Promise<MemberRow> {
  const email = normalizeEmail(input.email);
  const passwordHash = await newPasswordHash(input.password, email);
  const organization = await findOrganization(db, input);
  if (!organization) {
    const named = 'organizationId' in input ? `has the id ${input.organizationId}` : `is named "${input.organizationName}"`;
    throw new AppError('validation_failed', `No organization ${named}.`, { source: { pointer: '/organization' } });
  }
  return insertMember(db, organization.id, email, passwordHash, input.role ?? 'owner');
}

/**
 * Checks an email and password. Ten failures in a row lock the member for 30 minutes; a locked member
 * is refused even with the right password, and told until when. Errors: sign_in_failed, member_locked.
 *
 * Each attempt is reserved before the (slow) password check, with one guarded UPDATE that counts it
 * only while fewer than ten are outstanding: concurrent guesses cannot all pass a lock check made
 * before any of them was counted. A right password gives its reservation back and clears the count.
 */
export async function signIn(db: Db, emailInput: string, password: string, now = new Date()): Promise<MemberRow> {
  const email = normalizeEmail(emailInput);
  const [member] = await db.select().from(members).where(eq(members.email, email));
  if (!member) {
    absentMemberHash ??= hash(randomBytes(16).toString('hex'), argon2Options);
    await verify(await absentMemberHash, password).catch(() => false);
    throw new AppError('sign_in_failed', 'The email or password is wrong.');
  }
  const [reserved] = await db
    .update(members)
    .set({
      failedSignIns: sql`CASE WHEN ${members.lockedUntil} IS NOT NULL AND ${members.lockedUntil} <= ${now} THEN 1 ELSE ${members.failedSignIns} + 1 END`,
      lockedUntil: sql`CASE WHEN ${members.lockedUntil} <= ${now} THEN NULL ELSE ${members.lockedUntil} END`,
    })
    .where(
      and(
        eq(members.id, member.id),
        sql`(${members.lockedUntil} IS NULL OR ${members.lockedUntil} <= ${now})`,
        sql`(${members.failedSignIns} < ${memberLimits.signInFailuresMax} OR ${members.lockedUntil} IS NOT NULL)`,
      ),
    )
    .returning({ failedSignIns: members.failedSignIns });
  if (!reserved) throw await lockedError(db, member.id, now);

  if (await verify(member.passwordHash, password).catch(() => false)) {
    await db.update(members).set({ failedSignIns: 0, lockedUntil: null }).where(eq(members.id, member.id));
    return member;
  }
  if (reserved.failedSignIns >= memberLimits.signInFailuresMax) {
    // This was the tenth failure in a row: lock from now, with a fresh count for after the lock.
    const lockedUntil = new Date(now.getTime() + memberLimits.lockoutMs);
    await db.update(members).set({ lockedUntil, failedSignIns: 0 }).where(eq(members.id, member.id));
    throw lockedMessage(lockedUntil);
  }
  throw new AppError('sign_in_failed', 'The email or password is wrong.');
}

function lockedMessage(lockedUntil: Date): AppError {
  return new AppError('member_locked', `Too many failed sign-ins: this account is locked until ${lockedUntil.toISOString().slice(11, 16)} UTC.`);
}

/** The refusal for a member whose attempts are used up: locked until a time, or until the tenth guess is checked. */
async function lockedError(db: Db, memberId: string, now: Date): Promise<AppError> {
  const [current] = await db.select({ lockedUntil: members.lockedUntil }).from(members).where(eq(members.id, memberId));
  return lockedMessage(current?.lockedUntil && current.lockedUntil > now ? current.lockedUntil : new Date(now.getTime() + memberLimits.lockoutMs));
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export async function createSession(
  db: Db,
  memberId: string,
  options: { userAgent?: string | undefined } = {},
  now = new Date(),
): Promise<{ token: string; csrfToken: string }> {
  const token = randomBytes(32).toString('base64url');
  const csrfToken = randomBytes(24).toString('base64url');
  await db.insert(sessions).values({
    tokenHash: hashToken(token),
    id: newId('session'),
    memberId,
    userAgent: options.userAgent ? printableUserAgent(options.userAgent) : null,
    csrfToken,
    createdAt: now,
    lastSeenAt: now,
    expiresAt: new Date(now.getTime() + memberLimits.sessionLifetimeMs),
  });
  return { token, csrfToken };
}

/** What a session list shows of a browser: printable ASCII, at most 200 characters. */
function printableUserAgent(text: string): string {
  return text.replace(/[^\x20-\x7e]/g, '').slice(0, 200);
}

export interface ActiveSession {
  /** The session's public handle (`ses_`). */
  id: string;
  member: MemberRow;
  organizationName: string;
  csrfToken: string;
  /** A message left for this page view by the previous request (already cleared in the database). */
  flash: SessionFlash | undefined;
}

/** The session a cookie names, if it is still valid (idle and absolute limits); touches it. */
export async function findSession(db: Db, token: string, now = new Date()): Promise<ActiveSession | undefined> {
  const tokenHash = hashToken(token);
  const [row] = await db
    .select({ session: sessions, member: members })
    .from(sessions)
    .innerJoin(members, eq(members.id, sessions.memberId))
    .where(eq(sessions.tokenHash, tokenHash));
  if (!row) return undefined;
  if (row.session.expiresAt <= now || row.session.lastSeenAt.getTime() + memberLimits.sessionIdleMs <= now.getTime()) {
    await db.delete(sessions).where(eq(sessions.tokenHash, tokenHash));
    return undefined;
  }
  // Written at most once a minute, to keep page views free of writes; a flash message is read once.
  const touch = now.getTime() - row.session.lastSeenAt.getTime() > 60_000;
  if (touch || row.session.flash) {
    await db
      .update(sessions)
      .set({ ...(touch ? { lastSeenAt: now } : {}), flash: null })
      .where(eq(sessions.tokenHash, tokenHash));
  }
  // The organization's name is the organizations module's to read.
  const name = await organizationName(db, row.member.organizationId);
  return {
    id: row.session.id,
    member: row.member,
    organizationName: name ?? '',
    csrfToken: row.session.csrfToken,
    flash: row.session.flash ?? undefined,
  };
}

/** Leaves a message (and a refused form's fields) for the next page the session shows. */
export async function setFlash(db: Db, sessionId: string, flash: SessionFlash): Promise<void> {
  await db.update(sessions).set({ flash }).where(eq(sessions.id, sessionId));
}

export async function endSession(db: Db, token: string): Promise<void> {
  await db.delete(sessions).where(eq(sessions.tokenHash, hashToken(token)));
}

/** Deletes expired sessions; cheap housekeeping any process may run. */
export async function pruneSessions(db: Db, now = new Date()): Promise<void> {
  await db.delete(sessions).where(and(lt(sessions.expiresAt, now)));
}
