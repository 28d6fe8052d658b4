/** React hook: whether an action is enabled, re-evaluated when the stores change. */
import { useSyncExternalStore } from 'react';
import { documentStore, viewStore } from '../../store';
import { dialogStore } from '../dialogs/dialogStore';
import { isActionEnabled } from './registry';
import type { Action } from './types';

function subscribeAll(onChange: () => void): () => void {
  const stops = [documentStore.subscribe(onChange), viewStore.subscribe(onChange), dialogStore.subscribe(onChange)];
  return () => stops.forEach((stop) => stop());
}

/** React hook: whether a toggle action is on (`isActive`), re-evaluated when the stores change. */
export function useActionActive(action: Action | undefined): boolean | undefined {
  return useSyncExternalStore(subscribeAll, () => action?.isActive?.());
}

export function useActionEnabled(action: Action | undefined): boolean {
  return useSyncExternalStore(subscribeAll, () => (action ? isActionEnabled(action) : false));
}
