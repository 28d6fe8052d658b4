import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import type { Transition } from '../../core/machine';
import { arcShape, centre, danglingShape, labelRect, loopShape, rectsOverlap, type Rect } from './geometry';
import { estimateLabelSize, ghostSize, groupBends, MAX_LABEL_WIDTH, planRoutes, transitionShape, type EdgeRoute } from './geometryRoutes';

const t = (from: string, event: string, to: string): Transition => ({ from, event, to });

describe('planRoutes', () => {
  it('nests self-loops per state in table order', () => {
    const routes = planRoutes([t('A', 'x', 'A'), t('B', 'y', 'B'), t('A', 'z', 'A')]);
    expect(routes).toEqual([
      { kind: 'loop', level: 0 },
      { kind: 'loop', level: 0 },
      { kind: 'loop', level: 1 },
    ]);
  });

  it('puts parallel and opposite arrows of one pair in one group, each with its own slot', () => {
    const routes = planRoutes([t('A', 'x', 'B'), t('B', 'y', 'A'), t('A', 'z', 'C'), t('A', 'w', 'B')]);
    const [ab, ba, ac, ab2] = routes as [EdgeRoute, EdgeRoute, EdgeRoute, EdgeRoute];
    if (ab.kind !== 'arc' || ba.kind !== 'arc' || ac.kind !== 'arc' || ab2.kind !== 'arc') throw new Error('expected arcs');
    expect(ab.group).toBe(ba.group);
    expect(ab.group).toBe(ab2.group);
    expect(ac.group).not.toBe(ab.group);
    expect([ab.slot, ba.slot, ab2.slot]).toEqual([0, 1, 2]);
    expect(ab.group.first).toBe('A');
    expect(ab.group.second).toBe('B');
  });

  it('keeps names that look like object keys or JSON apart', () => {
    const routes = planRoutes([t('__proto__', 'x', 'constructor'), t('a","b', 'y', 'c'), t('a', 'z', 'b","c')]);
    const groups = new Set(routes.map((r) => (r.kind === 'arc' ? r.group : null)));
    expect(groups.size).toBe(3);
  });
});

describe('groupBends', () => {
  it('leaves a lone arrow straight', () => {
    expect(groupBends([{ width: 40, height: 22 }], { x: 0, y: 0 }, { x: 100, y: 0 })).toEqual([0]);
  });

  it('spreads arrows symmetrically around the chord', () => {
    const bends = groupBends([estimateLabelSize('a'), estimateLabelSize('b'), estimateLabelSize('c')], { x: 0, y: 0 }, { x: 300, y: 0 });
    expect(bends[1]).toBe(0);
    expect(bends[0]).toBe(-bends[2]!);
  });

  it('spaces labels further apart across a vertical chord, where their widths face each other', () => {
    const labels = [estimateLabelSize('InsertCoin'), estimateLabelSize('Refund')];
    const horizontal = groupBends(labels, { x: 0, y: 0 }, { x: 300, y: 0 });
    const vertical = groupBends(labels, { x: 0, y: 0 }, { x: 0, y: 300 });
    expect(Math.abs(vertical[0]!)).toBeGreaterThan(Math.abs(horizontal[0]!));
  });
});

describe('estimateLabelSize', () => {
  it('grows with the text up to the ellipsis limit', () => {
    expect(estimateLabelSize('go').width).toBeLessThan(estimateLabelSize('InsertCoin').width);
    expect(estimateLabelSize('x'.repeat(500)).width).toBe(MAX_LABEL_WIDTH);
  });
});

const nodeBox = (x: number, y: number): Rect => ({ x, y, width: 160, height: 56 });

test.prop([
  fc.double({ min: 0, max: 2 * Math.PI, noNaN: true }),
  fc.integer({ min: 300, max: 700 }),
  fc.array(fc.string({ minLength: 1, maxLength: 30 }), { minLength: 2, maxLength: 5 }),
  fc.array(fc.boolean(), { minLength: 5, maxLength: 5 }),
])('labels of arrows between one pair never overlap each other', (angle, distance, events, reversed) => {
  const a = nodeBox(0, 0);
  const b = nodeBox(Math.cos(angle) * distance, Math.sin(angle) * distance);
  const transitions = events.map((event, i) => (reversed[i] ? t('B', event, 'A') : t('A', event, 'B')));
  const routes = planRoutes(transitions);
  const rect = (name: string) => (name === 'A' ? a : b);
  const labels = routes.map((route, i) => {
    if (route.kind !== 'arc') throw new Error('expected arcs');
    const transition = transitions[i]!;
    const first = centre(rect(route.group.first));
    const second = centre(rect(route.group.second));
    const bend = groupBends(route.group.labels, first, second)[route.slot]!;
    const shape = arcShape(rect(transition.from), rect(transition.to), first, second, bend);
    return labelRect(shape.label, route.group.labels[route.slot]!);
  });
  for (let i = 0; i < labels.length; i++) {
    for (let j = i + 1; j < labels.length; j++) expect(rectsOverlap(labels[i]!, labels[j]!)).toBe(false);
  }
});

describe('transitionShape (what TransitionEdge draws)', () => {
  const box = { x: 0, y: 100, width: 160, height: 56 };
  it('draws a loop on the side it is given, with the label pushed off by its width', () => {
    const loop = { from: 'A', event: 'tick', to: 'A' };
    expect(transitionShape(loop, { kind: 'loop', level: 1 }, box, box, 'left')).toEqual(loopShape(box, 1, 'left', estimateLabelSize('tick').width));
    expect(transitionShape(loop, { kind: 'loop', level: 0 }, box, box)).toEqual(loopShape(box, 0));
  });

  it('draws an arrow naming a missing state to a marker sized for the name', () => {
    const shape = transitionShape({ from: 'A', event: 'x', to: 'Gone' }, planRoutes([{ from: 'A', event: 'x', to: 'Gone' }])[0]!, box, box, undefined, {
      missing: 'Gone',
      outgoing: true,
      slot: 1,
      side: 'bottom',
    });
    expect(shape).toEqual(danglingShape(box, 1, ghostSize('Gone').width, true, 'bottom'));
  });
});
