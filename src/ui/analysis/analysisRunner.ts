/**
 * Keeps the checks of the open machine up to date without putting them on the
 * typing path. Small machines are analysed at once (a few hundred states take
 * well under a millisecond); above `LARGE_MACHINE_STATES` the run waits until
 * the edits pause for `LARGE_MACHINE_DELAY_MS`, so a burst of edits on a
 * 1,000-state machine costs one analysis, after the burst, not one per edit.
 * Edits that leave the checked parts alone (a drag moves only the layout; a
 * new name or description) reuse the last analysis without running anything.
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import { analyze, type Analysis } from '../../core/analysis';
import type { Machine } from '../../core/machine';

export const LARGE_MACHINE_STATES = 300;
export const LARGE_MACHINE_DELAY_MS = 150;

export interface AnalysisState {
  /** The machine the analysis belongs to. */
  readonly machine: Machine;
  readonly analysis: Analysis;
  /** A newer machine is waiting for its analysis (the shown one may be up to one pause old). */
  readonly pending: boolean;
}

export interface MachineSource {
  getMachine(): Machine;
  /** Calls `onChange` whenever the machine may have changed; returns the unsubscribe. */
  subscribe(onChange: () => void): () => void;
}

export interface AnalysisRunnerOptions {
  readonly analyze?: (machine: Machine) => Analysis;
  /** How long to wait after an edit before analysing `machine`; 0 means now. */
  readonly delayFor?: (machine: Machine) => number;
}

/** The parts of a machine the checks read; the layout, name and descriptions of the machine never change a problem. */
function sameCheckedParts(a: Machine, b: Machine): boolean {
  return a.states === b.states && a.transitions === b.transitions && a.events === b.events && a.initial === b.initial;
}

/** @example analysisDelay(machineWith1000States) // 150 */
export function analysisDelay(machine: Machine): number {
  return machine.states.length > LARGE_MACHINE_STATES ? LARGE_MACHINE_DELAY_MS : 0;
}

/**
 * A store of the latest analysis of `source`'s machine, and `stop` to let it go.
 * @example const { store } = createAnalysisRunner(source); store.getState().analysis.problems
 */
export function createAnalysisRunner(
  source: MachineSource,
  options: AnalysisRunnerOptions = {},
): { readonly store: StoreApi<AnalysisState>; stop(): void } {
  const run = options.analyze ?? analyze;
  const delayFor = options.delayFor ?? analysisDelay;
  const first = source.getMachine();
  const store = createStore<AnalysisState>()(() => ({ machine: first, analysis: run(first), pending: false }));
  let timer: ReturnType<typeof setTimeout> | undefined;

  const analyseLatest = () => {
    timer = undefined;
    const machine = source.getMachine();
    store.setState({ machine, analysis: run(machine), pending: false });
  };

  const unsubscribe = source.subscribe(() => {
    const machine = source.getMachine();
    const state = store.getState();
    if (machine === state.machine && !state.pending) return;
    if (!state.pending && sameCheckedParts(machine, state.machine)) {
      store.setState({ machine });
      return;
    }
    if (timer !== undefined) clearTimeout(timer);
    const delay = delayFor(machine);
    if (delay <= 0) return analyseLatest();
    if (!state.pending) store.setState({ pending: true });
    timer = setTimeout(analyseLatest, delay);
  });

  return {
    store,
    stop() {
      unsubscribe();
      if (timer !== undefined) clearTimeout(timer);
    },
  };
}
