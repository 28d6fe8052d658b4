/** The state the machine is in, large, with the controls that move the session as a whole. */
import { isDone } from '../../../core/simulate';
import { simulationStore, useSimulation } from './simulation';
import { leaveSimulation } from './simulationControl';

export function CurrentState() {
  const session = useSimulation((s) => s.session);
  if (!session) return null;
  const done = isDone(session);
  const steps = session.trace.length;
  return (
    <section className="simulator__current" aria-label="Current state">
      <p className="simulator__current-label">Current state</p>
      <p className="simulator__current-name" data-testid="sim-current">
        {session.current}
      </p>
      {done ? (
        <p className="simulator__done" role="status">
          Final state: the machine is done.
        </p>
      ) : null}
      <p className="simulator__start-note">
        Started {session.fromInitial ? 'at the initial state' : 'here by choice'}: {session.start}
      </p>
      <div className="simulator__controls">
        <button type="button" className="button button--small" disabled={!steps} onClick={() => simulationStore.getState().stepBack()} title="Undo the last event of the trace">
          Step back
        </button>
        <button type="button" className="button button--small" disabled={!steps} onClick={() => simulationStore.getState().reset()} title={`Back to ${session.start} with an empty trace`}>
          Reset
        </button>
        <span className="simulator__spacer" />
        <button type="button" className="button button--small" onClick={leaveSimulation} title="Stop simulating and edit the machine again (S)">
          Stop
        </button>
      </div>
    </section>
  );
}
