/** For the state selected on the canvas: start the session there, or find and play the shortest path to it. */
import { useMemo } from 'react';
import { pathTo } from '../../../core/analysis';
import { useView } from '../../../store';
import { Section } from '../inspector/Section';
import { simulationStore, useSimulation } from './simulation';
import type { GuardChange } from '../../../store/simulationStore';
import { startFrom } from './simulationControl';

/** The one selected state that exists in the simulated machine, if any. */
function useSelectedState(): string | undefined {
  const machine = useSimulation((s) => s.session?.machine);
  const selected = useView((v) => (v.selection.states.length === 1 && v.selection.transitions.length === 0 ? v.selection.states[0] : undefined));
  return selected !== undefined && machine?.states.some((s) => s.name === selected) ? selected : undefined;
}

/** `Set inStock to true and sensorOk to false to follow the path.`: the switches Play path turned. */
function guardsSetText(changes: readonly GuardChange[]): string {
  const parts = changes.map(({ name, value }) => `${name} to ${value}`);
  const list = parts.length <= 1 ? parts.join('') : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`;
  return `Set ${list} to follow the path.`;
}

function PathReport() {
  const report = useSimulation((s) => s.report);
  if (report?.kind !== 'path') return null;
  return (
    <p className={`simulator__report${report.missing ? ' simulator__report--problem' : ''}`} role="status" data-testid="sim-path-report">
      {report.missing
        ? `No path from the initial state reaches ${report.target}.`
        : `Played ${report.fired === 1 ? '1 event' : `${report.fired} events`} from the initial state to ${report.target}.`}
      {report.guardsSet ? ` ${guardsSetText(report.guardsSet)}` : null}
    </p>
  );
}

export function SelectedStateTools() {
  const machine = useSimulation((s) => s.session?.machine);
  const state = useSelectedState();
  const path = useMemo(() => (machine && state !== undefined ? pathTo(machine, state) : undefined), [machine, state]);
  if (!machine) return null;
  if (state === undefined) {
    return (
      <Section title="Selected state">
        <p className="simulator__empty">Select a state on the canvas to start from it or to find the shortest way there.</p>
        <PathReport />
      </Section>
    );
  }
  return (
    <Section title="Selected state">
      <p className="simulator__selected" data-testid="sim-selected">
        {state}
      </p>
      <div className="simulator__path">
        <span className="simulator__path-label">Path to here</span>
        {path === undefined ? (
          <span className="simulator__empty">No path from the initial state reaches it.</span>
        ) : path.length === 0 ? (
          <span className="simulator__empty">It is the initial state.</span>
        ) : (
          <ol className="simulator__path-events" aria-label={`Shortest path to ${state}`} data-testid="sim-path">
            {path.map((step, index) => (
              <li key={index}>
                {index > 0 ? (
                  <span className="simulator__path-arrow" aria-hidden="true">
                    →
                  </span>
                ) : null}
                <span className="simulator__path-event">{step.event}</span>
              </li>
            ))}
          </ol>
        )}
      </div>
      <div className="simulator__controls">
        <button
          type="button"
          className="button button--small button--primary"
          disabled={path === undefined}
          title="Restart at the initial state and send these events"
          onClick={() => simulationStore.getState().playPathTo(state)}
        >
          Play path
        </button>
        <button type="button" className="button button--small" title="Start a new session in this state (its entry actions do not run)" onClick={() => startFrom(state)}>
          Start from here
        </button>
      </div>
      <PathReport />
    </Section>
  );
}
