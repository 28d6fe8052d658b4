/**
 * The app's live analysis of the open document, and the hook panels read it
 * through. Importing this module starts the runner and the canvas problem marks.
 */
import { useStore } from 'zustand';
import { documentStore, selectMachine } from '../../store';
import { createAnalysisRunner, type AnalysisState } from './analysisRunner';
import { installProblemMarks } from './problemMarks';

const runner = createAnalysisRunner({
  getMachine: () => selectMachine(documentStore.getState()),
  subscribe: (onChange) => documentStore.subscribe(onChange),
});

export const analysisStore = runner.store;

installProblemMarks(analysisStore);

/** @example const errors = useAnalysis((s) => s.analysis.problems.filter((p) => p.severity === 'error').length) */
export function useAnalysis<T>(selector: (state: AnalysisState) => T): T {
  return useStore(analysisStore, selector);
}

export type { AnalysisState } from './analysisRunner';
