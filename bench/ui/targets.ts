/**
 * The two pages the UI benchmark compares, and how a person opens a machine in
 * each. Everything that depends on how the app's shell and canvas are built
 * (which key opens a file, how a state's name is edited) lives here, so a change
 * in the app means a change in one place.
 */
import type { Page } from '@playwright/test';

export interface BenchTarget {
  readonly name: 'app' | 'baseline';
  /** Waits until the page is ready for the user's first gesture. */
  ready(page: Page): Promise<void>;
  /** Opens the machine file as a user would. */
  open(page: Page, file: string): Promise<void>;
}

export const appTarget: BenchTarget = {
  name: 'app',
  async ready(page) {
    // A first-time visitor lands on an example machine: wait for it to be drawn.
    await page.locator('.react-flow__node').first().waitFor({ state: 'visible', timeout: 30_000 });
  },
  async open(page, file) {
    // File ▸ Open… shows the system file chooser.
    const chooser = page.waitForEvent('filechooser', { timeout: 60_000 });
    await page.getByRole('button', { name: 'File', exact: true }).click();
    await page.getByRole('menuitem', { name: 'Open…' }).click();
    await (await chooser).setFiles(file);
  },
};

export const baselineTarget: BenchTarget = {
  name: 'baseline',
  async ready(page) {
    await page.locator('.react-flow').waitFor({ state: 'visible', timeout: 30_000 });
  },
  async open(page, file) {
    await page.locator('input[type=file]').setInputFiles(file);
  },
};

/**
 * Opens the app's in-place name editor on the state `id` (double-click on the
 * state) and returns the text the field starts with; the field has focus.
 */
export async function startNameEdit(page: Page, point: { x: number; y: number }): Promise<string> {
  await page.mouse.dblclick(point.x, point.y);
  const field = page.locator('.react-flow input:focus, .react-flow textarea:focus');
  await field.waitFor({ state: 'visible', timeout: 60_000 });
  return field.inputValue();
}

/** Leaves the name editor without renaming (Escape cancels). */
export async function cancelNameEdit(page: Page): Promise<void> {
  await page.keyboard.press('Escape');
}
