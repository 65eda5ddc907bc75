import { sql, type SQL } from 'drizzle-orm';
import { queryRows, type Db } from '../db/database.js';
import type { InternalAccountPurpose } from '../modules/ledger/schema.js';

/**
 * The ledger's invariants, each as a query that returns the rows violating it (SPEC §3). `linkcy ledger
 * verify` runs them all; a test suite runs them after its storms. Each query reads the whole ledger:
 * this is an audit, not a hot path.
 *
 * It lives outside the modules because it checks them against each other (balances against postings,
 * transfers against transactions, events against changes): the one place that reads every module's
 * tables, and it writes none (test/modules/table-owners.test.ts).
 */
export interface InvariantCheck {
  name: string;
  description: string;
  query: ReturnType<typeof sql>;
}

/**
 * An internal account whose balance must equal, per organization and currency, the total of what it
 * stands for (`expected`: rows of organization_id, currency, total).
 */
function internalAccountMatches(name: string, description: string, purpose: InternalAccountPurpose, label: string, expected: SQL): InvariantCheck {
  return {
    name,
    description,
    query: sql`SELECT coalesce(c.organization_id, e.organization_id) || ' ' || coalesce(c.currency, e.currency) AS subject,
                      coalesce(c.total, 0)::text || ' in ${sql.raw(purpose)} vs ' || coalesce(e.total, 0)::text || ' ${sql.raw(label)}' AS detail
               FROM (SELECT i.organization_id, i.currency, sum(p.amount) AS total FROM internal_accounts i
                     JOIN postings p ON p.internal_account_id = i.id WHERE i.purpose = ${purpose}
                     GROUP BY i.organization_id, i.currency) c
               FULL JOIN (${expected}) e ON e.organization_id = c.organization_id AND e.currency = c.currency
               WHERE coalesce(c.total, 0) <> coalesce(e.total, 0)`,
  };
}

