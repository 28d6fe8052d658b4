/**
 * The canvas as a person uses it: double-click to add a state, drag from a
 * state's border to draw an arrow, right-click for the state menu, type names
 * in place. Specs talk to this page object, not to React Flow's selectors.
 */
import { expect, type Locator, type Page } from '@playwright/test';

/** A CSS string literal for `text`: quotes and backslashes escaped, line breaks as `\a `. */
function cssString(text: string): string {
  return `"${text.replace(/[\\"]/g, (c) => `\\${c}`).replace(/\n/g, '\\a ')}"`;
}

/** Labels whose tooltip is `text`, or `text` followed by a description or a problem on the next lines. */
export function labelByTitle(text: string): string {
  return `.transition-label[title=${cssString(text)}], .transition-label[title^=${cssString(`${text}\n`)}]`;
}

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export interface Box {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export class CanvasPage {
  readonly surface: Locator;
  readonly pane: Locator;
  readonly emptyHint: Locator;

  constructor(readonly page: Page) {
    this.surface = page.getByRole('application', { name: 'State machine canvas' });
    this.pane = page.locator('.react-flow__pane');
    this.emptyHint = page.getByRole('note').filter({ hasText: 'Double-click anywhere to add a state' });
  }

  /** The state's box, found by its accessible name (`State Idle`, `State Idle (initial)`). */
  state(name: string): Locator {
    return this.page.getByRole('group', { name: new RegExp(`^State ${escapeRegExp(name)}( \\(.*\\))?$`) });
  }

  /** The arrow element (focusable, with its accessible name). */
  transition(from: string, event: string, to: string): Locator {
    return this.page.getByRole('group', { name: `Transition ${from} –${event}→ ${to}`, exact: true });
  }

  /** A label on an arrow, by its full text (`go [ok] / log`). */
  /**
   * A transition's label by its whole text. A long label shows only as much as
   * fits, ending in `…`; its tooltip (title) starts with the whole text, then the
   * description on the next line, so that is what is matched.
   */
  label(text: string): Locator {
    return this.page.locator(labelByTitle(text));
  }

  /** A label by the start of its text: a long label shows only as much as fits, ending in `…`. */
  labelStartingWith(start: string): Locator {
    return this.page.locator('.transition-label').filter({ hasText: new RegExp(`^${escapeRegExp(start)}`) });
  }

  labels(): Locator {
    return this.page.locator('.transition-label');
  }

  /** The in-place editor that is open right now. */
  editor(): Locator {
    return this.page.locator('.inline-editor__input');
  }

  editorProblem(): Locator {
    return this.page.locator('.inline-editor__problem');
  }

  async box(locator: Locator): Promise<Box> {
    const box = await locator.boundingBox();
    if (!box) throw new Error('element is not visible');
    return box;
  }

  /** Double-clicks the empty canvas at (x, y) relative to the canvas's top-left corner. */
  async doubleClickAt(x: number, y: number): Promise<void> {
    const canvas = await this.box(this.surface);
    await this.page.mouse.dblclick(canvas.x + x, canvas.y + y);
  }

  /** Creates a state by double-clicking the canvas and typing its name. */
  async createState(x: number, y: number, name: string): Promise<void> {
    await this.doubleClickAt(x, y);
    await expect(this.editor()).toBeFocused();
    await this.page.keyboard.press('ControlOrMeta+A');
    await this.page.keyboard.type(name);
    await this.page.keyboard.press('Enter');
    await expect(this.state(name)).toBeVisible();
  }

  /** Drags from a point just outside the right border of `from` (the connection ring) and drops on `to`. */
  async connect(from: string, to: string): Promise<void> {
    const a = await this.box(this.state(from));
    const b = await this.box(this.state(to));
    const start = { x: a.x + a.width + 5, y: a.y + a.height / 2 };
    await this.dragBetween(start, { x: b.x + b.width / 2, y: b.y + b.height / 2 });
  }

  /** Drags from the top border ring of a state back into the same state: a self-loop. */
  async connectToItself(name: string): Promise<void> {
    const a = await this.box(this.state(name));
    const start = { x: a.x + a.width * 0.75, y: a.y - 5 };
    await this.dragBetween(start, { x: a.x + a.width / 2, y: a.y + a.height / 2 });
  }

  private async dragBetween(start: { x: number; y: number }, end: { x: number; y: number }): Promise<void> {
    await this.page.mouse.move(start.x, start.y);
    await this.page.mouse.down();
    await this.page.mouse.move(start.x + 20, start.y + 20, { steps: 4 });
    await this.page.mouse.move(end.x, end.y, { steps: 12 });
    await this.page.mouse.up();
  }

  /** Types into the open in-place editor and commits with Enter. */
  async typeInEditor(text: string): Promise<void> {
    await expect(this.editor()).toBeFocused();
    await this.page.keyboard.press('ControlOrMeta+A');
    if (text === '') await this.page.keyboard.press('Delete');
    else await this.page.keyboard.type(text);
    await this.page.keyboard.press('Enter');
  }

  /** Moves a state by dragging its middle by (dx, dy) screen pixels. */
  async dragState(name: string, dx: number, dy: number): Promise<void> {
    const a = await this.box(this.state(name));
    const centre = { x: a.x + a.width / 2, y: a.y + a.height / 2 };
    await this.page.mouse.move(centre.x, centre.y);
    await this.page.mouse.down();
    await this.page.mouse.move(centre.x + dx, centre.y + dy, { steps: 10 });
    await this.page.mouse.up();
  }

  /** Right-clicks a state and chooses an item of its menu. */
  async stateMenu(name: string, item: string): Promise<void> {
    await this.state(name).click({ button: 'right' });
    const menu = this.page.getByRole('menu', { name: `Actions for state ${name}` });
    await expect(menu).toBeVisible();
    await menu.getByRole('menuitem', { name: item, exact: true }).click();
    await expect(menu).toBeHidden();
  }

  /** The drawn box of a state (its border), without the connection ring around it. */
  stateBody(name: string): Locator {
    return this.state(name).locator('.state-node__body');
  }

  /** The canvas zoom: 1 is 100 %. */
  async zoom(): Promise<number> {
    return this.page.locator('.react-flow__viewport').evaluate((el) => new DOMMatrixReadOnly(getComputedStyle(el).transform).a);
  }

  /** Where the canvas shows flow point (0, 0), relative to the canvas's top-left corner. */
  async origin(): Promise<{ x: number; y: number }> {
    return this.page.locator('.react-flow__viewport').evaluate((el) => {
      const matrix = new DOMMatrixReadOnly(getComputedStyle(el).transform);
      return { x: matrix.e, y: matrix.f };
    });
  }

  /** Zooms with the zoom-in (`+`) or zoom-out (`-`) key until the zoom passes `target`, from the empty canvas. */
  async zoomPast(target: number): Promise<void> {
    const zoomingIn = (await this.zoom()) < target;
    await this.pane.click({ position: { x: 5, y: 5 } });
    for (let i = 0; i < 12 && (zoomingIn ? (await this.zoom()) <= target : (await this.zoom()) >= target); i++) {
      await this.page.keyboard.press(zoomingIn ? '+' : '-');
      await this.page.waitForTimeout(250);
    }
  }

  async screenshot(name: string): Promise<void> {
    await this.page.screenshot({ path: `e2e/screenshots/${name}.png` });
  }
}
