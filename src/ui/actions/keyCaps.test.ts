import { describe, expect, it } from 'vitest';
import { keyCapsOf } from './keyCaps';

const texts = (shortcut: string, isMac: boolean) => keyCapsOf(shortcut, isMac).map((cap) => cap.text);

describe('keyCapsOf', () => {
  it('shows Mod as Ctrl off macOS and ⌘ on macOS, modifiers first', () => {
    expect(texts('Mod+Shift+Z', false)).toEqual(['Ctrl', 'Shift', 'Z']);
    expect(texts('Mod+Shift+Z', true)).toEqual(['⌘', '⇧', 'Z']);
    expect(texts('Alt+]', true)).toEqual(['⌥', ']']);
  });

  it('draws arrows and long key names as symbols with a spoken name', () => {
    expect(keyCapsOf('Shift+ArrowUp', false)).toEqual([
      { text: 'Shift', name: 'Shift' },
      { text: '↑', name: 'Up arrow' },
    ]);
    expect(keyCapsOf('Escape', false)).toEqual([{ text: 'Esc', name: 'Escape' }]);
    expect(texts('Backspace', true)).toEqual(['⌫']);
  });

  it('keeps a modifier held alone, and single characters upper-cased', () => {
    expect(texts('Mod', true)).toEqual(['⌘']);
    expect(texts('Shift', false)).toEqual(['Shift']);
    expect(texts('n', false)).toEqual(['N']);
    expect(texts('?', false)).toEqual(['?']);
    expect(texts('+', false)).toEqual(['+']);
    expect(texts('F2', false)).toEqual(['F2']);
  });
});
