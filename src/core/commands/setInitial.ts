import type { Machine } from '../machine';
import { changed, refused, type CommandResult } from './result';
import { stateIndex, unknownState } from './names';

export interface SetInitialArgs {
  readonly name: string;
}

/**
 * Makes `name` the state the machine starts in.
 * @example setInitial(m, { name: 'Idle' })
 */
export function setInitial(machine: Machine, { name }: SetInitialArgs): CommandResult {
  if (stateIndex(machine, name) === -1) return refused(unknownState(name));
  if (machine.initial === name) return changed(machine);
  return changed({ ...machine, initial: name });
}
