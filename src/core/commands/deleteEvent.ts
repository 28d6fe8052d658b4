import type { Machine } from '../machine';
import { changed, quote, refused, type CommandResult } from './result';
import { unknownEvent } from './names';

export interface DeleteEventArgs {
  readonly name: string;
}

/**
 * Removes an event declaration that no transition uses. An event still used by
 * transitions is refused: it would stay in the alphabet (the alphabet derives
 * from use), so the deletion would silently do nothing but drop its description.
 * @example deleteEvent(m, { name: 'Unused' })
 */
export function deleteEvent(machine: Machine, { name }: DeleteEventArgs): CommandResult {
  const uses = machine.transitions.filter((t) => t.event === name).length;
  if (uses > 0) {
    return refused(`The event ${quote(name)} is used by ${uses} transition${uses === 1 ? '' : 's'}; delete those transitions or give them another event first.`);
  }
  const events = machine.events.filter((event) => event.name !== name);
  if (events.length === machine.events.length) return refused(unknownEvent(name));
  return changed({ ...machine, events });
}
