/**
 * Auto-layout as a person uses it: a Mermaid file arrives laid out, the
 * toolbar menu and L / Shift+L lay out a machine so that no label covers a
 * state or another label, undo puts every state back in one step, states the
 * user placed never move on open, and an edit made while a layout runs wins.
 */
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { AppPage } from './pages/app';
import { CanvasPage } from './pages/canvas';
import { example, examples } from './pages/examples';
import { drawnBoxes, fitToView, flowPositions, overlappingPairs, viewportZoom, waitForLayout } from './pages/layout';

const door = readFileSync('src/core/import/__fixtures__/mermaid-door.mmd', 'utf8');

/** The TCP example with its states packed in a tight grid, where labels land on states and on each other. */
function tangledTcp(): string {
  const document = JSON.parse(example('tcp-connection.fsm.json')) as { states: { name: string }[]; layout?: unknown };
  document.layout = { states: Object.fromEntries(document.states.map((state, i) => [state.name, { x: (i % 4) * 180, y: Math.floor(i / 4) * 90 }])) };
  return JSON.stringify(document);
}

/** Below this zoom the canvas stops drawing labels (labelDetail.tsx); at 0.7 they read easily. */
const LABELS_DRAWN_ZOOM = 0.5;
const READABLE_ZOOM = 0.7;

test('an imported Mermaid file is laid out on open with no overlapping states or labels', async ({ page }) => {
  const app = new AppPage(page);
  await app.goto();
  await app.openFile('door.mmd', door);
  await expect(new CanvasPage(page).state('Closed and locked')).toBeVisible();
  await waitForLayout(page);
  expect(overlappingPairs(await drawnBoxes(page))).toEqual([]);
  await app.screenshot('mermaid-auto-layout');
  // Laid out as part of opening: nothing to undo, and the positions are saved with the machine.
  await expect(app.button('Undo')).toBeDisabled();
  const saved = JSON.parse((await app.download()).text) as { layout?: { states?: Record<string, unknown> } };
  expect(Object.keys(saved.layout?.states ?? {}).sort()).toEqual(['Broken', 'Closed', 'Closed and locked', 'Open']);
});

for (const [direction, key, item] of [
  ['left to right', 'l', 'Left to right'],
  ['top to bottom', 'Shift+L', 'Top to bottom'],
] as const) {
  test(`Auto-layout ${direction} untangles the TCP example, and one undo puts it back`, async ({ page }) => {
    const app = new AppPage(page);
    await app.goto();
    await app.openFile('tcp.fsm.json', tangledTcp());
    await expect(new CanvasPage(page).state('CLOSED')).toBeVisible();
    const before = await flowPositions(page);
    expect(overlappingPairs(await drawnBoxes(page)).length).toBeGreaterThan(0);

    if (key === 'l') {
      await page.locator('.react-flow__pane').click({ position: { x: 5, y: 5 } });
      await page.keyboard.press(key);
    } else {
      await app.toolbar.getByRole('button', { name: 'Auto-layout' }).click();
      await page.getByRole('menu', { name: 'Auto-layout' }).getByRole('menuitem', { name: item }).click();
    }
    await expect.poll(async () => JSON.stringify([...(await flowPositions(page))])).not.toBe(JSON.stringify([...before]));
    await waitForLayout(page);
    expect(overlappingPairs(await drawnBoxes(page))).toEqual([]);
    await app.screenshot(`tcp-auto-layout-${key === 'l' ? 'right' : 'down'}`);
    const saved = JSON.parse((await app.download()).text) as { layout?: { direction?: string } };
    expect(saved.layout?.direction).toBe(key === 'l' ? 'RIGHT' : 'DOWN');

    await app.button('Undo').click();
    await expect.poll(async () => JSON.stringify([...(await flowPositions(page))])).toBe(JSON.stringify([...before]));
    await expect(app.button('Undo')).toBeDisabled();
  });
}

