import { sql } from 'drizzle-orm';
import { limits } from '../../config.js';
import type { Db } from '../../db/database.js';
import { recordMoved } from '../../db/money-moved.js';
import { newId } from '../../domain/ids.js';
import { AppError } from '../../errors/app-error.js';
import type { ApplyOptions } from '../../db/group-commit.js';
import { applyBatchWrites, insertWrite, type BatchWrite } from '../../db/batch-write.js';
import { type AccountIdsQuery, balanceChangesWrite, lockAccountRows } from '../accounts/balances.js';
import type { BankAccountRow } from '../accounts/schema.js';
import { internalAccountId } from '../accounts/internal.js';
import { journalEntries, postings, transactions, type InternalAccountPurpose, type TransactionRow } from './schema.js';

/**
 * Writing to the ledger, one way for every money command: lock the customer accounts in id order
 * (`lockAccounts`), plan in memory on their balances (`BalancePlan`), and write the batch's balanced
 * journal entries (`journalWrite`), balances and transactions with the batch's last statement
 * (`BalancePlan#write`, `transactionsWrite`). Group-commit batches, the SEPA
 * status machine (outgoing.ts) and a lone entry (`postJournalEntry`) all take this path, inside the
 * caller's database transaction.
 */

export type PostingTarget = { kind: 'customer'; bankAccountId: string } | { kind: 'internal'; purpose: InternalAccountPurpose };

export interface PostingInput {
  target: PostingTarget;
  /** Signed minor units: positive credits the account, negative debits it. */
  amount: number;
}

