/**
 * Keys the canvas handles itself rather than through the action registry:
 * the state menu, Tab through states and arrows, Escape on a focused state or
 * arrow, and the modifiers held while clicking or dragging. The canvas's key
 * handler and React Flow's key props read these, and so does the Keyboard
 * shortcuts list, so the list cannot miss one the canvas answers to.
 */
import type { ActionGroup } from '../actions/types';
import { parseShortcut } from '../actions/shortcutMatch';

export interface CanvasKey {
  readonly id: string;
  readonly label: string;
  readonly group: ActionGroup;
  /** In the syntax of action shortcuts (`Shift+F10`); a modifier alone (`Shift`, `Mod`) is held during a pointer gesture. */
  readonly shortcut: readonly string[];
  /** The keys are held while clicking or dragging with the mouse, not pressed on their own. */
  readonly pointer?: 'click' | 'drag';
}

export const STATE_MENU_KEY: CanvasKey = {
  id: 'canvas.stateMenu',
  label: 'Open the focused state’s menu',
  group: 'canvas',
  shortcut: ['ContextMenu', 'Shift+F10'],
};

export const FOCUS_WALK_KEY: CanvasKey = {
  id: 'canvas.focusWalk',
  label: 'Focus the next / previous state, then the arrows',
  group: 'navigate',
  shortcut: ['Tab', 'Shift+Tab'],
};

export const LEAVE_FOCUSED_KEY: CanvasKey = {
  id: 'canvas.leaveFocused',
  label: 'Deselect the focused state or arrow',
  group: 'navigate',
  shortcut: ['Escape'],
};

export const ADD_TO_SELECTION_KEY: CanvasKey = {
  id: 'canvas.addToSelection',
  label: 'Add a state or arrow to the selection',
  group: 'navigate',
  shortcut: ['Shift', 'Mod'],
  pointer: 'click',
};

export const BOX_SELECT_KEY: CanvasKey = {
  id: 'canvas.boxSelect',
  label: 'Select the states inside a box',
  group: 'navigate',
  shortcut: ['Shift'],
  pointer: 'drag',
};

export const canvasKeys: readonly CanvasKey[] = [STATE_MENU_KEY, FOCUS_WALK_KEY, LEAVE_FOCUSED_KEY, ADD_TO_SELECTION_KEY, BOX_SELECT_KEY];

/**
 * Whether a keydown presses one of the key's shortcuts. Modifiers a shortcut
 * does not name are ignored (Ctrl+Menu still opens the menu; Tab's own handler
 * leaves Ctrl+Tab alone).
 * @example pressesCanvasKey(STATE_MENU_KEY, { key: 'F10', shiftKey: true }) // true
 */
export function pressesCanvasKey(canvasKey: CanvasKey, event: { readonly key: string; readonly shiftKey: boolean; readonly altKey?: boolean }): boolean {
  return canvasKey.shortcut.some((shortcut) => {
    const parsed = parseShortcut(shortcut);
    if (parsed.shift && !event.shiftKey) return false;
    if (parsed.alt && !event.altKey) return false;
    return event.key.toLowerCase() === parsed.key.toLowerCase();
  });
}

/** React Flow's names for the held keys: `Mod` is either Ctrl or Cmd, on every platform, as React Flow allows. */
export function reactFlowKeyCodes(canvasKey: CanvasKey): string[] {
  return canvasKey.shortcut.flatMap((key) => (key === 'Mod' ? ['Meta', 'Control'] : [key]));
}
