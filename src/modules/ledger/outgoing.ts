import { inArray } from 'drizzle-orm';
import { updateWrite, type BatchWrite } from '../../db/batch-write.js';
import type { Db } from '../../db/database.js';
import { newId } from '../../domain/ids.js';
import type { BankAccountRow } from '../accounts/schema.js';
import type { NewEvent } from '../webhooks/events.js';
import { serializeTransaction } from './serializer.js';
import { transactions, type InternalAccountPurpose, type TransactionRow } from './schema.js';
import { journalWrite, lockAccounts, transactionsWrite, type BalancePlan, type PlannedEntry } from './service.js';

/**
 * The ledger's side of the later steps of money that leaves an account (SPEC §9), planned for a batch of
 * steps like every other money command: `open` locks the customer accounts (in id order) and the
 * outgoing transactions the steps will move; each step is planned in memory, in order, on the balances
 * as the batch has left them; `write` appends the journal entries (one statement) and answers the rest
 * (balances, changed and new transactions) as writes of the caller's single statement. The transfers
 * module decides when, this module how.
 *
 * An outgoing SEPA transfer is a hold first (pending, placed in batches: transfers/batches.ts), then a
 * posting against the SEPA clearing account (submitted), then a move from clearing to settlement
 * (settled); a rejection or a return gives the money back from whichever internal account holds it, or
 * parks it in suspense when the account has closed since.
 */
export class OutgoingPlan {
  private readonly entries: PlannedEntry[] = [];
  private readonly changed = new Map<string, TransactionRow>();
  private readonly created: TransactionRow[] = [];

  private constructor(
    private readonly accounts: Map<string, BankAccountRow>,
    private readonly balances: BalancePlan,
    private readonly rows: Map<string, TransactionRow>,
    /** Where the plan's events go, in the order of the steps (the caller writes them with its statement). */
    private readonly emit: (event: NewEvent) => void,
  ) {}

  /** Locks the accounts, then the outgoing transactions, the steps will move: two statements. */
  static async open(tx: Db, moving: { bankAccountId: string; transactionId: string }[], emit: (event: NewEvent) => void): Promise<OutgoingPlan> {
    const { accounts, plan } = await lockAccounts(
      tx,
      moving.map((item) => item.bankAccountId),
      { alone: true },
    );
    const ids = [...new Set(moving.map((item) => item.transactionId))];
    const rows =
      ids.length === 0 ? [] : await tx.select().from(transactions).where(inArray(transactions.id, ids)).orderBy(transactions.id).for('update');
    return new OutgoingPlan(accounts, plan, new Map(rows.map((row) => [row.id, row])), emit);
  }

  /** The account behind an outgoing transaction, as locked: open or closed decides where money comes back. */
  accountOf(transactionId: string): BankAccountRow {
    return this.accounts.get(this.current(transactionId).bankAccountId)!;
  }

  /** A pending outgoing payment that will not be made (cancelled, or rejected before submission): its hold is dropped. */
  release(transactionId: string, at: Date): TransactionRow {
    const pending = this.current(transactionId, 'pending');
    this.balances.release(pending.bankAccountId, pending.amount);
    return this.change(pending, { status: 'released', updatedAt: at });
  }

  /**
   * The payment left for the bank: the hold becomes a posting from the customer's account to the SEPA
   * clearing account, and the transaction is posted with its balance after.
   */
  post(transactionId: string, at: Date): TransactionRow {
    const pending = this.current(transactionId, 'pending');
    this.balances.release(pending.bankAccountId, pending.amount);
    const result = this.balances.post(pending.bankAccountId, -pending.amount);
    const journalEntryId = this.entry(pending, 'outgoingTransfer', at, [
      { bankAccountId: pending.bankAccountId, amount: -pending.amount, result },
      { purpose: 'sepa_clearing', amount: pending.amount },
    ]);
    return this.change(pending, { status: 'posted', journalEntryId, balanceAfter: result.balanceAfter, postedAt: at, updatedAt: at });
  }

  /** The bank confirmed the payment: it leaves the clearing account for settlement. */
  settle(transactionId: string, at: Date): void {
    const posted = this.current(transactionId, 'posted');
    this.entry(posted, 'outgoingSettlement', at, [
      { purpose: 'sepa_clearing', amount: -posted.amount },
      { purpose: 'sepa_settlement', amount: posted.amount },
    ]);
  }

  /**
   * A submitted or settled payment came back (rejected by the bank, or returned by the creditor's bank):
   * the original is marked returned and the money goes back to the customer from the internal account
   * holding it, as a transferReturn credit (answered), or, when the account has closed since, to the
   * organization's suspense account (`parked` says why; null is answered).
   */
  giveBack(
    transactionId: string,
    from: 'sepa_clearing' | 'sepa_settlement',
    description: string,
    parked: Omit<SuspenseCredit, 'organizationId' | 'currency' | 'amount' | 'creditorIban'>,
    at: Date,
  ): TransactionRow | null {
    const original = this.current(transactionId, 'posted');
    const account = this.accounts.get(original.bankAccountId)!;
    this.change(original, { status: 'returned', updatedAt: at });
    if (account.status !== 'open') {
      const { organizationId, currency, amount } = original;
      this.park(from, { organizationId, currency, amount, creditorIban: account.iban, ...parked }, at);
      return null;
    }
    const result = this.balances.post(original.bankAccountId, original.amount);
    const journalEntryId = this.entry(original, 'transferReturn', at, [
      { purpose: from, amount: -original.amount },
      { bankAccountId: original.bankAccountId, amount: original.amount, result },
    ]);
    return this.returned(original, 'credit', journalEntryId, description, result.balanceAfter, at);
  }

