/**
 * Canvas actions for the app's registry: the toolbar, menus and the keyboard
 * dispatcher all run these, so every canvas gesture has a keyboard path.
 */
import type { Action } from '../actions/types';
import { viewStore } from '../../store';
import {
  canEdit,
  createStateAtViewportCentre,
  deleteSelection,
  renameSelection,
  selectAdjacentState,
  selectAdjacentTransition,
} from './canvasEdits';
import { openConnectPicker } from './canvasUi';
import { fitView, zoomIn, zoomOut } from './flowHandle';

function hasSelection(): boolean {
  const { states, transitions } = viewStore.getState().selection;
  return states.length + transitions.length > 0;
}

function singleSelection(): boolean {
  const { states, transitions } = viewStore.getState().selection;
  return states.length + transitions.length === 1;
}

function singleState(): string | undefined {
  const { states, transitions } = viewStore.getState().selection;
  return states.length === 1 && transitions.length === 0 ? states[0] : undefined;
}

export const canvasActions: Action[] = [
  {
    id: 'canvas.addState',
    label: 'Add state',
    group: 'canvas',
    shortcut: 'N',
    description: 'Add a state in the middle of the canvas and name it',
    isEnabled: canEdit,
    run: createStateAtViewportCentre,
  },
  {
    id: 'canvas.rename',
    label: 'Rename',
    group: 'canvas',
    shortcut: ['F2', 'Enter'],
    description: 'Rename the selected state, or edit the selected transition’s event',
    isEnabled: () => canEdit() && singleSelection(),
    run: renameSelection,
  },
  {
    id: 'canvas.delete',
    label: 'Delete',
    group: 'canvas',
    shortcut: ['Delete', 'Backspace'],
    description: 'Delete the selected states (with their transitions) and transitions',
    isEnabled: () => canEdit() && hasSelection(),
    run: deleteSelection,
  },
  {
    id: 'canvas.connect',
    label: 'Add transition from selected state',
    group: 'canvas',
    shortcut: ['C', 'T'],
    description: 'Choose a target state, then type the event',
    isEnabled: () => canEdit() && singleState() !== undefined,
    run: () => {
      const from = singleState();
      if (from !== undefined) openConnectPicker(from);
    },
  },
  {
    id: 'canvas.nextState',
    label: 'Select next state',
    group: 'canvas',
    shortcut: ']',
    run: () => selectAdjacentState(1),
  },
  {
    id: 'canvas.previousState',
    label: 'Select previous state',
    group: 'canvas',
    shortcut: '[',
    run: () => selectAdjacentState(-1),
  },
  {
    id: 'canvas.nextTransition',
    label: 'Select next transition',
    group: 'canvas',
    shortcut: 'Alt+]',
    run: () => selectAdjacentTransition(1),
  },
  {
    id: 'canvas.previousTransition',
    label: 'Select previous transition',
    group: 'canvas',
    shortcut: 'Alt+[',
    run: () => selectAdjacentTransition(-1),
  },
  { id: 'canvas.fitView', label: 'Fit view', group: 'view', shortcut: 'Shift+1', description: 'Show the whole machine', run: () => fitView() },
  { id: 'canvas.zoomIn', label: 'Zoom in', group: 'view', shortcut: ['+', '='], run: zoomIn },
  { id: 'canvas.zoomOut', label: 'Zoom out', group: 'view', shortcut: '-', run: zoomOut },
];
