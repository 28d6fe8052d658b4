/** An event script: events one per line or comma-separated, sent in order until one is rejected. */
import { useId } from 'react';
import { Section } from '../inspector/Section';
import { simulationStore, useSimulation } from './simulation';

export function EventScriptSection() {
  const text = useSimulation((s) => s.scriptText);
  const report = useSimulation((s) => s.report);
  const id = useId();
  return (
    <Section title="Event script">
      <label className="simulator__field simulator__field--block" htmlFor={id}>
        Events, one per line or comma-separated (# starts a comment)
        <textarea
          id={id}
          className="input simulator__script"
          rows={4}
          spellCheck={false}
          value={text}
          placeholder={'InsertCoin\nSelectItem, Dispense'}
          onChange={(e) => simulationStore.getState().setScriptText(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
              e.preventDefault();
              simulationStore.getState().runScript();
            }
          }}
        />
      </label>
      <div className="simulator__controls">
        <button type="button" className="button button--small button--primary" disabled={!text.trim()} title="Send the events from the current state (Ctrl+Enter in the box)" onClick={() => simulationStore.getState().runScript()}>
          Run script
        </button>
      </div>
      {report?.kind === 'script' ? (
        report.stop ? (
          <p className="simulator__report simulator__report--problem" role="alert" data-testid="sim-script-stop">
            Stopped after {report.fired === 1 ? '1 event' : `${report.fired} events`}. {report.stop.message}
          </p>
        ) : (
          <p className="simulator__report" role="status" data-testid="sim-script-done">
            Ran {report.fired === 1 ? '1 event' : `${report.fired} events`}; every one fired.
          </p>
        )
      ) : null}
    </Section>
  );
}
