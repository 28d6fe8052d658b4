/**
 * Read-only code with line numbers: plain text at once, highlighted when the
 * highlight worker answers. Both render in the same monospace box with the same
 * line height, so highlighting arriving never moves anything.
 */
import { memo, useMemo } from 'react';
import { useHighlightedHtml } from './loadHighlighter';
import { lineCount, lineNumbers, shouldHighlight } from './codeLines';
import './code.css';

interface CodeViewProps {
  readonly code: string;
  /** A language the highlighter knows (`typescript`, `json`, `markup`, …); anything else stays plain. */
  readonly language: string;
  /** Accessible name of the scrollable region, e.g. "order.machine.ts preview". */
  readonly label: string;
  readonly testId?: string;
}

export const CodeView = memo(function CodeView({ code, language, label, testId }: CodeViewProps) {
  const html = useHighlightedHtml(code, language, shouldHighlight(code));
  const numbers = useMemo(() => lineNumbers(lineCount(code)), [code]);
  return (
    // Focusable so the keyboard can scroll it (a scrollable region needs a tab stop).
    <div className="code-view" role="region" aria-label={label} tabIndex={0} data-testid={testId} data-highlighted={html !== null}>
      <pre className="code-view__gutter" aria-hidden="true">
        {numbers}
      </pre>
      <pre className={`code-view__code code-view__code--${language}`}>
        {html === null ? <code>{code}</code> : <code dangerouslySetInnerHTML={{ __html: html }} />}
      </pre>
    </div>
  );
});
