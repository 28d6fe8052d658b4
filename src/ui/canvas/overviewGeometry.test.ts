import { describe, expect } from 'vitest';
import { test, fc } from '@fast-check/vitest';
import {
  boundsOf,
  overviewFrame,
  shadesAround,
  toOverview,
  viewportCentredOn,
  viewportInOverview,
  visibleWorldRect,
  worldPointAt,
  zoomAfterWheel,
  type Rect,
} from './overviewGeometry';

const BOX = { width: 200, height: 150 };
const rect = fc.record({
  x: fc.double({ min: -5000, max: 5000, noNaN: true }),
  y: fc.double({ min: -5000, max: 5000, noNaN: true }),
  width: fc.double({ min: 1, max: 3000, noNaN: true }),
  height: fc.double({ min: 1, max: 3000, noNaN: true }),
});
const inside = (inner: Rect, outer: Rect, slack = 1e-6) =>
  inner.x >= outer.x - slack &&
  inner.y >= outer.y - slack &&
  inner.x + inner.width <= outer.x + outer.width + slack &&
  inner.y + inner.height <= outer.y + outer.height + slack;

describe('boundsOf', () => {
  test('is undefined for no states', () => {
    expect(boundsOf([])).toBeUndefined();
  });

  test('holds states on every side of the origin', () => {
    expect(
      boundsOf([
        { x: -50, y: 10, width: 20, height: 10 },
        { x: 100, y: -30, width: 40, height: 20 },
      ]),
    ).toEqual({ x: -50, y: -30, width: 190, height: 50 });
  });

  test.prop([fc.array(rect, { minLength: 1, maxLength: 20 })])('holds every rectangle it was given', (rects) => {
    const bounds = boundsOf(rects)!;
    for (const r of rects) expect(inside(r, bounds)).toBe(true);
  });
});

describe('overviewFrame', () => {
  test('centres a wide machine vertically and keeps the padding at the sides', () => {
    const frame = overviewFrame({ x: 100, y: 100, width: 900, height: 100 }, BOX, 10);
    expect(frame.scale).toBeCloseTo(0.2);
    const drawn = toOverview(frame, { x: 100, y: 100, width: 900, height: 100 });
    expect(drawn.x).toBeCloseTo(10);
    expect(drawn.x + drawn.width).toBeCloseTo(190);
    expect(drawn.y + drawn.height / 2).toBeCloseTo(75);
  });

  test('gives a single point a usable frame', () => {
    const frame = overviewFrame({ x: 40, y: 40, width: 0, height: 0 }, BOX, 10);
    expect(Number.isFinite(frame.scale)).toBe(true);
    expect(toOverview(frame, { x: 40, y: 40, width: 0, height: 0 })).toMatchObject({ x: 100, y: 75 });
  });

  test.prop([rect])('draws the bounds inside the box, clear of the padding, touching it on one axis', (bounds) => {
    const frame = overviewFrame(bounds, BOX, 10);
    const drawn = toOverview(frame, bounds);
    expect(inside(drawn, { x: 10, y: 10, width: 180, height: 130 })).toBe(true);
    expect(Math.max(drawn.width / 180, drawn.height / 130)).toBeCloseTo(1);
  });

  test.prop([rect, fc.record({ x: fc.double({ min: 0, max: 200, noNaN: true }), y: fc.double({ min: 0, max: 150, noNaN: true }) })])(
    'worldPointAt undoes toOverview',
    (bounds, point) => {
      const frame = overviewFrame(bounds, BOX, 10);
      const world = worldPointAt(frame, point);
      const back = toOverview(frame, { ...world, width: 0, height: 0 });
      expect(back.x).toBeCloseTo(point.x, 6);
      expect(back.y).toBeCloseTo(point.y, 6);
    },
  );
});

