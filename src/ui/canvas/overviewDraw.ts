/**
 * Paints the overview's blocks on its canvas: one rounded block per state, in
 * the colours the overview's fill and stroke functions name. Called only when
 * the states or their marks change, never on pan or zoom.
 */
import type { OverviewFrame, Rect, Size } from './overviewGeometry';
import { toOverview } from './overviewGeometry';

export interface OverviewBlock {
  /** The state's box in world coordinates. */
  readonly rect: Rect;
  /** A CSS colour or `var(--name)`. */
  readonly fill: string;
  /** A CSS colour, `var(--name)` or 'transparent' for none. */
  readonly stroke: string;
}

/** Corner radius of a state on the canvas, in world pixels. */
const STATE_RADIUS = 8;
/** Outline width on the overview, in CSS pixels: visible at any machine size. */
const STROKE_WIDTH = 2;

/**
 * Colours named as `var(--name)` read from `element`'s computed style, once per
 * name per draw: the theme stays in CSS.
 */
function colourResolver(element: Element): (colour: string) => string {
  const style = getComputedStyle(element);
  const resolved = new Map<string, string>();
  return (colour) => {
    const known = resolved.get(colour);
    if (known !== undefined) return known;
    const name = /^var\((--[\w-]+)\)$/.exec(colour)?.[1];
    const value = name === undefined ? colour : style.getPropertyValue(name).trim() || 'transparent';
    resolved.set(colour, value);
    return value;
  };
}

/** Rounds to the device pixel grid so block edges and outlines are crisp. */
function snapped(rect: Rect, ratio: number): Rect {
  const x = Math.round(rect.x * ratio) / ratio;
  const y = Math.round(rect.y * ratio) / ratio;
  // At least one device pixel: a state never vanishes from the overview.
  const width = Math.max(Math.round((rect.x + rect.width) * ratio) / ratio - x, 1 / ratio);
  const height = Math.max(Math.round((rect.y + rect.height) * ratio) / ratio - y, 1 / ratio);
  return { x, y, width, height };
}

function roundedRect(context: CanvasRenderingContext2D, r: Rect, radius: number): void {
  context.beginPath();
  context.roundRect(r.x, r.y, r.width, r.height, Math.min(radius, r.width / 2, r.height / 2));
}

/**
 * Sizes the canvas backing store for the device pixel ratio and paints every
 * block; outlines go last so a neighbour's fill never hides them.
 */
export function drawOverview(canvas: HTMLCanvasElement, box: Size, frame: OverviewFrame | undefined, blocks: readonly OverviewBlock[]): void {
  const ratio = window.devicePixelRatio || 1;
  const width = Math.round(box.width * ratio);
  const height = Math.round(box.height * ratio);
  if (canvas.width !== width || canvas.height !== height) {
    canvas.width = width;
    canvas.height = height;
  }
  const context = canvas.getContext('2d');
  if (!context) return;
  context.setTransform(ratio, 0, 0, ratio, 0, 0);
  context.clearRect(0, 0, box.width, box.height);
  if (!frame) return;
  const colour = colourResolver(canvas);
  const radius = Math.max(STATE_RADIUS * frame.scale, 1);
  const placed = blocks.map((block) => ({ block, rect: snapped(toOverview(frame, block.rect), ratio) }));
  for (const { block, rect } of placed) {
    context.fillStyle = colour(block.fill);
    roundedRect(context, rect, radius);
    context.fill();
  }
  context.lineWidth = STROKE_WIDTH;
  for (const { block, rect } of placed) {
    const stroke = colour(block.stroke);
    if (stroke === 'transparent') continue;
    context.strokeStyle = stroke;
    // Half outside, half inside the block: on the pixel grid, and as wide as the block at any size.
    roundedRect(context, rect, radius);
    context.stroke();
  }
}
