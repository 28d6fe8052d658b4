import { expect, test, type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { AppPage } from './pages/app';
import { CanvasPage } from './pages/canvas';
import { boxesOverlap, trafficLight } from './pages/placementFixtures';

async function downloadWithKeyboard(page: Page): Promise<{ initial: string; states: unknown[]; transitions: unknown[] }> {
  const downloading = page.waitForEvent('download');
  await page.keyboard.press('ControlOrMeta+S');
  const download = await downloading;
  return JSON.parse(await readFile(await download.path(), 'utf8'));
}

test('draw, connect, rename, navigate and delete with the keyboard only', async ({ page }) => {
  const app = new AppPage(page);
  const canvas = new CanvasPage(page);
  await app.goto();
  await app.chooseFileMenuItem('New machine');
  await expect(canvas.emptyHint).toBeVisible();

  // N adds a state at the centre and puts the cursor in its name.
  for (const name of ['Red', 'Green', 'Yellow', 'Spare']) {
    await page.keyboard.press('n');
    await canvas.typeInEditor(name);
    await expect(canvas.state(name)).toBeFocused();
  }
  // New states never land on top of each other.
  const boxes = await Promise.all(['Red', 'Green', 'Yellow', 'Spare'].map((n) => canvas.box(canvas.state(n))));
  for (let i = 0; i < boxes.length; i++) for (let j = i + 1; j < boxes.length; j++) expect(boxesOverlap(boxes[i]!, boxes[j]!)).toBe(false);

  // Delete removes the selected state (Spare, just created).
  await page.keyboard.press('Delete');
  await expect(canvas.state('Spare')).toHaveCount(0);

  // ] and [ walk the states in table order; C opens the target picker, then the event editor.
  await page.keyboard.press(']');
  await expect(canvas.state('Red')).toBeFocused();
  await page.keyboard.press('c');
  const picker = page.getByRole('dialog', { name: 'Draw a transition from Red' });
  await expect(picker).toBeVisible();
  await page.keyboard.type('gre');
  await page.keyboard.press('Enter');
  await canvas.typeInEditor('go');
  await expect(canvas.transition('Red', 'go', 'Green')).toBeFocused();

  // With an arrow selected, ] follows it to its target and [ goes back to its source.
  await page.keyboard.press(']');
  await expect(canvas.state('Green')).toBeFocused();
  await page.keyboard.press('c');
  await page.keyboard.type('Yel');
  await page.keyboard.press('Enter');
  await canvas.typeInEditor('slow');

  await page.keyboard.press('[');
  await expect(canvas.state('Green')).toBeFocused();
  await page.keyboard.press('c');
  await page.keyboard.type('Green');
  await page.keyboard.press('Enter');
  await canvas.typeInEditor('tick');
  await expect(canvas.transition('Green', 'tick', 'Green')).toBeFocused();

  // F2 renames the selected state in place; Escape cancels without a change.
  await page.keyboard.press(']');
  await page.keyboard.press(']');
  await expect(canvas.state('Yellow')).toBeFocused();
  await page.keyboard.press('F2');
  await expect(canvas.editor()).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(canvas.state('Yellow')).toBeFocused();
  await page.keyboard.press('F2');
  await canvas.typeInEditor('Amber');
  await expect(canvas.state('Amber')).toBeFocused();

  // The Menu key (Shift+F10) opens the state menu: mark final.
  await page.keyboard.press('Shift+F10');
  const menu = page.getByRole('menu', { name: 'Actions for state Amber' });
  await expect(menu).toBeVisible();
  await expect(menu.getByRole('menuitem', { name: 'Rename' })).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(menu.getByRole('menuitem', { name: 'Mark final' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(canvas.state('Amber')).toHaveAccessibleName('State Amber (final)');

  // Alt+] walks the transitions; F2 on one edits its event.
  await page.keyboard.press('Alt+]');
  await expect(canvas.transition('Red', 'go', 'Green')).toBeFocused();
  await page.keyboard.press('F2');
  await canvas.typeInEditor('walk');
  await expect(canvas.transition('Red', 'walk', 'Green')).toBeFocused();

  // Arrow keys nudge the focused state by 10px; the burst is one undo step.
  await page.keyboard.press(']');
  await expect(canvas.state('Green')).toBeFocused();
  const before = await canvas.box(canvas.state('Green'));
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect.poll(async () => (await canvas.box(canvas.state('Green'))).x).toBeGreaterThan(before.x + 15);
  await page.keyboard.press('ControlOrMeta+Z');
  await expect.poll(async () => (await canvas.box(canvas.state('Green'))).x).toBeCloseTo(before.x, 0);
  await page.keyboard.press('ControlOrMeta+Shift+Z');

  await canvas.screenshot('canvas-drawn-with-keyboard');
  const document = await downloadWithKeyboard(page);
  expect(document.initial).toBe('Red');
  expect(document.states).toEqual([{ name: 'Red' }, { name: 'Green' }, { name: 'Amber', final: true }]);
  expect(document.transitions).toEqual([
    { from: 'Red', event: 'walk', to: 'Green' },
    { from: 'Green', event: 'slow', to: 'Amber' },
    { from: 'Green', event: 'tick', to: 'Green' },
  ]);
});

test('arrow keys move the selected states even when the selection was made elsewhere; typing in a field never moves them', async ({ page }) => {
  const app = new AppPage(page);
  const canvas = new CanvasPage(page);
  await app.goto();
  await app.pasteJson(JSON.stringify(trafficLight));
  await app.selectStateInInspector('Yellow');
  // Nothing focused: the selection alone decides what the arrow keys move.
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  const before = await canvas.box(canvas.state('Yellow'));

  // Two presses right and one large step down, as one burst: one undo step.
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Shift+ArrowDown');
  await expect.poll(async () => (await canvas.box(canvas.state('Yellow'))).y).toBeCloseTo(before.y + 50 * (await zoomOf(page)), 0);
  const moved = await canvas.box(canvas.state('Yellow'));
  expect(moved.x - before.x).toBeCloseTo(20 * (await zoomOf(page)), 0);
  await page.keyboard.press('ControlOrMeta+Z');
  await expect.poll(async () => (await canvas.box(canvas.state('Yellow'))).x).toBeCloseTo(before.x, 0);
  expect((await canvas.box(canvas.state('Yellow'))).y).toBeCloseTo(before.y, 0);

  // In the inspector's name field the arrow keys move the caret, not the state.
  const name = app.field('Name');
  await name.click();
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowUp');
  await page.waitForTimeout(200);
  expect((await canvas.box(canvas.state('Yellow'))).x).toBeCloseTo(before.x, 0);
});

async function zoomOf(page: Page): Promise<number> {
  return page.locator('.react-flow__viewport').evaluate((el) => new DOMMatrixReadOnly(getComputedStyle(el).transform).a);
}

test('Tab visits the states first, then the arrows; Escape and New machine leave focus on the canvas', async ({ page }) => {
  const app = new AppPage(page);
  const canvas = new CanvasPage(page);
  await app.goto();
  await app.pasteJson(JSON.stringify(trafficLight));
  await canvas.state('Red').focus();
  const order = [
    canvas.state('Green'),
    canvas.state('Yellow'),
    canvas.transition('Red', 'go', 'Green'),
    canvas.transition('Green', 'slow', 'Yellow'),
    canvas.transition('Yellow', 'stop', 'Red'),
    canvas.transition('Yellow', 'tick', 'Yellow'),
  ];
  for (const next of order) {
    await page.keyboard.press('Tab');
    await expect(next).toBeFocused();
  }
  await page.keyboard.press('Shift+Tab');
  await expect(canvas.transition('Yellow', 'stop', 'Red')).toBeFocused();
  // Past the last arrow, Tab leaves the canvas's states and arrows.
  await canvas.transition('Yellow', 'tick', 'Yellow').focus();
  await page.keyboard.press('Tab');
  expect(await page.evaluate(() => document.activeElement?.closest('.react-flow__node, .react-flow__edge') ?? null)).toBeNull();

  await canvas.transition('Green', 'slow', 'Yellow').focus();
  await page.keyboard.press('Escape');
  await expect(canvas.surface).toBeFocused();

  await app.chooseFileMenuItem('New machine');
  await expect(canvas.emptyHint).toBeVisible();
  await expect(canvas.surface).toBeFocused();
});
