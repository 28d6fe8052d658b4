import { describe, expect, it } from 'vitest';
import { formatShortcut, isPlainKeyShortcut, matchesShortcut, parseShortcut } from './shortcutMatch';

const stroke = (key: string, mods: Partial<{ ctrl: boolean; meta: boolean; alt: boolean; shift: boolean; code: string }> = {}) => ({
  key,
  ...(mods.code ? { code: mods.code } : {}),
  ctrlKey: mods.ctrl ?? false,
  metaKey: mods.meta ?? false,
  altKey: mods.alt ?? false,
  shiftKey: mods.shift ?? false,
});

describe('parseShortcut', () => {
  it('reads modifiers and the key', () => {
    expect(parseShortcut('Mod+Shift+Z')).toEqual({ key: 'z', mod: true, shift: true, alt: false });
    expect(parseShortcut('Delete')).toEqual({ key: 'Delete', mod: false, shift: false, alt: false });
    expect(parseShortcut('+')).toEqual({ key: '+', mod: false, shift: false, alt: false });
    expect(parseShortcut('Mod++')).toEqual({ key: '+', mod: true, shift: false, alt: false });
  });
});

describe('matchesShortcut', () => {
  it('maps Mod to Ctrl off macOS and to Cmd on macOS', () => {
    expect(matchesShortcut('Mod+Z', stroke('z', { ctrl: true }), false)).toBe(true);
    expect(matchesShortcut('Mod+Z', stroke('z', { meta: true }), false)).toBe(false);
    expect(matchesShortcut('Mod+Z', stroke('z', { meta: true }), true)).toBe(true);
    expect(matchesShortcut('Mod+Z', stroke('z', { ctrl: true }), true)).toBe(false);
  });

  it('tells undo from redo by Shift', () => {
    expect(matchesShortcut('Mod+Z', stroke('Z', { ctrl: true, shift: true }), false)).toBe(false);
    expect(matchesShortcut('Mod+Shift+Z', stroke('Z', { ctrl: true, shift: true }), false)).toBe(true);
    expect(matchesShortcut('Mod+Shift+Z', stroke('z', { ctrl: true }), false)).toBe(false);
  });

  it('requires the exact modifiers for letters', () => {
    expect(matchesShortcut('N', stroke('n'), false)).toBe(true);
    expect(matchesShortcut('N', stroke('n', { ctrl: true }), false)).toBe(false);
    expect(matchesShortcut('N', stroke('N', { shift: true }), false)).toBe(false);
    expect(matchesShortcut('N', stroke('n', { alt: true }), false)).toBe(false);
  });

  it('matches shifted digits by their key code', () => {
    expect(matchesShortcut('Shift+1', stroke('!', { shift: true, code: 'Digit1' }), false)).toBe(true);
    expect(matchesShortcut('Shift+1', stroke('1', { code: 'Digit1' }), false)).toBe(false);
  });

  it('matches letters by code when Alt changes the character', () => {
    expect(matchesShortcut('Alt+N', stroke('˜', { alt: true, code: 'KeyN' }), true)).toBe(true);
  });

  it('ignores Shift for symbol keys that need it on some layouts', () => {
    expect(matchesShortcut('+', stroke('+', { shift: true }), false)).toBe(true);
    expect(matchesShortcut(']', stroke(']'), false)).toBe(true);
    expect(matchesShortcut(']', stroke('['), false)).toBe(false);
  });

  it('matches named keys', () => {
    expect(matchesShortcut('Delete', stroke('Delete'), false)).toBe(true);
    expect(matchesShortcut('Backspace', stroke('Delete'), false)).toBe(false);
    expect(matchesShortcut('F2', stroke('F2'), false)).toBe(true);
  });
});

describe('isPlainKeyShortcut and formatShortcut', () => {
  it('treats keys without Ctrl/Cmd/Alt as plain', () => {
    expect(isPlainKeyShortcut('N')).toBe(true);
    expect(isPlainKeyShortcut('Shift+1')).toBe(true);
    expect(isPlainKeyShortcut('Mod+Z')).toBe(false);
  });

  it('formats for each platform', () => {
    expect(formatShortcut('Mod+Shift+Z', false)).toBe('Ctrl+Shift+Z');
    expect(formatShortcut('Mod+Shift+Z', true)).toBe('⌘⇧Z');
    expect(formatShortcut('Delete', false)).toBe('Delete');
  });
});
