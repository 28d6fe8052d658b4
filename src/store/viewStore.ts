/**
 * View state: selection, in-place editing, mode, sidebar tab and notices.
 * None of it is part of the document, so none of it is an undo step.
 */
import { createStore, type StoreApi } from 'zustand/vanilla';

export interface Selection {
  readonly states: readonly string[];
  /** Transition indices in the table. */
  readonly transitions: readonly number[];
}

export const EMPTY_SELECTION: Selection = { states: [], transitions: [] };

/**
 * What is being edited in place on the canvas right now. `justDrawn` marks the
 * event field of an arrow that was drawn a moment ago: its event is still being
 * typed, so "no event" is not yet a problem to show.
 */
export type EditTarget =
  | { readonly kind: 'state'; readonly name: string }
  | { readonly kind: 'transition'; readonly index: number; readonly justDrawn?: boolean };

export type Mode = 'edit' | 'simulate';

export interface Notice {
  readonly id: number;
  readonly tone: 'info' | 'success' | 'warning' | 'error';
  readonly title: string;
  /** Details, one per line: for input problems, `path: message`. */
  readonly details?: readonly string[];
}

export interface ViewState {
  readonly selection: Selection;
  readonly editing: EditTarget | null;
  readonly mode: Mode;
  readonly sidebarTab: string;
  /** False while the user has hidden the sidebar; choosing a tab (from the status bar, a toggle) shows it again. */
  readonly sidebarOpen: boolean;
  readonly notices: readonly Notice[];
  select(selection: Selection): void;
  selectState(name: string): void;
  selectTransition(index: number): void;
  clearSelection(): void;
  startEditing(target: EditTarget): void;
  stopEditing(): void;
  setMode(mode: Mode): void;
  setSidebarTab(tab: string): void;
  setSidebarOpen(open: boolean): void;
  notify(notice: Omit<Notice, 'id'>): number;
  dismiss(id: number): void;
}

let nextNoticeId = 1;

export function createViewStore(): StoreApi<ViewState> {
  return createStore<ViewState>()((set, get) => ({
    selection: EMPTY_SELECTION,
    editing: null,
    mode: 'edit',
    sidebarTab: 'inspector',
    sidebarOpen: true,
    notices: [],
    select: (selection) => set({ selection }),
    selectState: (name) => set({ selection: { states: [name], transitions: [] } }),
    selectTransition: (index) => set({ selection: { states: [], transitions: [index] } }),
    clearSelection: () => {
      if (get().selection !== EMPTY_SELECTION) set({ selection: EMPTY_SELECTION });
    },
    startEditing: (editing) => set({ editing }),
    stopEditing: () => set({ editing: null }),
    setMode: (mode) => set({ mode }),
    setSidebarTab: (sidebarTab) => set({ sidebarTab, sidebarOpen: true }),
    setSidebarOpen: (sidebarOpen) => set({ sidebarOpen }),
    notify: (notice) => {
      const id = nextNoticeId++;
      set({ notices: [...get().notices, { ...notice, id }] });
      return id;
    },
    dismiss: (id) => set({ notices: get().notices.filter((n) => n.id !== id) }),
  }));
}
