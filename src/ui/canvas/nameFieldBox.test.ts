import { describe, expect, it } from 'vitest';
import { nameFieldBox } from './nameFieldBox';

/** The field's rectangle on screen, as the overlay draws it: centred on (x, y), its size times the scale. */
function onScreen(field: ReturnType<typeof nameFieldBox>) {
  const width = field.width * field.scale;
  const height = field.height * field.scale;
  return { left: field.x - width / 2, top: field.y - height / 2, width, height };
}

describe('nameFieldBox', () => {
  const box = { x: 100, y: 40, width: 200, height: 56 };

  it('sits on the centre of the box wherever the viewport is', () => {
    expect(nameFieldBox(box, { x: 0, y: 0, zoom: 1 })).toMatchObject({ x: 200, y: 68, scale: 1 });
    expect(nameFieldBox(box, { x: -50, y: 30, zoom: 2 })).toMatchObject({ x: 350, y: 166, scale: 2 });
  });

  it('keeps 100 % size when zoomed out, so the typed name stays readable', () => {
    expect(nameFieldBox(box, { x: 0, y: 0, zoom: 0.25 })).toMatchObject({ x: 50, y: 17, width: 200, height: 56, scale: 1 });
  });

  it('covers the drawn box exactly at 100 % and at every zoom above', () => {
    for (const viewport of [{ x: 0, y: 0, zoom: 1 }, { x: 13, y: -7, zoom: 1.25 }, { x: -50, y: 30, zoom: 1.6466 }, { x: 4, y: 9, zoom: 2.5 }]) {
      const drawn = { left: box.x * viewport.zoom + viewport.x, top: box.y * viewport.zoom + viewport.y, width: box.width * viewport.zoom, height: box.height * viewport.zoom };
      const field = onScreen(nameFieldBox(box, viewport));
      for (const side of ['left', 'top', 'width', 'height'] as const) expect(field[side]).toBeCloseTo(drawn[side], 6);
    }
  });

  it('covers a wide box with a long name as exactly as a default one', () => {
    const wide = { x: -30, y: 12, width: 320, height: 56 };
    expect(onScreen(nameFieldBox(wide, { x: 0, y: 0, zoom: 2 }))).toEqual({ left: -60, top: 24, width: 640, height: 112 });
  });
});
