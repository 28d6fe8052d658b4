/**
 * Turning a layout into stored positions without moving what the user placed.
 *
 * - `needsLayout`: some state has no position (an import, a hand-written file, a
 *   link without layout), so the document should be laid out when it opens.
 * - scope `'missing'` (on open): when no state has a position, every state is
 *   placed; otherwise only the states without one, keeping their arrangement
 *   from the layout but moved below everything already drawn, so nothing the
 *   user placed moves and nothing new lands on top of it.
 * - scope `'all'` (the Auto-layout action the user asked for): every state.
 */
import type { Machine, Point } from '../core/machine';
import { estimatedStateSize } from './estimatedSizes';
import type { LayoutResult, LayoutSizes } from './types';

export type LayoutScope = 'all' | 'missing';

/** Space between the user's drawing and the states placed below it. */
const GAP_BELOW = 120;

/**
 * True when some state has no stored position.
 * @example needsLayout(restored.machine) // true for a file without "layout"
 */
export function needsLayout(machine: Machine): boolean {
  return machine.states.some((state) => !machine.layout.positions.has(state.name));
}

/**
 * The positions to store for `scope`, rounded to whole pixels (stable bytes, shorter links).
 * Pass them to the `moveStates` command to make the layout one undo step.
 * @example moveStates(machine, { positions: positionsToApply(machine, result, sizes, 'missing') })
 */
export function positionsToApply(machine: Machine, result: LayoutResult, sizes: LayoutSizes, scope: LayoutScope): Map<string, Point> {
  const stored = machine.layout.positions;
  const placedAny = machine.states.some((state) => stored.has(state.name));
  if (scope === 'all' || !placedAny) {
    const all = new Map<string, Point>();
    for (const state of machine.states) {
      const point = result.positions.get(state.name);
      if (point) all.set(state.name, rounded(point));
    }
    return all;
  }

  const missing = machine.states.filter((state) => !stored.has(state.name) && result.positions.has(state.name));
  if (missing.length === 0) return new Map();
  let left = Infinity;
  let bottom = -Infinity;
  for (const state of machine.states) {
    const point = stored.get(state.name);
    if (!point) continue;
    const height = (sizes.states.get(state.name) ?? estimatedStateSize(state.name)).height;
    left = Math.min(left, point.x);
    bottom = Math.max(bottom, point.y + height);
  }
  const laidOut = missing.map((state) => result.positions.get(state.name)!);
  const originX = Math.min(...laidOut.map((p) => p.x));
  const originY = Math.min(...laidOut.map((p) => p.y));
  const placed = new Map<string, Point>();
  missing.forEach((state, i) => {
    const point = laidOut[i]!;
    placed.set(state.name, rounded({ x: left + point.x - originX, y: bottom + GAP_BELOW + point.y - originY }));
  });
  return placed;
}

/**
 * The machine with the layout applied (and its direction remembered when every state was placed).
 * @example applyLayout(machine, await requestLayout(machine, sizes, { direction: 'DOWN' }), sizes, 'all')
 */
export function applyLayout(machine: Machine, result: LayoutResult, sizes: LayoutSizes, scope: LayoutScope): Machine {
  const updates = positionsToApply(machine, result, sizes, scope);
  if (updates.size === 0) return machine;
  const positions = new Map(machine.layout.positions);
  for (const [name, point] of updates) positions.set(name, point);
  const everyState = updates.size === machine.states.length;
  const layout = everyState ? { ...machine.layout, positions, direction: result.direction } : { ...machine.layout, positions };
  return { ...machine, layout };
}

function rounded(point: Point): Point {
  return { x: Math.round(point.x), y: Math.round(point.y) };
}
