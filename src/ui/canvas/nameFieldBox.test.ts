import { describe, expect, it } from 'vitest';
import { nameFieldBox } from './nameFieldBox';

describe('nameFieldBox', () => {
  const box = { x: 100, y: 40, width: 200, height: 56 };

  it('sits on the centre of the box wherever the viewport is', () => {
    expect(nameFieldBox(box, { x: 0, y: 0, zoom: 1 }, 0)).toMatchObject({ x: 200, y: 68, scale: 1 });
    expect(nameFieldBox(box, { x: -50, y: 30, zoom: 2 }, 0)).toMatchObject({ x: 350, y: 166, scale: 2 });
  });

  it('keeps 100 % size when zoomed out, so the typed name stays readable', () => {
    expect(nameFieldBox(box, { x: 0, y: 0, zoom: 0.25 }, 0)).toMatchObject({ x: 50, y: 17, scale: 1 });
  });

  it('leaves room for the side padding and for each entry or exit marker', () => {
    expect(nameFieldBox(box, { x: 0, y: 0, zoom: 1 }, 0).width).toBe(164);
    expect(nameFieldBox(box, { x: 0, y: 0, zoom: 1 }, 2).width).toBe(128);
    expect(nameFieldBox({ ...box, width: 50 }, { x: 0, y: 0, zoom: 1 }, 2).width).toBe(40);
  });
});
