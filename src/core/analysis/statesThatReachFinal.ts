/**
 * `cannot-reach-final`: one breadth-first search backwards from every final state
 * at once, instead of a search per state, so it stays linear.
 */
import type { Machine } from '../machine/types';
import { breadthFirst, UNREACHED } from './breadthFirst';
import { fireableGraph, type FireableGraph } from './fireableGraph';

/** Per state: 1 when some final state can be reached from it (final states reach themselves). */
export function reachesFinalFlags(graph: FireableGraph): Uint8Array {
  const finals: number[] = [];
  for (let s = 0; s < graph.stateCount; s++) if (graph.isFinal[s]) finals.push(s);
  const { via } = breadthFirst(graph.backward, graph.stateCount, finals);
  const flags = new Uint8Array(graph.stateCount);
  for (let s = 0; s < graph.stateCount; s++) if (via[s] !== UNREACHED) flags[s] = 1;
  return flags;
}

/**
 * Names of the states from which a final state can be reached, in state order.
 * @example statesThatReachFinal(m) // Set { 'Paid', 'Shipped' }
 */
export function statesThatReachFinal(machine: Machine): ReadonlySet<string> {
  const flags = reachesFinalFlags(fireableGraph(machine));
  return new Set(machine.states.filter((_, s) => flags[s]).map((state) => state.name));
}
