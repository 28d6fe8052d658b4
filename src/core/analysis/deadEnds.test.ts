import { describe, expect, it } from 'vitest';
import { tinyMachine } from '../testing/tinyMachine';
import { deadEnds } from './deadEnds';

describe('deadEnds', () => {
  it('finds non-final states with no way out, counting self-loops as no way out', () => {
    const m = tinyMachine({
      initial: 'A',
      finals: ['F'],
      transitions: [['A', 'go', 'B'], ['B', 'loop', 'B'], ['A', 'done', 'F'], ['C', 'x', 'C']],
    });
    expect(deadEnds(m)).toEqual(['B', 'C']);
  });

  it('does not count a shadowed or event-less transition as a way out, and never reports final states', () => {
    const m = tinyMachine({ initial: 'A', finals: ['F'], transitions: [['A', 'go', 'A'], ['A', 'go', 'B'], ['B', '', 'A']] });
    expect(deadEnds(m)).toEqual(['A', 'B']);
  });

  it('lets a guarded transition count as a way out', () => {
    expect(deadEnds(tinyMachine({ initial: 'A', transitions: [['A', 'go', 'B', 'g'], ['B', 'back', 'A']] }))).toEqual([]);
  });
});
