/**
 * The whole alphabet as event declarations. Event commands write this back as
 * `events`, which is exactly what saving does anyway (canonical `events` lists
 * the whole alphabet); it keeps the alphabet's order when an event that was
 * only used gets a description, and lets a new event go at the end.
 */
import { alphabet } from '../machine';
import type { EventDef, Machine } from '../machine';

/** Declarations for every event in the alphabet, in alphabet order. */
export function declaredAlphabet(machine: Machine): EventDef[] {
  const declared = new Map<string, EventDef>();
  for (const event of machine.events) declared.set(event.name, event);
  return alphabet(machine).map((name) => declared.get(name) ?? { name });
}
