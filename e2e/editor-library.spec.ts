/**
 * Examples, My machines and damaged browser storage, as a person meets them.
 */
import { expect, test } from '@playwright/test';
import { AppPage } from './pages/app';
import { CanvasPage } from './pages/canvas';
import { example, examples, stateNamesOf } from './pages/examples';

test.beforeEach(async ({ page }) => {
  await new AppPage(page).goto();
});

for (const { file, title } of examples) {
  test(`the Examples menu opens “${title}” with all its states`, async ({ page }) => {
    const app = new AppPage(page);
    await app.openExample(title);
    const text = example(file);
    await expect(app.machineName).toHaveValue((JSON.parse(text) as { name: string }).name);
    const names = stateNamesOf(text);
    expect(await app.stateNames()).toEqual(names);
    await expect(app.canvasNodes()).toHaveCount(names.length);
    expect((await app.download()).text).toBe(text);
  });
}

test('the Examples submenu works from the keyboard', async ({ page }) => {
  const app = new AppPage(page);
  await app.toolbar.getByRole('button', { name: 'File' }).focus();
  await page.keyboard.press('ArrowDown');
  const menu = page.getByRole('menu', { name: 'File' });
  await expect(menu.getByRole('menuitem', { name: 'New machine' })).toBeFocused();
  await page.keyboard.press('End');
  await page.keyboard.press('ArrowUp');
  await expect(menu.getByRole('menuitem', { name: 'Examples' })).toBeFocused();
  await page.keyboard.press('ArrowRight');
  const submenu = page.getByRole('menu', { name: 'Examples' });
  await expect(submenu.getByRole('menuitem', { name: 'Vending machine' })).toBeFocused();
  await app.screenshot('file-menu-examples');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(app.machineName).toHaveValue('TCP connection');
  await expect(menu).toBeHidden();
});

test('New machine opens at 100 % zoom with its middle in view, whatever the last one was zoomed to; opening a saved machine frames it whole', async ({ page }) => {
  const app = new AppPage(page);
  const canvas = new CanvasPage(page);
  const expectEmptyViewAt100 = async () => {
    await expect(canvas.emptyHint).toBeVisible();
    await expect.poll(() => canvas.zoom()).toBeCloseTo(1, 5);
    const surface = await canvas.box(canvas.surface);
    const origin = await canvas.origin();
    expect(origin.x).toBeCloseTo(surface.width / 2, 0);
    expect(origin.y).toBeCloseTo(surface.height / 2, 0);
  };

  await canvas.zoomPast(2);
  await app.chooseFileMenuItem('New machine');
  await expectEmptyViewAt100();
  // N puts the first state in the middle of the canvas, drawn at its 100 % size.
  await page.keyboard.press('n');
  await canvas.typeInEditor('Idle');
  const surface = await canvas.box(canvas.surface);
  const idle = await canvas.box(canvas.stateBody('Idle'));
  expect(idle.width).toBeCloseTo(160, 0);
  expect(idle.x + idle.width / 2).toBeCloseTo(surface.x + surface.width / 2, 0);
  expect(idle.y + idle.height / 2).toBeCloseTo(surface.y + surface.height / 2, 0);
  await app.screenshot('new-machine-first-state');

  // Opening the vending machine from My machines, zoomed far out, frames it as Shift+1 does.
  await canvas.zoomPast(0.4);
  const library = await app.openLibrary();
  await library.getByRole('button', { name: 'Open Vending machine', exact: true }).click();
  await expect(library).toBeHidden();
  await expect(canvas.state('HasCoin')).toBeVisible();
  const opened = { zoom: await canvas.zoom(), origin: await canvas.origin() };
  await page.keyboard.press('Shift+1');
  await page.waitForTimeout(400);
  expect(await canvas.zoom()).toBeCloseTo(opened.zoom, 2);
  expect((await canvas.origin()).x).toBeCloseTo(opened.origin.x, 0);

  // Another new machine, made while zoomed in on that one, opens at 100 % again.
  await canvas.zoomPast(2);
  await app.chooseFileMenuItem('New machine');
  await expectEmptyViewAt100();
});

