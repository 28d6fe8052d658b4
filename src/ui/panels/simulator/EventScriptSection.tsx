/** An event script: events one per line or comma-separated, sent in order until one is rejected. */
import { useEffect, useId, useRef } from 'react';
import { Section } from '../inspector/Section';
import { simulationStore, useSimulation } from './simulation';

const events = (count: number) => (count === 1 ? '1 event' : `${count} events`);

export function EventScriptSection() {
  const text = useSimulation((s) => s.scriptText);
  const fromInitial = useSimulation((s) => s.scriptFromInitial);
  const report = useSimulation((s) => s.report);
  const id = useId();
  const result = useRef<HTMLParagraphElement>(null);

  // The trace above grows with every run and pushes this section down: bring the outcome into view.
  useEffect(() => {
    if (report?.kind === 'script') result.current?.scrollIntoView({ block: 'nearest' });
  }, [report]);

  const started =
    report?.kind === 'script' ? (report.fromInitial ? `Started in the initial state ${report.startedIn}.` : `Started in the current state ${report.startedIn}.`) : '';

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
      <label className="simulator__check">
        <input type="checkbox" checked={fromInitial} onChange={(e) => simulationStore.getState().setScriptFromInitial(e.target.checked)} />
        Start from the initial state
      </label>
      <div className="simulator__controls">
        <button
          type="button"
          className="button button--small button--primary"
          disabled={!text.trim()}
          title={fromInitial ? 'Restart at the initial state and send the events (Ctrl+Enter in the box)' : 'Send the events from the current state (Ctrl+Enter in the box)'}
          onClick={() => simulationStore.getState().runScript()}
        >
          Run script
        </button>
      </div>
      {report?.kind === 'script' ? (
        report.stop ? (
          <p ref={result} className="simulator__report simulator__report--problem" role="alert" data-testid="sim-script-stop">
            {started} Stopped after {events(report.fired)}. {report.stop.message}
          </p>
        ) : (
          <p ref={result} className="simulator__report" role="status" data-testid="sim-script-done">
            {started} Ran {events(report.fired)}; every one fired.
          </p>
        )
      ) : null}
    </Section>
  );
}