describe('the visible area', () => {
  test('is the pane divided by the zoom, starting where the viewport shifted the origin', () => {
    expect(visibleWorldRect({ x: -200, y: 100, zoom: 2 }, { width: 800, height: 600 })).toEqual({ x: 100, y: -50, width: 400, height: 300 });
  });

  test('in overview pixels follows the same frame as the states', () => {
    const frame = { scale: 0.1, offsetX: 5, offsetY: 7 };
    expect(viewportInOverview(frame, { x: 0, y: 0, zoom: 1 }, { width: 1000, height: 500 })).toEqual({ x: 5, y: 7, width: 100, height: 50 });
  });

  test('panning moves it without resizing it; zooming in shrinks it about the same frame', () => {
    const frame = overviewFrame({ x: 0, y: 0, width: 2000, height: 1000 }, BOX, 10);
    const pane = { width: 800, height: 600 };
    const before = viewportInOverview(frame, { x: 0, y: 0, zoom: 1 }, pane);
    const panned = viewportInOverview(frame, { x: -300, y: 0, zoom: 1 }, pane);
    expect(panned.width).toBeCloseTo(before.width);
    expect(panned.x).toBeGreaterThan(before.x);
    const zoomed = viewportInOverview(frame, { x: 0, y: 0, zoom: 2 }, pane);
    expect(zoomed.width).toBeCloseTo(before.width / 2);
  });

  test.prop([fc.record({ x: fc.double({ min: -1e4, max: 1e4, noNaN: true }), y: fc.double({ min: -1e4, max: 1e4, noNaN: true }) }), fc.double({ min: 0.2, max: 2.5, noNaN: true })])(
    'centring on a point puts that point in the middle of the visible area',
    (point, zoom) => {
      const pane = { width: 1000, height: 700 };
      const visible = visibleWorldRect(viewportCentredOn(point, zoom, pane), pane);
      expect(visible.x + visible.width / 2).toBeCloseTo(point.x, 6);
      expect(visible.y + visible.height / 2).toBeCloseTo(point.y, 6);
    },
  );
});

describe('shadesAround', () => {
  const area = (rects: readonly Rect[]) => rects.reduce((sum, r) => sum + r.width * r.height, 0);

  test('covers the box around the visible area and nothing inside it', () => {
    const shades = shadesAround({ x: 50, y: 40, width: 60, height: 30 }, BOX);
    expect(area(shades)).toBeCloseTo(200 * 150 - 60 * 30);
    expect(shades[2]).toEqual({ x: 0, y: 40, width: 50, height: 30 });
    expect(shades[3]).toEqual({ x: 110, y: 40, width: 90, height: 30 });
  });

  test('covers the whole box when the visible area is elsewhere, and nothing when it holds the box', () => {
    expect(area(shadesAround({ x: 400, y: 400, width: 50, height: 50 }, BOX))).toBeCloseTo(200 * 150);
    expect(area(shadesAround({ x: -10, y: -10, width: 300, height: 300 }, BOX))).toBe(0);
  });

  test.prop([rect])('never leaves the box and never overlaps', (visible) => {
    const shades = shadesAround(visible, BOX);
    for (const shade of shades) {
      expect(shade.width).toBeGreaterThanOrEqual(0);
      expect(shade.height).toBeGreaterThanOrEqual(0);
      expect(inside(shade, { x: 0, y: 0, ...BOX })).toBe(true);
    }
    const clipped = {
      width: Math.max(0, Math.min(visible.x + visible.width, 200) - Math.max(visible.x, 0)),
      height: Math.max(0, Math.min(visible.y + visible.height, 150) - Math.max(visible.y, 0)),
    };
    expect(area(shades) + clipped.width * clipped.height).toBeCloseTo(200 * 150, 3);
  });
});

describe('zoomAfterWheel', () => {
  test('scrolling up zooms in, down zooms out, lines count more than pixels', () => {
    expect(zoomAfterWheel(1, -100, 0, 0.2, 2.5)).toBeGreaterThan(1);
    expect(zoomAfterWheel(1, 100, 0, 0.2, 2.5)).toBeLessThan(1);
    expect(zoomAfterWheel(1, -3, 1, 0.2, 2.5)).toBeCloseTo(zoomAfterWheel(1, -48, 0, 0.2, 2.5));
  });

  test('stays within the canvas zoom limits', () => {
    expect(zoomAfterWheel(2.4, -5000, 0, 0.2, 2.5)).toBe(2.5);
    expect(zoomAfterWheel(0.3, 5000, 0, 0.2, 2.5)).toBe(0.2);
  });
});
