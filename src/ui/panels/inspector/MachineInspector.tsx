/** With nothing selected: the machine's name and description, its states and its events. */
import { useMemo } from 'react';
import { editEvent, renameEvent, setMachineInfo } from '../../../core/commands';
import { alphabet } from '../../../core/machine';
import { selectMachine, useDocument, viewStore } from '../../../store';
import { CommitField } from '../fields/CommitField';
import { applyEdit } from './applyEdit';
import { Section } from './Section';

function EventRow({ name, description, disabled }: { readonly name: string; readonly description: string; readonly disabled: boolean }) {
  return (
    <li className="inspector__event" data-testid="event-row">
      <CommitField
        label={`Event ${name}`}
        hideLabel
        value={name}
        disabled={disabled}
        inputClassName="inspector__event-name"
        onCommit={(to) => applyEdit((m) => renameEvent(m, { from: name, to }))}
      />
      <CommitField
        label={`Description of ${name}`}
        hideLabel
        value={description}
        disabled={disabled}
        placeholder="Add a description"
        multiline
        rows={1}
        enterCommits
        inputClassName="inspector__event-description"
        onCommit={(text) => applyEdit((m) => editEvent(m, { name, description: text }))}
      />
    </li>
  );
}

export function MachineInspector({ disabled }: { readonly disabled: boolean }) {
  // This view lists the whole machine, so it reads the whole machine.
  const machine = useDocument(selectMachine);
  const { name, initial, states } = machine;
  const description = machine.description ?? '';
  const events = useMemo(() => {
    const descriptions = new Map(machine.events.map((event) => [event.name, event.description ?? '']));
    return alphabet(machine).map((event) => ({ name: event, description: descriptions.get(event) ?? '' }));
  }, [machine]);

  return (
    <>
      <Section title="Machine">
        <CommitField label="Name" value={name} disabled={disabled} onCommit={(next) => applyEdit((m) => setMachineInfo(m, { name: next }))} />
        <CommitField
          label="Description"
          multiline
          value={description}
          disabled={disabled}
          placeholder="What this machine models"
          onCommit={(next) => applyEdit((m) => setMachineInfo(m, { description: next }))}
        />
      </Section>
      <Section title={`States (${states.length})`}>
        {states.length === 0 ? (
          <p className="inspector__empty">No states yet. Double-click the canvas or press N to add one.</p>
        ) : (
          <ul className="inspector__list" aria-label="States">
            {states.map((state) => (
              <li key={state.name}>
                <button type="button" className="inspector__link" onClick={() => viewStore.getState().selectState(state.name)}>
                  <span className="inspector__link-name">{state.name}</span>
                  {state.name === initial ? <span className="inspector__tag">initial</span> : null}
                  {state.final ? <span className="inspector__tag">final</span> : null}
                </button>
              </li>
            ))}
          </ul>
        )}
      </Section>
      <Section title={`Events (${events.length})`}>
        {events.length === 0 ? (
          <p className="inspector__empty">No events yet. Connect two states to add a transition and name its event.</p>
        ) : (
          <ul className="inspector__list inspector__events" aria-label="Events">
            {events.map((event) => (
              <EventRow key={event.name} name={event.name} description={event.description} disabled={disabled} />
            ))}
          </ul>
        )}
      </Section>
    </>
  );
}
