/**
 * A text field that changes the document once per committed edit: Enter (or
 * Ctrl/Cmd+Enter in a multi-line field) and leaving the field commit, Escape
 * cancels. A refused edit on Enter keeps the text and shows the reason under the
 * field, so it can be fixed; leaving the field with a refused edit puts the
 * current value back (the field never shows what the document does not hold)
 * and keeps the reason in view for a few seconds.
 */
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import './fields.css';

export interface CommitFieldProps {
  readonly value: string;
  /** Applies the edit; returns the reason when it is refused. */
  readonly onCommit: (next: string) => string | undefined;
  readonly label: string;
  /** Hide the visible label (the field is labelled elsewhere, e.g. the toolbar name). */
  readonly hideLabel?: boolean;
  readonly disabled?: boolean;
  readonly multiline?: boolean;
  /** Visible lines of a multi-line field before it grows with its text. */
  readonly rows?: number;
  /** Whether plain Enter commits; by default it does in one-line fields, and Ctrl/Cmd+Enter always does. */
  readonly enterCommits?: boolean;
  readonly placeholder?: string;
  readonly hint?: string;
  readonly className?: string;
  readonly inputClassName?: string;
  readonly list?: string;
  readonly testId?: string;
}

/** How long the reason for a refused edit stays under the field after it went back. */
const REVERTED_NOTICE_MS = 6000;

/** `Kept “Idle”.`, or a shorter phrase for values too long or too many lines to quote. */
function keptText(value: string): string {
  return value !== '' && value.length <= 40 && !value.includes('\n') ? `Kept “${value}”.` : 'Kept the previous value.';
}

export function CommitField(props: CommitFieldProps) {
  const { value, onCommit, label, hideLabel, disabled, multiline, rows = 3, enterCommits = !multiline, placeholder, hint, className, inputClassName, list, testId } = props;
  const [draft, setDraft] = useState(value);
  const [error, setError] = useState<string | undefined>(undefined);
  const id = useId();
  const skipBlurCommit = useRef(false);
  /** Why the text typed before leaving the field was not applied. */
  const [reverted, setReverted] = useState<string | undefined>(undefined);

  // The document changed underneath (undo, another panel): show the new value.
  useEffect(() => {
    setDraft(value);
    setError(undefined);
    setReverted(undefined);
  }, [value]);

  useEffect(() => {
    if (reverted === undefined) return;
    const timer = setTimeout(() => setReverted(undefined), REVERTED_NOTICE_MS);
    return () => clearTimeout(timer);
  }, [reverted]);

  const commit = (): string | undefined => {
    setReverted(undefined);
    if (draft === value) {
      setError(undefined);
      return undefined;
    }
    const refusal = onCommit(draft);
    setError(refusal);
    return refusal;
  };

  const commitOnLeave = () => {
    const refusal = commit();
    if (refusal === undefined) return;
    setDraft(value);
    setError(undefined);
    setReverted(`${refusal} ${keptText(value)}`);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement | HTMLTextAreaElement>) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      setDraft(value);
      setError(undefined);
      skipBlurCommit.current = true;
      event.currentTarget.blur();
      skipBlurCommit.current = false;
      return;
    }
    const submits = event.key === 'Enter' && (enterCommits || event.ctrlKey || event.metaKey);
    if (submits && !event.nativeEvent.isComposing) {
      event.preventDefault();
      commit();
    }
  };

  const shared = {
    id,
    value: draft,
    disabled,
    placeholder,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': error ? `${id}-error` : hint ? `${id}-hint` : undefined,
    'aria-label': hideLabel ? label : undefined,
    'data-testid': testId,
    className: `input ${error ? 'input--invalid' : ''} ${inputClassName ?? ''}`,
    onKeyDown,
    onBlur: () => {
      if (!skipBlurCommit.current) commitOnLeave();
    },
  };

  return (
    <div className={`field ${className ?? ''}`}>
      {hideLabel ? null : (
        <label className="field__label" htmlFor={id}>
          {label}
        </label>
      )}
      {multiline ? (
        <textarea {...shared} rows={rows} onChange={(e) => setDraft(e.target.value)} />
      ) : (
        <input {...shared} type="text" list={list} autoComplete="off" spellCheck={false} onChange={(e) => setDraft(e.target.value)} />
      )}
      {error ? (
        <div id={`${id}-error`} className="field__error" role="alert">
          {error}
        </div>
      ) : reverted ? (
        <div className="field__error field__error--reverted" role="status">
          {reverted}
        </div>
      ) : hint ? (
        <div id={`${id}-hint`} className="field__hint">
          {hint}
        </div>
      ) : null}
    </div>
  );
}
