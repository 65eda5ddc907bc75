import { and, eq, sql } from 'drizzle-orm';
import { limits } from '../../config.js';
import { queryRows, type Db } from '../../db/database.js';
import { newId } from '../../domain/ids.js';
import { AppError } from '../../errors/app-error.js';
import { bankAccounts } from '../accounts/schema.js';
import { internalAccounts, journalEntries, postings, type InternalAccountPurpose } from './schema.js';

/**
 * Writing to the ledger. `postJournalEntry` is the only function that moves money: it appends one
 * balanced journal entry and updates the customer accounts' running balances, inside the caller's
 * database transaction. Taking the transaction from the caller is deliberate: a batcher can later post
 * many entries in one database transaction (group commit) by calling it several times.
 */

export type PostingTarget = { kind: 'customer'; bankAccountId: string } | { kind: 'internal'; purpose: InternalAccountPurpose };

export interface PostingInput {
  target: PostingTarget;
  /** Signed minor units: positive credits the account, negative debits it. */
  amount: number;
}

export interface JournalEntryInput {
  organizationId: string;
  currency: string;
  postings: PostingInput[];
  idempotencyKey?: string | undefined;
  now?: Date;
}

export interface CustomerPostingResult {
  balanceAfter: number;
  version: number;
}

export interface PostedJournalEntry {
  journalEntryId: string;
  /** Per customer account: its balance and version right after this entry. */
  customerResults: Map<string, CustomerPostingResult>;
}

/** Internal account ids never change once created, so each process remembers them. */
const internalAccountIds = new Map<string, string>();

/** Creates the internal accounts an organization needs for a currency, if they do not exist yet. */
export async function ensureInternalAccounts(db: Db, organizationId: string, currency: string): Promise<void> {
  await db
    .insert(internalAccounts)
    .values(
      (['incoming_transfer_settlement', 'card_settlement', 'fees'] as const).map((purpose) => ({
        id: newId('internalAccount'),
        organizationId,
        purpose,
        currency,
      })),
    )
    .onConflictDoNothing();
}

export async function internalAccountId(db: Db, organizationId: string, purpose: InternalAccountPurpose, currency: string): Promise<string> {
  const cacheKey = `${organizationId}|${purpose}|${currency}`;
  const cached = internalAccountIds.get(cacheKey);
  if (cached) return cached;
  const find = () =>
    db
      .select({ id: internalAccounts.id })
      .from(internalAccounts)
      .where(
        and(eq(internalAccounts.organizationId, organizationId), eq(internalAccounts.purpose, purpose), eq(internalAccounts.currency, currency)),
      );
  let [row] = await find();
  if (!row) {
    await ensureInternalAccounts(db, organizationId, currency);
    [row] = await find();
  }
  internalAccountIds.set(cacheKey, row!.id);
  return row!.id;
}

/** Checks that an entry is well formed. A violation is a bug in the caller, so it throws a plain Error. */
function assertBalanced(input: JournalEntryInput): void {
  if (input.postings.length < 2) throw new Error('a journal entry needs at least two postings');
  let sum = 0;
  for (const posting of input.postings) {
    if (!Number.isSafeInteger(posting.amount) || posting.amount === 0 || Math.abs(posting.amount) > limits.amountMinorMax) {
      throw new Error(`posting amount ${posting.amount} is not a non-zero integer within the limit`);
    }
    sum += posting.amount;
  }
  if (sum !== 0) throw new Error(`journal entry postings sum to ${sum}, not zero`);
  const customers = input.postings.filter((p) => p.target.kind === 'customer').map((p) => (p.target as { bankAccountId: string }).bankAccountId);
  if (new Set(customers).size !== customers.length) throw new Error('a journal entry posts to one customer account at most once');
}

/**
 * Appends a balanced journal entry. Errors: insufficient_funds (a customer account would go below zero
 * available), bank_account_closed.
 *
 * Customer accounts are updated in id order, so two entries touching the same accounts always lock
 * them in the same order and cannot deadlock. Each update is one statement that checks the available
 * balance and moves it, so no read-modify-write race exists. Internal accounts are only appended to.
 */
