import { describe, expect, it } from 'vitest';
import type { Transition } from '../../../core/machine';
import { outgoingPosition, transitionsOf } from './transitionOrder';

const t = (from: string, event: string, to: string, extra: Partial<Transition> = {}): Transition => ({ from, event, to, ...extra });
const table = [t('A', 'go', 'B'), t('B', 'back', 'A'), t('A', 'stay', 'A'), t('__proto__', 'x', 'A'), t('A', 'jump', 'C')];

describe('outgoingPosition', () => {
  it('finds the neighbours among transitions from the same state', () => {
    expect(outgoingPosition(table, 0)).toEqual({ position: 0, count: 3, previous: undefined, next: 2 });
    expect(outgoingPosition(table, 2)).toEqual({ position: 1, count: 3, previous: 0, next: 4 });
    expect(outgoingPosition(table, 4)).toEqual({ position: 2, count: 3, previous: 2, next: undefined });
    expect(outgoingPosition(table, 3)).toEqual({ position: 0, count: 1, previous: undefined, next: undefined });
  });

  it('is undefined for an index outside the table', () => {
    expect(outgoingPosition(table, 9)).toBeUndefined();
  });
});

describe('transitionsOf', () => {
  it('lists outgoing and incoming transitions in table order, self-loops in both', () => {
    expect(transitionsOf(table, 'A')).toEqual({ outgoing: [0, 2, 4], incoming: [1, 2, 3] });
    expect(transitionsOf(table, 'constructor')).toEqual({ outgoing: [], incoming: [] });
  });
});
