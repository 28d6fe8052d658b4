/** File menu actions: new, open, download, paste JSON, My machines. */
import { documentStore, selectMachine } from '../../store';
import { openDialog } from '../dialogs/dialogStore';
import { downloadMachine } from '../files/download';
import { openFromPicker } from '../files/openMachineFile';
import { newMachine } from '../persistence/session';
import { canEdit } from './canEdit';
import type { Action } from './types';

export const fileActions: readonly Action[] = [
  {
    id: 'file.new',
    label: 'New machine',
    group: 'file',
    description: 'Start an empty machine (your others stay in My machines)',
    run: () => newMachine(),
  },
  {
    id: 'file.open',
    label: 'Open…',
    group: 'file',
    shortcut: 'Mod+O',
    description: 'Open a .fsm.json file as a new machine',
    run: () => openFromPicker(),
  },
  {
    id: 'file.download',
    label: 'Download',
    group: 'file',
    shortcut: 'Mod+S',
    description: 'Download the machine as a .fsm.json file',
    run: () => downloadMachine(selectMachine(documentStore.getState())),
  },
  {
    id: 'file.paste',
    label: 'Paste a machine…',
    group: 'file',
    shortcut: 'Mod+Shift+V',
    description: 'Replace this machine with pasted JSON, Mermaid, SCXML or XState (undoable)',
    isEnabled: canEdit,
    run: () => openDialog({ kind: 'paste-json' }),
  },
  {
    id: 'file.library',
    label: 'My machines…',
    group: 'file',
    description: 'Open, rename, duplicate or delete the machines kept in this browser',
    run: () => openDialog({ kind: 'library' }),
  },
];
