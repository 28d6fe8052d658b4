/**
 * Export as a person uses it: open an example, open Export, go through every
 * format, read the preview, copy it and download it. What the page shows,
 * copies and downloads is compared byte for byte with the generators run here
 * on the same example file.
 */
import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { exportTarget, fileStem } from '../src/core/codegen';
import { splitLines } from '../src/ui/code/codeLines';
import { restoreText, serialize, type Machine } from '../src/core/machine';
import { randomMachine } from '../src/core/testing/randomMachine';
import { AppPage } from './pages/app';
import { CanvasPage } from './pages/canvas';
import { ExportPage } from './pages/export';

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

function example(file: string): Machine {
  const result = restoreText(readFileSync(`public/examples/${file}`, 'utf8'));
  if (!result.ok) throw new Error(`${file} does not restore`);
  return result.machine;
}

function generated(machine: Machine, targetId: string, modulePath?: string, sourceFile = 'vending-machine.fsm.json'): string {
  const target = exportTarget(targetId);
  if (!target) throw new Error(`no target ${targetId}`);
  return target.generate(machine, { sourceFile, ...(modulePath ? { modulePath } : {}) });
}

/** Each format: its title in the picker, its file name for "Vending machine", and a line only it starts with. */
const FORMATS = [
  { id: 'ts', title: 'TypeScript module', fileName: 'vending-machine.machine.ts', marker: 'export function createMachine' },
  { id: 'test', title: 'Vitest tests for the module', fileName: 'vending-machine.machine.test.ts', marker: 'from "./vending-machine.machine"' },
  { id: 'mermaid', title: 'Mermaid', fileName: 'vending-machine.mmd', marker: 'stateDiagram-v2' },
  { id: 'scxml', title: 'SCXML', fileName: 'vending-machine.scxml', marker: '<scxml' },
  { id: 'dot', title: 'Graphviz DOT', fileName: 'vending-machine.dot', marker: 'digraph' },
  { id: 'xstate', title: 'XState v5', fileName: 'vending-machine.xstate.js', marker: 'createMachine(' },
  { id: 'json', title: 'JSON', fileName: 'vending-machine.fsm.json', marker: '"version": 1' },
] as const;

test('every format previews, copies and downloads exactly what the generator writes; the highlighter loads only with the dialog', async ({ page }) => {
  const app = new AppPage(page);
  const exporter = new ExportPage(page);
  const loaded: string[] = [];
  page.on('request', (request) => loaded.push(new URL(request.url()).pathname));
  const lazyChunks = () => loaded.filter((path) => /\/assets\/(ExportDialog|highlightWorker)-[^/]*\.js$/.test(path));

  await app.goto();
  await app.openExample('Vending machine');
  await expect(page.getByRole('group', { name: /^State Idle/ })).toBeVisible();
  expect(lazyChunks(), 'the export code and Prism are not part of the first load').toEqual([]);

  await exporter.open();
  await expect.poll(lazyChunks).toHaveLength(2);
  await expect(exporter.format('TypeScript module')).toHaveAttribute('aria-checked', 'true');
  await exporter.waitUntilHighlighted();
  await expect(exporter.preview.locator('.token.keyword').first()).toBeVisible();
  await app.screenshot('export-typescript');

  const machine = example('vending-machine.fsm.json');
  for (const format of FORMATS) {
    await exporter.choose(format.title);
    await expect(exporter.dialog.getByText(format.fileName, { exact: true }).first()).toBeVisible();
    await expect(exporter.preview).toContainText(format.marker);
    const copied = await exporter.copy();
    if (format.id === 'json') {
      // The app's document also holds the canvas layout; compare meaning and canonical form.
      const restored = restoreText(copied);
      expect(restored.ok).toBe(true);
      if (restored.ok) {
        expect(serialize(restored.machine), 'canonical: serialising again changes nothing').toBe(copied);
        expect(serialize({ ...restored.machine, layout: machine.layout })).toBe(serialize(machine));
      }
    } else {
      expect(copied, `${format.id} clipboard`).toBe(generated(machine, format.id));
    }
    expect(await exporter.previewLines(), `${format.id} preview`).toEqual(splitLines(copied));
    const download = await exporter.download();
    expect(download.fileName).toBe(format.fileName);
    expect(download.text, `${format.id} download`).toBe(copied);
    if (format.id === 'mermaid') await app.screenshot('export-mermaid');
  }
  await exporter.close();
});

