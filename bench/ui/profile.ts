/**
 * Where the time goes in one UI benchmark scenario: runs it once with the V8
 * sampling profiler and a Chromium timeline trace, and prints the functions with
 * the most self time and the main-thread time per timeline event (script, style,
 * layout, paint). Used to decide what to change before measuring the change
 * with `npm run bench:ui`.
 *
 * `node bin/run-ts.js bench/ui/profile.ts --page app --states 1000 --scenario pan`
 * Scenarios: open, pan, drag, type (opens the name editor, then types), keys (types only). Build the app first (`npx vite build`;
 * `npx vite build --minify false` keeps function names readable). `--app-dist`
 * profiles another build of the app. `--css '<rules>'` adds a style sheet to the
 * page before measuring (to try a style change without a rebuild); `--save
 * <file>.cpuprofile` keeps the V8 profile for DevTools, `--trace <file>.json` the timeline trace
 * (`--categories cc,viz` adds trace categories). The painted-element table
 * says which elements were repainted: a pan should repaint nothing.
 */
import { chromium, type Page } from '@playwright/test';
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
// @ts-expect-error plain JavaScript helper shared with the Playwright config
import { findBrowser } from '../../scripts/find-browser.js';
import { largeMachine } from './largeMachine';
import { canvasSize, dragLatencies, openFresh, openNameEditor, panAndZoomFrames, typeIntoNameEditor, typingLatencies } from './scenarios';
import { serveFolder } from './staticServer';
import { appTarget, baselineTarget } from './targets';
import { printTable } from '../measure';

const here = fileURLToPath(new URL('.', import.meta.url));
const option = (name: string, fallback: string) => {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 && process.argv[index + 1] ? process.argv[index + 1]! : fallback;
};
const states = Number(option('states', '1000'));
const scenario = option('scenario', 'pan');
const target = option('page', 'app') === 'baseline' ? baselineTarget : appTarget;
// `--categories cc,viz` adds trace categories, e.g. to see raster and compositor work off the main thread.
const traceCategories = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8', ...option('categories', '').split(',').filter(Boolean)];

const TIMELINE_EVENTS = new Set([
  'EventDispatch', 'FunctionCall', 'TimerFire', 'FireAnimationFrame', 'RunMicrotasks', 'v8.callFunction',
  'UpdateLayoutTree', 'Layout', 'PrePaint', 'Paint', 'Layerize', 'Commit', 'HitTest', 'MajorGC', 'MinorGC', 'V8.GC_SCAVENGER', 'V8.GC_MARK_COMPACTOR',
]);

interface ProfileNode {
  id: number;
  children?: number[];
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
}

