/**
 * Which part of the flow the dot grid covers. The grid is one element inside
 * React Flow's viewport, so it moves and scales with the states for free: a pan
 * or zoom frame changes nothing about it, and the browser repaints nothing.
 * (React Flow's own Background rewrites an SVG pattern on every frame instead,
 * and that repaint walked every state and label box on each pan or zoom frame.)
 * The element covers the visible area with a margin of one view on every side;
 * it is moved only when the view leaves it, about once per screenful of panning.
 */

/** Flow units between two dots; the element's corners sit on multiples of it. */
export const GRID_GAP = 16;

export interface FlowRect {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** The part of the flow a pane of `pane` px shows at viewport `{x, y, zoom}` (React Flow's transform). */
export function visibleFlowRect(
  viewport: { readonly x: number; readonly y: number; readonly zoom: number },
  pane: { readonly width: number; readonly height: number },
): FlowRect {
  return { x: -viewport.x / viewport.zoom, y: -viewport.y / viewport.zoom, width: pane.width / viewport.zoom, height: pane.height / viewport.zoom };
}

function contains(outer: FlowRect, inner: FlowRect): boolean {
  return inner.x >= outer.x && inner.y >= outer.y && inner.x + inner.width <= outer.x + outer.width && inner.y + inner.height <= outer.y + outer.height;
}

/**
 * The grid element's rectangle for the `visible` part of the flow: `current` while
 * it still covers it, else the visible area grown by its own size on each side,
 * snapped outwards to the grid so the dots never jump.
 */
export function gridTile(current: FlowRect | undefined, visible: FlowRect): FlowRect {
  if (current && contains(current, visible)) return current;
  const left = Math.floor((visible.x - visible.width) / GRID_GAP) * GRID_GAP;
  const top = Math.floor((visible.y - visible.height) / GRID_GAP) * GRID_GAP;
  const right = Math.ceil((visible.x + 2 * visible.width) / GRID_GAP) * GRID_GAP;
  const bottom = Math.ceil((visible.y + 2 * visible.height) / GRID_GAP) * GRID_GAP;
  return { x: left, y: top, width: right - left, height: bottom - top };
}
