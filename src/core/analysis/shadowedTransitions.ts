/**
 * `shadowed-transition`: a transition listed after an unguarded one with the same
 * `from` and `event` never fires (SPEC section 3: the first transition whose guard
 * is absent or true fires). One pass over the table with a map keyed by
 * (source index, event id) as one number, so no string concatenation of names.
 */
import type { Machine, Transition } from '../machine/types';
import { fireableGraph } from './fireableGraph';

export const NOT_SHADOWED = -1;

/**
 * For each transition, the index of the earlier unguarded transition that shadows it, or `NOT_SHADOWED`.
 * Transitions from unknown states or without an event are never marked (they are errors of their own).
 * @example shadowingTransitions(m.transitions, fromIndex, 2) // Int32Array [-1, -1, 0]
 */
export function shadowingTransitions(transitions: readonly Transition[], fromIndex: Int32Array, stateCount: number): Int32Array {
  const shadowedBy = new Int32Array(transitions.length).fill(NOT_SHADOWED);
  const eventId = new Map<string, number>();
  const firstUnguarded = new Map<number, number>();
  for (let i = 0; i < transitions.length; i++) {
    const transition = transitions[i]!;
    const from = fromIndex[i]!;
    if (from < 0 || transition.event === '') continue;
    let id = eventId.get(transition.event);
    if (id === undefined) eventId.set(transition.event, (id = eventId.size));
    const key = id * stateCount + from;
    const shadow = firstUnguarded.get(key);
    if (shadow !== undefined) shadowedBy[i] = shadow;
    else if (transition.guard === undefined) firstUnguarded.set(key, i);
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
