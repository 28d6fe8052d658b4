import { describe, expect, it } from 'vitest';
import { alphabet, serialize } from '../machine';
import { renameEvent } from './renameEvent';
import { applied, AWKWARD_NAMES, machineOf, refusal } from './testing';

describe('renameEvent', () => {
  const m = machineOf({
    states: ['A', 'B'],
    initial: 'A',
    events: [{ name: 'go', description: 'start' }, 'idle'],
    transitions: [
      { from: 'A', event: 'go', to: 'B' },
      { from: 'B', event: 'used', to: 'A' },
      { from: 'B', event: 'go', to: 'B' },
    ],
  });

  it('renames the declaration and every transition using it', () => {
    const before = serialize(m);
    const next = applied(renameEvent(m, { from: 'go', to: 'start' }));
    expect(next.events[0]).toEqual({ name: 'start', description: 'start' });
    expect(next.transitions.map((t) => t.event)).toEqual(['start', 'used', 'start']);
    expect(alphabet(next)).toEqual(['start', 'idle', 'used']);
    expect(serialize(m)).toBe(before);
  });

  it('renames events that are used but not declared, and declared ones that are unused', () => {
    expect(alphabet(applied(renameEvent(m, { from: 'used', to: 'Used' })))).toEqual(['go', 'idle', 'Used']);
    expect(alphabet(applied(renameEvent(m, { from: 'idle', to: 'Idle' })))).toEqual(['go', 'Idle', 'used']);
  });

  it.each(AWKWARD_NAMES)('renames to %j', (name) => {
    expect(alphabet(applied(renameEvent(m, { from: 'go', to: name })))).toEqual([name, 'idle', 'used']);
  });

  it('returns the same machine for the same name', () => {
    expect(applied(renameEvent(m, { from: 'go', to: 'go' }))).toBe(m);
  });

  it('refuses unknown, empty, too long and taken names', () => {
    expect(refusal(renameEvent(m, { from: 'nope', to: 'x' }))).toBe('There is no event named "nope"; it may have been renamed or deleted.');
    expect(refusal(renameEvent(m, { from: 'go', to: '' }))).toMatch(/Event names cannot be empty/);
    expect(refusal(renameEvent(m, { from: 'go', to: 'x'.repeat(201) }))).toMatch(/at most 200/);
    expect(refusal(renameEvent(m, { from: 'go', to: 'used' }))).toBe('An event named "used" already exists; choose another name.');
  });
});
