import { describe, expect, it } from 'vitest';
import { machineFrom } from '../../core/testing/machineFrom';

import { danglingShape, labelRect, loopShape, type Rect } from '../canvas/geometry';
import { estimateLabelSize } from '../canvas/geometryRoutes';
import { danglingEnds, danglingSides, loopSides } from '../canvas/loopSides';
import { transitionLabel } from '../canvas/transitionLabel';
import { drawnDiagram } from './drawnDiagram';
import { layoutCollisions } from './repairLayout';

// Stop and slow come into Yellow from above, so the canvas puts Yellow's loop on a quieter side; Red names a missing 'Shiped' and 'Gone' names Green.
const lights = machineFrom({
  version: 1,
  initial: 'Red',
  states: ['Red', 'Green', 'Yellow'],
  transitions: [
    { from: 'Red', event: 'go', to: 'Green' },
    { from: 'Green', event: 'slow', to: 'Yellow' },
    { from: 'Yellow', event: 'stop', to: 'Red' },
    { from: 'Yellow', event: 'tick', to: 'Yellow' },
    { from: 'Red', event: 'Ship', to: 'Shiped' },
    { from: 'Gone', event: 'back', to: 'Green' },
  ],
  layout: { states: { Red: { x: 0, y: 0 }, Green: { x: 360, y: 0 }, Yellow: { x: 180, y: 250 } } },
});
const noSizes = { states: new Map(), labels: new Map() };
const positions = lights.layout.positions;
const rects = new Map<string, Rect>([...positions].map(([name, p]) => [name, { x: p.x, y: p.y, width: 160, height: 56 }]));

describe('drawnDiagram draws what the canvas draws', () => {
  it('puts a loop on the side loopSides chooses, not above the box', () => {
    const side = loopSides(lights.transitions, rects).get('Yellow');
    expect(side).toBeDefined();
    expect(side).not.toBe('top');
    const drawn = drawnDiagram(lights, positions, noSizes);
    expect(drawn.edges.sides.loops.get('Yellow')).toBe(side);
    const expected = loopShape(rects.get('Yellow')!, 0, side, estimateLabelSize(transitionLabel(lights.transitions[3]!)).width);
    expect(drawn.labels.get(3)).toEqual(labelRect(expected.label, estimateLabelSize(transitionLabel(lights.transitions[3]!))));
    expect(drawn.labels.get(3)!.y).toBeGreaterThan(rects.get('Yellow')!.y);
  });

  it('draws arrows naming a missing state to a marker with its name, where the canvas puts them', () => {
    const drawn = drawnDiagram(lights, positions, noSizes);
    const loops = loopSides(lights.transitions, rects);
    const hanging = danglingSides(lights.transitions, rects, loops);
    const ends = danglingEnds(new Set(['Red', 'Green', 'Yellow']), lights.transitions, hanging);
    expect([...drawn.ghosts.keys()]).toEqual([4, 5]);
    for (const index of [4, 5]) {
      const end = ends.get(index)!;
      const kept = end.outgoing ? lights.transitions[index]!.from : lights.transitions[index]!.to;
      const shape = danglingShape(rects.get(kept)!, end.slot, estimateLabelSize(end.missing).width, end.outgoing, end.side);
      expect(drawn.ghosts.get(index)).toEqual({ rect: labelRect(shape.ghost, estimateLabelSize(end.missing)), missing: end.missing });
      expect(drawn.labels.get(index)).toEqual(labelRect(shape.label, estimateLabelSize(transitionLabel(lights.transitions[index]!))));
    }
    expect(drawn.ends.get(4)).toEqual({ from: 'Red', to: 'Shiped' });
  });

  it('lets layout repair see a missing state marker lying on a box', () => {
    // Red has no other arrows, so its marker stands off its top side, and Green moved onto it collides with it.
    const machine = machineFrom({
      version: 1,
      initial: 'Red',
      states: ['Red', 'Green'],
      transitions: [{ from: 'Red', event: 'Ship', to: 'Shiped' }],
      layout: { states: { Red: { x: 0, y: 200 }, Green: { x: 0, y: 0 } } },
    });
    const drawn = drawnDiagram(machine, machine.layout.positions, noSizes);
    const ghost = drawn.ghosts.get(0)!;
    const at = new Map([
      ['Red', { x: 0, y: 200 }],
      ['Green', { x: ghost.rect.x, y: ghost.rect.y }],
    ]);
    expect(layoutCollisions(machine, at, noSizes).some((c) => c.kind === 'ghost-state' && c.ghost === 0 && c.state === 'Green')).toBe(true);
  });
});
