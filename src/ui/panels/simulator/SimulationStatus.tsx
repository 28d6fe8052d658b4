/** The status bar while simulating: the current state; choosing it opens the Simulator tab. Nothing in edit mode. */
import { useView, viewStore } from '../../../store';
import { useSimulation } from './simulation';
import './simulator.css';

export function SimulationStatus() {
  const simulating = useView((v) => v.mode === 'simulate');
  const current = useSimulation((s) => s.session?.current);
  if (!simulating) return null;
  const text = current === undefined ? 'Simulating' : `Simulating: in ${current}`;
  return (
    <button type="button" className="simulation-status" data-testid="simulation-status" title="Show the simulator" onClick={() => viewStore.getState().setSidebarTab('simulator')}>
      <span className="simulation-status__dot" aria-hidden="true" />
      {text}
    </button>
  );
}
