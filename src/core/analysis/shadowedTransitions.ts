/**
 * `shadowed-transition`: a transition listed after an unguarded one with the same
 * `from` and `event` never fires (SPEC section 3: the first transition whose guard
 * is absent or true fires). One pass over the table with a map keyed by
 * (event id, source index) as one number, so no string concatenation of names.
 */
import type { Machine, Transition } from '../machine/types';
import { fireableGraph } from './fireableGraph';

export const NOT_SHADOWED = -1;

/**
 * For each transition, the index of the earlier unguarded transition that shadows it, or `NOT_SHADOWED`.
 * `eventIndex` numbers each transition's event (-1 for none); transitions from unknown states or
 * without an event are never marked (they are errors of their own).
 * @example shadowingTransitions(m.transitions, fromIndex, eventIndex, 2) // Int32Array [-1, -1, 0]
 */
export function shadowingTransitions(transitions: readonly Transition[], fromIndex: Int32Array, eventIndex: Int32Array, stateCount: number): Int32Array {
  const shadowedBy = new Int32Array(transitions.length).fill(NOT_SHADOWED);
  const firstUnguarded = new Map<number, number>();
  for (let i = 0; i < transitions.length; i++) {
    const from = fromIndex[i]!;
    const event = eventIndex[i]!;
    if (from < 0 || event < 0) continue;
    const key = event * stateCount + from;
    const shadow = firstUnguarded.get(key);
    if (shadow !== undefined) shadowedBy[i] = shadow;
    else if (transitions[i]!.guard === undefined) firstUnguarded.set(key, i);
  }
  return shadowedBy;
}

/**
 * Table indices of the transitions that never fire because an earlier unguarded one wins.
 * @example shadowedTransitions(m) // Map { 3 => 1 } (transitions[3] is shadowed by transitions[1])
 */
export function shadowedTransitions(machine: Machine): ReadonlyMap<number, number> {
  const { shadowedBy } = fireableGraph(machine);
  const result = new Map<number, number>();
  shadowedBy.forEach((by, index) => {
    if (by !== NOT_SHADOWED) result.set(index, by);
  });
  return result;
}
