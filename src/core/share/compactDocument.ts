/**
 * The compact form of a canonical document carried inside share links (format m1).
 *
 * Contract: `fromCompact(toCompact(machine, selected))` gives back the canonical
 * document of `machine` (which `restore` turns into a machine that serialises to
 * the same bytes) and the same selected state. The compact form is JSON made of
 * arrays with names referenced by index, because keys and repeated names are most
 * of a document's size even after deflate.
 *
 * Layout of the top-level array (trailing empty slots are left out):
 *   0 name                  string
 *   1 description           string | 0
 *   2 initial               state index | unknown name (string) | null when absent
 *   3 states                (name | [name, description|0, final 1|0, entry[]|0, exit[]|0])[]
 *   4 events (alphabet)     (name | [name, description])[]
 *   5 transitions           three columns [froms, events, tos]: states and events by index,
 *                           or a string for a name that is not in the list (an unknown
 *                           state, an empty event). Each `from` index is written as the
 *                           difference from the previous one: tables are usually grouped
 *                           by source state, so the column becomes runs of zeros that
 *                           deflate shrinks to almost nothing (a fifth off a 200-state link).
 *   6 transition details    [index, guard|0, actions[]|0, description|0][] for the few with any
 *   7 layout direction      'R' | 'D' | 0
 *   8 positions             per state in order: x, y, or null when it has none
 *   9 selected state        state index | name (string) | null
 * "Empty" is 0, null, [] or a missing slot, except where a number is an index.
 */
import { CURRENT_VERSION, toDocument, type Machine } from '../machine';

type Compact = unknown[];

/** The canonical document as toDocument builds it, typed for reading. */
interface CanonicalDocument {
  readonly name: string;
  readonly description?: string;
  readonly initial?: string;
  readonly states: readonly { name: string; description?: string; final?: true; entry?: string[]; exit?: string[] }[];
  readonly events: readonly { name: string; description?: string }[];
  readonly transitions: readonly { from: string; event: string; to: string; guard?: string; actions?: string[]; description?: string }[];
  readonly layout?: { direction?: 'RIGHT' | 'DOWN'; states?: Record<string, { x: number; y: number }> };
}

/**
 * The compact array for a machine and an optional selected state.
 * @example toCompact(machine, 'Paid') // ['Order', 0, 0, ['AwaitingPayment', 'Paid'], ['Pay'], [0, 0, 1], …]
 */
export function toCompact(machine: Machine, selected?: string): Compact {
  const doc = toDocument(machine) as unknown as CanonicalDocument;
  const stateIndex = indexOf(doc.states.map((s) => s.name));
  const eventIndex = indexOf(doc.events.map((e) => e.name));
  const stateRef = (name: string) => stateIndex.get(name) ?? name;

  const states = doc.states.map((s) =>
    s.description || s.final || s.entry || s.exit
      ? trimmed([s.name, s.description ?? 0, s.final ? 1 : 0, s.entry ?? 0, s.exit ?? 0])
      : s.name,
  );
  const events = doc.events.map((e) => (e.description ? [e.name, e.description] : e.name));
  const froms: unknown[] = [];
  const eventRefs: unknown[] = [];
  const tos: unknown[] = [];
  const details: unknown[] = [];
  let previousFrom = 0;
  doc.transitions.forEach((t, index) => {
    const from = stateRef(t.from);
    if (typeof from === 'number') {
      froms.push(from - previousFrom);
      previousFrom = from;
    } else froms.push(from);
    eventRefs.push(eventIndex.get(t.event) ?? t.event);
    tos.push(stateRef(t.to));
    if (t.guard || t.actions || t.description) details.push(trimmed([index, t.guard ?? 0, t.actions ?? 0, t.description ?? 0]));
  });
  const transitions = froms.length ? [froms, eventRefs, tos] : [];
  const direction = doc.layout?.direction === 'RIGHT' ? 'R' : doc.layout?.direction === 'DOWN' ? 'D' : 0;
  const placed = new Map(Object.entries(doc.layout?.states ?? {}));
  const positions: unknown[] = [];
  if (placed.size > 0) {
    for (const state of doc.states) {
      const point = placed.get(state.name);
      if (point) positions.push(point.x, point.y);
      else positions.push(null);
    }
  }
  const initial = doc.initial === undefined ? null : stateRef(doc.initial);
  const selectedRef = selected === undefined ? null : stateRef(selected);
  return trimmed([doc.name, doc.description ?? 0, initial, states, events, transitions, details, direction, positions, selectedRef], REFERENCE_SLOTS);
}

