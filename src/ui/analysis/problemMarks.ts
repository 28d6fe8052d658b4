/**
 * The problems layer of the canvas decorations: every state and transition a
 * problem names gets a mark of its worst severity, with all its messages as the
 * tooltip. Machine-wide and event problems have nothing on the canvas to mark.
 */
import type { StoreApi } from 'zustand/vanilla';
import type { Analysis, Severity } from '../../core/analysis';
import { setDecorations, type DecorationLayer, type Mark } from '../canvas/decorations';
import type { AnalysisState } from './analysisRunner';

export const PROBLEMS_LAYER = 'problems';

const RANK: ReadonlyMap<Severity, number> = new Map([
  ['error', 3],
  ['warning', 2],
  ['info', 1],
]);

function addTo<K>(marks: Map<K, Mark>, key: K, severity: Severity, message: string): void {
  const previous = marks.get(key);
  if (!previous?.problem) {
    marks.set(key, { problem: severity, message });
    return;
  }
  const worst = (RANK.get(severity) ?? 0) > (RANK.get(previous.problem) ?? 0) ? severity : previous.problem;
  marks.set(key, { problem: worst, message: `${previous.message}\n${message}` });
}

/** @example problemLayer(analyze(m)).states?.get('Lost') // { problem: 'warning', message: 'State "Lost" cannot be reached…' } */
export function problemLayer(analysis: Analysis): DecorationLayer {
  const states = new Map<string, Mark>();
  const transitions = new Map<number, Mark>();
  for (const problem of analysis.problems) {
    if (problem.state !== undefined) addTo(states, problem.state, problem.severity, problem.message);
    else if (problem.transition !== undefined) addTo(transitions, problem.transition, problem.severity, problem.message);
  }
  return { states, transitions };
}

/** Writes the marks now and after every new analysis. */
export function installProblemMarks(store: StoreApi<AnalysisState>): () => void {
  let shown: Analysis | undefined;
  const write = () => {
    const { analysis } = store.getState();
    if (analysis === shown) return;
    shown = analysis;
    setDecorations(PROBLEMS_LAYER, problemLayer(analysis));
  };
  write();
  return store.subscribe(write);
}
