/**
 * `unreachable-state`: a breadth-first search from the initial state over the
 * transitions that can fire. Linear in states + transitions.
 */
import type { Machine } from '../machine/types';
import { breadthFirst, UNREACHED, type Search } from './breadthFirst';
import { fireableGraph, type FireableGraph } from './fireableGraph';

/** The search from the initial state; nothing is reached when the initial state is missing or unknown. */
export function searchFromInitial(graph: FireableGraph): Search {
  return breadthFirst(graph.forward, graph.stateCount, graph.initial >= 0 ? [graph.initial] : []);
}

/**
 * Names of the states reachable from the initial state, in state order.
 * @example reachableStates(m) // Set { 'Idle', 'HasCoin' }
 */
export function reachableStates(machine: Machine): ReadonlySet<string> {
  const { via } = searchFromInitial(fireableGraph(machine));
  return new Set(machine.states.filter((_, s) => via[s] !== UNREACHED).map((state) => state.name));
}
