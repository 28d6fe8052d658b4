/**
 * A simulation session as plain immutable data (SPEC section 3): where it
 * started, the current state and the trace of every event sent, fired or
 * rejected. The simulator panel is a view over this; every function here
 * returns a new session and never changes the machine.
 */
import type { Machine } from '../machine/types';
import { rejectionMessage } from './rejectionMessage';
import { startActions as initialEntryActions, step, type ActionRun, type RejectReason } from './step';

export type GuardValues = ReadonlyMap<string, boolean>;

export interface FiredEntry {
  readonly kind: 'fired';
  /** 1-based position in the trace, counting rejected entries too. */
  readonly number: number;
  readonly from: string;
  readonly event: string;
  readonly to: string;
  /** Table index of the transition that fired. */
  readonly transition: number;
  /** Exit, transition and entry actions, in the order they run. */
  readonly actions: readonly ActionRun[];
}

export interface RejectedEntry {
  readonly kind: 'rejected';
  readonly number: number;
  readonly from: string;
  readonly event: string;
  readonly reason: RejectReason;
  readonly falseGuards: readonly string[];
  /** `Guard "inStock" is false.` */
  readonly message: string;
}

export type TraceEntry = FiredEntry | RejectedEntry;

export interface SimulationSession {
  readonly machine: Machine;
  /** The state the session started in. */
  readonly start: string;
  /** True when started at the initial state, running its entry actions; false for "start from here". */
  readonly fromInitial: boolean;
  /** Actions run at start: the initial state's entry actions, or none when started elsewhere. */
  readonly startActions: readonly ActionRun[];
  readonly current: string;
  readonly trace: readonly TraceEntry[];
}

export interface StartOptions {
  /** Start from this state instead (no entry actions run, as when resuming a stored state). */
  readonly at?: string;
}

/**
 * Why a session cannot start, or undefined when it can.
 * @example startProblem(m) // 'The machine has no initial state: mark one as initial, or select a state on the canvas to start from it.'
 */
export function startProblem(machine: Machine, options: StartOptions = {}): string | undefined {
  // With no states there is nothing to choose: the only useful advice is to add one.
  if (machine.states.length === 0) return 'Add a state to simulate the machine.';
  const state = options.at ?? machine.initial;
  if (state === undefined || state === '') return 'The machine has no initial state: mark one as initial, or select a state on the canvas to start from it.';
  if (!machine.states.some((s) => s.name === state)) return `State ${JSON.stringify(state)} does not exist in this machine, so the simulation cannot start there.`;
  return undefined;
}

/**
 * A new session at the initial state (running its entry actions) or at `options.at`.
 * Throws a RangeError with `startProblem`'s message when that state does not exist; check it first.
 * @example startSession(m).current // 'Idle'
 */
export function startSession(machine: Machine, options: StartOptions = {}): SimulationSession {
  const problem = startProblem(machine, options);
  if (problem) throw new RangeError(problem);
  const fromInitial = options.at === undefined;
  const start = options.at ?? machine.initial!;
  return { machine, start, fromInitial, startActions: fromInitial ? initialEntryActions(machine) : [], current: start, trace: [] };
}

/**
 * Sends `event` in the current state; appends a fired or rejected entry. Guards missing from `guardValues` count as true.
 * @example fire(session, 'InsertCoin', new Map([['inStock', false]])).current
 */
export function fire(session: SimulationSession, event: string, guardValues: GuardValues = new Map()): SimulationSession {
  const entry = traceEntry(session.machine, session.current, event, guardValues, session.trace.length + 1);
  return { ...session, current: entry.kind === 'fired' ? entry.to : session.current, trace: [...session.trace, entry] };
}

/** What sending `event` in `state` does, as the trace entry numbered `number`. */
export function traceEntry(machine: Machine, state: string, event: string, guardValues: GuardValues, number: number): TraceEntry {
  const result = step(machine, state, event, (guard) => guardValues.get(guard) ?? true);
  if (result.kind === 'fired') return { ...result, number };
  const { reason, falseGuards } = result;
  return { kind: 'rejected', number, from: state, event, reason, falseGuards, message: rejectionMessage(reason, state, event, falseGuards) };
}

/**
 * Undoes the last trace entry (a rejected entry changed nothing, so only the entry goes).
 * @example stepBack(fire(s, 'Go')).current === s.current
 */
export function stepBack(session: SimulationSession): SimulationSession {
  if (!session.trace.length) return session;
  const trace = session.trace.slice(0, -1);
  return { ...session, trace, current: stateAfter(session.start, trace) };
}

/**
 * Back to where the session started, with an empty trace.
 * @example resetSession(s).trace.length // 0
 */
export function resetSession(session: SimulationSession): SimulationSession {
  return { ...session, current: session.start, trace: [] };
}

/**
 * The machine is done: the current state is final.
 * @example isDone(fire(startSession(m), 'Finish')) // true
 */
export function isDone(session: SimulationSession): boolean {
  return session.machine.states.some((s) => s.name === session.current && s.final === true);
}

function stateAfter(start: string, trace: readonly TraceEntry[]): string {
  for (let i = trace.length - 1; i >= 0; i--) {
    const entry = trace[i]!;
    if (entry.kind === 'fired') return entry.to;
  }
  return start;
}
