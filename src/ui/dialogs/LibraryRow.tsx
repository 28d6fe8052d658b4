/** One machine in My machines, with its inline rename and delete confirmation. */
import { useEffect, useRef, useState } from 'react';
import type { LibraryEntry } from '../../store/persistence';
import { duplicateEntry, peekEntry, removeEntry, renameEntry } from '../persistence/session';

interface LibraryRowProps {
  readonly entry: LibraryEntry;
  readonly isOpen: boolean;
  readonly onOpen: () => void;
  readonly onMessage: (message: string) => void;
}

const timeFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

function lastEdited(updatedAt: number): string {
  // 0: the list was rebuilt after a loss and the time of the last edit is unknown.
  if (updatedAt <= 0) return 'edited at an unknown time';
  const seconds = (Date.now() - updatedAt) / 1000;
  if (seconds < 60) return 'edited just now';
  if (seconds < 3600) return `edited ${Math.floor(seconds / 60)} min ago`;
  return `edited ${timeFormat.format(updatedAt)}`;
}

export function LibraryRow({ entry, isOpen, onOpen, onMessage }: LibraryRowProps) {
  const [mode, setMode] = useState<'view' | 'rename' | 'confirm-delete'>('view');
  const [draft, setDraft] = useState(entry.name);
  // Escape ends the rename; the blur that follows must not commit what was typed.
  const cancelled = useRef(false);
  const keepButton = useRef<HTMLButtonElement>(null);
  const deleteButton = useRef<HTMLButtonElement>(null);
  // Set when the confirmation is dismissed, so focus goes back to the Delete button it replaced
  // instead of falling to the page (the button under it was removed).
  const returnFocus = useRef(false);

  useEffect(() => {
    if (mode === 'confirm-delete') keepButton.current?.focus();
    else if (returnFocus.current) {
      returnFocus.current = false;
      deleteButton.current?.focus();
    }
  }, [mode]);

  const keep = () => {
    returnFocus.current = true;
    setMode('view');
  };
  const machine = peekEntry(entry);
  const states = machine ? `${machine.states.length} ${machine.states.length === 1 ? 'state' : 'states'}` : 'cannot be read';

  const commitRename = () => {
    if (cancelled.current) return;
    const name = draft.trim();
    if (name === '') return;
    if (name !== entry.name) renameEntry(entry.id, name);
    setMode('view');
  };

  return (
    <li className={`library__row ${isOpen ? 'library__row--open' : ''}`} data-testid="library-row" aria-label={entry.name}>
      <div className="library__info">
        {mode === 'rename' ? (
          <input
            className="input library__rename"
            aria-label={`New name for ${entry.name}`}
            value={draft}
            autoFocus
            onChange={(event) => setDraft(event.target.value)}
            onKeyDown={(event) => {
              if (event.key === 'Enter') commitRename();
              if (event.key === 'Escape') {
                event.stopPropagation();
                cancelled.current = true;
                setDraft(entry.name);
                setMode('view');
              }
            }}
            onBlur={commitRename}
          />
        ) : (
          <button type="button" className="library__name" onClick={onOpen} title={isOpen ? 'This machine is open' : `Open ${entry.name}`}>
            {entry.name}
            {isOpen ? <span className="library__open-tag">Open</span> : null}
          </button>
        )}
        <span className="library__meta">
          {states} · {lastEdited(entry.updatedAt)}
        </span>
      </div>
      {mode === 'confirm-delete' ? (
        <div
          className="library__confirm"
          role="group"
          aria-label={`Confirm deleting ${entry.name}`}
          onKeyDown={(event) => {
            // Escape answers this question only; the dialog stays open.
            if (event.key !== 'Escape') return;
            event.stopPropagation();
            event.preventDefault();
            keep();
          }}
        >
          <span>Delete “{entry.name}”? This cannot be undone.</span>
          <button ref={keepButton} type="button" className="button button--small" onClick={keep}>
            Keep
          </button>
          <button
            type="button"
            className="button button--small button--danger"
            onClick={() => {
              removeEntry(entry.id);
              onMessage(`Deleted “${entry.name}”.`);
            }}
          >
            Delete
          </button>
        </div>
      ) : (
        <div className="library__actions">
          <button type="button" className="button button--small" onClick={onOpen} disabled={isOpen} aria-label={`Open ${entry.name}`}>
            Open
          </button>
          <button
            type="button"
            className="button button--small"
            aria-label={`Rename ${entry.name}`}
            onClick={() => {
              cancelled.current = false;
              setDraft(entry.name);
              setMode('rename');
            }}
          >
            Rename
          </button>
          <button
            type="button"
            className="button button--small"
            aria-label={`Duplicate ${entry.name}`}
            onClick={() => {
              if (duplicateEntry(entry.id)) onMessage(`Duplicated “${entry.name}”.`);
            }}
          >
            Duplicate
          </button>
          <button
            ref={deleteButton}
            type="button"
            className="button button--small button--danger"
            aria-label={`Delete ${entry.name}`}
            onClick={() => setMode('confirm-delete')}
          >
            Delete
          </button>
        </div>
      )}
    </li>
  );
}
