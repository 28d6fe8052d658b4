/** A true/false switch per named guard; the next event sent uses them. */
import { useMemo } from 'react';
import { guardNames } from '../../../core/machine';
import { Section } from '../inspector/Section';
import { simulationStore, useSimulation } from './simulation';

export function GuardSwitches() {
  const machine = useSimulation((s) => s.session?.machine);
  const guards = useSimulation((s) => s.guards);
  const names = useMemo(() => (machine ? guardNames(machine) : []), [machine]);
  if (!names.length) return null;
  return (
    <Section title="Guards">
      <ul className="simulator__guards" aria-label="Guards">
        {names.map((name) => {
          const value = guards.get(name) ?? true;
          return (
            <li key={name}>
              <label className="simulator__guard">
                <input type="checkbox" role="switch" checked={value} onChange={(e) => simulationStore.getState().setGuard(name, e.target.checked)} />
                <span className="simulator__guard-name">{name}</span>
                <span className={`simulator__guard-value simulator__guard-value--${value}`}>{String(value)}</span>
              </label>
            </li>
          );
        })}
      </ul>
    </Section>
  );
}
