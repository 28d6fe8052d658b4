import { describe, expect, it } from 'vitest';
import { tinyMachine } from '../testing/tinyMachine';
import { statesThatReachFinal } from './statesThatReachFinal';

describe('statesThatReachFinal', () => {
  it('walks backwards from every final state at once', () => {
    const m = tinyMachine({
      initial: 'A',
      finals: ['F', 'G'],
      transitions: [['A', 'go', 'B'], ['B', 'go', 'F'], ['C', 'go', 'G'], ['D', 'go', 'D'], ['E', 'go', 'A']],
    });
    expect([...statesThatReachFinal(m)]).toEqual(['A', 'B', 'F', 'C', 'G', 'E']);
  });

  it('ignores shadowed transitions and transitions with unknown ends', () => {
    const m = tinyMachine({ initial: 'A', states: ['A', 'B', 'F'], finals: ['F'], transitions: [['A', 'go', 'B'], ['A', 'go', 'F'], ['B', 'x', 'Missing']] });
    expect([...statesThatReachFinal(m)]).toEqual(['F']);
  });

  it('is empty without final states', () => {
    expect(statesThatReachFinal(tinyMachine({ initial: 'A', transitions: [['A', 'go', 'A']] })).size).toBe(0);
  });
});
