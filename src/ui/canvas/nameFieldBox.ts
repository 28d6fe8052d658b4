/**
 * Where the state-name field goes on screen: exactly over the state's box,
 * scaled with the zoom but never below 100 %, so zoomed out the name being
 * typed stays readable (the field is then the box's 100 % size, centred on it).
 */
import type { Rect } from './geometry';

export interface NameFieldBox {
  /** Centre of the field in canvas pixels (relative to the React Flow element). */
  readonly x: number;
  readonly y: number;
  /** Size before scaling: the box's own size in flow units. */
  readonly width: number;
  readonly height: number;
  readonly scale: number;
}

/**
 * @example nameFieldBox({ x: 0, y: 0, width: 160, height: 56 }, { x: 10, y: 20, zoom: 2 })
 * // { x: 170, y: 76, width: 160, height: 56, scale: 2 }: on screen 320 × 112, the box's drawn size
 */
export function nameFieldBox(node: Rect, viewport: { x: number; y: number; zoom: number }): NameFieldBox {
  return {
    x: (node.x + node.width / 2) * viewport.zoom + viewport.x,
    y: (node.y + node.height / 2) * viewport.zoom + viewport.y,
    width: node.width,
    height: node.height,
    scale: Math.max(1, viewport.zoom),
  };
}
