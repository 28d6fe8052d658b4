/**
 * The one door into the model (SPEC section 1). Files, pasted text, share links,
 * storage and the command line all come through `restore` or `restoreText`.
 *
 * Contract: it either returns a machine or every problem found, each with its
 * JSON path; it never throws. Shape problems reject; reference problems (unknown
 * states, a missing initial) do not, because `analyze` reports them.
 */
import { CURRENT_VERSION, MAX_NAME_LENGTH } from './types';
import type { EventDef, Layout, LayoutDirection, Machine, Point, StateDef, Transition } from './types';
import { childPath, type InputProblem } from './problems';
import { migrate } from './migrate';
import { describeJsonSyntaxError } from './jsonSyntaxError';

export type RestoreResult =
  | { readonly ok: true; readonly machine: Machine }
  | { readonly ok: false; readonly problems: readonly InputProblem[] };

type Json = Record<string, unknown>;

const DOCUMENT_KEYS = ['version', 'name', 'description', 'initial', 'states', 'events', 'transitions', 'layout'];
const STATE_KEYS = ['name', 'description', 'final', 'entry', 'exit'];
const EVENT_KEYS = ['name', 'description'];
const TRANSITION_KEYS = ['from', 'event', 'to', 'guard', 'actions', 'description'];

/**
 * Validates, migrates and normalises a parsed document.
 * @example restore(JSON.parse(text)) // { ok: true, machine } or { ok: false, problems }
 */
export function restore(input: unknown): RestoreResult {
  const problems: InputProblem[] = [];
  const report = (path: string, message: string) => problems.push({ path, message });

  if (!isObject(input)) {
    return { ok: false, problems: [{ path: '', message: `expected a JSON object with "version": ${CURRENT_VERSION}, found ${describe(input)}` }] };
  }
  const migrated = migrate(input);
  if (!migrated.ok) return { ok: false, problems: [migrated.problem] };
  const doc = migrated.document;

  checkKeys(doc, '', DOCUMENT_KEYS, report);
  const name = optionalString(doc, 'name', '', report) || 'Untitled';
  const description = optionalString(doc, 'description', '', report);
  const initial = optionalString(doc, 'initial', '', report);
  const states = readList(doc, 'states', report, readState);
  const events = readList(doc, 'events', report, readEvent);
  const transitions = readList(doc, 'transitions', report, readTransition);
  checkUnique(states, 'states', report);
  checkUnique(events, 'events', report);
  const layout = readLayout(doc.layout, states, report);

  if (problems.length > 0) return { ok: false, problems };
  const machine: Machine = {
    version: CURRENT_VERSION,
    name,
    ...(description ? { description } : {}),
    ...(initial ? { initial } : {}),
    states,
    events,
    transitions,
    layout,
  };
  return { ok: true, machine };
}

/**
 * Parses JSON text and restores it; a syntax error is reported with its line and column.
 * @example restoreText('{"version":1,"states":["A"],"initial":"A"}')
 */
export function restoreText(text: string): RestoreResult {
  // Some editors on Windows start UTF-8 files with a byte order mark; JSON allows a reader to ignore it (RFC 8259).
  const json = text.startsWith('\uFEFF') ? text.slice(1) : text;
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch {
    return { ok: false, problems: [{ path: '', message: describeJsonSyntaxError(json) }] };
  }
  return restore(parsed);
}

type Report = (path: string, message: string) => void;

/** Items read from a list; `sourceIndex` keeps paths right when invalid items before them were skipped. */
const sourceIndex = new WeakMap<object, number>();

function readList<T extends object>(doc: Json, key: string, report: Report, readItem: (value: unknown, path: string, report: Report) => T | undefined): T[] {
  const value = doc[key];
  if (value === undefined) return [];
  if (!Array.isArray(value)) {
    report(key, `expected an array, found ${describe(value)}`);
    return [];
  }
  const items: T[] = [];
  value.forEach((item, index) => {
    const read = readItem(item, childPath(key, index), report);
    if (read !== undefined) {
      sourceIndex.set(read, index);
      items.push(read);
    }
  });
  return items;
}

function readState(value: unknown, path: string, report: Report): StateDef | undefined {
  if (typeof value === 'string') return checkName(value, path, report) ? { name: value } : undefined;
  if (!isObject(value)) return void report(path, `expected a state object or a name, found ${describe(value)}`);
  checkKeys(value, path, STATE_KEYS, report);
  const name = requiredName(value, path, report);
  const description = optionalString(value, 'description', path, report);
  const final = optionalBoolean(value, 'final', path, report);
  const entry = optionalNames(value, 'entry', path, report);
  const exit = optionalNames(value, 'exit', path, report);
  if (name === undefined) return undefined;
  return {
    name,
    ...(description ? { description } : {}),
    ...(final ? { final: true as const } : {}),
    ...(entry.length ? { entry } : {}),
    ...(exit.length ? { exit } : {}),
  };
}

function readEvent(value: unknown, path: string, report: Report): EventDef | undefined {
  if (typeof value === 'string') return checkName(value, path, report) ? { name: value } : undefined;
  if (!isObject(value)) return void report(path, `expected an event object or a name, found ${describe(value)}`);
  checkKeys(value, path, EVENT_KEYS, report);
  const name = requiredName(value, path, report);
  const description = optionalString(value, 'description', path, report);
  if (name === undefined) return undefined;
  return { name, ...(description ? { description } : {}) };
}

