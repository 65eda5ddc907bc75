import { sql } from 'drizzle-orm';
import type { CommandResult, IdempotencyClaim, SerializedResponse } from '../../commands/idempotency.js';
import { CommandBatch } from '../../commands/batch.js';
import { queryRows, type Db } from '../../db/database.js';
import { insertWrite } from '../../db/batch-write.js';
import { sentTogether } from '../../db/transaction.js';
import type { ApplyOptions, Outcome } from '../../db/group-commit.js';
import { isId, newId } from '../../domain/ids.js';
import { AppError } from '../../errors/app-error.js';
import type { Vault } from '../../vault/vault.js';
import { bankAccountNotFound, holdersOfAccounts } from '../accounts/service.js';
import { bankAccountsByIbans } from '../accounts/balances.js';
import { entityNames } from '../entities/service.js';
import type { BankAccountRow } from '../accounts/schema.js';
import { journalWrite, lockAccounts, transactionsWrite, type BalancePlan, type PlannedEntry } from '../ledger/service.js';
import type { TransactionRow } from '../ledger/schema.js';
import { serializeTransaction } from '../ledger/serializer.js';
import { sepaIdentifier, sepaPartyName } from '../../domain/sepa.js';
import { normalisedWords } from '../../domain/payee-names.js';
import type { PayeeVerificationRow } from '../payees/schema.js';
import { payeeVerificationsByIds } from '../payees/service.js';
import { bookTransfers, sepaCreditTransfers, type BookTransferRow, type PayeeVerificationRecord, type SepaCreditTransferRow } from './schema.js';
import type { BookTransferCreateDocument, SepaCreditTransferCreateDocument } from './schemas.js';
import { serializeBookTransfer, serializeSepaCreditTransfer } from './serializer.js';

/**
 * Money out in group commit (see db/group-commit.ts): concurrent book transfers, and concurrent SEPA
 * credit transfers, are applied in batches, one database transaction each, in a constant number of
 * statements whatever the batch's size: claim the Idempotency-Keys, lock the accounts in id order,
 * decide every item in request order against the balances as the batch has left them, then one UPDATE
 * of all accounts, one INSERT each of journal entries with postings, transactions, transfers, events and
 * stored responses. A refused item (unknown account, insufficient funds, a used endToEndId) changes
 * nothing and never aborts the others; each answer is what the item would have had alone.
 */

export interface BookTransferCommand {
  /** The organization's time (its sandbox clock, SPEC §11); the batch's when absent. */
  now?: Date | undefined;
  organizationId: string;
  document: BookTransferCreateDocument;
  claim?: IdempotencyClaim | undefined;
}

const fromPointer = { pointer: '/data/relationships/from/data/id' };
const toPointer = { pointer: '/data/relationships/to/data/id' };

/** Why a book transfer cannot be made, checked in the order a client fixes them; undefined when it can. */
function bookTransferRefusal(
  item: BookTransferCommand,
  from: BankAccountRow | undefined,
  to: BankAccountRow | undefined,
  plan: BalancePlan,
): AppError | undefined {
  const { attributes, relationships } = item.document.data;
  if (relationships.from.data.id === relationships.to.data.id) {
    return new AppError('validation_failed', 'A transfer needs two different accounts.', { source: toPointer });
  }
  for (const [account, id, source] of [
    [from, relationships.from.data.id, fromPointer],
    [to, relationships.to.data.id, toPointer],
  ] as const) {
    if (!account || account.organizationId !== item.organizationId) return bankAccountNotFound(id).at(source);
  }
  for (const [account, source] of [
    [from!, fromPointer],
    [to!, toPointer],
  ] as const) {
    if (account.currency !== attributes.currency) {
      return new AppError(
        'currency_mismatch',
        `The account \`${account.id}\` is held in ${account.currency}; the transfer is in ${attributes.currency}.`,
        {
          source,
        },
      );
    }
  }
  for (const [account, source] of [
    [from!, fromPointer],
    [to!, toPointer],
  ] as const) {
    if (account.status !== 'open') return new AppError('bank_account_closed', `The account \`${account.id}\` is closed.`, { source });
  }
  return insufficient(from!, attributes.amount, plan);
}

