/**
 * The graph every warning check works on (SPEC section 2): states by index and
 * the transitions that can fire. A transition can fire when its `from` and `to`
 * name states, it has an event, its source is not final and no earlier
 * unguarded transition shadows it; guards are assumed satisfiable.
 *
 * Built once per machine object (machines are immutable) and shared by every
 * pass, so `analyze` and `shortestPaths` on the same machine prepare it once.
 */
import type { Machine } from '../machine/types';
import { buildAdjacency, type Adjacency } from './adjacency';
import { shadowingTransitions } from './shadowedTransitions';

export interface FireableGraph {
  readonly stateCount: number;
  readonly indexOfState: ReadonlyMap<string, number>;
  readonly isFinal: Uint8Array;
  /** Index of the initial state, or -1 when it is missing or names no state. */
  readonly initial: number;
  /** Per transition: index of its `from` / `to` state, or -1 when the name is unknown. */
  readonly fromIndex: Int32Array;
  readonly toIndex: Int32Array;
  /** Events used by transitions, numbered in order of first use. */
  readonly usedEvents: ReadonlyMap<string, number>;
  /** Per transition: the number of its event in `usedEvents`, or -1 when it has none. */
  readonly eventIndex: Int32Array;
  /** Per transition: the earlier transition that shadows it, or -1. */
  readonly shadowedBy: Int32Array;
  /** Per transition: 1 when it can fire. */
  readonly canFire: Uint8Array;
  /** Transitions that can fire, from source to target, and reversed. */
  readonly forward: Adjacency;
  readonly backward: Adjacency;
}

const cache = new WeakMap<Machine, FireableGraph>();

/**
 * The machine's fireable-transition graph, cached per machine object.
 * @example fireableGraph(m).forward // adjacency of the transitions that can fire
 */
export function fireableGraph(machine: Machine): FireableGraph {
  let graph = cache.get(machine);
  if (!graph) {
    graph = buildFireableGraph(machine);
    cache.set(machine, graph);
  }
  return graph;
}

function buildFireableGraph(machine: Machine): FireableGraph {
  const { states, transitions } = machine;
  const stateCount = states.length;
  const indexOfState = new Map<string, number>();
  const isFinal = new Uint8Array(stateCount);
  for (let s = 0; s < stateCount; s++) {
    const state = states[s]!;
    // restore() refuses duplicate names; should one slip in, the first definition wins, as in step().
    if (!indexOfState.has(state.name)) indexOfState.set(state.name, s);
    if (state.final) isFinal[s] = 1;
  }
  const fromIndex = new Int32Array(transitions.length);
  const toIndex = new Int32Array(transitions.length);
  // Events are numbered once here so that shadowing, the alphabet size and unused events never hash names again.
  const usedEvents = new Map<string, number>();
  const eventIndex = new Int32Array(transitions.length);
  for (let i = 0; i < transitions.length; i++) {
    const transition = transitions[i]!;
    fromIndex[i] = indexOfState.get(transition.from) ?? -1;
    toIndex[i] = indexOfState.get(transition.to) ?? -1;
    if (transition.event === '') {
      eventIndex[i] = -1;
    } else {
      let id = usedEvents.get(transition.event);
      if (id === undefined) usedEvents.set(transition.event, (id = usedEvents.size));
      eventIndex[i] = id;
    }
  }
  const shadowedBy = shadowingTransitions(transitions, fromIndex, eventIndex, stateCount);
  const canFire = new Uint8Array(transitions.length);
  for (let i = 0; i < transitions.length; i++) {
    const from = fromIndex[i]!;
    if (from >= 0 && toIndex[i]! >= 0 && eventIndex[i]! >= 0 && !isFinal[from] && shadowedBy[i]! < 0) canFire[i] = 1;
  }
  const initial = machine.initial === undefined ? -1 : (indexOfState.get(machine.initial) ?? -1);
  return {
    stateCount,
    indexOfState,
    isFinal,
    initial,
    fromIndex,
    toIndex,
    usedEvents,
    eventIndex,
    shadowedBy,
    canFire,
    forward: buildAdjacency(stateCount, fromIndex, toIndex, canFire),
    backward: buildAdjacency(stateCount, toIndex, fromIndex, canFire),
  };
}
