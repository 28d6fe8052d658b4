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
  const counts = new Map<string, Record<LoopSide, number>>();
  for (const name of looped) counts.set(name, { top: 0, right: 0, bottom: 0, left: 0 });
  const count = (name: string, otherName: string) => {
    const tally = counts.get(name);
    const rect = rects.get(name);
    const other = rects.get(otherName);
    if (tally && rect && other) tally[attachedSide(rect, other)]++;
  };
  for (const t of transitions) {
    if (t.from === t.to) continue;
    count(t.from, t.to);
    count(t.to, t.from);
  }
  for (const [name, tally] of counts) {
    let best: LoopSide = 'top';
    for (const side of SIDE_PREFERENCE) if (tally[side] < tally[best]) best = side;
    sides.set(name, best);
  }
  return sides;
}
