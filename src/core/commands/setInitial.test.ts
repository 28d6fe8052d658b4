import { describe, expect, it } from 'vitest';
import { setInitial } from './setInitial';
import { applied, machineOf, refusal } from './testing';

describe('setInitial', () => {
  const m = machineOf({ states: ['A', 'constructor'], initial: 'A' });

  it('sets the initial state', () => {
    expect(applied(setInitial(m, { name: 'constructor' })).initial).toBe('constructor');
    expect(m.initial).toBe('A');
  });

  it('returns the same machine when it already is the initial state', () => {
    expect(applied(setInitial(m, { name: 'A' }))).toBe(m);
  });

  it('refuses a state that does not exist', () => {
    expect(refusal(setInitial(m, { name: 'toString' }))).toMatch(/no state named "toString"/);
  });
});
