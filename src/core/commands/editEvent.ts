import type { Machine } from '../machine';
import { changed, refused, type CommandResult } from './result';
import { declaredAlphabet } from './declaredAlphabet';
import { unknownEvent } from './names';

export interface EditEventArgs {
  readonly name: string;
  /** `''` removes the description. */
  readonly description: string;
}

/**
 * Sets the description of an event in the alphabet, declaring it if it was only used.
 * @example editEvent(m, { name: 'Ship', description: 'Warehouse confirms pickup' })
 */
export function editEvent(machine: Machine, { name, description }: EditEventArgs): CommandResult {
  const events = declaredAlphabet(machine);
  const index = events.findIndex((event) => event.name === name);
  if (index === -1) return refused(unknownEvent(name));
  if ((events[index]!.description ?? '') === description) return changed(machine);
  events[index] = description ? { name, description } : { name };
  return changed({ ...machine, events });
}