/** The account's available balance, as the batch has left it, does not cover the amount. */
function insufficient(account: BankAccountRow, amount: number, plan: BalancePlan): AppError | undefined {
  const available = plan.available(account.id);
  if (available >= amount) return undefined;
  return new AppError('insufficient_funds', `The account \`${account.id}\` has ${available} ${account.currency} minor units available.`, {
    source: { pointer: '/data/attributes/amount' },
  });
}

export async function createBookTransfers(
  tx: Db,
  vault: Vault | undefined,
  items: BookTransferCommand[],
  respond: (row: BookTransferRow) => SerializedResponse,
  options: ApplyOptions = { alone: true },
): Promise<Outcome<CommandResult>[]> {
  const batch = await CommandBatch.open(tx, vault, items);
  const live = batch.live;
  if (live.length === 0) return batch.finish();

  const ids = live.flatMap(({ item }) => [item.document.data.relationships.from.data.id, item.document.data.relationships.to.data.id]);
  const accountIds = ids.filter((id) => isId('bankAccount', id));
  // The holders' names are read with the lock, in one round trip (db/transaction.ts).
  const [{ accounts, locked, plan }, names] = await sentTogether([
    lockAccounts(tx, accountIds, options),
    entityNames(tx, holdersOfAccounts(accountIds)),
  ]);
  const now = new Date();
  const entries: PlannedEntry[] = [];
  // Whole rows, as the database will hold them: the batch's last statement returns nothing to read back.
  const planned: { index: number; item: BookTransferCommand; sides: [TransactionRow, TransactionRow]; transfer: BookTransferRow }[] = [];
  for (const { item, index } of live) {
    const { attributes, relationships } = item.document.data;
    const fromId = relationships.from.data.id;
    const toId = relationships.to.data.id;
    if (locked.has(fromId) || locked.has(toId)) {
      batch.deferAlone(index);
      continue;
    }
    const from = accounts.get(fromId);
    const to = accounts.get(toId);
    const refusal = bookTransferRefusal(item, from, to, plan);
    if (refusal) {
      batch.refuse(index, refusal);
      continue;
    }
    const debit = plan.post(from!.id, -attributes.amount);
    const credit = plan.post(to!.id, attributes.amount);
    const entry: PlannedEntry = {
      journalEntryId: newId('journalEntry'),
      organizationId: item.organizationId,
      kind: 'bookTransfer',
      at: item.now ?? now,
      currency: attributes.currency,
      idempotencyKey: item.claim?.key ?? null,
      postings: [
        { bankAccountId: from!.id, amount: -attributes.amount, result: debit },
        { bankAccountId: to!.id, amount: attributes.amount, result: credit },
      ],
    };
    entries.push(entry);
    const side = (account: typeof from, other: typeof from, direction: 'debit' | 'credit', balanceAfter: number) =>
      ({
        id: newId('transaction'),
        organizationId: item.organizationId,
        bankAccountId: account!.id,
        journalEntryId: entry.journalEntryId,
        kind: 'bookTransfer',
        status: 'posted' as const,
        direction,
        amount: attributes.amount,
        currency: attributes.currency,
        description: attributes.description ?? null,
        reference: null,
        counterparty: { name: names.get(other!.entityId) ?? '', iban: other!.iban, bic: other!.bic },
        merchant: null,
        cardId: null,
        balanceAfter,
        createdAt: item.now ?? now,
        postedAt: item.now ?? now,
        updatedAt: item.now ?? now,
      }) satisfies TransactionRow;
    const debitSide = side(from, to, 'debit', debit.balanceAfter);
    const creditSide = side(to, from, 'credit', credit.balanceAfter);
    const transfer: BookTransferRow = {
      id: newId('bookTransfer'),
      organizationId: item.organizationId,
      fromAccountId: fromId,
      toAccountId: toId,
      amount: attributes.amount,
      currency: attributes.currency,
      description: attributes.description ?? null,
      status: 'posted',
      journalEntryId: entry.journalEntryId,
      debitTransactionId: debitSide.id,
      creditTransactionId: creditSide.id,
      createdAt: item.now ?? now,
    };
    planned.push({ index, item, sides: [debitSide, creditSide], transfer });
  }
  if (planned.length === 0) return batch.finish();

  const journal = await journalWrite(tx, entries);
  for (const { index, item, sides, transfer } of planned) {
    for (const side of sides) {
      batch.emit({ organizationId: item.organizationId, type: 'transaction.created', data: serializeTransaction(side), now: item.now ?? now });
    }
    batch.emit({ organizationId: item.organizationId, type: 'bookTransfer.created', data: serializeBookTransfer(transfer), now: item.now ?? now });
    batch.answer(index, respond(transfer));
  }
  // Journal entries, balances, both sides' transactions, the transfers, events and stored responses: one statement.
  return batch.finish([
    journal,
    plan.write(now),
    transactionsWrite(planned.flatMap(({ sides }) => sides)),
    insertWrite(
      'book_transfers_inserted',
      bookTransfers,
      planned.map(({ transfer }) => transfer),
    ),
  ]);
}

