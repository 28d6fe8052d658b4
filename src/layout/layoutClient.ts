/**
 * Auto-layout in the browser: ELK runs in a real Web Worker, so a large layout
 * never freezes the editor, and elkjs (about 1.5 MB) is fetched only when the
 * first layout is requested. Importing this module loads nothing heavy: the ELK
 * API is a dynamic import and the worker script a separate asset.
 *
 * Progress: elkjs reports no percentage, so progress is the phase (`loading`
 * while the ELK code and worker start, `layout` while ELK works, repeated about
 * every 250 ms with the elapsed time, then `done`).
 *
 * Superseding: a newer request (or an aborted signal) ends an older one still
 * running. ELK cannot stop a layout halfway, so the busy worker is terminated
 * and the next request starts a fresh one; the older promise rejects with a
 * DOMException named `AbortError`. An idle worker is kept and reused.
 */
import type { Machine } from '../core/machine';
import { layoutMachine, type ElkLayouter } from './layoutMachine';
import type { LayoutOptions, LayoutResult, LayoutSizes } from './types';

export interface LayoutProgress {
  readonly phase: 'loading' | 'layout' | 'done';
  /** Milliseconds since the request was made. */
  readonly elapsedMs: number;
}

export interface LayoutRequestControls {
  readonly onProgress?: (progress: LayoutProgress) => void;
  readonly signal?: AbortSignal;
}

/** An ELK instance bound to a worker that can be stopped. */
export interface WorkerElk extends ElkLayouter {
  terminateWorker(): void;
}

const TICK_MS = 250;

/** True for the rejection of a request that was superseded or aborted, which callers usually ignore. */
export function isLayoutAbort(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError';
}

/**
 * A layout client over any way of starting ELK; `requestLayout` below uses the real worker.
 * @example const client = createLayoutClient(async () => fakeElk); await client.requestLayout(m, sizes, { direction: 'RIGHT' })
 */
export function createLayoutClient(startElk: () => Promise<WorkerElk>) {
  let elk: Promise<WorkerElk> | undefined;
  let running: { readonly cancel: () => void } | undefined;

  function stopWorker(): void {
    const current = elk;
    elk = undefined;
    void current?.then((instance) => instance.terminateWorker()).catch(() => undefined);
  }

  async function requestLayout(machine: Machine, sizes: LayoutSizes, options: LayoutOptions, controls: LayoutRequestControls = {}): Promise<LayoutResult> {
    const started = performance.now();
    const report = (phase: LayoutProgress['phase']) => controls.onProgress?.({ phase, elapsedMs: performance.now() - started });
    running?.cancel();
    if (controls.signal?.aborted) throw abortError('The layout was cancelled before it started.');

    let rejectAbort!: (error: DOMException) => void;
    const aborted = new Promise<never>((_, reject) => (rejectAbort = reject));
    let finished = false;
    const cancel = (message: string) => {
      if (finished) return;
      finished = true;
      stopWorker();
      rejectAbort(abortError(message));
    };
    const mine = { cancel: () => cancel('A newer layout request replaced this one.') };
    running = mine;
    const onAbort = () => cancel('The layout was cancelled.');
    controls.signal?.addEventListener('abort', onAbort, { once: true });
    const ticker = setInterval(() => report('layout'), TICK_MS);

    try {
      if (!elk) {
        report('loading');
        const starting = startElk();
        elk = starting;
        // A failed start is forgotten so the next request tries again.
        starting.catch(() => {
          if (elk === starting) elk = undefined;
        });
      }
      const instance = await Promise.race([elk, aborted]);
      report('layout');
      const result = await Promise.race([layoutMachine(instance, machine, sizes, options), aborted]);
      finished = true;
      report('done');
      return result;
    } finally {
      finished = true;
      clearInterval(ticker);
      controls.signal?.removeEventListener('abort', onAbort);
      if (running === mine) running = undefined;
    }
  }

  return { requestLayout, terminate: stopWorker };
}

/** Loads the ELK API on first use and starts it in a module worker (verified with Vite 8 dev and build). */
async function startWorkerElk(): Promise<WorkerElk> {
  const { default: ELK } = await import('elkjs/lib/elk-api.js');
  return new ELK({ workerFactory: () => new Worker(new URL('elkjs/lib/elk-worker.min.js', import.meta.url), { type: 'module', name: 'elk-layout' }) });
}

const browserClient = createLayoutClient(startWorkerElk);

/**
 * Lays out the machine in the ELK worker, starting it on first use.
 * @example const result = await requestLayout(machine, sizes, { direction: 'RIGHT' }, { onProgress: (p) => show(p.phase, p.elapsedMs) })
 */
export const requestLayout = browserClient.requestLayout;

/** Stops the worker (it restarts on the next request), e.g. when the editor unmounts. */
export const terminateLayoutWorker = browserClient.terminate;

function abortError(message: string): DOMException {
  return new DOMException(message, 'AbortError');
}
