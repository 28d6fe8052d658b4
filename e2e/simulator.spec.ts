import { expect, test, type Page } from '@playwright/test';
import { AppPage } from './pages/app';
import { CanvasPage } from './pages/canvas';
import { SimulatorPage } from './pages/simulator';

async function openVending(page: Page) {
  const app = new AppPage(page);
  const canvas = new CanvasPage(page);
  const sim = new SimulatorPage(page);
  await app.goto();
  await app.openExample('Vending machine');
  await expect(canvas.state('Dispensing')).toBeVisible();
  return { app, canvas, sim };
}

const stateBox = (canvas: CanvasPage, name: string) => canvas.state(name).locator('.state-node');

test('simulate the vending machine to Dispensing and back with the buttons, and the document never changes', async ({ page }) => {
  const { app, canvas, sim } = await openVending(page);
  await app.waitUntilSaved();
  const before = await app.download();

  await sim.start();
  await expect(sim.current).toHaveText('Idle');
  await expect(stateBox(canvas, 'Idle')).toHaveClass(/state-node--sim-current/);
  await expect(sim.trace).toContainText('Start in Idle');
  await expect(sim.trace).toContainText('entry showWelcome');
  await expect(sim.disabledEvent('SelectItem')).toContainText('No transition from "Idle" on "SelectItem".');
  // Editing is off while simulating.
  await expect(app.button('Add state')).toBeDisabled();

  await sim.fire('InsertCoin', 'HasCoin');
  await sim.fire('SelectItem', 'Dispensing');
  await expect(stateBox(canvas, 'Dispensing')).toHaveClass(/state-node--sim-current/);
  await expect(stateBox(canvas, 'Idle')).not.toHaveClass(/state-node--sim-current/);
  await expect(page.locator('.transition-label[data-transition="1"]')).toHaveClass(/transition-label--sim-last-fired/);
  await sim.fire('Dispense', 'Idle');
  // Exit, transition and entry actions, in order, each labelled with its phase.
  await expect(sim.steps().nth(2)).toContainText('Dispensing —Dispense→ Idle');
  await expect(sim.steps().nth(2).getByRole('listitem')).toHaveText(['exit stopMotor', 'transition releaseItem', 'entry showWelcome']);

  await sim.button('Step back').click();
  await expect(sim.current).toHaveText('Dispensing');
  await expect(page.getByTestId('simulation-status')).toHaveText('Simulating: in Dispensing');
  await expect(sim.steps()).toHaveCount(2);
  await page.screenshot({ path: 'e2e/screenshots/simulator-mid-run.png' });

  // Dragging a state does not move it away from the others while simulating (at most the view pans).
  const offset = async () => {
    const [a, b] = [await canvas.box(canvas.state('HasCoin')), await canvas.box(canvas.state('Idle'))];
    return { x: a.x - b.x, y: a.y - b.y };
  };
  const offsetBefore = await offset();
  await canvas.dragState('HasCoin', 120, 80);
  expect(await offset()).toEqual(offsetBefore);

  await sim.button('Reset').click();
  await expect(sim.current).toHaveText('Idle');
  await expect(sim.steps()).toHaveCount(0);

  await sim.stop();
  await expect(page.getByTestId('simulation-status')).toHaveCount(0);
  await expect(stateBox(canvas, 'Idle')).not.toHaveClass(/state-node--sim-current/);
  await expect(app.button('Add state')).toBeEnabled();
  await expect(app.button('Undo')).toBeDisabled();
  const after = await app.download();
  expect(after.text).toBe(before.text);
});

