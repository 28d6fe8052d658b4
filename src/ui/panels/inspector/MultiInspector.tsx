/** Several things selected: how many, and Delete for all of them as one undo step. */
import { viewStore } from '../../../store';
import { actionById, runAction } from '../../actions/registry';
import { Section } from './Section';

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

interface MultiInspectorProps {
  readonly states: readonly string[];
  readonly transitions: readonly number[];
  readonly disabled: boolean;
}

export function MultiInspector({ states, transitions, disabled }: MultiInspectorProps) {
  const parts = [states.length ? count(states.length, 'state', 'states') : '', transitions.length ? count(transitions.length, 'transition', 'transitions') : ''].filter(Boolean);
  return (
    <Section title="Selection">
      <p className="inspector__summary" data-testid="selection-summary">
        {parts.join(' and ')} selected
      </p>
      {states.length > 0 ? <p className="inspector__help">Deleting a state also deletes the transitions into and out of it.</p> : null}
      <div>
        <button
          type="button"
          className="button button--danger"
          disabled={disabled}
          onClick={() => {
            const action = actionById('canvas.delete');
            if (action) runAction(action, (error) => viewStore.getState().notify({ tone: 'error', title: `Delete failed: ${String(error)}` }));
          }}
        >
          Delete {parts.join(' and ')}
        </button>
      </div>
    </Section>
  );
}
