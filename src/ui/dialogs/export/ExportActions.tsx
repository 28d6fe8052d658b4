/**
 * The dialog's footer: what is about to be exported (or why it cannot be), and
 * Copy and Download. Copy says "Copied" for a moment; a clipboard the browser
 * refuses is reported in place with what to do instead.
 */
import { useEffect, useState } from 'react';
import { downloadText } from '../../files/download';
import type { ExportTarget } from '../../../core/codegen';
import { lineCount } from '../../code/codeLines';

interface ExportActionsProps {
  /** The code to copy and download; null when there is none. */
  readonly text: string | null;
  readonly fileName: string;
  readonly language: ExportTarget['language'];
  /** Why Copy and Download are disabled, shown beside them. */
  readonly blockedReason: string | null;
}

const MIME_TYPES = new Map<string, string>([
  ['json', 'application/json'],
  ['markup', 'application/xml'],
  ['javascript', 'text/javascript'],
]);

type CopyState = { readonly kind: 'idle' } | { readonly kind: 'copied' } | { readonly kind: 'failed'; readonly reason: string };

const COPIED_FOR_MS = 2000;

export function ExportActions({ text, fileName, language, blockedReason }: ExportActionsProps) {
  const [copy, setCopy] = useState<CopyState>({ kind: 'idle' });

  // "Copied" belongs to the text that was copied: a new target or machine resets it.
  useEffect(() => setCopy({ kind: 'idle' }), [text]);
  useEffect(() => {
    if (copy.kind !== 'copied') return;
    const timer = setTimeout(() => setCopy({ kind: 'idle' }), COPIED_FOR_MS);
    return () => clearTimeout(timer);
  }, [copy]);

  const onCopy = async () => {
    if (text === null) return;
    try {
      await navigator.clipboard.writeText(text);
      setCopy({ kind: 'copied' });
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error);
      setCopy({ kind: 'failed', reason: `The browser did not allow copying (${detail}). Use Download, or select the code and press Ctrl+C.` });
    }
  };

  const disabled = text === null;
  const status =
    blockedReason ?? (copy.kind === 'failed' ? copy.reason : text === null ? '' : `${plural(lineCount(text), 'line')} · ${plural(text.length, 'character')}`);
  return (
    <>
      <p className={`export__status${blockedReason || copy.kind === 'failed' ? ' export__status--problem' : ''}`} role="status" data-testid="export-status">
        {status}
      </p>
      <button
        type="button"
        className="button export__copy"
        disabled={disabled}
        title={disabled ? (blockedReason ?? undefined) : 'Copy the code to the clipboard'}
        onClick={() => void onCopy()}
      >
        <span aria-live="polite">{copy.kind === 'copied' ? 'Copied' : 'Copy'}</span>
      </button>
      <button
        type="button"
        className="button button--primary export__download"
        disabled={disabled}
        title={disabled ? (blockedReason ?? undefined) : `Download ${fileName}`}
        onClick={() => text !== null && downloadText(text, fileName, MIME_TYPES.get(language) ?? 'text/plain')}
      >
        Download
      </button>
    </>
  );
}

function plural(count: number, noun: string): string {
  return `${count.toLocaleString('en')} ${noun}${count === 1 ? '' : 's'}`;
}
