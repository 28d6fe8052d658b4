/**
 * The inspector as a person uses it on the vending-machine example: renaming
 * (refused in place when taken), reordering outgoing transitions, editing a
 * transition and seeing its arrow change, events, adding a transition by keyboard.
 */
import { expect, test } from '@playwright/test';
import { AppPage } from './pages/app';
import { labelByTitle } from './pages/canvas';

const canvasLabel = (app: AppPage, text: string) => app.page.locator(labelByTitle(text));

type Doc = { states: { name: string }[]; transitions: { from: string; event: string; to: string; guard?: string; actions?: string[] }[] };

test.beforeEach(async ({ page }) => {
  await new AppPage(page).goto();
});

test('renaming a state to a taken or empty name is refused in place with the reason', async ({ page }) => {
  const app = new AppPage(page);
  await app.selectStateInInspector('HasCoin');
  const name = app.field('Name');

  await name.fill('Idle');
  await name.press('Enter');
  const reason = app.inspector.getByRole('alert');
  await expect(reason).toHaveText('A state named "Idle" already exists; choose another name.');
  await expect(name).toHaveValue('Idle');
  await expect(name).toHaveAttribute('aria-invalid', 'true');
  await expect(app.button('Undo')).toBeDisabled();

  await name.fill('');
  await name.press('Enter');
  await expect(reason).toContainText('cannot be empty');

  await name.press('Escape');
  await expect(name).toHaveValue('HasCoin');
  await expect(reason).toBeHidden();

  // Leaving the field with a refused name puts the real name back and says why, for a few seconds.
  await name.fill('Idle');
  await name.press('Tab');
  await expect(name).toHaveValue('HasCoin');
  await expect(name).not.toHaveAttribute('aria-invalid', 'true');
  const reverted = app.inspector.getByRole('status').filter({ hasText: 'already exists' });
  await expect(reverted).toHaveText('A state named "Idle" already exists; choose another name. Kept “HasCoin”.');
  await app.screenshot('inspector-rename-refused-blur');
  await expect(reverted).toBeHidden({ timeout: 10_000 });

  await name.fill('Paid');
  await name.press('Enter');
  await expect(name).toHaveValue('Paid');
  await expect(page.locator('.react-flow__node').filter({ hasText: 'Paid' })).toHaveCount(1);
  await app.screenshot('inspector-state');
  // Typing a name is one undo step.
  await app.button('Undo').click();
  await expect(app.button('Undo')).toBeDisabled();
  expect(await app.stateNames()).toEqual(['Idle', 'HasCoin', 'Dispensing']);
});

test('outgoing transitions are reordered with the buttons and the keyboard', async ({ page }) => {
  const app = new AppPage(page);
  await app.selectStateInInspector('HasCoin');
  const outgoing = app.inspector.getByRole('list', { name: 'Transitions from HasCoin, in order' }).getByRole('listitem');
  await expect(outgoing.locator('.inspector__transition-link')).toHaveText(['SelectItem [inStock]→ Dispensing', 'SelectItem / showSoldOut→ HasCoin', 'Refund / returnCoin→ Idle']);
  await expect(app.inspector.getByRole('button', { name: /^Move SelectItem \[inStock\] → Dispensing up$/ })).toBeDisabled();

  await app.inspector.getByRole('button', { name: 'Move SelectItem [inStock] → Dispensing down' }).click();
  await expect(outgoing.first()).toContainText('showSoldOut');
  await expect(outgoing.nth(1)).toContainText('inStock');

  let doc = JSON.parse((await app.download()).text) as Doc;
  expect(doc.transitions.filter((t) => t.from === 'HasCoin').map((t) => t.guard ?? t.actions?.join())).toEqual(['showSoldOut', 'inStock', 'returnCoin']);

  // Keyboard: focus the Refund row and move it up twice with Alt+ArrowUp.
  await outgoing.nth(2).getByRole('button', { name: /Select Refund/ }).focus();
  await page.keyboard.press('Alt+ArrowUp');
  await page.keyboard.press('Alt+ArrowUp');
  await expect(outgoing.first()).toContainText('Refund');
  doc = JSON.parse((await app.download()).text) as Doc;
  expect(doc.transitions.filter((t) => t.from === 'HasCoin').map((t) => t.event)).toEqual(['Refund', 'SelectItem', 'SelectItem']);

  await app.button('Undo').click();
  await expect(outgoing.nth(1)).toContainText('Refund');
});

