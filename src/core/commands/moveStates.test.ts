import { describe, expect, it } from 'vitest';
import { moveStates } from './moveStates';
import { applied, machineOf, refusal } from './testing';

describe('moveStates', () => {
  const m = machineOf({ states: ['A', 'constructor'], initial: 'A', layout: { states: { A: { x: 0, y: 0 } } } });

  it('sets positions of several states at once', () => {
    const next = applied(moveStates(m, { positions: new Map([['A', { x: 5, y: 6 }], ['constructor', { x: -1, y: 2.5 }]]) }));
    expect(next.layout.positions.get('A')).toEqual({ x: 5, y: 6 });
    expect(next.layout.positions.get('constructor')).toEqual({ x: -1, y: 2.5 });
    expect(m.layout.positions.get('A')).toEqual({ x: 0, y: 0 });
    expect(m.layout.positions.has('constructor')).toBe(false);
  });

  it('ignores names that are not states and returns the same machine when nothing moves', () => {
    expect(applied(moveStates(m, { positions: new Map([['A', { x: 0, y: 0 }], ['Ghost', { x: 1, y: 1 }]]) }))).toBe(m);
    expect(applied(moveStates(m, { positions: new Map() }))).toBe(m);
  });

  it('refuses positions that are not finite', () => {
    expect(refusal(moveStates(m, { positions: new Map([['A', { x: Infinity, y: 0 }]]) }))).toMatch(/"A" is not a finite point/);
  });
});
