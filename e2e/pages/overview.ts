/**
 * The overview in the canvas corner, as a person sees it: coloured blocks on a
 * small picture. Colours are read from the picture's pixels, the way an eye
 * finds the blue block; positions are compared as fractions of the drawing, so
 * no test needs the overview's scale.
 */
import { expect, type Locator, type Page } from '@playwright/test';
import type { Box } from './canvas';

/** Where a colour shows on the overview, in CSS pixels inside the overview box. */
export interface ColourArea {
  /** Device pixels of that colour. */
  readonly pixels: number;
  /** Their bounding box, or undefined when the colour is not drawn. */
  readonly box: Box | undefined;
}

export class OverviewPage {
  readonly region: Locator;
  readonly picture: Locator;

  constructor(readonly page: Page) {
    this.region = page.getByRole('img', { name: 'Overview of the machine' });
    this.picture = this.region.locator('canvas');
  }

  /**
   * Where the overview shows the colour a CSS variable names (`--canvas-minimap-initial`);
   * `undefined` colour name means any drawn pixel.
   */
  async area(variable: string | undefined): Promise<ColourArea> {
    await expect(this.picture).toBeVisible();
    return this.picture.evaluate((canvas: HTMLCanvasElement, name) => {
      let wanted: [number, number, number] | undefined;
      if (name !== undefined) {
        const probe = document.createElement('span');
        probe.style.color = getComputedStyle(canvas).getPropertyValue(name).trim();
        canvas.parentElement!.append(probe);
        const rgb = getComputedStyle(probe).color.match(/\d+/g)!.map(Number);
        probe.remove();
        wanted = [rgb[0]!, rgb[1]!, rgb[2]!];
      }
      const { data, width, height } = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height);
      const ratio = canvas.width / canvas.getBoundingClientRect().width;
      let pixels = 0;
      let left = Infinity;
      let top = Infinity;
      let right = -Infinity;
      let bottom = -Infinity;
      for (let y = 0; y < height; y++) {
        for (let x = 0; x < width; x++) {
          const i = (y * width + x) * 4;
          const drawn = data[i + 3]! === 255;
          if (!drawn || (wanted && (data[i] !== wanted[0] || data[i + 1] !== wanted[1] || data[i + 2] !== wanted[2]))) continue;
          pixels++;
          left = Math.min(left, x);
          top = Math.min(top, y);
          right = Math.max(right, x + 1);
          bottom = Math.max(bottom, y + 1);
        }
      }
      const box = pixels === 0 ? undefined : { x: left / ratio, y: top / ratio, width: (right - left) / ratio, height: (bottom - top) / ratio };
      return { pixels, box };
    }, variable);
  }

  /** The overview box on the page. */
  async bounds(): Promise<Box> {
    const box = await this.region.boundingBox();
    if (!box) throw new Error('the overview is not shown');
    return box;
  }

  /** A point inside the overview, given in CSS pixels from its top-left corner, on the page. */
  async pagePoint(point: { x: number; y: number }): Promise<{ x: number; y: number }> {
    const bounds = await this.bounds();
    // The border sits outside the picture.
    const picture = await this.picture.boundingBox();
    const origin = picture ?? bounds;
    return { x: origin.x + point.x, y: origin.y + point.y };
  }
}

/** A box's centre as fractions of an enclosing box: (0, 0) top-left, (1, 1) bottom-right. */
export function relativeCentre(box: Box, within: Box): { x: number; y: number } {
  return { x: (box.x + box.width / 2 - within.x) / within.width, y: (box.y + box.height / 2 - within.y) / within.height };
}

/** The smallest box holding all the given boxes. */
export function unionOf(boxes: readonly Box[]): Box {
  const left = Math.min(...boxes.map((b) => b.x));
  const top = Math.min(...boxes.map((b) => b.y));
  const right = Math.max(...boxes.map((b) => b.x + b.width));
  const bottom = Math.max(...boxes.map((b) => b.y + b.height));
  return { x: left, y: top, width: right - left, height: bottom - top };
}

/** The canvas zoom, read from React Flow's viewport transform. */
export async function viewportTransform(page: Page): Promise<{ x: number; y: number; zoom: number }> {
  return page.locator('.react-flow__viewport').evaluate((el) => {
    const matrix = new DOMMatrix(getComputedStyle(el).transform);
    return { x: matrix.e, y: matrix.f, zoom: matrix.a };
  });
}
