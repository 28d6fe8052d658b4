/**
 * The Keyboard shortcuts dialog as a person uses it: `?` or the toolbar's ?
 * button opens it, Escape closes it; each row reads "what it does" then the keys.
 */
import { expect, type Locator, type Page } from '@playwright/test';

export class ShortcutsPage {
  readonly dialog: Locator;
  readonly toolbarButton: Locator;
  /** The list itself, focusable so the keyboard can scroll it in a short window. */
  readonly list: Locator;

  constructor(readonly page: Page) {
    this.dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    this.list = this.dialog.getByRole('group', { name: 'Shortcuts by area' });
    this.toolbarButton = page.getByRole('toolbar', { name: 'Main toolbar' }).getByRole('button', { name: 'Keyboard shortcuts', exact: true });
  }

  /** `?` as typed on a US keyboard: Shift+/. */
  async openWithKey(): Promise<void> {
    await this.page.keyboard.press('Shift+Slash');
    await expect(this.dialog).toBeVisible();
  }

  async openFromToolbar(): Promise<void> {
    await this.toolbarButton.click();
    await expect(this.dialog).toBeVisible();
  }

  async closeWithEscape(): Promise<void> {
    await this.page.keyboard.press('Escape');
    await expect(this.dialog).toBeHidden();
  }

  /** A section of rows: File, Edit, Canvas, Navigate, Simulate, View. */
  section(title: string): Locator {
    return this.dialog.getByRole('region', { name: title, exact: true });
  }

  /** The keys shown for the row whose text is `label` (key caps read as text: "F2 or Enter"). */
  keysOf(label: string): Locator {
    return this.dialog.locator('.shortcuts__row').filter({ has: this.page.getByRole('term').getByText(label, { exact: true }) }).getByRole('definition');
  }

  /** The caps of that row as they look (`⌘`, `↑`), without the names spoken for symbols. */
  async capsOf(label: string): Promise<string[]> {
    return this.keysOf(label)
      .locator('kbd')
      .evaluateAll((caps) => caps.map((cap) => (cap.querySelector('[aria-hidden="true"]') ?? cap).textContent ?? ''));
  }

  async screenshot(name: string): Promise<void> {
    await this.page.screenshot({ path: `e2e/screenshots/${name}.png` });
  }
}
