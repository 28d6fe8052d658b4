/**
 * Files as a person meets them: the first visit, reload, undo/redo, download,
 * open (file chooser and drop) and paste. Examples, My machines and damaged
 * storage are in editor-library.spec.ts.
 */
import { expect, test } from '@playwright/test';
import { restoreText, serialize } from '../src/core/machine';
import { AppPage } from './pages/app';
import { example, stateNamesOf } from './pages/examples';

const BROKEN = JSON.stringify(
  {
    version: 1,
    name: 'Broken',
    states: [{ name: '' }, 5, { name: 'A', final: 'yes' }],
    initial: 'A',
    transitions: [{ from: 'A', event: 3, to: true }],
  },
  null,
  2,
);

test.beforeEach(async ({ page }) => {
  await new AppPage(page).goto();
});

test('a first-time visitor lands on the vending machine, and a reload finds the edited machine intact', async ({ page }) => {
  const app = new AppPage(page);
  await expect(app.machineName).toHaveValue('Vending machine');
  expect(await app.stateNames()).toEqual(stateNamesOf(example('vending-machine.fsm.json')));
  await expect(app.canvasNodes()).toHaveCount(3);
  await app.screenshot('app-with-example');

  await app.machineName.fill('My snack machine');
  await app.machineName.press('Enter');
  await app.selectStateInInspector('HasCoin');
  await app.commitField('Name', 'Paid');
  await app.waitUntilSaved();
  const before = await app.download();

  await page.reload();
  await expect(app.machineName).toHaveValue('My snack machine');
  expect(await app.stateNames()).toEqual(['Idle', 'Paid', 'Dispensing']);
  const after = await app.download();
  expect(after.text).toBe(before.text);
});

test('undo and redo from the toolbar and the keyboard', async ({ page }) => {
  const app = new AppPage(page);
  await expect(app.button('Undo')).toBeDisabled();
  await expect(app.button('Redo')).toBeDisabled();

  await app.machineName.fill('First');
  await app.machineName.press('Enter');
  await app.machineName.fill('Second');
  await app.machineName.press('Enter');
  await expect(app.button('Undo')).toBeEnabled();

  await app.button('Undo').click();
  await expect(app.machineName).toHaveValue('First');
  await expect(app.button('Redo')).toBeEnabled();
  await app.button('Redo').click();
  await expect(app.machineName).toHaveValue('Second');

  await page.locator('.status-bar').click();
  await page.keyboard.press('Control+z');
  await expect(app.machineName).toHaveValue('First');
  await page.keyboard.press('Control+z');
  await expect(app.machineName).toHaveValue('Vending machine');
  await expect(app.button('Undo')).toBeDisabled();
  await page.keyboard.press('Control+Shift+z');
  await expect(app.machineName).toHaveValue('First');
  await page.keyboard.press('Control+y');
  await expect(app.machineName).toHaveValue('Second');
});

test('download gives the canonical bytes of what is on screen', async ({ page }) => {
  const app = new AppPage(page);
  const untouched = await app.download();
  expect(untouched.fileName).toBe('vending-machine.fsm.json');
  expect(untouched.text).toBe(example('vending-machine.fsm.json'));

  await app.selectStateInInspector('Dispensing');
  await app.field('Final state').check();
  await app.commitField('Entry actions', 'releaseItem, thankCustomer');
  await app.machineName.fill('Snack Bar');
  await app.machineName.press('Enter');

  const edited = await app.download();
  expect(edited.fileName).toBe('snack-bar.fsm.json');
  const document = JSON.parse(edited.text) as { name: string; states: { name: string; final?: boolean; entry?: string[] }[] };
  expect(document.name).toBe('Snack Bar');
  expect(document.states.find((s) => s.name === 'Dispensing')).toMatchObject({ final: true, entry: ['releaseItem', 'thankCustomer'] });
  // Canonical: what restore + serialize would write, byte for byte.
  expect(edited.text.endsWith('}\n')).toBe(true);
  const restored = restoreText(edited.text);
  if (!restored.ok) throw new Error('the downloaded file should restore');
  expect(serialize(restored.machine)).toBe(edited.text);
  expect(edited.text).toBe(`${JSON.stringify(JSON.parse(edited.text), null, 2)}\n`);
});

test('an invalid file shows every problem with its path and leaves the machine as it was', async ({ page }) => {
  const app = new AppPage(page);
  const problems = restoreText(BROKEN);
  if (problems.ok) throw new Error('the broken fixture should not restore');

  await app.openFile('broken.fsm.json', BROKEN);
  const dialog = app.problemsDialog();
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('heading')).toHaveText('broken.fsm.json could not be opened');
  const items = dialog.getByTestId('input-problems').getByRole('listitem');
  await expect(items).toHaveCount(problems.problems.length);
  for (const [i, problem] of problems.problems.entries()) {
    await expect(items.nth(i)).toContainText(problem.path);
    await expect(items.nth(i)).toContainText(problem.message);
  }
  await expect(dialog).toContainText('transitions[0].to');
  await app.screenshot('invalid-file-dialog');

  // The dialog keeps keyboard focus inside it.
  for (let i = 0; i < 4; i++) {
    await page.keyboard.press('Tab');
    expect(await dialog.evaluate((element) => element.contains(document.activeElement))).toBe(true);
  }

  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(app.machineName).toHaveValue('Vending machine');
  await expect(app.counts).toHaveText('3 states · 5 transitions');
});

