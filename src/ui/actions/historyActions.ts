/** Undo and redo of document changes (selection and viewport are never undo steps). */
import { documentStore, selectCanRedo, selectCanUndo, viewStore } from '../../store';
import type { Action } from './types';

const editing = () => viewStore.getState().mode === 'edit';

export const historyActions: readonly Action[] = [
  {
    id: 'edit.undo',
    label: 'Undo',
    group: 'edit',
    shortcut: 'Mod+Z',
    description: 'Undo the last change',
    isEnabled: () => editing() && selectCanUndo(documentStore.getState()),
    run: () => documentStore.getState().undo(),
  },
  {
    id: 'edit.redo',
    label: 'Redo',
    group: 'edit',
    shortcut: ['Mod+Shift+Z', 'Mod+Y'],
    description: 'Redo the change you undid',
    isEnabled: () => editing() && selectCanRedo(documentStore.getState()),
    run: () => documentStore.getState().redo(),
  },
];
