/**
 * Shortcut strings (`Mod+Shift+Z`, `N`, `Delete`, `Shift+1`, `]`) parsed and
 * matched against keyboard events. Pure: takes the fields of a KeyboardEvent
 * it needs, so it is testable without a DOM.
 */

export interface KeyStroke {
  readonly key: string;
  readonly code?: string;
  readonly ctrlKey: boolean;
  readonly metaKey: boolean;
  readonly altKey: boolean;
  readonly shiftKey: boolean;
}

export interface ParsedShortcut {
  readonly key: string;
  readonly mod: boolean;
  readonly shift: boolean;
  readonly alt: boolean;
}

/** @example parseShortcut('Mod+Shift+Z') // { key: 'z', mod: true, shift: true, alt: false } */
export function parseShortcut(shortcut: string): ParsedShortcut {
  // The last part is the key; `+` alone (zoom in) is a key, so split on '+' only before it.
  const parts = shortcut === '+' ? ['+'] : shortcut.endsWith('++') ? [...shortcut.slice(0, -2).split('+'), '+'] : shortcut.split('+');
  const key = parts[parts.length - 1] ?? '';
  const modifiers = new Set(parts.slice(0, -1).map((p) => p.toLowerCase()));
  return { key: key.length === 1 ? key.toLowerCase() : key, mod: modifiers.has('mod'), shift: modifiers.has('shift'), alt: modifiers.has('alt') };
}

/** True when the key is a letter or digit, whose Shift state is part of the shortcut. */
function isAlphanumeric(key: string): boolean {
  return /^[a-z0-9]$/i.test(key);
}

/**
 * Whether a keystroke triggers a shortcut. `Mod` is Cmd on macOS and Ctrl elsewhere.
 * Symbol keys (`+`, `]`) ignore Shift because some layouts need it to type them.
 * @example matchesShortcut('Mod+Z', { key: 'z', ctrlKey: true, ... }, false) // true
 */
export function matchesShortcut(shortcut: string, stroke: KeyStroke, isMac: boolean): boolean {
  const parsed = parseShortcut(shortcut);
  const modPressed = isMac ? stroke.metaKey : stroke.ctrlKey;
  const otherModPressed = isMac ? stroke.ctrlKey : stroke.metaKey;
  if (parsed.mod !== modPressed || otherModPressed) return false;
  if (parsed.alt !== stroke.altKey) return false;
  if (isAlphanumeric(parsed.key)) {
    if (parsed.shift !== stroke.shiftKey) return false;
    // With Shift or Alt held, event.key is the shifted symbol (Shift+1 gives '!'); the code is stable.
    const code = /^[0-9]$/.test(parsed.key) ? `Digit${parsed.key}` : `Key${parsed.key.toUpperCase()}`;
    return stroke.key.toLowerCase() === parsed.key || stroke.code === code;
  }
  if (parsed.shift && !stroke.shiftKey) return false;
  return stroke.key === parsed.key || stroke.key.toLowerCase() === parsed.key.toLowerCase();
}

/** True for shortcuts with no Ctrl/Cmd/Alt, which must not fire while the user types in a field. */
export function isPlainKeyShortcut(shortcut: string): boolean {
  const parsed = parseShortcut(shortcut);
  return !parsed.mod && !parsed.alt;
}

/** How a shortcut reads in a tooltip on this platform: `Ctrl+Shift+Z` or `⌘⇧Z`. */
export function formatShortcut(shortcut: string, isMac: boolean): string {
  const parsed = parseShortcut(shortcut);
  const key = parsed.key.length === 1 ? parsed.key.toUpperCase() : parsed.key;
  if (isMac) return `${parsed.mod ? '⌘' : ''}${parsed.alt ? '⌥' : ''}${parsed.shift ? '⇧' : ''}${key}`;
  return [parsed.mod ? 'Ctrl' : '', parsed.alt ? 'Alt' : '', parsed.shift ? 'Shift' : '', key].filter(Boolean).join('+');
}

export function shortcutsOf(shortcut: string | readonly string[] | undefined): readonly string[] {
  if (shortcut === undefined) return [];
  return typeof shortcut === 'string' ? [shortcut] : shortcut;
}
