/** `unused-event`: a declared event that no transition in the table uses. */
import type { Machine } from '../machine/types';
import { fireableGraph } from './fireableGraph';

/**
 * Declared events no transition uses, in declaration order.
 * @example unusedEvents(m) // ['Refund']
 */
export function unusedEvents(machine: Machine): string[] {
  const { usedEvents } = fireableGraph(machine);
  return machine.events.filter((event) => !usedEvents.has(event.name)).map((event) => event.name);
}
