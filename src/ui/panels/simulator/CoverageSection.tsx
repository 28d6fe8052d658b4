/** How much of the machine this session has visited, and a switch to dim the rest on the canvas. */
import { useMemo } from 'react';
import { coverage } from '../../../core/simulate';
import { Section } from '../inspector/Section';
import { simulationStore, useSimulation } from './simulation';

export function CoverageSection() {
  const session = useSimulation((s) => s.session);
  const show = useSimulation((s) => s.showCoverage);
  const visited = useMemo(() => (session ? coverage(session) : undefined), [session]);
  if (!visited) return null;
  return (
    <Section title="Coverage">
      <p className="simulator__coverage" data-testid="sim-coverage">
        <span>
          <strong>
            {visited.statesVisited}/{visited.statesTotal}
          </strong>{' '}
          states
        </span>
        <span>
          <strong>
            {visited.transitionsVisited}/{visited.transitionsTotal}
          </strong>{' '}
          transitions
        </span>
      </p>
      <label className="simulator__check">
        <input type="checkbox" checked={show} onChange={(e) => simulationStore.getState().setShowCoverage(e.target.checked)} />
        Dim what this session has not visited on the canvas
      </label>
    </Section>
  );
}
