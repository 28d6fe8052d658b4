/**
 * The examples as a first-time user sees them: opened as stored, and after
 * Auto-layout in each direction (the same pipeline as computeLayout: loop room,
 * ELK, repair against what the canvas draws). Nothing may overlap, and the
 * whole drawing, labels included, must fit the canvas of a 1440×900 window at a
 * zoom where labels are drawn; left to right (the direction used on open) and
 * the stored files at a zoom where they read easily.
 */
import { describe, expect, it } from 'vitest';
import ELK from 'elkjs';
import { readFileSync } from 'node:fs';
import { restoreText, type Machine, type Point } from '../../core/machine';
import { estimatedSizes, fitZoom, layoutMachine, READABLE_ZOOM } from '../../layout';
import { LABEL_MIN_ZOOM } from '../canvas/labelDetail';
import { drawnDiagram, type DrawnSizes } from './drawnDiagram';
import { withLoopRoom, withoutLoopRoom } from './loopRoom';
import { layoutCollisions, repairLayout } from './repairLayout';

const examples = (JSON.parse(readFileSync('public/examples/index.json', 'utf8')) as { file: string }[]).map(({ file }) => file);

function example(file: string): Machine {
  const restored = restoreText(readFileSync(`public/examples/${file}`, 'utf8'));
  if (!restored.ok) throw new Error(`${file} does not restore`);
  return restored.machine;
}

/** The zoom that fits every drawn state and label box. */
function drawnFitZoom(machine: Machine, positions: ReadonlyMap<string, Point>, sizes: DrawnSizes): number {
  const drawn = drawnDiagram(machine, positions, sizes);
  const rects = [...drawn.states.values(), ...drawn.labels.values()];
  return fitZoom(rects.map((r) => ({ at: { x: r.x, y: r.y }, size: { width: r.width, height: r.height } })));
}

describe('the examples as stored', () => {
  for (const file of examples) {
    it(`${file} opens with nothing overlapping, readable in one window`, () => {
      const machine = example(file);
      const sizes = estimatedSizes(machine);
      expect(machine.states.every((s) => machine.layout.positions.has(s.name))).toBe(true);
      expect(layoutCollisions(machine, machine.layout.positions, sizes)).toEqual([]);
      expect(drawnFitZoom(machine, machine.layout.positions, sizes)).toBeGreaterThanOrEqual(READABLE_ZOOM);
    });
  }
});

// In-process ELK is compiled Java and slow to warm up, more so on a busy machine.
describe('the examples after Auto-layout', { timeout: 120_000 }, () => {
  for (const file of examples) {
    for (const direction of ['RIGHT', 'DOWN'] as const) {
      it(`${file} laid out ${direction} has no overlaps and fits a window with its labels drawn`, async () => {
        const machine = example(file);
        const sizes = estimatedSizes(machine);
        const room = withLoopRoom(machine, sizes);
        const result = await layoutMachine(new ELK(), machine, room.sizes, { direction });
        const positions = repairLayout(machine, withoutLoopRoom(result.positions, room), sizes, { budgetMs: 5000 });
        expect(layoutCollisions(machine, positions, sizes)).toEqual([]);
        const zoom = drawnFitZoom(machine, positions, sizes);
        expect(zoom).toBeGreaterThanOrEqual(LABEL_MIN_ZOOM);
        if (direction === 'RIGHT') expect(zoom).toBeGreaterThanOrEqual(READABLE_ZOOM);
      });
    }
  }
});
