import type { Machine, Point } from '../machine';
import { changed, refused, type CommandResult } from './result';
import { newNameProblem, stateIndex, stateNames, unknownState, withState } from './names';

export interface RenameStateArgs {
  readonly from: string;
  readonly to: string;
}

/**
 * Renames a state everywhere it is referred to: transitions (both ends), the
 * initial state and the layout, so the machine means the same afterwards.
 * @example renameState(m, { from: 'Paid', to: 'Settled' })
 */
export function renameState(machine: Machine, { from, to }: RenameStateArgs): CommandResult {
  const index = stateIndex(machine, from);
  if (index === -1) return refused(unknownState(from));
  if (from === to) return changed(machine);
  const problem = newNameProblem('state', to, stateNames(machine));
  if (problem) return refused(problem);

  const state = machine.states[index]!;
  const renamed = withState(machine, index, { ...state, name: to });
  const rename = (name: string) => (name === from ? to : name);
  return changed({
    ...renamed,
    ...(machine.initial === from ? { initial: to } : {}),
    transitions: machine.transitions.map((t) => (t.from === from || t.to === from ? { ...t, from: rename(t.from), to: rename(t.to) } : t)),
    layout: { ...machine.layout, positions: renameKey(machine.layout.positions, from, to) },
  });
}

function renameKey(positions: ReadonlyMap<string, Point>, from: string, to: string): ReadonlyMap<string, Point> {
  if (!positions.has(from)) return positions;
  const result = new Map<string, Point>();
  for (const [name, point] of positions) result.set(name === from ? to : name, point);
  return result;
}
