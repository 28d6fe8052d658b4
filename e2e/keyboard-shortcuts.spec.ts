import { expect, test } from '@playwright/test';
import { AppPage } from './pages/app';
import { CanvasPage } from './pages/canvas';
import { ShortcutsPage } from './pages/shortcuts';

test('? lists the keyboard shortcuts, Escape closes the list and gives focus back', async ({ page }) => {
  const app = new AppPage(page);
  const canvas = new CanvasPage(page);
  const shortcuts = new ShortcutsPage(page);
  await app.goto();
  await expect(canvas.state('Idle')).toBeVisible();
  await canvas.state('Idle').click();
  await expect(canvas.state('Idle')).toBeFocused();

  await shortcuts.openWithKey();
  for (const title of ['File', 'Edit', 'Canvas', 'Navigate', 'Simulate', 'View']) await expect(shortcuts.section(title)).toBeVisible();
  expect(await shortcuts.capsOf('Rename')).toEqual(['F2', 'Enter']);
  await expect(shortcuts.keysOf('Rename')).toContainText('or');
  expect(await shortcuts.capsOf('Undo')).toEqual(['Ctrl', 'Z']);
  expect(await shortcuts.capsOf('Select next transition')).toEqual(['Alt', ']']);
  expect(await shortcuts.capsOf('Fit view')).toEqual(['Shift', '1']);
  expect(await shortcuts.capsOf('Move selected states 10 px')).toEqual(['↑', '↓', '←', '→']);
  expect(await shortcuts.capsOf('Move selected states 50 px')).toEqual(['Shift', '↑', '↓', '←', '→']);
  await expect(shortcuts.keysOf('Send the enabled event with that number')).toHaveText('1–9');
  expect(await shortcuts.capsOf('Open the focused state’s menu')).toEqual(['Menu', 'Shift', 'F10']);
  expect(await shortcuts.capsOf('Select the states inside a box')).toEqual(['Shift']);
  await expect(shortcuts.keysOf('Select the states inside a box')).toContainText('+ drag');
  expect(await shortcuts.capsOf('Keyboard shortcuts')).toEqual(['?']);
  await shortcuts.screenshot('keyboard-shortcuts');

  // The dialog owns the keyboard: N adds no state behind it.
  const states = await app.canvasNodes().count();
  await page.keyboard.press('n');
  await expect(app.canvasNodes()).toHaveCount(states);

  // Tab stays inside: the Close button, the list (to scroll it with the keyboard), and round again.
  const close = shortcuts.dialog.getByRole('button', { name: 'Close' });
  await expect(close).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(shortcuts.list).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(close).toBeFocused();

  await shortcuts.closeWithEscape();
  await expect(canvas.state('Idle')).toBeFocused();
});

test('the toolbar ? button opens the list; its tooltip names the key; ? typed in a field is just text', async ({ page }) => {
  const app = new AppPage(page);
  const shortcuts = new ShortcutsPage(page);
  await app.goto();

  await expect(shortcuts.toolbarButton).toHaveAttribute('title', /\(\?\)$/);
  await shortcuts.openFromToolbar();
  await expect(shortcuts.keysOf('Rename')).toContainText('F2');
  await shortcuts.dialog.getByRole('button', { name: 'Close' }).click();
  await expect(shortcuts.dialog).toBeHidden();
  await expect(shortcuts.toolbarButton).toBeFocused();

  await app.machineName.click();
  await app.machineName.press('End');
  await page.keyboard.press('Shift+Slash');
  await expect(app.machineName).toHaveValue(/\?$/);
  await expect(shortcuts.dialog).toBeHidden();
});

test('on macOS the list shows ⌘ where the app uses Ctrl elsewhere', async ({ page }) => {
  await page.addInitScript(() => Object.defineProperty(Navigator.prototype, 'platform', { get: () => 'MacIntel' }));
  const app = new AppPage(page);
  const shortcuts = new ShortcutsPage(page);
  await app.goto();
  await shortcuts.openFromToolbar();
  expect(await shortcuts.capsOf('Undo')).toEqual(['⌘', 'Z']);
  expect(await shortcuts.capsOf('Redo')).toEqual(['⌘', '⇧', 'Z', '⌘', 'Y']);
  await shortcuts.screenshot('keyboard-shortcuts-mac');
  await shortcuts.closeWithEscape();
});
