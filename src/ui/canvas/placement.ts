/**
 * Where states without a stored position are drawn, and where a new state goes
 * so that it does not land on top of another. Auto-layout replaces
 * `placeMissing` later; until then a stable grid keeps the picture from jumping.
 * Positions are the top-left corners of the state boxes, in flow coordinates.
 */
import type { Machine, Point } from '../../core/machine';

export const GRID_COLUMNS = 4;
export const GRID_X = 260;
export const GRID_Y = 170;
/** The size a state box has before it is measured (canvas.css keeps the same minimum). */
export const DEFAULT_NODE_SIZE = { width: 160, height: 56 } as const;

/**
 * Every state's position: the stored one, or its grid cell by table index.
 * @example placeMissing(machineWithStates('A', 'B')).get('B') // { x: 260, y: 0 }
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

/**
 * `wanted`, or the first spot down and to the right of it that no other box
 * starts near, so repeated "Add state" presses fan out instead of stacking.
 * @example freeSpotNear({ x: 0, y: 0 }, [{ x: 0, y: 0 }]) // { x: 32, y: 32 }
 */
export function freeSpotNear(wanted: Point, taken: Iterable<Point>): Point {
  const occupied = [...taken];
  const clash = (p: Point) => occupied.some((o) => Math.abs(o.x - p.x) < 24 && Math.abs(o.y - p.y) < 24);
  let spot = wanted;
  for (let i = 0; i < 200 && clash(spot); i++) spot = { x: spot.x + 32, y: spot.y + 32 };
  return spot;
}