export type FromCompactResult =
  | { readonly ok: true; readonly document: Record<string, unknown>; readonly selected?: string }
  | { readonly ok: false; readonly where: string };

/**
 * Rebuilds the canonical document (for `restore`) from a compact array; reports
 * where the shape is wrong instead of throwing.
 * @example fromCompact(JSON.parse(text)) // { ok: true, document, selected }
 */
export function fromCompact(value: unknown): FromCompactResult {
  try {
    return { ok: true, ...rebuild(value) };
  } catch (error) {
    if (error instanceof ShapeError) return { ok: false, where: error.where };
    throw error;
  }
}

class ShapeError extends Error {
  constructor(readonly where: string) {
    super(where);
  }
}

function rebuild(value: unknown): { document: Record<string, unknown>; selected?: string } {
  const top = list(value, 'the document');
  const name = text(top[0], 'the name');
  const description = optionalText(top[1], 'the description');
  const states = list(top[3], 'the states').map((item, i) => rebuildState(item, i));
  const stateNames = states.map((s) => s.name);
  const events = list(top[4], 'the events').map((item, i) => rebuildEvent(item, i));
  const eventNames = events.map((e) => e.name);
  const stateRef = (ref: unknown, where: string) => resolve(ref, stateNames, where);

  const columns = list(top[5], 'the transitions');
  const [froms, eventRefs, tos] = [0, 1, 2].map((k) => list(columns[k], 'the transitions'));
  if (columns.length > 3 || froms!.length !== eventRefs!.length || froms!.length !== tos!.length) throw new ShapeError('the transitions');
  const transitions: Record<string, unknown>[] = [];
  let previousFrom = 0;
  froms!.forEach((fromRef, i) => {
    const where = `transition ${i}`;
    let from: string;
    if (typeof fromRef === 'number') {
      previousFrom += fromRef;
      from = stateRef(previousFrom, where);
    } else from = stateRef(fromRef, where);
    transitions.push({ from, event: resolve(eventRefs![i], eventNames, where), to: stateRef(tos![i], where) });
  });
  for (const [k, item] of list(top[6], 'the transition details').entries()) {
    const where = `transition details ${k}`;
    const detail = list(item, where);
    const transition = transitions[index(detail[0], transitions.length, where)]!;
    const guard = optionalText(detail[1], where);
    const actions = optionalList(detail[2], where);
    const note = optionalText(detail[3], where);
    if (guard) transition.guard = guard;
    if (actions.length) transition.actions = actions;
    if (note) transition.description = note;
  }

  const rebuilt: Record<string, unknown> = { version: CURRENT_VERSION, name };
  if (description) rebuilt.description = description;
  if (top[2] !== undefined && top[2] !== null) rebuilt.initial = stateRef(top[2], 'the initial state');
  rebuilt.states = states;
  rebuilt.events = events;
  rebuilt.transitions = transitions;
  const layout = rebuildLayout(top[7], top[8], stateNames);
  if (layout) rebuilt.layout = layout;
  const selected = top[9] === undefined || top[9] === null ? undefined : stateRef(top[9], 'the selected state');
  return selected === undefined ? { document: rebuilt } : { document: rebuilt, selected };
}

