/** `unused-event`: a declared event that no transition in the table uses. */
import type { Machine } from '../machine/types';

/**
 * Declared events no transition uses, in declaration order.
 * @example unusedEvents(m) // ['Refund']
 */
export function unusedEvents(machine: Machine): string[] {
  const used = new Set<string>();
  for (const transition of machine.transitions) used.add(transition.event);
  return machine.events.filter((event) => !used.has(event.name)).map((event) => event.name);
}