export interface JournalEntryInput {
  organizationId: string;
  /** What moves the money (the money-moved metric's label): outgoingTransfer, transferReturn, ... */
  kind: string;
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

/** Checks that an entry is well formed. A violation is a bug in the caller, so it throws a plain Error. */
function assertBalanced(input: Pick<JournalEntryInput, 'postings'>): void {
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
 * Appends one balanced journal entry on its own (tools and tests): the batch path with a batch of one,
 * so the ledger has a single way to write. Customer accounts are locked in id order, checked (open, of
 * the organization and currency; a debit covered by what is available) and moved by the plan's guarded
 * write. Errors: insufficient_funds, bank_account_closed.
 */
export async function postJournalEntry(db: Db, input: JournalEntryInput): Promise<PostedJournalEntry> {
  assertBalanced(input);
  const now = input.now ?? new Date();
  const customerPostings = input.postings.filter(
    (p): p is PostingInput & { target: { kind: 'customer'; bankAccountId: string } } => p.target.kind === 'customer',
  );
  // Locked in id order, as every writer of balances locks them.
  const { accounts, plan } = await lockAccounts(
    db,
    customerPostings.map((posting) => posting.target.bankAccountId),
    { alone: true },
  );
  const customerResults = new Map<string, CustomerPostingResult>();
  for (const { target, amount } of customerPostings) {
    const account = accounts.get(target.bankAccountId);
    if (!account || account.organizationId !== input.organizationId || account.currency !== input.currency) {
      // Callers resolve accounts within the organization and currency first; reaching here is a bug.
      throw new Error(`posting to account ${target.bankAccountId} outside its organization or currency`);
    }
    if (account.status !== 'open') throw new AppError('bank_account_closed', `The account \`${account.id}\` is closed.`);
    if (plan.available(account.id) + amount < 0) {
      throw new AppError(
        'insufficient_funds',
        `The account \`${account.id}\` has ${plan.available(account.id)} ${account.currency} minor units available.`,
      );
    }
    customerResults.set(account.id, plan.post(account.id, amount));
  }
  const journalEntryId = newId('journalEntry');
  const journal = await journalWrite(db, [
    {
      journalEntryId,
      organizationId: input.organizationId,
      kind: input.kind,
      at: now,
      currency: input.currency,
      idempotencyKey: input.idempotencyKey ?? null,
      postings: input.postings.map(({ target, amount }) =>
        target.kind === 'customer'
          ? { bankAccountId: target.bankAccountId, amount, result: customerResults.get(target.bankAccountId)! }
          : { purpose: target.purpose, amount },
      ),
    },
  ]);
  await applyBatchWrites(db, [journal, plan.write(now)]);
  return { journalEntryId, customerResults };
}

/**
 * What a batch of money commands does to customer accounts, planned in memory under the accounts'
 * locks and written in the batch's last statement (`write`): holds placed and released, amounts posted with the
 * running balance and version each posting gets, in the order the batch decided them.
 */
export class BalancePlan {
  private readonly accounts = new Map<
    string,
    { posted: number; held: number; version: number; postedChange: number; heldChange: number; postings: number }
  >();

  constructor(accounts: { id: string; postedBalance: number; heldAmount: number; version: number }[]) {
    for (const account of accounts) {
      this.accounts.set(account.id, {
        posted: account.postedBalance,
        held: account.heldAmount,
        version: account.version,
        postedChange: 0,
        heldChange: 0,
        postings: 0,
      });
    }
  }

  private account(id: string) {
    const account = this.accounts.get(id);
    if (!account) throw new Error(`account ${id} is not locked by this batch`);
    return account;
  }

  /** Posted minus held, as the batch has left it so far. */
  available(id: string): number {
    const account = this.account(id);
    return account.posted + account.postedChange - (account.held + account.heldChange);
  }

  hold(id: string, amount: number): void {
    this.account(id).heldChange += amount;
  }

  release(id: string, amount: number): void {
    this.account(id).heldChange -= amount;
  }

  /** A posting of `amount` (signed) on the account: the balance and version right after it. */
  post(id: string, amount: number): CustomerPostingResult {
    const account = this.account(id);
    account.postedChange += amount;
    account.postings += 1;
    return { balanceAfter: account.posted + account.postedChange, version: account.version + account.postings };
  }

  /**
   * Every changed account, as one guarded write of the batch's single statement
   * (accounts/balances.ts#balanceChangesWrite): a row the guard refuses rolls the batch back.
   */
  write(now: Date): BatchWrite | undefined {
    return balanceChangesWrite(this.changes(), now);
  }

  private changes() {
    return [...this.accounts]
      .filter(([, account]) => account.postedChange !== 0 || account.heldChange !== 0 || account.postings > 0)
      .map(([id, account]) => ({ id, posted: account.postedChange, held: account.heldChange, postings: account.postings }));
  }
}

/**
 * The customer accounts a batch moves money on, locked in id order, with the plan of their balances. In
 * a batch (not `alone`), an account another transaction holds is skipped, not waited for, and named in
 * `locked`: its items are applied alone afterwards, so one locked account cannot stall the whole batch.
 */
export async function lockAccounts(
  tx: Db,
  ids: string[] | AccountIdsQuery,
  options: ApplyOptions & { existing?: boolean },
): Promise<{ accounts: Map<string, BankAccountRow>; locked: Set<string>; plan: BalancePlan }> {
  const { rows, locked } = await lockAccountRows(tx, Array.isArray(ids) ? { ids } : { idsFrom: ids }, options);
  const accounts = new Map(rows.map((row) => [row.id, row]));
  return { accounts, locked, plan: new BalancePlan(rows) };
}

/** Customer-facing transaction rows a batch planned, as one write of its single statement (db/batch-write.ts). */
export function transactionsWrite(rows: TransactionRow[]): BatchWrite | undefined {
  return insertWrite('transactions_inserted', transactions, rows);
}

/** A balanced journal entry a batch planned: each posting on a customer account carries its BalancePlan#post result. */
export interface PlannedEntry {
  journalEntryId: string;
  organizationId: string;
  /** What moves the money (the money-moved metric's label). */
  kind: string;
  /** The organization's time (its sandbox clock): a batch mixes organizations. */
  at: Date;
  currency: string;
  idempotencyKey: string | null;
  postings: ({ bankAccountId: string; amount: number; result: CustomerPostingResult } | { purpose: InternalAccountPurpose; amount: number })[];
}

/**
 * A batch's journal entries with their postings, as writes of its single statement (db/batch-write.ts):
 * the entries, their postings and the balances they move are applied together or not at all. The
 * postings' foreign keys to their entries are checked at the end of that statement, when both are in.
 * The money moved is recorded on the transaction (`recordMoved`) and told only once it has committed.
 */
export async function journalWrite(tx: Db, entries: PlannedEntry[]): Promise<BatchWrite | undefined> {
  if (entries.length === 0) return undefined;
  const lines = [];
  for (const entry of entries) {
    const at = entry.at.toISOString();
    assertBalanced({
      postings: entry.postings.map((posting) => ({
        target:
          'bankAccountId' in posting ? { kind: 'customer', bankAccountId: posting.bankAccountId } : { kind: 'internal', purpose: posting.purpose },
        amount: posting.amount,
      })),
    });
    for (const posting of entry.postings) {
      const customer = 'bankAccountId' in posting;
      lines.push({
        journal_entry_id: entry.journalEntryId,
        organization_id: entry.organizationId,
        currency: entry.currency,
        created_at: at,
        bank_account_id: customer ? posting.bankAccountId : null,
        internal_account_id: customer ? null : await internalAccountId(tx, entry.organizationId, posting.purpose, entry.currency),
        amount: posting.amount,
        balance_after: customer ? posting.result.balanceAfter : null,
        account_version: customer ? posting.result.version : null,
      });
    }
  }
  const journal = entries.map((entry) => ({
    id: entry.journalEntryId,
    organization_id: entry.organizationId,
    idempotency_key: entry.idempotencyKey,
    created_at: entry.at.toISOString(),
  }));
  recordMoved(
    tx,
    entries.map((entry) => ({ kind: entry.kind, currency: entry.currency, amount: movedBy(entry.postings) })),
  );
  return {
    ctes: [
      [
        'journal_inserted',
        sql`INSERT INTO ${journalEntries} (id, organization_id, idempotency_key, created_at)
            SELECT id, organization_id, idempotency_key, created_at
            FROM jsonb_to_recordset(${JSON.stringify(journal)}::jsonb) AS x(id text, organization_id text, idempotency_key text, created_at timestamptz)`,
      ],
      [
        'postings_inserted',
        sql`INSERT INTO ${postings} (journal_entry_id, organization_id, bank_account_id, internal_account_id, amount, currency, balance_after, account_version, created_at)
            SELECT journal_entry_id, organization_id, bank_account_id, internal_account_id, amount, currency, balance_after, account_version, created_at
            FROM jsonb_to_recordset(${JSON.stringify(lines)}::jsonb)
              AS x(journal_entry_id text, organization_id text, bank_account_id text, internal_account_id text, amount bigint, currency text,
                   balance_after bigint, account_version bigint, created_at timestamptz)`,
      ],
    ],
  };
}

/** What a balanced journal entry moves: the sum of its credits (equal to the sum of its debits). */
function movedBy(postings: { amount: number }[]): number {
  let moved = 0;
  for (const posting of postings) if (posting.amount > 0) moved += posting.amount;
  return moved;
}

/** One movement between a customer account and an internal account, as a batch planned it. */
export interface CustomerEntry {
  journalEntryId: string;
  organizationId: string;
  /** The organization's time (its sandbox clock). */
  at: Date;
  currency: string;
  bankAccountId: string;
  /** Signed, from the customer's side: positive credits the customer. */
  amount: number;
  /** From BalancePlan#post. */
  result: CustomerPostingResult;
  idempotencyKey: string | null;
}

/**
 * A batch's journal entries, each a customer posting and its opposite on the organization's internal
 * account for `purpose`, as writes of its single statement (see journalWrite).
 */
export function customerEntriesWrite(
  db: Db,
  purpose: InternalAccountPurpose,
  kind: string,
  entries: CustomerEntry[],
): Promise<BatchWrite | undefined> {
  return journalWrite(
    db,
    entries.map((entry) => ({
      journalEntryId: entry.journalEntryId,
      organizationId: entry.organizationId,
      kind,
      at: entry.at,
      currency: entry.currency,
      idempotencyKey: entry.idempotencyKey,
      postings: [
        { bankAccountId: entry.bankAccountId, amount: entry.amount, result: entry.result },
        { purpose, amount: -entry.amount },
      ],
    })),
  );
}
