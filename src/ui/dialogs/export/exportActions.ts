/** The Export action: opens the Export dialog (toolbar button and Mod+E). */
import { openDialog } from '../dialogStore';
import type { Action } from '../../actions/types';

export const exportActions: readonly Action[] = [
  {
    id: 'export.open',
    label: 'Export…',
    group: 'export',
    shortcut: 'Mod+E',
    description: 'Export as a TypeScript module, tests, Mermaid, SCXML, DOT, XState or JSON',
    run: () => openDialog({ kind: 'export' }),
  },
];
