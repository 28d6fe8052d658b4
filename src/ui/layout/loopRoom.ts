/**
 * ELK places self-loops its own way, but the canvas draws them as arcs above
 * the box with the label on top. So each state with self-loops is given to ELK
 * as a taller (and, for wide labels, wider) box that includes that room, and
 * the answer is shifted back to the real box. Pure.
 */
import type { Machine, Point } from '../../core/machine';
import type { Size } from '../canvas/geometry';
import { LOOP_HEIGHT, LOOP_STEP } from '../canvas/geometry';
import { DEFAULT_NODE_SIZE } from '../canvas/placement';
import { estimatedLabelSize } from '../../layout/estimatedSizes';
import type { LayoutSizes } from '../../layout/types';
import type { DrawnSizes } from './drawnDiagram';

/** Room above the outermost loop's label, and beside a label wider than its box. */
const MARGIN = 8;

export interface LoopRoom {
  /** Sizes to give ELK (boxes grown by their loop room). */
  readonly sizes: LayoutSizes;
  /** How far the real box sits right of and below the grown box's corner, by state. */
  readonly offsets: ReadonlyMap<string, Point>;
}

/**
 * @example withLoopRoom(machine, sizes).offsets.get('Polling') // { x: 20, y: 64 }
 */
export function withLoopRoom(machine: Machine, sizes: DrawnSizes): LoopRoom {
  const loops = new Map<string, { count: number; widest: number; tallest: number }>();
  machine.transitions.forEach((t, index) => {
    if (t.from !== t.to) return;
    const label = sizes.labels.get(index) ?? estimatedLabelSize(t);
    const seen = loops.get(t.from) ?? { count: 0, widest: 0, tallest: 0 };
    loops.set(t.from, { count: seen.count + 1, widest: Math.max(seen.widest, label.width), tallest: Math.max(seen.tallest, label.height) });
  });
  const states = new Map<string, Size>();
  const offsets = new Map<string, Point>();
  for (const state of machine.states) {
    const box = sizes.states.get(state.name) ?? DEFAULT_NODE_SIZE;
    const loop = loops.get(state.name);
    if (!loop) {
      states.set(state.name, box);
      continue;
    }
    // The outermost loop's label is centred three quarters of the loop's height above the box (cubic midpoint).
    const above = Math.ceil(0.75 * (LOOP_HEIGHT + LOOP_STEP * (loop.count - 1)) + loop.tallest / 2 + MARGIN);
    const width = Math.max(box.width, loop.widest + 2 * MARGIN);
    states.set(state.name, { width, height: box.height + above });
    offsets.set(state.name, { x: (width - box.width) / 2, y: above });
  }
  return { sizes: { states, labels: sizes.labels }, offsets };
}

/** ELK's corners of the grown boxes, turned back into corners of the real boxes. */
export function withoutLoopRoom(positions: ReadonlyMap<string, Point>, room: LoopRoom): Map<string, Point> {
  const out = new Map<string, Point>();
  for (const [name, point] of positions) {
    const offset = room.offsets.get(name);
    out.set(name, offset ? { x: point.x + offset.x, y: point.y + offset.y } : point);
  }
  return out;
}
