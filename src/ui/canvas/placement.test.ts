import { describe, expect, it } from 'vitest';
import { emptyMachine, type Machine } from '../../core/machine';
import { DEFAULT_NODE_SIZE, freeSpotNear, GRID_X, GRID_Y, placeMissing, ROOM_TO_NOT_TOUCH } from './placement';
import { LABEL_HEIGHT, MAX_LABEL_WIDTH } from './geometryRoutes';

const machineWith = (names: string[], positions: [string, { x: number; y: number }][] = []): Machine => ({
  ...emptyMachine(),
  states: names.map((name) => ({ name })),
  layout: { positions: new Map(positions) },
});

describe('placeMissing', () => {
  it('keeps stored positions and puts the others on a grid by table index', () => {
    const positions = placeMissing(machineWith(['A', 'B', 'C', 'D', 'E'], [['B', { x: 7, y: 9 }]]));
    expect(positions.get('A')).toEqual({ x: 0, y: 0 });
    expect(positions.get('B')).toEqual({ x: 7, y: 9 });
    expect(positions.get('C')).toEqual({ x: 2 * GRID_X, y: 0 });
    expect(positions.get('E')).toEqual({ x: 0, y: GRID_Y });
  });

  it('returns the stored map itself when every state has a position', () => {
    const machine = machineWith(['A'], [['A', { x: 1, y: 2 }]]);
    expect(placeMissing(machine)).toBe(machine.layout.positions);
  });

  it('works for names that are object keys', () => {
    const positions = placeMissing(machineWith(['__proto__', 'constructor']));
    expect(positions.get('__proto__')).toEqual({ x: 0, y: 0 });
    expect(positions.get('constructor')).toEqual({ x: GRID_X, y: 0 });
  });
});

describe('freeSpotNear', () => {
  it('keeps a free spot', () => {
    expect(freeSpotNear({ x: 100, y: 100 }, [{ x: 500, y: 500 }])).toEqual({ x: 100, y: 100 });
  });

  it('steps right, then down, so new boxes never overlap existing ones', () => {
    expect(freeSpotNear({ x: 0, y: 0 }, [{ x: 0, y: 0 }])).toEqual({ x: GRID_X, y: 0 });
    expect(freeSpotNear({ x: 0, y: 0 }, [{ x: 10, y: 5 }, { x: GRID_X, y: 0 }])).toEqual({ x: 0, y: GRID_Y });
  });

  it('finds room among many boxes without overlapping any', () => {
    const taken = [{ x: 0, y: 0 }];
    for (let i = 0; i < 20; i++) taken.push(freeSpotNear({ x: 0, y: 0 }, taken));
    for (let i = 0; i < taken.length; i++) {
      for (let j = i + 1; j < taken.length; j++) {
        const a = taken[i]!;
        const b = taken[j]!;
        expect(Math.abs(a.x - b.x) >= 200 || Math.abs(a.y - b.y) >= 96).toBe(true);
      }
    }
  });

  it('leaves room along the arrow to a neighbour for the widest label, with arrow showing on both sides of it', () => {
    const shown = 2 * 24;
    for (let x = -600; x <= 600; x += 50) {
      for (let y = -300; y <= 300; y += 50) {
        const spot = freeSpotNear({ x, y }, [{ x: 0, y: 0 }]);
        const gapX = Math.abs(spot.x) - DEFAULT_NODE_SIZE.width;
        const gapY = Math.abs(spot.y) - DEFAULT_NODE_SIZE.height;
        expect(gapX >= MAX_LABEL_WIDTH + shown || gapY >= LABEL_HEIGHT + shown, `placed at ${spot.x}, ${spot.y} for ${x}, ${y}`).toBe(true);
      }
    }
  });

  it('puts the second state pressed with N beside the first with a label\'s width and more between them', () => {
    expect(GRID_X - DEFAULT_NODE_SIZE.width).toBeGreaterThanOrEqual(MAX_LABEL_WIDTH + 2 * 24);
  });

  it('keeps a spot the user chose when it only must not touch another box', () => {
    expect(freeSpotNear({ x: 250, y: 0 }, [{ x: 0, y: 0 }], ROOM_TO_NOT_TOUCH)).toEqual({ x: 250, y: 0 });
    expect(freeSpotNear({ x: 100, y: 0 }, [{ x: 0, y: 0 }], ROOM_TO_NOT_TOUCH)).not.toEqual({ x: 100, y: 0 });
  });
});