export async function postJournalEntry(db: Db, input: JournalEntryInput): Promise<PostedJournalEntry> {
  assertBalanced(input);
  const now = input.now ?? new Date();
  const journalEntryId = newId('journalEntry');
  const customerPostings = input.postings
    .filter((p): p is PostingInput & { target: { kind: 'customer'; bankAccountId: string } } => p.target.kind === 'customer')
    .sort((a, b) => (a.target.bankAccountId < b.target.bankAccountId ? -1 : 1));
  const customerResults = new Map<string, CustomerPostingResult>();
  for (const posting of customerPostings) {
    const id = posting.target.bankAccountId;
    const [updated] = await db
      .update(bankAccounts)
      .set({
        postedBalance: sql`${bankAccounts.postedBalance} + ${posting.amount}`,
        version: sql`${bankAccounts.version} + 1`,
        updatedAt: now,
      })
      .where(
        and(
          eq(bankAccounts.id, id),
          eq(bankAccounts.organizationId, input.organizationId),
          eq(bankAccounts.currency, input.currency),
          eq(bankAccounts.status, 'open'),
          sql`${bankAccounts.postedBalance} + ${posting.amount} - ${bankAccounts.heldAmount} >= 0`,
        ),
      )
      .returning({ balanceAfter: bankAccounts.postedBalance, version: bankAccounts.version });
    if (!updated) throw await explainRefusedPosting(db, input, id);
    customerResults.set(id, updated);
  }

  // The journal entry and its postings go in one statement (the entry as a data-modifying CTE): every
  // command that moves money pays one round trip less, and neither can exist without the other.
  const at = now.toISOString();
  const rows = [];
  for (const posting of input.postings) {
    const customer = posting.target.kind === 'customer' ? customerResults.get(posting.target.bankAccountId)! : undefined;
    const bankAccountId = posting.target.kind === 'customer' ? posting.target.bankAccountId : null;
    const internalId =
      posting.target.kind === 'internal' ? await internalAccountId(db, input.organizationId, posting.target.purpose, input.currency) : null;
    rows.push(
      sql`(${journalEntryId}, ${input.organizationId}, ${bankAccountId}, ${internalId}, ${posting.amount}::bigint, ${input.currency},
           ${customer?.balanceAfter ?? null}::bigint, ${customer?.version ?? null}::bigint, ${at}::timestamptz)`,
    );
  }
  await db.execute(sql`
    WITH journal AS (
      INSERT INTO ${journalEntries} (id, organization_id, idempotency_key, created_at)
      VALUES (${journalEntryId}, ${input.organizationId}, ${input.idempotencyKey ?? null}, ${at}::timestamptz)
    )
    INSERT INTO ${postings} (journal_entry_id, organization_id, bank_account_id, internal_account_id, amount, currency,
                             balance_after, account_version, created_at)
    VALUES ${sql.join(rows, sql`, `)}`);
  return { journalEntryId, customerResults };
}

export interface JournalEntryRow {
  id: string;
  organization_id: string;
  idempotency_key: string | null;
  created_at: string;
}

export interface PostingRow {
  journal_entry_id: string;
  organization_id: string;
  bank_account_id: string | null;
  internal_account_id: string | null;
  amount: number;
  currency: string;
  balance_after: number | null;
  account_version: number | null;
  created_at: string;
}

/**
 * Appends many journal entries with their postings in one statement (a batch of money commands). The
 * caller has updated the customer accounts and computed each posting's running balance and version;
 * `ledger verify` checks that they agree.
 */
export async function appendJournalEntries(db: Db, entries: JournalEntryRow[], lines: PostingRow[]): Promise<void> {
  for (const entry of entries) {
    const own = lines.filter((line) => line.journal_entry_id === entry.id);
    if (own.length < 2 || own.reduce((sum, line) => sum + line.amount, 0) !== 0) throw new Error(`journal entry ${entry.id} is not balanced`);
  }
  await db.execute(sql`
    WITH journal AS (
      INSERT INTO ${journalEntries} (id, organization_id, idempotency_key, created_at)
      SELECT id, organization_id, idempotency_key, created_at
      FROM jsonb_to_recordset(${JSON.stringify(entries)}::jsonb) AS x(id text, organization_id text, idempotency_key text, created_at timestamptz)
    )
    INSERT INTO ${postings} (journal_entry_id, organization_id, bank_account_id, internal_account_id, amount, currency, balance_after, account_version, created_at)
    SELECT journal_entry_id, organization_id, bank_account_id, internal_account_id, amount, currency, balance_after, account_version, created_at
    FROM jsonb_to_recordset(${JSON.stringify(lines)}::jsonb)
      AS x(journal_entry_id text, organization_id text, bank_account_id text, internal_account_id text, amount bigint, currency text,
           balance_after bigint, account_version bigint, created_at timestamptz)`);
}

async function explainRefusedPosting(db: Db, input: JournalEntryInput, bankAccountId: string): Promise<Error> {
  const [account] = await db.select().from(bankAccounts).where(eq(bankAccounts.id, bankAccountId));
  if (!account || account.organizationId !== input.organizationId || account.currency !== input.currency) {
    // Callers resolve accounts within the organization and currency first; reaching here is a bug.
    return new Error(`posting to account ${bankAccountId} outside its organization or currency`);
  }
  if (account.status !== 'open') return new AppError('bank_account_closed', `The account \`${bankAccountId}\` is closed.`);
  return new AppError(
    'insufficient_funds',
    `The account \`${bankAccountId}\` has ${account.postedBalance - account.heldAmount} ${account.currency} minor units available.`,
  );
}

/**
 * Raises the held amount of several accounts at once (a batch of card authorizations): one statement,
 * one row update per account. The caller holds the accounts' locks and has checked every amount
 * against the available balance; a row the guard refuses means that check was wrong, and throws.
 */
export async function placeHolds(db: Db, holds: { bankAccountId: string; amount: number }[], now: Date): Promise<void> {
  for (const { amount } of holds)
    if (!Number.isSafeInteger(amount) || amount <= 0) throw new Error(`hold amount ${amount} is not a positive integer`);
  const placed = await queryRows<{ id: string }>(
    db,
    sql`UPDATE bank_accounts SET held_amount = bank_accounts.held_amount + x.amount, updated_at = ${now.toISOString()}::timestamptz
        FROM jsonb_to_recordset(${JSON.stringify(holds)}::jsonb) AS x("bankAccountId" text, amount bigint)
        WHERE bank_accounts.id = x."bankAccountId" AND bank_accounts.status = 'open'
          AND bank_accounts.posted_balance - bank_accounts.held_amount - x.amount >= 0
        RETURNING bank_accounts.id`,
  );
  if (placed.length !== holds.length) throw new Error(`placing ${holds.length} holds updated ${placed.length} accounts`);
}
