import { describe, expect, it } from 'vitest';
import type { Machine, Point } from '../core/machine';
import { tinyMachine } from '../core/testing/tinyMachine';
import { applyLayout, needsLayout, positionsToApply } from './applyLayout';
import { estimatedSizes } from './estimatedSizes';
import type { LayoutResult } from './types';

const abc = tinyMachine({ initial: 'A', transitions: [['A', 'go', 'B'], ['B', 'go', 'C']] });
const withPositions = (machine: Machine, entries: [string, Point][]): Machine => ({ ...machine, layout: { positions: new Map(entries) } });
const result: LayoutResult = {
  positions: new Map([
    ['A', { x: 20.4, y: 20 }],
    ['B', { x: 260, y: 20.6 }],
    ['C', { x: 500, y: 40 }],
  ]),
  labels: new Map(),
  routes: new Map(),
  direction: 'DOWN',
};
const sizes = estimatedSizes(abc);

describe('needsLayout', () => {
  it('is true when any state has no position', () => {
    expect(needsLayout(abc)).toBe(true);
    expect(needsLayout(withPositions(abc, [['A', { x: 0, y: 0 }]]))).toBe(true);
    expect(needsLayout(withPositions(abc, [['A', { x: 0, y: 0 }], ['B', { x: 0, y: 0 }], ['C', { x: 0, y: 0 }]]))).toBe(false);
    expect(needsLayout(tinyMachine({}))).toBe(false);
  });
});

describe('applying a layout', () => {
  it('places every state, rounded, and remembers the direction when none had a position', () => {
    const applied = applyLayout(abc, result, sizes, 'missing');
    expect([...applied.layout.positions]).toEqual([
      ['A', { x: 20, y: 20 }],
      ['B', { x: 260, y: 21 }],
      ['C', { x: 500, y: 40 }],
    ]);
    expect(applied.layout.direction).toBe('DOWN');
  });

  it('on open, never moves a state the user placed and puts the others below the drawing', () => {
    const placed = withPositions(abc, [['B', { x: 1000, y: 300 }]]);
    const updates = positionsToApply(placed, result, sizes, 'missing');
    expect([...updates.keys()]).toEqual(['A', 'C']);
    const applied = applyLayout(placed, result, sizes, 'missing');
    expect(applied.layout.positions.get('B')).toEqual({ x: 1000, y: 300 });
    // Below B's box (300 + 56) with a gap, keeping A and C's arrangement from the layout.
    expect(applied.layout.positions.get('A')).toEqual({ x: 1000, y: 300 + 56 + 120 });
    expect(applied.layout.positions.get('C')).toEqual({ x: Math.round(1000 + 500 - 20.4), y: 300 + 56 + 120 + 20 });
    expect(applied.layout.direction).toBeUndefined();
  });

  it('the Auto-layout action moves every state', () => {
    const placed = withPositions(abc, [['B', { x: 1000, y: 300 }]]);
    const applied = applyLayout(placed, result, sizes, 'all');
    expect(applied.layout.positions.get('B')).toEqual({ x: 260, y: 21 });
    expect(applied.layout.direction).toBe('DOWN');
  });

  it('changes nothing when every state already has a position', () => {
    const placed = withPositions(abc, [['A', { x: 1, y: 1 }], ['B', { x: 2, y: 2 }], ['C', { x: 3, y: 3 }]]);
    expect(applyLayout(placed, result, sizes, 'missing')).toBe(placed);
  });
});
