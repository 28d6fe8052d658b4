/**
 * Which side of its box each state's self-loops stand on: the side where the
 * fewest other arrows attach, so a loop never lies across arrows arriving or
 * leaving there. Pure and linear in the number of transitions; the canvas
 * computes it once per change of the table or of the committed positions.
 */
import type { Point, Transition } from '../../core/machine';
import { centre, type LoopSide, type Rect } from './geometry';
import { DEFAULT_NODE_SIZE } from './placement';

/** Tried in this order on a tie, so a loop on a free box stays above it, as it always was. */
const SIDE_PREFERENCE: readonly LoopSide[] = ['top', 'right', 'bottom', 'left'];

/**
 * The side of `rect` through which an arrow towards `other` leaves: the side
 * the ray from the centre crosses (the box's aspect counts, as in borderPoint).
 * @example attachedSide({ x: 0, y: 0, width: 100, height: 50 }, { x: 300, y: 25 }) // 'right'
 */
export function attachedSide(rect: Rect, other: Rect): LoopSide {
  const a = centre(rect);
  const b = centre(other);
  const dx = (b.x - a.x) / rect.width;
  const dy = (b.y - a.y) / rect.height;
  if (Math.abs(dx) >= Math.abs(dy)) return dx >= 0 ? 'right' : 'left';
  return dy >= 0 ? 'bottom' : 'top';
}

type Tally = Record<LoopSide, number>;

/** For each of `names`: how many arrows between two drawn boxes attach on each side. */
function sideTallies(transitions: readonly Transition[], rects: ReadonlyMap<string, Rect>, names: ReadonlySet<string>): Map<string, Tally> {
  const tallies = new Map<string, Tally>();
  for (const name of names) tallies.set(name, { top: 0, right: 0, bottom: 0, left: 0 });
  const count = (name: string, otherName: string) => {
    const tally = tallies.get(name);
    const rect = rects.get(name);
    const other = rects.get(otherName);
    if (tally && rect && other) tally[attachedSide(rect, other)]++;
  };
  for (const t of transitions) {
    if (t.from === t.to) continue;
    count(t.from, t.to);
    count(t.to, t.from);
  }
  return tallies;
}

function quietest(tally: Tally): LoopSide {
  let best: LoopSide = 'top';
  for (const side of SIDE_PREFERENCE) if (tally[side] < tally[best]) best = side;
  return best;
}

/**
 * The loop side of every state that has a self-loop, by state name. States
 * without a rect (a transition naming a missing state) are skipped.
 * @example loopSides([{ from: 'A', event: 't', to: 'A' }, { from: 'B', event: 'x', to: 'A' }], rects) // Map { 'A' => 'right' } when B is above A
 */
export function loopSides(transitions: readonly Transition[], rects: ReadonlyMap<string, Rect>): ReadonlyMap<string, LoopSide> {
  const looped = new Set<string>();
  for (const t of transitions) if (t.from === t.to && rects.has(t.from)) looped.add(t.from);
  const sides = new Map<string, LoopSide>();
  if (looped.size === 0) return sides;
  for (const [name, tally] of sideTallies(transitions, rects, looped)) sides.set(name, quietest(tally));
  return sides;
}

/**
 * Where the arrows of a state to or from missing states stand off its box: the
 * quietest side, counting its self-loops' side as taken, so the missing name's
 * marker lands clear of the other arrows.
 * @example danglingSides([{ from: 'A', event: 'x', to: 'Gone' }], rects, new Map()) // Map { 'A' => 'top' }
 */
export function danglingSides(
  transitions: readonly Transition[],
  rects: ReadonlyMap<string, Rect>,
  loops: ReadonlyMap<string, LoopSide>,
): ReadonlyMap<string, LoopSide> {
  const hanging = new Set<string>();
  for (const t of transitions) {
    if (rects.has(t.from) && !rects.has(t.to)) hanging.add(t.from);
    if (rects.has(t.to) && !rects.has(t.from)) hanging.add(t.to);
  }
  const sides = new Map<string, LoopSide>();
  if (hanging.size === 0) return sides;
  for (const [name, tally] of sideTallies(transitions, rects, hanging)) {
    const loop = loops.get(name);
    if (loop) tally[loop] += 2;
    sides.set(name, quietest(tally));
  }
  return sides;
}

/** The side of its box each looped state's loops, and each state's arrows to missing states, stand on. */
export interface EdgeSides {
  readonly loops: ReadonlyMap<string, LoopSide>;
  readonly dangling: ReadonlyMap<string, LoopSide>;
}

/**
 * Loop and dangling sides as the canvas picks them: judged from boxes of the
 * default size at `positions` (enough to tell which side an arrow attaches to,
 * and measuring a box never moves a loop). Image export and layout repair use
 * this too, so they put loops where the canvas does.
 * @example edgeSides(machine.transitions, placeMissing(machine)).loops.get('Yellow') // 'left'
 */
export function edgeSides(transitions: readonly Transition[], positions: ReadonlyMap<string, Point>): EdgeSides {
  const rects = new Map<string, Rect>();
  for (const [name, p] of positions) rects.set(name, { x: p.x, y: p.y, ...DEFAULT_NODE_SIZE });
  const loops = loopSides(transitions, rects);
  return { loops, dangling: danglingSides(transitions, rects, loops) };
}

/** A transition with one end naming a missing state, drawn as a short arrow to a marker with that name. */
export interface DanglingEnd {
  readonly missing: string;
  /** True when the missing state is the target. */
  readonly outgoing: boolean;
  /** Index among the dangling arrows on the same box, so their markers stand apart. */
  readonly slot: number;
  /** The side of the box they stand off (danglingSides). */
  readonly side: LoopSide;
}

/**
 * The dangling end of every transition with exactly one end naming a state in
 * `stateNames`, by table index (one with both ends missing has nowhere to be drawn).
 * @example danglingEnds(new Set(['A']), [{ from: 'A', event: 'x', to: 'Gone' }], new Map()).get(0) // { missing: 'Gone', outgoing: true, slot: 0, side: 'right' }
 */
export function danglingEnds(
  stateNames: ReadonlySet<string>,
  transitions: readonly Transition[],
  hangingSides: ReadonlyMap<string, LoopSide>,
): ReadonlyMap<number, DanglingEnd> {
  const ends = new Map<number, DanglingEnd>();
  const perState = new Map<string, number>();
  transitions.forEach((transition, index) => {
    const hasFrom = stateNames.has(transition.from);
    const hasTo = stateNames.has(transition.to);
    if (hasFrom === hasTo) return;
    const kept = hasFrom ? transition.from : transition.to;
    const slot = perState.get(kept) ?? 0;
    perState.set(kept, slot + 1);
    ends.set(index, { missing: hasFrom ? transition.to : transition.from, outgoing: hasFrom, slot, side: hangingSides.get(kept) ?? 'right' });
  });
  return ends;
}
