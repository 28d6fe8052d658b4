import { describe, expect, it } from 'vitest';
import { ADD_TO_SELECTION_KEY, BOX_SELECT_KEY, FOCUS_WALK_KEY, LEAVE_FOCUSED_KEY, STATE_MENU_KEY, pressesCanvasKey, reactFlowKeyCodes } from './canvasKeys';

const press = (key: string, shiftKey = false) => ({ key, shiftKey, altKey: false });

describe('pressesCanvasKey', () => {
  it('opens the state menu with the Menu key or Shift+F10, not F10 alone', () => {
    expect(pressesCanvasKey(STATE_MENU_KEY, press('ContextMenu'))).toBe(true);
    expect(pressesCanvasKey(STATE_MENU_KEY, press('F10', true))).toBe(true);
    expect(pressesCanvasKey(STATE_MENU_KEY, press('F10'))).toBe(false);
  });

  it('takes Tab with or without Shift, and Escape', () => {
    expect(pressesCanvasKey(FOCUS_WALK_KEY, press('Tab'))).toBe(true);
    expect(pressesCanvasKey(FOCUS_WALK_KEY, press('Tab', true))).toBe(true);
    expect(pressesCanvasKey(LEAVE_FOCUSED_KEY, press('Escape'))).toBe(true);
    expect(pressesCanvasKey(LEAVE_FOCUSED_KEY, press('Enter'))).toBe(false);
  });
});

describe('reactFlowKeyCodes', () => {
  it('gives React Flow the keys it had before: Shift, Cmd or Ctrl to add to the selection, Shift to draw a box', () => {
    expect(reactFlowKeyCodes(ADD_TO_SELECTION_KEY)).toEqual(['Shift', 'Meta', 'Control']);
    expect(reactFlowKeyCodes(BOX_SELECT_KEY)).toEqual(['Shift']);
  });
});
