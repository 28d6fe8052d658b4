/**
 * Level of detail for transition labels. Zoomed out below LABEL_MIN_ZOOM a
 * 12 px label is under 6 px tall on screen: unreadable grey specks, yet each is
 * a positioned box the browser lays out, hit-tests and composites on every frame
 * of a pan. So the canvas stops drawing them there (the `canvas--far` class),
 * keeping only the labels that carry the user's attention (selected, being
 * edited, the arrow the simulator just fired), and says so in a hint. Arrows,
 * their problem colours and the states stay. The dot grid does the same below
 * GRID_MIN_ZOOM (CanvasBackground).
 */
import { Panel, useStore } from '@xyflow/react';

/** Below this zoom ordinary transition labels are not drawn. */
export const LABEL_MIN_ZOOM = 0.5;

/** Class on the canvas wrapper while labels are too small to draw (TransitionEdge.css). */
export const FAR_CLASS = 'canvas--far';

/** True while the canvas is zoomed out past LABEL_MIN_ZOOM; changes only when the threshold is crossed. */
export function useLabelsTooSmall(): boolean {
  return useStore((s) => s.transform[2] < LABEL_MIN_ZOOM);
}

/** The hint shown while labels are hidden, so their absence never looks like lost data. */
export function FarZoomHint({ visible }: { readonly visible: boolean }) {
  if (!visible) return null;
  return (
    <Panel position="top-center" className="canvas__far-hint" role="status">
      Zoom in to read the transition labels
    </Panel>
  );
}
