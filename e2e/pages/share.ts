/**
 * Sharing as a person does it: the Share dialog (link, length, Copy, the
 * selected-state option) and review mode (banner, Edit a copy).
 */
import { expect, type Locator, type Page } from '@playwright/test';
import { restoreText } from '../../src/core/machine';
import { shareLink } from '../../src/core/share';

export class SharePage {
  readonly dialog: Locator;
  readonly banner: Locator;

  constructor(readonly page: Page) {
    this.dialog = page.getByRole('dialog', { name: 'Share' });
    this.banner = page.getByTestId('review-banner');
  }

  async openDialog(): Promise<void> {
    await this.page.getByRole('toolbar', { name: 'Main toolbar' }).getByRole('button', { name: 'Share', exact: true }).click();
    await expect(this.dialog).toBeVisible();
    await expect(this.linkField()).toHaveValue(/#m1\./);
  }

  linkField(): Locator {
    return this.dialog.getByRole('textbox', { name: 'Link' });
  }

  async link(): Promise<string> {
    return this.linkField().inputValue();
  }

  lengthText(): Locator {
    return this.dialog.getByTestId('share-length');
  }

  selectedStateOption(): Locator {
    return this.dialog.getByRole('checkbox', { name: /Open on the selected state/ });
  }

  async editACopy(): Promise<void> {
    await this.banner.getByRole('button', { name: 'Edit a copy' }).click();
    await expect(this.banner).toBeHidden();
  }
}

/** Where the app under test is served: the same port playwright.config.ts starts the preview on. */
export const APP_BASE = `http://127.0.0.1:${process.env.STATEWRIGHT_E2E_PORT ?? 4173}/`;

/** A link for a machine written as a Statewright document, made the way the app makes it. */
export async function linkFor(document: unknown, base = APP_BASE, selected?: string): Promise<string> {
  const restored = restoreText(JSON.stringify(document));
  if (!restored.ok) throw new Error(`test machine does not restore: ${JSON.stringify(restored.problems)}`);
  return shareLink(restored.machine, base, selected === undefined ? {} : { selected });
}
