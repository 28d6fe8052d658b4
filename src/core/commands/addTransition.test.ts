import { describe, expect, it } from 'vitest';
import { alphabet, serialize } from '../machine';
import { addTransition } from './addTransition';
import { applied, AWKWARD_NAMES, machineOf, refusal } from './testing';

describe('addTransition', () => {
  const m = machineOf({ states: ['A', 'B'], initial: 'A', transitions: [{ from: 'A', event: 'go', to: 'B' }] });

  it('appends the transition with its optional fields, and the alphabet follows', () => {
    const before = serialize(m);
    const next = applied(addTransition(m, { from: 'B', to: 'A', event: 'back', guard: 'ok', actions: ['x'], description: 'why' }));
    expect(next.transitions[1]).toEqual({ from: 'B', event: 'back', to: 'A', guard: 'ok', actions: ['x'], description: 'why' });
    expect(next.events).toEqual([]);
    expect(alphabet(next)).toEqual(['go', 'back']);
    expect(serialize(m)).toBe(before);
  });

  it('accepts an empty event (the editor asks for it in place) and omits empty optional fields', () => {
    const next = applied(addTransition(m, { from: 'A', to: 'A', event: '', guard: '', actions: [], description: '' }));
    expect(next.transitions[1]).toEqual({ from: 'A', event: '', to: 'A' });
  });

  it.each(AWKWARD_NAMES)('accepts %j as event, guard and action', (name) => {
    const next = applied(addTransition(m, { from: 'A', to: 'B', event: name, guard: name, actions: [name] }));
    expect(next.transitions[1]).toEqual({ from: 'A', event: name, to: 'B', guard: name, actions: [name] });
  });

  it('refuses unknown states, too long events and empty action names', () => {
    expect(refusal(addTransition(m, { from: 'Z', to: 'A', event: 'e' }))).toMatch(/no state named "Z"/);
    expect(refusal(addTransition(m, { from: 'A', to: '__proto__', event: 'e' }))).toMatch(/no state named "__proto__"/);
    expect(refusal(addTransition(m, { from: 'A', to: 'B', event: 'e'.repeat(201) }))).toMatch(/Event names can have at most 200/);
    expect(refusal(addTransition(m, { from: 'A', to: 'B', event: 'e', actions: [''] }))).toMatch(/Action 1 of this transition has no name/);
  });
});
