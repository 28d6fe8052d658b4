/**
 * The Export dialog as a person uses it: open it from the toolbar or with
 * Ctrl/Cmd+E, choose a format, read the preview, copy, download, close.
 */
import { expect, type Locator, type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';

export class ExportPage {
  readonly dialog: Locator;
  readonly formats: Locator;
  readonly preview: Locator;
  readonly copyButton: Locator;
  readonly downloadButton: Locator;
  readonly status: Locator;
  readonly errors: Locator;
  readonly modulePath: Locator;

  constructor(readonly page: Page) {
    this.dialog = page.getByRole('dialog', { name: 'Export' });
    this.formats = this.dialog.getByRole('radiogroup', { name: 'Export format' });
    this.preview = this.dialog.getByTestId('export-preview');
    this.copyButton = this.dialog.getByRole('button', { name: /^(Copy|Copied)$/ });
    this.downloadButton = this.dialog.getByRole('button', { name: 'Download', exact: true });
    this.status = this.dialog.getByTestId('export-status');
    this.errors = this.dialog.getByTestId('export-errors');
    this.modulePath = this.dialog.getByRole('textbox', { name: 'Import the module from' });
  }

  /** Opens the dialog with the toolbar's Export button. */
  async open(): Promise<void> {
    await this.page.getByRole('toolbar', { name: 'Main toolbar' }).getByRole('button', { name: 'Export', exact: true }).click();
    await expect(this.formats).toBeVisible();
  }

  async openWithKeyboard(): Promise<void> {
    await this.page.keyboard.press('ControlOrMeta+E');
    await expect(this.formats).toBeVisible();
  }

  /** The radio of a format, by the title the picker shows (`TypeScript module`, `Mermaid`). */
  format(title: string): Locator {
    return this.formats.getByRole('radio', { name: new RegExp(`^${title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`) });
  }

  async choose(title: string): Promise<void> {
    await this.format(title).click();
    await expect(this.format(title)).toHaveAttribute('aria-checked', 'true');
  }

  /** The lines the preview shows (every line of a short file; the lines in view of a long one). */
  async previewLines(): Promise<string[]> {
    return this.preview.locator('.code-view__text').allTextContents();
  }

  /** The line numbers the preview shows. */
  async lineNumbers(): Promise<number[]> {
    return (await this.preview.locator('.code-view__number').allTextContents()).map(Number);
  }

  async waitUntilHighlighted(): Promise<void> {
    await expect(this.preview).toHaveAttribute('data-highlighted', 'true');
  }

  /** Presses Copy, waits for "Copied" and returns what the clipboard holds. */
  async copy(): Promise<string> {
    await this.copyButton.click();
    await expect(this.copyButton).toHaveText('Copied');
    return this.page.evaluate(() => navigator.clipboard.readText());
  }

  /** Presses Download and returns the suggested file name and the file's text. */
  async download(): Promise<{ fileName: string; text: string }> {
    const downloading = this.page.waitForEvent('download');
    await this.downloadButton.click();
    const download = await downloading;
    return { fileName: download.suggestedFilename(), text: await readFile(await download.path(), 'utf8') };
  }

  /** An error in the error list, by part of its message. */
  error(message: string | RegExp): Locator {
    return this.errors.getByRole('listitem').filter({ hasText: message });
  }

  async close(): Promise<void> {
    await this.page.keyboard.press('Escape');
    await expect(this.dialog).toBeHidden();
  }
}
