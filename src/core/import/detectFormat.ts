/**
 * Guesses what a pasted or opened text is, so Open, Paste and
 * `statewright import` without `--from` pick the right reader.
 */
export type SourceFormat = 'statewright' | 'mermaid' | 'scxml' | 'xstate';

/**
 * The format of `text`, or `undefined` when it is none of them.
 * @example detectFormat('stateDiagram-v2\n[*] --> Idle') // 'mermaid'
 */
export function detectFormat(text: string): SourceFormat | undefined {
  const body = text.replace(/^\uFEFF/, '').trimStart();
  if (body.startsWith('<')) return /<scxml[\s>]/.test(body) ? 'scxml' : undefined;
  if (/^(---[\s\S]*?\n---\s*\n\s*)?(%%[^\n]*\n\s*)*stateDiagram(-v2)?\b/.test(body)) return 'mermaid';
  if (body.startsWith('{')) {
    // A Statewright document carries "version" and a flat "transitions" table;
    // an XState config has "states" as an object keyed by name.
    if (/"version"\s*:/.test(body) && /"transitions"\s*:|"states"\s*:\s*\[/.test(body)) return 'statewright';
    if (/["']?states["']?\s*:\s*\{/.test(body)) return 'xstate';
    if (/"version"\s*:/.test(body)) return 'statewright';
    return undefined;
  }
  if (/\bcreateMachine\s*\(/.test(body)) return 'xstate';
  return undefined;
}
