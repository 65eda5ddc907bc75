// Every table of the database, gathered for Drizzle and drizzle-kit. Each module owns its tables.
export * from '../modules/organizations/schema.js';
export * from '../modules/entities/schema.js';
export * from '../commands/idempotency-schema.js';
export * from '../modules/accounts/schema.js';
export * from '../modules/ledger/schema.js';
export * from '../modules/cards/schema.js';
export * from '../modules/authorizations/schema.js';
export * from '../modules/decisions/schema.js';
export * from '../modules/clock/schema.js';
export * from '../modules/transfers/schema.js';
export * from '../modules/audit/schema.js';
export * from '../vault/schema.js';
export * from '../modules/members/schema.js';
export * from '../modules/webhooks/schema.js';
export * from '../modules/payees/schema.js';
export * from '../modules/requests/schema.js';
