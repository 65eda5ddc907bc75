import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { and, desc, eq, isNull, lt, or, sql } from 'drizzle-orm';
import type { Db } from '../../db/database.js';
import { isId, newId } from '../../domain/ids.js';
import { AppError } from '../../errors/app-error.js';
import { credentialChannel, credentialRevocations, type CredentialCache } from './credential-cache.js';
import { credentials, organizations } from './schema.js';

/** Scopes a credential may hold beyond the base API access every credential has. */
export const knownScopes = ['cards:sensitive'] as const;
export type Scope = (typeof knownScopes)[number];

export function isScope(value: string): value is Scope {
  return (knownScopes as readonly string[]).includes(value);
}

/** Who is calling, once a request is authenticated. */
export interface Principal {
  organizationId: string;
  credentialId: string;
  scopes: readonly string[];
}

export interface IssuedCredential {
  organizationId: string;
  organizationName: string;
  clientId: string;
  /** Shown once, at creation; only its hash is stored. */
  clientSecret: string;
  scopes: string[];
}

function hashSecret(secret: string): Buffer {
  return createHash('sha256').update(secret, 'utf8').digest();
}

/** 256 random bits, prefixed so that secret scanners can recognise a leaked one. */
function generateSecret(): string {
  return `lcs_${randomBytes(32).toString('base64url')}`;
}

/** Creates an organization; undefined when the name is taken. */
export async function createOrganization(db: Db, name: string): Promise<{ id: string; name: string } | undefined> {
  const [created] = await db
    .insert(organizations)
    .values({ id: newId('organization'), name })
    .onConflictDoNothing()
    .returning({ id: organizations.id, name: organizations.name });
  return created;
}

/** An organization's name by id (the dashboard's header). */
export async function organizationName(db: Db, organizationId: string): Promise<string | undefined> {
  const [row] = await db.select({ name: organizations.name }).from(organizations).where(eq(organizations.id, organizationId));
  return row?.name;
}

export async function findOrCreateOrganization(db: Db, name: string): Promise<{ id: string; name: string }> {
  const [inserted] = await db
    .insert(organizations)
    .values({ id: newId('organization'), name })
    .onConflictDoNothing({ target: organizations.name })
    .returning({ id: organizations.id, name: organizations.name });
  if (inserted) return inserted;
  const [existing] = await db.select({ id: organizations.id, name: organizations.name }).from(organizations).where(eq(organizations.name, name));
  if (!existing) throw new Error(`organization ${name} vanished between insert and select`);
  return existing;
}

/** The organization's id when there is exactly one (a single-tenant installation), else undefined. */
export async function soleOrganizationId(db: Db): Promise<string | undefined> {
  const rows = await db.select({ id: organizations.id }).from(organizations).limit(2);
  return rows.length === 1 ? rows[0]!.id : undefined;
}

/** How an operator names an organization: by id, or by its exact name. */
export type OrganizationRef = { organizationId: string } | { organizationName: string };

export async function findOrganization(db: Db, ref: OrganizationRef): Promise<{ id: string; name: string } | undefined> {
  const [found] = await db
    .select({ id: organizations.id, name: organizations.name })
    .from(organizations)
    .where('organizationId' in ref ? eq(organizations.id, ref.organizationId) : eq(organizations.name, ref.organizationName));
  return found;
}

/** Organizations whose names differ from `name` only in case or spacing: "pg fintech" and "PG  Fintech". */
export async function organizationsNamedAlike(db: Db, name: string): Promise<{ id: string; name: string }[]> {
  const folded = name.trim().replace(/\s+/g, ' ').toLowerCase();
  return db
    .select({ id: organizations.id, name: organizations.name })
    .from(organizations)
    .where(sql`lower(regexp_replace(btrim(${organizations.name}), '\s+', ' ', 'g')) = ${folded}`);
}

/**
 * Issues a credential for the organization named, creating it when `organizationName` is new; says
 * whether it did, so that the CLI can tell the operator a tenant was created.
 */
export async function createCredential(
  db: Db,
  options: OrganizationRef & { label?: string; scopes: string[] },
): Promise<IssuedCredential & { organizationCreated: boolean }> {
  return db.transaction(async (tx) => {
    let organization = await findOrganization(tx, options);
    let organizationCreated = false;
    if (!organization) {
      if ('organizationId' in options)
        throw new AppError('validation_failed', `No organization has the id ${options.organizationId}.`, { source: { pointer: '/organization' } });
      organization = await findOrCreateOrganization(tx, options.organizationName);
      organizationCreated = true;
    }
    return { ...(await issueCredential(tx, organization, options))!, organizationCreated };
  });
}

/**
 * Generates a credential for an existing organization; the secret is returned once, never stored.
 * Returns undefined when `formNonce` was already used: the same dashboard form submitted again.
 */
