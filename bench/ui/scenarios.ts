/**
 * What the UI benchmark measures, one function per scenario. Every time is taken
 * inside the page by bench/ui/probe.js (in-page clocks, so driver round trips do
 * not count) and the same definitions apply to the app and to the baseline.
 */
import type { Browser, Page } from '@playwright/test';
import { fileURLToPath } from 'node:url';
import { cancelNameEdit, startNameEdit, type BenchTarget } from './targets';

const PROBE = fileURLToPath(new URL('./probe.js', import.meta.url));
export const VIEWPORT = { width: 1440, height: 900 } as const;

export interface OpenedPage {
  readonly page: Page;
  /** Open gesture → all nodes and edges shown → two painted frames, in ms. */
  readonly firstPaintMs: number;
  close(): Promise<void>;
}

/** A fresh page (new browser context: empty storage, cold caches) that opens the machine. */
export async function openFresh(
  browser: Browser,
  target: BenchTarget,
  url: string,
  file: string,
  expected: { nodes: number; edges: number },
): Promise<OpenedPage> {
  const context = await browser.newContext({ viewport: VIEWPORT });
  await context.addInitScript({ path: PROBE });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  try {
    await page.goto(url);
    await target.ready(page);
    await page.evaluate('window.__bench.resetOpen()');
    await target.open(page, file);
    const firstPaintMs = (await page.evaluate(`window.__bench.waitForCompletePaint(${expected.nodes}, ${expected.edges})`)) as number;
    return { page, firstPaintMs, close: () => context.close() };
  } catch (error) {
    await context.close();
    const pageErrors = errors.length ? ` (page errors: ${errors.slice(0, 3).join('; ')})` : '';
    throw new Error(`${target.name}: opening ${file} failed: ${(error as Error).message}${pageErrors}`);
  }
}

/** The size of a page's flow box once ready: the baseline is given the app's, so both draw the same area. */
export async function canvasSize(browser: Browser, target: BenchTarget, url: string): Promise<{ width: number; height: number }> {
  const context = await browser.newContext({ viewport: VIEWPORT });
  try {
    const page = await context.newPage();
    await page.goto(url);
    await target.ready(page);
    const box = await page.locator('.react-flow').first().boundingBox();
    if (!box) throw new Error(`${target.name}: the flow has no size`);
    return { width: Math.round(box.width), height: Math.round(box.height) };
  } finally {
    await context.close();
  }
}

/** JS heap in use after a full garbage collection, in bytes. */
export async function heapAfterGc(page: Page): Promise<number> {
  const session = await page.context().newCDPSession(page);
  await session.send('HeapProfiler.collectGarbage');
  const usage = (await session.send('Runtime.getHeapUsage')) as { usedSize: number };
  await session.detach();
  return usage.usedSize;
}

/**
 * A scripted pan (mouse drag on the empty pane) then zoom (wheel in, wheel out),
 * recording every frame's duration. Returns the frame deltas in ms.
 */
export async function panAndZoomFrames(page: Page): Promise<number[]> {
  const start = (await page.evaluate('window.__bench.emptyPanePoint()')) as { x: number; y: number } | null;
  if (!start) throw new Error('no empty spot on the pane to start a pan from');
  await page.mouse.move(start.x, start.y);
  await page.evaluate('window.__bench.startFrames()');
  await page.mouse.down();
  await page.mouse.move(start.x - 320, start.y - 180, { steps: 40 });
  await page.mouse.move(start.x + 160, start.y + 120, { steps: 40 });
  await page.mouse.up();
  for (const direction of [-1, 1]) {
    for (let i = 0; i < 12; i++) {
      await page.mouse.wheel(0, direction * 60);
      await page.waitForTimeout(16);
    }
  }
  await page.waitForTimeout(100);
  return (await page.evaluate('window.__bench.stopFrames()')) as number[];
}

interface Grabbable {
  readonly id: string;
  readonly x: number;
  readonly y: number;
}

async function grabbableNodes(page: Page, count: number): Promise<Grabbable[]> {
  const nodes = (await page.evaluate(`window.__bench.grabbableNodes(${count})`)) as Grabbable[];
  if (nodes.length === 0) throw new Error('no state can be grabbed in the middle of the view');
  return nodes;
}

/**
 * Drags several states by about 48 px each: first pointer move → the state
 * follows, painted. React Flow starts a drag on the first move past its threshold
 * and moves the node from the next one, so a gesture starts with two moves.
 */
export async function dragLatencies(page: Page, drags: number): Promise<number[]> {
  const times: number[] = [];
  const dragged = new Set<string>();
  for (let i = 0; i < drags; i++) {
    // Look again each time: a state dropped a moment ago may now cover its neighbour.
    const node = (await grabbableNodes(page, drags * 3)).find((candidate) => !dragged.has(candidate.id));
    if (!node) break;
    dragged.add(node.id);
    await page.mouse.move(node.x, node.y);
    await page.mouse.down();
    await page.evaluate(`window.__bench.armDrag(${JSON.stringify(node.id)})`);
    await page.mouse.move(node.x + 4, node.y + 2);
    await page.mouse.move(node.x + 48, node.y + 24);
    times.push((await page.evaluate('window.__bench.result()')) as number);
    await page.mouse.up();
    await page.waitForTimeout(50);
  }
  return times;
}

/**
 * Opens the in-place name editor on a state and types `keys` characters one at a
 * time: keydown → the field shows the new text → painted. Cancels the edit after.
 */
export async function typingLatencies(page: Page, keys: number): Promise<number[]> {
  const times = await typeIntoNameEditor(page, await openNameEditor(page), keys);
  await cancelNameEdit(page);
  return times;
}

/** Opens the in-place name editor on a state in the middle of the view, caret at the end; returns the name. */
export async function openNameEditor(page: Page): Promise<string> {
  const [node] = await grabbableNodes(page, 1);
  const text = await startNameEdit(page, node!);
  // Type at the end of the name: the editor may open with the name selected.
  await page.keyboard.press('End');
  return text;
}

/** Types `keys` characters into the open editor showing `text`: keydown → the field shows it → painted, per key. */
export async function typeIntoNameEditor(page: Page, text: string, keys: number): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < keys; i++) {
    const character = String.fromCharCode(97 + (i % 26));
    text += character;
    await page.evaluate(`window.__bench.armKeyRepaint(${JSON.stringify(text)})`);
    await page.keyboard.press(character);
    times.push((await page.evaluate('window.__bench.result()')) as number);
    await page.waitForTimeout(30);
  }
  return times;
}
