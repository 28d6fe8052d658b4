/**
 * Highlighting off the main thread. The worker (Prism and its grammars, a
 * separate file) starts the first time code is shown, so nothing of it is in
 * the initial bundle. One request runs at a time: a newer request replaces a
 * pending one, and a worker still busy with the old one is replaced, so
 * switching quickly between large files never queues work nobody will see.
 */
import { useEffect, useState } from 'react';
import type { HighlightRequest, HighlightResponse } from './highlightProtocol';

interface Pending {
  readonly id: number;
  resolve(lines: readonly string[] | null): void;
  reject(error: Error): void;
}

let worker: Worker | undefined;
let pending: Pending | undefined;
let nextId = 1;

function startWorker(): Worker {
  const started = new Worker(new URL('./highlightWorker.ts', import.meta.url), { type: 'module', name: 'highlight' });
  started.onmessage = (event: MessageEvent<HighlightResponse>) => {
    const request = pending;
    if (!request || request.id !== event.data.id) return;
    pending = undefined;
    if (event.data.error !== undefined) request.reject(new Error(event.data.error));
    else request.resolve(event.data.lines);
  };
  started.onerror = (event) => {
    event.preventDefault();
    pending?.reject(new Error(event.message || 'The highlighter could not start.'));
    pending = undefined;
    worker = undefined;
  };
  return started;
}

/**
 * Highlighted HTML for each line of `code`, or null when `language` has no grammar.
 * @example await highlight('{"a": 1}', 'json') // ['<span class="token punctuation">{</span>…']
 */
export function highlight(code: string, language: string): Promise<readonly string[] | null> {
  if (pending) {
    // The worker is busy with a file nobody wants any more: drop it rather than wait.
    pending.resolve(null);
    pending = undefined;
    worker?.terminate();
    worker = undefined;
  }
  worker ??= startWorker();
  const id = nextId++;
  const request: HighlightRequest = { id, code, language };
  return new Promise((resolve, reject) => {
    pending = { id, resolve, reject };
    worker!.postMessage(request);
  });
}

/**
 * React hook: the highlighted lines of `code`, null until they are ready, when
 * the code is too long to be worth it, or when highlighting fails (the code stays plain).
 */
export function useHighlightedLines(code: string, language: string, enabled: boolean): readonly string[] | null {
  const [result, setResult] = useState<{ readonly code: string; readonly language: string; readonly lines: readonly string[] | null } | null>(null);
  useEffect(() => {
    if (!enabled) return;
    let live = true;
    highlight(code, language).then(
      (lines) => live && setResult({ code, language, lines }),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [code, language, enabled]);
  return result && result.code === code && result.language === language ? result.lines : null;
}
