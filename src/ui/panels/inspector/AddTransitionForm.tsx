/** "Add transition to…": the keyboard path for connecting a state to another (or itself). */
import { useId, useState } from 'react';
import { addTransition } from '../../../core/commands';
import { applyEdit } from './applyEdit';

interface AddTransitionFormProps {
  readonly from: string;
  readonly stateNames: readonly string[];
  readonly eventNames: readonly string[];
  readonly disabled: boolean;
}

export function AddTransitionForm({ from, stateNames, eventNames, disabled }: AddTransitionFormProps) {
  const [to, setTo] = useState(from);
  const [event, setEvent] = useState('');
  const [error, setError] = useState<string | undefined>(undefined);
  const id = useId();
  const target = stateNames.includes(to) ? to : from;

  const add = () => {
    const refusal = applyEdit((m) => addTransition(m, { from, to: target, event: event.trim() }));
    setError(refusal);
    if (!refusal) setEvent('');
  };

  return (
    <form
      className="inspector__add-transition"
      aria-label={`Add a transition from ${from}`}
      onSubmit={(e) => {
        e.preventDefault();
        add();
      }}
    >
      <p className="inspector__add-transition-title">Add transition to…</p>
      <div className="inspector__row">
        <div className="field">
          <label className="field__label" htmlFor={`${id}-to`}>
            Target state
          </label>
          <select id={`${id}-to`} className="input" value={target} disabled={disabled} onChange={(e) => setTo(e.target.value)}>
            {stateNames.map((name) => (
              <option key={name} value={name}>
                {name === from ? `${name} (itself)` : name}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label className="field__label" htmlFor={`${id}-event`}>
            On event
          </label>
          <input
            id={`${id}-event`}
            className="input"
            value={event}
            list={`${id}-events`}
            autoComplete="off"
            placeholder="Event name"
            disabled={disabled}
            onChange={(e) => setEvent(e.target.value)}
          />
          <datalist id={`${id}-events`}>
            {eventNames.map((name) => (
              <option key={name} value={name} />
            ))}
          </datalist>
        </div>
      </div>
      <button type="submit" className="button" disabled={disabled || event.trim() === ''}>
        Add transition
      </button>
      {error ? (
        <div className="field__error" role="alert">
          {error}
        </div>
      ) : null}
    </form>
  );
}
