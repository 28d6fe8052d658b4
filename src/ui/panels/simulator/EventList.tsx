/** Every event of the alphabet: the ones that would fire as buttons with their target, the others with the reason they would not. */
import { useMemo } from 'react';
import { availableEvents } from '../../../core/simulate';
import { Section } from '../inspector/Section';
import { simulationStore, useSimulation } from './simulation';

export function EventList() {
  const session = useSimulation((s) => s.session);
  const guards = useSimulation((s) => s.guards);
  const events = useMemo(() => (session ? availableEvents(session.machine, session.current, guards) : []), [session, guards]);
  if (!session) return null;
  let enabledCount = 0;
  return (
    <Section title="Events" actions={<span className="simulator__hint">Keys 1–9 send the enabled ones</span>}>
      {events.length === 0 ? <p className="simulator__empty">The machine has no events yet.</p> : null}
      <ul className="simulator__events" aria-label="Events">
        {events.map((event) => {
          if (event.enabled) {
            enabledCount++;
            const key = enabledCount <= 9 ? String(enabledCount) : undefined;
            return (
              <li key={event.event}>
                <button
                  type="button"
                  className="simulator__event"
                  aria-label={`${event.event} → ${event.target}`}
                  title={`Send ${event.event}${key ? ` (${key})` : ''}`}
                  onClick={() => simulationStore.getState().fire(event.event)}
                >
                  <span className="simulator__event-name">{event.event}</span>
                  <span className="simulator__event-target">→ {event.target}</span>
                  {key ? <kbd className="simulator__key">{key}</kbd> : null}
                </button>
              </li>
            );
          }
          return (
            <li key={event.event} className="simulator__event simulator__event--disabled" data-testid="sim-disabled-event">
              <span className="simulator__event-name">{event.event}</span>
              <span className="simulator__event-reason">{event.reason}</span>
            </li>
          );
        })}
      </ul>
    </Section>
  );
}