function rebuildState(item: unknown, i: number): Record<string, unknown> & { name: string } {
  const where = `state ${i}`;
  if (typeof item === 'string') return { name: item };
  const fields = list(item, where);
  const state: Record<string, unknown> & { name: string } = { name: text(fields[0], where) };
  const description = optionalText(fields[1], where);
  if (description) state.description = description;
  if (fields[2] !== undefined && fields[2] !== 0) {
    if (fields[2] !== 1) throw new ShapeError(where);
    state.final = true;
  }
  const entry = optionalList(fields[3], where);
  const exit = optionalList(fields[4], where);
  if (entry.length) state.entry = entry;
  if (exit.length) state.exit = exit;
  return state;
}

function rebuildEvent(item: unknown, i: number): { name: string; description?: string } {
  const where = `event ${i}`;
  if (typeof item === 'string') return { name: item };
  const fields = list(item, where);
  return { name: text(fields[0], where), description: text(fields[1], where) };
}

function rebuildLayout(direction: unknown, positions: unknown, stateNames: readonly string[]): Record<string, unknown> | undefined {
  const layout: Record<string, unknown> = {};
  if (direction === 'R') layout.direction = 'RIGHT';
  else if (direction === 'D') layout.direction = 'DOWN';
  else if (direction !== undefined && direction !== 0 && direction !== null) throw new ShapeError('the layout direction');
  const values = list(positions, 'the positions');
  if (values.length > 0) {
    // Null prototype: a state named "__proto__" must stay an ordinary key.
    const placed: Record<string, unknown> = Object.create(null);
    let at = 0;
    for (const name of stateNames) {
      if (at >= values.length) throw new ShapeError('the positions');
      const x = values[at++];
      if (x === null) continue;
      const y = values[at++];
      if (typeof x !== 'number' || typeof y !== 'number') throw new ShapeError(`the position of state ${JSON.stringify(name)}`);
      placed[name] = { x, y };
    }
    if (at !== values.length) throw new ShapeError('the positions');
    if (Object.keys(placed).length > 0) layout.states = placed;
  }
  return Object.keys(layout).length > 0 ? layout : undefined;
}

function resolve(ref: unknown, names: readonly string[], where: string): string {
  if (typeof ref === 'string') return ref;
  return names[index(ref, names.length, where)]!;
}

function index(value: unknown, length: number, where: string): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0 || value >= length) throw new ShapeError(where);
  return value;
}

function list(value: unknown, where: string): unknown[] {
  if (value === undefined || value === 0 || value === null) return [];
  if (!Array.isArray(value)) throw new ShapeError(where);
  return value;
}

function optionalList(value: unknown, where: string): string[] {
  const items = list(value, where);
  if (!items.every((item) => typeof item === 'string')) throw new ShapeError(where);
  return items as string[];
}

function text(value: unknown, where: string): string {
  if (typeof value !== 'string') throw new ShapeError(where);
  return value;
}

function optionalText(value: unknown, where: string): string {
  return value === undefined || value === 0 || value === null ? '' : text(value, where);
}

function indexOf(names: readonly string[]): Map<string, number> {
  const map = new Map<string, number>();
  names.forEach((name, i) => {
    if (!map.has(name)) map.set(name, i);
  });
  return map;
}

/** Top-level slots holding a state index, where 0 is state 0 and only null means absent. */
const REFERENCE_SLOTS: ReadonlySet<number> = new Set([2, 9]);

/** Drops trailing empty slots (0, null, []), which the reader treats as absent. */
function trimmed(values: unknown[], references: ReadonlySet<number> = new Set()): unknown[] {
  let end = values.length;
  while (end > 1 && isEmpty(values[end - 1], references.has(end - 1))) end--;
  return values.slice(0, end);
}

function isEmpty(value: unknown, isReference: boolean): boolean {
  return value === null || (value === 0 && !isReference) || (Array.isArray(value) && value.length === 0);
}
