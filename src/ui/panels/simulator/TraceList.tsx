/** The trace: each event sent, numbered, with the actions it ran in order, or the reason it was rejected. */
import { useEffect, useRef } from 'react';
import type { ActionRun, TraceEntry } from '../../../core/simulate';
import { Section } from '../inspector/Section';
import { useSimulation } from './simulation';

function Actions({ actions }: { readonly actions: readonly ActionRun[] }) {
  if (!actions.length) return null;
  return (
    <ol className="simulator__actions" aria-label="Actions run">
      {actions.map((action, index) => (
        <li key={index} className={`simulator__action simulator__action--${action.phase}`}>
          <span className="simulator__phase">{action.phase}</span> {action.name}
        </li>
      ))}
    </ol>
  );
}

function Entry({ entry }: { readonly entry: TraceEntry }) {
  if (entry.kind === 'rejected') {
    return (
      <li className="simulator__step simulator__step--rejected" data-testid="sim-step">
        <span className="simulator__step-number">{entry.number}</span>
        <div className="simulator__step-body">
          <span>
            {entry.from} <span className="simulator__arrow">—{entry.event}→</span> <strong>rejected</strong>
          </span>
          <span className="simulator__reason">{entry.message}</span>
        </div>
      </li>
    );
  }
  return (
    <li className="simulator__step" data-testid="sim-step">
      <span className="simulator__step-number">{entry.number}</span>
      <div className="simulator__step-body">
        <span>
          {entry.from} <span className="simulator__arrow">—{entry.event}→</span> {entry.to}
        </span>
        <Actions actions={entry.actions} />
      </div>
    </li>
  );
}

export function TraceList() {
  const session = useSimulation((s) => s.session);
  const list = useRef<HTMLOListElement>(null);
  const length = session?.trace.length ?? 0;
  // Keep the newest step in view inside the trace's own scroll box (never scroll the whole panel).
  useEffect(() => {
    if (list.current) list.current.scrollTop = list.current.scrollHeight;
  }, [length]);
  if (!session) return null;
  return (
    <Section title="Trace" actions={<span className="simulator__hint">{length === 1 ? '1 step' : `${length} steps`}</span>}>
      <ol className="simulator__trace" aria-label="Trace" tabIndex={0} ref={list}>
        <li className="simulator__step simulator__step--start">
          <span className="simulator__step-number">0</span>
          <div className="simulator__step-body">
            <span>Start in {session.start}</span>
            <Actions actions={session.startActions} />
          </div>
        </li>
        {session.trace.map((entry) => (
          <Entry key={entry.number} entry={entry} />
        ))}
      </ol>
    </Section>
  );
}