test('guard switches: inStock false takes the sold-out arrow, and without it SelectItem is rejected with the reason', async ({ page }) => {
  const { app, canvas, sim } = await openVending(page);
  await sim.start();
  await sim.fire('InsertCoin', 'HasCoin');
  await expect(sim.eventButton('SelectItem', 'Dispensing')).toBeVisible();
  await sim.guard('inStock').click();
  await expect(sim.guard('inStock')).not.toBeChecked();
  // The example's second SelectItem arrow (sold out) fires when inStock is false: table order decides.
  await expect(sim.eventButton('SelectItem', 'HasCoin')).toBeVisible();
  await sim.fire('SelectItem', 'HasCoin');
  await expect(sim.steps().last()).toContainText('transition showSoldOut');

  // Remove the sold-out arrow, then SelectItem with inStock false has nowhere to go.
  await sim.stop();
  await canvas.label('SelectItem / showSoldOut').click();
  await page.keyboard.press('Delete');
  await expect(canvas.label('SelectItem / showSoldOut')).toHaveCount(0);
  await sim.start();
  await sim.fire('InsertCoin', 'HasCoin');
  await expect(sim.guard('inStock')).not.toBeChecked();
  await expect(sim.disabledEvent('SelectItem')).toContainText('Guard "inStock" is false.');
  // The script continues from HasCoin rather than starting over at the initial state.
  await sim.panel.getByRole('checkbox', { name: 'Start from the initial state' }).uncheck();
  await sim.runScript('SelectItem');
  await expect(sim.steps().last()).toContainText('HasCoin —SelectItem→ rejected');
  await expect(sim.steps().last()).toContainText('Guard "inStock" is false.');
  await expect(sim.current).toHaveText('HasCoin');
  await page.screenshot({ path: 'e2e/screenshots/simulator-guard-rejected.png' });

  await sim.guard('inStock').click();
  await sim.fire('SelectItem', 'Dispensing');
  void app;
});

test('an event script stops at the first rejected line and says which', async ({ page }) => {
  const { sim } = await openVending(page);
  await sim.start();
  await sim.runScript('InsertCoin\nRefund, InsertCoin\n\nDispense\nSelectItem');
  await expect(page.getByTestId('sim-script-stop')).toContainText(
    'Started in the initial state Idle. Stopped after 3 events. Line 4: "Dispense" was rejected in "HasCoin". No transition from "HasCoin" on "Dispense".',
  );
  await expect(sim.current).toHaveText('HasCoin');
  await expect(sim.steps()).toHaveCount(4);
  // The trace above has grown; the outcome is brought into view without the user scrolling.
  await expect(page.getByTestId('sim-script-stop')).toBeInViewport();
  await page.screenshot({ path: 'e2e/screenshots/simulator-script-stopped.png' });

  // Running again starts over at the initial state (the default), so the same script gives the same answer.
  await sim.button('Run script').click();
  await expect(page.getByTestId('sim-script-stop')).toContainText('Started in the initial state Idle. Stopped after 3 events. Line 4:');
  await expect(sim.steps()).toHaveCount(4);

  // Unchecked, the script continues from where the session is, and says so.
  await sim.panel.getByRole('checkbox', { name: 'Start from the initial state' }).uncheck();
  await sim.runScript('SelectItem');
  await expect(page.getByTestId('sim-script-done')).toHaveText('Started in the current state HasCoin. Ran 1 event; every one fired.');
  await expect(sim.current).toHaveText('Dispensing');
  await sim.panel.getByRole('checkbox', { name: 'Start from the initial state' }).check();

  await sim.button('Reset').click();
  await sim.runScript('InsertCoin, Kick');
  await expect(page.getByTestId('sim-script-stop')).toContainText('Line 1: "Kick" is not an event of this machine.');
  await expect(sim.steps()).toHaveCount(1);

  await sim.button('Reset').click();
  await sim.runScript('InsertCoin\nSelectItem\nDispense');
  await expect(page.getByTestId('sim-script-done')).toHaveText('Started in the initial state Idle. Ran 3 events; every one fired.');
  await expect(sim.current).toHaveText('Idle');
});

