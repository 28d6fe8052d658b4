/** Line bookkeeping for CodeView: the gutter's numbers and when highlighting is worth it. */

/** Beyond this many characters the preview stays plain: tokenizing would hold up the page for a moment. */
export const HIGHLIGHT_LIMIT = 400_000;

/**
 * Lines as an editor counts them: a final newline ends the last line, it does not start another.
 * @example lineCount('a\nb\n') // 2
 */
export function lineCount(code: string): number {
  if (code === '') return 1;
  let lines = 1;
  for (let i = code.indexOf('\n'); i !== -1; i = code.indexOf('\n', i + 1)) lines++;
  return code.endsWith('\n') ? lines - 1 : lines;
}

/** @example lineNumbers(3) // '1\n2\n3' */
export function lineNumbers(count: number): string {
  return Array.from({ length: count }, (_, i) => String(i + 1)).join('\n');
}

/** @example shouldHighlight('const a = 1;') // true */
export function shouldHighlight(code: string): boolean {
  return code.length <= HIGHLIGHT_LIMIT;
}
