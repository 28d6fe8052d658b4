import { describe, expect, it } from 'vitest';
import { emptyMachine, serialize } from '../machine';
import { addState, nextStateName } from './addState';
import { applied, AWKWARD_NAMES, machineOf, refusal } from './testing';

describe('addState', () => {
  it('names new states State 1, State 2, … skipping taken names', () => {
    const m = machineOf({ states: ['State 1', 'State 3'], initial: 'State 1' });
    expect(nextStateName(m)).toBe('State 2');
    const next = applied(addState(m));
    expect(next.states.map((s) => s.name)).toEqual(['State 1', 'State 3', 'State 2']);
    expect(nextStateName(next)).toBe('State 4');
  });

  it('makes the first state of a machine without an initial state the initial state', () => {
    const first = applied(addState(emptyMachine()));
    expect(first.initial).toBe('State 1');
    const second = applied(addState(first));
    expect(second.initial).toBe('State 1');
  });

  it('stores the position and the final flag', () => {
    const m = applied(addState(emptyMachine(), { name: 'Done', position: { x: 10, y: 20 }, final: true }));
    expect(m.states).toEqual([{ name: 'Done', final: true }]);
    expect(m.layout.positions.get('Done')).toEqual({ x: 10, y: 20 });
  });

  it.each(AWKWARD_NAMES)('accepts the name %j', (name) => {
    const m = applied(addState(emptyMachine(), { name, position: { x: 1, y: 2 } }));
    expect(m.states[0]!.name).toBe(name);
    expect(m.layout.positions.get(name)).toEqual({ x: 1, y: 2 });
    expect(serialize(m)).toContain(JSON.stringify(name));
  });

  it('refuses duplicate, empty and too long names without touching the machine', () => {
    const m = machineOf({ states: ['Paid'], initial: 'Paid' });
    const before = serialize(m);
    expect(refusal(addState(m, { name: 'Paid' }))).toBe('A state named "Paid" already exists; choose another name.');
    expect(refusal(addState(m, { name: '' }))).toMatch(/cannot be empty/);
    expect(refusal(addState(m, { name: 'x'.repeat(201) }))).toMatch(/at most 200 characters; this one has 201/);
    expect(applied(addState(m, { name: 'x'.repeat(200) })).states).toHaveLength(2);
    expect(applied(addState(m, { name: 'paid' })).states).toHaveLength(2);
    expect(serialize(m)).toBe(before);
  });

  it('refuses a position that JSON cannot store', () => {
    expect(refusal(addState(emptyMachine(), { position: { x: Number.NaN, y: 0 } }))).toMatch(/not a finite point/);
  });
});
