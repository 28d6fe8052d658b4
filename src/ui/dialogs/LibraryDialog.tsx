/** "My machines": every machine kept in this browser; open, rename, duplicate, delete, or start a new one. */
import { useLayoutEffect, useState } from 'react';
import type { LibraryEntry } from '../../store/persistence';
import { useDocument } from '../../store';
import { hasLibrary, listEntries, newMachine, openEntry, useLibraryRevision } from '../persistence/session';
import { Dialog } from './Dialog';
import { LibraryRow } from './LibraryRow';
import './library.css';

export function LibraryDialog({ onClose }: { readonly onClose: () => void }) {
  const revision = useLibraryRevision();
  const currentId = useDocument((s) => s.documentId);
  // The open machine's edits change its name and time: re-read the list with them.
  const present = useDocument((s) => s.history.present);
  // Listing flushes the pending save and reports library notices, which update the
  // status bar and the notices: that must happen after this render, not during it.
  // A layout effect still lists before the first paint, so the list never flashes empty.
  const [entries, setEntries] = useState<readonly LibraryEntry[] | undefined>(undefined);
  useLayoutEffect(() => setEntries(listEntries()), [revision, present, currentId]);
  const [message, setMessage] = useState<string | undefined>(undefined);

  return (
    <Dialog
      title="My machines"
      size="large"
      onClose={onClose}
      testId="library-dialog"
      footer={
        <>
          <span className="library__footnote">Kept in this browser only. Download a machine to keep a file.</span>
          <button
            type="button"
            className="button button--primary"
            onClick={() => {
              newMachine();
              onClose();
            }}
          >
            New machine
          </button>
        </>
      }
    >
      {!hasLibrary() ? <p className="dialog__lead">This browser does not allow saving, so machines are not kept between visits.</p> : null}
      {message ? (
        <p className="library__message" role="status">
          {message}
        </p>
      ) : null}
      {entries === undefined ? null : entries.length === 0 ? (
        <p className="dialog__lead">No machines yet.</p>
      ) : (
        <ul className="library__list" aria-label="Saved machines">
          {entries.map((entry) => (
            <LibraryRow
              key={entry.id}
              entry={entry}
              isOpen={entry.id === currentId}
              onOpen={() => {
                if (openEntry(entry.id)) onClose();
                else setMessage(`“${entry.name}” could not be read; see the notice for details.`);
              }}
              onMessage={setMessage}
            />
          ))}
        </ul>
      )}
    </Dialog>
  );
}
