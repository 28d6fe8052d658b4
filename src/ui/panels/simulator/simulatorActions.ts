/**
 * Simulator actions for the app's registry: the Simulate toggle (toolbar
 * button and `S`) and the number keys 1–9, which fire the nth enabled event
 * while simulating.
 */
import { availableEvents } from '../../../core/simulate';
import type { Action } from '../../actions/types';
import { simulationStore } from './simulation';
import { isSimulating, toggleSimulation } from './simulationControl';

export const SIMULATE_SHORTCUT = 'S';

/** The events that would fire now, in alphabet order: the ones the number keys fire. */
export function enabledEventsNow(): string[] {
  const { session, guards } = simulationStore.getState();
  if (!session) return [];
  return availableEvents(session.machine, session.current, guards)
    .filter((event) => event.enabled)
    .map((event) => event.event);
}

function fireNth(n: number): Action {
  return {
    id: `simulate.fire${n}`,
    label: `Fire enabled event ${n}`,
    group: 'simulate',
    shortcut: String(n),
    shortcutRow: 'Send the enabled event with that number',
    description: `Send event number ${n} of the ones that would fire in the current state`,
    isEnabled: () => isSimulating() && enabledEventsNow().length >= n,
    run: () => {
      const event = enabledEventsNow()[n - 1];
      if (event !== undefined) simulationStore.getState().fire(event);
    },
  };
}

export const simulatorActions: Action[] = [
  {
    id: 'simulate.toggle',
    label: 'Simulate',
    group: 'simulate',
    shortcut: SIMULATE_SHORTCUT,
    description: 'Run the machine event by event without changing it; press again to go back to editing',
    isActive: isSimulating,
    run: toggleSimulation,
  },
  ...Array.from({ length: 9 }, (_, i) => fireNth(i + 1)),
];
