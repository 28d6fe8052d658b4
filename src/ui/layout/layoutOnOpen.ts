/**
 * Lays out a document that arrives with states but no positions (an import, a
 * hand-written file, a link without layout) once the canvas has drawn it, so
 * the real box and label sizes are used. Only states without a position are
 * placed; positions the user set never move without them asking.
 */
import type { Machine } from '../../core/machine';
import { documentStore, viewStore } from '../../store';
import { afterCanvasPaint } from './afterCanvasPaint';
import { autoLayout } from './autoLayout';

function hasUnplacedStates(machine: Machine): boolean {
  return machine.states.some((state) => !machine.layout.positions.has(state.name));
}

/**
 * Starts watching the open document; returns the stop function.
 * @example startLayoutOnOpen() // in main.tsx, after the session has opened a machine
 */
export function startLayoutOnOpen(): () => void {
  let scheduled = false;
  // Only a document that just arrived (opened, pasted) is laid out, never one reached by undo or redo:
  // laying out an undone paste would record a new step and make the machine before it unreachable.
  const arrived = () => documentStore.getState().history.future.length === 0;
  const check = () => {
    if (scheduled || !arrived() || !hasUnplacedStates(documentStore.getState().history.present)) return;
    scheduled = true;
    afterCanvasPaint(() => {
      scheduled = false;
      const machine = documentStore.getState().history.present;
      if (!arrived() || !hasUnplacedStates(machine)) return;
      // A stale answer (the user edited meanwhile) needs no retry here: the edit itself calls check().
      autoLayout(machine.layout.direction ?? 'RIGHT', 'missing').catch((error: unknown) =>
        viewStore.getState().notify({
          tone: 'warning',
          title: `The machine could not be laid out automatically: ${error instanceof Error ? error.message : String(error)}`,
          details: ['Its states are shown on a grid. Try Auto-layout in the toolbar, or drag them into place.'],
        }),
      );
    });
  };
  check();
  return documentStore.subscribe((now, before) => {
    if (now.history.present !== before.history.present) check();
  });
}
