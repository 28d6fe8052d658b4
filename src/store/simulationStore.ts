/**
 * Simulation state, kept apart from the document: the running session, the
 * guard switches and the inputs of the simulator's tools (walk, script). The
 * session is immutable data from core/simulate; every method here swaps it for
 * a new one, so the document is never touched and "step back" is free.
 * Whether the editor is in simulate mode is viewStore.mode; the simulator's
 * controller keeps the two in step.
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import { pathTo } from '../core/analysis';
import type { Machine } from '../core/machine';
import {
  fire,
  parseEventScript,
  randomWalk,
  resetSession,
  runScript,
  startProblem,
  startSession,
  stepBack,
  type RandomWalkResult,
  type ScriptStop,
  type SimulationSession,
  type TraceEntry,
} from '../core/simulate';

/** A guard switch that Play path turned, in the order it turned them. */
export interface GuardChange {
  readonly name: string;
  readonly value: boolean;
}

/** What the last walk, script or path run did, for the panel to say. */
export type SimulationReport =
  | { readonly kind: 'walk'; readonly seed: number; readonly fired: number; readonly ended: RandomWalkResult['ended'] }
  /** `startedIn`: the state the script began in; `fromInitial`: it restarted there first. */
  | { readonly kind: 'script'; readonly fired: number; readonly stop?: ScriptStop; readonly startedIn: string; readonly fromInitial: boolean }
  | { readonly kind: 'path'; readonly target: string; readonly fired: number; readonly missing?: boolean; readonly guardsSet?: readonly GuardChange[] };

export interface SimulationState {
  readonly session: SimulationSession | null;
  /** Why no session runs (no initial state), shown instead of the simulator. */
  readonly problem: string | undefined;
  /** Guard switches; a guard not listed is true. */
  readonly guards: ReadonlyMap<string, boolean>;
  readonly report: SimulationReport | null;
  /** Dim the states and transitions this session has not visited. */
  readonly showCoverage: boolean;
  readonly walkSteps: number;
  readonly walkSeed: number;
  readonly scriptText: string;
  /** Run the script from a fresh start at the initial state (default) rather than from the current state. */
  readonly scriptFromInitial: boolean;

  /** Starts a session on `machine` at its initial state, or at `at`; returns why it cannot, if so. */
  begin(machine: Machine, at?: string): string | undefined;
  end(): void;
  /** Sends one event with the current guard switches; returns its trace entry. */
  fire(event: string): TraceEntry | undefined;
  stepBack(): void;
  reset(): void;
  setGuard(name: string, value: boolean): void;
  setShowCoverage(show: boolean): void;
  setWalk(options: { readonly steps?: number; readonly seed?: number }): void;
  randomWalk(): void;
  setScriptText(text: string): void;
  setScriptFromInitial(fromInitial: boolean): void;
  runScript(): void;
  /**
   * Restarts at the initial state and plays the shortest event path to `state`,
   * turning the guard switches each step needs, so the switches show what was used.
   */
  playPathTo(state: string): void;
}

export interface SimulationStoreOptions {
  /** The first seed shown in the random walk; tests pass a fixed one. */
  readonly seed?: number;
}

const randomSeed = (): number => Math.floor(Math.random() * 100_000);

/** @example const sim = createSimulationStore(); sim.getState().begin(machine); sim.getState().fire('Go') */
export function createSimulationStore(options: SimulationStoreOptions = {}): StoreApi<SimulationState> {
  return createStore<SimulationState>()((set, get) => {
    /** Applies `change` to the running session; does nothing when none runs. */
    const update = (change: (session: SimulationSession) => SimulationSession, report: SimulationReport | null = null) => {
      const { session } = get();
      if (session) set({ session: change(session), report });
    };

    return {
      session: null,
      problem: undefined,
      guards: new Map(),
      report: null,
      showCoverage: false,
      walkSteps: 20,
      walkSeed: options.seed ?? randomSeed(),
      scriptText: '',
      scriptFromInitial: true,

      begin(machine, at) {
        const problem = startProblem(machine, at === undefined ? {} : { at });
        set({ session: problem ? null : startSession(machine, at === undefined ? {} : { at }), problem, report: null });
        return problem;
      },
      end: () => set({ session: null, problem: undefined, report: null }),
      fire(event) {
        const { session, guards } = get();
        if (!session) return undefined;
        const next = fire(session, event, guards);
        set({ session: next, report: null });
        return next.trace.at(-1);
      },
      stepBack: () => update(stepBack),
      reset: () => update(resetSession),
      setGuard(name, value) {
        const guards = new Map(get().guards);
        guards.set(name, value);
        set({ guards });
      },
      setShowCoverage: (showCoverage) => set({ showCoverage }),
      setWalk({ steps, seed }) {
        set({ ...(steps !== undefined ? { walkSteps: steps } : {}), ...(seed !== undefined ? { walkSeed: seed } : {}) });
      },
      randomWalk() {
        const { session, guards, walkSteps, walkSeed } = get();
        if (!session) return;
        const result = randomWalk(session.machine, session, { steps: walkSteps, seed: walkSeed, guardValues: guards });
        set({ session: result.session, report: { kind: 'walk', seed: result.seed, fired: result.fired, ended: result.ended } });
      },
      setScriptText: (scriptText) => set({ scriptText }),
      setScriptFromInitial: (scriptFromInitial) => set({ scriptFromInitial }),
      runScript() {
        const { session, guards, scriptText, scriptFromInitial } = get();
        if (!session) return;
        // A machine without an initial state (a session started from a chosen state) can only run where it is.
        const restart = scriptFromInitial && startProblem(session.machine) === undefined;
        const from = restart ? startSession(session.machine) : session;
        const result = runScript(session.machine, from, parseEventScript(scriptText), guards);
        const report: SimulationReport = { kind: 'script', fired: result.fired, ...(result.stop ? { stop: result.stop } : {}), startedIn: from.current, fromInitial: restart };
        set({ session: result.session, report });
      },
      playPathTo(state) {
        const { session, guards } = get();
        if (!session) return;
        const steps = pathTo(session.machine, state);
        if (!steps) {
          set({ report: { kind: 'path', target: state, fired: 0, missing: true } });
          return;
        }
        // Each step carries the guard values that make exactly its transition fire. The switches are
        // turned to them (and stay turned), so what the panel shows is what the path used.
        const switches = new Map(guards);
        const guardsSet: GuardChange[] = [];
        let played = startSession(session.machine);
        for (const step of steps) {
          for (const [name, value] of step.guards) {
            if ((switches.get(name) ?? true) === value) continue;
            switches.set(name, value);
            guardsSet.push({ name, value });
          }
          played = fire(played, step.event, switches);
        }
        set({ session: played, guards: switches, report: { kind: 'path', target: state, fired: steps.length, ...(guardsSet.length ? { guardsSet } : {}) } });
      },
    };
  });
}
