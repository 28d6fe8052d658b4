import { describe, expect, it } from 'vitest';
import { tinyMachine } from '../testing/tinyMachine';
import { reachableStates } from './reachableStates';

describe('reachableStates', () => {
  it('follows transitions from the initial state only', () => {
    const m = tinyMachine({ initial: 'A', transitions: [['A', 'go', 'B'], ['C', 'go', 'A']] });
    expect([...reachableStates(m)]).toEqual(['A', 'B']);
  });

  it('does not follow transitions that cannot fire: out of a final state, shadowed, or without an event', () => {
    const m = tinyMachine({
      initial: 'A',
      finals: ['F'],
      transitions: [['A', 'go', 'F'], ['F', 'go', 'X'], ['A', 'go', 'Y'], ['A', '', 'Z']],
    });
    expect([...reachableStates(m)]).toEqual(['A', 'F']);
  });

  it('treats guards as satisfiable', () => {
    const m = tinyMachine({ initial: 'A', transitions: [['A', 'go', 'B', 'g'], ['A', 'go', 'C']] });
    expect([...reachableStates(m)]).toEqual(['A', 'B', 'C']);
  });

  it('reaches nothing without a valid initial state', () => {
    expect(reachableStates(tinyMachine({ initial: 'Nope', states: ['A'] })).size).toBe(0);
    expect(reachableStates(tinyMachine({ states: ['A'] })).size).toBe(0);
  });

  it('treats names like __proto__ as ordinary names', () => {
    const m = tinyMachine({ initial: '__proto__', transitions: [['__proto__', 'constructor', 'toString']] });
    expect([...reachableStates(m)]).toEqual(['__proto__', 'toString']);
  });
});
