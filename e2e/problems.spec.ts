import { expect, test } from '@playwright/test';
import { AppPage } from './pages/app';
import { CanvasPage } from './pages/canvas';
import { ProblemsPage } from './pages/problems';

test('a clean example says so, an unreachable state drawn on the canvas shows up at once, and choosing it selects and centres it', async ({ page }) => {
  const app = new AppPage(page);
  const canvas = new CanvasPage(page);
  const problems = new ProblemsPage(page);
  await app.goto();
  await app.openExample('Vending machine');
  await expect(canvas.state('Dispensing')).toBeVisible();

  await expect(problems.statusCounts).toHaveAccessibleName('No problems. Show problems');
  // The counts open the panel even with the sidebar hidden.
  await page.getByRole('button', { name: 'Hide sidebar' }).click();
  await problems.statusCounts.click();
  await expect(problems.panel).toBeVisible();
  await expect(problems.noProblems()).toBeVisible();
  await expect(problems.panel).toContainText('Every state is reachable from the initial state');
  await app.screenshot('problems-none');

  // Draw a state nobody can get to, in the empty top-right corner of the canvas.
  const surface = await canvas.box(canvas.surface);
  await canvas.createState(surface.width - 200, 90, 'Lost');

  await expect(problems.noProblems()).toBeHidden();
  await expect(problems.group('Warnings')).toContainText('2');
  await expect(problems.problem('State "Lost" cannot be reached from the initial state "Idle"')).toBeVisible();
  await expect(problems.problem('State "Lost" is not final but has no transition to another state')).toBeVisible();
  await expect(problems.statusCounts).toHaveAccessibleName('2 warnings. Show problems');
  await expect(page.getByRole('tab', { name: /^Problems/ })).toContainText('2');

  // The state carries a mark whose tooltip is the message.
  const badge = canvas.state('Lost').locator('.state-node__badge--warning');
  await expect(badge).toBeVisible();
  await expect(badge).toHaveAttribute('title', /cannot be reached[\s\S]*no transition to another state/);

  // Pan the state out of the middle, then choose the problem: it is selected and brought to the centre.
  await page.locator('.react-flow__pane').click({ position: { x: 20, y: 20 } });
  await app.screenshot('problems-with-warnings');
  await problems.showButton('cannot be reached').click();
  await expect(canvas.state('Lost').locator('.state-node')).toHaveClass(/state-node--selected/);
  await expect(async () => {
    const state = await canvas.box(canvas.state('Lost'));
    const box = await canvas.box(canvas.surface);
    expect(Math.abs(state.x + state.width / 2 - (box.x + box.width / 2))).toBeLessThan(30);
    expect(Math.abs(state.y + state.height / 2 - (box.y + box.height / 2))).toBeLessThan(30);
  }).toPass();
  await app.screenshot('problems-chosen');

  // Connecting it from Idle makes it reachable: only the dead end is left.
  await canvas.connect('Idle', 'Lost');
  await canvas.typeInEditor('Wander');
  await expect(problems.problem('cannot be reached')).toBeHidden();
  await expect(problems.problem('State "Lost" is not final')).toBeVisible();
});

test('problems are reachable from the keyboard and a transition problem shows its arrow', async ({ page }) => {
  const app = new AppPage(page);
  const canvas = new CanvasPage(page);
  const problems = new ProblemsPage(page);
  await app.goto();
  await app.openExample('Vending machine');
  await expect(canvas.state('Idle')).toBeVisible();

  // An unguarded copy of InsertCoin listed after the first one never fires.
  await canvas.connect('Idle', 'Dispensing');
  await canvas.typeInEditor('InsertCoin');
  await problems.open();
  const shadowed = problems.problem(/Transition Idle –InsertCoin→ Dispensing never fires: the earlier Idle –InsertCoin→ HasCoin has no guard/);
  await expect(shadowed).toBeVisible();
  await expect(shadowed).toContainText('Transition Idle –InsertCoin→ Dispensing');

  await problems.showButton('never fires').focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('.transition-label[data-transition="5"]')).toHaveClass(/transition-label--selected/);
  await expect(page.locator('.transition-label[data-transition="5"]')).toHaveClass(/transition-label--warning/);
});

