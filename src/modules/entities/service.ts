import { and, asc, desc, eq, gt, ilike, inArray, lt, or, sql, type SQL } from 'drizzle-orm';
import type { KeysetWindow } from '../../db/keyset.js';
import { limits } from '../../config.js';
import { pgErrorCodes, postgresConstraint, postgresErrorCode, type Db } from '../../db/database.js';
import { anyParameter, prepared, preparedNamed, type IdsQuery } from '../../db/prepared.js';
import { organizationReader, rowsByIds } from '../../db/read-batch.js';
import type { CommandContext } from '../../commands/execute.js';
import { isId, newId } from '../../domain/ids.js';
import { AppError } from '../../errors/app-error.js';
import { serializeEntity } from './serializer.js';
import { entities, type EntityRow, type PostalAddress } from './schema.js';
import type { EntityCreateAttributes, EntityListQuery, EntityUpdateAttributes } from './schemas.js';

/** Customers ("entities", SPEC §2): registration, reads and contact-detail updates. */

export interface EntityPolicy {
  /** The KYC status a new customer starts with: sandbox approves at once unless configured otherwise. */
  initialKycStatus: 'pending' | 'approved';
}

function notFound(entityId: string): AppError {
  return new AppError('entity_not_found', `No customer \`${entityId}\` exists in your organization.`);
}

function externalIdTaken(externalId: string): AppError {
  return new AppError('external_id_taken', `Another customer already has externalId \`${externalId}\`.`, {
    source: { pointer: '/data/attributes/externalId' },
  });
}

/**
 * Registers a customer. Errors: external_id_taken.
 */
export async function createEntity(
  context: CommandContext,
  organizationId: string,
  attributes: EntityCreateAttributes,
  policy: EntityPolicy,
): Promise<EntityRow> {
  const db = context.tx;
  const now = context.now;
  const common = {
    id: newId('entity'),
    organizationId,
    status: 'active' as const,
    kycStatus: policy.initialKycStatus,
    email: attributes.email,
    phone: attributes.phone ?? null,
    address: { line2: null, region: null, ...attributes.address },
    externalId: attributes.externalId ?? null,
    metadata: attributes.metadata ?? {},
    createdAt: now,
    updatedAt: now,
  };
  const values =
    attributes.kind === 'individual'
      ? {
          ...common,
          kind: 'individual' as const,
          firstName: attributes.firstName,
          lastName: attributes.lastName,
          dateOfBirth: attributes.dateOfBirth,
          nationality: attributes.nationality,
        }
      : { ...common, kind: 'business' as const, legalName: attributes.legalName, registrationNumber: attributes.registrationNumber };
  try {
    const [row] = await db.insert(entities).values(values).returning();
    context.emit('entity.created', serializeEntity(row!), now);
    return row!;
  } catch (error) {
    if (postgresErrorCode(error) === pgErrorCodes.uniqueViolation && postgresConstraint(error) === 'entities_organization_external_id_key') {
      throw externalIdTaken(attributes.externalId ?? '');
    }
    throw error;
  }
}

/** How a customer is named to others: a person's first and last name, a business's legal name. */
export function entityName(entity: Pick<EntityRow, 'kind' | 'firstName' | 'lastName' | 'legalName'>): string {
  return entity.kind === 'individual' ? `${entity.firstName} ${entity.lastName}` : entity.legalName!;
}

/**
 * Customers' names by id, in any organization: a batch of transfers names each side's owner, for
 * accounts it has already found within their organizations. `IdsQuery`: the ids another module's
 * subquery chooses (an account's holder), so that the read can go out with that module's own.
 */
export async function entityNames(db: Db, entityIds: string[] | IdsQuery): Promise<Map<string, string>> {
  if (Array.isArray(entityIds) && entityIds.length === 0) return new Map();
  const rows = Array.isArray(entityIds)
    ? await namesRead('by_ids', () => sql`${entities.id} = ANY(${sql.placeholder('ids')})`)(db, { ids: anyParameter([...new Set(entityIds)]) })
    : await namesRead(`of_${entityIds.name}`, () => inArray(entities.id, entityIds.query))(db, entityIds.values);
  return new Map(rows.map((row) => [row.id, entityName(row)]));
}

/** The prepared read of customers' names that `condition` chooses, one per `name` (`condition` is built once). */
const namesRead = (name: string, condition: () => SQL) =>
  preparedNamed<Pick<EntityRow, 'id' | 'kind' | 'firstName' | 'lastName' | 'legalName'>[]>(`entity_names_${name}`, (db) =>
    db
      .select({ id: entities.id, kind: entities.kind, firstName: entities.firstName, lastName: entities.lastName, legalName: entities.legalName })
      .from(entities)
      .where(condition()),
  );

/** Customers as parties of a payment, by id, in any organization: their name, kind and postal address (pain.001's debtors). */
export async function entityParties(
  db: Db,
  entityIds: string[],
): Promise<Map<string, { name: string; kind: EntityRow['kind']; address: PostalAddress }>> {
  if (entityIds.length === 0) return new Map();
  const rows = await db
    .select()
    .from(entities)
    .where(inArray(entities.id, [...new Set(entityIds)]));
  return new Map(rows.map((row) => [row.id, { name: entityName(row), kind: row.kind, address: row.address }]));
}

/** Reads one customer of the organization. Errors: entity_not_found (also for other tenants' ids). */
export async function getEntity(db: Db, organizationId: string, entityId: string, options: { forUpdate?: boolean } = {}): Promise<EntityRow> {
  if (!isId('entity', entityId)) throw notFound(entityId);
  const [row] = options.forUpdate
    ? await db
        .select()
        .from(entities)
        .where(and(eq(entities.organizationId, organizationId), eq(entities.id, entityId)))
        .for('update')
    : await entityById(db, { organizationId, entityId });
  if (!row) throw notFound(entityId);
  return row;
}

