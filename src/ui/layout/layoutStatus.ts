/** The running layout, if any, for the status bar indicator; written only by autoLayout.ts. */
import { createStore } from 'zustand/vanilla';
import { useStore } from 'zustand';

export interface LayoutStatus {
  readonly phase: 'loading' | 'layout' | 'tidying';
  readonly elapsedMs: number;
  /** Stops the layout; what the user had stays as it was. */
  readonly cancel: () => void;
}

export const layoutStatusStore = createStore<{ running: LayoutStatus | null }>()(() => ({ running: null }));

export function useLayoutStatus(): LayoutStatus | null {
  return useStore(layoutStatusStore, (s) => s.running);
}