test('editing a transition’s guard and actions changes its arrow label', async ({ page }) => {
  const app = new AppPage(page);
  await app.selectStateInInspector('HasCoin');
  await app.inspector.getByRole('button', { name: 'Select SelectItem [inStock] → Dispensing' }).click();
  await expect(app.inspector.getByTestId('transition-position')).toHaveText('1 of 3 from HasCoin');
  await expect(canvasLabel(app, 'SelectItem [inStock]')).toBeVisible();

  await app.commitField('Guard', 'hasChange');
  await app.commitField('Actions', 'dispense, log');
  await expect(canvasLabel(app, 'SelectItem [hasChange] / dispense, log')).toBeVisible();
  await app.screenshot('inspector-transition');

  const moveDown = app.inspector.getByRole('button', { name: 'Move down' });
  await moveDown.focus();
  await page.keyboard.press('Enter');
  await expect(app.inspector.getByTestId('transition-position')).toHaveText('2 of 3 from HasCoin');
  await expect(moveDown).toBeFocused();
  await expect(app.field('Guard')).toHaveValue('hasChange');

  await app.commitField('Guard', '');
  await expect(canvasLabel(app, 'SelectItem / dispense, log')).toBeVisible();

  await app.inspector.getByLabel('To', { exact: true }).selectOption('Idle');
  const doc = JSON.parse((await app.download()).text) as Doc;
  expect(doc.transitions[2]).toEqual({ from: 'HasCoin', event: 'SelectItem', to: 'Idle', actions: ['dispense', 'log'], description: 'Only an item that is in stock can be dispensed.' });

  await app.inspector.getByRole('button', { name: 'Delete transition' }).click();
  await expect(app.counts).toHaveText('3 states · 4 transitions');
  await expect(app.inspector.getByRole('list', { name: 'States' })).toBeVisible();
});

test('events are renamed and described from the machine view', async ({ page }) => {
  const app = new AppPage(page);
  await app.deselectAll();
  const event = app.inspector.getByRole('textbox', { name: 'Event Refund', exact: true });
  await event.fill('CoinReturn');
  await event.press('Enter');
  await expect(canvasLabel(app, 'CoinReturn / returnCoin')).toBeVisible();

  const renamed = app.inspector.getByRole('textbox', { name: 'Event CoinReturn', exact: true });
  await renamed.fill('InsertCoin');
  await renamed.press('Enter');
  await expect(app.inspector.getByRole('alert')).toContainText('InsertCoin');
  await renamed.press('Escape');

  const description = app.inspector.getByRole('textbox', { name: 'Description of CoinReturn' });
  await description.fill('The customer wants the coin back');
  await description.press('Enter');
  const doc = JSON.parse((await app.download()).text) as { events: { name: string; description?: string }[] };
  expect(doc.events.find((e) => e.name === 'CoinReturn')?.description).toBe('The customer wants the coin back');
});

test('state flags, actions and a new transition from the keyboard', async ({ page }) => {
  const app = new AppPage(page);
  await app.selectStateInInspector('Dispensing');
  await app.field('Initial state').check();
  await expect(app.field('Initial state')).toBeDisabled();
  await app.field('Final state').check();
  await app.commitField('Exit actions', 'closeFlap,\nlogSale');

  const form = app.inspector.getByRole('form', { name: 'Add a transition from Dispensing' });
  await form.getByLabel('Target state').selectOption('HasCoin');
  await form.getByLabel('On event').fill('Jam');
  await form.getByLabel('On event').press('Enter');
  await expect(app.inspector.getByRole('list', { name: 'Transitions from Dispensing, in order' }).getByRole('listitem')).toHaveCount(2);

  const doc = JSON.parse((await app.download()).text) as { initial: string; states: { name: string; final?: boolean; exit?: string[] }[]; transitions: Doc['transitions'] };
  expect(doc.initial).toBe('Dispensing');
  expect(doc.states.find((s) => s.name === 'Dispensing')).toMatchObject({ final: true, exit: ['closeFlap', 'logSale'] });
  expect(doc.transitions.at(-1)).toEqual({ from: 'Dispensing', event: 'Jam', to: 'HasCoin' });
});

test('several selected: the count and one Delete', async ({ page }) => {
  const app = new AppPage(page);
  await page.locator('.react-flow__node').filter({ hasText: 'Idle' }).click();
  await page.locator('.react-flow__node').filter({ hasText: 'Dispensing' }).click({ modifiers: ['Shift'] });
  await expect(app.inspector.getByTestId('selection-summary')).toHaveText('2 states selected');
  await app.inspector.getByRole('button', { name: 'Delete 2 states' }).click();
  await expect(app.counts).toHaveText('1 state · 1 transition');
  await app.button('Undo').click();
  await expect(app.counts).toHaveText('3 states · 5 transitions');
});
