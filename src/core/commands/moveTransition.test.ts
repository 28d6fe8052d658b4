import { describe, expect, it } from 'vitest';
import { moveTransition } from './moveTransition';
import { applied, machineOf, refusal } from './testing';

describe('moveTransition', () => {
  const m = machineOf({
    states: ['A', 'B'],
    initial: 'A',
    transitions: [
      { from: 'A', event: 'a1', to: 'B' },
      { from: 'B', event: 'b1', to: 'A' },
      { from: 'A', event: 'a2', to: 'B', guard: 'g' },
      { from: 'B', event: 'b2', to: 'A' },
      { from: 'A', event: 'a3', to: 'A' },
    ],
  });
  const events = (result: ReturnType<typeof moveTransition>) => applied(result).transitions.map((t) => t.event);

  it('swaps with the previous or next transition out of the same state', () => {
    expect(events(moveTransition(m, { index: 2, direction: 'up' }))).toEqual(['a2', 'b1', 'a1', 'b2', 'a3']);
    expect(events(moveTransition(m, { index: 2, direction: 'down' }))).toEqual(['a1', 'b1', 'a3', 'b2', 'a2']);
    expect(events(moveTransition(m, { index: 1, direction: 'down' }))).toEqual(['a1', 'b2', 'a2', 'b1', 'a3']);
    expect(m.transitions.map((t) => t.event)).toEqual(['a1', 'b1', 'a2', 'b2', 'a3']);
  });

  it('refuses to move past either end of the state list', () => {
    expect(refusal(moveTransition(m, { index: 0, direction: 'up' }))).toBe('This transition is already the first one out of "A"; it cannot move further up.');
    expect(refusal(moveTransition(m, { index: 4, direction: 'down' }))).toMatch(/already the last one out of "A"/);
    expect(refusal(moveTransition(m, { index: 3, direction: 'down' }))).toMatch(/already the last one out of "B"/);
  });

  it('refuses unknown indices', () => {
    expect(refusal(moveTransition(m, { index: 5, direction: 'up' }))).toMatch(/no transition number 6/);
  });
});
