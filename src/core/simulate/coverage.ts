/** Which states and transitions a session has visited, so the unvisited ones can stand out. */
import type { SimulationSession } from './session';

export interface Coverage {
  /** Visits per state, the start state included. */
  readonly states: ReadonlyMap<string, number>;
  /** Times each transition (table index) fired. */
  readonly transitions: ReadonlyMap<number, number>;
  readonly statesVisited: number;
  readonly statesTotal: number;
  readonly transitionsVisited: number;
  readonly transitionsTotal: number;
}

/**
 * Coverage of the session's current trace.
 * @example coverage(session).statesVisited // 3
 */
export function coverage(session: SimulationSession): Coverage {
  const states = new Map<string, number>([[session.start, 1]]);
  const transitions = new Map<number, number>();
  for (const entry of session.trace) {
    if (entry.kind !== 'fired') continue;
    states.set(entry.to, (states.get(entry.to) ?? 0) + 1);
    transitions.set(entry.transition, (transitions.get(entry.transition) ?? 0) + 1);
  }
  return {
    states,
    transitions,
    statesVisited: states.size,
    statesTotal: session.machine.states.length,
    transitionsVisited: transitions.size,
    transitionsTotal: session.machine.transitions.length,
  };
}