for (const { title } of examples) {
  test(`the ${title} example opens readable, and stays readable after Auto-layout in either direction`, async ({ page }) => {
    const app = new AppPage(page);
    await app.goto();
    await app.openExample(title);
    await waitForLayout(page);
    await fitToView(page);
    // As stored: nothing overlaps, and the whole machine fits the window with labels easy to read.
    expect(overlappingPairs(await drawnBoxes(page))).toEqual([]);
    expect(await viewportZoom(page)).toBeGreaterThanOrEqual(READABLE_ZOOM);
    await app.screenshot(`example-${title.toLowerCase().replaceAll(' ', '-')}`);

    for (const [key, name] of [['l', 'right'], ['Shift+L', 'down']] as const) {
      await page.locator('.react-flow__pane').click({ position: { x: 5, y: 5 } });
      await page.keyboard.press(key);
      await expect.poll(async () => JSON.parse((await app.download()).text).layout?.direction).toBe(name === 'right' ? 'RIGHT' : 'DOWN');
      await waitForLayout(page);
      await fitToView(page);
      // Fitted to the window the labels are still drawn (no "zoom in" hint), and none covers a state or another label.
      expect(await viewportZoom(page)).toBeGreaterThanOrEqual(name === 'right' ? READABLE_ZOOM : LABELS_DRAWN_ZOOM);
      await expect(page.getByText('Zoom in to read the transition labels')).toBeHidden();
      expect(overlappingPairs(await drawnBoxes(page))).toEqual([]);
      await app.screenshot(`example-${title.toLowerCase().replaceAll(' ', '-')}-layout-${name}`);
    }
  });
}

test('opening a file where some states have positions places only the others, next to their neighbours', async ({ page }) => {
  const app = new AppPage(page);
  await app.goto();
  const document = {
    version: 1,
    name: 'Half drawn',
    initial: 'Idle',
    states: ['Idle', 'Running', 'Paused', 'Done'],
    transitions: [
      { from: 'Idle', event: 'start', to: 'Running' },
      { from: 'Running', event: 'pause', to: 'Paused' },
      { from: 'Paused', event: 'resume', to: 'Running' },
      { from: 'Running', event: 'finish', to: 'Done' },
    ],
    layout: { states: { Idle: { x: 40, y: 300 }, Running: { x: 400, y: 300 } } },
  };
  await app.openFile('half.fsm.json', JSON.stringify(document));
  await expect(new CanvasPage(page).state('Done')).toBeVisible();
  await waitForLayout(page);
  const positions = await flowPositions(page);
  expect(positions.get('State Idle (initial)')).toEqual({ x: 40, y: 300 });
  expect(positions.get('State Running')).toEqual({ x: 400, y: 300 });
  for (const name of ['State Paused', 'State Done']) {
    const point = positions.get(name)!;
    // Near Running (its neighbour), not on the far-away grid or below everything.
    expect(Math.hypot(point.x - 400, point.y - 300), name).toBeLessThan(600);
  }
  expect(overlappingPairs(await drawnBoxes(page))).toEqual([]);
});

test('a large layout shows progress, and an edit made while it runs is kept', async ({ page }) => {
  test.setTimeout(150_000);
  const app = new AppPage(page);
  await app.goto();
  // A long process with skips and retries: about a hundred and fifty states take ELK a few seconds.
  const states = Array.from({ length: 150 }, (_, i) => `S${i}`);
  const transitions = states.flatMap((name, i) => [
    { from: name, event: 'next', to: states[(i + 1) % states.length]! },
    { from: name, event: 'skip', to: states[(i + 2) % states.length]! },
    ...(i % 10 === 9 ? [{ from: name, event: 'retry', to: states[i - 4]! }] : []),
  ]);
  const layout = { states: Object.fromEntries(states.map((name, i) => [name, { x: (i % 20) * 220, y: Math.floor(i / 20) * 120 }])) };
  await app.openFile('big.fsm.json', JSON.stringify({ version: 1, name: 'Big', initial: 'S0', states, transitions, layout }));
  await expect(app.counts).toContainText('150 states');
  await page.locator('.react-flow__pane').click({ position: { x: 5, y: 5 } });
  const before = await flowPositions(page);

  await page.keyboard.press('l');
  await expect(page.getByTestId('layout-indicator')).toBeVisible();
  await expect(page.getByTestId('layout-indicator')).toContainText(/\d+\.\d s/);
  await app.screenshot('layout-progress');
  // The editor stays usable: add a state while the layout runs.
  await page.keyboard.press('n');
  await page.keyboard.press('Escape');
  await expect(app.counts).toContainText('151 states');
  await expect(page.getByTestId('layout-indicator')).toBeHidden({ timeout: 100_000 });
  await expect(app.notices.filter({ hasText: 'Auto-layout was dropped because the machine changed' })).toBeVisible();
  await expect(app.counts).toContainText('151 states');
  const after = await flowPositions(page);
  expect(after.get('State S5')).toEqual(before.get('State S5'));
});
