/**
 * `dead-end`: a non-final state with no transition that can fire to another state
 * (none at all, or only self-loops). One pass over the transitions.
 */
import type { Machine } from '../machine/types';
import { fireableGraph, type FireableGraph } from './fireableGraph';

/** Per state: 1 when it is a dead end. */
export function deadEndFlags(graph: FireableGraph): Uint8Array {
  const leaves = new Uint8Array(graph.stateCount);
  for (let i = 0; i < graph.canFire.length; i++) {
    if (graph.canFire[i] && graph.fromIndex[i] !== graph.toIndex[i]) leaves[graph.fromIndex[i]!] = 1;
  }
  const deadEnd = new Uint8Array(graph.stateCount);
  for (let s = 0; s < graph.stateCount; s++) if (!graph.isFinal[s] && !leaves[s]) deadEnd[s] = 1;
  return deadEnd;
}

/**
 * Names of the dead-end states, in state order.
 * @example deadEnds(m) // ['Stuck']
 */
export function deadEnds(machine: Machine): string[] {
  const flags = deadEndFlags(fireableGraph(machine));
  return machine.states.filter((_, s) => flags[s]).map((state) => state.name);
}
