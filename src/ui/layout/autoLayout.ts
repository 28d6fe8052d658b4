/**
 * Runs auto-layout on the open machine and applies the answer: the user's
 * Auto-layout as one undo step (then the view fits the new picture); a layout
 * on open (states without positions) as part of opening, or of the step that
 * brought the states (a paste), so undo never brings back the temporary grid.
 * ELK and the repair pass load on first use.
 *
 * An edit made while a layout runs wins: the answer was computed for a machine
 * that no longer exists, so it is discarded ('stale') rather than applied over
 * the edit. A newer layout request cancels an older one.
 */
import type { LayoutDirection, Point } from '../../core/machine';
import { documentStore, viewStore } from '../../store';
import { fitView } from '../canvas/flowHandle';
import type { LayoutScope } from './computeLayout';
import { layoutCommand } from './layoutCommand';
import { layoutStatusStore, type LayoutStatus } from './layoutStatus';
import { measureDrawn } from './measureDrawn';

export type LayoutOutcome = 'applied' | 'stale' | 'cancelled' | 'nothing';

let running: AbortController | null = null;

/** Stops the layout that is running, if any. */
export function cancelAutoLayout(): void {
  running?.abort();
}

/**
 * @example await autoLayout('DOWN') // 'applied', or 'stale' when the machine was edited meanwhile
 */
export async function autoLayout(direction: LayoutDirection, scope: LayoutScope = 'all'): Promise<LayoutOutcome> {
  running?.abort();
  const controller = new AbortController();
  running = controller;
  const opened = documentStore.getState();
  const machine = opened.history.present;
  if (machine.states.length === 0) return 'nothing';
  const sizes = measureDrawn(machine);
  const status = (phase: LayoutStatus['phase'] | 'done', elapsedMs: number) => {
    if (running !== controller || phase === 'done') return;
    layoutStatusStore.setState({ running: { phase, elapsedMs, cancel: () => controller.abort() } });
  };
  status('loading', 0);
  try {
    const { computeLayout } = await import('./computeLayout');
    const positions = await computeLayout(machine, sizes, direction, scope, { signal: controller.signal, onPhase: status });
    if (controller.signal.aborted) return 'cancelled';
    const now = documentStore.getState();
    if (now.history.present !== machine || now.documentId !== opened.documentId) return 'stale';
    return apply(positions, direction, scope);
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') return 'cancelled';
    throw error;
  } finally {
    if (running === controller) {
      running = null;
      layoutStatusStore.setState({ running: null });
    }
  }
}

function apply(positions: ReadonlyMap<string, Point>, direction: LayoutDirection, scope: LayoutScope): LayoutOutcome {
  const store = documentStore.getState();
  const machine = store.history.present;
  const everyState = positions.size === machine.states.length;
  const command = layoutCommand(positions, everyState ? direction : undefined);
  const fresh = store.history.past.length === 0 && store.history.future.length === 0;
  if (scope === 'missing' && (fresh || store.readOnly)) {
    // Part of opening: the document opens again, laid out, with the same entry and mode.
    const outcome = command(machine);
    if (!outcome.ok) return 'nothing';
    store.open(outcome.machine, { ...(store.documentId === undefined ? {} : { documentId: store.documentId }), readOnly: store.readOnly });
    return 'applied';
  }
  if (scope === 'missing') {
    // The states arrived with the last step (a paste): the layout joins that step, so one undo
    // goes back to the machine before it instead of to an unplaced copy.
    const outcome = command(machine);
    if (!outcome.ok) return 'nothing';
    store.undo();
    documentStore.getState().replace(outcome.machine);
    fitView();
    return 'applied';
  }
  const outcome = store.apply(command);
  if (!outcome.ok) {
    viewStore.getState().notify({ tone: 'error', title: `Auto-layout was not applied: ${outcome.reason}` });
    return 'nothing';
  }
  fitView();
  return 'applied';
}
