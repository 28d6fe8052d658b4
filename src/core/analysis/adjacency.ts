/**
 * Compressed adjacency lists over state indices. Built in two linear passes
 * (count, then fill) into typed arrays, because a Map or an array of arrays per
 * state costs more than the whole search at 100,000 states.
 */

export interface Adjacency {
  /** Neighbours of state `s` are `neighbour[offset[s] .. offset[s + 1])`. */
  readonly offset: Int32Array;
  readonly neighbour: Int32Array;
  /** The table index of the transition behind each neighbour entry. */
  readonly transition: Int32Array;
}

/**
 * Adjacency from `source[i]` to `target[i]` for every transition `i` with `include[i]`, in table order.
 * @example buildAdjacency(3, Int32Array.of(0, 1), Int32Array.of(1, 2), Uint8Array.of(1, 1)) // 0 -> 1 -> 2
 */
export function buildAdjacency(stateCount: number, source: Int32Array, target: Int32Array, include: Uint8Array): Adjacency {
  const offset = new Int32Array(stateCount + 1);
  let edges = 0;
  for (let i = 0; i < source.length; i++) {
    if (include[i]) {
      offset[source[i]! + 1]!++;
      edges++;
    }
  }
  for (let s = 0; s < stateCount; s++) offset[s + 1]! += offset[s]!;
  const next = offset.slice(0, stateCount);
  const neighbour = new Int32Array(edges);
  const transition = new Int32Array(edges);
  for (let i = 0; i < source.length; i++) {
    if (include[i]) {
      const slot = next[source[i]!]!++;
      neighbour[slot] = target[i]!;
      transition[slot] = i;
    }
  }
  return { offset, neighbour, transition };
}
