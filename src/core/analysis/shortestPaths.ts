/**
 * "How do I get here": the shortest event path from the initial state to every
 * reachable state, as a breadth-first tree over the transitions that can fire,
 * neighbours in table order so the witness is deterministic.
 *
 * A path must be playable, so each step comes with the guard values that make
 * exactly its transition fire: its own guard true, the guards of earlier
 * transitions for the same state and event false. A transition whose guard name
 * also guards an earlier one of those cannot be made to fire alone, so paths do
 * not use it; a state reachable only that way has no path.
 */
import type { Machine } from '../machine/types';
import { transitionIndex } from '../simulate/transitionIndex';
import { buildAdjacency } from './adjacency';
import { breadthFirst, ROOT, UNREACHED } from './breadthFirst';
import { fireableGraph, type FireableGraph } from './fireableGraph';

export interface TreeEdge {
  /** The transition (table index) that enters the state on its shortest path. */
  readonly via: number;
  /** The state the path comes from. */
  readonly previous: string;
}

export interface PathStep {
  readonly from: string;
  readonly event: string;
  readonly to: string;
  readonly transition: number;
  /** Guard values under which `event` in `from` fires exactly this transition. */
  readonly guards: ReadonlyMap<string, boolean>;
}

const cache = new WeakMap<Machine, ReadonlyMap<string, TreeEdge>>();

/**
 * The shortest-path tree: every reachable state except the initial one, with the transition that enters it.
 * @example shortestPaths(m).get('Paid') // { via: 0, previous: 'AwaitingPayment' }
 */
export function shortestPaths(machine: Machine): ReadonlyMap<string, TreeEdge> {
  let tree = cache.get(machine);
  if (!tree) {
    tree = buildTree(machine, fireableGraph(machine));
    cache.set(machine, tree);
  }
  return tree;
}

/**
 * The steps from the initial state to `state`: `[]` for the initial state, `undefined` when no path exists.
 * @example pathTo(m, 'Shipped')?.map((s) => s.event) // ['Pay', 'Ship']
 */
export function pathTo(machine: Machine, state: string): PathStep[] | undefined {
  if (state === machine.initial && machine.states.some((s) => s.name === state)) return [];
  const tree = shortestPaths(machine);
  if (!tree.has(state)) return undefined;
  const steps: PathStep[] = [];
  for (let edge = tree.get(state); edge; edge = tree.get(edge.previous)) {
    const transition = machine.transitions[edge.via]!;
    steps.push({ from: transition.from, event: transition.event, to: transition.to, transition: edge.via, guards: guardsToFire(machine, edge.via) });
  }
  return steps.reverse();
}

/**
 * Only the events of `pathTo`.
 * @example pathEvents(m, 'Shipped') // ['Pay', 'Ship']
 */
export function pathEvents(machine: Machine, state: string): string[] | undefined {
  return pathTo(machine, state)?.map((step) => step.event);
}

function guardsToFire(machine: Machine, index: number): Map<string, boolean> {
  const transition = machine.transitions[index]!;
  const guards = new Map<string, boolean>();
  for (const candidate of transitionIndex(machine).get(transition.from)?.get(transition.event) ?? []) {
    if (candidate.index === index) break;
    if (candidate.transition.guard !== undefined) guards.set(candidate.transition.guard, false);
  }
  if (transition.guard !== undefined) guards.set(transition.guard, true);
  return guards;
}

function buildTree(machine: Machine, graph: FireableGraph): Map<string, TreeEdge> {
  const forcible = forcibleTransitions(machine, graph);
  const adjacency = forcible === graph.canFire ? graph.forward : buildAdjacency(graph.stateCount, graph.fromIndex, graph.toIndex, forcible);
  const { via } = breadthFirst(adjacency, graph.stateCount, graph.initial >= 0 ? [graph.initial] : []);
  const tree = new Map<string, TreeEdge>();
  for (let s = 0; s < graph.stateCount; s++) {
    const entered = via[s]!;
    if (entered === UNREACHED || entered === ROOT) continue;
    tree.set(machine.states[s]!.name, { via: entered, previous: machine.states[graph.fromIndex[entered]!]!.name });
  }
  return tree;
}

/**
 * `canFire` minus transitions whose guard also guards an earlier transition with the same state and event.
 * Earlier transitions count even when they cannot fire themselves (an unknown target): `step` still tries them.
 */
function forcibleTransitions(machine: Machine, graph: FireableGraph): Uint8Array {
  const guardsSeen = new Map<number, Set<string>>();
  let forcible = graph.canFire;
  for (let i = 0; i < graph.canFire.length; i++) {
    const { guard } = machine.transitions[i]!;
    const from = graph.fromIndex[i]!;
    const event = graph.eventIndex[i]!;
    if (guard === undefined || from < 0 || event < 0) continue;
    const key = event * graph.stateCount + from;
    let seen = guardsSeen.get(key);
    if (!seen) guardsSeen.set(key, (seen = new Set()));
    if (graph.canFire[i] && seen.has(guard)) {
      if (forcible === graph.canFire) forcible = graph.canFire.slice();
      forcible[i] = 0;
    }
    seen.add(guard);
  }
  return forcible;
}
