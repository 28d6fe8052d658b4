/**
 * Image export as a person uses it: File ▸ Export image (SVG / PNG). The
 * SVG parses and names every state as text; the PNG is a real PNG at twice
 * the diagram's size; a hostile state name stays text in the picture.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { AppPage, SCREENSHOTS } from './pages/app';
import { CanvasPage } from './pages/canvas';
import { linkFor } from './pages/share';

async function downloadImage(app: AppPage, item: string): Promise<{ fileName: string; bytes: Buffer }> {
  const downloading = app.page.waitForEvent('download');
  await app.chooseFileMenuItem(item);
  const download = await downloading;
  return { fileName: download.suggestedFilename(), bytes: await readFile(await download.path()) };
}

/** Parses the SVG in the browser and reads back what a viewer would show. */
async function readSvg(page: Page, text: string): Promise<{ error: string | null; root: string; texts: string[]; elements: string[] }> {
  return page.evaluate((svg) => {
    const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
    const error = doc.querySelector('parsererror')?.textContent ?? null;
    return {
      error,
      root: doc.documentElement.nodeName,
      texts: [...doc.querySelectorAll('text')].map((t) => t.textContent ?? ''),
      elements: [...new Set([...doc.querySelectorAll('*')].map((e) => e.nodeName))],
    };
  }, text);
}

test('the diagram downloads as an SVG that parses and names every state, and as a 2× PNG', async ({ page }) => {
  const app = new AppPage(page);
  await app.goto();
  await app.openExample('Order workflow');
  await expect(new CanvasPage(page).state('Delivered')).toBeVisible();
  const names = await app.stateNames();

  const svg = await downloadImage(app, 'Export image (SVG)');
  expect(svg.fileName).toMatch(/\.svg$/);
  const parsed = await readSvg(page, svg.bytes.toString('utf8'));
  expect(parsed.error).toBeNull();
  expect(parsed.root).toBe('svg');
  for (const name of names) expect(parsed.texts.some((t) => t.includes(name)), name).toBe(true);

  const png = await downloadImage(app, 'Export image (PNG)');
  expect(png.fileName).toBe(svg.fileName.replace(/\.svg$/, '.png'));
  expect([...png.bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  const width = png.bytes.readUInt32BE(16);
  const height = png.bytes.readUInt32BE(20);
  const svgWidth = Number(/width="(\d+)"/.exec(svg.bytes.toString('utf8'))?.[1]);
  expect(width).toBe(svgWidth * 2);
  expect(height).toBeGreaterThan(200);
  expect(png.bytes.length).toBeGreaterThan(10_000);
  await writeFile(`${SCREENSHOTS}/exported-order-workflow.png`, png.bytes);
  await writeFile(`${SCREENSHOTS}/exported-order-workflow.svg`, svg.bytes);
});

test('a hostile state name stays text in the exported picture', async ({ page }) => {
  const hostile = '<img src=x onerror=alert(1)>';
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await page.goto(
    await linkFor({
      version: 1,
      name: 'Hostile & "quoted"',
      initial: hostile,
      states: [hostile, 'Safe'],
      transitions: [{ from: hostile, event: '</text><script>alert(2)</script>', to: 'Safe' }],
      layout: { states: { [hostile]: { x: 0, y: 0 }, Safe: { x: 420, y: 0 } } },
    }),
  );
  const app = new AppPage(page);
  await expect(new CanvasPage(page).state(hostile)).toBeVisible();
  const svg = await downloadImage(app, 'Export image (SVG)');
  const parsed = await readSvg(page, svg.bytes.toString('utf8'));
  expect(parsed.error).toBeNull();
  expect(parsed.texts).toContain(hostile);
  expect(parsed.texts.some((t) => t.includes('</text><script>'))).toBe(true);
  expect(parsed.elements).not.toContain('img');
  expect(parsed.elements).not.toContain('script');
  expect(dialogs).toEqual([]);
});
