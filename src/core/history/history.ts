/**
 * Undo history over immutable snapshots. Snapshots are shared, never cloned, so
 * a step costs one pointer. Steps recorded with the same coalesce key merge into
 * one (a drag is one step; so is typing in one field).
 */
export interface History<T> {
  readonly past: readonly T[];
  readonly present: T;
  readonly future: readonly T[];
  /** The coalesce key of the last recorded step, if any. */
  readonly lastKey?: string;
}

/** How many undo steps are kept; older ones are dropped. */
export const HISTORY_LIMIT = 500;

/** @example createHistory(machine).present === machine */
export function createHistory<T>(present: T): History<T> {
  return { past: [], present, future: [] };
}

/**
 * Records `next` as a new undo step. Recording the present again is a no-op.
 * @example record(h, moved, 'drag:7') // merges with a previous 'drag:7' step
 */
export function record<T>(history: History<T>, next: T, coalesceKey?: string): History<T> {
  if (next === history.present) return history;
  if (coalesceKey !== undefined && coalesceKey === history.lastKey) {
    return { past: history.past, present: next, future: [], lastKey: coalesceKey };
  }
  const past = [...history.past, history.present];
  if (past.length > HISTORY_LIMIT) past.splice(0, past.length - HISTORY_LIMIT);
  return coalesceKey === undefined ? { past, present: next, future: [] } : { past, present: next, future: [], lastKey: coalesceKey };
}

/** @example undo(record(createHistory(a), b)).present === a */
export function undo<T>(history: History<T>): History<T> {
  const previous = history.past[history.past.length - 1];
  if (history.past.length === 0) return history;
  return { past: history.past.slice(0, -1), present: previous as T, future: [history.present, ...history.future] };
}

/** @example redo(undo(h)).present === h.present */
export function redo<T>(history: History<T>): History<T> {
  if (history.future.length === 0) return history;
  const [next, ...future] = history.future;
  return { past: [...history.past, history.present], present: next as T, future };
}

export const canUndo = (history: History<unknown>): boolean => history.past.length > 0;
export const canRedo = (history: History<unknown>): boolean => history.future.length > 0;