test('the test file imports the module from the path typed, and downloads with it', async ({ page }) => {
  const app = new AppPage(page);
  const exporter = new ExportPage(page);
  await app.goto();
  await app.openExample('Vending machine');
  await exporter.open();
  await exporter.choose('Vitest tests for the module');
  await expect(exporter.modulePath).toHaveAttribute('placeholder', './vending-machine.machine');
  await exporter.modulePath.fill('../src/machines/vending');
  await expect(exporter.preview).toContainText('from "../src/machines/vending";');
  const expected = generated(example('vending-machine.fsm.json'), 'test', '../src/machines/vending');
  await expect.poll(() => exporter.previewLines()).toEqual(splitLines(expected));
  expect((await exporter.download()).text).toBe(expected);

  // Other formats have no import path; the typed one is kept for the next time.
  await exporter.choose('Mermaid');
  await expect(exporter.modulePath).toBeHidden();
  await exporter.close();
  await exporter.open();
  await exporter.choose('Vitest tests for the module');
  await expect(exporter.modulePath).toHaveValue('../src/machines/vending');
});

test('keyboard only: Ctrl/Cmd+E opens, arrows choose the format, Tab reaches Copy and Download, Escape closes', async ({ page }) => {
  const app = new AppPage(page);
  const exporter = new ExportPage(page);
  await app.goto();
  await app.openExample('Vending machine');
  await page.locator('.react-flow__pane').click({ position: { x: 5, y: 5 } });

  await exporter.openWithKeyboard();
  await expect(exporter.format('TypeScript module')).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(exporter.format('Vitest tests for the module')).toBeFocused();
  await expect(exporter.format('Vitest tests for the module')).toHaveAttribute('aria-checked', 'true');
  await page.keyboard.press('ArrowDown');
  await expect(exporter.format('Mermaid')).toHaveAttribute('aria-checked', 'true');
  await expect(exporter.preview).toContainText('stateDiagram-v2');
  await page.keyboard.press('End');
  await expect(exporter.format('JSON')).toHaveAttribute('aria-checked', 'true');
  await page.keyboard.press('ArrowDown');
  await expect(exporter.format('TypeScript module')).toHaveAttribute('aria-checked', 'true');
  await page.keyboard.press('ArrowUp');
  await expect(exporter.format('JSON')).toBeFocused();

  // Tab leaves the radio group for the preview (scrollable by keys), then Copy, then Download.
  await page.keyboard.press('Tab');
  await expect(exporter.preview).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(exporter.copyButton).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(exporter.copyButton).toHaveText('Copied');
  expect(splitLines(await page.evaluate(() => navigator.clipboard.readText()))).toEqual(await exporter.previewLines());
  await page.keyboard.press('Tab');
  await expect(exporter.downloadButton).toBeFocused();
  const downloading = page.waitForEvent('download');
  await page.keyboard.press('Enter');
  expect((await downloading).suggestedFilename()).toBe('vending-machine.fsm.json');

  await page.keyboard.press('Escape');
  await expect(exporter.dialog).toBeHidden();
  // Opening again remembers the format.
  await exporter.openWithKeyboard();
  await expect(exporter.format('JSON')).toBeFocused();
  await exporter.close();
});

const BROKEN = {
  version: 1,
  name: 'Broken order',
  initial: 'Cart',
  states: ['Cart', 'Paid', { name: 'Shipped', final: true }],
  transitions: [
    { from: 'Cart', event: 'pay', to: 'Paid' },
    { from: 'Paid', event: 'ship', to: 'Shiped' },
    { from: 'Paid', event: '', to: 'Shipped' },
  ],
};

test('a machine with errors lists them instead of code, cannot be copied or downloaded, and an error leads to its arrow', async ({ page }) => {
  const app = new AppPage(page);
  const canvas = new CanvasPage(page);
  const exporter = new ExportPage(page);
  await app.goto();
  await app.openFile('broken-order.fsm.json', JSON.stringify(BROKEN, null, 2));
  await expect(canvas.state('Paid')).toBeVisible();

  await exporter.open();
  await expect(exporter.errors).toContainText('This machine has 2 errors, so it cannot be exported yet');
  await expect(exporter.error('Shiped')).toBeVisible();
  await expect(exporter.error(/no event/)).toBeVisible();
  await expect(exporter.preview).toBeHidden();
  await expect(exporter.copyButton).toBeDisabled();
  await expect(exporter.downloadButton).toBeDisabled();
  await expect(exporter.status).toHaveText('Fix the errors above to export this machine.');
  await expect(exporter.downloadButton).toHaveAttribute('title', 'Fix the errors above to export this machine.');
  // Every format is refused alike.
  await exporter.choose('Mermaid');
  await expect(exporter.errors).toBeVisible();
  await expect(exporter.downloadButton).toBeDisabled();
  await app.screenshot('export-errors');

  // Choosing the arrow without an event closes the dialog and selects that arrow on the canvas.
  await exporter.error(/no event/).getByRole('button').click();
  await expect(exporter.dialog).toBeHidden();
  await expect(page.locator('.transition-label[data-transition="2"]')).toHaveClass(/transition-label--selected/);
  await expect(page.locator('.react-flow__edge[data-id="t:2"]')).toBeFocused();
});

