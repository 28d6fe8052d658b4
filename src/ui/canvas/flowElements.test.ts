import { describe, expect, it } from 'vitest';
import { emptyMachine, type Machine } from '../../core/machine';
import { buildStateNodes, buildTransitionEdges, stateAriaLabel, stateBoxes, type EdgeCache, type NodeCache } from './flowElements';
import { stateNodeId } from './nodeIds';
import { planRoutes } from './geometryRoutes';
import { DEFAULT_NODE_SIZE, placeMissing } from './placement';

const machine: Machine = {
  ...emptyMachine(),
  initial: 'A',
  states: [{ name: 'A' }, { name: 'B', final: true }, { name: 'C' }],
  transitions: [
    { from: 'A', event: 'go', to: 'B' },
    { from: 'B', event: 'back', to: 'A' },
    { from: 'A', event: 'lost', to: 'Nowhere' },
  ],
};

const nodesOf = (m: Machine, cache: NodeCache, selected = new Set<string>()) => buildStateNodes(m, placeMissing(m), selected, true, null, new Map(), cache);
const edgesOf = (m: Machine, cache: EdgeCache, selected = new Set<number>()) => buildTransitionEdges(m, planRoutes(m.transitions), selected, true, cache);

describe('buildStateNodes', () => {
  it('reuses the node objects of states an edit did not touch', () => {
    const cache: NodeCache = new Map();
    const before = nodesOf(machine, cache);
    const moved: Machine = { ...machine, layout: { positions: new Map([['B', { x: 500, y: 500 }]]) } };
    const after = nodesOf(moved, cache);
    expect(after[0]).toBe(before[0]);
    expect(after[1]).not.toBe(before[1]);
    expect(after[1]!.position).toEqual({ x: 500, y: 500 });
    expect(after[2]).toBe(before[2]);
  });

  it('repaints only the state whose selection changed', () => {
    const cache: NodeCache = new Map();
    const before = nodesOf(machine, cache);
    const after = nodesOf(machine, cache, new Set(['C']));
    expect(after[0]).toBe(before[0]);
    expect(after[2]).not.toBe(before[2]);
    expect(after[2]!.selected).toBe(true);
  });

  it('names each state for assistive technology', () => {
    const nodes = nodesOf(machine, new Map());
    expect(nodes.map((n) => n.ariaLabel)).toEqual(['State A (initial)', 'State B (final)', 'State C']);
    expect(stateAriaLabel({ name: 'X', final: true }, true)).toBe('State X (initial, final)');
  });
});

describe('buildTransitionEdges', () => {
  it('gives every transition its own index-based edge; one to a missing state hangs off the box it has', () => {
    const edges = edgesOf(machine, new Map());
    expect(edges.map((e) => e.id)).toEqual(['t:0', 't:1', 't:2']);
    expect(edges[0]!.ariaLabel).toBe('Transition A –go→ B');
    expect(edges[0]!.data?.dangling).toBeUndefined();
    expect(edges[2]!.source).toBe(edges[0]!.source);
    expect(edges[2]!.target).toBe(edges[0]!.source);
    expect(edges[2]!.data?.dangling).toEqual({ missing: 'Nowhere', outgoing: true, slot: 0, side: 'right' });
    expect(edges[2]!.ariaLabel).toBe('Transition A –lost→ Nowhere');
  });

  it('stacks dangling arrows per box and leaves out a transition with both ends missing', () => {
    const broken: Machine = {
      ...machine,
      transitions: [...machine.transitions, { from: 'Ghost', event: 'in', to: 'A' }, { from: 'X', event: 'y', to: 'Z' }],
    };
    const edges = edgesOf(broken, new Map());
    expect(edges.map((e) => e.id)).toEqual(['t:0', 't:1', 't:2', 't:3']);
    expect(edges[3]!.data?.dangling).toEqual({ missing: 'Ghost', outgoing: false, slot: 1, side: 'right' });
  });

  it('reuses unchanged edges when another transition is edited', () => {
    const cache: EdgeCache = new Map();
    const before = edgesOf(machine, cache);
    const renamed: Machine = { ...machine, transitions: machine.transitions.map((t, i) => (i === 1 ? { ...t, event: 'return' } : t)) };
    const after = edgesOf(renamed, cache);
    // The sibling's label size changed, so both arrows of the pair are re-routed; the label text only on its own.
    expect(after[1]).not.toBe(before[1]);
    expect(after[1]!.ariaLabel).toBe('Transition B –return→ A');
    const unrelated: Machine = { ...renamed, states: [...renamed.states, { name: 'D' }] };
    const again = edgesOf(unrelated, cache);
    expect(again[0]).toBe(after[0]);
    expect(again[1]).toBe(after[1]);
  });
});

describe('stateBoxes', () => {
  const positions = new Map([['A', { x: 10, y: 20 }], ['B', { x: 300, y: 20 }], ['C', { x: 0, y: 200 }]]);

  it('places each state at its position with its measured size, the dragged position winning', () => {
    const boxes = stateBoxes(machine, positions, new Map([[stateNodeId('B'), { x: 320, y: 40 }]]), new Map([[stateNodeId('A'), { width: 180, height: 60 }]]));
    expect(boxes.get('A')).toEqual({ x: 10, y: 20, width: 180, height: 60 });
    expect(boxes.get('B')).toEqual({ x: 320, y: 40, ...DEFAULT_NODE_SIZE });
  });

  it('gives new edge objects only to the arrows touching a moved state, with the moved box', () => {
    const cache: EdgeCache = new Map();
    const build = (dragging: Map<string, { x: number; y: number }> | null) =>
      buildTransitionEdges(machine, planRoutes(machine.transitions), new Set(), true, cache, new Map(), new Map(), stateBoxes(machine, positions, dragging, new Map()));
    const before = build(null);
    const during = build(new Map([[stateNodeId('B'), { x: 400, y: 90 }]]));
    // go (A→B) and back (B→A) touch B; lost (A→missing) hangs off A only.
    expect(during[0]).not.toBe(before[0]);
    expect(during[0]!.data!.targetBox).toEqual({ x: 400, y: 90, ...DEFAULT_NODE_SIZE });
    expect(during[1]).not.toBe(before[1]);
    expect(during[2]).toBe(before[2]);
  });
});
