import { describe, expect, it } from 'vitest';
import type { Transition } from '../../core/machine';
import { attachedSide, danglingEnds, danglingSides, edgeSides, loopSides } from './loopSides';
import { labelRect, loopShape, rectsOverlap, type Rect } from './geometry';

const box = (x: number, y: number): Rect => ({ x, y, width: 160, height: 56 });
const t = (from: string, event: string, to: string): Transition => ({ from, event, to });

describe('attachedSide', () => {
  it('names the side facing the other box, judged by the box aspect', () => {
    expect(attachedSide(box(0, 0), box(400, 0))).toBe('right');
    expect(attachedSide(box(0, 0), box(-400, 10))).toBe('left');
    expect(attachedSide(box(0, 0), box(60, 300))).toBe('bottom');
    expect(attachedSide(box(0, 0), box(100, -200))).toBe('top');
  });
});

describe('loopSides', () => {
  it('keeps a loop on a box with no other arrows above it', () => {
    expect(loopSides([t('A', 'tick', 'A')], new Map([['A', box(0, 0)]]))).toEqual(new Map([['A', 'top']]));
  });

  it('moves the loop off the side where arrows arrive (traffic light: stop and slow come into Yellow from above)', () => {
    const rects = new Map([
      ['Red', box(0, 0)],
      ['Green', box(360, 0)],
      ['Yellow', box(180, 250)],
    ]);
    const transitions = [t('Red', 'go', 'Green'), t('Green', 'slow', 'Yellow'), t('Yellow', 'stop', 'Red'), t('Yellow', 'tick', 'Yellow')];
    const sides = loopSides(transitions, rects);
    expect(sides.get('Yellow')).not.toBe('top');
    expect(sides.get('Yellow')).toBe('right');
    // The loop's label stays clear of the box it belongs to.
    const loop = loopShape(rects.get('Yellow')!, 0, 'right', 90);
    expect(rectsOverlap(labelRect(loop.label, { width: 90, height: 22 }), rects.get('Yellow')!)).toBe(false);
  });

  it('picks the least busy side when every side has arrows', () => {
    const rects = new Map([
      ['C', box(0, 0)],
      ['N', box(0, -300)],
      ['E', box(400, 0)],
      ['S', box(0, 300)],
      ['W', box(-400, 0)],
    ]);
    const transitions = [t('C', 'loop', 'C'), t('N', 'a', 'C'), t('N', 'b', 'C'), t('C', 'c', 'E'), t('S', 'd', 'C'), t('C', 'e', 'W'), t('W', 'f', 'C')];
    expect(loopSides(transitions, rects).get('C')).toBe('right');
  });

  it('skips transitions naming a state with no box', () => {
    expect(loopSides([t('Ghost', 'x', 'Ghost'), t('A', 'y', 'Ghost')], new Map([['A', box(0, 0)]]))).toEqual(new Map());
  });
});

describe('danglingSides', () => {
  it('hangs arrows to missing states off the quietest side, keeping clear of a loop', () => {
    const rects = new Map([
      ['Draft', box(0, 0)],
      ['Paid', box(300, 0)],
      ['Done', box(600, 0)],
    ]);
    const transitions = [t('Draft', 'Pay', 'Paid'), t('Paid', 'Ship', 'Shiped'), t('Paid', 'x', 'Done')];
    expect(danglingSides(transitions, rects, new Map())).toEqual(new Map([['Paid', 'top']]));
    expect(danglingSides(transitions, rects, new Map([['Paid', 'top']]))).toEqual(new Map([['Paid', 'bottom']]));
  });
});

describe('edgeSides and danglingEnds', () => {
  it('judges sides from default-size boxes at the positions, and numbers the dangling arrows of each box', () => {
    const positions = new Map([
      ['Red', { x: 0, y: 0 }],
      ['Green', { x: 360, y: 0 }],
      ['Yellow', { x: 180, y: 250 }],
    ]);
    const transitions = [t('Red', 'go', 'Green'), t('Green', 'slow', 'Yellow'), t('Yellow', 'stop', 'Red'), t('Yellow', 'tick', 'Yellow'), t('Yellow', 'x', 'Gone'), t('Lost', 'y', 'Yellow'), t('Lost', 'z', 'Gone')];
    const rects = new Map([...positions].map(([name, p]) => [name, box(p.x, p.y)]));
    const sides = edgeSides(transitions, positions);
    expect(sides.loops).toEqual(loopSides(transitions, rects));
    expect(sides.dangling).toEqual(danglingSides(transitions, rects, sides.loops));
    const ends = danglingEnds(new Set(positions.keys()), transitions, sides.dangling);
    const side = sides.dangling.get('Yellow')!;
    expect(side).not.toBe(sides.loops.get('Yellow'));
    expect([...ends]).toEqual([
      [4, { missing: 'Gone', outgoing: true, slot: 0, side }],
      [5, { missing: 'Lost', outgoing: false, slot: 1, side }],
    ]);
  });
});
