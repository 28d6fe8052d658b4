/**
 * The one keydown dispatcher: matches action shortcuts and runs the action.
 * Plain-key shortcuts (N, Delete, F2) never fire while the user types in a
 * field, and none fire while a modal dialog is open (it owns the keyboard).
 */
import { viewStore } from '../../store';
import { isDialogOpen } from '../dialogs/dialogStore';
import { isMac } from './platform';
import { actions, isActionEnabled, runAction } from './registry';
import { isPlainKeyShortcut, matchesShortcut, shortcutsOf } from './shortcutMatch';
import type { Action } from './types';

const FIELD_OWNED = new Set(['edit.undo', 'edit.redo', 'file.paste']);

function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  const tag = target.tagName;
  return tag === 'INPUT' || tag === 'TEXTAREA' || tag === 'SELECT';
}

/** Enter and Space on a button or link activate it; they are not shortcuts there. */
function isActivationKey(event: KeyboardEvent): boolean {
  if (event.key !== 'Enter' && event.key !== ' ') return false;
  const target = event.target;
  return target instanceof HTMLElement && target.closest('button, a[href], [role="menuitem"], [role="tab"]') !== null;
}

export function findShortcutAction(event: KeyboardEvent, candidates: readonly Action[] = actions): Action | undefined {
  const typing = isTypingTarget(event.target);
  for (const action of candidates) {
    for (const shortcut of shortcutsOf(action.shortcut)) {
      if (typing && isPlainKeyShortcut(shortcut)) continue;
      if (matchesShortcut(shortcut, event, isMac)) return action;
    }
  }
  return undefined;
}

function onKeyDown(event: KeyboardEvent): void {
  if (event.defaultPrevented || event.isComposing || isDialogOpen()) return;
  if (isActivationKey(event)) return;
  const action = findShortcutAction(event);
  if (!action) return;
  // Mod+Z and Mod+Shift+V inside a text field are the field's own undo and paste.
  if (isTypingTarget(event.target) && FIELD_OWNED.has(action.id)) return;
  // Arrow keys that move nothing (no state selected) keep scrolling and navigating as usual.
  if (event.key.startsWith('Arrow') && !isActionEnabled(action)) return;
  event.preventDefault();
  // Leaving the field commits what was typed, so Ctrl+S downloads the name just entered.
  if (isTypingTarget(event.target)) (event.target as HTMLElement).blur();
  runAction(action, (error) =>
    viewStore.getState().notify({ tone: 'error', title: `${action.label} failed: ${error instanceof Error ? error.message : String(error)}` }),
  );
}

/** Installs the dispatcher on the window; returns its removal. */
export function installShortcuts(target: Window = window): () => void {
  target.addEventListener('keydown', onKeyDown);
  return () => target.removeEventListener('keydown', onKeyDown);
}
