/**
 * Which side of its box each state's self-loops stand on: the side where the
 * fewest other arrows attach, so a loop never lies across arrows arriving or
 * leaving there. Pure and linear in the number of transitions; the canvas
 * computes it once per change of the table or of the committed positions.
 */
import type { Transition } from '../../core/machine';
import { centre, type LoopSide, type Rect } from './geometry';

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