export interface SepaCreditTransferCommand {
  /** The organization's time (its sandbox clock, SPEC §11); the batch's when absent. */
  now?: Date | undefined;
  organizationId: string;
  document: SepaCreditTransferCreateDocument;
  claim?: IdempotencyClaim | undefined;
  /**
   * How long the instant rail is waited for (SPEC §14): an instant transfer to another bank is decided
   * by then (transfers/instant.ts). Absent when no rail is configured: such transfers are refused.
   */
  instantTimeoutMs?: number | undefined;
}

const accountPointer = { pointer: '/data/relationships/bankAccount/data/id' };

/** Why a SEPA credit transfer cannot be accepted (`usedEndToEndId` when its endToEndId is taken); undefined when it can. */
function sepaRefusal(
  item: SepaCreditTransferCommand,
  account: BankAccountRow | undefined,
  usedEndToEndId: string | undefined,
  plan: BalancePlan,
  holderName: string | undefined,
  /** An instant transfer to another bank, and no rail to send it (SPEC §14). */
  noRail: boolean,
): AppError | undefined {
  const { attributes, relationships } = item.document.data;
  if (!account || account.organizationId !== item.organizationId) return bankAccountNotFound(relationships.bankAccount.data.id).at(accountPointer);
  if (holderName !== undefined && !sepaPartyName(holderName).ok) {
    return new AppError(
      'debtor_name_unwritable',
      `The holder of the account \`${account.id}\` (entity \`${account.entityId}\`) has a name with no letter or digit the SEPA character set can spell; give the customer a Latin spelling of it first.`,
      { source: accountPointer },
    );
  }
  if (usedEndToEndId !== undefined) {
    return new AppError('end_to_end_id_exists', `Another SEPA credit transfer of your organization has the endToEndId \`${usedEndToEndId}\`.`, {
      source: { pointer: '/data/attributes/endToEndId' },
    });
  }
  if (account.status !== 'open') return new AppError('bank_account_closed', `The account \`${account.id}\` is closed.`, { source: accountPointer });
  if (account.currency !== attributes.currency) {
    return new AppError('currency_mismatch', `The account is held in ${account.currency}; the transfer is in ${attributes.currency}.`, {
      source: { pointer: '/data/attributes/currency' },
    });
  }
  if (noRail) {
    return new AppError(
      'instant_unavailable',
      'No instant payment rail is configured on this server (LINKCY_INSTANT_RAIL_URL): send it as `standard`.',
      {
        source: { pointer: '/data/attributes/scheme' },
      },
    );
  }
  if (attributes.scheme === 'instant') {
    const limit = account.instantTransferLimit;
    if (limit !== null && attributes.amount > limit) {
      return new AppError(
        'instant_limit_exceeded',
        `The account \`${account.id}\` sends at most ${limit} minor units in one instant transfer; this one is ${attributes.amount}.`,
        { source: { pointer: '/data/attributes/amount' } },
      );
    }
  }
  return insufficient(account, attributes.amount, plan);
}

