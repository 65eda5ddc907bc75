/**
 * The card status machine (SPEC §4). Virtual cards start `active`, physical cards `inactive` until
 * delivered and activated. `active` <-> `suspended` is reversible; `lost`, `stolen` and `closed` are
 * final. Pure: the service applies the answer.
 */
export const cardStatuses = ['inactive', 'active', 'suspended', 'lost', 'stolen', 'closed'] as const;
export type CardStatus = (typeof cardStatuses)[number];
export const finalStatuses: readonly CardStatus[] = ['lost', 'stolen', 'closed'];

export type CardCommand =
  { kind: 'activate'; delivered: boolean } | { kind: 'suspend' } | { kind: 'unsuspend' } | { kind: 'close'; reason: 'lost' | 'stolen' | 'closed' };

export type TransitionResult =
  | { ok: true; status: CardStatus; changed: boolean }
  | { ok: false; code: 'card_closed' | 'card_status_conflict' | 'card_not_delivered'; detail: string };

export function isFinal(status: CardStatus): boolean {
  return finalStatuses.includes(status);
}

export function transition(status: CardStatus, command: CardCommand): TransitionResult {
  if (isFinal(status)) return { ok: false, code: 'card_closed', detail: `The card is ${status}; that is final.` };
  switch (command.kind) {
    case 'activate':
      if (status === 'active') return { ok: true, status, changed: false };
      if (status !== 'inactive') return { ok: false, code: 'card_status_conflict', detail: `A ${status} card cannot be activated.` };
      if (!command.delivered) {
        return { ok: false, code: 'card_not_delivered', detail: 'A physical card can be activated only once it is delivered.' };
      }
      return { ok: true, status: 'active', changed: true };
    case 'suspend':
      // Asking for the state a card is already in is answered with that state, not an error.
      if (status === 'suspended') return { ok: true, status, changed: false };
      if (status !== 'active')
        return { ok: false, code: 'card_status_conflict', detail: `An ${status} card cannot be suspended; activate it first.` };
      return { ok: true, status: 'suspended', changed: true };
    case 'unsuspend':
      if (status === 'active') return { ok: true, status, changed: false };
      if (status !== 'suspended')
        return { ok: false, code: 'card_status_conflict', detail: `An ${status} card cannot be re-enabled; activate it first.` };
      return { ok: true, status: 'active', changed: true };
    case 'close':
      return { ok: true, status: command.reason, changed: true };
  }
}

/** Wrong PINs in a row that block a card's PIN until it is reset (SPEC §10). */
export const pinTriesMax = 3;

export function pinStatus(pinFailures: number): 'active' | 'blocked' {
  return pinFailures >= pinTriesMax ? 'blocked' : 'active';
}
