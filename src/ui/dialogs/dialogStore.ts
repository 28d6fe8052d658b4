/**
 * Which modal dialog is open. One at a time: a dialog that needs another (a
 * confirmation) shows it inline. To add a dialog: add a request kind here and
 * a case in DialogHost.
 */
import { createStore } from 'zustand/vanilla';
import { useStore } from 'zustand';
import type { InputProblem } from '../../core/machine';

export type DialogRequest =
  | { readonly kind: 'paste-json' }
  | { readonly kind: 'library' }
  | { readonly kind: 'export' }
  | { readonly kind: 'share' }
  | { readonly kind: 'keyboard-shortcuts' }
  | {
      readonly kind: 'input-problems';
      /** What was being read: a file name, "Pasted text". */
      readonly source: string;
      readonly problems: readonly InputProblem[];
    };

interface DialogState {
  readonly open: DialogRequest | null;
}

export const dialogStore = createStore<DialogState>()(() => ({ open: null }));

export function openDialog(request: DialogRequest): void {
  dialogStore.setState({ open: request });
}

export function closeDialog(): void {
  dialogStore.setState({ open: null });
}

export function isDialogOpen(): boolean {
  return dialogStore.getState().open !== null;
}

export function useOpenDialog(): DialogRequest | null {
  return useStore(dialogStore, (s) => s.open);
}
