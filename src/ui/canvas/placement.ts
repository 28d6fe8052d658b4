/**
 * Where states without a stored position are drawn, and where a new state goes
 * so that it does not land on top of another. Auto-layout replaces
 * `placeMissing` later; until then a stable grid keeps the picture from jumping.
 * Positions are the top-left corners of the state boxes, in flow coordinates.
 */
import type { Machine, Point } from '../../core/machine';
import { LABEL_HEIGHT, MAX_LABEL_WIDTH } from './geometryRoutes';

/** The size a state box has before it is measured (canvas.css keeps the same minimum). */
export const DEFAULT_NODE_SIZE = { width: 160, height: 56 } as const;
/**
 * Arrow left visible on each side of a label centred between two neighbouring
 * boxes: enough for the line and its arrowhead to read as an arrow.
 */
const ARROW_SHOWN = 36;
/** Gaps between neighbouring boxes: the widest label (or a label's height, stacked) fits along the arrow between them. */
const GAP_X = MAX_LABEL_WIDTH + 2 * ARROW_SHOWN;
const GAP_Y = LABEL_HEIGHT + 2 * ARROW_SHOWN;

export const GRID_COLUMNS = 4;
export const GRID_X = DEFAULT_NODE_SIZE.width + GAP_X;
export const GRID_Y = Math.max(170, DEFAULT_NODE_SIZE.height + GAP_Y);

/**
 * Every state's position: the stored one, or its grid cell by table index.
 * @example placeMissing(machineWithStates('A', 'B')).get('B') // { x: GRID_X, y: 0 }
 */
export function placeMissing(machine: Machine): ReadonlyMap<string, Point> {
  const stored = machine.layout.positions;
  if (machine.states.every((state) => stored.has(state.name))) return stored;
  const positions = new Map<string, Point>();
  machine.states.forEach((state, index) => {
    positions.set(state.name, stored.get(state.name) ?? gridCell(index));
  });
  return positions;
}

function gridCell(index: number): Point {
  return { x: (index % GRID_COLUMNS) * GRID_X, y: Math.floor(index / GRID_COLUMNS) * GRID_Y };
}

/** How far (between top-left corners) a new box must stay from every other box, across and down. */
export interface Room {
  readonly x: number;
  readonly y: number;
}

/**
 * Room for a box the app places itself (N, Add state): a default box plus the
 * gap a label needs, so an arrow drawn to a neighbour is never hidden under its own label.
 */
export const ROOM_FOR_LABELS: Room = { x: DEFAULT_NODE_SIZE.width + GAP_X, y: DEFAULT_NODE_SIZE.height + GAP_Y };
/** Room for a box put where the user double-clicked: it only must not touch another box; the spot is theirs. */
export const ROOM_TO_NOT_TOUCH: Room = { x: DEFAULT_NODE_SIZE.width + 40, y: DEFAULT_NODE_SIZE.height + 40 };

/**
 * `wanted`, or the nearest grid step away from it where a new box keeps `room`
 * from every other box, so repeated "Add state" presses lay states side by side
 * instead of stacking them. Rings are tried outwards, right and down first.
 * @example freeSpotNear({ x: 0, y: 0 }, [{ x: 0, y: 0 }]) // { x: GRID_X, y: 0 }
 */
export function freeSpotNear(wanted: Point, taken: Iterable<Point>, room: Room = ROOM_FOR_LABELS): Point {
  const occupied = [...taken];
  const free = (p: Point) => occupied.every((o) => Math.abs(o.x - p.x) >= room.x || Math.abs(o.y - p.y) >= room.y);
  for (let ring = 0; ring <= 12; ring++) {
    for (const [dx, dy] of ringSteps(ring)) {
      const spot = { x: wanted.x + dx * GRID_X, y: wanted.y + dy * GRID_Y };
      if (free(spot)) return spot;
    }
  }
  return wanted;
}

/** Grid steps on the square ring at distance `ring`, nearest (and right, then down) first. */
function ringSteps(ring: number): [number, number][] {
  if (ring === 0) return [[0, 0]];
  const steps: [number, number][] = [];
  for (let dx = -ring; dx <= ring; dx++) {
    for (let dy = -ring; dy <= ring; dy++) if (Math.max(Math.abs(dx), Math.abs(dy)) === ring) steps.push([dx, dy]);
  }
  const rank = ([dx, dy]: [number, number]) => Math.hypot(dx, dy) * 10 - (dx > 0 ? 2 : 0) - (dy > 0 ? 1 : 0);
  return steps.sort((a, b) => rank(a) - rank(b));
}
