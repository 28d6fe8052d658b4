import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { actions } from '../actions/registry';
import { parseShortcut, shortcutsOf } from '../actions/shortcutMatch';
import type { Action } from '../actions/types';
import { canvasKeys, type CanvasKey } from '../canvas/canvasKeys';
import { digitRange, sharedModifiers, shortcutSections, type ShortcutRow } from './keyboardShortcutList';

const sections = shortcutSections(actions, canvasKeys);
const rows: ShortcutRow[] = sections.flatMap((section) => [...section.rows]);
const listed = new Set(rows.flatMap((row) => row.shortcuts));
const listedKeys = new Set(rows.flatMap((row) => row.shortcuts.map((s) => parseShortcut(s).key.toLowerCase())));

describe('the Keyboard shortcuts list', () => {
  it('lists every shortcut of every registered action', () => {
    const missing = actions.flatMap((action) => shortcutsOf(action.shortcut).filter((s) => !listed.has(s)).map((s) => `${action.id}: ${s}`));
    expect(missing).toEqual([]);
  });

  it('lists every key the canvas handles itself', () => {
    const missing = canvasKeys.flatMap((key) => key.shortcut.filter((s) => !listed.has(s)).map((s) => `${key.id}: ${s}`));
    expect(missing).toEqual([]);
  });

  it('lists every key compared by name in the canvas code', () => {
    // A handler written as `event.key === 'X'` instead of through an action or
    // canvasKeys would answer to a key nobody can find in the dialog.
    const canvasDir = fileURLToPath(new URL('../canvas/', import.meta.url));
    const handled = new Map<string, string>();
    for (const file of readdirSync(canvasDir).filter((f) => /\.tsx?$/.test(f) && !f.includes('.test.'))) {
      const source = readFileSync(canvasDir + file, 'utf8');
      for (const match of source.matchAll(/\.key\s*[!=]==?\s*'([^']+)'/g)) handled.set(match[1]!, file);
    }
    expect(handled.size).toBeGreaterThan(0);
    const missing = [...handled].filter(([key]) => !listedKeys.has(key.toLowerCase())).map(([key, file]) => `${key} (${file})`);
    expect(missing).toEqual([]);
  });

  it('groups rows into the sections a person looks for, in order', () => {
    expect(sections.map((s) => s.title)).toEqual(['File', 'Edit', 'Canvas', 'Navigate', 'Simulate', 'View']);
    const row = (label: string) => rows.find((r) => r.label === label);
    expect(row('Rename')?.shortcuts).toEqual(['F2', 'Enter']);
    expect(row('Undo')?.shortcuts).toEqual(['Mod+Z']);
    expect(row('Keyboard shortcuts')?.shortcuts).toEqual(['?']);
    expect(sections.find((s) => s.title === 'Navigate')?.rows.map((r) => r.label)).toContain('Select next transition');
  });

  it('makes one row of related actions that share a row text', () => {
    const fire = rows.find((r) => r.id === 'simulate.fire1');
    expect(fire).toMatchObject({ join: 'each', shortcuts: ['1', '2', '3', '4', '5', '6', '7', '8', '9'] });
    expect(rows.filter((r) => r.label.startsWith('Move selected states')).map((r) => r.shortcuts.length)).toEqual([4, 4]);
  });

  it('leaves out actions without a shortcut and strips the menu ellipsis', () => {
    const fake: Action[] = [
      { id: 'a', label: 'Open…', group: 'file', shortcut: 'Mod+O', run: () => {} },
      { id: 'b', label: 'New', group: 'file', run: () => {} },
    ];
    const key: CanvasKey = { id: 'k', label: 'Box', group: 'navigate', shortcut: ['Shift'], pointer: 'drag' };
    expect(shortcutSections(fake, [key])).toEqual([
      { title: 'File', rows: [{ id: 'a', label: 'Open', shortcuts: ['Mod+O'], join: 'or' }] },
      { title: 'Navigate', rows: [{ id: 'k', label: 'Box', shortcuts: ['Shift'], join: 'or', pointer: 'drag' }] },
    ]);
  });
});

describe('digitRange', () => {
  it('shortens a run of digits and leaves anything else alone', () => {
    expect(digitRange(['1', '2', '3', '4'])).toEqual(['1', '4']);
    expect(digitRange(['1', '3', '4'])).toBeUndefined();
    expect(digitRange(['1', '2'])).toBeUndefined();
    expect(digitRange(['ArrowUp', 'ArrowDown', 'ArrowLeft'])).toBeUndefined();
  });
});

describe('sharedModifiers', () => {
  it('takes out modifiers that every key of the row adds', () => {
    expect(sharedModifiers(['Shift+ArrowUp', 'Shift+ArrowDown'])).toEqual({ modifiers: 'Shift', keys: ['ArrowUp', 'ArrowDown'] });
    expect(sharedModifiers(['Mod+Alt+1', 'Mod+Alt+2'])).toEqual({ modifiers: 'Mod+Alt', keys: ['1', '2'] });
  });

  it('leaves rows alone whose keys differ in modifiers or have none', () => {
    expect(sharedModifiers(['Shift+ArrowUp', 'ArrowDown'])).toBeUndefined();
    expect(sharedModifiers(['ArrowUp', 'ArrowDown'])).toBeUndefined();
    expect(sharedModifiers(['Shift+L'])).toBeUndefined();
  });
});
