import { expect, test, type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { AppPage } from './pages/app';
import { CanvasPage, type Box } from './pages/canvas';
import { OverviewPage, relativeCentre, unionOf } from './pages/overview';

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
  for (let i = 0; i < boxes.length; i++) for (let j = i + 1; j < boxes.length; j++) expect(overlap(boxes[i]!, boxes[j]!)).toBe(false);

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

function overlap(a: Box, b: Box): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

const busyMachine = {
  version: 1,
  name: 'Busy pairs',
  initial: 'Idle',
  states: ['Idle', 'Running', 'Paused', 'Done'],
  transitions: [
    { from: 'Idle', event: 'start', to: 'Running' },
    { from: 'Idle', event: 'startFast', to: 'Running', guard: 'turbo' },
    { from: 'Running', event: 'stop', to: 'Idle', actions: ['cleanUp', 'log'] },
    { from: 'Idle', event: 'resume', to: 'Running', guard: 'hasSnapshot' },
    { from: 'Running', event: 'pause', to: 'Paused' },
    { from: 'Paused', event: 'resume', to: 'Running' },
    { from: 'Running', event: 'tick', to: 'Running' },
    { from: 'Running', event: 'heartbeat', to: 'Running', actions: ['ping'] },
    { from: 'Paused', event: 'finish', to: 'Done' },
    { from: 'Done', event: 'again', to: 'Paused' },
  ],
  layout: { states: { Idle: { x: 0, y: 140 }, Running: { x: 420, y: 140 }, Paused: { x: 420, y: 480 }, Done: { x: 0, y: 480 } } },
};

test('two states added with N leave room for a long event label beside their arrow: the arrow shows on both sides of it', async ({ page }) => {
  const app = new AppPage(page);
  const canvas = new CanvasPage(page);
  await app.goto();
  await app.chooseFileMenuItem('New machine');
  await expect(canvas.emptyHint).toBeVisible();
  for (const name of ['Waiting', 'Paid']) {
    await page.keyboard.press('n');
    await canvas.typeInEditor(name);
    await expect(canvas.state(name)).toBeFocused();
  }
  await page.keyboard.press('[');
  await expect(canvas.state('Waiting')).toBeFocused();
  await page.keyboard.press('c');
  await page.keyboard.type('Paid');
  await page.keyboard.press('Enter');
  const event = 'paymentAuthorisedByTheCardIssuerAfterRetry';
  await canvas.typeInEditor(event);
  await page.keyboard.press('Escape');

  const arrow = await canvas.box(canvas.transition('Waiting', event, 'Paid').locator('.react-flow__edge-path'));
  const label = await canvas.box(canvas.label(event));
  const zoom = await canvas.zoom();
  // The arrow runs left to right; at least 24 px of it (at 100 %) show before and after its label.
  expect(arrow.width).toBeGreaterThan(arrow.height);
  expect((label.x - arrow.x) / zoom).toBeGreaterThanOrEqual(24);
  expect((arrow.x + arrow.width - (label.x + label.width)) / zoom).toBeGreaterThanOrEqual(24);
  await canvas.screenshot('canvas-new-states-long-label');
});

test('parallel, opposite and nested self-loop arrows: no label sits on another label or on a state', async ({ page }) => {
  const app = new AppPage(page);
  const canvas = new CanvasPage(page);
  await app.goto();
  await app.pasteJson(JSON.stringify(busyMachine));
  await expect(canvas.labels()).toHaveCount(busyMachine.transitions.length);
  await page.keyboard.press('Shift+1');
  await page.waitForTimeout(400);
  await canvas.screenshot('canvas-parallel-and-loops');

  const labels = await canvas.labels().evaluateAll((els) => els.map((e) => ({ text: e.textContent, box: e.getBoundingClientRect().toJSON() as Box })));
  const states = await page.locator('.state-node__body').evaluateAll((els) => els.map((e) => ({ text: e.textContent, box: e.getBoundingClientRect().toJSON() as Box })));
  for (let i = 0; i < labels.length; i++) {
    for (let j = i + 1; j < labels.length; j++) {
      expect(overlap(labels[i]!.box, labels[j]!.box), `${labels[i]!.text} overlaps ${labels[j]!.text}`).toBe(false);
    }
    for (const state of states) expect(overlap(labels[i]!.box, state.box), `${labels[i]!.text} overlaps state ${state.text}`).toBe(false);
  }
});

const trafficLight = {
  version: 1,
  name: 'Traffic light',
  initial: 'Red',
  states: ['Red', 'Green', 'Yellow'],
  transitions: [
    { from: 'Red', event: 'go', to: 'Green', guard: 'carsWaiting', actions: ['startTimer', 'beep'] },
    { from: 'Green', event: 'slow', to: 'Yellow' },
    { from: 'Yellow', event: 'stop', to: 'Red' },
    { from: 'Yellow', event: 'tick', to: 'Yellow' },
  ],
  layout: { states: { Red: { x: 0, y: 0 }, Green: { x: 340, y: 0 }, Yellow: { x: 170, y: 240 } } },
};

test('close states: labels stay readable above the boxes, a loop avoids the arriving arrows, the overview is coloured', async ({ page }) => {
  const app = new AppPage(page);
  const canvas = new CanvasPage(page);
  await app.goto();
  await app.pasteJson(JSON.stringify(trafficLight));
  await expect(canvas.labels()).toHaveCount(4);
  await page.keyboard.press('Shift+1');
  await page.waitForTimeout(400);
  await canvas.screenshot('canvas-close-states-labels');

  // The long label is wider than the gap between Red and Green: it is drawn on top, starting with its event,
  // cut with an ellipsis at the label width, the whole text in its tooltip.
  const go = canvas.labelStartingWith('go [carsWaiting]');
  await expect(go).toHaveText(/…$/);
  const box = await canvas.box(go);
  const hits = await page.evaluate(
    ({ x, y, w, h }) =>
      [x + 10, x + w / 2, x + w - 10].map((px) => document.elementFromPoint(px, y + h / 2)?.closest('.transition-label') !== null),
    { x: box.x, y: box.y, w: box.width, h: box.height },
  );
  expect(hits).toEqual([true, true, true]);
  await expect(go).toHaveAttribute('title', /^go \[carsWaiting\] \/ startTimer, beep/);

  // stop and slow arrive at Yellow from above, so its tick loop stands on a free side, clear of their labels.
  const yellow = await canvas.box(canvas.state('Yellow'));
  const tick = await canvas.box(canvas.label('tick'));
  expect(tick.y + tick.height / 2).toBeGreaterThan(yellow.y);
  expect(overlap(tick, yellow)).toBe(false);
  for (const other of ['stop', 'slow']) expect(overlap(tick, await canvas.box(canvas.label(other)))).toBe(false);

  // The overview shows the initial state in its own colour where Red stands, and the selection outlined where Green stands.
  await canvas.state('Green').click();
  const overview = new OverviewPage(page);
  const states = unionOf(await Promise.all(['Red', 'Green', 'Yellow'].map((name) => canvas.box(canvas.state(name)))));
  const whereOnCanvas = async (name: string) => relativeCentre(await canvas.box(canvas.state(name)), states);
  await expect.poll(async () => (await overview.area('--canvas-accent')).pixels).toBeGreaterThan(20);
  const drawing = (await overview.area(undefined)).box!;
  const initial = await overview.area('--canvas-minimap-initial');
  const outline = await overview.area('--canvas-accent');
  const plain = await overview.area('--canvas-minimap-node');
  expect(initial.pixels).toBeGreaterThan(40);
  expect(plain.pixels).toBeGreaterThan(40);
  for (const [area, name] of [[initial, 'Red'], [outline, 'Green']] as const) {
    const onOverview = relativeCentre(area.box!, drawing);
    const onCanvas = await whereOnCanvas(name);
    expect(onOverview.x).toBeCloseTo(onCanvas.x, 1);
    expect(onOverview.y).toBeCloseTo(onCanvas.y, 1);
  }
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
