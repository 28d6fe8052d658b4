/** A random walk through the machine that repeats exactly for the same seed. */
import type { Machine } from '../machine/types';
import { availableEvents } from './availableEvents';
import { randomInt, seededRandom } from './seededRandom';
import { traceEntry, type GuardValues, type SimulationSession, type TraceEntry } from './session';

export interface RandomWalkOptions {
  readonly steps: number;
  readonly seed: number;
  /** Guard switches the walk uses (missing ones are true). */
  readonly guardValues?: GuardValues;
}

export interface RandomWalkResult {
  readonly session: SimulationSession;
  readonly seed: number;
  /** Events fired by this walk. */
  readonly fired: number;
  /** `steps`: all steps taken; `final`: reached a final state; `stuck`: no event is enabled here. */
  readonly ended: 'steps' | 'final' | 'stuck';
}

/**
 * Up to `steps` events chosen at random among the enabled ones, appended to the session's trace.
 * @example randomWalk(m, startSession(m), { steps: 20, seed: 7 }).session.trace.length
 */
export function randomWalk(machine: Machine, session: SimulationSession, options: RandomWalkOptions): RandomWalkResult {
  const random = seededRandom(options.seed);
  const guardValues = options.guardValues ?? new Map<string, boolean>();
  const isFinal = new Set(machine.states.filter((s) => s.final).map((s) => s.name));
  const trace: TraceEntry[] = [...session.trace];
  let current = session.current;
  let ended: RandomWalkResult['ended'] = 'steps';
  let fired = 0;
  for (; fired < options.steps; fired++) {
    if (isFinal.has(current)) {
      ended = 'final';
      break;
    }
    const enabled = availableEvents(machine, current, guardValues).filter((e) => e.enabled);
    if (!enabled.length) {
      ended = 'stuck';
      break;
    }
    const entry = traceEntry(machine, current, enabled[randomInt(random, enabled.length)]!.event, guardValues, trace.length + 1);
    trace.push(entry);
    if (entry.kind === 'fired') current = entry.to;
  }
  if (ended === 'steps' && isFinal.has(current)) ended = 'final';
  return { session: { ...session, current, trace }, seed: options.seed, fired, ended };
}
