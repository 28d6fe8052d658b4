/**
 * How far the editor must zoom out to show a whole drawing, computed the way
 * React Flow's fitView does (the canvas fits with `padding: 0.2`, so the
 * drawing gets the pane divided by 1.2), for the canvas of a 1440×900 window
 * with the sidebar open. Auto-layout uses it to decide whether a long machine
 * should be wrapped; tests use it to hold the examples to a readable zoom.
 * Pure.
 */
import type { Point } from '../core/machine';
import type { Size } from './types';

/** The canvas pane of a 1440×900 window, sidebar open (measured in Chromium). */
export const REFERENCE_PANE: Size = { width: 1120, height: 826 };

/** The canvas's fitView padding (flowHandle FIT_VIEW_OPTIONS) and its zoom cap. */
const FIT_PADDING = 0.2;
const MAX_FIT_ZOOM = 1.25;

/**
 * A drawing at least this zoomed fits comfortably: labels are drawn from 0.5
 * (labelDetail LABEL_MIN_ZOOM) but 12 px text needs about 0.7 to be read easily.
 */
export const READABLE_ZOOM = 0.7;

/** Top-left corners and sizes of boxes. */
export interface PlacedBox {
  readonly at: Point;
  readonly size: Size;
}

/**
 * The zoom fitView picks for boxes, at most MAX_FIT_ZOOM.
 * @example fitZoom([{ at: { x: 0, y: 0 }, size: { width: 3000, height: 56 } }]) // 0.31
 */
export function fitZoom(boxes: Iterable<PlacedBox>, pane: Size = REFERENCE_PANE): number {
  let left = Infinity;
  let top = Infinity;
  let right = -Infinity;
  let bottom = -Infinity;
  for (const { at, size } of boxes) {
    left = Math.min(left, at.x);
    top = Math.min(top, at.y);
    right = Math.max(right, at.x + size.width);
    bottom = Math.max(bottom, at.y + size.height);
  }
  if (right <= left || bottom <= top) return MAX_FIT_ZOOM;
  const room = 1 + FIT_PADDING;
  return Math.min(MAX_FIT_ZOOM, pane.width / room / (right - left), pane.height / room / (bottom - top));
}
