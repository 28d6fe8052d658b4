import { describe, expect, it } from 'vitest';
import { serialize } from '../machine';
import { editState } from './editState';
import { applied, machineOf, refusal } from './testing';

describe('editState', () => {
  const m = machineOf({
    states: [{ name: '__proto__', description: 'old', final: true, entry: ['a'], exit: ['b'] }],
    initial: '__proto__',
  });

  it('replaces only the fields given', () => {
    const next = applied(editState(m, { name: '__proto__', entry: ['x', 'y'] }));
    expect(next.states[0]).toEqual({ name: '__proto__', description: 'old', final: true, entry: ['x', 'y'], exit: ['b'] });
    expect(m.states[0]!.entry).toEqual(['a']);
  });

  it('removes empty descriptions and lists, as the canonical form does', () => {
    const next = applied(editState(m, { name: '__proto__', description: '', entry: [], exit: [] }));
    expect(next.states[0]).toEqual({ name: '__proto__', final: true });
    expect(serialize(next)).not.toContain('"entry"');
  });

  it('returns the same machine when nothing changes', () => {
    expect(applied(editState(m, { name: '__proto__', description: 'old', entry: ['a'] }))).toBe(m);
    expect(applied(editState(m, { name: '__proto__' }))).toBe(m);
  });

  it('refuses an unknown state and empty action names', () => {
    expect(refusal(editState(m, { name: 'constructor', description: 'x' }))).toMatch(/no state named "constructor"/);
    expect(refusal(editState(m, { name: '__proto__', exit: ['ok', ''] }))).toBe('Action 2 of the exit actions of "__proto__" has no name; name it or remove it.');
  });
});
