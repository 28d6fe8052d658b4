/**
 * Loads the syntax highlighter on first use (a separate chunk: Prism and its
 * grammars), once per page. Until it arrives, code is shown as plain text.
 */
import { useEffect, useState } from 'react';

export type Highlight = (code: string, language: string) => string | null;

let loading: Promise<Highlight> | undefined;

/** @example const highlight = await loadHighlighter(); highlight('{}', 'json') */
export function loadHighlighter(): Promise<Highlight> {
  loading ??= import('./prismGrammars').then(
    (module) => module.highlightToHtml,
    (error: unknown) => {
      // A failed chunk load (offline, a new deployment) may succeed on the next opening.
      loading = undefined;
      throw error;
    },
  );
  return loading;
}

/** React hook: the highlighter once loaded, null until then (or if it cannot load: the code stays plain). */
export function useHighlighter(): Highlight | null {
  const [highlight, setHighlight] = useState<{ readonly fn: Highlight } | null>(null);
  useEffect(() => {
    let live = true;
    loadHighlighter().then(
      (fn) => live && setHighlight({ fn }),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, []);
  return highlight?.fn ?? null;
}
