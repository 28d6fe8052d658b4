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
  if (body.startsWith('{')) return jsonFormat(body);
  if (/\bcreateMachine\s*\(/.test(body)) return 'xstate';
  return undefined;
}

/**
 * A Statewright document has `states` as an array (or no states yet, with a
 * `version`); an XState config has `states` as an object keyed by state name.
 */
function jsonFormat(body: string): SourceFormat | undefined {
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    // A damaged Statewright file should reach restoreText, which names the line of the syntax error;
    // otherwise this may be a JavaScript object literal, as XState configs are often written.
    if (/^\{\s*"version"\s*:/.test(body)) return 'statewright';
    return /\bstates\s*:\s*\{|["']states["']\s*:\s*\{/.test(body) ? 'xstate' : undefined;
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return undefined;
  const { states, version } = parsed as { states?: unknown; version?: unknown };
  if (Array.isArray(states) || (states === undefined && version !== undefined)) return 'statewright';
  if (typeof states === 'object' && states !== null) return 'xstate';
  return undefined;
}
