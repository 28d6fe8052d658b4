import type { Machine } from '../machine';
import { changed, refused, type CommandResult } from './result';
import { eventNames, newNameProblem, unknownEvent } from './names';

export interface RenameEventArgs {
  readonly from: string;
  readonly to: string;
}

/**
 * Renames an event in its declaration and in every transition that uses it.
 * @example renameEvent(m, { from: 'Pay', to: 'PaymentReceived' })
 */
export function renameEvent(machine: Machine, { from, to }: RenameEventArgs): CommandResult {
  const names = eventNames(machine);
  if (!names.has(from)) return refused(unknownEvent(from));
  if (from === to) return changed(machine);
  const problem = newNameProblem('event', to, names);
  if (problem) return refused(problem);
  return changed({
    ...machine,
    events: machine.events.map((event) => (event.name === from ? { ...event, name: to } : event)),
    transitions: machine.transitions.map((t) => (t.event === from ? { ...t, event: to } : t)),
  });
}