test('a pasted machine with broken references opens and lists its errors first', async ({ page }) => {
  const app = new AppPage(page);
  const problems = new ProblemsPage(page);
  await app.goto();
  await app.pasteJson(
    JSON.stringify({
      version: 1,
      name: 'Broken order',
      initial: 'Draft',
      states: ['Draft', 'Paid', { name: 'Done', final: true }],
      events: ['Pay', 'Ship', 'Audit'],
      transitions: [
        { from: 'Draft', event: 'Pay', to: 'Paid' },
        { from: 'Paid', event: 'Ship', to: 'Shiped' },
        { from: 'Paid', event: '', to: 'Done' },
      ],
    }),
  );
  await expect(app.machineName).toHaveValue('Broken order');
  await problems.statusCounts.click();
  await expect(problems.group('Errors')).toContainText('transitions[1].to names a state "Shiped" that does not exist');
  await expect(problems.group('Errors')).toContainText('The transition from "Paid" to "Done" has no event');
  await expect(problems.group('Info')).toContainText('Event "Audit" is declared but no transition uses it');
  await expect(problems.statusCounts).toHaveAccessibleName(/^2 errors, \d+ warnings?, 1 info\. Show problems$/);
  await app.screenshot('problems-errors');

  // The arrow to the missing state is drawn to a marker with that name; choosing the problem selects it.
  const ghost = page.locator('.transition-ghost', { hasText: 'Shiped' });
  await expect(ghost).toBeVisible();
  await problems.showButton('names a state "Shiped"').click();
  await expect(page.locator('.transition-label[data-transition="1"]')).toHaveClass(/transition-label--selected/);
  await expect(ghost).toHaveClass(/transition-ghost--selected/);
  await expect(page.getByRole('group', { name: 'Transition Paid –Ship→ Shiped', exact: true })).toBeFocused();
  await app.screenshot('problems-missing-state-arrow');

  // An event problem leads to the event in the Inspector.
  await problems.showButton('Event "Audit" is declared').click();
  await expect(app.inspector.getByRole('textbox', { name: 'Event Audit', exact: true })).toBeFocused();
});

test('a just-drawn arrow is not flagged while its event is typed; left empty, it is flagged as soon as its field closes', async ({ page }) => {
  const app = new AppPage(page);
  const canvas = new CanvasPage(page);
  const problems = new ProblemsPage(page);
  await app.goto();
  await app.chooseFileMenuItem('New machine');
  await canvas.createState(200, 300, 'Idle');
  await canvas.createState(800, 300, 'Busy');
  await problems.open();

  await canvas.connect('Idle', 'Busy');
  await expect(canvas.editor()).toBeFocused();
  await page.keyboard.type('sta');
  // The checks have run on the arrow with no event yet; nothing of it shows while the event is typed.
  await expect(app.counts).toHaveText('2 states · 1 transition');
  await page.waitForTimeout(300);
  await expect(problems.problem('has no event')).toHaveCount(0);
  await expect(problems.statusCounts).not.toContainText('error');
  await expect(page.locator('.transition-label--error, .transition-edge--error')).toHaveCount(0);
  await app.screenshot('problems-while-typing-new-event');

  // Escape keeps the arrow without an event: now it is an error, listed, counted and marked.
  await page.keyboard.press('Escape');
  await expect(canvas.label('(no event)')).toBeVisible();
  await expect(problems.problem('The transition from "Idle" to "Busy" has no event')).toBeVisible();
  await expect(problems.statusCounts).toContainText('1 error');
  await expect(page.locator('.transition-label--error')).toHaveCount(1);
  await app.screenshot('problems-new-arrow-left-without-event');

  // Reopening the field on that arrow keeps the error in view until the event is given.
  await canvas.label('(no event)').dblclick();
  await expect(canvas.editor()).toBeFocused();
  await expect(problems.statusCounts).toContainText('1 error');
  await canvas.typeInEditor('start');
  await expect(problems.problem('has no event')).toHaveCount(0);
  await expect(problems.statusCounts).not.toContainText('error');
});
