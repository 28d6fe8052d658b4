import { expect, test, type Locator } from '@playwright/test';
import { AppPage } from './pages/app';
import { CanvasPage } from './pages/canvas';

async function startEmpty(app: AppPage, canvas: CanvasPage): Promise<void> {
  await app.goto();
  await app.chooseFileMenuItem('New machine');
  await expect(canvas.emptyHint).toBeVisible();
}

test('draw a three-state machine with the mouse only and download exactly what was drawn', async ({ page }) => {
  const app = new AppPage(page);
  const canvas = new CanvasPage(page);
  await startEmpty(app, canvas);
  await canvas.screenshot('canvas-empty');

  await canvas.createState(200, 300, 'Red');
  await canvas.createState(520, 300, 'Green');
  await canvas.createState(840, 300, 'Yellow');
  // Each state stands where it was double-clicked, however close to its neighbour (only overlapping moves it).
  const surface = await canvas.box(canvas.surface);
  for (const [name, x] of [['Red', 200], ['Green', 520], ['Yellow', 840]] as const) {
    const box = await canvas.box(canvas.stateBody(name));
    expect(box.x + box.width / 2 - surface.x).toBeCloseTo(x, -1);
    expect(box.y + box.height / 2 - surface.y).toBeCloseTo(300, -1);
  }

  await canvas.connect('Red', 'Green');
  await canvas.typeInEditor('go');
  await canvas.connect('Green', 'Yellow');
  await canvas.typeInEditor('slow');
  await canvas.connectToItself('Green');
  await canvas.typeInEditor('tick');
  await expect(canvas.transition('Green', 'tick', 'Green')).toBeAttached();

  await canvas.stateMenu('Yellow', 'Mark final');
  await canvas.stateMenu('Green', 'Set as initial');
  await canvas.stateMenu('Red', 'Set as initial');
  await expect(canvas.state('Red')).toHaveAccessibleName('State Red (initial)');
  await expect(canvas.state('Yellow')).toHaveAccessibleName('State Yellow (final)');
  await canvas.screenshot('canvas-drawn-with-mouse');

  const { text } = await app.download();
  const document = JSON.parse(text) as { initial: string; states: unknown[]; transitions: unknown[]; layout: { states: Record<string, unknown> } };
  expect(document.initial).toBe('Red');
  expect(document.states).toEqual([{ name: 'Red' }, { name: 'Green' }, { name: 'Yellow', final: true }]);
  expect(document.transitions).toEqual([
    { from: 'Red', event: 'go', to: 'Green' },
    { from: 'Green', event: 'slow', to: 'Yellow' },
    { from: 'Green', event: 'tick', to: 'Green' },
  ]);
  expect(Object.keys(document.layout.states)).toEqual(['Red', 'Green', 'Yellow']);
});

test('dragging a state is one undo step, and redo puts it back', async ({ page }) => {
  const app = new AppPage(page);
  const canvas = new CanvasPage(page);
  await startEmpty(app, canvas);
  await canvas.createState(300, 300, 'A');
  const before = await canvas.box(canvas.state('A'));
  await canvas.dragState('A', 180, 90);
  const after = await canvas.box(canvas.state('A'));
  expect(after.x - before.x).toBeGreaterThan(150);

  await app.button('Undo').click();
  await expect.poll(async () => (await canvas.box(canvas.state('A'))).x).toBeCloseTo(before.x, 0);
  // One more undo removes the rename, not a step of the drag.
  await app.button('Redo').click();
  await expect.poll(async () => (await canvas.box(canvas.state('A'))).x).toBeCloseTo(after.x, 0);
});

test('a taken or empty name is refused in place and the field stays open; Escape keeps the default name, and so does leaving the field', async ({ page }) => {
  const app = new AppPage(page);
  const canvas = new CanvasPage(page);
  await startEmpty(app, canvas);
  await canvas.createState(300, 300, 'Idle');
  await canvas.doubleClickAt(700, 300);
  await canvas.typeInEditor('Idle');
  await expect(canvas.editorProblem()).toContainText('already exists');
  await expect(canvas.editor()).toBeVisible();
  await canvas.screenshot('canvas-rename-refused');
  await canvas.typeInEditor('');
  await expect(canvas.editorProblem()).toContainText('cannot be empty');
  await page.keyboard.press('Escape');
  await expect(canvas.editor()).toBeHidden();
  await expect(canvas.state('State 1')).toBeVisible();

  // Clicking elsewhere with a refused name in the field closes it; the state keeps the name it has.
  await canvas.state('State 1').dblclick();
  await canvas.typeInEditor('Idle');
  await expect(canvas.editorProblem()).toContainText('already exists');
  await page.locator('.react-flow__pane').click({ position: { x: 40, y: 500 } });
  await expect(canvas.editor()).toBeHidden();
  await expect(canvas.state('State 1')).toBeVisible();
  await expect(page.getByTestId('notice').filter({ hasText: 'already exists' })).toContainText('The state keeps its name.');
  await canvas.screenshot('canvas-rename-refused-on-blur');
});

