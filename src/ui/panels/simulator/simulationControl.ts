/**
 * Keeps simulate mode, the simulation session and the canvas marks in step.
 * viewStore.mode is the one switch: entering simulate mode starts a session on
 * the open machine, leaving it ends the session and clears the marks. If the
 * document changes underneath (another machine opened), the session restarts
 * on the new machine, so the simulator never shows a machine that is not open.
 */
import { documentStore, selectMachine, viewStore } from '../../../store';
import { closeConnectPicker, closeContextMenu } from '../../canvas/canvasUi';
import { clearDecorations, setDecorations } from '../../canvas/decorations';
import { simulationStore } from './simulation';
import { simulationLayer, SIMULATION_LAYER } from './simulationMarks';

export const isSimulating = (): boolean => viewStore.getState().mode === 'simulate';

export function enterSimulation(): void {
  const view = viewStore.getState();
  view.stopEditing();
  closeConnectPicker();
  closeContextMenu();
  view.setSidebarTab('simulator');
  view.setMode('simulate');
}

export function leaveSimulation(): void {
  viewStore.getState().setMode('edit');
}

export function toggleSimulation(): void {
  if (isSimulating()) leaveSimulation();
  else enterSimulation();
}

/** Starts the session at `state` (no entry actions run), as "start from here" does. */
export function startFrom(state: string): void {
  simulationStore.getState().begin(selectMachine(documentStore.getState()), state);
}

function syncSession(): void {
  const machine = selectMachine(documentStore.getState());
  const { session, problem, begin, end } = simulationStore.getState();
  if (!isSimulating()) {
    if (session || problem) end();
    return;
  }
  if (session?.machine !== machine) begin(machine);
}

function syncMarks(): void {
  const { session, showCoverage } = simulationStore.getState();
  if (isSimulating() && session) setDecorations(SIMULATION_LAYER, simulationLayer(session, showCoverage));
  else clearDecorations(SIMULATION_LAYER);
}

/** Subscribes once; returns the removal (tests). */
export function installSimulationControl(): () => void {
  const stops = [
    viewStore.subscribe((state, previous) => {
      if (state.mode !== previous.mode) syncSession();
    }),
    documentStore.subscribe((state, previous) => {
      if (state.history.present !== previous.history.present) syncSession();
    }),
    simulationStore.subscribe((state, previous) => {
      if (state.session !== previous.session || state.showCoverage !== previous.showCoverage) syncMarks();
    }),
    viewStore.subscribe((state, previous) => {
      if (state.mode !== previous.mode) syncMarks();
    }),
  ];
  syncSession();
  syncMarks();
  return () => stops.forEach((stop) => stop());
}

installSimulationControl();
