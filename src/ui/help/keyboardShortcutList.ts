/**
 * The rows of the Keyboard shortcuts dialog, built from the same definitions
 * the app runs: the registry's actions (their `shortcut`) and the keys the
 * canvas handles itself (canvasKeys). Nothing here is typed by hand, so the
 * list cannot drift from what the keys do. Pure: no React, no stores.
 */
import { parseShortcut, shortcutsOf } from '../actions/shortcutMatch';
import type { Action, ActionGroup } from '../actions/types';
import type { CanvasKey } from '../canvas/canvasKeys';

export type ShortcutSectionTitle = 'File' | 'Edit' | 'Canvas' | 'Navigate' | 'Simulate' | 'View';

/** A Record, so adding an action group without giving it a section does not compile. */
const SECTION_OF: Record<ActionGroup, ShortcutSectionTitle> = {
  file: 'File',
  share: 'File',
  export: 'File',
  edit: 'Edit',
  canvas: 'Canvas',
  layout: 'Canvas',
  navigate: 'Navigate',
  simulate: 'Simulate',
  view: 'View',
  help: 'View',
};

const SECTION_ORDER: readonly ShortcutSectionTitle[] = ['File', 'Edit', 'Canvas', 'Navigate', 'Simulate', 'View'];

export interface ShortcutRow {
  readonly id: string;
  /** What the keys do: the action's label, or the row text shared by related actions. */
  readonly label: string;
  readonly shortcuts: readonly string[];
  /** `or`: any one does it (F2 or Enter); `each`: one per related action (↑ ↓ ← →, 1–9). */
  readonly join: 'or' | 'each';
  /** Keys held while clicking or dragging, rather than pressed alone. */
  readonly pointer?: 'click' | 'drag';
}

export interface ShortcutSection {
  readonly title: ShortcutSectionTitle;
  readonly rows: readonly ShortcutRow[];
}

interface MutableRow {
  id: string;
  label: string;
  shortcuts: string[];
  join: 'or' | 'each';
  pointer?: 'click' | 'drag';
}

/**
 * Every action that has a shortcut and every canvas key, one row each, in
 * registry order within sections; actions sharing a `shortcutRow` text share a row.
 * @example shortcutSections(actions, canvasKeys)[0] // { title: 'File', rows: [{ label: 'Open', shortcuts: ['Mod+O'], ... }, ...] }
 */
export function shortcutSections(actions: readonly Action[], canvasKeys: readonly CanvasKey[]): ShortcutSection[] {
  const rows = new Map<ShortcutSectionTitle, MutableRow[]>(SECTION_ORDER.map((title) => [title, []]));
  const shared = new Map<string, MutableRow>();
  for (const action of actions) {
    const shortcuts = shortcutsOf(action.shortcut);
    if (shortcuts.length === 0) continue;
    const section = rows.get(SECTION_OF[action.group])!;
    if (action.shortcutRow === undefined) {
      section.push({ id: action.id, label: action.label.replace(/…$/, ''), shortcuts: [...shortcuts], join: 'or' });
      continue;
    }
    const key = `${action.group}:${action.shortcutRow}`;
    const existing = shared.get(key);
    if (existing) {
      existing.shortcuts.push(...shortcuts);
    } else {
      const row: MutableRow = { id: action.id, label: action.shortcutRow, shortcuts: [...shortcuts], join: 'each' };
      shared.set(key, row);
      section.push(row);
    }
  }
  for (const canvasKey of canvasKeys) {
    rows.get(SECTION_OF[canvasKey.group])!.push({
      id: canvasKey.id,
      label: canvasKey.label,
      shortcuts: [...canvasKey.shortcut],
      join: 'or',
      ...(canvasKey.pointer ? { pointer: canvasKey.pointer } : {}),
    });
  }
  return SECTION_ORDER.map((title) => ({ title, rows: rows.get(title)! })).filter((section) => section.rows.length > 0);
}

/**
 * A run of three or more consecutive digit keys, shown as `1 – 9` rather than nine caps.
 * @example digitRange(['1', '2', '3']) // ['1', '3']
 */
export function digitRange(shortcuts: readonly string[]): readonly [string, string] | undefined {
  if (shortcuts.length < 3 || !shortcuts.every((s) => /^[0-9]$/.test(s))) return undefined;
  const consecutive = shortcuts.every((s, i) => i === 0 || Number(s) === Number(shortcuts[i - 1]) + 1);
  return consecutive ? [shortcuts[0]!, shortcuts[shortcuts.length - 1]!] : undefined;
}

/**
 * For a row of related keys that all add the same modifiers (Shift+↑, Shift+↓, …):
 * the modifiers once and the bare keys, so the row reads `Shift + ↑ ↓ ← →`.
 * @example sharedModifiers(['Shift+ArrowUp', 'Shift+ArrowDown']) // { modifiers: 'Shift', keys: ['ArrowUp', 'ArrowDown'] }
 */
export function sharedModifiers(shortcuts: readonly string[]): { readonly modifiers: string; readonly keys: string[] } | undefined {
  const parsed = shortcuts.map(parseShortcut);
  const first = parsed[0];
  if (parsed.length < 2 || !first || !(first.mod || first.alt || first.shift)) return undefined;
  if (!parsed.every((p) => p.mod === first.mod && p.alt === first.alt && p.shift === first.shift)) return undefined;
  const modifiers = [first.mod && 'Mod', first.alt && 'Alt', first.shift && 'Shift'].filter(Boolean).join('+');
  return { modifiers, keys: parsed.map((p) => p.key) };
}
