import { describe, expect, it } from 'vitest';
import { tinyMachine } from '../testing/tinyMachine';
import { finalStatesWithOutgoing } from './finalStatesWithOutgoing';

describe('finalStatesWithOutgoing', () => {
  it('lists each final state with its outgoing transitions in table order', () => {
    const m = tinyMachine({
      initial: 'A',
      states: ['A', 'G', 'F'],
      finals: ['F', 'G'],
      transitions: [['A', 'go', 'F'], ['F', 'again', 'A'], ['G', 'x', 'A'], ['F', 'loop', 'F'], ['F', '', 'A'], ['F', 'x', 'Missing']],
    });
    expect([...finalStatesWithOutgoing(m)]).toEqual([['G', [2]], ['F', [1, 3]]]);
  });
});
