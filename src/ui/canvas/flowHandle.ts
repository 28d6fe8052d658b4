/**
 * The canvas's handle on its React Flow instance, for actions and other panels
 * that need the viewport (add a state at the centre, fit view, focus a problem).
 * Canvas registers the instance when it mounts; every helper is a no-op before.
 */
import type { ReactFlowInstance } from '@xyflow/react';
import type { StateFlowNode } from './StateNode';
import type { TransitionFlowEdge } from './TransitionEdge';
import type { Machine, Point } from '../../core/machine';
import { documentStore, viewStore } from '../../store';
import { DEFAULT_NODE_SIZE, placeMissing } from './placement';
import { stateNodeId, transitionEdgeId } from './nodeIds';

let flow: ReactFlowInstance<StateFlowNode, TransitionFlowEdge> | null = null;
let container: HTMLElement | null = null;

export function registerFlow(instance: ReactFlowInstance<StateFlowNode, TransitionFlowEdge> | null, element: HTMLElement | null): void {
  flow = instance;
  container = element;
}

/** The flow coordinates at the middle of the visible canvas. */
export function viewportCentre(): Point {
  if (!flow || !container) return { x: 0, y: 0 };
  const box = container.getBoundingClientRect();
  return flow.screenToFlowPosition({ x: box.left + box.width / 2, y: box.top + box.height / 2 });
}

/** Shows the whole machine; `duration` 0 jumps (opening a document), otherwise it glides. */
/** How "fit view" frames the machine, from the shortcut and from the canvas's own button alike. */
export const FIT_VIEW_OPTIONS = { padding: 0.2, maxZoom: 1.25 } as const;

export function fitView(duration = 200): void {
  void flow?.fitView({ ...FIT_VIEW_OPTIONS, duration });
}

/**
 * Frames a machine that was just opened (a file, an example, a saved machine,
 * New machine): the whole drawing, or for an empty machine 100 % zoom with the
 * flow's origin in the middle of the canvas, where N puts the first state. An
 * empty machine is not fitted: React Flow would hold the request and jump the
 * viewport when the user adds the first state.
 */
export function frameOpenedMachine(machine: Machine): void {
  if (machine.states.length > 0) return fitView(0);
  if (!flow || !container) return;
  const box = container.getBoundingClientRect();
  void flow.setViewport({ x: box.width / 2, y: box.height / 2, zoom: 1 });
}

export function zoomIn(): void {
  void flow?.zoomIn({ duration: 150 });
}

export function zoomOut(): void {
  void flow?.zoomOut({ duration: 150 });
}

/**
 * The drawn size of each state's box (auto-layout needs real sizes: ELK does not
 * measure text). States not drawn yet get the default size.
 * @example measuredStateSizes(machine).get('Idle') // { width: 172, height: 56 }
 */
export function measuredStateSizes(machine: Machine): ReadonlyMap<string, { width: number; height: number }> {
  const sizes = new Map<string, { width: number; height: number }>();
  for (const state of machine.states) {
    const node = flow?.getInternalNode(stateNodeId(state.name));
    sizes.set(state.name, {
      width: node?.measured.width ?? DEFAULT_NODE_SIZE.width,
      height: node?.measured.height ?? DEFAULT_NODE_SIZE.height,
    });
  }
  return sizes;
}

/** Moves keyboard focus to a state's box on the canvas (after the next paint, so a new node exists). */
export function focusStateElement(name: string): void {
  focusElement(`.react-flow__node[data-id="${stateNodeId(name)}"]`);
}

export function focusTransitionElement(index: number): void {
  focusElement(`.react-flow__edge[data-id="${transitionEdgeId(index)}"]`);
}

/** Gives focus back to the canvas itself (after an in-place editor closes). */
export function focusCanvas(): void {
  requestAnimationFrame(() => container?.querySelector<HTMLElement>('.react-flow')?.focus({ preventScroll: true }));
}

/** Focuses the canvas when focus was dropped on the page body (its element was removed or blurred). */
export function focusCanvasIfLost(): void {
  requestAnimationFrame(() => {
    const active = document.activeElement;
    // No focus ring: the user did not move focus here, a document opening did.
    if (!active || active === document.body) container?.querySelector<HTMLElement>('.react-flow')?.focus({ preventScroll: true, focusVisible: false });
  });
}

/** A renamed or new node is invisible (unfocusable) until measured, so focusing retries for a few frames. */
function focusElement(selector: string, tries = 30): void {
  requestAnimationFrame(() => {
    const element = container?.querySelector<HTMLElement>(selector);
    element?.focus({ preventScroll: true });
    if (element && document.activeElement === element) return;
    if (tries > 0) focusElement(selector, tries - 1);
    else container?.querySelector<HTMLElement>('.react-flow')?.focus({ preventScroll: true });
  });
}

/**
 * Selects a state and centres the viewport on it (the Problems panel's "show me").
 * @example focusOnState('Idle')
 */
export function focusOnState(name: string): void {
  viewStore.getState().selectState(name);
  const node = flow?.getInternalNode(stateNodeId(name));
  const position = node?.internals.positionAbsolute ?? placeMissing(documentStore.getState().history.present).get(name);
  if (position && flow) {
    const width = node?.measured.width ?? 160;
    const height = node?.measured.height ?? 56;
    void flow.setCenter(position.x + width / 2, position.y + height / 2, { zoom: Math.max(flow.getZoom(), 1), duration: 250 });
  }
  focusStateElement(name);
}

/**
 * Selects a transition and centres the viewport between its two states.
 * @example focusOnTransition(3)
 */
export function focusOnTransition(index: number): void {
  viewStore.getState().selectTransition(index);
  const transition = documentStore.getState().history.present.transitions[index];
  if (transition && flow) {
    const a = flow.getInternalNode(stateNodeId(transition.from));
    const b = flow.getInternalNode(stateNodeId(transition.to));
    const zoom = { zoom: Math.max(flow.getZoom(), 1), duration: 250 };
    if (a && b) {
      const x = (a.internals.positionAbsolute.x + b.internals.positionAbsolute.x + (a.measured.width ?? 160)) / 2;
      const y = (a.internals.positionAbsolute.y + b.internals.positionAbsolute.y + (a.measured.height ?? 56)) / 2;
      void flow.setCenter(x, y, zoom);
    } else if (a ?? b) {
      // One end names a missing state: the arrow and its marker stand off this box, within view around it.
      const end = (a ?? b)!;
      const x = end.internals.positionAbsolute.x + (end.measured.width ?? 160) / 2;
      const y = end.internals.positionAbsolute.y + (end.measured.height ?? 56) / 2;
      void flow.setCenter(x, y, zoom);
    }
  }
  focusTransitionElement(index);
}
