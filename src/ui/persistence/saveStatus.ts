/** Whether the open machine is safely in browser storage, for the status bar. */
import { createStore } from 'zustand/vanilla';
import { useStore } from 'zustand';

export type SaveStatus =
  | { readonly kind: 'saved' }
  | { readonly kind: 'saving' }
  /** Nothing to save to: a read-only review, or storage is unavailable. */
  | { readonly kind: 'not-saved'; readonly reason: string }
  | { readonly kind: 'error'; readonly message: string };

export const saveStatusStore = createStore<{ status: SaveStatus }>()(() => ({ status: { kind: 'saved' } }));

export function setSaveStatus(status: SaveStatus): void {
  saveStatusStore.setState({ status });
}

export function useSaveStatus(): SaveStatus {
  return useStore(saveStatusStore, (s) => s.status);
}
