import { describe, expect, it } from 'vitest';
import { tinyMachine } from '../testing/tinyMachine';
import { shadowedTransitions } from './shadowedTransitions';

describe('shadowedTransitions', () => {
  it('marks every transition listed after an unguarded one with the same state and event', () => {
    const m = tinyMachine({
      initial: 'A',
      transitions: [['A', 'go', 'B', 'g'], ['A', 'go', 'C'], ['A', 'go', 'D', 'h'], ['A', 'go', 'E'], ['A', 'other', 'E'], ['B', 'go', 'C']],
    });
    expect([...shadowedTransitions(m)]).toEqual([[2, 1], [3, 1]]);
  });

  it('keeps events and states apart even when their names would collide when joined', () => {
    const m = tinyMachine({ initial: 'a', transitions: [['a', 'b-c', 'x'], ['a-b', 'c', 'x'], ['a', 'b-c', 'y']] });
    expect([...shadowedTransitions(m)]).toEqual([[2, 0]]);
  });

  it('does not report transitions from unknown states or without an event', () => {
    const m = tinyMachine({ initial: 'A', states: ['A'], transitions: [['Z', 'go', 'A'], ['Z', 'go', 'A'], ['A', '', 'A'], ['A', '', 'A']] });
    expect(shadowedTransitions(m).size).toBe(0);
  });
});
