/** The Help actions: the Keyboard shortcuts list (toolbar `?` button and the `?` key). */
import { openDialog } from '../dialogs/dialogStore';
import type { Action } from '../actions/types';

export const helpActions: readonly Action[] = [
  {
    id: 'help.shortcuts',
    label: 'Keyboard shortcuts',
    group: 'help',
    // Shift+/ on US layouts; matching the character keeps it right on layouts where `?` sits elsewhere.
    shortcut: '?',
    description: 'List every keyboard shortcut',
    run: () => openDialog({ kind: 'keyboard-shortcuts' }),
  },
];
