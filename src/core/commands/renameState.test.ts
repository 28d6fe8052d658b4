import { describe, expect, it } from 'vitest';
import { serialize } from '../machine';
import { renameState } from './renameState';
import { applied, AWKWARD_NAMES, machineOf, refusal } from './testing';

const order = () =>
  machineOf({
    initial: 'A',
    states: ['A', 'B', 'C'],
    transitions: [
      { from: 'A', event: 'go', to: 'B' },
      { from: 'B', event: 'back', to: 'A' },
      { from: 'A', event: 'loop', to: 'A' },
      { from: 'B', event: 'on', to: 'C' },
    ],
    layout: { states: { A: { x: 0, y: 0 }, B: { x: 100, y: 0 } } },
  });

describe('renameState', () => {
  it('renames the state, both ends of its transitions, the initial state and its position', () => {
    const m = order();
    const before = serialize(m);
    const next = applied(renameState(m, { from: 'A', to: 'Start' }));
    expect(next.states.map((s) => s.name)).toEqual(['Start', 'B', 'C']);
    expect(next.initial).toBe('Start');
    expect(next.transitions.map((t) => `${t.from}-${t.to}`)).toEqual(['Start-B', 'B-Start', 'Start-Start', 'B-C']);
    expect(next.transitions[3]).toBe(m.transitions[3]);
    expect(next.layout.positions.get('Start')).toEqual({ x: 0, y: 0 });
    expect(next.layout.positions.has('A')).toBe(false);
    expect(serialize(m)).toBe(before);
  });

  it.each(AWKWARD_NAMES)('renames to and from %j', (name) => {
    const there = applied(renameState(order(), { from: 'B', to: name }));
    expect(there.transitions[0]!.to).toBe(name);
    expect(there.layout.positions.get(name)).toEqual({ x: 100, y: 0 });
    const back = applied(renameState(there, { from: name, to: 'B' }));
    expect(serialize(back)).toBe(serialize(order()));
  });

  it('returns the same machine when the name does not change', () => {
    const m = order();
    expect(applied(renameState(m, { from: 'A', to: 'A' }))).toBe(m);
  });

  it('refuses taken, empty, too long and unknown names', () => {
    expect(refusal(renameState(order(), { from: 'A', to: 'B' }))).toBe('A state named "B" already exists; choose another name.');
    expect(refusal(renameState(order(), { from: 'A', to: '' }))).toMatch(/cannot be empty/);
    expect(refusal(renameState(order(), { from: 'A', to: 'y'.repeat(201) }))).toMatch(/at most 200/);
    expect(refusal(renameState(order(), { from: 'Nope', to: 'X' }))).toBe('There is no state named "Nope"; it may have been renamed or deleted.');
    expect(applied(renameState(order(), { from: 'A', to: 'b' })).states[0]!.name).toBe('b');
  });
});
