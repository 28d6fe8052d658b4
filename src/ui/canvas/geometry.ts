/**
 * Pure plane geometry for the canvas: where an arrow leaves and enters a state's
 * box, the curve it follows, and where its label sits. No React, no DOM, so the
 * drawing rules are unit-tested (geometry.test.ts).
 *
 * Coordinates are flow coordinates; a rect's (x, y) is its top-left corner.
 */

export interface Vec {
  readonly x: number;
  readonly y: number;
}

export interface Rect {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export interface Size {
  readonly width: number;
  readonly height: number;
}

/** A drawn arrow: its SVG path, where its label is centred, and its end points. */
export interface EdgeShape {
  readonly path: string;
  readonly label: Vec;
  readonly start: Vec;
  readonly end: Vec;
}

/** Self-loops: height of the innermost loop, and how much taller each nested loop is. */
export const LOOP_HEIGHT = 60;
export const LOOP_STEP = 36;

export function centre(rect: Rect): Vec {
  return { x: rect.x + rect.width / 2, y: rect.y + rect.height / 2 };
}

/**
 * The point where the ray from the rect's centre towards `toward` leaves the rect.
 * @example borderPoint({ x: 0, y: 0, width: 100, height: 50 }, { x: 200, y: 25 }) // { x: 100, y: 25 }
 */
export function borderPoint(rect: Rect, toward: Vec): Vec {
  const c = centre(rect);
  const dx = toward.x - c.x;
  const dy = toward.y - c.y;
  if (dx === 0 && dy === 0) return c;
  const scaleX = dx === 0 ? Infinity : rect.width / 2 / Math.abs(dx);
  const scaleY = dy === 0 ? Infinity : rect.height / 2 / Math.abs(dy);
  const scale = Math.min(scaleX, scaleY);
  return { x: c.x + dx * scale, y: c.y + dy * scale };
}

/**
 * The unit normal of the chord from `a` to `b` (rotated a quarter turn clockwise
 * on screen, where y grows downwards). Zero when the points coincide.
 * @example unitNormal({ x: 0, y: 0 }, { x: 10, y: 0 }) // { x: -0, y: 1 }
 */
export function unitNormal(a: Vec, b: Vec): Vec {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const length = Math.hypot(dx, dy);
  if (length === 0) return { x: 0, y: 0 };
  return { x: -dy / length, y: dx / length };
}

/** The point at parameter t of the quadratic Bézier curve p0, c, p1. */
export function quadraticPoint(p0: Vec, c: Vec, p1: Vec, t: number): Vec {
  const u = 1 - t;
  return { x: u * u * p0.x + 2 * u * t * c.x + t * t * p1.x, y: u * u * p0.y + 2 * u * t * c.y + t * t * p1.y };
}

/** The point at parameter t of the cubic Bézier curve p0, c0, c1, p1. */
export function cubicPoint(p0: Vec, c0: Vec, c1: Vec, p1: Vec, t: number): Vec {
  const u = 1 - t;
  const a = u * u * u;
  const b = 3 * u * u * t;
  const c = 3 * u * t * t;
  const d = t * t * t;
  return { x: a * p0.x + b * c0.x + c * c1.x + d * p1.x, y: a * p0.y + b * c0.y + c * c1.y + d * p1.y };
}

/**
 * An arrow between two different boxes that bulges sideways by `bend` (in the
 * frame of the chord from `frameFrom` to `frameTo`, so arrows in opposite
 * directions between the same pair share one frame and never coincide).
 * The label sits on the curve's midpoint, which is `bend / 2` off the chord.
 * @example arcShape(a, b, centre(a), centre(b), 0) // a straight arrow between the borders
 */
export function arcShape(source: Rect, target: Rect, frameFrom: Vec, frameTo: Vec, bend: number): EdgeShape {
  const s = centre(source);
  const t = centre(target);
  const normal = unitNormal(frameFrom, frameTo);
  const control = { x: (s.x + t.x) / 2 + normal.x * bend, y: (s.y + t.y) / 2 + normal.y * bend };
  const start = borderPoint(source, control);
  const end = borderPoint(target, control);
  if (bend === 0) {
    const label = { x: (start.x + end.x) / 2, y: (start.y + end.y) / 2 };
    return { path: `M ${fmt(start)} L ${fmt(end)}`, label, start, end };
  }
  const label = quadraticPoint(start, control, end, 0.5);
  return { path: `M ${fmt(start)} Q ${fmt(control)} ${fmt(end)}`, label, start, end };
}

/** The side of a box a self-loop stands on. */
export type LoopSide = 'top' | 'right' | 'bottom' | 'left';

/** Per side: the direction along the side (clockwise round the box) and the outward normal. */
const SIDE_FRAMES: Record<LoopSide, { readonly along: Vec; readonly out: Vec }> = {
  top: { along: { x: 1, y: 0 }, out: { x: 0, y: -1 } },
  right: { along: { x: 0, y: 1 }, out: { x: 1, y: 0 } },
  bottom: { along: { x: -1, y: 0 }, out: { x: 0, y: 1 } },
  left: { along: { x: 0, y: -1 }, out: { x: -1, y: 0 } },
};

function sideMiddle(rect: Rect, side: LoopSide): Vec {
  const c = centre(rect);
  if (side === 'top') return { x: c.x, y: rect.y };
  if (side === 'bottom') return { x: c.x, y: rect.y + rect.height };
  if (side === 'left') return { x: rect.x, y: c.y };
  return { x: rect.x + rect.width, y: c.y };
}

/**
 * A self-loop on one side of a box (above it by default); `level` 0 is the
 * innermost, each further level is a taller and wider loop around it so that
 * nested loops and their labels stay apart. On the left and right sides the
 * label is pushed outwards by half its width (`labelWidth`), so it hangs off
 * the loop instead of lying across the box.
 * @example loopShape({ x: 0, y: 100, width: 160, height: 56 }, 0).label // { x: 80, y: 55 }
 */
export function loopShape(rect: Rect, level: number, side: LoopSide = 'top', labelWidth = 0): EdgeShape {
  const { along, out } = SIDE_FRAMES[side];
  const middle = sideMiddle(rect, side);
  const sideLength = side === 'top' || side === 'bottom' ? rect.width : rect.height;
  const foot = Math.max(6, Math.min(sideLength / 2 - 8, 22 + 4 * level));
  const spread = 34 + 16 * level;
  const height = LOOP_HEIGHT + LOOP_STEP * level;
  const at = (alongBy: number, outBy: number): Vec => ({
    x: middle.x + along.x * alongBy + out.x * outBy,
    y: middle.y + along.y * alongBy + out.y * outBy,
  });
  const start = at(-foot, 0);
  const end = at(foot, 0);
  const c0 = at(-foot - spread, height);
  const c1 = at(foot + spread, height);
  const apex = cubicPoint(start, c0, c1, end, 0.5);
  const push = side === 'left' || side === 'right' ? Math.max(0, labelWidth / 2 - 12) : 0;
  const label = { x: apex.x + out.x * push, y: apex.y + out.y * push };
  return { path: `M ${fmt(start)} C ${fmt(c0)} ${fmt(c1)} ${fmt(end)}`, label, start, end };
}

/** How far a missing state's marker stands off the box, and how far apart several markers are. */
export const DANGLING_LENGTH = 120;
export const DANGLING_STEP = 40;

/**
 * A transition whose other end names a missing state: a short straight arrow
 * off `side` of the box it has, to a marker (`ghost`, its centre) that carries
 * the missing name (`ghostWidth` wide). `outgoing` when the missing state is
 * the target (the arrow points at the marker), otherwise it points at the box.
 * `slot` sets several such arrows on one side apart.
 * @example danglingShape({ x: 0, y: 0, width: 160, height: 56 }, 0, 60, true, 'right').ghost // { x: 310, y: 28 }
 */
export function danglingShape(rect: Rect, slot: number, ghostWidth: number, outgoing: boolean, side: LoopSide = 'right'): EdgeShape & { readonly ghost: Vec } {
  const { along, out } = SIDE_FRAMES[side];
  const middle = sideMiddle(rect, side);
  const across = side === 'left' || side === 'right' ? ghostWidth / 2 : 11;
  const step = side === 'left' || side === 'right' ? DANGLING_STEP : ghostWidth + 12;
  const shift = slot === 0 ? 0 : (slot % 2 === 1 ? 1 : -1) * Math.ceil(slot / 2) * step;
  const ghost = {
    x: middle.x + out.x * (DANGLING_LENGTH + across) + along.x * shift,
    y: middle.y + out.y * (DANGLING_LENGTH + across) + along.y * shift,
  };
  const atBox = borderPoint(rect, ghost);
  const atGhost = { x: ghost.x - out.x * across, y: ghost.y - out.y * across };
  const [start, end] = outgoing ? [atBox, atGhost] : [atGhost, atBox];
  const label = { x: (start.x + end.x) / 2, y: (start.y + end.y) / 2 };
  return { path: `M ${fmt(start)} L ${fmt(end)}`, label, start, end, ghost };
}

/** The rect of a label of `size` centred on `at`. */
export function labelRect(at: Vec, size: Size): Rect {
  return { x: at.x - size.width / 2, y: at.y - size.height / 2, width: size.width, height: size.height };
}

/** True when two rects share interior area (touching edges do not count). */
export function rectsOverlap(a: Rect, b: Rect): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

function fmt(p: Vec): string {
  return `${round(p.x)} ${round(p.y)}`;
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}
