/**
 * What auto-layout is judged by, read from the page as a person would see it:
 * the drawn boxes of states and transition labels, and any pair that overlaps.
 */
import { expect, type Page } from '@playwright/test';

export interface DrawnBox {
  readonly what: string;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** Every state box and label box on screen. */
export async function drawnBoxes(page: Page): Promise<DrawnBox[]> {
  return page.evaluate(() => {
    const boxes: { what: string; x: number; y: number; width: number; height: number }[] = [];
    for (const element of document.querySelectorAll<HTMLElement>('.react-flow__node, .transition-label')) {
      const r = element.getBoundingClientRect();
      const what = element.classList.contains('react-flow__node') ? `state ${element.getAttribute('aria-label')}` : `label ${element.textContent}`;
      boxes.push({ what, x: r.x, y: r.y, width: r.width, height: r.height });
    }
    return boxes;
  });
}

/** Pairs of boxes sharing more than half a pixel of area, by name. */
export function overlappingPairs(boxes: readonly DrawnBox[]): string[] {
  const pairs: string[] = [];
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length; j++) {
      const a = boxes[i]!;
      const b = boxes[j]!;
      const w = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
      const h = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
      if (w > 0.5 && h > 0.5) pairs.push(`${a.what} × ${b.what}`);
    }
  }
  return pairs;
}

/** Each state's stored position as React Flow places it (flow coordinates), by accessible name. */
export async function flowPositions(page: Page): Promise<Map<string, { x: number; y: number }>> {
  const positions = await page.locator('.react-flow__node').evaluateAll((nodes) =>
    nodes.map((node) => {
      const match = /translate\((-?[\d.]+)px,\s*(-?[\d.]+)px\)/.exec((node as HTMLElement).style.transform);
      return { name: node.getAttribute('aria-label') ?? '', x: Number(match?.[1]), y: Number(match?.[2]) };
    }),
  );
  return new Map(positions.map((p) => [p.name, { x: p.x, y: p.y }]));
}

/** Waits until no layout is running (the status bar indicator is gone) and the drawing has settled. */
export async function waitForLayout(page: Page): Promise<void> {
  await expect(page.getByTestId('layout-indicator')).toBeHidden({ timeout: 20_000 });
  let previous = '';
  await expect
    .poll(async () => {
      const now = JSON.stringify([...(await flowPositions(page))]);
      const settled = now === previous;
      previous = now;
      return settled;
    })
    .toBe(true);
}

/** The canvas's current zoom, as React Flow applies it to the viewport. */
export async function viewportZoom(page: Page): Promise<number> {
  const transform = await page.locator('.react-flow__viewport').evaluate((viewport) => (viewport as HTMLElement).style.transform);
  return Number(/scale\(([\d.]+)\)/.exec(transform)?.[1]);
}

/** Fits the whole machine into view as a person would: Shift+1 on the canvas. */
export async function fitToView(page: Page): Promise<void> {
  await page.locator('.react-flow__pane').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('Shift+Digit1');
  let previous = NaN;
  await expect
    .poll(async () => {
      const now = await viewportZoom(page);
      const settled = now === previous;
      previous = now;
      return settled;
    })
    .toBe(true);
}
