import { index, integer, jsonb, pgTable, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import { organizations } from '../organizations/schema.js';

/** People who sign in to the dashboard; each belongs to one organization. */
export const members = pgTable(
  'members',
  {
    id: text('id').primaryKey(),
    organizationId: text('organization_id')
      .notNull()
      .references(() => organizations.id),
    /** Stored lower-cased: sign-in is case-insensitive on the address. */
    email: text('email').notNull(),
    /** What the member may do in the dashboard (SPEC §12); see roles.ts. */
    role: text('role', { enum: ['owner', 'admin', 'developer', 'viewer'] })
      .notNull()
      .default('owner'),
    /** argon2id, PHC string format (parameters and salt included). */
    passwordHash: text('password_hash').notNull(),
    failedSignIns: integer('failed_sign_ins').notNull().default(0),
    lockedUntil: timestamp('locked_until', { withTimezone: true, mode: 'date' }),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull(),
  },
  (table) => [uniqueIndex('members_email_key').on(table.email), index('members_organization_idx').on(table.organizationId)],
);
export type MemberRow = typeof members.$inferSelect;

/**
 * Dashboard sessions, in the database so several server processes share them. The cookie holds a random
 * token; only its SHA-256 is stored. Each session has its own CSRF token for forms.
 */
export const sessions = pgTable(
  'sessions',
  {
    tokenHash: text('token_hash').primaryKey(),
    /** A public handle (`ses_`) for the member's list of sessions; never the token or its hash. */
    id: text('id').notNull(),
    memberId: text('member_id')
      .notNull()
      .references(() => members.id),
    csrfToken: text('csrf_token').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull(),
    lastSeenAt: timestamp('last_seen_at', { withTimezone: true, mode: 'date' }).notNull(),
    expiresAt: timestamp('expires_at', { withTimezone: true, mode: 'date' }).notNull(),
    /** The browser that signed in, as it named itself (shortened), to tell sessions apart. */
    userAgent: text('user_agent'),
    /**
     * A message for the next page this session shows (a refused form's explanation and what was typed),
     * kept here rather than in the redirect's URL so that no link can put words on a page.
     */
    flash: jsonb('flash').$type<SessionFlash>(),
  },
  (table) => [index('sessions_member_idx').on(table.memberId), uniqueIndex('sessions_id_key').on(table.id)],
);

export interface SessionFlash {
  kind: 'ok' | 'error';
  text: string;
  /** The refused form's fields (never passwords or tokens), to fill it in again. */
  form?: Record<string, string>;
}

/**
 * Invitations to join an organization (SPEC §12): a one-time link whose token is stored only as its
 * SHA-256, valid 7 days, used once (accepted_at), or revoked.
 */
export const invitations = pgTable(
  'invitations',
  {
    id: text('id').primaryKey(),
    organizationId: text('organization_id')
      .notNull()
      .references(() => organizations.id),
    email: text('email').notNull(),
    role: text('role', { enum: ['owner', 'admin', 'developer', 'viewer'] }).notNull(),
    tokenHash: text('token_hash').notNull(),
    /** The member who invited (no foreign key: the inviter may leave; the audit log keeps the story). */
    invitedBy: text('invited_by').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull(),
    expiresAt: timestamp('expires_at', { withTimezone: true, mode: 'date' }).notNull(),
    acceptedAt: timestamp('accepted_at', { withTimezone: true, mode: 'date' }),
    memberId: text('member_id'),
    revokedAt: timestamp('revoked_at', { withTimezone: true, mode: 'date' }),
  },
  (table) => [
    uniqueIndex('invitations_token_hash_key').on(table.tokenHash),
    index('invitations_organization_idx').on(table.organizationId, table.id),
  ],
);
export type InvitationRow = typeof invitations.$inferSelect;
