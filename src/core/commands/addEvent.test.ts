import { describe, expect, it } from 'vitest';
import { alphabet } from '../machine';
import { addEvent } from './addEvent';
import { applied, machineOf, refusal } from './testing';

describe('addEvent', () => {
  const m = machineOf({ states: ['A'], initial: 'A', events: ['declared'], transitions: [{ from: 'A', event: 'used', to: 'A' }] });

  it('declares the event at the end of the alphabet', () => {
    const next = applied(addEvent(m, { name: '__proto__', description: 'new' }));
    expect(alphabet(next)).toEqual(['declared', 'used', '__proto__']);
    expect(next.events.at(-1)).toEqual({ name: '__proto__', description: 'new' });
    expect(m.events).toEqual([{ name: 'declared' }]);
  });

  it('refuses names already in the alphabet, empty and too long names', () => {
    expect(refusal(addEvent(m, { name: 'used' }))).toMatch(/"used" already exists/);
    expect(refusal(addEvent(m, { name: 'declared' }))).toMatch(/"declared" already exists/);
    expect(refusal(addEvent(m, { name: '' }))).toMatch(/cannot be empty/);
    expect(refusal(addEvent(m, { name: 'z'.repeat(201) }))).toMatch(/at most 200/);
  });
});