  /**
   * The bank reversed a credit it had booked (a debit with RvslInd, SPEC §13): the customer's
   * incomingTransfer is marked returned and its amount leaves the account for the incoming-transfer
   * settlement account it came from, as a transferReturn debit (answered). A string says why it cannot
   * (a closed account, or less available than the amount: the customer may have spent it) and nothing
   * is planned: that is the operator's to recover.
   */
  takeBack(transactionId: string, description: string, at: Date): TransactionRow | string {
    const original = this.current(transactionId, undefined, 'incomingTransfer');
    if (original.status !== 'posted') return `the credit ${original.id} is ${original.status}`;
    const account = this.accounts.get(original.bankAccountId)!;
    if (account.status !== 'open') return `the account ${account.id} it credited is closed`;
    const available = this.balances.available(account.id);
    if (available < original.amount)
      return `the account ${account.id} it credited has ${available} cents available, less than the ${original.amount} reversed`;
    this.change(original, { status: 'returned', updatedAt: at });
    const result = this.balances.post(account.id, -original.amount);
    const journalEntryId = this.entry(original, 'transferReturn', at, [
      { bankAccountId: account.id, amount: -original.amount, result },
      { purpose: 'incoming_transfer_settlement', amount: original.amount },
    ]);
    return this.returned(original, 'debit', journalEntryId, description, result.balanceAfter, at);
  }

  /** The transferReturn transaction that moves `original`'s amount back, in `direction` on its account (answered, announced). */
  private returned(
    original: TransactionRow,
    direction: TransactionRow['direction'],
    journalEntryId: string,
    description: string,
    balanceAfter: number,
    at: Date,
  ): TransactionRow {
    const row: TransactionRow = {
      id: newId('transaction'),
      organizationId: original.organizationId,
      bankAccountId: original.bankAccountId,
      journalEntryId,
      kind: 'transferReturn',
      status: 'posted',
      direction,
      amount: original.amount,
      currency: original.currency,
      description,
      reference: original.reference,
      counterparty: original.counterparty,
      merchant: null,
      cardId: null,
      balanceAfter,
      createdAt: at,
      postedAt: at,
      updatedAt: at,
    };
    this.created.push(row);
    this.emit({ organizationId: row.organizationId, type: 'transaction.created', data: serializeTransaction(row), now: at });
    return row;
  }

  /**
   * Money nobody's account can take (a statement credit for an unknown IBAN, a return for an account
   * closed since) moves from the internal account holding it to the organization's suspense account,
   * announced by a `bankStatement.unmatchedCredit` event: posting and event always go together, which is
   * what `ledger verify` checks. Returns the journal entry id (the event's resource id).
   */
  park(from: InternalAccountPurpose, credit: SuspenseCredit, at: Date): string {
    const journalEntryId = newId('journalEntry');
    this.entries.push({
      journalEntryId,
      organizationId: credit.organizationId,
      kind: 'suspense',
      at,
      currency: credit.currency,
      idempotencyKey: null,
      postings: [
        { purpose: from, amount: -credit.amount },
        { purpose: 'suspense', amount: credit.amount },
      ],
    });
    const { organizationId, ...attributes } = credit;
    this.emit({
      organizationId,
      type: 'bankStatement.unmatchedCredit',
      data: { type: 'bankStatementEntry', id: journalEntryId, attributes },
      now: at,
    });
    return journalEntryId;
  }

  /**
   * The planned journal entries, the balances, the changed transactions and the new ones, as writes of
   * the caller's single statement.
   */
  async write(tx: Db, now: Date): Promise<(BatchWrite | undefined)[]> {
    return [
      await journalWrite(tx, this.entries),
      this.balances.write(now),
      updateWrite('outgoing_transactions_changed', transactions, [...this.changed.values()]),
      transactionsWrite(this.created),
    ];
  }

  /** The transaction as the plan has left it, in the status the step needs (else the caller's plan is wrong). */
  private current(transactionId: string, status?: TransactionRow['status'], kind = 'outgoingTransfer'): TransactionRow {
    const row = this.changed.get(transactionId) ?? this.rows.get(transactionId);
    if (!row || row.kind !== kind) throw new Error(`transaction ${transactionId} is not an ${kind} locked by this plan`);
    if (status !== undefined && row.status !== status) throw new Error(`transaction ${transactionId} is ${row.status}, not ${status}`);
    return row;
  }

  private change(row: TransactionRow, changes: Partial<TransactionRow>): TransactionRow {
    const next = { ...row, ...changes };
    this.changed.set(row.id, next);
    this.emit({ organizationId: next.organizationId, type: 'transaction.updated', data: serializeTransaction(next), now: next.updatedAt });
    return next;
  }

  private entry(row: TransactionRow, kind: string, at: Date, postings: PlannedEntry['postings']): string {
    const journalEntryId = newId('journalEntry');
    this.entries.push({ journalEntryId, organizationId: row.organizationId, kind, at, currency: row.currency, idempotencyKey: null, postings });
    return journalEntryId;
  }
}

/** What a suspense credit says about the money it parks, for whoever sorts it out. */
export interface SuspenseCredit {
  organizationId: string;
  currency: string;
  amount: number;
  reason: string;
  creditorIban: string | null;
  debtor: { name: string | null; iban: string | null };
  remittanceInformation: string | null;
  endToEndId: string | null;
  statementMessageId: string | null;
}
