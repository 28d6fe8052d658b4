/**
 * Where a transition sits among its source state's outgoing transitions, so
 * the inspector can show "2 of 3", disable Up/Down at the ends and keep the
 * moved transition selected (moving swaps it with that neighbour's index).
 */
import type { Transition } from '../../../core/machine';

export interface OutgoingPosition {
  /** 0-based position among the transitions with the same `from`. */
  readonly position: number;
  readonly count: number;
  /** Table index of the previous / next transition from the same state, if any. */
  readonly previous: number | undefined;
  readonly next: number | undefined;
}

/** @example outgoingPosition(machine.transitions, 3) // { position: 1, count: 2, previous: 0, next: undefined } */
export function outgoingPosition(transitions: readonly Transition[], index: number): OutgoingPosition | undefined {
  const transition = transitions[index];
  if (!transition) return undefined;
  const siblings: number[] = [];
  transitions.forEach((t, i) => {
    if (t.from === transition.from) siblings.push(i);
  });
  const position = siblings.indexOf(index);
  return { position, count: siblings.length, previous: siblings[position - 1], next: siblings[position + 1] };
}

/** Table indices of the transitions out of `state` and into it, in table order. */
export function transitionsOf(transitions: readonly Transition[], state: string): { outgoing: number[]; incoming: number[] } {
  const outgoing: number[] = [];
  const incoming: number[] = [];
  transitions.forEach((t, i) => {
    if (t.from === state) outgoing.push(i);
    if (t.to === state) incoming.push(i);
  });
  return { outgoing, incoming };
}
