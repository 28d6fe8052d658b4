/**
 * The Problems panel and the problem counts in the status bar, as a person
 * uses them: open the tab, read the groups, choose a problem.
 */
import { expect, type Locator, type Page } from '@playwright/test';

export class ProblemsPage {
  readonly panel: Locator;
  readonly statusCounts: Locator;
  readonly tab: Locator;

  constructor(readonly page: Page) {
    this.panel = page.getByTestId('problems-panel');
    this.statusCounts = page.getByTestId('problem-counts');
    this.tab = page.getByRole('tab', { name: /^Problems/ });
  }

  async open(): Promise<void> {
    await this.tab.click();
    await expect(this.panel).toBeVisible();
  }

  /** The group of one severity (`Errors`, `Warnings`, `Info`). */
  group(title: 'Errors' | 'Warnings' | 'Info'): Locator {
    return this.panel.getByRole('region', { name: new RegExp(`^${title}`) });
  }

  /** A problem row by a part of its message. */
  problem(message: string | RegExp): Locator {
    return this.panel.getByRole('listitem').filter({ hasText: message });
  }

  /** The button that shows a problem's state or transition on the canvas. */
  showButton(message: string | RegExp): Locator {
    return this.problem(message).getByRole('button');
  }

  noProblems(): Locator {
    return this.panel.getByText('No problems found');
  }
}