const generated = largeMachine(states);
const file = join(tmpdir(), `statewright-profile-${states}.fsm.json`);
writeFileSync(file, generated.text);
const app = await serveFolder(option('app-dist', join(here, '..', '..', 'dist')));
const baseline = await serveFolder(join(here, 'dist-baseline'));
const browser = await chromium.launch({ executablePath: findBrowser() as string, args: ['--no-sandbox', '--disable-gpu'] });
try {
  const size = await canvasSize(browser, appTarget, app.url);
  const url = target === appTarget ? app.url : `${baseline.url}?width=${size.width}&height=${size.height}`;
  const expected = { nodes: states, edges: generated.transitionCount };
  let opened = scenario === 'open' ? undefined : await openFresh(browser, target, url, file, expected);
  const page: Page | undefined = opened?.page;
  if (page) {
    // `--css` tries a style change without a rebuild, e.g. `--css '.transition-label{display:none}'`.
    const css = option('css', '');
    if (css) await page.addStyleTag({ content: css });
    await page.waitForTimeout(300);
    // `keys`: the name editor is opened before recording, so only the keystrokes are profiled.
    const editing = scenario === 'keys' ? await openNameEditor(page) : '';
    const session = await page.context().newCDPSession(page);
    await session.send('Profiler.enable');
    await session.send('Profiler.setSamplingInterval', { interval: 200 });
    await browser.startTracing(page, { categories: traceCategories });
    await session.send('Profiler.start');
    const started = Date.now();
    const results =
      scenario === 'drag'
        ? await dragLatencies(page, 5)
        : scenario === 'type'
          ? await typingLatencies(page, 10)
          : scenario === 'keys'
            ? await typeIntoNameEditor(page, editing, 10)
            : await panAndZoomFrames(page);
    const wall = Date.now() - started;
    const { profile } = (await session.send('Profiler.stop')) as { profile: { nodes: ProfileNode[]; startTime: number; endTime: number; samples: number[] } };
    const trace = JSON.parse((await browser.stopTracing()).toString('utf8')) as { traceEvents: TraceEvent[] };
    console.log(`${target.name}, ${states} states, ${scenario}: ${wall} ms wall; samples (ms): ${results.map((r) => r.toFixed(0)).join(' ')}\n`);
    const save = option('save', '');
    if (save) writeFileSync(save, JSON.stringify(profile));
    const traceFile = option('trace', '');
    if (traceFile) writeFileSync(traceFile, JSON.stringify(trace));
    printSelfTimes(profile);
    printTimeline(trace.traceEvents);
    await printPaintedElements(trace.traceEvents, session);
  } else {
    // Opening is profiled from the gesture: start recording on a fresh page, then open.
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    await context.addInitScript({ path: join(here, 'probe.js') });
    const fresh = await context.newPage();
    await fresh.goto(url);
    await target.ready(fresh);
    const session = await context.newCDPSession(fresh);
    await session.send('Profiler.enable');
    await session.send('Profiler.setSamplingInterval', { interval: 500 });
    await browser.startTracing(fresh, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8'] });
    await session.send('Profiler.start');
    await fresh.evaluate('window.__bench.resetOpen()');
    await target.open(fresh, file);
    const paint = (await fresh.evaluate(`window.__bench.waitForCompletePaint(${expected.nodes}, ${expected.edges})`)) as number;
    const { profile } = (await session.send('Profiler.stop')) as { profile: { nodes: ProfileNode[]; startTime: number; endTime: number; samples: number[] } };
    const trace = JSON.parse((await browser.stopTracing()).toString('utf8')) as { traceEvents: TraceEvent[] };
    console.log(`${target.name}, ${states} states, open → complete paint: ${paint.toFixed(0)} ms\n`);
    printSelfTimes(profile);
    printTimeline(trace.traceEvents);
    opened = { page: fresh, firstPaintMs: paint, close: () => context.close() };
  }
  await opened?.close();
} finally {
  await browser.close();
  await app.close();
  await baseline.close();
}

interface TraceEvent {
  name: string;
  ph: string;
  dur?: number;
  pid: number;
  tid: number;
  args?: { name?: string; data?: { nodeId?: number; clip?: number[] } };
}

/** Which elements the browser repainted, and for how long: a pan should repaint nothing. */
async function printPaintedElements(events: readonly TraceEvent[], session: { send(method: string, params?: object): Promise<unknown> }): Promise<void> {
  const byNode = new Map<number, { ms: number; count: number; clip: string }>();
  for (const event of events) {
    if (event.name !== 'Paint' || event.ph !== 'X' || event.dur === undefined) continue;
    const id = event.args?.data?.nodeId ?? 0;
    const entry = byNode.get(id) ?? { ms: 0, count: 0, clip: '' };
    entry.ms += event.dur / 1000;
    entry.count += 1;
    const clip = event.args?.data?.clip;
    if (clip) entry.clip = `${Math.round((clip[2]! - clip[0]!))}×${Math.round(clip[5]! - clip[1]!)}`;
    byNode.set(id, entry);
  }
  const rows: (string | number)[][] = [];
  for (const [id, entry] of [...byNode].sort((a, b) => b[1].ms - a[1].ms).slice(0, 10)) {
    let what = `node ${id}`;
    try {
      const { node } = (await session.send('DOM.describeNode', { backendNodeId: id })) as { node: { nodeName: string; attributes?: string[] } };
      const attrs = node.attributes ?? [];
      const cls = attrs[attrs.indexOf('class') + 1] ?? '';
      what = `${node.nodeName.toLowerCase()}${attrs.includes('class') ? `.${cls.split(' ').join('.')}` : ''}`;
    } catch {
      // Nodes gone since the trace, or the document itself.
    }
    rows.push([what.slice(0, 80), entry.ms.toFixed(1), entry.count, entry.clip]);
  }
  console.log('');
  printTable(['painted element', 'ms', 'count', 'clip'], rows);
}

function printSelfTimes(profile: { nodes: ProfileNode[]; startTime: number; endTime: number; samples: number[] }): void {
  const perSample = (profile.endTime - profile.startTime) / 1000 / Math.max(1, profile.samples.length);
  const totals = new Map<string, number>();
  for (const node of profile.nodes) {
    const { functionName, url, lineNumber } = node.callFrame;
    const where = url ? `${url.split('/').pop()}:${lineNumber + 1}` : '';
    const key = `${functionName || '(anonymous)'} ${where}`.trim();
    totals.set(key, (totals.get(key) ?? 0) + (node.hitCount ?? 0) * perSample);
  }
  const top = [...totals].sort((a, b) => b[1] - a[1]).slice(0, 20);
  printTable(['function (self time)', 'ms'], top.map(([name, ms]) => [name.slice(0, 90), ms.toFixed(1)]));
  console.log('');
  // Who calls the busiest functions (built-ins such as querySelector say little on their own).
  const parentOf = new Map<number, ProfileNode>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parentOf.set(child, node);
  const label = (node: ProfileNode | undefined) => {
    if (!node) return '(root)';
    const { functionName, url, lineNumber } = node.callFrame;
    return `${functionName || '(anonymous)'} ${url ? `${url.split('/').pop()}:${lineNumber + 1}` : ''}`.trim();
  };
  for (const [name] of top.slice(2, 8)) {
    const callers = new Map<string, number>();
    for (const node of profile.nodes) {
      if (label(node) !== name || !node.hitCount) continue;
      let chain = '';
      let parent = parentOf.get(node.id);
      for (let depth = 0; depth < 4 && parent; depth++, parent = parentOf.get(parent.id)) chain += ` ← ${label(parent)}`;
      callers.set(chain, (callers.get(chain) ?? 0) + node.hitCount * perSample);
    }
    const best = [...callers].sort((a, b) => b[1] - a[1]).slice(0, 2);
    for (const [chain, ms] of best) console.log(`${name}${chain}: ${ms.toFixed(1)} ms`);
  }
  console.log('');
}

function printTimeline(events: readonly TraceEvent[]): void {
  const main = events.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain' && events.some((x) => x.pid === e.pid && x.name === 'Paint'));
  const totals = new Map<string, { ms: number; count: number }>();
  for (const event of events) {
    if (event.ph !== 'X' || !TIMELINE_EVENTS.has(event.name) || event.dur === undefined) continue;
    if (main && (event.pid !== main.pid || event.tid !== main.tid)) continue;
    const total = totals.get(event.name) ?? { ms: 0, count: 0 };
    total.ms += event.dur / 1000;
    total.count += 1;
    totals.set(event.name, total);
  }
  const rows = [...totals].sort((a, b) => b[1].ms - a[1].ms).map(([name, t]) => [name, t.ms.toFixed(1), t.count]);
  printTable(['main-thread event (nested events overlap)', 'ms', 'count'], rows);
}
