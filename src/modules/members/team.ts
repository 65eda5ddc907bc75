import { randomBytes } from 'node:crypto';
import { and, asc, desc, eq, gt, isNull, ne, sql } from 'drizzle-orm';
import type { Db } from '../../db/database.js';
import { isId, newId } from '../../domain/ids.js';
import { AppError } from '../../errors/app-error.js';
import { organizationName } from '../organizations/service.js';
import { can, isRole, mayAssign, type Role } from './roles.js';
import { invitations, members, sessions, type InvitationRow, type MemberRow } from './schema.js';
import { checkEmail, hashToken, insertMember, newPasswordHash, normalizeEmail, signIn } from './service.js';

/**
 * A team (SPEC §12): members with roles, one-time invitations, password changes and sessions. Each
 * function that changes something takes the caller's transaction, so that the change and its audit
 * entry commit together.
 */

export const invitationLifetimeMs = 7 * 24 * 60 * 60 * 1000;

/** The member acting, as the dashboard knows them. */
export interface Actor {
  id: string;
  organizationId: string;
  role: Role;
}

function memberNotFound(memberId: string): AppError {
  return new AppError('member_not_found', `No member ${memberId} belongs to your organization.`);
}

function roleRefusal(actor: Actor): AppError {
  return new AppError(
    'role_forbidden',
    can(actor.role, 'members:manage') ? 'Only an owner can make, change or remove an owner.' : `Your role (${actor.role}) cannot manage members.`,
  );
}

/** An invitation neither accepted nor revoked (expiry is checked where it matters). */
const open = () => and(isNull(invitations.acceptedAt), isNull(invitations.revokedAt));

export async function teamMembers(db: Db, organizationId: string): Promise<MemberRow[]> {
  return db.select().from(members).where(eq(members.organizationId, organizationId)).orderBy(asc(members.createdAt), asc(members.id));
}

/** Invitations still usable: not accepted, not revoked, not expired. */
export async function pendingInvitations(db: Db, organizationId: string, now = new Date()): Promise<InvitationRow[]> {
  return db
    .select()
    .from(invitations)
    .where(and(eq(invitations.organizationId, organizationId), open(), gt(invitations.expiresAt, now)))
    .orderBy(desc(invitations.id));
}

/**
 * Invites an email address with a role; answers the invitation and its token, which exists only in
 * this answer (the link is shown once). A newer invitation to the same address replaces the pending
 * one. Errors: validation_failed (email, role), role_forbidden, member_exists.
 */
export async function invite(
  tx: Db,
  actor: Actor,
  input: { email: string; role: string },
  now = new Date(),
): Promise<{ invitation: InvitationRow; token: string }> {
  const email = normalizeEmail(input.email);
  checkEmail(email);
  if (!isRole(input.role))
    throw new AppError('validation_failed', 'Choose a role: owner, admin, developer or viewer.', { source: { pointer: '/role' } });
  const role = input.role;
  if (!mayAssign(actor.role, undefined, role)) throw roleRefusal(actor);
  const [existing] = await tx
    .select({ id: members.id })
    .from(members)
    .where(and(eq(members.organizationId, actor.organizationId), eq(members.email, email)));
  if (existing) throw new AppError('member_exists', `${email} is already a member of your organization.`, { source: { pointer: '/email' } });
  await tx
    .update(invitations)
    .set({ revokedAt: now })
    .where(and(eq(invitations.organizationId, actor.organizationId), eq(invitations.email, email), open()));
  const token = randomBytes(32).toString('base64url');
  const [invitation] = await tx
    .insert(invitations)
    .values({
      id: newId('invitation'),
      organizationId: actor.organizationId,
      email,
      role,
      tokenHash: hashToken(token),
      invitedBy: actor.id,
      createdAt: now,
      expiresAt: new Date(now.getTime() + invitationLifetimeMs),
    })
    .returning();
  return { invitation: invitation!, token };
}