test('My machines: create, rename, duplicate, switch and delete', async ({ page }) => {
  const app = new AppPage(page);
  const reactWarnings: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' && message.text().includes('Cannot update a component')) reactWarnings.push(message.text());
  });
  await app.chooseFileMenuItem('New machine');
  await expect(app.machineName).toHaveValue('Untitled');
  await expect(app.counts).toHaveText('0 states · 0 transitions');
  // A new machine is not an error to flag in red; the Problems tab still lists "no states".
  await expect(page.getByTestId('problem-counts')).toHaveAccessibleName('Empty machine. Show problems');
  await expect(page.getByTestId('problem-counts')).not.toContainText('error');
  await app.screenshot('empty-machine');

  let library = await app.openLibrary();
  await expect(library.getByTestId('library-row')).toHaveCount(2);
  await library.getByRole('button', { name: 'Rename Untitled' }).click();
  const rename = library.getByRole('textbox', { name: 'New name for Untitled' });
  await rename.fill('Traffic light');
  await rename.press('Enter');
  await expect(app.libraryRow(library, 'Traffic light')).toBeVisible();
  await expect(app.machineName).toHaveValue('Traffic light');
  expect(reactWarnings).toEqual([]);

  await library.getByRole('button', { name: 'Duplicate Vending machine' }).click();
  await expect(app.libraryRow(library, 'Copy of Vending machine')).toContainText('3 states');
  await app.screenshot('my-machines-dialog');

  await library.getByRole('button', { name: 'Open Copy of Vending machine' }).click();
  await expect(library).toBeHidden();
  await expect(app.machineName).toHaveValue('Copy of Vending machine');
  expect(await app.stateNames()).toEqual(['Idle', 'HasCoin', 'Dispensing']);

  library = await app.openLibrary();
  // The confirmation takes focus; Escape answers it (keeping the machine and the dialog) and focus returns to Delete.
  const deleteTrafficLight = library.getByRole('button', { name: 'Delete Traffic light' });
  await deleteTrafficLight.click();
  await expect(library.getByRole('button', { name: 'Keep' })).toBeFocused();
  await app.screenshot('my-machines-confirm-delete');
  await page.keyboard.press('Escape');
  await expect(library).toBeVisible();
  await expect(library.getByRole('button', { name: 'Keep' })).toHaveCount(0);
  await expect(deleteTrafficLight).toBeFocused();
  await deleteTrafficLight.click();
  await library.getByRole('button', { name: 'Delete', exact: true }).click();
  await expect(app.libraryRow(library, 'Traffic light')).toHaveCount(0);
  await expect(library.getByTestId('library-row')).toHaveCount(2);

  await page.keyboard.press('Escape');
  await page.reload();
  await expect(app.machineName).toHaveValue('Copy of Vending machine');
  library = await app.openLibrary();
  await expect(library.getByTestId('library-row')).toHaveCount(2);
});

test('damaged browser storage: the user is told, the data is kept aside, and the app works', async ({ page }) => {
  const app = new AppPage(page);
  await app.waitUntilSaved();
  const damaged = '{"version": 1, "states": [tru';
  const id = await page.evaluate((text) => {
    const current = localStorage.getItem('statewright:current');
    if (!current) throw new Error('no current machine stored');
    localStorage.setItem(`statewright:machine:${current}`, text);
    return current;
  }, damaged);

  await page.reload();
  const notice = app.notices.filter({ hasText: "Your saved machine 'Vending machine' could not be read" });
  await expect(notice).toBeVisible();
  await expect(notice).toContainText(`kept aside as statewright:unreadable:${id}`);
  await app.screenshot('notice-unreadable-storage');
  const kept = await page.evaluate(() => {
    const keys = Object.keys(localStorage).filter((key) => key.startsWith('statewright:unreadable:'));
    return keys.map((key) => localStorage.getItem(key));
  });
  expect(kept).toEqual([damaged]);

  // Still usable: a machine is open and edits are saved.
  await expect(app.machineName).toHaveValue('Vending machine');
  await app.button('Add state').click();
  await page.keyboard.press('Escape');
  await expect(app.counts).toHaveText('4 states · 5 transitions');
  await app.waitUntilSaved();
  await notice.getByRole('button', { name: 'Dismiss notice' }).click();
  await expect(notice).toBeHidden();
});

// The README's picture: `UPDATE_README_SCREENSHOT=1 npx playwright test e2e/editor-library.spec.ts -g README`.
test('README screenshot of the vending-machine example', async ({ page }) => {
  test.skip(!process.env.UPDATE_README_SCREENSHOT, 'set UPDATE_README_SCREENSHOT=1 to refresh public/screenshot.png');
  const app = new AppPage(page);
  await page.setViewportSize({ width: 1280, height: 760 });
  await app.selectStateInInspector('HasCoin');
  await page.locator('.status-bar').click();
  await page.keyboard.press('Shift+1');
  await page.waitForTimeout(500);
  await page.screenshot({ path: 'public/screenshot.png' });
});
