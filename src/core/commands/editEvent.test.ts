import { describe, expect, it } from 'vitest';
import { alphabet } from '../machine';
import { editEvent } from './editEvent';
import { applied, machineOf, refusal } from './testing';

describe('editEvent', () => {
  const m = machineOf({
    states: ['A'],
    initial: 'A',
    events: [{ name: 'declared', description: 'old' }],
    transitions: [
      { from: 'A', event: 'first', to: 'A' },
      { from: 'A', event: 'constructor', to: 'A' },
    ],
  });

  it('sets and removes the description of a declared event', () => {
    const next = applied(editEvent(m, { name: 'declared', description: 'new' }));
    expect(next.events.find((e) => e.name === 'declared')).toEqual({ name: 'declared', description: 'new' });
    expect(applied(editEvent(next, { name: 'declared', description: '' })).events.find((e) => e.name === 'declared')).toEqual({ name: 'declared' });
  });

  it('describes an event that was only used, keeping the alphabet order', () => {
    const next = applied(editEvent(m, { name: 'constructor', description: 'built' }));
    expect(alphabet(next)).toEqual(['declared', 'first', 'constructor']);
    expect(next.events.find((e) => e.name === 'constructor')).toEqual({ name: 'constructor', description: 'built' });
    expect(m.events).toHaveLength(1);
  });

  it('returns the same machine when the description does not change', () => {
    expect(applied(editEvent(m, { name: 'declared', description: 'old' }))).toBe(m);
    expect(applied(editEvent(m, { name: 'first', description: '' }))).toBe(m);
  });

  it('refuses events not in the alphabet', () => {
    expect(refusal(editEvent(m, { name: 'toString', description: 'x' }))).toMatch(/no event named "toString"/);
  });
});