/**
 * GET /entities/:id's read, the hottest of the API: concurrent reads share one prepared statement
 * (db/read-batch.ts). Errors: entity_not_found (also for other tenants' ids).
 */
export const entityReader = organizationReader(rowsByIds('entities_by_ids', entities), 'entity', notFound);

/** One customer by id, prepared once (db/prepared.ts). */
const entityById = prepared('entity_by_id', (db) =>
  db
    .select()
    .from(entities)
    .where(and(eq(entities.organizationId, sql.placeholder('organizationId')), eq(entities.id, sql.placeholder('entityId')))),
);

export async function listEntities(
  db: Db,
  organizationId: string,
  query: EntityListQuery,
  window: KeysetWindow,
  /** Free text (the dashboard's search box): a name, email or external id, case-insensitive. */
  search?: string,
): Promise<EntityRow[]> {
  const pattern = search ? `%${search.replace(/[\\%_]/g, (char) => `\\${char}`)}%` : undefined;
  const conditions: (SQL | undefined)[] = [
    eq(entities.organizationId, organizationId),
    pattern
      ? or(
          ilike(entities.firstName, pattern),
          ilike(entities.lastName, pattern),
          ilike(entities.legalName, pattern),
          ilike(entities.email, pattern),
          ilike(entities.externalId, pattern),
        )
      : undefined,
    query['filter[kind]'] && eq(entities.kind, query['filter[kind]']),
    query['filter[status]'] && eq(entities.status, query['filter[status]']),
    query['filter[kycStatus]'] && eq(entities.kycStatus, query['filter[kycStatus]']),
    query['filter[externalId]'] !== undefined ? eq(entities.externalId, query['filter[externalId]']) : undefined,
    query['filter[email]'] !== undefined ? eq(entities.email, query['filter[email]']) : undefined,
    window.idGreaterThan !== undefined ? gt(entities.id, window.idGreaterThan) : undefined,
    window.idLessThan !== undefined ? lt(entities.id, window.idLessThan) : undefined,
  ];
  return db
    .select()
    .from(entities)
    .where(and(...conditions))
    .orderBy(window.ascending ? asc(entities.id) : desc(entities.id))
    .limit(window.limit);
}

/**
 * The customer a new account or card is for: it must exist in the organization, be active and have
 * its KYC approved. Errors (pointing at the request's entity relationship): entity_not_found,
 * entity_closed, entity_not_approved.
 */
export async function getEligibleEntity(
  db: Db,
  organizationId: string,
  entityId: string,
  purpose: 'accounts open' | 'cards are issued',
  options: { forUpdate?: boolean } = {},
): Promise<EntityRow> {
  const source = { pointer: '/data/relationships/entity/data/id' };
  const entity = await getEntity(db, organizationId, entityId, options).catch(AppError.pointedAt(source));
  if (entity.status !== 'active') throw new AppError('entity_closed', `The customer \`${entity.id}\` is closed.`, { source });
  if (entity.kycStatus !== 'approved') {
    throw new AppError('entity_not_approved', `The customer’s KYC is ${entity.kycStatus}; ${purpose} only once it is approved.`, { source });
  }
  return entity;
}

/**
 * Updates contact details. Metadata is merged key by key, `null` removing a key, as Stripe does, so
 * that two integrations can each keep their own keys. Errors: entity_not_found, validation_failed.
 */
export async function updateEntity(
  context: CommandContext,
  organizationId: string,
  entityId: string,
  changes: EntityUpdateAttributes,
): Promise<EntityRow> {
  const db = context.tx;
  const current = await getEntity(db, organizationId, entityId, { forUpdate: true });
  let metadata = current.metadata;
  if (changes.metadata) {
    metadata = { ...current.metadata };
    for (const [key, value] of Object.entries(changes.metadata)) {
      if (value === null) delete metadata[key];
      else metadata[key] = value;
    }
    if (Object.keys(metadata).length > limits.metadataKeysMax) {
      throw new AppError('validation_failed', `\`metadata\` would have more than ${limits.metadataKeysMax} keys.`, {
        source: { pointer: '/data/attributes/metadata' },
      });
    }
  }
  const [row] = await db
    .update(entities)
    .set({
      ...(changes.email !== undefined ? { email: changes.email } : {}),
      ...(changes.phone !== undefined ? { phone: changes.phone } : {}),
      ...(changes.address !== undefined ? { address: { line2: null, region: null, ...changes.address } } : {}),
      metadata,
      updatedAt: context.now,
    })
    .where(and(eq(entities.organizationId, organizationId), eq(entities.id, entityId)))
    .returning();
  context.emit('entity.updated', serializeEntity(row!));
  return row!;
}

/**
 * Sandbox: records a KYC decision for a customer (SPEC §5). A rejected customer can open nothing new;
 * what it already has is untouched. Errors: entity_not_found.
 */
export async function decideKyc(
  context: CommandContext,
  organizationId: string,
  entityId: string,
  decision: { status: 'approved' | 'rejected'; reasons: string[] },
): Promise<EntityRow> {
  const db = context.tx;
  await getEntity(db, organizationId, entityId, { forUpdate: true });
  const [row] = await db
    .update(entities)
    .set({ kycStatus: decision.status, kycReasons: decision.reasons, updatedAt: context.now })
    .where(and(eq(entities.organizationId, organizationId), eq(entities.id, entityId)))
    .returning();
  context.emit('entity.updated', serializeEntity(row!));
  return row!;
}
