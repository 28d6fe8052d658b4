/**
 * Saves the open machine to the library after every change: a short debounce
 * so a burst of edits (a drag) is one write, flushed when the page is hidden or
 * closed so nothing typed is lost on reload.
 */
import type { StoreApi } from 'zustand/vanilla';
import type { DocumentState } from '../../store/documentStore';
import type { Library as MachineLibrary } from '../../store/persistence';
import { setSaveStatus } from './saveStatus';

const DEBOUNCE_MS = 200;

export interface Autosave {
  /** Writes any pending change now (before switching documents, on pagehide). */
  flush(): void;
  stop(): void;
}

export function startAutosave(documents: StoreApi<DocumentState>, library: MachineLibrary): Autosave {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let pending: { id: string; machine: DocumentState['history']['present'] } | undefined;

  const write = () => {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
    const job = pending;
    pending = undefined;
    if (!job) return;
    try {
      library.save(job.id, job.machine);
      setSaveStatus({ kind: 'saved' });
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      setSaveStatus({ kind: 'error', message: `Could not save to this browser: ${reason}. Download the machine to keep a copy.` });
    }
  };

  const unsubscribe = documents.subscribe((state, previous) => {
    if (state.history.present === previous.history.present && state.documentId === previous.documentId) return;
    if (state.documentId !== previous.documentId) {
      // A different document was opened: the previous one's last change is written first.
      write();
      setSaveStatus(state.documentId === undefined ? { kind: 'not-saved', reason: 'Open read-only' } : { kind: 'saved' });
      return;
    }
    if (state.documentId === undefined || state.readOnly) return;
    pending = { id: state.documentId, machine: state.history.present };
    setSaveStatus({ kind: 'saving' });
    if (timer !== undefined) clearTimeout(timer);
    timer = setTimeout(write, DEBOUNCE_MS);
  });

  const removePageListeners = flushWhenPageHides(write);
  return {
    flush: write,
    stop() {
      write();
      unsubscribe();
      removePageListeners();
    },
  };
}

/** Writes pending changes when the tab is hidden or closed; a no-op outside a browser (tests). */
function flushWhenPageHides(write: () => void): () => void {
  if (typeof window === 'undefined' || typeof document === 'undefined') return () => undefined;
  const onVisibility = () => {
    if (document.visibilityState === 'hidden') write();
  };
  window.addEventListener('pagehide', write);
  window.addEventListener('beforeunload', write);
  document.addEventListener('visibilitychange', onVisibility);
  return () => {
    window.removeEventListener('pagehide', write);
    window.removeEventListener('beforeunload', write);
    document.removeEventListener('visibilitychange', onVisibility);
  };
}
