/**
 * What the canvas draws, checked in the pixels a person sees rather than in the
 * DOM: an arrow whose <svg> the browser does not render still has a path with a
 * bounding box, so only the screenshot tells it is gone. Styling and rendering
 * tweaks for speed (layers, positioning, the grid) must never drop a drawing.
 */
import { expect, test, type Page } from '@playwright/test';
import { AppPage } from './pages/app';

/** The darkest pixel (0-255, average of R, G and B) in a 9×9 screenshot around `point`. */
async function darkestAround(page: Page, point: { x: number; y: number }): Promise<number> {
  const png = await page.screenshot({ clip: { x: point.x - 4, y: point.y - 4, width: 9, height: 9 } });
  return page.evaluate(async (base64) => {
    const bitmap = await createImageBitmap(await (await fetch(`data:image/png;base64,${base64}`)).blob());
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    const context = canvas.getContext('2d')!;
    context.drawImage(bitmap, 0, 0);
    const { data } = context.getImageData(0, 0, bitmap.width, bitmap.height);
    let darkest = 255;
    for (let i = 0; i < data.length; i += 4) darkest = Math.min(darkest, (data[i]! + data[i + 1]! + data[i + 2]!) / 3);
    return darkest;
  }, png.toString('base64'));
}

/** Screen points a quarter of the way along each arrow: away from its label (at the middle) and from the states. */
async function pointsOnArrows(page: Page): Promise<{ x: number; y: number }[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll<SVGPathElement>('.react-flow__edge-path')].map((path) => {
      const at = path.getPointAtLength(path.getTotalLength() / 4);
      const matrix = path.getScreenCTM()!;
      return { x: at.x * matrix.a + at.y * matrix.c + matrix.e, y: at.x * matrix.b + at.y * matrix.d + matrix.f };
    }),
  );
}

test('the arrows, states and labels of the example are painted, not just present in the page', async ({ page }) => {
  await new AppPage(page).goto();
  await expect(page.locator('.react-flow__edge-path').first()).toBeAttached();
  const viewport = page.viewportSize()!;
  const points = (await pointsOnArrows(page)).filter((p) => p.x > 10 && p.y > 10 && p.x < viewport.width - 10 && p.y < viewport.height - 10);
  expect(points.length).toBeGreaterThanOrEqual(3);
  // The canvas background is near-white (about 247); an arrow's 1.5 px grey stroke is far darker.
  const darkest = await Promise.all(points.map((point) => darkestAround(page, point)));
  const drawn = darkest.filter((value) => value < 200).length;
  expect(drawn, `arrows drawn at ${drawn} of ${points.length} points (darkest pixels: ${darkest.map(Math.round).join(', ')})`).toBeGreaterThanOrEqual(
    Math.ceil(points.length * 0.8),
  );
  // A state's border and a label's text are drawn too.
  const state = (await page.locator('.state-node__body').first().boundingBox())!;
  expect(await darkestAround(page, { x: state.x + 1, y: state.y + state.height / 2 })).toBeLessThan(200);
  const label = (await page.locator('.transition-label').first().boundingBox())!;
  expect(await darkestAround(page, { x: label.x + label.width / 2, y: label.y + label.height / 2 })).toBeLessThan(160);
});
