/**
 * The overview in the canvas corner as a person uses it: press on a block to
 * bring that state to the middle of the canvas, drag to keep following, turn
 * the wheel over it to zoom; a reviewer of a shared link sees it too.
 */
import { expect, test, type Page } from '@playwright/test';
import { AppPage } from './pages/app';
import { CanvasPage } from './pages/canvas';
import { OverviewPage, viewportTransform } from './pages/overview';
import { linkFor } from './pages/share';

const wideMachine = {
  version: 1,
  name: 'Long road',
  initial: 'Start',
  states: ['Start', 'Middle', 'Finish'],
  transitions: [
    { from: 'Start', event: 'go', to: 'Middle' },
    { from: 'Middle', event: 'go', to: 'Finish' },
    { from: 'Finish', event: 'again', to: 'Start' },
  ],
  layout: { states: { Start: { x: 0, y: 0 }, Middle: { x: 1400, y: 500 }, Finish: { x: 2800, y: 0 } } },
};

async function centreOf(page: Page, name: string): Promise<{ x: number; y: number }> {
  const box = await new CanvasPage(page).box(new CanvasPage(page).state(name));
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

async function paneCentre(page: Page): Promise<{ x: number; y: number }> {
  const pane = await new CanvasPage(page).box(new CanvasPage(page).pane);
  return { x: pane.x + pane.width / 2, y: pane.y + pane.height / 2 };
}

/** One overview pixel covers many canvas pixels when zoomed in: `tolerance` allows for that. */
async function expectAtPaneCentre(page: Page, name: string, tolerance: number): Promise<void> {
  const centre = await paneCentre(page);
  const distance = async () => {
    const at = await centreOf(page, name);
    return Math.hypot(at.x - centre.x, at.y - centre.y);
  };
  await expect.poll(distance).toBeLessThan(tolerance);
}

test('pressing on the overview centres the canvas there, dragging follows, the wheel zooms within limits', async ({ page }) => {
  const app = new AppPage(page);
  const overview = new OverviewPage(page);
  await app.goto();
  await app.pasteJson(JSON.stringify(wideMachine));
  await expect(new CanvasPage(page).state('Finish')).toHaveCount(1);

  // Zoomed in on the canvas, Start is far from the middle; a press on its block brings it there.
  const fitted = (await viewportTransform(page)).zoom;
  const middle = await paneCentre(page);
  await page.mouse.move(middle.x, middle.y);
  for (let i = 0; i < 6; i++) await page.mouse.wheel(0, -120);
  await expect.poll(async () => (await viewportTransform(page)).zoom).toBeGreaterThan(fitted * 1.5);
  const start = (await overview.area('--canvas-minimap-initial')).box!;
  expect(start).toBeDefined();
  const startPoint = await overview.pagePoint({ x: start.x + start.width / 2, y: start.y + start.height / 2 });
  const zoom = (await viewportTransform(page)).zoom;
  await page.mouse.click(startPoint.x, startPoint.y);
  await expectAtPaneCentre(page, 'Start', 40);
  expect((await viewportTransform(page)).zoom).toBeCloseTo(zoom, 5);
  await page.screenshot({ path: 'e2e/screenshots/overview-centred-on-start.png' });

  // Dragging from Start's block to Finish's keeps the canvas following the pointer, before and after release.
  // Finish is the rightmost plain block, on the same row as Start.
  const plain = (await overview.area('--canvas-minimap-node')).box!;
  const finishPoint = await overview.pagePoint({ x: plain.x + plain.width - start.width / 2, y: start.y + start.height / 2 });
  await page.mouse.move(startPoint.x, startPoint.y);
  await page.mouse.down();
  await page.mouse.move(finishPoint.x, finishPoint.y, { steps: 8 });
  await expectAtPaneCentre(page, 'Finish', 40);
  const following = await viewportTransform(page);
  await page.mouse.up();
  expect(await viewportTransform(page)).toEqual(following);

  // The wheel over the overview zooms the canvas and never scrolls the page; it stops at the canvas limits.
  const zoomed = (await viewportTransform(page)).zoom;
  const bounds = await overview.bounds();
  await page.mouse.move(bounds.x + bounds.width / 2, bounds.y + bounds.height / 2);
  await page.mouse.wheel(0, 200);
  await expect.poll(async () => (await viewportTransform(page)).zoom).toBeLessThan(zoomed / 1.1);
  const out = (await viewportTransform(page)).zoom;
  await page.mouse.wheel(0, -100);
  await expect.poll(async () => (await viewportTransform(page)).zoom).toBeGreaterThan(out * 1.1);
  for (let i = 0; i < 20; i++) await page.mouse.wheel(0, -400);
  await expect.poll(async () => (await viewportTransform(page)).zoom).toBeCloseTo(2.5, 2);
  for (let i = 0; i < 30; i++) await page.mouse.wheel(0, 400);
  await expect.poll(async () => (await viewportTransform(page)).zoom).toBeCloseTo(0.2, 2);
  expect(await page.evaluate(() => [window.scrollX, window.scrollY, document.scrollingElement?.scrollTop ?? 0])).toEqual([0, 0, 0]);
});

test('a reviewer of a shared link sees the overview, and it still moves the canvas', async ({ page }) => {
  const overview = new OverviewPage(page);
  await page.goto(await linkFor(wideMachine));
  await expect(new CanvasPage(page).state('Finish')).toHaveCount(1);
  await expect(overview.region).toBeVisible();
  await expect.poll(async () => (await overview.area('--canvas-minimap-initial')).pixels).toBeGreaterThan(20);
  const plain = await overview.area('--canvas-minimap-node');
  expect(plain.pixels).toBeGreaterThan(40);

  const before = await viewportTransform(page);
  const start = (await overview.area('--canvas-minimap-initial')).box!;
  const point = await overview.pagePoint({ x: start.x + start.width / 2, y: start.y + start.height / 2 });
  await page.mouse.click(point.x, point.y);
  await expect.poll(async () => (await viewportTransform(page)).x).not.toBeCloseTo(before.x, 0);
  await expectAtPaneCentre(page, 'Start', 40);
  await page.screenshot({ path: 'e2e/screenshots/overview-review.png' });
});
