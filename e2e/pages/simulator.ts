/**
 * The simulator as a person uses it: the Simulate toggle, the event buttons,
 * guard switches, trace, path to here, coverage, random walk and scripts.
 */
import { expect, type Locator, type Page } from '@playwright/test';

export class SimulatorPage {
  readonly panel: Locator;
  readonly toggle: Locator;
  readonly current: Locator;
  readonly trace: Locator;
  readonly coverage: Locator;

  constructor(readonly page: Page) {
    this.panel = page.getByTestId('simulator-panel');
    this.toggle = page.getByRole('toolbar', { name: 'Main toolbar' }).getByRole('button', { name: 'Simulate', exact: true });
    this.current = page.getByTestId('sim-current');
    this.trace = this.panel.getByRole('list', { name: 'Trace' });
    this.coverage = page.getByTestId('sim-coverage');
  }

  async start(): Promise<void> {
    await this.toggle.click();
    await expect(this.toggle).toHaveAttribute('aria-pressed', 'true');
    await expect(this.panel).toBeVisible();
  }

  async stop(): Promise<void> {
    await this.toggle.click();
    await expect(this.toggle).toHaveAttribute('aria-pressed', 'false');
  }

  /** The button of an event that would fire: `InsertCoin → HasCoin`. */
  eventButton(event: string, target: string): Locator {
    return this.panel.getByRole('button', { name: `${event} → ${target}`, exact: true });
  }

  /** An event that would not fire, with its reason. */
  disabledEvent(event: string): Locator {
    return this.panel.getByTestId('sim-disabled-event').filter({ has: this.page.getByText(event, { exact: true }) });
  }

  async fire(event: string, target: string): Promise<void> {
    await this.eventButton(event, target).click();
    await expect(this.current).toHaveText(target);
  }

  guard(name: string): Locator {
    return this.panel.getByRole('switch', { name: new RegExp(`^${name}\\b`) });
  }

  button(name: string): Locator {
    return this.panel.getByRole('button', { name, exact: true });
  }

  /** The events of the shortest path to the selected state, in order. */
  pathEvents(): Locator {
    return this.page.getByTestId('sim-path').locator('.simulator__path-event');
  }

  steps(): Locator {
    return this.trace.getByTestId('sim-step');
  }

  async runScript(text: string): Promise<void> {
    await this.panel.getByRole('textbox', { name: /^Events, one per line/ }).fill(text);
    await this.button('Run script').click();
  }
}
