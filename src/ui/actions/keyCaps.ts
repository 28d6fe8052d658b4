/**
 * How a shortcut string (`Mod+Shift+Z`, `ArrowUp`, `Shift+F10`, or a modifier
 * alone such as `Mod` for Ctrl-click) is drawn as key caps: one cap per key,
 * with the platform's symbols (⌘ ⌥ ⇧ on macOS). Pure, so it is testable
 * without a DOM.
 */
import { parseShortcut } from './shortcutMatch';

export interface KeyCap {
  /** What the cap shows: `Ctrl`, `⌘`, `↑`, `F2`. */
  readonly text: string;
  /** The key's name for tooltips and screen readers, where the text is a symbol: `Command`, `Up arrow`. */
  readonly name: string;
}

const cap = (text: string, name = text): KeyCap => ({ text, name });

/** Named keys whose cap is a symbol or a shorter word; the rest show as written (F2, Enter, Tab). */
const NAMED: Record<string, { readonly other: KeyCap; readonly mac: KeyCap }> = {
  Mod: { other: cap('Ctrl'), mac: cap('⌘', 'Command') },
  Shift: { other: cap('Shift'), mac: cap('⇧', 'Shift') },
  Alt: { other: cap('Alt'), mac: cap('⌥', 'Option') },
  ArrowUp: { other: cap('↑', 'Up arrow'), mac: cap('↑', 'Up arrow') },
  ArrowDown: { other: cap('↓', 'Down arrow'), mac: cap('↓', 'Down arrow') },
  ArrowLeft: { other: cap('←', 'Left arrow'), mac: cap('←', 'Left arrow') },
  ArrowRight: { other: cap('→', 'Right arrow'), mac: cap('→', 'Right arrow') },
  Escape: { other: cap('Esc', 'Escape'), mac: cap('esc', 'Escape') },
  ContextMenu: { other: cap('Menu', 'Menu key'), mac: cap('Menu', 'Menu key') },
  // Mac keyboards label Backspace "delete" and forward delete "⌦".
  Backspace: { other: cap('Backspace'), mac: cap('⌫', 'Delete (Backspace)') },
  Delete: { other: cap('Delete'), mac: cap('⌦', 'Forward delete') },
};

function keyCap(key: string, isMac: boolean): KeyCap {
  const named = NAMED[key];
  if (named) return isMac ? named.mac : named.other;
  return cap(key.length === 1 ? key.toUpperCase() : key);
}

/**
 * The caps for one shortcut, modifiers first.
 * @example keyCapsOf('Mod+Shift+Z', true).map((c) => c.text) // ['⌘', '⇧', 'Z']
 */
export function keyCapsOf(shortcut: string, isMac: boolean): KeyCap[] {
  const parsed = parseShortcut(shortcut);
  // The order of formatShortcut, so the list reads like the tooltips (⌘⇧Z, Ctrl+Shift+Z).
  const modifiers = [parsed.mod && 'Mod', parsed.alt && 'Alt', parsed.shift && 'Shift'];
  return [...modifiers.filter((m): m is string => Boolean(m)), parsed.key].map((key) => keyCap(key, isMac));
}
