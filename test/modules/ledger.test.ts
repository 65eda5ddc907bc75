import fc from 'fast-check';
import { eq, sql } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { execute } from '../../src/commands/execute.js';
import { bankAccounts } from '../../src/modules/accounts/schema.js';
import { getBankAccount, openBankAccount } from '../../src/modules/accounts/service.js';
import { createEntity } from '../../src/modules/entities/service.js';
import { postJournalEntry, type PostingInput } from '../../src/modules/ledger/service.js';
import { verifyLedger } from '../../src/invariants/verify.js';
import { AppError } from '../../src/errors/app-error.js';
import { individualAttributes } from '../helpers/fixtures.js';
import { describeEachEngine, type TestApp } from '../helpers/harness.js';

async function openAccounts(harness: TestApp, organizationId: string, n: number): Promise<string[]> {
  const ids: string[] = [];
  for (let i = 0; i < n; i++) {
    const actor = { organizationId, id: 'ledger-test', origin: 'test' };
    const entity = await execute(
      harness.database.db,
      actor,
      (command) => createEntity(command, organizationId, individualAttributes({ externalId: null }) as never, { initialKycStatus: 'approved' }),
      new Date(),
    );
    const account = await execute(
      harness.database.db,
      actor,
      (command) => openBankAccount(command, organizationId, { entityId: entity.id, currency: 'EUR' }, harness.config.iban),
      new Date(),
    );
    ids.push(account.id);
  }
  return ids;
}

type Operation =
  | { kind: 'credit'; account: number; amount: number }
  | { kind: 'debit'; account: number; amount: number }
  | { kind: 'transfer'; from: number; to: number; amount: number };

const operation = (accounts: number): fc.Arbitrary<Operation> =>
  fc.oneof(
    fc.record({ kind: fc.constant('credit' as const), account: fc.nat(accounts - 1), amount: fc.integer({ min: 1, max: 100_000 }) }),
    fc.record({ kind: fc.constant('debit' as const), account: fc.nat(accounts - 1), amount: fc.integer({ min: 1, max: 100_000 }) }),
    fc
      .record({
        kind: fc.constant('transfer' as const),
        from: fc.nat(accounts - 1),
        to: fc.nat(accounts - 1),
        amount: fc.integer({ min: 1, max: 100_000 }),
      })
      .filter((op) => op.from !== op.to),
  );

describeEachEngine('ledger', (harness) => {
  it('matches a simple in-memory model over random credits, fee debits and transfers, refusing overdrafts', async () => {
    const credential = await harness.credential();
    const organizationId = credential.organizationId;
    const accounts = await openAccounts(harness, organizationId, 3);
    const model = new Map(accounts.map((id) => [id, 0]));

    await fc.assert(
      fc.asyncProperty(fc.array(operation(3), { minLength: 1, maxLength: 25 }), async (operations) => {
        for (const op of operations) {
          const postings: PostingInput[] =
            op.kind === 'credit'
              ? [
                  { target: { kind: 'customer', bankAccountId: accounts[op.account]! }, amount: op.amount },
                  { target: { kind: 'internal', purpose: 'incoming_transfer_settlement' }, amount: -op.amount },
                ]
              : op.kind === 'debit'
                ? [
                    { target: { kind: 'customer', bankAccountId: accounts[op.account]! }, amount: -op.amount },
                    { target: { kind: 'internal', purpose: 'fees' }, amount: op.amount },
                  ]
                : [
                    { target: { kind: 'customer', bankAccountId: accounts[op.from]! }, amount: -op.amount },
                    { target: { kind: 'customer', bankAccountId: accounts[op.to]! }, amount: op.amount },
                  ];
          const debited = op.kind === 'credit' ? undefined : accounts[op.kind === 'debit' ? op.account : op.from]!;
          const affordable = debited === undefined || model.get(debited)! >= op.amount;
          try {
            await harness.database.db.transaction((tx) => postJournalEntry(tx, { organizationId, kind: 'test', currency: 'EUR', postings }));
            expect(affordable).toBe(true);
            for (const posting of postings) {
              if (posting.target.kind === 'customer') {
                model.set(posting.target.bankAccountId, model.get(posting.target.bankAccountId)! + posting.amount);
              }
            }
          } catch (error) {
            expect(affordable).toBe(false);
            expect(error).toBeInstanceOf(AppError);
            expect((error as AppError).details[0]!.code).toBe('insufficient_funds');
          }
        }
        for (const id of accounts) {
          const account = await getBankAccount(harness.database.db, organizationId, id);
          expect(account.postedBalance).toBe(model.get(id));
        }
      }),
      { numRuns: 15 },
    );
    expect((await verifyLedger(harness.database.db)).filter((r) => r.violations.length > 0)).toEqual([]);
  });

  it('refuses unbalanced entries as bugs, before writing anything', async () => {
    const credential = await harness.credential();
    const [account] = await openAccounts(harness, credential.organizationId, 1);
    const attempt = (postings: PostingInput[]) =>
      harness.database.db.transaction((tx) =>
        postJournalEntry(tx, { organizationId: credential.organizationId, kind: 'test', currency: 'EUR', postings }),
      );
    await expect(
      attempt([
        { target: { kind: 'customer', bankAccountId: account! }, amount: 100 },
        { target: { kind: 'internal', purpose: 'fees' }, amount: -99 },
      ]),
    ).rejects.toThrow('journal entry postings sum to 1, not zero');
    await expect(attempt([{ target: { kind: 'customer', bankAccountId: account! }, amount: 100 }])).rejects.toThrow('at least two postings');
    await expect(
      attempt([
        { target: { kind: 'customer', bankAccountId: account! }, amount: 0.5 },
        { target: { kind: 'internal', purpose: 'fees' }, amount: -0.5 },
      ]),
    ).rejects.toThrow('not a non-zero integer');
    expect((await getBankAccount(harness.database.db, credential.organizationId, account!)).version).toBe(0);
  });

  it('verify reports a tampered balance, a broken chain and a negative balance', async () => {
    const credential = await harness.credential();
    const [account] = await openAccounts(harness, credential.organizationId, 1);
    await harness.database.db.transaction((tx) =>
      postJournalEntry(tx, {
        organizationId: credential.organizationId,
        kind: 'test',
        currency: 'EUR',
        postings: [
          { target: { kind: 'customer', bankAccountId: account! }, amount: 500 },
          { target: { kind: 'internal', purpose: 'incoming_transfer_settlement' }, amount: -500 },
        ],
      }),
    );
    expect((await verifyLedger(harness.database.db)).every((r) => r.violations.length === 0)).toBe(true);
    await harness.database.db.update(bankAccounts).set({ postedBalance: -100 }).where(eq(bankAccounts.id, account!));
    await harness.database.db.execute(sql`UPDATE postings SET balance_after = 499 WHERE bank_account_id = ${account!}`);
    const failed = (await verifyLedger(harness.database.db)).filter((r) => r.violations.length > 0).map((r) => r.name);
    expect(failed).toEqual(['balances_match_postings', 'running_balances_chain', 'versions_match_accounts', 'no_negative_available']);
    // Put it back so the suite's database stays valid for anything that runs after.
    await harness.database.db.update(bankAccounts).set({ postedBalance: 500 }).where(eq(bankAccounts.id, account!));
    await harness.database.db.execute(sql`UPDATE postings SET balance_after = 500 WHERE bank_account_id = ${account!}`);
    expect((await verifyLedger(harness.database.db)).every((r) => r.violations.length === 0)).toBe(true);
  });
});
