/**
 * Where the state-name field goes on screen: centred on the state's box, as
 * wide as the box's name area (its width less the side padding and the entry
 * and exit markers, StateNode.css), scaled with the zoom but never below 100 %.
 */
import type { Rect } from './geometry';

/** The box's horizontal padding on each side, and the room one entry/exit marker takes with its gap. */
const SIDE_PADDING = 18;
const MARKER_ROOM = 18;

export interface NameFieldBox {
  /** Centre of the field in canvas pixels (relative to the React Flow element). */
  readonly x: number;
  readonly y: number;
  /** Width before scaling. */
  readonly width: number;
  readonly scale: number;
}

/**
 * @example nameFieldBox({ x: 0, y: 0, width: 160, height: 56 }, { x: 10, y: 20, zoom: 2 }, 0)
 * // { x: 170, y: 76, width: 124, scale: 2 }
 */
export function nameFieldBox(node: Rect, viewport: { x: number; y: number; zoom: number }, markers: number): NameFieldBox {
  return {
    x: (node.x + node.width / 2) * viewport.zoom + viewport.x,
    y: (node.y + node.height / 2) * viewport.zoom + viewport.y,
    width: Math.max(40, node.width - 2 * SIDE_PADDING - markers * MARKER_ROOM),
    scale: Math.max(1, viewport.zoom),
  };
}