export async function issueCredential(
  db: Db,
  organization: { id: string; name: string },
  options: { label?: string | undefined; scopes: string[]; createdBy?: string | undefined; formNonce?: string | undefined },
): Promise<IssuedCredential | undefined> {
  const clientId = newId('credential');
  const clientSecret = generateSecret();
  const inserted = await db
    .insert(credentials)
    .values({
      id: clientId,
      organizationId: organization.id,
      label: options.label ?? null,
      createdBy: options.createdBy ?? null,
      formNonce: options.formNonce ?? null,
      secretHash: hashSecret(clientSecret).toString('hex'),
      scopes: options.scopes,
    })
    .onConflictDoNothing()
    .returning({ id: credentials.id });
  if (inserted.length === 0) return undefined;
  return { organizationId: organization.id, organizationName: organization.name, clientId, clientSecret, scopes: options.scopes };
}

export async function listCredentials(db: Db, scope: { organizationName?: string | undefined; organizationId?: string } = {}) {
  const rows = await db
    .select({
      clientId: credentials.id,
      organizationId: organizations.id,
      organizationName: organizations.name,
      label: credentials.label,
      scopes: credentials.scopes,
      createdAt: credentials.createdAt,
      lastUsedAt: credentials.lastUsedAt,
      revokedAt: credentials.revokedAt,
    })
    .from(credentials)
    .innerJoin(organizations, eq(organizations.id, credentials.organizationId))
    .where(
      and(
        scope.organizationName === undefined ? undefined : eq(organizations.name, scope.organizationName),
        scope.organizationId === undefined ? undefined : eq(organizations.id, scope.organizationId),
      ),
    )
    .orderBy(desc(credentials.id));
  return rows;
}

/** Revokes a credential (of the organization, when given); false when no such active credential exists. */
export async function revokeCredential(db: Db, clientId: string, organizationId?: string): Promise<boolean> {
  const revoked = await db
    .update(credentials)
    .set({ revokedAt: new Date() })
    .where(
      and(
        eq(credentials.id, clientId),
        isNull(credentials.revokedAt),
        organizationId === undefined ? undefined : eq(credentials.organizationId, organizationId),
      ),
    )
    .returning({ id: credentials.id });
  if (revoked.length === 0) return false;
  // Every server process forgets the credential: this one now, the others when this commits.
  credentialRevocations.emit('revoked', clientId);
  await db.execute(sql`SELECT pg_notify(${credentialChannel}, ${clientId})`);
  return true;
}

export type AuthenticationResult =
  | { outcome: 'authenticated'; principal: Principal; lastUsedAt: Date | null; recordUse: (at: Date) => void }
  | { outcome: 'invalid' }
  | { outcome: 'revoked' };

/** A hash to compare against when the client id is unknown, so both paths cost the same. */
const absentSecretHash = hashSecret('absent');

/**
 * Checks a CLIENT_ID/CLIENT_SECRET pair. The credential is read from the cache when given (see
 * credential-cache.ts for how revocation still takes effect at once), else from the database. The
 * secret's hash is compared in constant time either way.
 */
export async function authenticate(db: Db, clientId: string, clientSecret: string, cache?: CredentialCache): Promise<AuthenticationResult> {
  let row = cache?.get(clientId);
  if (!row && isId('credential', clientId)) {
    [row] = await db
      .select({
        id: credentials.id,
        organizationId: credentials.organizationId,
        secretHash: credentials.secretHash,
        scopes: credentials.scopes,
        lastUsedAt: credentials.lastUsedAt,
        expiresAt: credentials.expiresAt,
        revokedAt: credentials.revokedAt,
      })
      .from(credentials)
      .where(eq(credentials.id, clientId));
    if (row) cache?.set(row);
  }
  const expected = row ? Buffer.from(row.secretHash, 'hex') : absentSecretHash;
  const matches = timingSafeEqual(hashSecret(clientSecret), expected) && row !== undefined;
  if (!row || !matches) return { outcome: 'invalid' };
  const now = Date.now();
  if (row.revokedAt !== null || (row.expiresAt !== null && row.expiresAt.getTime() <= now)) return { outcome: 'revoked' };
  return {
    outcome: 'authenticated',
    principal: { organizationId: row.organizationId, credentialId: row.id, scopes: row.scopes },
    lastUsedAt: row.lastUsedAt,
    recordUse: (at: Date) => {
      row.lastUsedAt = at;
    },
  };
}

/** Records that a credential was used, unless that was recorded recently (see limits). */
export async function touchCredential(db: Db, credentialId: string, staleBefore: Date): Promise<void> {
  await db
    .update(credentials)
    .set({ lastUsedAt: new Date() })
    .where(and(eq(credentials.id, credentialId), or(isNull(credentials.lastUsedAt), lt(credentials.lastUsedAt, staleBefore))));
}
