/**
 * The highlight worker: Prism tokenizes here, so a long file (a 1,000-state
 * machine's module is a few hundred kilobytes) never holds up the page.
 * Protocol: receives `HighlightRequest`, answers `HighlightResponse` with the same id.
 */
import { highlightToLines } from './prismGrammars';
import type { HighlightRequest, HighlightResponse } from './highlightProtocol';

const scope = self as unknown as { onmessage: ((event: MessageEvent<HighlightRequest>) => void) | null; postMessage(message: HighlightResponse): void };

scope.onmessage = (event) => {
  const { id, code, language } = event.data;
  try {
    scope.postMessage({ id, lines: highlightToLines(code, language) });
  } catch (error) {
    scope.postMessage({ id, lines: null, error: error instanceof Error ? error.message : String(error) });
  }
};
