import type { Machine } from '../machine';
import { changed, quote, refused, type CommandResult } from './result';
import { isTransitionIndex, unknownTransition } from './names';

export interface MoveTransitionArgs {
  readonly index: number;
  readonly direction: 'up' | 'down';
}

/**
 * Moves a transition one place earlier or later among the transitions out of
 * the same state, by swapping it with its neighbour from that state. Order
 * matters: the first transition whose guard holds is the one that fires.
 * @example moveTransition(m, { index: 4, direction: 'up' })
 */
export function moveTransition(machine: Machine, { index, direction }: MoveTransitionArgs): CommandResult {
  if (!isTransitionIndex(machine, index)) return refused(unknownTransition(index, machine));
  const moving = machine.transitions[index]!;
  const neighbour = neighbourIndex(machine, index, direction);
  if (neighbour === -1) {
    const end = direction === 'up' ? 'first' : 'last';
    return refused(`This transition is already the ${end} one out of ${quote(moving.from)}; it cannot move further ${direction}.`);
  }
  const transitions = machine.transitions.slice();
  transitions[index] = machine.transitions[neighbour]!;
  transitions[neighbour] = moving;
  return changed({ ...machine, transitions });
}

function neighbourIndex(machine: Machine, index: number, direction: 'up' | 'down'): number {
  const from = machine.transitions[index]!.from;
  const stepBy = direction === 'up' ? -1 : 1;
  for (let i = index + stepBy; i >= 0 && i < machine.transitions.length; i += stepBy) {
    if (machine.transitions[i]!.from === from) return i;
  }
  return -1;
}
