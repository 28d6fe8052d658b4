import type { Machine } from '../machine';
import { changed, type CommandResult } from './result';

export interface DeleteTransitionsArgs {
  readonly indices: readonly number[];
}

/**
 * Deletes the transitions at the given table indices. Indices outside the
 * table are ignored (a stale selection), so deleting nothing changes nothing.
 * @example deleteTransitions(m, { indices: [0, 3] })
 */
export function deleteTransitions(machine: Machine, { indices }: DeleteTransitionsArgs): CommandResult {
  const doomed = new Set(indices);
  const transitions = machine.transitions.filter((_, index) => !doomed.has(index));
  if (transitions.length === machine.transitions.length) return changed(machine);
  return changed({ ...machine, transitions });
}