const verificationPointer = { pointer: '/data/attributes/payeeVerification/id' };

/**
 * Why the payee verification a transfer names does not let it go (SPEC §14), or its record: it must be
 * the organization's, about this creditor's IBAN and name, and acknowledged unless it matched.
 */
function payeeVerificationOf(
  item: SepaCreditTransferCommand,
  verifications: Map<string, PayeeVerificationRow>,
): AppError | PayeeVerificationRecord | null {
  const { creditor, payeeVerification } = item.document.data.attributes;
  if (payeeVerification === undefined) return null;
  const verification = verifications.get(payeeVerification.id);
  if (!verification || verification.organizationId !== item.organizationId) {
    return new AppError('payee_verification_not_found', `No payee verification \`${payeeVerification.id}\` exists in your organization.`, {
      source: verificationPointer,
    });
  }
  if (verification.iban !== creditor.iban || normalisedWords(verification.name).join(' ') !== normalisedWords(creditor.name).join(' ')) {
    return new AppError(
      'payee_verification_required',
      `The verification \`${verification.id}\` checked another payee (${verification.iban}, “${verification.name}”); verify this creditor’s IBAN and name.`,
      { source: verificationPointer },
    );
  }
  if (verification.result !== 'match' && !payeeVerification.acknowledged) {
    return new AppError(
      'payee_verification_required',
      `The verification \`${verification.id}\` answered ${verification.result}: show it to the payer, and send \`acknowledged: true\` once they confirm.`,
      { source: { pointer: '/data/attributes/payeeVerification/acknowledged' } },
    );
  }
  return { id: verification.id, result: verification.result, acknowledged: payeeVerification.acknowledged };
}

