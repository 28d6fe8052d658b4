import { describe, expect, it } from 'vitest';
import { serialize } from '../machine';
import { setFinal, toggleFinal } from './setFinal';
import { applied, machineOf, refusal } from './testing';

describe('setFinal and toggleFinal', () => {
  const m = machineOf({ states: [{ name: 'A', description: 'start', entry: ['hello'] }, 'say "bye"'], initial: 'A' });

  it('marks and unmarks a state final, keeping its other fields', () => {
    const final = applied(setFinal(m, { name: 'A', final: true }));
    expect(final.states[0]).toEqual({ name: 'A', description: 'start', entry: ['hello'], final: true });
    const back = applied(setFinal(final, { name: 'A', final: false }));
    expect(back.states[0]).toEqual({ name: 'A', description: 'start', entry: ['hello'] });
    expect(serialize(back)).toBe(serialize(m));
  });

  it('toggles', () => {
    const once = applied(toggleFinal(m, { name: 'say "bye"' }));
    expect(once.states[1]!.final).toBe(true);
    expect(applied(toggleFinal(once, { name: 'say "bye"' })).states[1]).toEqual({ name: 'say "bye"' });
    expect(m.states[1]!.final).toBeUndefined();
  });

  it('returns the same machine when nothing changes', () => {
    expect(applied(setFinal(m, { name: 'A', final: false }))).toBe(m);
  });

  it('refuses unknown states', () => {
    expect(refusal(setFinal(m, { name: 'B', final: true }))).toMatch(/no state named "B"/);
    expect(refusal(toggleFinal(m, { name: '__proto__' }))).toMatch(/no state named "__proto__"/);
  });
});