function readTransition(value: unknown, path: string, report: Report): Transition | undefined {
  if (!isObject(value)) return void report(path, `expected a transition object, found ${describe(value)}`);
  checkKeys(value, path, TRANSITION_KEYS, report);
  const from = requiredString(value, 'from', path, report);
  const to = requiredString(value, 'to', path, report);
  const event = optionalString(value, 'event', path, report);
  // The event joins the alphabet on save, so it obeys the same length rule as declared names.
  if (event.length > MAX_NAME_LENGTH) checkName(event, childPath(path, 'event'), report);
  const guard = optionalString(value, 'guard', path, report);
  const actions = optionalNames(value, 'actions', path, report);
  const description = optionalString(value, 'description', path, report);
  if (from === undefined || to === undefined) return undefined;
  return {
    from,
    event,
    to,
    ...(guard ? { guard } : {}),
    ...(actions.length ? { actions } : {}),
    ...(description ? { description } : {}),
  };
}

function readLayout(value: unknown, states: readonly StateDef[], report: Report): Layout {
  const positions = new Map<string, Point>();
  if (value === undefined) return { positions };
  if (!isObject(value)) {
    report('layout', `expected an object, found ${describe(value)}`);
    return { positions };
  }
  const known = new Set(states.map((s) => s.name));
  const statePositions = value.states;
  if (statePositions !== undefined && !isObject(statePositions)) {
    report('layout.states', `expected an object of positions keyed by state name, found ${describe(statePositions)}`);
  } else if (statePositions) {
    for (const [name, point] of Object.entries(statePositions)) {
      const path = childPath('layout.states', name);
      if (!isObject(point) || !isFiniteNumber(point.x) || !isFiniteNumber(point.y)) {
        report(path, 'expected a position {"x": number, "y": number}');
      } else if (known.has(name)) {
        // Positions of states that no longer exist carry no meaning and are not kept.
        positions.set(name, { x: point.x, y: point.y });
      }
    }
  }
  const direction = value.direction;
  if (direction !== undefined && direction !== 'RIGHT' && direction !== 'DOWN') {
    report('layout.direction', `expected "RIGHT" or "DOWN", found ${describe(direction)}`);
    return { positions };
  }
  return direction ? { positions, direction: direction as LayoutDirection } : { positions };
}

function checkUnique(items: readonly { name: string }[], key: string, report: Report): void {
  const firstIndex = new Map<string, number>();
  items.forEach((item, position) => {
    const index = sourceIndex.get(item) ?? position;
    const first = firstIndex.get(item.name);
    if (first === undefined) firstIndex.set(item.name, index);
    else report(childPath(childPath(key, index), 'name'), `${JSON.stringify(item.name)} is already the name of ${key}[${first}]; names must be unique`);
  });
}

function checkKeys(value: Json, path: string, allowed: readonly string[], report: Report): void {
  for (const key of Object.keys(value)) {
    if (!allowed.includes(key)) report(childPath(path, key), `unknown field; expected one of ${allowed.join(', ')}`);
  }
}

function checkName(name: string, path: string, report: Report): boolean {
  if (name.length === 0) report(path, 'a name cannot be empty');
  else if (name.length > MAX_NAME_LENGTH) report(path, `a name can have at most ${MAX_NAME_LENGTH} characters, this one has ${name.length}`);
  else return true;
  return false;
}

function requiredName(value: Json, path: string, report: Report): string | undefined {
  const name = requiredString(value, 'name', path, report);
  return name !== undefined && checkName(name, childPath(path, 'name'), report) ? name : undefined;
}

function requiredString(value: Json, key: string, path: string, report: Report): string | undefined {
  const field = value[key];
  if (typeof field === 'string') return field;
  report(childPath(path, key), field === undefined ? 'required, expected a string' : `expected a string, found ${describe(field)}`);
  return undefined;
}

function optionalString(value: Json, key: string, path: string, report: Report): string {
  const field = value[key];
  if (field === undefined || typeof field === 'string') return field ?? '';
  report(childPath(path, key), `expected a string, found ${describe(field)}`);
  return '';
}

function optionalBoolean(value: Json, key: string, path: string, report: Report): boolean {
  const field = value[key];
  if (field === undefined || typeof field === 'boolean') return field ?? false;
  report(childPath(path, key), `expected true or false, found ${describe(field)}`);
  return false;
}

function optionalNames(value: Json, key: string, path: string, report: Report): string[] {
  const field = value[key];
  if (field === undefined) return [];
  const fieldPath = childPath(path, key);
  if (!Array.isArray(field)) {
    report(fieldPath, `expected an array of action names, found ${describe(field)}`);
    return [];
  }
  const names: string[] = [];
  field.forEach((item, index) => {
    if (typeof item === 'string' && item.length > 0) names.push(item);
    else report(childPath(fieldPath, index), `expected a non-empty action name, found ${describe(item)}`);
  });
  return names;
}

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isFiniteNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

/** A short description of a JSON value for messages: `a number (3)`, `an array`. */
export function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  switch (typeof value) {
    case 'string':
      return value === '' ? 'an empty string' : `a string (${JSON.stringify(value.length > 40 ? value.slice(0, 40) + '…' : value)})`;
    case 'number':
      return `a number (${value})`;
    case 'boolean':
      return `${value}`;
    case 'undefined':
      return 'nothing';
    case 'object':
      return 'an object';
    default:
      return typeof value;
  }
}
