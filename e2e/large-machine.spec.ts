/**
 * A 1,000-state, ~3,000-transition machine opened as a person would (File ▸ Open…),
 * then edited on the canvas: a rename in place, a drag, and undo of both. The
 * speed of these gestures is measured by `npm run bench:ui`; this spec only
 * checks that they do the right thing at this size.
 */
import { expect, test, type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { largeMachine } from '../bench/ui/largeMachine';
import { AppPage } from './pages/app';
import { CanvasPage } from './pages/canvas';

const STATES = 1000;
const generated = largeMachine(STATES);
// States in the middle of the grid: the view fits the whole machine, so they are on screen.
const renamed = generated.machine.states[495]!.name;
const dragged = generated.machine.states[497]!.name;
const NEW_NAME = 'Renamed in place';

interface SavedDocument {
  initial: string;
  states: Array<{ name: string }>;
  transitions: Array<{ from: string; event: string; to: string }>;
  layout: { states: Record<string, { x: number; y: number }> };
}

test.setTimeout(300_000);

/** File ▸ Download <name>.fsm.json (the menu also offers image downloads), returning the file's text. */
async function downloadMachine(app: AppPage, page: Page): Promise<string> {
  const downloading = page.waitForEvent('download');
  await app.chooseFileMenuItem(/^Download .*\.fsm\.json\b/);
  return readFile(await (await downloading).path(), 'utf8');
}

test('open a 1,000-state machine, rename a state in place, drag another, and undo both', async ({ page }) => {
  const app = new AppPage(page);
  const canvas = new CanvasPage(page);
  await app.goto();

  await app.openFile('large-1000.fsm.json', generated.text);
  await expect(app.counts).toContainText(/\b1,?000 states\b/, { timeout: 60_000 });
  await expect(app.counts).toContainText(new RegExp(`\\b${generated.transitionCount.toLocaleString('en-US').replace(',', ',?')} transitions`));
  await expect(app.canvasNodes()).toHaveCount(STATES, { timeout: 60_000 });
  await expect(canvas.state(renamed)).toBeVisible();
  await app.screenshot('large-machine-opened');

  // Rename in place: double-click the state, type, Enter.
  await canvas.state(renamed).dblclick();
  await canvas.typeInEditor(NEW_NAME);
  await expect(canvas.state(NEW_NAME)).toBeVisible();
  await expect(canvas.state(renamed)).toHaveCount(0);

  // Drag another state: it follows the pointer and stays where it was dropped.
  const before = await canvas.box(canvas.state(dragged));
  await canvas.dragState(dragged, 90, 60);
  await expect.poll(async () => (await canvas.box(canvas.state(dragged))).x - before.x).toBeGreaterThan(60);
  const afterDrag = await canvas.box(canvas.state(dragged));
  expect(afterDrag.y - before.y).toBeGreaterThan(40);
  await app.screenshot('large-machine-edited');

  // The document holds both edits: every transition follows the rename, the drop is stored.
  const edited = JSON.parse(await downloadMachine(app, page)) as SavedDocument;
  expect(edited.states.map((s) => s.name)).toEqual(generated.machine.states.map((s) => (s.name === renamed ? NEW_NAME : s.name)));
  const touching = generated.machine.transitions.filter((t) => t.from === renamed || t.to === renamed).length;
  expect(touching).toBeGreaterThan(0);
  expect(edited.transitions.filter((t) => t.from === NEW_NAME || t.to === NEW_NAME)).toHaveLength(touching);
  expect(edited.transitions.some((t) => t.from === renamed || t.to === renamed)).toBe(false);
  const original = generated.machine.layout.positions.get(dragged)!;
  expect(edited.layout.states[dragged]!.x).toBeGreaterThan(original.x);
  expect(edited.layout.states[dragged]!.y).toBeGreaterThan(original.y);

  // Undo the drag (one step), then the rename (one step).
  await app.button('Undo').click();
  await expect.poll(async () => (await canvas.box(canvas.state(dragged))).x).toBeCloseTo(before.x, 0);
  await expect(canvas.state(NEW_NAME)).toBeVisible();
  await app.button('Undo').click();
  await expect(canvas.state(renamed)).toBeVisible();
  await expect(canvas.state(NEW_NAME)).toHaveCount(0);

  // After both undos the machine is byte for byte the file that was opened.
  expect(await downloadMachine(app, page)).toBe(generated.text);
});
