/**
 * Transient canvas overlays: the keyboard connect picker and the state context
 * menu. Kept apart from viewStore because nothing outside the canvas reads them.
 */
import { createStore } from 'zustand/vanilla';
import { useStore } from 'zustand';

export interface ContextMenuAt {
  readonly state: string;
  /** Client coordinates of the pointer that opened the menu. */
  readonly x: number;
  readonly y: number;
}

interface CanvasUiState {
  /** The state an arrow is being drawn from with the keyboard picker. */
  readonly connectFrom: string | null;
  readonly contextMenu: ContextMenuAt | null;
}

export const canvasUiStore = createStore<CanvasUiState>()(() => ({ connectFrom: null, contextMenu: null }));

export function useCanvasUi<T>(selector: (state: CanvasUiState) => T): T {
  return useStore(canvasUiStore, selector);
}

export function openConnectPicker(from: string): void {
  canvasUiStore.setState({ connectFrom: from, contextMenu: null });
}

export function closeConnectPicker(): void {
  canvasUiStore.setState({ connectFrom: null });
}

export function openContextMenu(menu: ContextMenuAt): void {
  canvasUiStore.setState({ contextMenu: menu });
}

export function closeContextMenu(): void {
  canvasUiStore.setState({ contextMenu: null });
}
