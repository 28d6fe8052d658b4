/**
 * Canonical output (SPEC section 1): fixed key order, objects never shorthand,
 * `events` is the whole alphabet, empty optional fields omitted, 2-space indent
 * and a final newline. The same machine always gives the same bytes.
 */
import { alphabet } from './alphabet';
import type { EventDef, Machine, StateDef, Transition } from './types';

/** The canonical document as a plain JSON value (key order is significant). */
export function toDocument(machine: Machine): Record<string, unknown> {
  const declared = new Map<string, EventDef>();
  for (const event of machine.events) declared.set(event.name, event);
  const events = alphabet(machine).map((name) => eventObject(declared.get(name) ?? { name }));
  const doc: Record<string, unknown> = { version: machine.version, name: machine.name };
  if (machine.description) doc.description = machine.description;
  if (machine.initial) doc.initial = machine.initial;
  doc.states = machine.states.map(stateObject);
  doc.events = events;
  doc.transitions = machine.transitions.map(transitionObject);
  const layout = layoutObject(machine);
  if (layout) doc.layout = layout;
  return doc;
}

/**
 * The canonical bytes of a machine.
 * @example serialize(machine) // '{\n  "version": 1,\n  "name": "Order", …}\n'
 */
export function serialize(machine: Machine): string {
  return JSON.stringify(toDocument(machine), null, 2) + '\n';
}

function stateObject(state: StateDef): Record<string, unknown> {
  const out: Record<string, unknown> = { name: state.name };
  if (state.description) out.description = state.description;
  if (state.final) out.final = true;
  if (state.entry?.length) out.entry = [...state.entry];
  if (state.exit?.length) out.exit = [...state.exit];
  return out;
}

function eventObject(event: EventDef): Record<string, unknown> {
  return event.description ? { name: event.name, description: event.description } : { name: event.name };
}

function transitionObject(transition: Transition): Record<string, unknown> {
  const out: Record<string, unknown> = { from: transition.from, event: transition.event, to: transition.to };
  if (transition.guard) out.guard = transition.guard;
  if (transition.actions?.length) out.actions = [...transition.actions];
  if (transition.description) out.description = transition.description;
  return out;
}

function layoutObject(machine: Machine): Record<string, unknown> | undefined {
  const { positions, direction } = machine.layout;
  const out: Record<string, unknown> = {};
  if (direction) out.direction = direction;
  // Positions follow state order so the bytes do not depend on edit history.
  // A null-prototype object keeps a state named "__proto__" an ordinary key.
  const states: Record<string, unknown> = Object.create(null);
  let any = false;
  for (const state of machine.states) {
    const point = positions.get(state.name);
    if (point) {
      states[state.name] = { x: round(point.x), y: round(point.y) };
      any = true;
    }
  }
  if (any) out.states = states;
  return Object.keys(out).length ? out : undefined;
}

/** Coordinates this large have no hundredths worth dropping, and scaling them by 100 could overflow to Infinity (written as null). */
const ROUNDED_BELOW = 1e13;

/**
 * Positions are stored to 1/100 px: enough for layout, and stable across round trips
 * (below 1e13 the hundredths are exact integers, so rounding a rounded value changes nothing).
 */
function round(value: number): number {
  if (Math.abs(value) >= ROUNDED_BELOW) return value;
  return Math.round(value * 100) / 100 || 0;
}
