/** Why an event does not fire, in the words the simulator shows next to the event. */
import type { RejectReason } from './step';

const quote = (name: string): string => JSON.stringify(name);

/**
 * @example rejectionMessage('guard-false', 'Idle', 'Buy', ['inStock']) // 'Guard "inStock" is false.'
 */
export function rejectionMessage(reason: RejectReason, state: string, event: string, falseGuards: readonly string[]): string {
  switch (reason) {
    case 'final-state':
      return `${quote(state)} is a final state; it accepts no more events.`;
    case 'no-transition':
      return `No transition from ${quote(state)} on ${quote(event)}.`;
    case 'guard-false': {
      const names = [...new Set(falseGuards)].map(quote);
      return names.length === 1 ? `Guard ${names[0]} is false.` : `Guards ${names.slice(0, -1).join(', ')} and ${names.at(-1)} are false.`;
    }
    case 'unknown-state':
      return `State ${quote(state)} does not exist in this machine.`;
  }
}
