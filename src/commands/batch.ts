import { claimKeys, responsesWrite, type CommandResult, type IdempotencyClaim, type SerializedResponse } from './idempotency.js';
import type { Db } from '../db/database.js';
import type { Outcome } from '../db/group-commit.js';
import type { AppError } from '../errors/app-error.js';
import { applyBatchWrites, type BatchWrite } from '../db/batch-write.js';
import { eventsWrite, type NewEvent } from '../modules/webhooks/events.js';
import type { Vault } from '../vault/vault.js';

/**
 * The frame every batched money command shares (group commit): its items' Idempotency-Keys are claimed
 * first, before any resource is looked up (a replay answers the stored response whatever happened
 * since); the command then answers, refuses or defers each remaining item and queues the events; and
 * `finish` writes all events (with their webhook fan-out) and all stored responses in one statement
 * each. The seed of the one command executor of issue 9.
 */
export class CommandBatch<Item extends { claim?: IdempotencyClaim | undefined }> {
  private readonly outcomes: (Outcome<CommandResult> | undefined)[];
  private readonly events: NewEvent[] = [];
  private readonly stored: { claim: IdempotencyClaim; response: SerializedResponse }[] = [];

  private constructor(
    private readonly tx: Db,
    private readonly vault: Vault | undefined,
    private readonly items: Item[],
  ) {
    this.outcomes = items.map(() => undefined);
  }

  /** Claims the keys; answers replays and refused keys. The vault is needed only when items carry keys. */
  static async open<Item extends { claim?: IdempotencyClaim | undefined }>(
    tx: Db,
    vault: Vault | undefined,
    items: Item[],
  ): Promise<CommandBatch<Item>> {
    const batch = new CommandBatch(tx, vault, items);
    const claims = items.map((item) => item.claim);
    if (claims.some(Boolean) && !vault) throw new Error('a batch with Idempotency-Keys needs the vault');
    (await claimKeys(tx, vault!, claims)).forEach((claim, index) => {
      if (claim?.kind === 'replay') batch.outcomes[index] = { ok: true, value: claim.result };
      if (claim?.kind === 'refused') batch.outcomes[index] = { ok: false, error: claim.error };
    });
    return batch;
  }

  /** The items still to decide, with their positions, in request order. */
  get live(): { item: Item; index: number }[] {
    return this.items.map((item, index) => ({ item, index })).filter(({ index }) => this.outcomes[index] === undefined);
  }

  refuse(index: number, error: AppError | Error): void {
    this.outcomes[index] = { ok: false, error };
  }

  /** A row the item needs was locked elsewhere: apply it again on its own (see GroupCommit). */
  deferAlone(index: number): void {
    this.outcomes[index] = { ok: 'alone' };
  }

  emit(event: NewEvent): void {
    this.events.push(event);
  }

  /** The item's answer, stored under its key (if any) when the batch commits. */
  answer(index: number, response: SerializedResponse): void {
    const claim = this.items[index]!.claim;
    if (claim) this.stored.push({ claim, response });
    this.outcomes[index] = { ok: true, value: { ...response, replayed: false } };
  }

  /**
   * Writes the batch's planned rows (`writes`, from the modules that own them), its events with their
   * webhook fan-out and its stored responses, all in one statement (db/batch-write.ts); every item
   * must have its outcome by now.
   */
  async finish(writes: (BatchWrite | undefined)[] = []): Promise<Outcome<CommandResult>[]> {
    if (this.outcomes.some((outcome) => outcome === undefined)) throw new Error('a batch item was left without an outcome');
    const responses = this.stored.length > 0 ? responsesWrite(this.vault!, this.stored) : undefined;
    // The batch's last statement: when its transaction is a group commit's, COMMIT goes right behind it.
    await applyBatchWrites(this.tx, [...writes, eventsWrite(this.events).write, responses], { last: true });
    return this.outcomes as Outcome<CommandResult>[];
  }
}

/**
 * Runs a batched command on one item, in the caller's transaction (the dashboard's forms, the expiry
 * sweep), and returns the row it answered with; a refusal is thrown. `run` gets the `respond` to pass
 * to the batch function.
 */
export async function applyOne<Row>(run: (respond: (row: Row) => SerializedResponse) => Promise<Outcome<CommandResult>[]>): Promise<Row> {
  let answered: Row | undefined;
  const [outcome] = await run((row) => {
    answered = row;
    return { status: 200, headers: {}, body: '' };
  });
  if (outcome!.ok === true) return answered!;
  throw outcome!.ok === false ? outcome!.error : new Error('a command applied alone was deferred');
}
