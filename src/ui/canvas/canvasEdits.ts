/**
 * Canvas gestures turned into document edits: each function applies pure
 * commands through the document store (one undo step each) and updates what
 * the view shows (selection, in-place editor). Shared by the canvas, its
 * context menu and the keyboard actions, so every path edits the same way.
 */
import { addState, addTransition, deleteStates, deleteTransitions, editTransition, moveStates, renameState, setInitial, toggleFinal } from '../../core/commands';
import type { Point } from '../../core/machine';
import { documentStore, viewStore } from '../../store';
import { DEFAULT_NODE_SIZE, freeSpotNear, placeMissing, ROOM_FOR_LABELS, ROOM_TO_NOT_TOUCH, type Room } from './placement';
import { focusCanvas, focusStateElement, focusTransitionElement, viewportCentre } from './flowHandle';

/** True when the document may change from the canvas (not read-only, not simulating). */
export function canEdit(): boolean {
  return !documentStore.getState().readOnly && viewStore.getState().mode === 'edit';
}

function machine() {
  return documentStore.getState().history.present;
}

function refuse(reason: string): void {
  viewStore.getState().notify({ tone: 'warning', title: reason });
}

/**
 * Adds a state centred on `centre` (flow coordinates), or the nearest spot with
 * `room` around it, and opens its name editor. A double-click chose the spot,
 * so by default the state only must not touch another.
 */
export function createStateAt(centre: Point, room: Room = ROOM_TO_NOT_TOUCH): void {
  if (!canEdit()) return;
  const wanted = { x: Math.round(centre.x - DEFAULT_NODE_SIZE.width / 2), y: Math.round(centre.y - DEFAULT_NODE_SIZE.height / 2) };
  const position = freeSpotNear(wanted, placeMissing(machine()).values(), room);
  const before = machine().states.length;
  const outcome = documentStore.getState().apply((m) => addState(m, { position }));
  if (!outcome.ok) return refuse(outcome.reason);
  const created = outcome.machine.states[before];
  if (!created) return;
  viewStore.getState().selectState(created.name);
  viewStore.getState().startEditing({ kind: 'state', name: created.name });
}

/** Adds a state in the middle of the visible canvas (toolbar button and key N). */
export function createStateAtViewportCentre(): void {
  // The app picks this spot, so it leaves room for a label on the arrow to a neighbour.
  createStateAt(viewportCentre(), ROOM_FOR_LABELS);
}

/** Renames a state from its in-place editor. Returns the refusal to show under the field. */
export function commitStateName(from: string, to: string): string | undefined {
  const outcome = documentStore.getState().apply((m) => renameState(m, { from, to }));
  if (!outcome.ok) return outcome.reason;
  viewStore.getState().stopEditing();
  viewStore.getState().selectState(to);
  focusStateElement(to);
  return undefined;
}

/** Sets a transition's event from its in-place editor, keeping guard and actions. */
export function commitEventName(index: number, event: string): string | undefined {
  const outcome = documentStore.getState().apply((m) => editTransition(m, { index, event }));
  if (!outcome.ok) return outcome.reason;
  viewStore.getState().stopEditing();
  viewStore.getState().selectTransition(index);
  focusTransitionElement(index);
  return undefined;
}

/** Closes an in-place editor without changing anything. */
export function cancelEditing(): void {
  const editing = viewStore.getState().editing;
  viewStore.getState().stopEditing();
  if (editing?.kind === 'state') focusStateElement(editing.name);
  else if (editing?.kind === 'transition') focusTransitionElement(editing.index);
  else focusCanvas();
}

/**
 * Closes an in-place editor left with a refused value: the name or event stays
 * as it was, and a notice says why. Focus stays where the user moved it.
 */
export function discardEditing(reason: string): void {
  const editing = viewStore.getState().editing;
  viewStore.getState().stopEditing();
  const kept = editing?.kind === 'transition' ? 'The event was left as it was.' : 'The state keeps its name.';
  // An info notice fades by itself: nothing is left for the user to fix.
  viewStore.getState().notify({ tone: 'info', title: `${reason} ${kept}` });
}

/** Draws an arrow with no event yet and opens the event editor on its label. */
export function connectStates(from: string, to: string): void {
  if (!canEdit()) return;
  const index = machine().transitions.length;
  const outcome = documentStore.getState().apply((m) => addTransition(m, { from, to, event: '' }));
  if (!outcome.ok) return refuse(outcome.reason);
  viewStore.getState().selectTransition(index);
  viewStore.getState().startEditing({ kind: 'transition', index, justDrawn: true });
}