test('path to here plays the shortest way to a selected state; coverage counts and dims what was not visited', async ({ page }) => {
  const { canvas, sim } = await openVending(page);
  await sim.start();
  await expect(sim.coverage).toHaveText('1/3 states0/5 transitions');

  await canvas.state('Dispensing').click();
  await expect(page.getByTestId('sim-selected')).toHaveText('Dispensing');
  await expect(sim.pathEvents()).toHaveText(['InsertCoin', 'SelectItem']);
  // With inStock off, the path needs it on: Play path turns the switch, so what it shows is what was used.
  await sim.guard('inStock').click();
  await expect(sim.guard('inStock')).not.toBeChecked();
  await sim.button('Play path').click();
  await expect(sim.current).toHaveText('Dispensing');
  await expect(sim.guard('inStock')).toBeChecked();
  await expect(page.getByTestId('sim-path-report')).toHaveText('Played 2 events from the initial state to Dispensing. Set inStock to true to follow the path.');
  await expect(sim.steps().last()).toContainText('SelectItem');
  await page.screenshot({ path: 'e2e/screenshots/simulator-play-path-guards.png' });
  await expect(sim.coverage).toHaveText('3/3 states2/5 transitions');

  await sim.panel.getByRole('checkbox', { name: /Dim what this session has not visited/ }).check();
  await expect(page.locator('.transition-label[data-transition="3"]')).toHaveClass(/transition-label--sim-unvisited/);
  await expect(page.locator('.transition-label[data-transition="0"]')).not.toHaveClass(/sim-unvisited/);

  await sim.button('Reset').click();
  await expect(sim.coverage).toHaveText('1/3 states0/5 transitions');
  await expect(stateBox(canvas, 'Dispensing')).toHaveClass(/state-node--sim-unvisited/);
  await expect(stateBox(canvas, 'HasCoin')).toHaveClass(/state-node--sim-unvisited/);
  await page.screenshot({ path: 'e2e/screenshots/simulator-coverage.png' });

  // Start from here: a new session in the selected state, its entry actions not run.
  await canvas.state('HasCoin').click();
  await sim.button('Start from here').click();
  await expect(sim.current).toHaveText('HasCoin');
  await expect(sim.panel).toContainText('Started here by choice: HasCoin');
  await expect(sim.coverage).toHaveText('1/3 states0/5 transitions');
});

test('the keyboard alone: S enters and leaves, number keys fire, a random walk repeats with its seed', async ({ page }) => {
  const { sim } = await openVending(page);
  await page.getByRole('button', { name: 'Hide sidebar' }).click();
  await page.locator('.react-flow__pane').click({ position: { x: 20, y: 20 } });
  await page.keyboard.press('s');
  await expect(sim.panel).toBeVisible();
  await expect(sim.toggle).toHaveAttribute('aria-pressed', 'true');
  await expect(sim.current).toHaveText('Idle');
  await page.keyboard.press('1');
  await expect(sim.current).toHaveText('HasCoin');
  await page.keyboard.press('2'); // enabled in HasCoin, alphabet order: SelectItem, Refund
  await expect(sim.current).toHaveText('Idle');

  await sim.button('Reset').click();
  await sim.panel.getByRole('spinbutton', { name: 'Steps' }).fill('15');
  await sim.panel.getByRole('spinbutton', { name: 'Seed' }).fill('4242');
  await sim.button('Walk').click();
  await expect(sim.panel).toContainText('with seed 4242');
  const first = await sim.steps().allTextContents();
  expect(first.length).toBe(15);
  await sim.button('Reset').click();
  await sim.button('Walk').click();
  expect(await sim.steps().allTextContents()).toEqual(first);

  await page.locator('.react-flow__pane').click({ position: { x: 20, y: 20 } });
  await page.keyboard.press('s');
  await expect(sim.toggle).toHaveAttribute('aria-pressed', 'false');
});

test('reaching a final state says the machine is done and every event says why it is refused', async ({ page }) => {
  const app = new AppPage(page);
  const canvas = new CanvasPage(page);
  const sim = new SimulatorPage(page);
  await app.goto();
  await app.openExample('Order workflow');
  await expect(canvas.state('Completed')).toBeVisible();
  await sim.start();
  await canvas.state('Completed').click();
  await sim.button('Play path').click();
  await expect(sim.current).toHaveText('Completed');
  await expect(sim.panel.getByRole('status').filter({ hasText: 'Final state: the machine is done.' })).toBeVisible();
  await expect(sim.panel.getByRole('list', { name: 'Events' }).getByRole('button')).toHaveCount(0);
  await expect(sim.disabledEvent('Checkout')).toContainText('"Completed" is a final state; it accepts no more events.');
  await page.screenshot({ path: 'e2e/screenshots/simulator-done.png' });
});
