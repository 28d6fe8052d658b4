/**
 * Where the canvas draws states and labels: a new state leaves room for its
 * arrow's label, and labels never sit on another label or on a state.
 */
import { expect, test } from '@playwright/test';
import { AppPage } from './pages/app';
import { CanvasPage, type Box } from './pages/canvas';
import { OverviewPage, relativeCentre, unionOf } from './pages/overview';
import { boxesOverlap as overlap, trafficLight } from './pages/placementFixtures';

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

