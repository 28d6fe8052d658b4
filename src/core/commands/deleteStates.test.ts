import { describe, expect, it } from 'vitest';
import { serialize } from '../machine';
import { deleteStates } from './deleteStates';
import { applied, machineOf } from './testing';

const m = () =>
  machineOf({
    initial: '__proto__',
    states: ['__proto__', 'constructor', 'C'],
    transitions: [
      { from: '__proto__', event: 'a', to: 'constructor' },
      { from: 'constructor', event: 'b', to: 'C' },
      { from: 'C', event: 'c', to: 'C' },
      { from: 'C', event: 'd', to: '__proto__' },
    ],
    // Parsed, because a `__proto__` key in an object literal sets the prototype instead.
    layout: JSON.parse('{"states": {"__proto__": {"x": 0, "y": 0}, "constructor": {"x": 1, "y": 1}, "C": {"x": 2, "y": 2}}}'),
  });

describe('deleteStates', () => {
  it('removes the states, every transition touching them and their positions', () => {
    const input = m();
    const before = serialize(input);
    const next = applied(deleteStates(input, { names: ['constructor'] }));
    expect(next.states.map((s) => s.name)).toEqual(['__proto__', 'C']);
    expect(next.transitions.map((t) => t.event)).toEqual(['c', 'd']);
    expect([...next.layout.positions.keys()]).toEqual(['__proto__', 'C']);
    expect(next.initial).toBe('__proto__');
    expect(serialize(input)).toBe(before);
  });

  it('clears the initial state when it is deleted', () => {
    const next = applied(deleteStates(m(), { names: ['__proto__', 'C'] }));
    expect(next.initial).toBeUndefined();
    expect('initial' in next).toBe(false);
    expect(next.transitions).toEqual([]);
  });

  it('returns the same machine when no named state exists', () => {
    const input = m();
    expect(applied(deleteStates(input, { names: ['nope'] }))).toBe(input);
    expect(applied(deleteStates(input, { names: [] }))).toBe(input);
  });
});