/** Opens the in-place editor for the one selected state or transition. */
export function renameSelection(): void {
  if (!canEdit()) return;
  const { selection, startEditing } = viewStore.getState();
  const state = selection.states.length === 1 ? selection.states[0] : undefined;
  const transition = selection.transitions.length === 1 ? selection.transitions[0] : undefined;
  if (state !== undefined && selection.transitions.length === 0) startEditing({ kind: 'state', name: state });
  else if (transition !== undefined && selection.states.length === 0) startEditing({ kind: 'transition', index: transition });
}

/** Deletes the selected states (with their transitions) and transitions as one undo step. */
export function deleteSelection(): void {
  if (!canEdit()) return;
  const { selection } = viewStore.getState();
  if (selection.states.length === 0 && selection.transitions.length === 0) return;
  const outcome = documentStore.getState().apply((m) => {
    const withoutTransitions = deleteTransitions(m, { indices: selection.transitions });
    if (!withoutTransitions.ok) return withoutTransitions;
    return deleteStates(withoutTransitions.machine, { names: selection.states });
  });
  if (!outcome.ok) return refuse(outcome.reason);
  viewStore.getState().clearSelection();
  focusCanvas();
}

export function makeInitial(name: string): void {
  if (!canEdit()) return;
  const outcome = documentStore.getState().apply((m) => setInitial(m, { name }));
  if (!outcome.ok) refuse(outcome.reason);
}

export function flipFinal(name: string): void {
  if (!canEdit()) return;
  const outcome = documentStore.getState().apply((m) => toggleFinal(m, { name }));
  if (!outcome.ok) refuse(outcome.reason);
}

/** Records a finished drag (or a keyboard nudge burst) under one undo step per `gesture`. */
export function commitPositions(positions: ReadonlyMap<string, Point>, gesture: string): void {
  if (!canEdit() || positions.size === 0) return;
  const rounded = new Map<string, Point>();
  for (const [name, p] of positions) rounded.set(name, { x: Math.round(p.x), y: Math.round(p.y) });
  const outcome = documentStore.getState().apply((m) => moveStates(m, { positions: rounded }), gesture);
  if (!outcome.ok) refuse(outcome.reason);
}

let nudgeBurst = 0;
let nudgeTimer: ReturnType<typeof setTimeout> | undefined;

/** Moves the selected states by (dx, dy); presses in quick succession are one undo step. */
export function nudgeSelection(dx: number, dy: number): void {
  if (!canEdit()) return;
  const names = viewStore.getState().selection.states;
  if (names.length === 0) return;
  const positions = placeMissing(machine());
  const moved = new Map<string, Point>();
  for (const name of names) {
    const p = positions.get(name);
    if (p) moved.set(name, { x: p.x + dx, y: p.y + dy });
  }
  if (nudgeTimer === undefined) nudgeBurst++;
  clearTimeout(nudgeTimer);
  nudgeTimer = setTimeout(() => (nudgeTimer = undefined), 700);
  commitPositions(moved, `nudge:${nudgeBurst}`);
}

/**
 * Selects the next (or previous) state in table order and focuses it; wraps around.
 * With one transition selected, it follows the arrow instead: next is its target, previous its source.
 */
export function selectAdjacentState(step: 1 | -1): void {
  const { states, transitions } = machine();
  if (states.length === 0) return;
  const { selection } = viewStore.getState();
  const arrow = selection.states.length === 0 && selection.transitions.length === 1 ? transitions[selection.transitions[0]!] : undefined;
  const followed = arrow && (step === 1 ? arrow.to : arrow.from);
  const current = selection.states.at(-1);
  const at = current === undefined ? -1 : states.findIndex((s) => s.name === current);
  const next =
    followed !== undefined && states.some((s) => s.name === followed)
      ? states.findIndex((s) => s.name === followed)
      : at === -1
        ? step === 1
          ? 0
          : states.length - 1
        : (at + step + states.length) % states.length;
  const name = states[next]!.name;
  viewStore.getState().selectState(name);
  focusStateElement(name);
}

/** Selects the next (or previous) transition in table order and focuses its arrow. */
export function selectAdjacentTransition(step: 1 | -1): void {
  const count = machine().transitions.length;
  if (count === 0) return;
  const current = viewStore.getState().selection.transitions.at(-1);
  const next = current === undefined || current >= count ? (step === 1 ? 0 : count - 1) : (current + step + count) % count;
  viewStore.getState().selectTransition(next);
  focusTransitionElement(next);
}
