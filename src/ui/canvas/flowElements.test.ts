import { describe, expect, it } from 'vitest';
import { emptyMachine, type Machine } from '../../core/machine';
import { buildStateNodes, buildTransitionEdges, stateAriaLabel, type EdgeCache, type NodeCache } from './flowElements';
import { planRoutes } from './geometryRoutes';
import { placeMissing } from './placement';

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
