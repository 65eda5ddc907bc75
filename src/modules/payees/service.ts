import { and, eq, inArray } from 'drizzle-orm';
import { z } from 'zod';
import type { CommandContext } from '../../commands/execute.js';
import type { Db } from '../../db/database.js';
import { compareNames } from '../../domain/payee-names.js';
import { isId, newId } from '../../domain/ids.js';
import { AppError } from '../../errors/app-error.js';
import { callPartner, PartnerFailure } from '../../partner/http.js';
import { bankAccountsByIbans } from '../accounts/balances.js';
import { entityNames } from '../entities/service.js';
import { payeeVerificationResults, payeeVerifications, sandboxPayees, type PayeeVerificationResult, type PayeeVerificationRow } from './schema.js';
import { serializePayeeVerification } from './serializer.js';

/**
 * Verification of Payee (SPEC §14; Regulation (EU) 2024/886, art. 5c): before a payer authorizes a
 * transfer, the name they gave is checked against the holder of the IBAN. This server is the payee's
 * bank for every IBAN it holds, whichever organization holds it: those are answered from their holders.
 * Other IBANs are the partner's to answer (its VoP service in live mode; the organization's registered
 * payees in the sandbox). The holder's name is shown only for a close match.
 */

export interface PayeeAnswer {
  result: PayeeVerificationResult;
  /** The holder's name, only for a close match. */
  matchedName: string | null;
  answeredBy: PayeeVerificationRow['answeredBy'];
  /** Why the check was not possible, for the log (never for the client: it could tell an IBAN exists). */
  problem?: string;
}

/** Asks the partner's VoP service about an IBAN of another bank. */
export type PartnerVerifier = (iban: string, name: string) => Promise<PayeeAnswer>;

const partnerAnswer = z.object({
  result: z.enum(payeeVerificationResults),
  matchedName: z.string().max(140).nullable().optional(),
});

/**
 * The live connector: `POST url` with `{"iban", "name"}`, answered `{"result", "matchedName"}` within
 * `timeoutMs`; anything else (a timeout, an error, another shape) is `not_possible`, as the EPC rulebook
 * has a payer's bank answer when the payee's bank cannot be asked.
 */
export function httpPartnerVerifier(url: string, timeoutMs: number): PartnerVerifier {
  return async (iban, name) => {
    try {
      const answer = await callPartner(url, { iban, name }, partnerAnswer, timeoutMs);
      return {
        result: answer.result,
        matchedName: answer.result === 'close_match' ? (answer.matchedName ?? null) : null,
        answeredBy: 'partner',
      };
    } catch (error) {
      if (!(error instanceof PartnerFailure)) throw error;
      return { result: 'not_possible', matchedName: null, answeredBy: 'partner', problem: `the VoP service ${error.message}` };
    }
  };
}

function compared(given: string, holder: string, answeredBy: PayeeAnswer['answeredBy']): PayeeAnswer {
  const result = compareNames(given, holder);
  return { result, matchedName: result === 'close_match' ? holder : null, answeredBy };
}

/**
 * The answer for `iban` and `name`, asked by `organizationId`: from the holder when this server holds
 * the IBAN (a closed account: not_possible), else from the sandbox's payees (sandbox) or the partner
 * (live; not_possible without one). Reads only; the partner is asked outside any transaction.
 */
export async function answerPayee(
  db: Db,
  organizationId: string,
  iban: string,
  name: string,
  where: { sandbox: boolean; partner: PartnerVerifier | undefined },
): Promise<PayeeAnswer> {
  const [account] = await bankAccountsByIbans(db, [iban]);
  if (account) {
    if (account.status !== 'open') return { result: 'not_possible', matchedName: null, answeredBy: 'linkcy', problem: 'the account is closed' };
    const holder = (await entityNames(db, [account.entityId])).get(account.entityId)!;
    return compared(name, holder, 'linkcy');
  }
  if (where.sandbox) {
    const [payee] = await db
      .select()
      .from(sandboxPayees)
      .where(and(eq(sandboxPayees.organizationId, organizationId), eq(sandboxPayees.iban, iban)));
    if (!payee) return { result: 'not_possible', matchedName: null, answeredBy: 'none', problem: 'no sandbox payee has this IBAN' };
    return compared(name, payee.name, 'sandbox');
  }
  if (!where.partner)
    return { result: 'not_possible', matchedName: null, answeredBy: 'none', problem: 'no VoP service is configured (LINKCY_VOP_URL)' };
  return where.partner(iban, name);
}

/** Keeps a verification as it was answered and announces it (`payeeVerification.created`). */
export async function recordPayeeVerification(
  { tx, now, emit, actor }: CommandContext,
  iban: string,
  name: string,
  answer: PayeeAnswer,
): Promise<PayeeVerificationRow> {
  const row: PayeeVerificationRow = {
    id: newId('payeeVerification'),
    organizationId: actor.organizationId!,
    iban,
    name,
    result: answer.result,
    matchedName: answer.matchedName,
    answeredBy: answer.answeredBy,
    createdAt: now,
  };
  await tx.insert(payeeVerifications).values(row);
  emit('payeeVerification.created', serializePayeeVerification(row), now);
  return row;
}

const notFound = (id: string) => new AppError('payee_verification_not_found', `No payee verification \`${id}\` exists in your organization.`);

export async function getPayeeVerification(db: Db, organizationId: string, id: string): Promise<PayeeVerificationRow> {
  if (!isId('payeeVerification', id)) throw notFound(id);
  const [row] = await db
    .select()
    .from(payeeVerifications)
    .where(and(eq(payeeVerifications.organizationId, organizationId), eq(payeeVerifications.id, id)));
  if (!row) throw notFound(id);
  return row;
}

/** Verifications by id, of any organization (a batch of transfers checks each against its own). */
export async function payeeVerificationsByIds(db: Db, ids: string[]): Promise<Map<string, PayeeVerificationRow>> {
  const wanted = [...new Set(ids.filter((id) => isId('payeeVerification', id)))];
  if (wanted.length === 0) return new Map();
  const rows = await db.select().from(payeeVerifications).where(inArray(payeeVerifications.id, wanted));
  return new Map(rows.map((row) => [row.id, row]));
}

/** Sandbox: registers (or renames) who holds `iban` at another bank, for the organization's verifications. */
export async function registerSandboxPayee({ tx, now, actor }: CommandContext, iban: string, name: string) {
  const [row] = await tx
    .insert(sandboxPayees)
    .values({ organizationId: actor.organizationId!, iban, name, createdAt: now })
    .onConflictDoUpdate({ target: [sandboxPayees.organizationId, sandboxPayees.iban], set: { name, createdAt: now } })
    .returning();
  return row!;
}
