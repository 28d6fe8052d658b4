/**
 * The document store: the open machine with its undo history, and nothing else.
 * Selection, mode and other view state live in viewStore so that they never
 * become undo steps. Domain logic stays in the pure commands this store applies.
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import { canRedo, canUndo, createHistory, record, redo, undo, type History } from '../core/history/history';
import type { Machine } from '../core/machine';

export type CommandOutcome = { readonly ok: true; readonly machine: Machine } | { readonly ok: false; readonly reason: string };

export interface OpenOptions {
  /** The "My machines" entry this document is saved to; absent for a read-only review. */
  readonly documentId?: string;
  /** A shared link opens read-only: every edit is refused until "Edit a copy". */
  readonly readOnly?: boolean;
}

export interface DocumentState {
  readonly history: History<Machine>;
  readonly documentId: string | undefined;
  readonly readOnly: boolean;
  /**
   * Applies a pure command and records it as one undo step. Commands applied with
   * the same `coalesceKey` in a row merge into one step (a drag, typing in one field).
   */
  apply(command: (machine: Machine) => CommandOutcome, coalesceKey?: string): CommandOutcome;
  /** Replaces the whole machine as one undoable step (Paste JSON over the current machine). */
  replace(machine: Machine): void;
  /** Opens another document with a fresh history; the previous one stays in the library. */
  open(machine: Machine, options?: OpenOptions): void;
  undo(): void;
  redo(): void;
}

const READ_ONLY_REASON = 'This machine is open read-only for review. Choose "Edit a copy" to change it.';

/** @example const store = createDocumentStore(machine); store.getState().apply((m) => addState(m, {})) */
export function createDocumentStore(initial: Machine, options: OpenOptions = {}): StoreApi<DocumentState> {
  return createStore<DocumentState>()((set, get) => ({
    history: createHistory(initial),
    documentId: options.documentId,
    readOnly: options.readOnly ?? false,
    apply(command, coalesceKey) {
      const { history, readOnly } = get();
      if (readOnly) return { ok: false, reason: READ_ONLY_REASON };
      const outcome = command(history.present);
      if (outcome.ok && outcome.machine !== history.present) {
        set({ history: record(history, outcome.machine, coalesceKey) });
      }
      return outcome;
    },
    replace(machine) {
      if (get().readOnly) return;
      set({ history: record(get().history, machine) });
    },
    open(machine, openOptions = {}) {
      set({ history: createHistory(machine), documentId: openOptions.documentId, readOnly: openOptions.readOnly ?? false });
    },
    undo() {
      if (!get().readOnly && canUndo(get().history)) set({ history: undo(get().history) });
    },
    redo() {
      if (!get().readOnly && canRedo(get().history)) set({ history: redo(get().history) });
    },
  }));
}

export const selectMachine = (state: DocumentState): Machine => state.history.present;
export const selectCanUndo = (state: DocumentState): boolean => !state.readOnly && canUndo(state.history);
export const selectCanRedo = (state: DocumentState): boolean => !state.readOnly && canRedo(state.history);