export const invariantChecks: InvariantCheck[] = [
  {
    name: 'entries_balance',
    description: 'every journal entry’s postings sum to zero per currency',
    query: sql`SELECT journal_entry_id AS subject, currency, sum(amount)::text AS detail
               FROM postings GROUP BY journal_entry_id, currency HAVING sum(amount) <> 0`,
  },
  {
    name: 'entries_have_postings',
    description: 'every journal entry has at least two postings',
    query: sql`SELECT j.id AS subject, count(p.id)::text AS detail FROM journal_entries j
               LEFT JOIN postings p ON p.journal_entry_id = j.id GROUP BY j.id HAVING count(p.id) < 2`,
  },
  {
    name: 'balances_match_postings',
    description: 'each account’s stored balance equals the sum of its postings',
    query: sql`SELECT a.id AS subject, a.posted_balance::text || ' stored vs ' || coalesce(p.total, 0)::text || ' posted' AS detail
               FROM bank_accounts a
               LEFT JOIN (SELECT bank_account_id, sum(amount) AS total FROM postings
                          WHERE bank_account_id IS NOT NULL GROUP BY bank_account_id) p ON p.bank_account_id = a.id
               WHERE a.posted_balance <> coalesce(p.total, 0)`,
  },
  {
    name: 'running_balances_chain',
    description: 'each account’s postings carry versions 1..n and running balances without a gap',
    query: sql`SELECT bank_account_id AS subject, 'version ' || account_version::text AS detail FROM (
                 SELECT bank_account_id, account_version, balance_after, amount,
                        lag(balance_after, 1, 0::bigint) OVER w AS previous_balance,
                        row_number() OVER w AS position
                 FROM postings WHERE bank_account_id IS NOT NULL
                 WINDOW w AS (PARTITION BY bank_account_id ORDER BY account_version)) chain
               WHERE account_version <> position OR balance_after <> previous_balance + amount`,
  },
  {
    name: 'versions_match_accounts',
    description: 'each account’s version and balance are those of its last posting',
    query: sql`SELECT a.id AS subject, 'version ' || a.version::text || ', last posting ' || coalesce(last.account_version, 0)::text AS detail
               FROM bank_accounts a
               LEFT JOIN LATERAL (SELECT account_version, balance_after FROM postings p
                                  WHERE p.bank_account_id = a.id ORDER BY account_version DESC LIMIT 1) last ON true
               WHERE a.version <> coalesce(last.account_version, 0)
                  OR a.posted_balance <> coalesce(last.balance_after, 0)`,
  },
  {
    name: 'no_negative_available',
    description: 'no customer account has a negative available balance, or negative holds',
    query: sql`SELECT id AS subject, (posted_balance - held_amount)::text AS detail FROM bank_accounts
               WHERE posted_balance - held_amount < 0 OR held_amount < 0`,
  },
  {
    name: 'holds_match_pending_transactions',
    description: 'each account’s held amount is the sum of its pending transactions (card holds and outgoing transfers)',
    query: sql`SELECT a.id AS subject, a.held_amount::text || ' held vs ' || coalesce(t.total, 0)::text || ' pending' AS detail
               FROM bank_accounts a
               LEFT JOIN (SELECT bank_account_id, sum(amount) AS total FROM transactions
                          WHERE status = 'pending' GROUP BY bank_account_id) t ON t.bank_account_id = a.id
               WHERE a.held_amount <> coalesce(t.total, 0)`,
  },
  internalAccountMatches(
    'sepa_clearing_matches_submitted',
    'each SEPA clearing account holds exactly the submitted, not yet settled, outgoing transfers',
    'sepa_clearing',
    'submitted',
    sql`SELECT organization_id, currency, sum(amount) AS total FROM sepa_credit_transfers WHERE status = 'submitted' GROUP BY 1, 2`,
  ),
  internalAccountMatches(
    'sepa_settlement_matches_settled',
    'each SEPA settlement account holds exactly the settled outgoing transfers (a return takes its amount back out)',
    'sepa_settlement',
    'settled',
    sql`SELECT organization_id, currency, sum(amount) AS total FROM sepa_credit_transfers WHERE status = 'settled' GROUP BY 1, 2`,
  ),
  internalAccountMatches(
    'suspense_matches_unmatched_credits',
    'each suspense account holds exactly the bank statement credits announced as unmatched',
    'suspense',
    'announced',
    sql`SELECT organization_id, data->'attributes'->>'currency' AS currency, sum((data->'attributes'->>'amount')::bigint) AS total
        FROM events WHERE type = 'bankStatement.unmatchedCredit' GROUP BY 1, 2`,
  ),
  {
    name: 'postings_stay_in_organization',
    description: 'no posting crosses organizations: entry, posting and account share one',
    query: sql`SELECT p.id::text AS subject, p.organization_id AS detail FROM postings p
               JOIN journal_entries j ON j.id = p.journal_entry_id
               LEFT JOIN bank_accounts a ON a.id = p.bank_account_id
               LEFT JOIN internal_accounts i ON i.id = p.internal_account_id
               WHERE p.organization_id <> j.organization_id
                  OR p.organization_id <> coalesce(a.organization_id, i.organization_id)`,
  },
  {
    name: 'postings_in_account_currency',
    description: 'every posting is in its account’s currency',
    query: sql`SELECT p.id::text AS subject, p.currency AS detail FROM postings p
               LEFT JOIN bank_accounts a ON a.id = p.bank_account_id
               LEFT JOIN internal_accounts i ON i.id = p.internal_account_id
               WHERE p.currency <> coalesce(a.currency, i.currency)`,
  },
  {
    name: 'transactions_match_postings',
    description: 'every posted transaction is backed by a posting of its amount on its account',
    query: sql`SELECT t.id AS subject, t.amount::text AS detail FROM transactions t
               WHERE t.status = 'posted' AND NOT EXISTS (
                 SELECT 1 FROM postings p WHERE p.journal_entry_id = t.journal_entry_id
                   AND p.bank_account_id = t.bank_account_id
                   AND p.amount = CASE WHEN t.direction = 'credit' THEN t.amount ELSE -t.amount END)`,
  },
  {
    name: 'idempotency_keys_have_one_effect',
    description: 'every accepted Idempotency-Key that moved money maps to exactly one journal entry',
    query: sql`SELECT k.key AS subject, count(j.id)::text AS detail FROM idempotency_keys k
               LEFT JOIN journal_entries j ON j.organization_id = k.organization_id AND j.idempotency_key = k.key
               WHERE (k.response_body LIKE '{"data":{"type":"transaction"%' OR k.response_body LIKE '{"data":{"type":"bookTransfer"%')
               GROUP BY k.organization_id, k.key HAVING count(j.id) <> 1`,
  },
];

export interface CheckResult {
  name: string;
  description: string;
  violations: { subject: string; detail: string }[];
}

export async function verifyLedger(db: Db): Promise<CheckResult[]> {
  const results: CheckResult[] = [];
  for (const check of invariantChecks) {
    const violations = await queryRows<{ subject: string; detail: string }>(db, check.query);
    results.push({ name: check.name, description: check.description, violations });
  }
  return results;
}
