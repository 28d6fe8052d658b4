/** The app's simulation store and the hook the simulator panel reads it through. */
import { useStore } from 'zustand';
import { createSimulationStore, type SimulationState } from '../../../store/simulationStore';

export const simulationStore = createSimulationStore();

export function useSimulation<T>(selector: (state: SimulationState) => T): T {
  return useStore(simulationStore, selector);
}
