/** One selected state: name, initial, final, description, entry/exit actions, its transitions. */
import { useMemo, useState } from 'react';
import { editState, renameState, setFinal, setInitial } from '../../../core/commands';
import { alphabet } from '../../../core/machine';
import { documentStore, useDocument, viewStore } from '../../../store';
import { CommitField } from '../fields/CommitField';
import { AddTransitionForm } from './AddTransitionForm';
import { applyEdit, formatNameList, parseNameList } from './applyEdit';
import { Section } from './Section';
import { transitionsOf } from './transitionOrder';
import { TransitionRow } from './TransitionRow';

export function StateInspector({ name, disabled }: { readonly name: string; readonly disabled: boolean }) {
  const state = useDocument((s) => s.history.present.states.find((candidate) => candidate.name === name));
  const isInitial = useDocument((s) => s.history.present.initial === name);
  const transitions = useDocument((s) => s.history.present.transitions);
  const states = useDocument((s) => s.history.present.states);
  const events = useDocument((s) => s.history.present.events);
  const [orderError, setOrderError] = useState<string | undefined>(undefined);
  const { outgoing, incoming } = useMemo(() => transitionsOf(transitions, name), [transitions, name]);
  const stateNames = useMemo(() => states.map((s) => s.name), [states]);
  const eventNames = useMemo(() => alphabet({ ...documentStore.getState().history.present, events, transitions }), [events, transitions]);
  if (!state) return null;

  return (
    <>
      <Section title="State">
        <CommitField
          label="Name"
          value={name}
          disabled={disabled}
          testId="state-name"
          onCommit={(to) => {
            const refusal = applyEdit((m) => renameState(m, { from: name, to }));
            if (!refusal) viewStore.getState().selectState(to);
            return refusal;
          }}
        />
        <div className="inspector__checks">
          <label className="inspector__check" title={isInitial ? 'A machine has one initial state: set another state as initial to change it.' : 'The machine starts here'}>
            <input type="checkbox" checked={isInitial} disabled={disabled || isInitial} onChange={() => applyEdit((m) => setInitial(m, { name }))} />
            Initial state
          </label>
          <label className="inspector__check" title="The machine stops here: events sent in a final state are rejected">
            <input type="checkbox" checked={state.final === true} disabled={disabled} onChange={(e) => applyEdit((m) => setFinal(m, { name, final: e.target.checked }))} />
            Final state
          </label>
        </div>
        <CommitField
          label="Description"
          multiline
          value={state.description ?? ''}
          disabled={disabled}
          placeholder="What this state means"
          onCommit={(description) => applyEdit((m) => editState(m, { name, description }))}
        />
        <CommitField
          label="Entry actions"
          value={formatNameList(state.entry)}
          disabled={disabled}
          placeholder="e.g. startTimer, showSpinner"
          hint="Run in order on entering; separate with commas."
          onCommit={(text) => applyEdit((m) => editState(m, { name, entry: parseNameList(text) }))}
        />
        <CommitField
          label="Exit actions"
          value={formatNameList(state.exit)}
          disabled={disabled}
          placeholder="e.g. stopTimer"
          hint="Run in order on leaving; separate with commas."
          onCommit={(text) => applyEdit((m) => editState(m, { name, exit: parseNameList(text) }))}
        />
      </Section>
      <Section title={`Outgoing transitions (${outgoing.length})`}>
        {outgoing.length === 0 ? (
          <p className="inspector__empty">None yet. Add one below or drag from this state on the canvas.</p>
        ) : (
          <>
            <p className="inspector__help">Tried in this order; the first whose guard holds fires.</p>
            <ol className="inspector__list" aria-label={`Transitions from ${name}, in order`}>
              {outgoing.map((index, position) => {
                const transition = transitions[index];
                return transition ? (
                  <TransitionRow
                    key={index}
                    index={index}
                    transition={transition}
                    show="to"
                    reorderable
                    previous={outgoing[position - 1]}
                    next={outgoing[position + 1]}
                    disabled={disabled}
                    onRefused={setOrderError}
                  />
                ) : null;
              })}
            </ol>
          </>
        )}
        {orderError ? (
          <div className="field__error" role="alert">
            {orderError}
          </div>
        ) : null}
        <AddTransitionForm from={name} stateNames={stateNames} eventNames={eventNames} disabled={disabled} />
      </Section>
      <Section title={`Incoming transitions (${incoming.length})`}>
        {incoming.length === 0 ? (
          <p className="inspector__empty">{isInitial ? 'None: the machine starts here.' : 'None: no transition leads here yet.'}</p>
        ) : (
          <ul className="inspector__list" aria-label={`Transitions into ${name}`}>
            {incoming.map((index) => {
              const transition = transitions[index];
              return transition ? <TransitionRow key={index} index={index} transition={transition} show="from" disabled={disabled} onRefused={setOrderError} /> : null;
            })}
          </ul>
        )}
      </Section>
    </>
  );
}
