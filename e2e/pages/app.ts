/**
 * The app shell as a person uses it: toolbar, File menu, dialogs, inspector,
 * notices, status bar. Specs talk to this page object, not to selectors.
 */
import { expect, type Locator, type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';

export const SCREENSHOTS = 'e2e/screenshots';

export class AppPage {
  readonly toolbar: Locator;
  readonly machineName: Locator;
  readonly inspector: Locator;
  readonly notices: Locator;
  readonly saveStatus: Locator;
  readonly counts: Locator;

  constructor(readonly page: Page) {
    this.toolbar = page.getByRole('toolbar', { name: 'Main toolbar' });
    this.machineName = page.getByRole('textbox', { name: 'Machine name' });
    this.inspector = page.getByTestId('inspector');
    this.notices = page.getByTestId('notice');
    this.saveStatus = page.getByTestId('save-status');
    this.counts = page.getByTestId('counts');
  }

  async goto(): Promise<void> {
    await this.page.goto('/');
    await expect(this.counts).toBeVisible();
  }

  /** Waits until the open machine is written to browser storage. */
  async waitUntilSaved(): Promise<void> {
    await expect(this.saveStatus).toHaveText('Saved');
  }

  button(name: string): Locator {
    return this.toolbar.getByRole('button', { name, exact: true });
  }

  async openFileMenu(): Promise<Locator> {
    await this.toolbar.getByRole('button', { name: 'File' }).click();
    const menu = this.page.getByRole('menu', { name: 'File' });
    await expect(menu).toBeVisible();
    return menu;
  }

  async chooseFileMenuItem(name: string | RegExp): Promise<void> {
    const menu = await this.openFileMenu();
    await menu.getByRole('menuitem', { name }).click();
  }

  async openExample(title: string): Promise<void> {
    const menu = await this.openFileMenu();
    await menu.getByRole('menuitem', { name: 'Examples' }).hover();
    await this.page.getByRole('menu', { name: 'Examples' }).getByRole('menuitem', { name: title }).click();
  }

  /** Downloads the open machine through File ▸ Download and returns the file name and text. */
  async download(): Promise<{ fileName: string; text: string }> {
    const downloading = this.page.waitForEvent('download');
    await this.chooseFileMenuItem(/^Download /);
    const download = await downloading;
    const path = await download.path();
    return { fileName: download.suggestedFilename(), text: await readFile(path, 'utf8') };
  }

  /** File ▸ Open… with the browser's file chooser. */
  async openFile(name: string, text: string): Promise<void> {
    const choosing = this.page.waitForEvent('filechooser');
    await this.chooseFileMenuItem('Open…');
    const chooser = await choosing;
    await chooser.setFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text, 'utf8') });
  }

  /** Drags a file over the window (the drop overlay shows) and drops it. */
  async dropFile(name: string, text: string): Promise<void> {
    const dataTransfer = await this.page.evaluateHandle(
      ({ name, text }) => {
        const transfer = new DataTransfer();
        transfer.items.add(new File([text], name, { type: 'application/json' }));
        return transfer;
      },
      { name, text },
    );
    await this.page.dispatchEvent('main', 'dragenter', { dataTransfer });
    await this.page.dispatchEvent('main', 'dragover', { dataTransfer });
    await expect(this.page.getByTestId('drop-overlay')).toBeVisible();
    await this.screenshot('drop-overlay');
    await this.page.dispatchEvent('main', 'drop', { dataTransfer });
    await expect(this.page.getByTestId('drop-overlay')).toBeHidden();
  }

  pasteDialog(): Locator {
    return this.page.getByRole('dialog', { name: 'Paste a machine' });
  }

  async pasteJson(text: string): Promise<void> {
    const dialog = this.pasteDialog();
    if (!(await dialog.isVisible())) await this.chooseFileMenuItem('Paste a machine…');
    await dialog.getByRole('textbox', { name: 'Machine text' }).fill(text);
    await dialog.getByRole('button', { name: 'Replace machine' }).click();
  }

  problemsDialog(): Locator {
    return this.page.getByTestId('input-problems-dialog');
  }

  async openLibrary(): Promise<Locator> {
    await this.chooseFileMenuItem('My machines…');
    const dialog = this.page.getByRole('dialog', { name: 'My machines' });
    await expect(dialog).toBeVisible();
    return dialog;
  }

  libraryRow(dialog: Locator, name: string): Locator {
    return dialog.getByTestId('library-row').filter({ has: this.page.getByRole('button', { name: `Open ${name}`, exact: true }) });
  }

  /** State names as the inspector lists them with nothing selected. */
  async stateNames(): Promise<string[]> {
    await this.deselectAll();
    const list = this.inspector.getByRole('list', { name: 'States' });
    return list.getByRole('button').locator('.inspector__link-name').allTextContents();
  }

  async deselectAll(): Promise<void> {
    const back = this.inspector.getByRole('list', { name: 'States' });
    if (await back.isVisible()) return;
    await this.page.locator('.react-flow__pane').click({ position: { x: 5, y: 5 } });
    await expect(back.or(this.inspector.getByText('No states yet'))).toBeVisible();
  }

  async selectStateInInspector(name: string): Promise<void> {
    await this.deselectAll();
    await this.inspector.getByRole('list', { name: 'States' }).getByRole('button', { name: new RegExp(`^${escapeRegExp(name)}\\b`) }).click();
    await expect(this.inspector.getByRole('textbox', { name: 'Name', exact: true })).toHaveValue(name);
  }

  field(label: string): Locator {
    return this.inspector.getByLabel(label, { exact: true });
  }

  /** Types into an inspector field and commits with Enter. */
  async commitField(label: string, value: string): Promise<void> {
    const field = this.field(label);
    await field.fill(value);
    await field.press('Enter');
  }

  canvasNodes(): Locator {
    return this.page.locator('.react-flow__node');
  }

  async screenshot(name: string): Promise<void> {
    await this.page.screenshot({ path: `${SCREENSHOTS}/${name}.png` });
  }
}

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