test('a valid file opens as a new machine and keeps the old one in My machines', async ({ page }) => {
  const app = new AppPage(page);
  await app.openFile('order.fsm.json', example('order-workflow.fsm.json'));
  await expect(app.machineName).toHaveValue('Order workflow');
  await expect(app.notices.filter({ hasText: 'Opened order.fsm.json as a new machine' })).toBeVisible();
  const library = await app.openLibrary();
  await expect(library.getByTestId('library-row')).toHaveCount(2);
  await expect(app.libraryRow(library, 'Vending machine')).toBeVisible();
});

test('opening an example again opens its unchanged copy; once it is changed, a numbered new one', async ({ page }) => {
  const app = new AppPage(page);
  // The first visit already holds an unchanged Vending machine.
  await app.openExample('Vending machine');
  await expect(app.notices.filter({ hasText: 'Opened your unchanged copy of the example “Vending machine” from My machines.' })).toBeVisible();
  let library = await app.openLibrary();
  await expect(library.getByTestId('library-row')).toHaveCount(1);
  await page.keyboard.press('Escape');

  await app.selectStateInInspector('HasCoin');
  await app.field('Name').fill('Paid');
  await app.field('Name').press('Enter');
  await app.openExample('Vending machine');
  await expect(app.machineName).toHaveValue('Vending machine (2)');
  await expect(app.notices.filter({ hasText: '“Vending machine (2)”, so the changed “Vending machine” in My machines stays as it is' })).toBeVisible();
  expect(await app.stateNames()).toEqual(['Idle', 'HasCoin', 'Dispensing']);
  library = await app.openLibrary();
  await expect(library.getByTestId('library-row')).toHaveCount(2);
  await expect(app.libraryRow(library, 'Vending machine')).toBeVisible();
});

test('paste invalid JSON, fix it, and undo the replacement', async ({ page }) => {
  const app = new AppPage(page);
  await page.locator('.status-bar').click();
  await page.keyboard.press('Control+Shift+V');
  const dialog = app.pasteDialog();
  await expect(dialog).toBeVisible();

  const invalid = '{ "version": 1, "states": ["A", "A"], "initial": "A", "transitions": [{ "from": "A", "to": "A" }] }';
  await app.pasteJson(invalid);
  const expected = restoreText(invalid);
  if (expected.ok) throw new Error('the invalid paste should not restore');
  const listed = dialog.getByTestId('input-problems').getByRole('listitem');
  await expect(listed).toHaveCount(expected.problems.length);
  for (const problem of expected.problems) await expect(dialog).toContainText(problem.path);
  await expect(dialog.getByRole('textbox', { name: 'Machine text' })).toHaveValue(invalid);
  await app.screenshot('paste-json-problems');
  await expect(app.machineName).toHaveValue('Vending machine');

  await app.pasteJson('{ "version": 1, "name": "Pasted", "states": ["On", "Off"], "initial": "Off", "transitions": [{ "from": "Off", "event": "flip", "to": "On" }] }');
  await expect(dialog).toBeHidden();
  await expect(app.machineName).toHaveValue('Pasted');
  expect(await app.stateNames()).toEqual(['On', 'Off']);

  await app.button('Undo').click();
  await expect(app.machineName).toHaveValue('Vending machine');
  expect(await app.stateNames()).toEqual(['Idle', 'HasCoin', 'Dispensing']);
});

test('dropping a file on the window opens it', async ({ page }) => {
  const app = new AppPage(page);
  await app.dropFile('tcp.fsm.json', example('tcp-connection.fsm.json'));
  await expect(app.machineName).toHaveValue('TCP connection');
  expect(await app.stateNames()).toEqual(stateNamesOf(example('tcp-connection.fsm.json')));

  await app.dropFile('broken.json', BROKEN);
  await expect(app.problemsDialog()).toBeVisible();
  await app.problemsDialog().getByRole('button', { name: 'OK' }).click();
  await expect(app.machineName).toHaveValue('TCP connection');
});

test('file shortcuts: Ctrl+S downloads, Ctrl+O opens, plain keys type into fields', async ({ page }) => {
  const app = new AppPage(page);
  await page.locator('.status-bar').click();
  let downloading = page.waitForEvent('download');
  await page.keyboard.press('Control+s');
  expect((await downloading).suggestedFilename()).toBe('vending-machine.fsm.json');

  // Ctrl+S while typing a name commits it first.
  await app.machineName.fill('Snack Bar');
  downloading = page.waitForEvent('download');
  await page.keyboard.press('Control+s');
  expect((await downloading).suggestedFilename()).toBe('snack-bar.fsm.json');

  const choosing = page.waitForEvent('filechooser');
  await page.keyboard.press('Control+o');
  await (await choosing).setFiles({ name: 'order.fsm.json', mimeType: 'application/json', buffer: Buffer.from(example('order-workflow.fsm.json')) });
  await expect(app.machineName).toHaveValue('Order workflow');

  // N adds a state on the canvas, but not while typing in a field.
  const counts = await app.counts.textContent();
  await app.machineName.click();
  await page.keyboard.press('End');
  await page.keyboard.type('n');
  await expect(app.machineName).toHaveValue('Order workflown');
  await expect(app.counts).toHaveText(counts ?? '');
  await page.keyboard.press('Escape');
  await expect(app.machineName).toHaveValue('Order workflow');
});
