/** A random walk of N steps from the current state; the seed is shown and editable so a walk can be repeated. */
import { useEffect, useId, useState } from 'react';
import { Section } from '../inspector/Section';
import { simulationStore, useSimulation } from './simulation';

const ENDED = { steps: 'took every step', final: 'reached a final state', stuck: 'got stuck: no event fires here' } as const;

interface NumberFieldProps {
  readonly label: string;
  readonly value: number;
  readonly min: number;
  readonly max: number;
  /** Called only with whole numbers in range; anything else typed is left in the box and ignored. */
  readonly onChange: (value: number) => void;
}

function NumberField({ label, value, min, max, onChange }: NumberFieldProps) {
  const id = useId();
  // A draft, so the box can be emptied while typing a new number.
  const [draft, setDraft] = useState(String(value));
  useEffect(() => setDraft(String(value)), [value]);
  return (
    <label className="simulator__field" htmlFor={id}>
      {label}
      <input
        id={id}
        className="input simulator__number"
        type="number"
        min={min}
        max={max}
        value={draft}
        onChange={(e) => {
          setDraft(e.target.value);
          const next = Number(e.target.value);
          if (e.target.value.trim() !== '' && Number.isInteger(next) && next >= min && next <= max) onChange(next);
        }}
        onBlur={() => setDraft(String(value))}
      />
    </label>
  );
}

export function RandomWalkSection() {
  const steps = useSimulation((s) => s.walkSteps);
  const seed = useSimulation((s) => s.walkSeed);
  const report = useSimulation((s) => s.report);
  return (
    <Section title="Random walk">
      <div className="simulator__walk">
        <NumberField label="Steps" value={steps} min={1} max={10_000} onChange={(value) => simulationStore.getState().setWalk({ steps: value })} />
        <NumberField label="Seed" value={seed} min={0} max={2 ** 31 - 1} onChange={(value) => simulationStore.getState().setWalk({ seed: value })} />
        <button
          type="button"
          className="button button--small"
          title="Pick a new random seed"
          onClick={() => simulationStore.getState().setWalk({ seed: Math.floor(Math.random() * 100_000) })}
        >
          New seed
        </button>
        <button type="button" className="button button--small button--primary" onClick={() => simulationStore.getState().randomWalk()}>
          Walk
        </button>
      </div>
      {report?.kind === 'walk' ? (
        <p className="simulator__report" role="status">
          Walked {report.fired === 1 ? '1 step' : `${report.fired} steps`} with seed {report.seed}: {ENDED[report.ended]}. Reset or step back, then walk
          again with the same seed to repeat it.
        </p>
      ) : null}
    </Section>
  );
}
