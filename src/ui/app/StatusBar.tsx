/** The bottom bar: save status, counts of states and transitions, and later items. */
import { useDocument } from '../../store';
import { useSaveStatus } from '../persistence/saveStatus';
import { statusBarItems } from './statusBarItems';

function SaveStatusText() {
  const status = useSaveStatus();
  const text =
    status.kind === 'saved'
      ? 'Saved in this browser'
      : status.kind === 'saving'
        ? 'Saving…'
        : status.kind === 'not-saved'
          ? status.reason
          : status.message;
  return (
    <span className={`status-bar__save status-bar__save--${status.kind}`} role="status" data-testid="save-status" title={text}>
      <span className="status-bar__dot" aria-hidden="true" />
      {status.kind === 'saved' ? 'Saved' : text}
    </span>
  );
}

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

export function StatusBar() {
  const states = useDocument((s) => s.history.present.states.length);
  const transitions = useDocument((s) => s.history.present.transitions.length);
  return (
    <footer className="status-bar" aria-label="Status">
      <SaveStatusText />
      <span className="status-bar__counts" data-testid="counts">
        {plural(states, 'state', 'states')} · {plural(transitions, 'transition', 'transitions')}
      </span>
      {statusBarItems.map(({ id, component: Item }) => (
        <span key={id} className="status-bar__item">
          <Item />
        </span>
      ))}
    </footer>
  );
}
