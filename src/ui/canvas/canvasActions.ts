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
  nudgeSelection,
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

/** Focus on these owns the arrow keys (tabs, menus, lists, sliders), so moving states waits. */
const ARROW_KEY_OWNERS = '[role="tab"], [role="tablist"], [role="menu"], [role="menuitem"], [role="listbox"], [role="option"], [role="slider"], [role="radio"], [role="grid"], [role="tree"], select';

function canMoveSelectedStates(): boolean {
  if (!canEdit() || viewStore.getState().selection.states.length === 0) return false;
  const focused = document.activeElement;
  return !(focused instanceof HTMLElement && focused.closest(ARROW_KEY_OWNERS));
}

const DIRECTIONS = [
  { name: 'up', key: 'ArrowUp', x: 0, y: -1 },
  { name: 'down', key: 'ArrowDown', x: 0, y: 1 },
  { name: 'left', key: 'ArrowLeft', x: -1, y: 0 },
  { name: 'right', key: 'ArrowRight', x: 1, y: 0 },
] as const;

/** Pixels per arrow key press, and with Shift held. */
export const NUDGE_STEP = 10;
export const NUDGE_STEP_LARGE = 50;

/**
 * Arrow keys move the selected states (focused or not); a burst of presses is
 * one undo step (nudgeSelection). The Shift variants come first: a plain
 * `ArrowUp` shortcut also matches Shift+ArrowUp.
 */
export const moveActions: Action[] = [
  ...DIRECTIONS.map(
    (d): Action => ({
      id: `canvas.moveFar.${d.name}`,
      label: `Move selected states ${d.name} by ${NUDGE_STEP_LARGE} px`,
      group: 'canvas',
      shortcut: `Shift+${d.key}`,
      // A no-break space keeps "50 px" on one line when the row's text wraps.
      shortcutRow: `Move selected states ${NUDGE_STEP_LARGE}\u00a0px`,
      isEnabled: canMoveSelectedStates,
      run: () => nudgeSelection(d.x * NUDGE_STEP_LARGE, d.y * NUDGE_STEP_LARGE),
    }),
  ),
  ...DIRECTIONS.map(
    (d): Action => ({
      id: `canvas.move.${d.name}`,
      label: `Move selected states ${d.name}`,
      group: 'canvas',
      shortcut: d.key,
      shortcutRow: `Move selected states ${NUDGE_STEP}\u00a0px`,
      description: `Move the selected states by ${NUDGE_STEP} px (${NUDGE_STEP_LARGE} px with Shift)`,
      isEnabled: canMoveSelectedStates,
      run: () => nudgeSelection(d.x * NUDGE_STEP, d.y * NUDGE_STEP),
    }),
  ),
];

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
    group: 'navigate',
    shortcut: ']',
    run: () => selectAdjacentState(1),
  },
  {
    id: 'canvas.previousState',
    label: 'Select previous state',
    group: 'navigate',
    shortcut: '[',
    run: () => selectAdjacentState(-1),
  },
  {
    id: 'canvas.nextTransition',
    label: 'Select next transition',
    group: 'navigate',
    shortcut: 'Alt+]',
    run: () => selectAdjacentTransition(1),
  },
  {
    id: 'canvas.previousTransition',
    label: 'Select previous transition',
    group: 'navigate',
    shortcut: 'Alt+[',
    run: () => selectAdjacentTransition(-1),
  },
  ...moveActions,
  { id: 'canvas.fitView', label: 'Fit view', group: 'view', shortcut: 'Shift+1', description: 'Show the whole machine', run: () => fitView() },
  { id: 'canvas.zoomIn', label: 'Zoom in', group: 'view', shortcut: ['+', '='], run: zoomIn },
  { id: 'canvas.zoomOut', label: 'Zoom out', group: 'view', shortcut: '-', run: zoomOut },
];
