import { describe, expect, it } from 'vitest';
import { deleteTransitions } from './deleteTransitions';
import { applied, machineOf } from './testing';

describe('deleteTransitions', () => {
  const m = machineOf({
    states: ['A'],
    initial: 'A',
    transitions: ['a', 'b', 'c', 'd'].map((event) => ({ from: 'A', event, to: 'A' })),
  });

  it('removes the transitions at the given indices and keeps the order of the rest', () => {
    const next = applied(deleteTransitions(m, { indices: [3, 0] }));
    expect(next.transitions.map((t) => t.event)).toEqual(['b', 'c']);
    expect(m.transitions).toHaveLength(4);
  });

  it('ignores indices outside the table and returns the same machine when nothing goes', () => {
    expect(applied(deleteTransitions(m, { indices: [7, -1] }))).toBe(m);
    expect(applied(deleteTransitions(m, { indices: [] }))).toBe(m);
    expect(applied(deleteTransitions(m, { indices: [1, 9] })).transitions).toHaveLength(3);
  });
});
