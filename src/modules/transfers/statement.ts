import { inArray, or } from 'drizzle-orm';
import type { Db } from '../../db/database.js';
import { AppError } from '../../errors/app-error.js';
import { newId } from '../../domain/ids.js';
import { getBankAccount } from '../accounts/service.js';
import { entityName, getEntity } from '../entities/service.js';
import { accountStatementLines } from '../ledger/statement.js';
import type { Statement, StatementEntry } from './iso20022.js';
import { sepaCreditTransfers } from './schema.js';

/**
 * Account statements (SPEC §9): the same content as a camt.053.001.08 document or as JSON:API. One entry
 * per posting on the account between `from` and `to` (whole UTC days, both included), with the opening
 * and closing booked balances.
 */

/** ISO 20022 bank transaction codes (domain PMNT) by transaction kind: family and sub-family. */
const transactionCodes: Record<string, [string, string]> = {
  incomingTransfer: ['RCDT', 'ESCT'],
  outgoingTransfer: ['ICDT', 'ESCT'],
  transferReturn: ['ICDT', 'RRTN'],
  bookTransfer: ['ICDT', 'BOOK'],
  cardPayment: ['CCRD', 'POSD'],
  cardRefund: ['CCRD', 'RIMB'],
  fee: ['MDOP', 'CHRG'],
};

export const statementDaysMax = 366;

export interface StatementPeriod {
  from: string;
  to: string;
}

/** Errors: bank_account_not_found, invalid_query_parameter (a period backwards or longer than a year). */
export async function accountStatement(db: Db, organizationId: string, accountId: string, period: StatementPeriod, now: Date): Promise<Statement> {
  const account = await getBankAccount(db, organizationId, accountId);
  const from = new Date(`${period.from}T00:00:00.000Z`);
  const toExclusive = new Date(new Date(`${period.to}T00:00:00.000Z`).getTime() + 86_400_000);
  const days = (toExclusive.getTime() - from.getTime()) / 86_400_000;
  if (days < 1) throw new AppError('invalid_query_parameter', '`to` is before `from`.', { source: { parameter: 'to' } });
  if (days > statementDaysMax) {
    throw new AppError('invalid_query_parameter', `A statement covers at most ${statementDaysMax} days.`, { source: { parameter: 'to' } });
  }
  const { opening, lines } = await accountStatementLines(db, account.id, from, toExclusive);
  const transactionIds = lines.flatMap((line) => (line.transaction ? [line.transaction.id] : []));
  // The SEPA transfer behind each line: its debit (the outgoing transaction) or its return credit.
  const transfers =
    transactionIds.length === 0
      ? []
      : await db
          .select({
            id: sepaCreditTransfers.id,
            endToEndId: sepaCreditTransfers.endToEndId,
            transactionId: sepaCreditTransfers.transactionId,
            returnTransactionId: sepaCreditTransfers.returnTransactionId,
            returnReason: sepaCreditTransfers.returnReason,
          })
          .from(sepaCreditTransfers)
          .where(or(inArray(sepaCreditTransfers.transactionId, transactionIds), inArray(sepaCreditTransfers.returnTransactionId, transactionIds)));
  const transferOf = new Map<string, { id: string; endToEndId: string; returnReason: string | null }>();
  for (const transfer of transfers) {
    transferOf.set(transfer.transactionId, { ...transfer, returnReason: null });
    if (transfer.returnTransactionId) transferOf.set(transfer.returnTransactionId, transfer);
  }

  const entries: StatementEntry[] = lines.map((line) => {
    const transaction = line.transaction;
    const transfer = transaction ? transferOf.get(transaction.id) : undefined;
    const [family, subFamily] = transactionCodes[transaction?.kind ?? ''] ?? ['OTHR', 'OTHR'];
    return {
      reference: transaction?.id ?? `posting-${line.postingId}`,
      amount: Math.abs(line.amount),
      direction: line.amount > 0 ? 'credit' : 'debit',
      bookedAt: line.bookedAt,
      endToEndId: transfer?.endToEndId ?? null,
      instructionId: transfer?.id ?? null,
      counterparty: transaction?.counterparty
        ? { name: transaction.counterparty.name, iban: transaction.counterparty.iban }
        : transaction?.merchant
          ? { name: transaction.merchant.name, iban: null }
          : null,
      remittanceInformation: transaction?.reference ?? transaction?.description ?? null,
      returnReason: transfer?.returnReason ?? null,
      family,
      subFamily,
    };
  });
  const owner = await getEntity(db, organizationId, account.entityId);
  // A consumer de-duplicates messages by MsgId and statements by Stmt/Id (SPEC §13): every document
  // is a new message; the statement of one account and period keeps its id, and later periods number
  // higher (the period's last day, as a number).
  const statementId = `${account.id.slice(-16)}-${period.from.replaceAll('-', '')}-${period.to.replaceAll('-', '')}`;
  return {
    messageId: `MSG-${newId('request', now.getTime()).slice(4)}`,
    statementId,
    sequenceNumber: Number(period.to.replaceAll('-', '')),
    createdAt: now,
    from,
    to: new Date(toExclusive.getTime() - 1000),
    account: { iban: account.iban, currency: account.currency, ownerName: entityName(owner), bic: account.bic },
    opening,
    closing: lines.at(-1)?.balanceAfter ?? opening,
    entries,
  };
}

/** The statement as a JSON:API resource of type `accountStatement`. */
export function serializeStatement(accountId: string, period: StatementPeriod, statement: Statement) {
  return {
    type: 'accountStatement' as const,
    id: statement.statementId,
    attributes: {
      from: period.from,
      to: period.to,
      iban: statement.account.iban,
      currency: statement.account.currency,
      openingBalance: statement.opening,
      closingBalance: statement.closing,
      entries: statement.entries.map((entry) => ({
        reference: entry.reference,
        bookedAt: entry.bookedAt.toISOString(),
        direction: entry.direction,
        amount: entry.amount,
        bankTransactionCode: `PMNT/${entry.family}/${entry.subFamily}`,
        counterparty: entry.counterparty,
        remittanceInformation: entry.remittanceInformation,
        endToEndId: entry.endToEndId,
        returnReason: entry.returnReason,
      })),
    },
    relationships: { bankAccount: { data: { type: 'bankAccount' as const, id: accountId } } },
    links: { self: `/bank/accounts/${accountId}/statement?from=${period.from}&to=${period.to}` },
  };
}