test('a 1,000-state machine: the preview renders the lines in view, highlights them in the worker, and every format switches (timings printed)', async ({ page }) => {
  test.setTimeout(180_000);
  const app = new AppPage(page);
  const machine = randomMachine(7, 1_000);
  const sourceFile = `${fileStem(machine.name)}.fsm.json`;
  await app.goto();
  // Fetch the dialog's code once on the small start page: the first test checks the lazy loading; this one times rendering.
  const exporter = new ExportPage(page);
  await exporter.openWithKeyboard();
  await exporter.close();
  await app.openFile('large.fsm.json', serialize(machine));
  await expect(page.getByTestId('counts')).toContainText(/1,?000 states/);
  // Let the canvas finish drawing the thousand states before timing the dialog.
  await page.evaluate(() => new Promise((resolve) => requestIdleCallback(resolve, { timeout: 30_000 })));
  // Timed inside the page: from the key press to the preview in the DOM, and every task over 50 ms.
  await page.evaluate(() => {
    const w = window as unknown as { longTasks: number[]; openedIn?: number };
    w.longTasks = [];
    new PerformanceObserver((list) => list.getEntries().forEach((entry) => w.longTasks.push(Math.round(entry.duration)))).observe({ type: 'longtask' });
    window.addEventListener(
      'keydown',
      (event) => {
        const pressed = event.timeStamp;
        new MutationObserver((_, observer) => {
          if (!document.querySelector('[data-testid="export-preview"]')) return;
          w.openedIn = Math.round(performance.now() - pressed);
          observer.disconnect();
        }).observe(document.body, { childList: true, subtree: true });
      },
      { capture: true, once: true },
    );
  });

  // CSS locators and the keyboard here: role queries would time Playwright reading thousands of canvas elements, not the app.
  const preview = page.getByTestId('export-preview');
  const lineNumbers = async () => (await preview.locator('.code-view__number').allTextContents()).map(Number);
  const lines = () => preview.locator('.code-view__text').allTextContents();
  const timings: string[] = [];
  const started = Date.now();
  await page.keyboard.press('ControlOrMeta+E');
  await expect(preview).toBeVisible({ timeout: 30_000 });
  timings.push(`preview ${await page.evaluate(() => (window as unknown as { openedIn?: number }).openedIn)} ms after the key press`);
  await expect(preview).toHaveAttribute('data-highlighted', 'true');
  timings.push(`highlighted within ${Date.now() - started} ms`);

  const expected = splitLines(generated(machine, 'ts', undefined, sourceFile));
  await expect(preview).toHaveAttribute('data-lines', String(expected.length));
  const shown = await lineNumbers();
  expect(shown.length, 'only the lines in view (and some either side) are in the page').toBeLessThan(200);
  expect(await lines()).toEqual(expected.slice(0, shown.length));

  // The End key scrolls to the last line, which then shows.
  await preview.focus();
  await page.keyboard.press('End');
  await expect.poll(async () => (await lineNumbers()).at(-1)).toBe(expected.length);
  expect((await lines()).at(-1)).toBe(expected.at(-1));

  // Every format, one after another with the arrow keys, as fast as a person presses them.
  await page.locator('[role="radio"][aria-checked="true"]').focus();
  for (const format of FORMATS.slice(1)) {
    const before = Date.now();
    await page.keyboard.press('ArrowDown');
    await expect(page.locator(`[role="radio"][data-target="${format.id}"]`)).toHaveAttribute('aria-checked', 'true');
    await expect(preview.locator('.code-view__text').first()).not.toBeEmpty();
    timings.push(`${format.id} ${Date.now() - before} ms`);
  }
  const lastChosen = Date.now();
  await expect(preview).toHaveAttribute('data-highlighted', 'true', { timeout: 60_000 });
  timings.push(`json highlighted ${Date.now() - lastChosen} ms after choosing it`);
  await expect(preview).toContainText('"version": 1');
  const longTasks = await page.evaluate(() => (window as unknown as { longTasks: number[] }).longTasks);
  console.log(`1,000 states: ${timings.join(', ')}; long tasks (ms): ${longTasks.join(', ') || 'none'}`);
  await app.screenshot('export-large');
});
