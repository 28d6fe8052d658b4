/**
 * React Flow ids for states and transitions. State names are arbitrary text and
 * React Flow builds CSS selectors from ids, so nodes get short generated ids
 * (`s1`, `s2`, …) that stay the same for a name for the whole session.
 */
const idsByName = new Map<string, string>();
const namesById = new Map<string, string>();

export function stateNodeId(name: string): string {
  let id = idsByName.get(name);
  if (id === undefined) {
    id = `s${idsByName.size + 1}`;
    idsByName.set(name, id);
    namesById.set(id, name);
  }
  return id;
}

/** The state name behind a node id, or undefined for an id this session never made. */
export function stateNameOf(nodeId: string): string | undefined {
  return namesById.get(nodeId);
}

export function transitionEdgeId(index: number): string {
  return `t:${index}`;
}

/** The table index behind an edge id, or undefined when it is not a transition edge. */
export function transitionIndexOf(edgeId: string): number | undefined {
  if (!edgeId.startsWith('t:')) return undefined;
  const index = Number(edgeId.slice(2));
  return Number.isInteger(index) && index >= 0 ? index : undefined;
}
