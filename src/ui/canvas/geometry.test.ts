import { describe, expect, it } from 'vitest';
import { DANGLING_LENGTH, arcShape, borderPoint, centre, danglingShape, labelRect, loopShape, quadraticPoint, rectsOverlap, unitNormal } from './geometry';

const box = (x: number, y: number, width = 160, height = 56) => ({ x, y, width, height });

describe('borderPoint', () => {
  it('leaves through the side facing the target', () => {
    expect(borderPoint(box(0, 0, 100, 50), { x: 200, y: 25 })).toEqual({ x: 100, y: 25 });
    expect(borderPoint(box(0, 0, 100, 50), { x: -300, y: 25 })).toEqual({ x: 0, y: 25 });
    expect(borderPoint(box(0, 0, 100, 50), { x: 50, y: 500 })).toEqual({ x: 50, y: 50 });
  });

  it('leaves through a corner on the diagonal and stays on the border otherwise', () => {
    expect(borderPoint(box(0, 0, 100, 100), { x: 150, y: 150 })).toEqual({ x: 100, y: 100 });
    const p = borderPoint(box(0, 0, 100, 50), { x: 130, y: 80 });
    const onVertical = Math.abs(p.x - 100) < 1e-9 && p.y >= 0 && p.y <= 50;
    const onHorizontal = Math.abs(p.y - 50) < 1e-9 && p.x >= 0 && p.x <= 100;
    expect(onVertical || onHorizontal).toBe(true);
  });

  it('returns the centre when the target is the centre', () => {
    expect(borderPoint(box(0, 0, 100, 50), { x: 50, y: 25 })).toEqual({ x: 50, y: 25 });
  });
});

describe('arcShape', () => {
  it('draws a straight arrow between facing borders with the label halfway', () => {
    const a = box(0, 0);
    const b = box(400, 0);
    const shape = arcShape(a, b, centre(a), centre(b), 0);
    expect(shape.start).toEqual({ x: 160, y: 28 });
    expect(shape.end).toEqual({ x: 400, y: 28 });
    expect(shape.label).toEqual({ x: 280, y: 28 });
    expect(shape.path).toBe('M 160 28 L 400 28');
  });

  it('bends opposite arrows to opposite sides of one shared frame', () => {
    const a = box(0, 0);
    const b = box(400, 0);
    const forward = arcShape(a, b, centre(a), centre(b), 60);
    const backward = arcShape(b, a, centre(a), centre(b), -60);
    expect(forward.label.y).toBeGreaterThan(28);
    expect(backward.label.y).toBeLessThan(28);
    expect(forward.path).toContain(' Q ');
  });

  it('puts the label on the curve midpoint', () => {
    const a = box(0, 0);
    const b = box(400, 0);
    const shape = arcShape(a, b, centre(a), centre(b), 80);
    const control = { x: 280, y: 28 + 80 };
    expect(shape.label).toEqual(quadraticPoint(shape.start, control, shape.end, 0.5));
  });
});

describe('loopShape', () => {
  it('starts and ends on the top border and rises above the box', () => {
    const rect = box(0, 100);
    const loop = loopShape(rect, 0);
    expect(loop.start.y).toBe(100);
    expect(loop.end.y).toBe(100);
    expect(loop.start.x).toBeLessThan(loop.end.x);
    expect(loop.label.x).toBe(80);
    expect(loop.label.y).toBeLessThan(100 - 22);
  });

  it('nests further loops higher, with labels apart', () => {
    const rect = box(0, 100);
    const labels = [0, 1, 2, 3].map((level) => labelRect(loopShape(rect, level).label, { width: 120, height: 22 }));
    for (let i = 1; i < labels.length; i++) {
      expect(rectsOverlap(labels[i - 1]!, labels[i]!)).toBe(false);
      expect(rectsOverlap(labels[i]!, rect)).toBe(false);
    }
  });
});

describe('unitNormal', () => {
  it('is perpendicular and of unit length', () => {
    const n = unitNormal({ x: 1, y: 2 }, { x: 4, y: 6 });
    expect(Math.hypot(n.x, n.y)).toBeCloseTo(1);
    expect(n.x * 3 + n.y * 4).toBeCloseTo(0);
  });

  it('is zero for coinciding points', () => {
    expect(unitNormal({ x: 1, y: 1 }, { x: 1, y: 1 })).toEqual({ x: 0, y: 0 });
  });
});

describe('danglingShape', () => {
  const rect = { x: 0, y: 0, width: 160, height: 56 };
  it('points from the box to the marker of a missing target, and from the marker to the box for a missing source', () => {
    const out = danglingShape(rect, 0, 60, true);
    expect(out.ghost).toEqual({ x: 160 + DANGLING_LENGTH + 30, y: 28 });
    expect(out.start).toEqual({ x: 160, y: 28 });
    expect(out.end).toEqual({ x: 160 + DANGLING_LENGTH, y: 28 });
    const into = danglingShape(rect, 0, 60, false);
    expect(into.start).toEqual(out.end);
    expect(into.end).toEqual(out.start);
  });

  it('sets several markers on one side apart, with markers and labels clear of the box, on every side', () => {
    for (const side of ['top', 'right', 'bottom', 'left'] as const) {
      const shapes = [0, 1, 2].map((slot) => danglingShape(rect, slot, 60, true, side));
      const markers = shapes.map((s) => labelRect(s.ghost, { width: 60, height: 22 }));
      for (let i = 0; i < markers.length; i++) {
        for (let j = i + 1; j < markers.length; j++) expect(rectsOverlap(markers[i]!, markers[j]!), side).toBe(false);
        expect(rectsOverlap(markers[i]!, rect), side).toBe(false);
      }
      for (const s of shapes) expect(rectsOverlap(labelRect(s.label, { width: 50, height: 22 }), rect), side).toBe(false);
    }
  });
});
