/**
 * The overview's maths, pure. The overview maps world coordinates (React Flow's
 * flow coordinates) to its own box by a frame fixed by the states' bounds alone:
 * `overview = offset + world * scale`. Panning and zooming the canvas never
 * change the frame, so the drawn blocks stay put and only the visible-area
 * rectangle moves.
 */

export interface Rect {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export interface Point {
  readonly x: number;
  readonly y: number;
}

export interface Size {
  readonly width: number;
  readonly height: number;
}

/** World to overview: `overview = offset + world * scale`. */
export interface OverviewFrame {
  readonly scale: number;
  readonly offsetX: number;
  readonly offsetY: number;
}

/** React Flow's viewport: the canvas shows world point p at screen `p * zoom + (x, y)`. */
export interface Viewport {
  readonly x: number;
  readonly y: number;
  readonly zoom: number;
}

/**
 * The smallest rectangle holding every given rectangle, or undefined when there are none.
 * @example boundsOf([{ x: 0, y: 0, width: 10, height: 10 }, { x: 20, y: 5, width: 10, height: 10 }]) // { x: 0, y: 0, width: 30, height: 15 }
 */
export function boundsOf(rects: Iterable<Rect>): Rect | undefined {
  let left = Infinity;
  let top = Infinity;
  let right = -Infinity;
  let bottom = -Infinity;
  for (const r of rects) {
    left = Math.min(left, r.x);
    top = Math.min(top, r.y);
    right = Math.max(right, r.x + r.width);
    bottom = Math.max(bottom, r.y + r.height);
  }
  return left === Infinity ? undefined : { x: left, y: top, width: right - left, height: bottom - top };
}

/**
 * The frame that fits `bounds` into `box`, keeping `padding` overview pixels
 * clear on every side and centring the bounds along the looser axis.
 * @example overviewFrame({ x: 0, y: 0, width: 100, height: 50 }, { width: 120, height: 120 }, 10) // { scale: 1, offsetX: 10, offsetY: 35 }
 */
export function overviewFrame(bounds: Rect, box: Size, padding: number): OverviewFrame {
  const roomX = Math.max(box.width - 2 * padding, 1);
  const roomY = Math.max(box.height - 2 * padding, 1);
  // A single point (or a line) has no extent on some axis: the other axis decides.
  const scaleX = bounds.width > 0 ? roomX / bounds.width : Infinity;
  const scaleY = bounds.height > 0 ? roomY / bounds.height : Infinity;
  const fitted = Math.min(scaleX, scaleY);
  const scale = Number.isFinite(fitted) ? fitted : 1;
  return {
    scale,
    offsetX: (box.width - bounds.width * scale) / 2 - bounds.x * scale,
    offsetY: (box.height - bounds.height * scale) / 2 - bounds.y * scale,
  };
}

/** A world rectangle in overview pixels, e.g. a state's block. */
export function toOverview(frame: OverviewFrame, rect: Rect): Rect {
  return {
    x: frame.offsetX + rect.x * frame.scale,
    y: frame.offsetY + rect.y * frame.scale,
    width: rect.width * frame.scale,
    height: rect.height * frame.scale,
  };
}

/**
 * The world point under an overview point: where a click on the overview points to.
 * @example worldPointAt({ scale: 0.5, offsetX: 10, offsetY: 0 }, { x: 20, y: 5 }) // { x: 20, y: 10 }
 */
export function worldPointAt(frame: OverviewFrame, point: Point): Point {
  return { x: (point.x - frame.offsetX) / frame.scale, y: (point.y - frame.offsetY) / frame.scale };
}

/**
 * The part of the world the canvas shows, for a viewport and the canvas size in screen pixels.
 * @example visibleWorldRect({ x: -100, y: 0, zoom: 2 }, { width: 800, height: 600 }) // { x: 50, y: 0, width: 400, height: 300 }
 */
export function visibleWorldRect(viewport: Viewport, pane: Size): Rect {
  return {
    x: -viewport.x / viewport.zoom,
    y: -viewport.y / viewport.zoom,
    width: pane.width / viewport.zoom,
    height: pane.height / viewport.zoom,
  };
}

/** The visible-area rectangle in overview pixels. */
export function viewportInOverview(frame: OverviewFrame, viewport: Viewport, pane: Size): Rect {
  return toOverview(frame, visibleWorldRect(viewport, pane));
}

/**
 * The viewport that shows world `point` at the centre of the canvas, at `zoom`.
 * @example viewportCentredOn({ x: 100, y: 50 }, 2, { width: 800, height: 600 }) // { x: 200, y: 200, zoom: 2 }
 */
export function viewportCentredOn(point: Point, zoom: number, pane: Size): Viewport {
  return { x: pane.width / 2 - point.x * zoom, y: pane.height / 2 - point.y * zoom, zoom };
}

/**
 * The four dimmed bands around the visible area (above, below, left, right),
 * clipped to the box; bands with nothing to cover have zero size.
 */
export function shadesAround(visible: Rect, box: Size): readonly [Rect, Rect, Rect, Rect] {
  const clampX = (x: number) => Math.min(Math.max(x, 0), box.width);
  const clampY = (y: number) => Math.min(Math.max(y, 0), box.height);
  const left = clampX(visible.x);
  const right = clampX(visible.x + visible.width);
  const top = clampY(visible.y);
  const bottom = clampY(visible.y + visible.height);
  return [
    { x: 0, y: 0, width: box.width, height: top },
    { x: 0, y: bottom, width: box.width, height: box.height - bottom },
    { x: 0, y: top, width: left, height: bottom - top },
    { x: right, y: top, width: box.width - right, height: bottom - top },
  ];
}

/** Wheel lines and pages in pixels, as browsers scroll them. */
const WHEEL_UNIT = [1, 16, 400] as const;

/**
 * The zoom after one wheel step over the overview: scrolling up zooms in, the
 * same feel as the canvas's own wheel, kept within [min, max].
 * @example zoomAfterWheel(1, -100, 0, 0.2, 2.5) // about 1.15
 */
export function zoomAfterWheel(zoom: number, deltaY: number, deltaMode: number, min: number, max: number): number {
  const pixels = deltaY * (WHEEL_UNIT[deltaMode as 0 | 1 | 2] ?? 1);
  const next = zoom * Math.pow(2, -pixels * 0.002);
  return Math.min(Math.max(next, min), max);
}
