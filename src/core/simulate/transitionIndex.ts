import type { Machine, Transition } from '../machine/types';

/** Transitions grouped by source state and event, in table order, with their table index. */
export interface IndexedTransition {
  readonly index: number;
  readonly transition: Transition;
}

export type TransitionIndex = ReadonlyMap<string, ReadonlyMap<string, readonly IndexedTransition[]>>;

const cache = new WeakMap<Machine, TransitionIndex>();

/**
 * `from -> event -> transitions`, built once per machine (machines are immutable).
 * @example transitionIndex(m).get('Idle')?.get('InsertCoin')
 */
export function transitionIndex(machine: Machine): TransitionIndex {
  let index = cache.get(machine);
  if (!index) {
    const built = new Map<string, Map<string, IndexedTransition[]>>();
    machine.transitions.forEach((transition, i) => {
      let byEvent = built.get(transition.from);
      if (!byEvent) built.set(transition.from, (byEvent = new Map()));
      let list = byEvent.get(transition.event);
      if (!list) byEvent.set(transition.event, (list = []));
      list.push({ index: i, transition });
    });
    index = built;
    cache.set(machine, index);
  }
  return index;
}
