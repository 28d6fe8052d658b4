/**
 * The app's store instances and the hooks components read them through.
 * Components subscribe with narrow selectors (`useDocument(selectMachine)`,
 * `useView((v) => v.mode)`) so one change repaints only what depends on it.
 */
import { useStore } from 'zustand';
import { emptyMachine } from '../core/machine';
import { createDocumentStore, type DocumentState } from './documentStore';
import { createViewStore, type ViewState } from './viewStore';

export const documentStore = createDocumentStore(emptyMachine());
export const viewStore = createViewStore();

export function useDocument<T>(selector: (state: DocumentState) => T): T {
  return useStore(documentStore, selector);
}

export function useView<T>(selector: (state: ViewState) => T): T {
  return useStore(viewStore, selector);
}

export * from './documentStore';
export * from './viewStore';
