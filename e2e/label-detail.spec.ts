/**
 * Zoomed far out, transition labels are too small to read and are not drawn;
 * the canvas says so, keeps the selected arrow's label, and draws every label
 * again when the user zooms in (keyboard `+`).
 */
import { expect, test } from '@playwright/test';
import { largeMachine } from '../bench/ui/largeMachine';
import { AppPage } from './pages/app';
import { CanvasPage } from './pages/canvas';

const generated = largeMachine(100);
const HINT = 'Zoom in to read the transition labels';

test('a far zoom hides unreadable labels and says so; zooming in brings them back', async ({ page }) => {
  const app = new AppPage(page);
  const canvas = new CanvasPage(page);
  await app.goto();
  await app.openFile('large-100.fsm.json', generated.text);
  await expect(app.canvasNodes()).toHaveCount(100, { timeout: 30_000 });

  // The whole machine fits the window only at a small zoom: labels are hidden, the hint shows.
  await expect(page.getByRole('status').filter({ hasText: HINT })).toBeVisible();
  await expect(canvas.labels()).toHaveCount(generated.transitionCount);
  await expect(canvas.labels().first()).toBeHidden();
  await app.screenshot('labels-far-zoom');

  // A selected transition keeps its label, so what the user works on never disappears.
  await page.locator('.react-flow__edge').first().focus();
  await page.keyboard.press('Enter');
  const selected = page.locator('.transition-label--selected');
  await expect(selected).toHaveCount(1);
  await expect(selected).toBeVisible();

  // Its event field opens at a readable size even this far out (F2), and Escape closes it.
  await page.keyboard.press('F2');
  const field = page.getByRole('textbox', { name: /^Event of transition from / });
  await expect(field).toBeFocused();
  expect((await field.boundingBox())!.height).toBeGreaterThan(20);
  await app.screenshot('labels-far-zoom-editing');
  await page.keyboard.press('Escape');
  await expect(field).toHaveCount(0);

  // Zoom in with the keyboard until labels are large enough to read.
  await page.locator('.react-flow').focus();
  for (let i = 0; i < 6 && (await page.getByText(HINT).count()) > 0; i++) {
    await page.keyboard.press('+');
    await page.waitForTimeout(300);
  }
  await expect(page.getByText(HINT)).toHaveCount(0);
  const onScreen = await canvas.labels().evaluateAll((labels) => labels.filter((l) => (l as HTMLElement).offsetWidth > 0).length);
  expect(onScreen).toBe(generated.transitionCount);
});
