/**
 * Share links and review mode, as a person uses them: copy a link from the
 * Share dialog, open it in a fresh browser (no storage), review read-only,
 * Edit a copy; hostile and truncated links change nothing of the user's.
 */
import { expect, test } from '@playwright/test';
import { AppPage } from './pages/app';
import { CanvasPage } from './pages/canvas';
import { drawnBoxes, flowPositions, overlappingPairs, waitForLayout } from './pages/layout';
import { APP_BASE, linkFor, SharePage } from './pages/share';
import { decodeShareFragment } from '../src/core/share';

test('a shared link opens the same machine read-only in a fresh browser, and Edit a copy makes it the reviewer’s', async ({ page, browser }) => {
  const author = new AppPage(page);
  const share = new SharePage(page);
  await author.goto();
  await author.openExample('TCP connection');
  await expect(new CanvasPage(page).state('CLOSED')).toBeVisible();
  await share.openDialog();
  await expect(share.lengthText()).toHaveText(/^[\d,]+ characters$/);
  await author.screenshot('share-dialog');
  const link = await share.link();
  expect(link.startsWith(`${APP_BASE}#m1.`)).toBe(true);
  await page.keyboard.press('Escape');
  await expect(share.dialog).toBeHidden();
  const authorNames = await author.stateNames();
  const authorBoxes = await flowPositions(page);

  const fresh = await browser.newContext();
  const reviewerPage = await fresh.newPage();
  const reviewer = new AppPage(reviewerPage);
  const review = new SharePage(reviewerPage);
  const canvas = new CanvasPage(reviewerPage);
  await reviewerPage.goto(link);
  await expect(review.banner).toContainText('You are reviewing a shared machine. Changes are not saved.');
  await expect(reviewer.machineName).toHaveValue('TCP connection');
  expect(await reviewer.stateNames()).toEqual(authorNames);
  const reviewerBoxes = await flowPositions(reviewerPage);
  for (const [name, box] of authorBoxes) {
    const seen = reviewerBoxes.get(name);
    expect(seen, name).toBeDefined();
    expect(Math.abs(seen!.x - box.x), name).toBeLessThanOrEqual(2);
    expect(Math.abs(seen!.y - box.y), name).toBeLessThanOrEqual(2);
  }
  await reviewer.screenshot('review-mode');

  // Edits are refused: no new state by key or double-click, inspector fields disabled, nothing saved.
  const count = await reviewer.canvasNodes().count();
  await canvas.pane.click({ position: { x: 20, y: 20 } });
  await reviewerPage.keyboard.press('n');
  await canvas.pane.dblclick({ position: { x: 30, y: 30 } });
  await expect(reviewer.canvasNodes()).toHaveCount(count);
  await reviewer.selectStateInInspector('LISTEN');
  await expect(reviewer.field('Name')).toBeDisabled();
  expect(await reviewerPage.evaluate(() => Object.keys(localStorage).filter((key) => localStorage.getItem(key)?.includes('LISTEN')).length)).toBe(0);

  await review.editACopy();
  await expect(reviewerPage).not.toHaveURL(/#/);
  await reviewer.deselectAll();
  await reviewerPage.keyboard.press('n');
  await expect(reviewer.canvasNodes()).toHaveCount(count + 1);
  const library = await reviewer.openLibrary();
  await expect(reviewer.libraryRow(library, 'TCP connection')).toBeVisible();
  await fresh.close();
});

test('a link naming a selected state opens centred on it, selected and highlighted', async ({ page }) => {
  const link = await linkFor(
    {
      version: 1,
      name: 'Far away',
      initial: 'Start',
      states: ['Start', 'Middle', 'Target'],
      transitions: [
        { from: 'Start', event: 'go', to: 'Middle' },
        { from: 'Middle', event: 'go', to: 'Target' },
      ],
      layout: { states: { Start: { x: 0, y: 0 }, Middle: { x: 1500, y: 0 }, Target: { x: 3000, y: 1200 } } },
    },
    undefined,
    'Target',
  );
  const app = new AppPage(page);
  await page.goto(link);
  const target = new CanvasPage(page).state('Target');
  await expect(target.locator('.state-node--highlight')).toBeVisible();
  await expect(app.field('Name')).toHaveValue('Target');
  const box = (await target.boundingBox())!;
  const canvas = (await page.locator('.react-flow').boundingBox())!;
  await expect
    .poll(async () => {
      const now = (await target.boundingBox())!;
      return Math.abs(now.x + now.width / 2 - (canvas.x + canvas.width / 2));
    })
    .toBeLessThan(40);
  expect(box.width).toBeGreaterThan(0);
});

test('a hostile state name in a link is shown as text and runs nothing', async ({ page }) => {
  const hostile = '<img src=x onerror="window.__pwned=1;alert(1)">';
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  const link = await linkFor({
    version: 1,
    name: '<script>window.__pwned=2</script>',
    initial: hostile,
    states: [hostile, 'Safe'],
    transitions: [{ from: hostile, event: '<b onmouseover=alert(2)>go</b>', to: 'Safe' }],
  });
  await page.goto(link);
  const canvas = new CanvasPage(page);
  await expect(canvas.state(hostile)).toBeVisible();
  await expect(canvas.state(hostile)).toContainText(hostile);
  await expect(canvas.label('<b onmouseover=alert(2)>go</b>')).toBeVisible();
  await canvas.label('<b onmouseover=alert(2)>go</b>').hover();
  await expect(page.locator('img[src="x"]')).toHaveCount(0);
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  expect(dialogs).toEqual([]);
});

test('a truncated link says what is wrong and the autosaved machine survives', async ({ page }) => {
  const app = new AppPage(page);
  await app.goto();
  await app.machineName.fill('My precious machine');
  await app.machineName.press('Enter');
  await app.waitUntilSaved();
  const names = await app.stateNames();

  const link = await linkFor({ version: 1, name: 'Shared', initial: 'A', states: ['A', 'B'], transitions: [{ from: 'A', event: 'go', to: 'B' }] });
  const truncated = link.slice(0, link.length - 12);

  // Pasted into the address bar of the open app (the fragment changes).
  await page.goto(truncated);
  await expect(app.notices.filter({ hasText: 'This shared link could not be opened' })).toBeVisible();
  await expect(app.notices.filter({ hasText: 'incomplete or damaged' })).toBeVisible();
  await app.screenshot('share-truncated-link');
  await expect(app.machineName).toHaveValue('My precious machine');

  // Opened fresh (a reload with the damaged link in the address).
  await page.reload();
  await expect(app.notices.filter({ hasText: 'incomplete or damaged' })).toBeVisible();
  await expect(app.machineName).toHaveValue('My precious machine');
  expect(await app.stateNames()).toEqual(names);
  await expect(new SharePage(page).banner).toBeHidden();
});

test('a link pasted into the address bar of the open app opens for review; opening My machines ends the review', async ({ page }) => {
  const app = new AppPage(page);
  const share = new SharePage(page);
  await app.goto();
  await app.waitUntilSaved();
  const link = await linkFor({
    version: 1,
    name: 'Pasted link',
    initial: 'Idle',
    states: ['Idle', 'Busy'],
    transitions: [{ from: 'Idle', event: 'work', to: 'Busy' }],
    layout: { states: { Idle: { x: 0, y: 0 }, Busy: { x: 320, y: 0 } } },
  });
  await page.goto(link);
  await expect(share.banner).toBeVisible();
  await expect(app.machineName).toHaveValue('Pasted link');
  await expect(app.saveStatus).toContainText('not saved');

  const library = await app.openLibrary();
  await expect(app.libraryRow(library, 'Pasted link')).toHaveCount(0);
  await library.getByRole('button', { name: 'Open Vending machine', exact: true }).click();
  await expect(share.banner).toBeHidden();
  await expect(app.machineName).toHaveValue('Vending machine');
  await expect(page).not.toHaveURL(/#/);
});

test('a link too long for chat tools is flagged, and the file is offered instead', async ({ page }) => {
  const app = new AppPage(page);
  const share = new SharePage(page);
  await app.goto();
  // Names and positions that do not compress well: a few hundred states make a link of more than 8,000 characters.
  let seed = 7;
  const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
  const states = Array.from({ length: 300 }, (_, i) => `${i}-${Math.floor(random() * 1e12).toString(36)}`);
  const transitions = states.map((from) => ({ from, event: `e${Math.floor(random() * 1e6).toString(36)}`, to: states[Math.floor(random() * states.length)]! }));
  const layout = { states: Object.fromEntries(states.map((name) => [name, { x: Math.floor(random() * 9000), y: Math.floor(random() * 9000) }])) };
  await app.openFile('long.fsm.json', JSON.stringify({ version: 1, name: 'Long link', initial: states[0], states, transitions, layout }));
  await expect(app.counts).toContainText('300 states');
  await share.openDialog();
  const link = await share.link();
  expect(link.length).toBeGreaterThan(8000);
  const warning = share.dialog.getByRole('alert');
  await expect(warning).toContainText(`${link.length.toLocaleString('en-US')} characters long`);
  await app.screenshot('share-long-link');
  const downloading = page.waitForEvent('download');
  await warning.getByRole('button', { name: /Download the file instead/ }).click();
  expect((await downloading).suggestedFilename()).toMatch(/\.fsm\.json$/);
});

test('the dialog can make a link that opens on the selected state', async ({ page }) => {
  const app = new AppPage(page);
  const share = new SharePage(page);
  await app.goto();
  await app.selectStateInInspector('Idle');
  await page.keyboard.press('Control+Shift+S');
  await expect(share.dialog).toBeVisible();
  await expect(share.linkField()).toHaveValue(/#m1\./);
  const plain = await share.link();
  expect((await decodeShareFragment(plain)).ok && 'selected' in (await decodeShareFragment(plain))).toBe(false);
  await share.selectedStateOption().check();
  await expect.poll(() => share.link()).not.toBe(plain);
  const decoded = await decodeShareFragment(await share.link());
  expect(decoded.ok && decoded.selected).toBe('Idle');
  await share.dialog.getByRole('button', { name: 'Done', exact: true }).click();
  await expect(share.dialog).toBeHidden();
});

test('a link without positions is laid out on opening and still opens on its selected state', async ({ page }) => {
  const states = Array.from({ length: 12 }, (_, i) => `Step ${i}`);
  const transitions = states.slice(1).map((to, i) => ({ from: states[i]!, event: `next ${i}`, to }));
  await page.goto(await linkFor({ version: 1, name: 'Unplaced', initial: states[0], states, transitions }, undefined, 'Step 11'));
  const target = new CanvasPage(page).state('Step 11');
  await expect(target.locator('.state-node--highlight')).toBeVisible();
  await waitForLayout(page);
  expect(overlappingPairs(await drawnBoxes(page))).toEqual([]);
  const canvas = (await page.locator('.react-flow').boundingBox())!;
  await expect
    .poll(async () => {
      const now = (await target.boundingBox())!;
      return Math.abs(now.x + now.width / 2 - (canvas.x + canvas.width / 2)) + Math.abs(now.y + now.height / 2 - (canvas.y + canvas.height / 2));
    })
    .toBeLessThan(60);
  await expect(new SharePage(page).banner).toBeVisible();
});
