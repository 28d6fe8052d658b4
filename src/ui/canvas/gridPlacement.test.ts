import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { GRID_GAP, gridTile, visibleFlowRect, type FlowRect } from './gridPlacement';

const viewports = fc.record({
  x: fc.double({ min: -1e5, max: 1e5, noNaN: true }),
  y: fc.double({ min: -1e5, max: 1e5, noNaN: true }),
  zoom: fc.double({ min: 0.2, max: 2.5, noNaN: true }),
});
const panes = fc.record({ width: fc.integer({ min: 1, max: 4000 }), height: fc.integer({ min: 1, max: 3000 }) });
const covers = (outer: FlowRect, inner: FlowRect) =>
  outer.x <= inner.x && outer.y <= inner.y && outer.x + outer.width >= inner.x + inner.width && outer.y + outer.height >= inner.y + inner.height;

describe('visibleFlowRect', () => {
  it('maps the pane corners back to flow coordinates', () => {
    expect(visibleFlowRect({ x: 100, y: -50, zoom: 2 }, { width: 800, height: 600 })).toEqual({ x: -50, y: 25, width: 400, height: 300 });
  });
});

describe('gridTile', () => {
  it('always covers what the pane shows, with corners on the grid so the dots stay put', () => {
    fc.assert(
      fc.property(viewports, panes, (viewport, pane) => {
        const visible = visibleFlowRect(viewport, pane);
        const tile = gridTile(undefined, visible);
        expect(covers(tile, visible)).toBe(true);
        for (const v of [tile.x, tile.y, tile.width, tile.height]) expect(Math.abs(v % GRID_GAP)).toBe(0);
      }),
    );
  });

  it('is kept while the view stays inside it, and replaced by one covering the view once it leaves', () => {
    fc.assert(
      fc.property(viewports, panes, viewports, (first, pane, second) => {
        const tile = gridTile(undefined, visibleFlowRect(first, pane));
        const visible = visibleFlowRect(second, pane);
        const next = gridTile(tile, visible);
        if (covers(tile, visible)) expect(next).toBe(tile);
        else expect(covers(next, visible)).toBe(true);
      }),
    );
  });

  it('leaves a margin of one view on each side, so a pan of less than a screen moves nothing', () => {
    const pane = { width: 1000, height: 800 };
    const tile = gridTile(undefined, visibleFlowRect({ x: 0, y: 0, zoom: 1 }, pane));
    expect(gridTile(tile, visibleFlowRect({ x: 990, y: -790, zoom: 1 }, pane))).toBe(tile);
    expect(gridTile(tile, visibleFlowRect({ x: 1010, y: 0, zoom: 1 }, pane))).not.toBe(tile);
  });
});
