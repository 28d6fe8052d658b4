/**
 * The keyboard path for drawing an arrow: after `C` on a selected state, a small
 * type-ahead list of target states; Enter picks one, then the event editor opens
 * on the new arrow's label.
 */
import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { selectMachine, useDocument } from '../../store';
import { closeConnectPicker, useCanvasUi } from './canvasUi';
import { connectStates } from './canvasEdits';
import { focusStateElement } from './flowHandle';

export function ConnectPicker() {
  const from = useCanvasUi((s) => s.connectFrom);
  if (from === null) return null;
  return <ConnectPickerDialog key={from} from={from} />;
}

function ConnectPickerDialog({ from }: { readonly from: string }) {
  const states = useDocument(selectMachine).states;
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const input = useRef<HTMLInputElement>(null);
  const listId = useId();
  const matches = useMemo(() => {
    const q = query.toLowerCase();
    const names = states.map((s) => s.name);
    const starts = names.filter((n) => n.toLowerCase().startsWith(q));
    const contains = names.filter((n) => !n.toLowerCase().startsWith(q) && n.toLowerCase().includes(q));
    return [...starts, ...contains];
  }, [states, query]);
  const current = Math.min(active, Math.max(0, matches.length - 1));

  useEffect(() => input.current?.focus(), []);

  const cancel = () => {
    closeConnectPicker();
    focusStateElement(from);
  };

  const pick = (to: string) => {
    closeConnectPicker();
    connectStates(from, to);
  };

  const onKeyDown = (event: KeyboardEvent) => {
    event.stopPropagation();
    if (event.key === 'ArrowDown') setActive((current + 1) % Math.max(1, matches.length));
    else if (event.key === 'ArrowUp') setActive((current - 1 + matches.length) % Math.max(1, matches.length));
    else if (event.key === 'Enter') {
      const target = matches[current];
      if (target !== undefined) pick(target);
    } else if (event.key === 'Escape') cancel();
    else if (event.key === 'Tab') event.preventDefault();
    else return;
    event.preventDefault();
  };

  return (
    <div className="connect-picker" role="dialog" aria-label={`Draw a transition from ${from}`} onKeyDown={onKeyDown}>
      <div className="connect-picker__title">
        Transition from <strong>{from}</strong> to…
      </div>
      <input
        ref={input}
        className="connect-picker__input"
        role="combobox"
        aria-expanded="true"
        aria-controls={listId}
        aria-activedescendant={matches.length ? `${listId}-${current}` : undefined}
        aria-label="Target state"
        placeholder="Type a state name"
        value={query}
        onChange={(e) => {
          setQuery(e.target.value);
          setActive(0);
        }}
        onBlur={(e) => {
          if (!e.currentTarget.parentElement?.contains(e.relatedTarget)) closeConnectPicker();
        }}
      />
      <ul className="connect-picker__list" role="listbox" id={listId} aria-label="States">
        {matches.map((name, i) => (
          <li
            key={name}
            id={`${listId}-${i}`}
            role="option"
            aria-selected={i === current}
            className={`connect-picker__option${i === current ? ' connect-picker__option--active' : ''}`}
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => pick(name)}
          >
            {name}
            {name === from && <span className="connect-picker__hint"> (self-loop)</span>}
          </li>
        ))}
        {matches.length === 0 && <li className="connect-picker__none">No state matches “{query}”</li>}
      </ul>
      <div className="connect-picker__keys">↑↓ choose · Enter draw · Esc cancel</div>
    </div>
  );
}
