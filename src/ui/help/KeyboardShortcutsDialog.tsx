/**
 * The Keyboard shortcuts dialog (`?` or the toolbar's ? button): every key the
 * app answers to, grouped, as key caps for this platform. The rows come from
 * the action registry and the canvas's own keys (keyboardShortcutList), so a
 * new shortcut shows up here without editing this file.
 */
import { Fragment } from 'react';
import { isMac } from '../actions/platform';
import { keyCapsOf, type KeyCap } from '../actions/keyCaps';
import { actions } from '../actions/registry';
import { canvasKeys } from '../canvas/canvasKeys';
import { Dialog } from '../dialogs/Dialog';
import { digitRange, sharedModifiers, shortcutSections, type ShortcutRow } from './keyboardShortcutList';
import './shortcuts.css';

// Built once: the registry and the canvas keys are fixed when the app loads.
const sections = shortcutSections(actions, canvasKeys);

function Cap({ cap }: { readonly cap: KeyCap }) {
  if (cap.text === cap.name) return <kbd className="shortcuts__cap">{cap.text}</kbd>;
  return (
    <kbd className="shortcuts__cap" title={cap.name}>
      <span aria-hidden="true">{cap.text}</span>
      <span className="visually-hidden">{cap.name}</span>
    </kbd>
  );
}

/** One shortcut: its caps side by side (Ctrl Shift Z), with `+` between them off macOS, as the tooltips write it. */
function Combination({ shortcut }: { readonly shortcut: string }) {
  const caps = keyCapsOf(shortcut, isMac);
  return (
    <span className="shortcuts__combination">
      {caps.map((cap, i) => (
        <Fragment key={i}>
          {i > 0 && !isMac ? <span className="shortcuts__plus">+</span> : null}
          <Cap cap={cap} />
        </Fragment>
      ))}
    </span>
  );
}

function Keys({ row }: { readonly row: ShortcutRow }) {
  const range = row.join === 'each' ? digitRange(row.shortcuts) : undefined;
  const shared = row.join === 'each' ? sharedModifiers(row.shortcuts) : undefined;
  const shown = range ?? shared?.keys ?? row.shortcuts;
  const separator = range ? '–' : row.join === 'or' ? 'or' : '';
  return (
    <>
      {shared ? (
        <>
          <Combination shortcut={shared.modifiers} />
          {isMac ? null : <span className="shortcuts__plus">+</span>}
        </>
      ) : null}
      {shown.map((shortcut, i) => (
        <Fragment key={shortcut}>
          {i > 0 && separator ? <span className="shortcuts__or">{separator}</span> : null}
          <Combination shortcut={shortcut} />
        </Fragment>
      ))}
      {row.pointer ? <span className="shortcuts__pointer">+ {row.pointer}</span> : null}
    </>
  );
}

export function KeyboardShortcutsDialog({ onClose }: { readonly onClose: () => void }) {
  return (
    <Dialog title="Keyboard shortcuts" onClose={onClose} size="large" testId="keyboard-shortcuts">
      <p className="dialog__lead">
        Keys without {isMac ? '⌘' : 'Ctrl'} or {isMac ? '⌥' : 'Alt'} are ignored while you type in a text field: click the canvas first.
      </p>
      {/* Focusable so that, in a short window, the keyboard can scroll the list (arrows, Page Down). */}
      <div className="shortcuts" role="group" aria-label="Shortcuts by area" tabIndex={0}>
        {sections.map((section) => (
          <section key={section.title} className="shortcuts__section" aria-labelledby={`shortcuts-${section.title}`}>
            <h3 id={`shortcuts-${section.title}`} className="shortcuts__title">
              {section.title}
            </h3>
            <dl className="shortcuts__list">
              {section.rows.map((row) => (
                <div key={row.id} className="shortcuts__row" data-shortcut={row.id}>
                  <dt className="shortcuts__label">{row.label}</dt>
                  <dd className="shortcuts__keys">
                    <Keys row={row} />
                  </dd>
                </div>
              ))}
            </dl>
          </section>
        ))}
      </div>
    </Dialog>
  );
}
