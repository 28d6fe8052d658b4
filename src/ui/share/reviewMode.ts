/**
 * Review mode: a machine from a share link, open read-only with a banner. It
 * is never written to the user's machines (the document has no library entry,
 * and autosave skips read-only documents) until they choose "Edit a copy",
 * which adds it as a new entry. Leaving review mode (opening anything else)
 * removes the banner, the highlight and the link from the address bar, so a
 * reload does not bring the review back.
 */
import { createElement } from 'react';
import type { Machine } from '../../core/machine';
import { documentStore, viewStore } from '../../store';
import { setBanner } from '../app/bannerSlot';
import { clearDecorations, setDecorations } from '../canvas/decorations';
import { focusOnState } from '../canvas/flowHandle';
import { afterCanvasPaint } from '../layout/afterCanvasPaint';
import { openAsNewEntry } from '../persistence/session';
import { setSaveStatus } from '../persistence/saveStatus';
import { ReviewBanner } from './ReviewBanner';

const HIGHLIGHT_LAYER = 'share-link';

let reviewing: Machine | null = null;
let stopWatching: (() => void) | null = null;

export function isReviewing(): boolean {
  return reviewing !== null && documentStore.getState().history.present === reviewing;
}

/**
 * Opens a shared machine read-only; `selected` opens centred on that state, highlighted.
 * @example openReview(decoded.machine, decoded.selected)
 */
export function openReview(machine: Machine, selected?: string): void {
  stopWatching?.();
  viewStore.getState().stopEditing();
  viewStore.getState().clearSelection();
  documentStore.getState().open(machine, { readOnly: true });
  reviewing = machine;
  setSaveStatus({ kind: 'not-saved', reason: 'A shared machine under review is not saved' });
  setBanner(createElement(ReviewBanner));
  clearDecorations(HIGHLIGHT_LAYER);
  if (selected !== undefined && machine.states.some((s) => s.name === selected)) {
    setDecorations(HIGHLIGHT_LAYER, { states: new Map([[selected, { highlight: true }]]) });
    viewStore.getState().selectState(selected);
    focusWhenPlaced(selected);
  }
  // Opening anything else (My machines, a file, an example) ends the review.
  stopWatching = documentStore.subscribe((now) => {
    if (!now.readOnly) endReview();
    else reviewing = now.history.present;
  });
}

/** Centres on the state once the canvas shows it where it stays (after the layout on open, for a link without positions). */
function focusWhenPlaced(name: string): void {
  const placed = () => {
    const machine = documentStore.getState().history.present;
    return machine.states.every((state) => machine.layout.positions.has(state.name));
  };
  const focus = () => afterCanvasPaint(() => setTimeout(() => focusOnState(name), 50));
  if (placed()) {
    focus();
    return;
  }
  const stop = documentStore.subscribe(() => {
    if (!placed()) return;
    stop();
    focus();
  });
}

function endReview(): void {
  stopWatching?.();
  stopWatching = null;
  reviewing = null;
  setBanner(null);
  clearDecorations(HIGHLIGHT_LAYER);
  if (typeof window !== 'undefined' && window.location.hash) {
    window.history.replaceState(window.history.state, '', window.location.pathname + window.location.search);
  }
}

/**
 * "Edit a copy": the reviewed machine becomes a new entry in My machines, open and editable.
 * @example editCopy()
 */
export function editCopy(): void {
  const machine = documentStore.getState().history.present;
  endReview();
  openAsNewEntry(machine);
  viewStore.getState().notify({ tone: 'success', title: `“${machine.name}” is now in My machines. Your changes are saved in this browser.` });
}
