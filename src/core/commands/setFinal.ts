import type { Machine, StateDef } from '../machine';
import { changed, refused, type CommandResult } from './result';
import { stateIndex, unknownState, withState } from './names';

export interface SetFinalArgs {
  readonly name: string;
  readonly final: boolean;
}

/**
 * Marks a state final (terminal) or not. A final state may keep outgoing
 * transitions; analysis reports them (`final-has-outgoing`) rather than this
 * command deleting the user's work.
 * @example setFinal(m, { name: 'Delivered', final: true })
 */
export function setFinal(machine: Machine, { name, final }: SetFinalArgs): CommandResult {
  const index = stateIndex(machine, name);
  if (index === -1) return refused(unknownState(name));
  const state = machine.states[index]!;
  if (Boolean(state.final) === final) return changed(machine);
  const { final: _wasFinal, ...rest } = state;
  const next: StateDef = final ? { ...rest, final: true } : rest;
  return changed(withState(machine, index, next));
}

/**
 * Flips whether a state is final.
 * @example toggleFinal(m, { name: 'Delivered' })
 */
export function toggleFinal(machine: Machine, { name }: { readonly name: string }): CommandResult {
  const index = stateIndex(machine, name);
  if (index === -1) return refused(unknownState(name));
  return setFinal(machine, { name, final: !machine.states[index]!.final });
}
