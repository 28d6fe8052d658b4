/**
 * The Share dialog: the link (the machine, layout included, compressed into
 * the part after `#`, which browsers never send to a server), its length,
 * Copy, an option to open it on the selected state, and for links too long
 * for chat tools a warning offering the file instead.
 */
import { useEffect, useId, useState } from 'react';
import { shareLink } from '../../core/share';
import { documentStore, viewStore } from '../../store';
import { Dialog } from '../dialogs/Dialog';
import { downloadMachine, machineFileName } from '../files/download';
import './share.css';

/** Above this, many chat tools and mail clients cut or mangle links. */
export const LONG_LINK = 8000;

type CopyState = 'idle' | 'copied' | { readonly failed: string };

function pageAddress(): string {
  return window.location.href.split('#')[0] ?? window.location.href;
}

export function ShareDialog({ onClose }: { readonly onClose: () => void }) {
  const machine = documentStore.getState().history.present;
  const selection = viewStore.getState().selection;
  const selected = selection.states.length === 1 && selection.transitions.length === 0 ? selection.states[0] : undefined;
  const [includeSelected, setIncludeSelected] = useState(false);
  const [link, setLink] = useState<string | { readonly failed: string } | null>(null);
  const [copy, setCopy] = useState<CopyState>('idle');
  const fieldId = useId();
  const hintId = useId();

  useEffect(() => {
    let current = true;
    setCopy('idle');
    const options = includeSelected && selected !== undefined ? { selected } : {};
    shareLink(machine, pageAddress(), options).then(
      (made) => current && setLink(made),
      (error: unknown) => current && setLink({ failed: error instanceof Error ? error.message : String(error) }),
    );
    return () => {
      current = false;
    };
  }, [machine, selected, includeSelected]);

  const text = typeof link === 'string' ? link : '';
  const long = text.length > LONG_LINK;

  const onCopy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setCopy('copied');
    } catch (error) {
      setCopy({ failed: `The browser did not allow copying (${error instanceof Error ? error.message : String(error)}). Select the link and press Ctrl+C.` });
    }
  };

  return (
    <Dialog
      title="Share"
      onClose={onClose}
      testId="share-dialog"
      footer={
        <>
          <button type="button" className="button" onClick={onClose}>
            Done
          </button>
          <button type="button" className="button button--primary" disabled={!text} onClick={() => void onCopy()}>
            <span aria-live="polite">{copy === 'copied' ? 'Copied' : 'Copy link'}</span>
          </button>
        </>
      }
    >
      <p className="dialog__lead">
        Anyone with this link sees “{machine.name}” exactly as it is laid out, read-only, and can edit their own copy. The machine travels inside the
        link; nothing is uploaded.
      </p>
      <label className="share__label" htmlFor={fieldId}>
        Link
      </label>
      <input
        id={fieldId}
        data-autofocus
        className="input share__link"
        readOnly
        value={typeof link === 'string' ? link : link === null ? 'Making the link…' : ''}
        aria-describedby={hintId}
        onFocus={(event) => event.currentTarget.select()}
        spellCheck={false}
      />
      <p id={hintId} className={`share__meta${long ? ' share__meta--long' : ''}`} data-testid="share-length">
        {typeof link === 'object' && link !== null
          ? `The link could not be made: ${link.failed}`
          : text
            ? `${text.length.toLocaleString('en-US')} characters`
            : ''}
      </p>
      {typeof copy === 'object' ? <p className="share__problem">{copy.failed}</p> : null}
      {long ? (
        <div className="share__warning" role="alert">
          <p>
            This link is {text.length.toLocaleString('en-US')} characters long. Chat tools and mail often cut links over {LONG_LINK.toLocaleString('en-US')}{' '}
            characters, and a cut link cannot be opened.
          </p>
          <button type="button" className="button" onClick={() => downloadMachine(machine)}>
            Download the file instead ({machineFileName(machine)})
          </button>
        </div>
      ) : null}
      <label className={`share__option${selected === undefined ? ' share__option--disabled' : ''}`}>
        <input type="checkbox" checked={includeSelected && selected !== undefined} disabled={selected === undefined} onChange={(e) => setIncludeSelected(e.target.checked)} />
        {selected === undefined ? (
          <span>Open on the selected state (select one state first)</span>
        ) : (
          <span>
            Open on the selected state, <strong className="share__state">{selected}</strong>
          </span>
        )}
      </label>
    </Dialog>
  );
}
