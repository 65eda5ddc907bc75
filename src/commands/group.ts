import type { CommandResult, SerializedResponse } from './idempotency.js';
import type { AppContext } from '../app-context.js';
import type { Db } from '../db/database.js';
import { inTransaction } from '../db/money-moved.js';
import { GroupCommit, type ApplyOptions, type Outcome } from '../db/group-commit.js';
import type { Vault } from '../vault/vault.js';

/** A batch writer of money commands: `(tx, vault, items, respond, options)`, one outcome per item. */
export type BatchWriter<Item, Row> = (
  tx: Db,
  vault: Vault | undefined,
  items: Item[],
  respond: (row: Row) => SerializedResponse,
  options: ApplyOptions,
) => Promise<Outcome<CommandResult>[]>;

/**
 * Group commit over a batch writer (see db/group-commit.ts): each batch in one transaction. `committed`
 * sees every row the batch answered once its transaction has committed, so metrics count only what
 * happened.
 */
export function groupCommit<Item, Row>(
  context: AppContext,
  command: string,
  write: BatchWriter<Item, Row>,
  respond: (row: Row) => SerializedResponse,
  committed: (row: Row) => void = () => {},
) {
  return new GroupCommit(
    async (items: Item[], options) => {
      const answered: Row[] = [];
      const outcomes = await inTransaction(
        context.database.db,
        (tx) =>
          write(
            tx,
            context.vault,
            items,
            (row) => {
              answered.push(row);
              return respond(row);
            },
            options,
          ),
        { commitBehindLast: true },
      );
      answered.forEach(committed);
      return outcomes;
    },
    { observer: context.metrics.batches(command), aloneWaitMs: context.config.databaseTimeouts.lockMs },
  );
}
