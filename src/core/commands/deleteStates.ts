import type { Machine, Point } from '../machine';
import { changed, type CommandResult } from './result';

export interface DeleteStatesArgs {
  readonly names: readonly string[];
}

/**
 * Deletes states with every transition that starts or ends at one of them and
 * their positions; clears the initial state if it was deleted. Names that are
 * not states are ignored (a stale selection), so deleting nothing changes nothing.
 * @example deleteStates(m, { names: ['Draft', 'Cancelled'] })
 */
export function deleteStates(machine: Machine, { names }: DeleteStatesArgs): CommandResult {
  const doomed = new Set(names);
  const states = machine.states.filter((state) => !doomed.has(state.name));
  if (states.length === machine.states.length) return changed(machine);
  const positions = new Map<string, Point>();
  for (const [name, point] of machine.layout.positions) if (!doomed.has(name)) positions.set(name, point);
  const { initial, ...rest } = machine;
  return changed({
    ...rest,
    ...(initial !== undefined && !doomed.has(initial) ? { initial } : {}),
    states,
    transitions: machine.transitions.filter((t) => !doomed.has(t.from) && !doomed.has(t.to)),
    layout: { ...machine.layout, positions },
  });
}
