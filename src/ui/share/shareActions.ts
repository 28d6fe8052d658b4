/** The Share action: the dialog with a link that carries the whole machine (toolbar and Mod+Shift+S). */
import { documentStore } from '../../store';
import { openDialog } from '../dialogs/dialogStore';
import type { Action } from '../actions/types';

export const shareActions: readonly Action[] = [
  {
    id: 'share.open',
    label: 'Share…',
    group: 'share',
    shortcut: 'Mod+Shift+S',
    description: 'Copy a link that opens this machine for review; nothing is uploaded',
    isEnabled: () => documentStore.getState().history.present.states.length > 0,
    run: () => openDialog({ kind: 'share' }),
  },
];