export async function createSepaCreditTransfers(
  tx: Db,
  vault: Vault | undefined,
  items: SepaCreditTransferCommand[],
  respond: (row: SepaCreditTransferRow) => SerializedResponse,
  options: ApplyOptions = { alone: true },
): Promise<Outcome<CommandResult>[]> {
  const batch = await CommandBatch.open(tx, vault, items);
  const live = batch.live;
  if (live.length === 0) return batch.finish();

  const ids = new Map(live.map(({ index }) => [index, newId('sepaCreditTransfer')]));
  // Generated: the transfer's id, spelled in the SEPA identifier set.
  const endToEndIdOf = (index: number, item: SepaCreditTransferCommand) =>
    item.document.data.attributes.endToEndId ?? sepaIdentifier(ids.get(index)!);
  // One endToEndId per organization: concurrent batches (or processes) creating the same one are
  // serialized by an advisory lock per (organization, endToEndId), taken in one order, before the check.
  // A generated one is a new transfer id, which nothing can hold yet: only clients' own are checked.
  const keys = [
    ...new Set(
      live.flatMap(({ item }) => {
        const chosen = item.document.data.attributes.endToEndId;
        return chosen === undefined ? [] : [JSON.stringify([item.organizationId, chosen])];
      }),
    ),
  ].sort();
  const taken = new Set(
    keys.length === 0
      ? []
      : (
          await queryRows<{ key: string }>(
            tx,
            sql`WITH wanted AS (SELECT k, k::jsonb->>0 AS org, k::jsonb->>1 AS e2e FROM jsonb_array_elements_text(${JSON.stringify(keys)}::jsonb) AS k),
                     locked AS (SELECT k, org, e2e, pg_advisory_xact_lock(hashtext('sepa-e2e|' || org), hashtext(e2e)) FROM wanted ORDER BY k)
                SELECT locked.k AS key FROM locked
                JOIN sepa_credit_transfers t ON t.organization_id = locked.org AND t.end_to_end_id = locked.e2e`,
          )
        ).map((row) => row.key),
  );

  // An instant transfer to an IBAN held here is booked on the payee's account in this transaction
  // (SPEC §14): those accounts are locked with the payers', in one id order.
  const instantIbans = live.flatMap(({ item }) =>
    item.document.data.attributes.scheme === 'instant' ? [item.document.data.attributes.creditor.iban] : [],
  );
  const payeeIds = new Map((await bankAccountsByIbans(tx, instantIbans)).map((account) => [account.iban, account.id]));
  const accountIds = [
    ...live.map(({ item }) => item.document.data.relationships.bankAccount.data.id).filter((id) => isId('bankAccount', id)),
    ...payeeIds.values(),
  ];
  // A payment file names the account's holder as its debtor: a name it cannot spell is refused now,
  // not discovered at export (SPEC §13). Read with the lock, in one round trip (db/transaction.ts).
  const [{ accounts, locked, plan }, holders, verifications] = await sentTogether([
    lockAccounts(tx, accountIds, options),
    entityNames(tx, holdersOfAccounts(accountIds)),
    payeeVerificationsByIds(
      tx,
      live.flatMap(({ item }) => item.document.data.attributes.payeeVerification?.id ?? []),
    ),
  ]);
  const now = new Date();
  const entries: PlannedEntry[] = [];
  // Whole rows, as the database will hold them: the batch's last statement returns nothing to read back.
  const planned: { index: number; item: SepaCreditTransferCommand; sides: TransactionRow[]; transfer: SepaCreditTransferRow }[] = [];
  for (const { item, index } of live) {
    const { attributes, relationships } = item.document.data;
    const accountId = relationships.bankAccount.data.id;
    const payeeId = attributes.scheme === 'instant' ? payeeIds.get(attributes.creditor.iban) : undefined;
    if (locked.has(accountId) || (payeeId !== undefined && locked.has(payeeId))) {
      batch.deferAlone(index);
      continue;
    }
    const account = accounts.get(accountId);
    const endToEndId = endToEndIdOf(index, item);
    const key = JSON.stringify([item.organizationId, endToEndId]);
    const payee = payeeId === undefined ? undefined : accounts.get(payeeId);
    const noRail = attributes.scheme === 'instant' && payee === undefined && item.instantTimeoutMs === undefined;
    const refusal = sepaRefusal(item, account, taken.has(key) ? endToEndId : undefined, plan, account && holders.get(account.entityId), noRail);
    const verification = refusal ?? payeeVerificationOf(item, verifications);
    if (verification instanceof AppError) {
      batch.refuse(index, verification);
      continue;
    }
    taken.add(key);
    const at = item.now ?? now;
    const creditor = { name: attributes.creditor.name, iban: attributes.creditor.iban, bic: attributes.creditor.bic ?? null };
    const outgoing: TransactionRow = {
      id: newId('transaction'),
      organizationId: item.organizationId,
      bankAccountId: account!.id,
      kind: 'outgoingTransfer',
      status: 'pending',
      direction: 'debit',
      amount: attributes.amount,
      currency: attributes.currency,
      description: `${attributes.scheme === 'instant' ? 'Instant transfer' : 'Transfer'} to ${attributes.creditor.name}`,
      journalEntryId: null,
      reference: attributes.remittanceInformation ?? null,
      counterparty: creditor,
      merchant: null,
      cardId: null,
      balanceAfter: null,
      createdAt: at,
      postedAt: null,
      updatedAt: at,
    };
    const transfer: SepaCreditTransferRow = {
      id: ids.get(index)!,
      organizationId: item.organizationId,
      bankAccountId: accountId,
      status: 'pending',
      scheme: attributes.scheme ?? 'standard',
      amount: attributes.amount,
      currency: attributes.currency,
      creditor,
      remittanceInformation: attributes.remittanceInformation ?? null,
      endToEndId,
      transactionId: outgoing.id,
      returnTransactionId: null,
      returnReason: null,
      creditTransactionId: null,
      instantDeadlineAt: null,
      payeeVerification: verification,
      exportMessageId: null,
      paymentInformationId: null,
      exportProblem: null,
      submittedAt: null,
      settledAt: null,
      createdAt: at,
      updatedAt: at,
    };
    if (payee === undefined) {
      // To another bank: held now; a standard one leaves in the next bank file, an instant one goes to
      // the rail as soon as this commits and is decided by its deadline (transfers/instant.ts).
      plan.hold(account!.id, attributes.amount);
      if (attributes.scheme === 'instant') transfer.instantDeadlineAt = new Date(Date.now() + item.instantTimeoutMs!);
      planned.push({ index, item, sides: [outgoing], transfer });
      continue;
    }
    // On us: the payee's bank is this server. An account that cannot receive it rejects it at once
    // (nothing moved); otherwise it is settled here, each organization's side a balanced entry.
    const cannotReceive = payee.status !== 'open' ? 'AC04' : payee.currency !== attributes.currency ? 'AM03' : undefined;
    if (cannotReceive) {
      planned.push({
        index,
        item,
        sides: [{ ...outgoing, status: 'released' }],
        transfer: { ...transfer, status: 'rejected', returnReason: cannotReceive },
      });
      continue;
    }
    const debit = plan.post(account!.id, -attributes.amount);
    const credit = plan.post(payee.id, attributes.amount);
    const outEntry = newId('journalEntry');
    const inEntry = newId('journalEntry');
    const idempotencyKey = item.claim?.key ?? null;
    entries.push(
      {
        journalEntryId: outEntry,
        organizationId: item.organizationId,
        kind: 'outgoingTransfer',
        at,
        currency: attributes.currency,
        idempotencyKey,
        postings: [
          { bankAccountId: account!.id, amount: -attributes.amount, result: debit },
          { purpose: 'sepa_settlement', amount: attributes.amount },
        ],
      },
      {
        journalEntryId: inEntry,
        organizationId: payee.organizationId,
        kind: 'incomingTransfer',
        at,
        currency: attributes.currency,
        idempotencyKey: null,
        postings: [
          { purpose: 'incoming_transfer_settlement', amount: -attributes.amount },
          { bankAccountId: payee.id, amount: attributes.amount, result: credit },
        ],
      },
    );
    const payerName = holders.get(account!.entityId) ?? '';
    const incoming: TransactionRow = {
      ...outgoing,
      id: newId('transaction'),
      organizationId: payee.organizationId,
      bankAccountId: payee.id,
      kind: 'incomingTransfer',
      status: 'posted',
      direction: 'credit',
      description: `Instant transfer from ${payerName}`,
      journalEntryId: inEntry,
      counterparty: { name: payerName, iban: account!.iban, bic: account!.bic },
      balanceAfter: credit.balanceAfter,
      postedAt: at,
    };
    planned.push({
      index,
      item,
      sides: [{ ...outgoing, status: 'posted', journalEntryId: outEntry, balanceAfter: debit.balanceAfter, postedAt: at }, incoming],
      transfer: { ...transfer, status: 'settled', submittedAt: at, settledAt: at, creditTransactionId: incoming.id },
    });
  }
  if (planned.length === 0) return batch.finish();

  const journal = await journalWrite(tx, entries);
  for (const { index, item, sides, transfer } of planned) {
    for (const side of sides) {
      batch.emit({ organizationId: side.organizationId, type: 'transaction.created', data: serializeTransaction(side), now: item.now ?? now });
    }
    batch.emit({
      organizationId: item.organizationId,
      type: 'sepaCreditTransfer.created',
      data: serializeSepaCreditTransfer(transfer),
      now: item.now ?? now,
    });
    batch.answer(index, respond(transfer));
  }
  // Journal entries, balances and holds, transactions, transfers, events and stored responses: one statement.
  return batch.finish([
    journal,
    plan.write(now),
    transactionsWrite(planned.flatMap(({ sides }) => sides)),
    insertWrite(
      'sepa_transfers_inserted',
      sepaCreditTransfers,
      planned.map(({ transfer }) => transfer),
    ),
  ]);
}
