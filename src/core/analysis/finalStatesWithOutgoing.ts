/**
 * `final-has-outgoing`: transitions out of a final state never fire (SPEC section 3:
 * a final state rejects every event). Transitions that are errors of their own
 * (no event, unknown target) are left to those errors.
 */
import type { Machine } from '../machine/types';
import { fireableGraph, type FireableGraph } from './fireableGraph';

/** Final state index -> its outgoing transitions, in table order. */
export function outgoingOfFinals(machine: Machine, graph: FireableGraph): Map<number, number[]> {
  const result = new Map<number, number[]>();
  for (let i = 0; i < graph.fromIndex.length; i++) {
    const from = graph.fromIndex[i]!;
    if (from < 0 || !graph.isFinal[from] || graph.toIndex[i]! < 0 || machine.transitions[i]!.event === '') continue;
    const list = result.get(from);
    if (list) list.push(i);
    else result.set(from, [i]);
  }
  return result;
}

/**
 * Final states that have outgoing transitions, with those transitions' table indices.
 * @example finalStatesWithOutgoing(m) // Map { 'Done' => [4] }
 */
export function finalStatesWithOutgoing(machine: Machine): ReadonlyMap<string, readonly number[]> {
  const byIndex = outgoingOfFinals(machine, fireableGraph(machine));
  return new Map([...byIndex].sort(([a], [b]) => a - b).map(([s, list]) => [machine.states[s]!.name, list]));
}
