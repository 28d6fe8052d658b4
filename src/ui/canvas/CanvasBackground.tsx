/**
 * The dotted grid behind the states, shown only when zoomed in far enough for the
 * dots to help. Zoomed out, 16 px dots sit 3 px apart on screen: grey noise that
 * the browser repaints over the whole canvas on every frame of a pan (its pattern
 * moves with the viewport), which made panning a large machine stutter.
 */
import { memo } from 'react';
import { Background, useStore } from '@xyflow/react';

/** Below this zoom the grid is hidden. */
export const GRID_MIN_ZOOM = 0.6;

function CanvasBackgroundView() {
  const visible = useStore((s) => s.transform[2] >= GRID_MIN_ZOOM);
  return visible ? <Background gap={16} size={1} color="var(--canvas-grid)" /> : null;
}

export const CanvasBackground = memo(CanvasBackgroundView);
