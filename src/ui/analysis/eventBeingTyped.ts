/**
 * The problems the app shows, as opposed to the ones the checks find: while
 * the event of a just-drawn arrow is being typed in its field on the canvas,
 * its "has no event" error is held back, so the Problems panel, the counts and
 * the red marks do not flash up in the middle of the gesture. It shows as soon
 * as the field closes with the event still empty. The checks themselves
 * (core/analysis) are left as they are; only what is shown is filtered.
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Analysis } from '../../core/analysis';
import type { EditTarget } from '../../store';
import type { AnalysisState } from './analysisRunner';

/**
 * `analysis` without the empty-event error of the arrow whose event field was
 * opened by drawing it; the same object when there is nothing to hold back.
 * @example withoutEventBeingTyped(analysis, { kind: 'transition', index: 3, justDrawn: true })
 */
export function withoutEventBeingTyped(analysis: Analysis, editing: EditTarget | null): Analysis {
  if (editing?.kind !== 'transition' || !editing.justDrawn) return analysis;
  const problems = analysis.problems.filter((p) => !(p.code === 'empty-event' && p.transition === editing.index));
  return problems.length === analysis.problems.length ? analysis : { ...analysis, problems };
}

/**
 * A store of what to show: `checked`'s analysis, filtered by what `editing()`
 * says is being typed. It changes only when one of the two does.
 * @example const { store } = createShownAnalysis(runner.store, viewStore)
 */
export function createShownAnalysis(
  checked: StoreApi<AnalysisState>,
  view: StoreApi<{ readonly editing: EditTarget | null }>,
): { readonly store: StoreApi<AnalysisState>; stop(): void } {
  const shown = (): AnalysisState => {
    const state = checked.getState();
    const analysis = withoutEventBeingTyped(state.analysis, view.getState().editing);
    return analysis === state.analysis ? state : { ...state, analysis };
  };
  const store = createStore<AnalysisState>()(() => shown());
  let from = { state: checked.getState(), editing: view.getState().editing };
  const update = () => {
    const now = { state: checked.getState(), editing: view.getState().editing };
    if (now.state === from.state && now.editing === from.editing) return;
    from = now;
    store.setState(shown(), true);
  };
  const stopChecked = checked.subscribe(update);
  const stopView = view.subscribe(update);
  return {
    store,
    stop() {
      stopChecked();
      stopView();
    },
  };
}
