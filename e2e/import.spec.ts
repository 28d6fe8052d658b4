/**
 * Machines from other tools, as a person brings them in: a Mermaid file from
 * the file picker, SCXML dropped on the window, XState pasted. Each opens
 * laid out (no overlapping boxes or labels); what a flat machine cannot hold
 * is refused with its line and changes nothing.
 */
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { AppPage } from './pages/app';
import { CanvasPage } from './pages/canvas';
import { drawnBoxes, flowPositions, overlappingPairs, waitForLayout } from './pages/layout';

const fixture = (name: string) => readFileSync(`src/core/import/__fixtures__/${name}`, 'utf8');

test('a Mermaid file opens as a new machine in My machines, laid out, with its names and arrows', async ({ page }) => {
  const app = new AppPage(page);
  await app.goto();
  await app.openFile('door.mmd', fixture('mermaid-door.mmd'));
  const canvas = new CanvasPage(page);
  await expect(canvas.state('Closed and locked')).toBeVisible();
  await expect(canvas.label('open [notBlocked] / logOpen')).toBeVisible();
  await expect(canvas.label('lock / engageBolt, beep')).toBeVisible();
  await waitForLayout(page);
  expect(overlappingPairs(await drawnBoxes(page))).toEqual([]);
  expect(await app.stateNames()).toEqual(['Closed and locked', 'Closed', 'Open', 'Broken']);
  const library = await app.openLibrary();
  await expect(app.libraryRow(library, 'Door')).toBeVisible();
  // The machine that was open before is still there.
  await expect(app.libraryRow(library, 'Vending machine')).toBeVisible();
});

test('a Mermaid file that names no machine is named after the file', async ({ page }) => {
  const app = new AppPage(page);
  await app.goto();
  await app.openFile('front-door.mmd', 'stateDiagram-v2\n  [*] --> Closed\n  Closed --> Open : open\n');
  await expect(app.machineName).toHaveValue('front-door');
  const library = await app.openLibrary();
  await expect(app.libraryRow(library, 'front-door')).toBeVisible();
});

test('an SCXML file dropped on the window opens laid out', async ({ page }) => {
  const app = new AppPage(page);
  await app.goto();
  await app.dropFile('microwave.scxml', fixture('scxml-microwave.scxml'));
  const canvas = new CanvasPage(page);
  await expect(canvas.state('cooking')).toBeVisible();
  await waitForLayout(page);
  expect(overlappingPairs(await drawnBoxes(page))).toEqual([]);
  await app.screenshot('import-scxml');
});

test('pasted XState is laid out as part of the paste: one undo brings back the machine before it', async ({ page }) => {
  const app = new AppPage(page);
  await app.goto();
  const before = await flowPositions(page);
  await app.pasteJson(fixture('xstate-traffic-light.json'));
  const canvas = new CanvasPage(page);
  await expect(canvas.state('yellow')).toBeVisible();
  await waitForLayout(page);
  expect(overlappingPairs(await drawnBoxes(page))).toEqual([]);
  await app.button('Undo').click();
  await expect(canvas.state('yellow')).toBeHidden();
  await expect.poll(async () => JSON.stringify([...(await flowPositions(page))])).toBe(JSON.stringify([...before]));
  await app.button('Redo').click();
  await expect(canvas.state('yellow')).toBeVisible();
  expect(overlappingPairs(await drawnBoxes(page))).toEqual([]);
});

test('constructs a flat machine cannot hold are refused with their line, and nothing changes', async ({ page }) => {
  const app = new AppPage(page);
  await app.goto();
  const names = await app.stateNames();

  await app.openFile('composite.mmd', fixture('mermaid-composite.mmd'));
  const dialog = app.problemsDialog();
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText('line 4');
  await expect(dialog).toContainText('composite state "Active"');
  await app.screenshot('import-refused-mermaid');
  await dialog.getByRole('button', { name: 'OK' }).click();

  await app.openFile('player.scxml', fixture('scxml-compound-parallel.scxml'));
  await expect(dialog).toContainText('line 13');
  await expect(dialog).toContainText('<parallel>');
  await expect(dialog).toContainText('<history>');
  await dialog.getByRole('button', { name: 'OK' }).click();

  expect(await app.stateNames()).toEqual(names);
  await expect(app.machineName).toHaveValue('Vending machine');
});