/** Revokes a pending invitation of the organization; false when there is none with this id. */
export async function revokeInvitation(tx: Db, actor: Actor, invitationId: string, now = new Date()): Promise<boolean> {
  if (!isId('invitation', invitationId)) return false;
  const [pending] = await tx
    .select()
    .from(invitations)
    .where(and(eq(invitations.organizationId, actor.organizationId), eq(invitations.id, invitationId), open()));
  if (!pending) return false;
  if (!mayAssign(actor.role, undefined, pending.role)) throw roleRefusal(actor);
  await tx.update(invitations).set({ revokedAt: now }).where(eq(invitations.id, invitationId));
  return true;
}

/** The invitation a link names while it can still be accepted, with its organization's name. */
export async function openInvitation(db: Db, token: string, now = new Date()): Promise<(InvitationRow & { organizationName: string }) | undefined> {
  if (!/^[A-Za-z0-9_-]{43}$/.test(token)) return undefined;
  const [row] = await db
    .select()
    .from(invitations)
    .where(and(eq(invitations.tokenHash, hashToken(token)), open(), gt(invitations.expiresAt, now)));
  if (!row) return undefined;
  return { ...row, organizationName: (await organizationName(db, row.organizationId)) ?? '' };
}

/**
 * Accepts an opened invitation with the invitee's password hash (`newPasswordHash`, made before the
 * transaction): one guarded UPDATE claims it (two tabs submitting at once make one member), then the
 * member is created with the invited role. Errors: invitation_not_found (used, revoked or expired
 * since it was opened), email_taken (the address belongs to another organization's member).
 */
export async function acceptInvitation(tx: Db, invitation: InvitationRow, passwordHash: string, now = new Date()): Promise<MemberRow> {
  const [claimed] = await tx
    .update(invitations)
    .set({ acceptedAt: now })
    .where(and(eq(invitations.id, invitation.id), open(), gt(invitations.expiresAt, now)))
    .returning({ id: invitations.id });
  if (!claimed) throw new AppError('invitation_not_found', 'This invitation link is no longer valid: it was used, revoked or is older than 7 days.');
  const member = await insertMember(tx, invitation.organizationId, invitation.email, passwordHash, invitation.role);
  await tx.update(invitations).set({ memberId: member.id }).where(eq(invitations.id, invitation.id));
  return member;
}

/**
 * Locks the organization's members for a change of roles and answers the target and the actor as they
 * are now. The owners are locked too (FOR UPDATE), so two owners demoting each other at once cannot
 * both pass the last-owner check: the second waits, then counts one owner, and acts with the role it
 * has after the first change, not the one it had when its request began.
 */
async function lockForChange(tx: Db, actor: Actor, memberId: string): Promise<{ target: MemberRow; owners: number; actor: Actor }> {
  if (!isId('member', memberId)) throw memberNotFound(memberId);
  const rows = await tx
    .select()
    .from(members)
    .where(
      and(
        eq(members.organizationId, actor.organizationId),
        sql`(${members.role} = 'owner' OR ${members.id} = ${memberId} OR ${members.id} = ${actor.id})`,
      ),
    )
    .orderBy(asc(members.id))
    .for('update');
  const target = rows.find((row) => row.id === memberId);
  if (!target) throw memberNotFound(memberId);
  const current = rows.find((row) => row.id === actor.id);
  if (!current) throw new AppError('role_forbidden', 'You are no longer a member of this organization.');
  return { target, owners: rows.filter((row) => row.role === 'owner').length, actor: { ...actor, role: current.role } };
}

