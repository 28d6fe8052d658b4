/**
 * The in-place text field for a state's name or an arrow's event. It commits
 * once (Enter or leaving the field), so typing a name is one undo step. A
 * refusal on Enter stays on screen under the field, which stays open to fix it;
 * a refusal on leaving the field drops the typed text (onDiscard), because a
 * field left open with a name that is not the state's reads as if it were.
 */
import { useId, useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react';
import './InlineEditor.css';

export interface InlineEditorProps {
  readonly initialValue: string;
  /** Accessible name of the field, e.g. `Name of state "State 1"`. */
  readonly label: string;
  readonly placeholder?: string;
  /** Applies the value; returns the reason when it is refused. */
  readonly onCommit: (value: string) => string | undefined;
  readonly onCancel: () => void;
  /** The field was left with a refused value: it closes, keeping the current value; `reason` says why. */
  readonly onDiscard: (reason: string) => void;
  readonly className?: string;
}

export function InlineEditor({ initialValue, label, placeholder, onCommit, onCancel, onDiscard, className }: InlineEditorProps) {
  const [value, setValue] = useState(initialValue);
  const [problem, setProblem] = useState<string | undefined>(undefined);
  const input = useRef<HTMLInputElement>(null);
  const done = useRef(false);
  const problemId = useId();

  useLayoutEffect(() => {
    // Focus at once so no keystroke slips past the field; a new node stays
    // invisible (unfocusable) until React Flow has measured it, so retry for a few frames.
    let frame = 0;
    let tries = 0;
    const focus = () => {
      const element = input.current;
      if (!element) return;
      element.focus({ preventScroll: true });
      if (document.activeElement === element) element.select();
      else if (++tries < 30) frame = requestAnimationFrame(focus);
    };
    focus();
    return () => cancelAnimationFrame(frame);
  }, []);

  const commit = () => {
    if (done.current) return;
    const reason = onCommit(value);
    if (reason === undefined) done.current = true;
    setProblem(reason);
  };

  const leave = () => {
    if (done.current) return;
    const reason = onCommit(value);
    done.current = true;
    if (reason !== undefined) onDiscard(reason);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    // Keys typed here belong to the field, never to canvas or app shortcuts.
    event.stopPropagation();
    if (event.key === 'Enter') {
      event.preventDefault();
      commit();
    } else if (event.key === 'Escape') {
      event.preventDefault();
      done.current = true;
      onCancel();
    }
  };

  return (
    <div className={`inline-editor nodrag nopan nowheel ${className ?? ''}`} onDoubleClick={(e) => e.stopPropagation()}>
      <input
        ref={input}
        className="inline-editor__input"
        aria-label={label}
        aria-invalid={problem !== undefined}
        aria-describedby={problem ? problemId : undefined}
        value={value}
        placeholder={placeholder}
        spellCheck={false}
        onChange={(e) => {
          setValue(e.target.value);
          setProblem(undefined);
        }}
        onKeyDown={onKeyDown}
        onBlur={leave}
      />
      {problem && (
        <div id={problemId} className="inline-editor__problem" role="alert">
          {problem}
        </div>
      )}
    </div>
  );
}
