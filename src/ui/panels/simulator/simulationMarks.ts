/**
 * The simulation layer of the canvas decorations: the current state, the last
 * transition that fired and, when coverage is shown, which states and
 * transitions this session has not visited yet (dimmed on the canvas).
 */
import { coverage, type SimulationSession } from '../../../core/simulate';
import type { DecorationLayer, Mark } from '../../canvas/decorations';

export const SIMULATION_LAYER = 'simulation';

/** @example simulationLayer(session, false).states?.get(session.current) // { sim: 'current' } */
export function simulationLayer(session: SimulationSession, showCoverage: boolean): DecorationLayer {
  const states = new Map<string, Mark>();
  const transitions = new Map<number, Mark>();
  if (showCoverage) {
    const visited = coverage(session);
    for (const state of session.machine.states) states.set(state.name, { sim: visited.states.has(state.name) ? 'visited' : 'unvisited' });
    session.machine.transitions.forEach((_, index) => transitions.set(index, { sim: visited.transitions.has(index) ? 'visited' : 'unvisited' }));
  }
  const lastFired = session.trace.findLast((entry) => entry.kind === 'fired');
  if (lastFired?.kind === 'fired') transitions.set(lastFired.transition, { sim: 'last-fired' });
  states.set(session.current, { sim: 'current' });
  return { states, transitions };
}
