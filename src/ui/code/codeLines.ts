/** Line bookkeeping for CodeView: splitting, the window of lines to render, the gutter's width. */

/** Beyond this many characters the preview stays plain: highlighting would take the worker seconds. */
export const HIGHLIGHT_LIMIT = 2_000_000;

/** Files up to this many lines render every line (the browser's find and selection see them all); longer ones render the lines in view. */
export const FULL_RENDER_LINES = 2_000;

/**
 * Lines as an editor counts them: a final newline ends the last line, it does not start another.
 * @example splitLines('a\nb\n') // ['a', 'b']
 */
export function splitLines(code: string): string[] {
  const lines = code.split('\n');
  if (lines.length > 1 && lines[lines.length - 1] === '') lines.pop();
  return lines;
}

/** @example lineCount('a\nb\n') // 2 */
export function lineCount(code: string): number {
  let lines = 1;
  for (let i = code.indexOf('\n'); i !== -1; i = code.indexOf('\n', i + 1)) lines++;
  return code.length > 0 && code.endsWith('\n') ? lines - 1 : lines;
}

/** @example longestLine(['a', 'abc']) // 3 */
export function longestLine(lines: readonly string[]): number {
  let longest = 0;
  for (const line of lines) if (line.length > longest) longest = line.length;
  return longest;
}

export interface LineWindow {
  /** First line to render (0-based). */
  readonly first: number;
  /** One past the last line to render. */
  readonly end: number;
}

/**
 * Which lines to render: all of a short file; for a long one, the lines in
 * view plus `overscan` either side, so scrolling a little shows no gap.
 * @example lineWindow(10_000, 2_000, 800, 20, 40) // { first: 60, end: 180 }
 */
export function lineWindow(count: number, scrollTop: number, viewHeight: number, lineHeight: number, overscan: number): LineWindow {
  if (count <= FULL_RENDER_LINES) return { first: 0, end: count };
  const top = Math.floor(scrollTop / lineHeight);
  const first = Math.max(0, Math.min(top - overscan, count - 1));
  const end = Math.min(count, top + Math.ceil(viewHeight / lineHeight) + overscan);
  return { first, end: Math.max(end, first + 1) };
}

/** @example shouldHighlight('const a = 1;') // true */
export function shouldHighlight(code: string): boolean {
  return code.length <= HIGHLIGHT_LIMIT;
}