test('the rename field covers the state box exactly when zoomed in, and keeps the box\'s 100 % size when zoomed out', async ({ page }) => {
  const app = new AppPage(page);
  const canvas = new CanvasPage(page);
  await startEmpty(app, canvas);
  await canvas.createState(420, 300, 'Idle');

  const rename = async () => {
    await canvas.state('Idle').click();
    await page.keyboard.press('F2');
    await expect(canvas.editor()).toBeFocused();
    return { field: await canvas.box(canvas.editor()), body: await canvas.box(canvas.stateBody('Idle')), zoom: await canvas.zoom() };
  };

  await canvas.zoomPast(2);
  const zoomedIn = await rename();
  expect(zoomedIn.zoom).toBeGreaterThan(2);
  for (const side of ['x', 'y', 'width', 'height'] as const) expect(Math.abs(zoomedIn.field[side] - zoomedIn.body[side])).toBeLessThan(1);
  await page.screenshot({ path: 'e2e/screenshots/canvas-rename-zoomed-in.png' });
  await page.keyboard.press('Escape');

  await canvas.zoomPast(0.6);
  const zoomedOut = await rename();
  expect(zoomedOut.zoom).toBeLessThan(0.6);
  expect(zoomedOut.field.width).toBeCloseTo(zoomedOut.body.width / zoomedOut.zoom, 0);
  expect(zoomedOut.field.height).toBeCloseTo(zoomedOut.body.height / zoomedOut.zoom, 0);
  expect(zoomedOut.field.x + zoomedOut.field.width / 2).toBeCloseTo(zoomedOut.body.x + zoomedOut.body.width / 2, 0);
  await page.screenshot({ path: 'e2e/screenshots/canvas-rename-zoomed-out.png' });
  await page.keyboard.type('Waiting');
  await page.keyboard.press('Enter');
  await expect(canvas.state('Waiting')).toBeVisible();
});

test('an arrow whose event is left empty shows the placeholder; double-clicking the label names it', async ({ page }) => {
  const app = new AppPage(page);
  const canvas = new CanvasPage(page);
  await startEmpty(app, canvas);
  await canvas.createState(300, 300, 'A');
  await canvas.createState(700, 300, 'B');
  await canvas.connect('A', 'B');
  await expect(canvas.editor()).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(canvas.label('(no event)')).toBeVisible();
  await canvas.label('(no event)').dblclick();
  await canvas.typeInEditor('go');
  await expect(canvas.transition('A', 'go', 'B')).toBeAttached();
});

test('Shift+drag box-selects states; Delete removes them with their arrows as one undo step', async ({ page }) => {
  const app = new AppPage(page);
  const canvas = new CanvasPage(page);
  await startEmpty(app, canvas);
  await canvas.createState(200, 200, 'A');
  await canvas.createState(500, 200, 'B');
  await canvas.createState(200, 500, 'Keep');
  await canvas.connect('A', 'B');
  await canvas.typeInEditor('go');
  await canvas.connect('B', 'Keep');
  await canvas.typeInEditor('stay');

  const surface = await canvas.box(canvas.surface);
  await page.keyboard.down('Shift');
  await page.mouse.move(surface.x + 60, surface.y + 120);
  await page.mouse.down();
  await page.mouse.move(surface.x + 700, surface.y + 300, { steps: 10 });
  await page.mouse.up();
  await page.keyboard.up('Shift');
  await expect(page.locator('.state-node--selected')).toHaveCount(2);

  await page.keyboard.press('Delete');
  await expect(canvas.state('A')).toHaveCount(0);
  await expect(canvas.state('B')).toHaveCount(0);
  await expect(canvas.labels()).toHaveCount(0);
  await expect(canvas.state('Keep')).toBeVisible();

  await app.button('Undo').click();
  await expect(canvas.state('A')).toBeVisible();
  await expect(canvas.state('B')).toBeVisible();
  await expect(canvas.labels()).toHaveCount(2);
});

test('while simulating, the canvas selects and pans but never changes the machine', async ({ page }) => {
  const app = new AppPage(page);
  const canvas = new CanvasPage(page);
  await startEmpty(app, canvas);
  await canvas.createState(300, 300, 'A');
  await canvas.createState(700, 300, 'B');
  await app.button('Simulate').click();

  // Dragging a state pans the view instead: the states keep their places relative to each other.
  const gap = async () => (await canvas.box(canvas.state('B'))).x - (await canvas.box(canvas.state('A'))).x;
  const before = await gap();
  await canvas.dragState('A', 150, 120);
  expect(await gap()).toBeCloseTo(before, 0);
  await canvas.doubleClickAt(500, 600);
  await page.keyboard.press('n');
  await expect(page.locator('.react-flow__node')).toHaveCount(2);
  await canvas.connect('A', 'B');
  await expect(canvas.labels()).toHaveCount(0);
  // That drag panned B partly under the sidebar. A person clicks the part of B they see: clicking
  // its hidden middle makes Playwright scroll React Flow's wrapper, which React Flow scrolls straight
  // back, so B moves between press and release and the click lands on the pane (clearing the selection).
  const inSight = await visibleMiddle(canvas, canvas.state('B'));
  await canvas.state('B').dblclick({ position: inSight });
  await expect(canvas.editor()).toHaveCount(0);

  await canvas.state('B').click({ position: inSight });
  await expect(page.locator('.state-node--selected')).toHaveCount(1);
});

/** The middle of the part of `element` that the canvas shows, relative to the element's top-left corner. */
async function visibleMiddle(canvas: CanvasPage, element: Locator): Promise<{ x: number; y: number }> {
  const box = await canvas.box(element);
  const view = await canvas.box(canvas.surface);
  const left = Math.max(box.x, view.x);
  const right = Math.min(box.x + box.width, view.x + view.width);
  const top = Math.max(box.y, view.y);
  const bottom = Math.min(box.y + box.height, view.y + view.height);
  expect(right - left, 'some of the element is in sight').toBeGreaterThan(10);
  expect(bottom - top, 'some of the element is in sight').toBeGreaterThan(10);
  return { x: (left + right) / 2 - box.x, y: (top + bottom) / 2 - box.y };
}
