/**
 * Breadth-first search over an `Adjacency`, recording for every state the
 * transition it was first reached by, which is also a shortest-path tree.
 */
import type { Adjacency } from './adjacency';

/** `via[s]`: the transition that first reached `s`, `ROOT` for a start state, `UNREACHED` otherwise. */
export const ROOT = -1;
export const UNREACHED = -2;

export interface Search {
  readonly via: Int32Array;
  readonly reachedCount: number;
}

/**
 * Visits every state reachable from `roots`, neighbours in adjacency (table) order.
 * @example breadthFirst(adjacency, 3, [0]).via // [ROOT, 0, 1]
 */
export function breadthFirst(adjacency: Adjacency, stateCount: number, roots: Iterable<number>): Search {
  const { offset, neighbour, transition } = adjacency;
  const via = new Int32Array(stateCount).fill(UNREACHED);
  const queue = new Int32Array(stateCount);
  let tail = 0;
  for (const root of roots) {
    if (via[root] === UNREACHED) {
      via[root] = ROOT;
      queue[tail++] = root;
    }
  }
  for (let head = 0; head < tail; head++) {
    const state = queue[head]!;
    for (let k = offset[state]!, end = offset[state + 1]!; k < end; k++) {
      const next = neighbour[k]!;
      if (via[next] === UNREACHED) {
        via[next] = transition[k]!;
        queue[tail++] = next;
      }
    }
  }
  return { via, reachedCount: tail };
}
