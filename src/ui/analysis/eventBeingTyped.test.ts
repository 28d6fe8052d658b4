import { describe, expect, it } from 'vitest';
import { createStore } from 'zustand/vanilla';
import { analyze, type Analysis } from '../../core/analysis';
import { restore, type Machine } from '../../core/machine';
import type { EditTarget } from '../../store';
import type { AnalysisState } from './analysisRunner';
import { createShownAnalysis, withoutEventBeingTyped } from './eventBeingTyped';

/** A → B with event `go`, and the arrow B → A just drawn, its event not typed yet (index 1). */
function machineWithNewArrow(): Machine {
  const result = restore({
    version: 1,
    initial: 'A',
    states: [{ name: 'A' }, { name: 'B', final: true }],
    transitions: [
      { from: 'A', event: 'go', to: 'B' },
      { from: 'B', event: '', to: 'A' },
      { from: 'A', event: '', to: 'A' },
    ],
  });
  if (!result.ok) throw new Error('fixture does not restore');
  return result.machine;
}

const codesFor = (analysis: Analysis, transition: number) => analysis.problems.filter((p) => p.transition === transition).map((p) => p.code);

describe('withoutEventBeingTyped', () => {
  const analysis = analyze(machineWithNewArrow());

  it('the checks find the missing events (the fixture is what the canvas has mid-gesture)', () => {
    expect(codesFor(analysis, 1)).toContain('empty-event');
    expect(codesFor(analysis, 2)).toContain('empty-event');
  });

  it('holds back only the empty-event error of the arrow whose field opened when it was drawn', () => {
    const shown = withoutEventBeingTyped(analysis, { kind: 'transition', index: 1, justDrawn: true });
    expect(codesFor(shown, 1)).not.toContain('empty-event');
    expect(codesFor(shown, 2)).toContain('empty-event');
    expect(shown.problems).toHaveLength(analysis.problems.length - 1);
    expect(shown.stats).toBe(analysis.stats);
  });

  it('shows everything once the field is closed, or when the field was opened on an existing arrow', () => {
    expect(withoutEventBeingTyped(analysis, null)).toBe(analysis);
    expect(withoutEventBeingTyped(analysis, { kind: 'transition', index: 1 })).toBe(analysis);
    expect(withoutEventBeingTyped(analysis, { kind: 'state', name: 'A' })).toBe(analysis);
  });
});

describe('createShownAnalysis', () => {
  it('follows the field: held back while it is open on the new arrow, shown when it closes with the event still empty', () => {
    const machine = machineWithNewArrow();
    const checked = createStore<AnalysisState>()(() => ({ machine, analysis: analyze(machine), pending: false }));
    const view = createStore<{ editing: EditTarget | null }>()(() => ({ editing: null }));
    const { store, stop } = createShownAnalysis(checked, view);
    const emptyEventsShown = () => store.getState().analysis.problems.filter((p) => p.code === 'empty-event').map((p) => p.transition);

    expect(emptyEventsShown()).toEqual([1, 2]);
    view.setState({ editing: { kind: 'transition', index: 2, justDrawn: true } });
    expect(emptyEventsShown()).toEqual([1]);
    const whileTyping = store.getState();
    view.setState({ editing: view.getState().editing });
    expect(store.getState()).toBe(whileTyping);
    view.setState({ editing: null });
    expect(emptyEventsShown()).toEqual([1, 2]);
    expect(store.getState()).toBe(checked.getState());

    stop();
    view.setState({ editing: { kind: 'transition', index: 2, justDrawn: true } });
    expect(emptyEventsShown()).toEqual([1, 2]);
  });
});
