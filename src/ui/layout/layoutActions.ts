/** Auto-layout actions for the registry: left to right (L) and top to bottom (Shift+L). */
import type { LayoutDirection } from '../../core/machine';
import { documentStore, viewStore } from '../../store';
import { canEdit } from '../actions/canEdit';
import type { Action } from '../actions/types';
import { autoLayout } from './autoLayout';

async function runLayout(direction: LayoutDirection): Promise<void> {
  const outcome = await autoLayout(direction);
  if (outcome === 'stale') {
    viewStore.getState().notify({ tone: 'info', title: 'Auto-layout was dropped because the machine changed while it ran. Run it again to lay out the new version.' });
  }
}

const canLayout = () => canEdit() && documentStore.getState().history.present.states.length > 0;

export const layoutActions: readonly Action[] = [
  {
    id: 'layout.right',
    label: 'Auto-layout left to right',
    group: 'layout',
    shortcut: 'L',
    description: 'Arrange every state from left to right (one undo step)',
    isEnabled: canLayout,
    run: () => runLayout('RIGHT'),
  },
  {
    id: 'layout.down',
    label: 'Auto-layout top to bottom',
    group: 'layout',
    shortcut: 'Shift+L',
    description: 'Arrange every state from top to bottom (one undo step)',
    isEnabled: canLayout,
    run: () => runLayout('DOWN'),
  },
];
