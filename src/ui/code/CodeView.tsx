/**
 * Read-only code with line numbers: plain text at once, highlighted when the
 * highlight worker answers. Every line is one fixed-height row, plain or
 * highlighted alike, so highlighting arriving never moves anything, and a long
 * file (thousands of lines) renders only the rows in view.
 */
import { memo, useLayoutEffect, useMemo, useRef, useState, type CSSProperties } from 'react';
import { useHighlightedLines } from './loadHighlighter';
import { lineWindow, longestLine, shouldHighlight, splitLines } from './codeLines';
import './code.css';

/** Must match `--code-line-height` in code.css. */
const LINE_HEIGHT = 20;
const OVERSCAN_LINES = 60;
/** Scroll positions are rounded to this many lines, so scrolling re-renders once per block, not per pixel. */
const SCROLL_STEP_LINES = 20;

interface CodeViewProps {
  readonly code: string;
  /** A language the highlighter knows (`typescript`, `json`, `markup`, …); anything else stays plain. */
  readonly language: string;
  /** Accessible name of the scrollable region, e.g. "order.machine.ts preview". */
  readonly label: string;
  readonly testId?: string;
}

export const CodeView = memo(function CodeView({ code, language, label, testId }: CodeViewProps) {
  const lines = useMemo(() => splitLines(code), [code]);
  const widest = useMemo(() => longestLine(lines), [lines]);
  const highlighted = useHighlightedLines(code, language, shouldHighlight(code));
  const html = highlighted && highlighted.length === lines.length ? highlighted : null;
  const scroller = useRef<HTMLDivElement>(null);
  const [scrollLine, setScrollLine] = useState(0);

  // A new file starts at its first line.
  useLayoutEffect(() => {
    if (scroller.current) scroller.current.scrollTop = 0;
    setScrollLine(0);
  }, [code]);

  const { first, end } = lineWindow(lines.length, scrollLine * LINE_HEIGHT, window.innerHeight, LINE_HEIGHT, OVERSCAN_LINES);
  const rows = [];
  for (let index = first; index < end; index++) {
    const lineHtml = html?.[index];
    rows.push(
      <div className="code-view__line" key={index}>
        <span className="code-view__number" aria-hidden="true">
          {index + 1}
        </span>
        {lineHtml === undefined ? (
          <span className="code-view__text">{lines[index]}</span>
        ) : (
          // Built by tokensToLines, which escapes every character of the code.
          <span className="code-view__text" dangerouslySetInnerHTML={{ __html: lineHtml }} />
        )}
      </div>,
    );
  }

  const style = { '--code-digits': Math.max(3, String(lines.length).length), '--code-columns': widest } as CSSProperties;
  return (
    // Focusable so the keyboard can scroll it (a scrollable region needs a tab stop).
    <div
      ref={scroller}
      className={`code-view code-view--${language}`}
      style={style}
      role="region"
      aria-label={label}
      tabIndex={0}
      data-testid={testId}
      data-highlighted={html !== null}
      data-lines={lines.length}
      onScroll={(event) => setScrollLine(Math.floor(event.currentTarget.scrollTop / LINE_HEIGHT / SCROLL_STEP_LINES) * SCROLL_STEP_LINES)}
    >
      <div className="code-view__lines" style={{ height: `calc(${lines.length} * var(--code-line-height) + 2 * var(--code-padding))` }}>
        <div className="code-view__window" style={{ transform: `translateY(${first * LINE_HEIGHT}px)` }}>
          {rows}
        </div>
      </div>
    </div>
  );
});
