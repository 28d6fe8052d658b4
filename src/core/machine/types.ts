/**
 * The machine model: the in-memory form of a `*.fsm.json` document (SPEC section 1).
 *
 * Mirrors the document closely, with two differences: optional fields are simply
 * absent when empty, and layout positions live in a Map so that state names such
 * as `__proto__` or `constructor` are ordinary keys.
 */

/** The document version this build writes. Newer documents are refused. */
export const CURRENT_VERSION = 1;

/** Longest allowed state or event name, in UTF-16 code units. */
export const MAX_NAME_LENGTH = 200;

export interface StateDef {
  readonly name: string;
  readonly description?: string;
  readonly final?: true;
  readonly entry?: readonly string[];
  readonly exit?: readonly string[];
}

export interface EventDef {
  readonly name: string;
  readonly description?: string;
}

export interface Transition {
  readonly from: string;
  /** May be empty: a transition without an event is reported as `empty-event`. */
  readonly event: string;
  readonly to: string;
  readonly guard?: string;
  readonly actions?: readonly string[];
  readonly description?: string;
}

export interface Point {
  readonly x: number;
  readonly y: number;
}

export type LayoutDirection = 'RIGHT' | 'DOWN';

export interface Layout {
  /** Positions of states, keyed by state name. Never changes the machine's meaning. */
  readonly positions: ReadonlyMap<string, Point>;
  /** Direction of the last auto-layout, so re-running it keeps the user's choice. */
  readonly direction?: LayoutDirection;
}

export interface Machine {
  readonly version: typeof CURRENT_VERSION;
  readonly name: string;
  readonly description?: string;
  /** Absent when the document names no initial state (reported as `missing-initial`). */
  readonly initial?: string;
  readonly states: readonly StateDef[];
  /** Declared events, in order. See `alphabet()` for the full alphabet. */
  readonly events: readonly EventDef[];
  readonly transitions: readonly Transition[];
  readonly layout: Layout;
}

export const EMPTY_LAYOUT: Layout = { positions: new Map() };

/** A machine with nothing in it, named `name`. */
export function emptyMachine(name = 'Untitled'): Machine {
  return { version: CURRENT_VERSION, name, states: [], events: [], transitions: [], layout: EMPTY_LAYOUT };
}
