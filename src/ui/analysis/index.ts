/**
 * The app's live analysis of the open document, and the hook panels read it
 * through. Importing this module starts the runner and the canvas problem marks.
 */
import { useStore } from 'zustand';
import { documentStore, selectMachine, viewStore } from '../../store';
import { createAnalysisRunner, type AnalysisState } from './analysisRunner';
import { installProblemMarks } from './problemMarks';
import { createShownAnalysis } from './eventBeingTyped';

const runner = createAnalysisRunner({
  getMachine: () => selectMachine(documentStore.getState()),
  subscribe: (onChange) => documentStore.subscribe(onChange),
});

/** What panels and the canvas show: the checks' findings less the event still being typed on a just-drawn arrow. */
export const analysisStore = createShownAnalysis(runner.store, viewStore).store;

installProblemMarks(analysisStore);

/** @example const errors = useAnalysis((s) => s.analysis.problems.filter((p) => p.severity === 'error').length) */
export function useAnalysis<T>(selector: (state: AnalysisState) => T): T {
  return useStore(analysisStore, selector);
}

export type { AnalysisState } from './analysisRunner';
