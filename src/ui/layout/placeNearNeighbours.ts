/**
 * Where states without a position go when other states have one: next to a
 * state they are connected to (after it in the layout direction for a
 * successor, before it for a predecessor), on the nearest free spot across
 * that direction, so nothing the user placed moves and nothing lands on it.
 * States connected to no placed state keep ELK's arrangement among themselves,
 * below everything already drawn. Pure.
 */
import type { LayoutDirection, Machine, Point } from '../../core/machine';
import type { Rect } from '../canvas/geometry';
import { DEFAULT_NODE_SIZE } from '../canvas/placement';
import type { DrawnSizes } from './drawnDiagram';

/** Distance between a state and a neighbour placed after it, room for an arrow and its label. */
const LAYER_GAP = { RIGHT: 140, DOWN: 110 } as const;
/** Free space kept around every box when looking for a spot. */
const GAP = 40;
const BELOW_GAP = 120;

/**
 * Positions for the states that have none; `laidOut` is ELK's answer for the whole machine.
 * @example placeNearNeighbours(machine, sizes, elkPositions, 'RIGHT').get('NewState')
 */
export function placeNearNeighbours(machine: Machine, sizes: DrawnSizes, laidOut: ReadonlyMap<string, Point>, direction: LayoutDirection): Map<string, Point> {
  const stored = machine.layout.positions;
  const sizeOf = (name: string) => sizes.states.get(name) ?? DEFAULT_NODE_SIZE;
  const taken: Rect[] = [];
  const all = new Map<string, Point>();
  for (const state of machine.states) {
    const point = stored.get(state.name);
    if (!point) continue;
    all.set(state.name, point);
    taken.push({ ...point, ...sizeOf(state.name) });
  }
  const placed = new Map<string, Point>();
  const missing = new Set(machine.states.map((s) => s.name).filter((name) => !stored.has(name)));

  let progress = true;
  while (progress && missing.size > 0) {
    progress = false;
    for (const transition of machine.transitions) {
      for (const [anchor, name, after] of [
        [transition.from, transition.to, true],
        [transition.to, transition.from, false],
      ] as const) {
        const at = all.get(anchor);
        if (!at || !missing.has(name)) continue;
        const spot = freeSpot(wantedNear(at, sizeOf(anchor), sizeOf(name), direction, after), sizeOf(name), direction, taken);
        all.set(name, spot);
        placed.set(name, spot);
        taken.push({ ...spot, ...sizeOf(name) });
        missing.delete(name);
        progress = true;
      }
    }
  }

  if (missing.size > 0) {
    // Unconnected to anything placed: ELK's arrangement of them, moved below the drawing.
    const left = taken.length ? Math.min(...taken.map((r) => r.x)) : 0;
    const bottom = taken.length ? Math.max(...taken.map((r) => r.y + r.height)) + BELOW_GAP : 0;
    const points = [...missing].map((name) => laidOut.get(name) ?? { x: 0, y: 0 });
    const originX = Math.min(...points.map((p) => p.x));
    const originY = Math.min(...points.map((p) => p.y));
    [...missing].forEach((name, i) => placed.set(name, { x: left + points[i]!.x - originX, y: bottom + points[i]!.y - originY }));
  }
  return placed;
}

function wantedNear(at: Point, anchor: { width: number; height: number }, size: { width: number; height: number }, direction: LayoutDirection, after: boolean): Point {
  if (direction === 'RIGHT') {
    const x = after ? at.x + anchor.width + LAYER_GAP.RIGHT : at.x - size.width - LAYER_GAP.RIGHT;
    return { x, y: at.y + (anchor.height - size.height) / 2 };
  }
  const y = after ? at.y + anchor.height + LAYER_GAP.DOWN : at.y - size.height - LAYER_GAP.DOWN;
  return { x: at.x + (anchor.width - size.width) / 2, y };
}

/** `wanted`, or the nearest spot across the layout direction where the box touches nothing. */
function freeSpot(wanted: Point, size: { width: number; height: number }, direction: LayoutDirection, taken: readonly Rect[]): Point {
  const step = direction === 'RIGHT' ? size.height + GAP : size.width + GAP;
  const free = (p: Point) =>
    taken.every((r) => p.x + size.width + GAP <= r.x || r.x + r.width + GAP <= p.x || p.y + size.height + GAP <= r.y || r.y + r.height + GAP <= p.y);
  for (let ring = 0; ring < 200; ring++) {
    for (const sign of ring === 0 ? [1] : [1, -1]) {
      const offset = sign * ring * step;
      const spot = direction === 'RIGHT' ? { x: wanted.x, y: wanted.y + offset } : { x: wanted.x + offset, y: wanted.y };
      if (free(spot)) return { x: Math.round(spot.x), y: Math.round(spot.y) };
    }
  }
  return wanted;
}
