/** The Simulator tab: run the open machine event by event, exactly as the generated code would, without changing it. */
import { useView } from '../../../store';
import { formatShortcut } from '../../actions/shortcutMatch';
import { isMac } from '../../actions/platform';
import { CoverageSection } from './CoverageSection';
import { CurrentState } from './CurrentState';
import { EventList } from './EventList';
import { EventScriptSection } from './EventScriptSection';
import { GuardSwitches } from './GuardSwitches';
import { RandomWalkSection } from './RandomWalkSection';
import { SelectedStateTools } from './SelectedStateTools';
import { useSimulation } from './simulation';
import { enterSimulation, leaveSimulation, startFrom } from './simulationControl';
import { SIMULATE_SHORTCUT } from './simulatorActions';
import { TraceList } from './TraceList';
import './simulator.css';
import './simulatorTools.css';

function Intro() {
  return (
    <div className="simulator__intro">
      <p>Run the machine event by event, exactly as the generated code will: see which events fire, flip guards, follow the trace and the coverage.</p>
      <p className="simulator__empty">Simulating never changes the machine.</p>
      <button type="button" className="button button--primary" onClick={enterSimulation} title={`Start simulating (${formatShortcut(SIMULATE_SHORTCUT, isMac)})`}>
        Start simulation
      </button>
    </div>
  );
}

/** No session: the machine cannot start (no initial state); it can still start from a selected state. */
function CannotStart({ problem }: { readonly problem: string }) {
  const selected = useView((v) => (v.selection.states.length === 1 ? v.selection.states[0] : undefined));
  return (
    <div className="simulator__intro">
      <p className="simulator__report simulator__report--problem" role="alert">
        {problem}
      </p>
      <div className="simulator__controls">
        {/* The problem already says what to do; a selected state gets its button. */}
        {selected !== undefined ? (
          <button type="button" className="button button--small button--primary" onClick={() => startFrom(selected)}>
            Start from {selected}
          </button>
        ) : null}
        <span className="simulator__spacer" />
        <button type="button" className="button button--small" onClick={leaveSimulation}>
          Stop
        </button>
      </div>
    </div>
  );
}

export function SimulatorPanel() {
  const simulating = useView((v) => v.mode === 'simulate');
  const running = useSimulation((s) => s.session !== null);
  const problem = useSimulation((s) => s.problem);
  return (
    <div className="simulator" data-testid="simulator-panel">
      {!simulating ? <Intro /> : null}
      {simulating && !running && problem !== undefined ? <CannotStart problem={problem} /> : null}
      {simulating && running ? (
        <>
          <CurrentState />
          <EventList />
          <GuardSwitches />
          <TraceList />
          <SelectedStateTools />
          <CoverageSection />
          <RandomWalkSection />
          <EventScriptSection />
        </>
      ) : null}
    </div>
  );
}
