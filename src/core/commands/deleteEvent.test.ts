import { describe, expect, it } from 'vitest';
import { alphabet } from '../machine';
import { deleteEvent } from './deleteEvent';
import { applied, machineOf, refusal } from './testing';

describe('deleteEvent', () => {
  const m = machineOf({
    states: ['A'],
    initial: 'A',
    events: ['__proto__', 'go'],
    transitions: [
      { from: 'A', event: 'go', to: 'A' },
      { from: 'A', event: 'go', to: 'A', guard: 'g' },
    ],
  });

  it('removes a declared event that no transition uses', () => {
    expect(alphabet(applied(deleteEvent(m, { name: '__proto__' })))).toEqual(['go']);
    expect(m.events).toHaveLength(2);
  });

  it('refuses an event still used by transitions, saying how many', () => {
    expect(refusal(deleteEvent(m, { name: 'go' }))).toBe('The event "go" is used by 2 transitions; delete those transitions or give them another event first.');
  });

  it('refuses an unknown event', () => {
    expect(refusal(deleteEvent(m, { name: 'nope' }))).toMatch(/no event named "nope"/);
  });
});