/** Errors: member_not_found, role_forbidden, last_owner, validation_failed (role). */
export async function changeRole(tx: Db, actor: Actor, memberId: string, role: string): Promise<{ member: MemberRow; from: Role }> {
  if (!isRole(role)) throw new AppError('validation_failed', 'Choose a role: owner, admin, developer or viewer.', { source: { pointer: '/role' } });
  const { target, owners, actor: now } = await lockForChange(tx, actor, memberId);
  if (!mayAssign(now.role, target.role, role)) throw roleRefusal(now);
  if (target.role === 'owner' && role !== 'owner' && owners <= 1) {
    throw new AppError('last_owner', `${target.email} is the organization’s last owner. Make another member owner first.`);
  }
  const [member] = await tx.update(members).set({ role }).where(eq(members.id, target.id)).returning();
  return { member: member!, from: target.role };
}

/** Removes a member and ends their sessions. Errors: member_not_found, role_forbidden, last_owner. */
export async function removeMember(tx: Db, actor: Actor, memberId: string): Promise<MemberRow> {
  const { target, owners, actor: now } = await lockForChange(tx, actor, memberId);
  if (!mayAssign(now.role, target.role, target.role)) throw roleRefusal(now);
  if (target.role === 'owner' && owners <= 1) {
    throw new AppError('last_owner', `${target.email} is the organization’s last owner and cannot be removed.`);
  }
  await tx.delete(sessions).where(eq(sessions.memberId, target.id));
  await tx.delete(members).where(eq(members.id, target.id));
  return target;
}

/**
 * Sets a member's own new password (checked and hashed by `newPasswordFor`) and ends their other
 * sessions: a password change is what someone does when they fear another device knows it.
 */
export async function changePassword(tx: Db, member: MemberRow, currentSessionId: string, passwordHash: string): Promise<number> {
  await tx.update(members).set({ passwordHash }).where(eq(members.id, member.id));
  const ended = await tx
    .delete(sessions)
    .where(and(eq(sessions.memberId, member.id), ne(sessions.id, currentSessionId)))
    .returning({ id: sessions.id });
  return ended.length;
}

/**
 * Checks a password change before any transaction: the current password, then the new one's strength
 * (hashed here, slowly). The current password is checked as a sign-in is, so wrong guesses count toward
 * the same lock-out: a stolen session cannot be used to guess the password at argon2 speed.
 * Errors: validation_failed on `/currentPassword` or `/newPassword`; member_locked.
 */
export async function newPasswordFor(db: Db, member: MemberRow, current: string, next: string): Promise<string> {
  await signIn(db, member.email, current).catch((error: unknown) => {
    if (error instanceof AppError && error.details[0]!.code === 'sign_in_failed') {
      throw new AppError('validation_failed', 'The current password is wrong. Nothing was changed.', { source: { pointer: '/currentPassword' } });
    }
    throw error;
  });
  if (next === current) {
    // The strength rules come first, as before: a weak repeat is told it is weak.
    await newPasswordHash(next, member.email, '/newPassword');
    throw new AppError('validation_failed', 'Choose a password other than the current one.', { source: { pointer: '/newPassword' } });
  }
  return newPasswordHash(next, member.email, '/newPassword');
}

export interface SessionListRow {
  id: string;
  createdAt: Date;
  lastSeenAt: Date;
  expiresAt: Date;
  userAgent: string | null;
}

export async function memberSessions(db: Db, memberId: string, now = new Date()): Promise<SessionListRow[]> {
  return db
    .select({
      id: sessions.id,
      createdAt: sessions.createdAt,
      lastSeenAt: sessions.lastSeenAt,
      expiresAt: sessions.expiresAt,
      userAgent: sessions.userAgent,
    })
    .from(sessions)
    .where(and(eq(sessions.memberId, memberId), gt(sessions.expiresAt, now)))
    .orderBy(desc(sessions.lastSeenAt));
}

/** Ends one of the member's own sessions; false when they have none with this id. */
export async function endMemberSession(tx: Db, memberId: string, sessionId: string): Promise<boolean> {
  if (!isId('session', sessionId)) return false;
  const ended = await tx
    .delete(sessions)
    .where(and(eq(sessions.memberId, memberId), eq(sessions.id, sessionId)))
    .returning({ id: sessions.id });
  return ended.length > 0;
}
