/** One selected transition: source, event, target, guard, actions, description, order, delete. */
import { useId, useMemo, useState } from 'react';
import { deleteTransitions, editTransition, moveTransition } from '../../../core/commands';
import { alphabet } from '../../../core/machine';
import { documentStore, useDocument, viewStore } from '../../../store';
import { CommitField } from '../fields/CommitField';
import { applyEdit, formatNameList, parseNameList } from './applyEdit';
import { Section } from './Section';
import { outgoingPosition } from './transitionOrder';

function StateSelect(props: { readonly label: string; readonly value: string; readonly names: readonly string[]; readonly disabled: boolean; readonly onChange: (name: string) => void }) {
  const id = useId();
  const missing = !props.names.includes(props.value);
  return (
    <div className="field">
      <label className="field__label" htmlFor={id}>
        {props.label}
      </label>
      <select id={id} className={`input ${missing ? 'input--invalid' : ''}`} value={props.value} disabled={props.disabled} onChange={(e) => props.onChange(e.target.value)}>
        {missing ? <option value={props.value}>{props.value} (no such state)</option> : null}
        {props.names.map((name) => (
          <option key={name} value={name}>
            {name}
          </option>
        ))}
      </select>
    </div>
  );
}

export function TransitionInspector({ index, disabled }: { readonly index: number; readonly disabled: boolean }) {
  const transitions = useDocument((s) => s.history.present.transitions);
  const states = useDocument((s) => s.history.present.states);
  const events = useDocument((s) => s.history.present.events);
  const [error, setError] = useState<string | undefined>(undefined);
  const transition = transitions[index];
  const stateNames = useMemo(() => states.map((s) => s.name), [states]);
  const eventNames = useMemo(() => alphabet({ ...documentStore.getState().history.present, events, transitions }), [events, transitions]);
  const order = useMemo(() => outgoingPosition(transitions, index), [transitions, index]);
  const listId = useId();
  if (!transition || !order) return null;

  const edit = (args: Omit<Parameters<typeof editTransition>[1], 'index'>) => applyEdit((m) => editTransition(m, { index, ...args }));
  const move = (direction: 'up' | 'down', swapWith: number | undefined) => {
    const refusal = applyEdit((m) => moveTransition(m, { index, direction }));
    setError(refusal);
    if (!refusal && swapWith !== undefined) viewStore.getState().selectTransition(swapWith);
  };

  return (
    <>
      <Section title="Transition">
        <div className="inspector__row">
          <StateSelect label="From" value={transition.from} names={stateNames} disabled={disabled} onChange={(from) => setError(edit({ from }))} />
          <StateSelect label="To" value={transition.to} names={stateNames} disabled={disabled} onChange={(to) => setError(edit({ to }))} />
        </div>
        <CommitField
          label="Event"
          value={transition.event}
          list={listId}
          disabled={disabled}
          placeholder="Event name"
          testId="transition-event"
          onCommit={(event) => edit({ event: event.trim() })}
        />
        <datalist id={listId}>
          {eventNames.map((name) => (
            <option key={name} value={name} />
          ))}
        </datalist>
        <CommitField
          label="Guard"
          value={transition.guard ?? ''}
          disabled={disabled}
          placeholder="e.g. inStock (leave empty for none)"
          hint="Fires only when this guard is true."
          testId="transition-guard"
          onCommit={(guard) => edit({ guard: guard.trim() })}
        />
        <CommitField
          label="Actions"
          value={formatNameList(transition.actions)}
          disabled={disabled}
          placeholder="e.g. charge, sendReceipt"
          hint="Run in order when it fires; separate with commas."
          testId="transition-actions"
          onCommit={(text) => edit({ actions: parseNameList(text) })}
        />
        <CommitField
          label="Description"
          multiline
          value={transition.description ?? ''}
          disabled={disabled}
          placeholder="Why this transition exists"
          onCommit={(description) => edit({ description })}
        />
        {error ? (
          <div className="field__error" role="alert">
            {error}
          </div>
        ) : null}
      </Section>
      <Section title="Order">
        <div className="inspector__order">
          <span data-testid="transition-position">
            {order.position + 1} of {order.count} from {transition.from}
          </span>
          <span className="inspector__order-buttons">
            <button type="button" className="button button--small" disabled={disabled || order.previous === undefined} onClick={() => move('up', order.previous)} title="Tried earlier when several transitions match">
              Move up
            </button>
            <button type="button" className="button button--small" disabled={disabled || order.next === undefined} onClick={() => move('down', order.next)} title="Tried later when several transitions match">
              Move down
            </button>
          </span>
        </div>
        <p className="inspector__help">When several transitions from {transition.from} match an event, the first whose guard holds fires.</p>
      </Section>
      <div className="inspector__footer">
        <button
          type="button"
          className="button button--danger"
          disabled={disabled}
          onClick={() => {
            const refusal = applyEdit((m) => deleteTransitions(m, { indices: [index] }));
            if (refusal) setError(refusal);
            else viewStore.getState().clearSelection();
          }}
        >
          Delete transition
        </button>
      </div>
    </>
  );
}
