/** What each event of the alphabet would do in a state: the simulator's event buttons. */
import { alphabet } from '../machine/alphabet';
import type { Machine } from '../machine/types';
import { rejectionMessage } from './rejectionMessage';
import type { GuardValues } from './session';
import { step, type RejectReason } from './step';

export type EventAvailability =
  | { readonly event: string; readonly enabled: true; readonly target: string; readonly transition: number }
  | {
      readonly event: string;
      readonly enabled: false;
      /** Shown next to the disabled event: `No transition from "Idle" on "Pay".` */
      readonly reason: string;
      readonly rejection: RejectReason;
      readonly falseGuards: readonly string[];
    };

/**
 * Every event of the alphabet, in alphabet order, enabled (with its target) or not (with the reason).
 * @example availableEvents(m, 'Idle', new Map()) // [{ event: 'InsertCoin', enabled: true, target: 'HasCoin', transition: 0 }, …]
 */
export function availableEvents(machine: Machine, state: string, guardValues: GuardValues = new Map()): EventAvailability[] {
  return alphabet(machine).map((event) => {
    const result = step(machine, state, event, (guard) => guardValues.get(guard) ?? true);
    if (result.kind === 'fired') return { event, enabled: true, target: result.to, transition: result.transition };
    return {
      event,
      enabled: false,
      reason: rejectionMessage(result.reason, state, event, result.falseGuards),
      rejection: result.reason,
      falseGuards: result.falseGuards,
    };
  });
}
