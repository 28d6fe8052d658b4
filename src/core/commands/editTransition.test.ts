import { describe, expect, it } from 'vitest';
import { serialize } from '../machine';
import { editTransition } from './editTransition';
import { applied, machineOf, refusal } from './testing';

describe('editTransition', () => {
  const m = machineOf({
    states: ['A', 'B', 'constructor'],
    initial: 'A',
    transitions: [
      { from: 'A', event: 'go', to: 'B', guard: 'g', actions: ['a'], description: 'd' },
      { from: 'B', event: 'back', to: 'Ghost' },
    ],
  });

  it('replaces the given fields and keeps the place in the table', () => {
    const before = serialize(m);
    const next = applied(editTransition(m, { index: 0, to: 'constructor', event: 'went', actions: ['b', 'c'] }));
    expect(next.transitions[0]).toEqual({ from: 'A', event: 'went', to: 'constructor', guard: 'g', actions: ['b', 'c'], description: 'd' });
    expect(next.transitions[1]).toBe(m.transitions[1]);
    expect(serialize(m)).toBe(before);
  });

  it('removes the guard, actions and description when given empty values', () => {
    const next = applied(editTransition(m, { index: 0, guard: '', actions: [], description: '' }));
    expect(next.transitions[0]).toEqual({ from: 'A', event: 'go', to: 'B' });
  });

  it('returns the same machine when nothing changes', () => {
    expect(applied(editTransition(m, { index: 0, guard: 'g', event: 'go' }))).toBe(m);
    expect(applied(editTransition(m, { index: 1 }))).toBe(m);
  });

  it('keeps an existing dangling end editable but refuses a new unknown state', () => {
    expect(applied(editTransition(m, { index: 1, event: 'ret', to: 'Ghost' })).transitions[1]!.event).toBe('ret');
    expect(refusal(editTransition(m, { index: 0, from: 'Nowhere' }))).toMatch(/no state named "Nowhere"/);
  });

  it('refuses unknown indices, too long events and empty action names', () => {
    expect(refusal(editTransition(m, { index: 2, event: 'x' }))).toBe('There is no transition number 3 (the machine has 2 transitions); it may have been deleted.');
    expect(refusal(editTransition(m, { index: -1 }))).toMatch(/no transition number/);
    expect(refusal(editTransition(m, { index: 0.5 }))).toMatch(/no transition number/);
    expect(refusal(editTransition(m, { index: 0, event: 'x'.repeat(201) }))).toMatch(/at most 200/);
    expect(refusal(editTransition(m, { index: 0, actions: ['', 'y'] }))).toMatch(/Action 1 of this transition has no name/);
  });
});
