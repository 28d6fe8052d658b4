import { describe, expect, it } from 'vitest';
import { canRedo, canUndo, createHistory, HISTORY_LIMIT, record, redo, undo } from './history';

describe('history', () => {
  it('undoes and redoes recorded steps in order', () => {
    let h = createHistory('a');
    h = record(h, 'b');
    h = record(h, 'c');
    expect(h.present).toBe('c');
    h = undo(h);
    expect(h.present).toBe('b');
    h = undo(h);
    expect(h.present).toBe('a');
    expect(canUndo(h)).toBe(false);
    h = redo(h);
    expect(h.present).toBe('b');
    expect(canRedo(h)).toBe(true);
  });

  it('merges steps with the same coalesce key into one', () => {
    let h = createHistory(0);
    h = record(h, 1, 'drag:1');
    h = record(h, 2, 'drag:1');
    h = record(h, 3, 'drag:1');
    expect(h.past).toEqual([0]);
    h = record(h, 4, 'drag:2');
    expect(h.past).toEqual([0, 3]);
    expect(undo(undo(h)).present).toBe(0);
  });

  it('does not merge across an undo', () => {
    let h = record(createHistory(0), 1, 'k');
    h = undo(h);
    h = record(h, 2, 'k');
    expect(h.past).toEqual([0]);
    expect(h.present).toBe(2);
  });

  it('ignores recording the present and clears the future on a new step', () => {
    const h = record(createHistory('a'), 'b');
    expect(record(h, 'b')).toBe(h);
    const branched = record(undo(h), 'c');
    expect(branched.future).toEqual([]);
    expect(canRedo(branched)).toBe(false);
  });

  it('undo and redo at the ends change nothing', () => {
    const h = createHistory('a');
    expect(undo(h)).toBe(h);
    expect(redo(h)).toBe(h);
  });

  it('keeps at most HISTORY_LIMIT steps', () => {
    let h = createHistory(0);
    for (let i = 1; i <= HISTORY_LIMIT + 20; i++) h = record(h, i);
    expect(h.past.length).toBe(HISTORY_LIMIT);
    expect(h.past[0]).toBe(20);
  });
});
