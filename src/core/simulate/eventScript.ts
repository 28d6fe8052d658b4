/**
 * Event scripts: events one per line or comma-separated, blank lines and lines
 * starting with `#` ignored. Running one stops at the first event that does not
 * fire, and says on which line.
 */
import { alphabet } from '../machine/alphabet';
import type { Machine } from '../machine/types';
import { traceEntry, type GuardValues, type SimulationSession, type TraceEntry } from './session';

export interface ScriptEvent {
  readonly event: string;
  /** 1-based line of the script text. */
  readonly line: number;
}

export interface ScriptStop {
  readonly line: number;
  readonly event: string;
  readonly reason: 'unknown-event' | 'rejected';
  readonly message: string;
}

export interface ScriptResult {
  readonly session: SimulationSession;
  /** Events of the script that fired. */
  readonly fired: number;
  /** Where and why the script stopped early; absent when every event fired. */
  readonly stop?: ScriptStop;
}

/**
 * The events of a script with their line numbers. Names are trimmed; a name cannot contain a comma or start with `#`.
 * @example parseEventScript('Pay, Ship\n# later\nDeliver') // [{ event: 'Pay', line: 1 }, { event: 'Ship', line: 1 }, { event: 'Deliver', line: 3 }]
 */
export function parseEventScript(text: string): ScriptEvent[] {
  const events: ScriptEvent[] = [];
  text.split(/\r\n|\r|\n/).forEach((raw, index) => {
    const content = raw.trim();
    if (content === '' || content.startsWith('#')) return;
    for (const part of content.split(',')) {
      const event = part.trim();
      if (event !== '') events.push({ event, line: index + 1 });
    }
  });
  return events;
}

/**
 * Sends the script's events in order; stops at the first one that is not in the alphabet or is rejected.
 * A rejected event is in the trace; an unknown one is not, since the machine has no such event.
 * @example runScript(m, startSession(m), parseEventScript('Pay\nShip'), new Map()).stop?.line
 */
export function runScript(machine: Machine, session: SimulationSession, script: readonly ScriptEvent[], guardValues: GuardValues = new Map()): ScriptResult {
  const known = new Set(alphabet(machine));
  const trace: TraceEntry[] = [...session.trace];
  let current = session.current;
  let fired = 0;
  const result = (stop?: ScriptStop): ScriptResult => ({ session: { ...session, current, trace }, fired, ...(stop ? { stop } : {}) });
  for (const { event, line } of script) {
    if (!known.has(event)) {
      return result({ line, event, reason: 'unknown-event', message: `Line ${line}: ${JSON.stringify(event)} is not an event of this machine. ${eventList(known)}` });
    }
    const entry = traceEntry(machine, current, event, guardValues, trace.length + 1);
    trace.push(entry);
    if (entry.kind === 'rejected') {
      return result({ line, event, reason: 'rejected', message: `Line ${line}: ${JSON.stringify(event)} was rejected in ${JSON.stringify(current)}. ${entry.message}` });
    }
    current = entry.to;
    fired++;
  }
  return result();
}

function eventList(known: ReadonlySet<string>): string {
  const names = [...known].map((name) => JSON.stringify(name));
  if (!names.length) return 'The machine has no events yet.';
  const shown = names.length > 10 ? [...names.slice(0, 10), `and ${names.length - 10} more`] : names;
  return `Its events are ${shown.join(', ')}.`;
}
