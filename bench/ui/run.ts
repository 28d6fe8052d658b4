/**
 * `npm run bench:ui`: the editor with 100, 300 and 1,000 states against a bare
 * React Flow page rendering the same nodes and edges, in the same run, in
 * Chromium. `npm run bench:ui` builds the app first; this file builds the
 * baseline page itself (bench/ui/baseline → bench/ui/dist-baseline).
 *
 * Options: `--sizes 100,300` (default 100,300,1000), `--runs 5` (fresh pages per
 * target and size for first paint, after one warm-up), `--keys 12`, `--drags 5`,
 * `--app-dist <folder>` (another build of the app, e.g. a saved earlier one).
 * Example: `node bin/run-ts.js bench/ui/run.ts --sizes 1000 --runs 3`.
 */
import { chromium, type Browser } from '@playwright/test';
import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
// @ts-expect-error plain JavaScript helper shared with the Playwright config
import { findBrowser } from '../../scripts/find-browser.js';
import { BENCH_SIZES, largeMachine } from './largeMachine';
import { initialBundle } from './bundleSize';
import { BUNDLE_TARGET_BYTES, printSamples, printSizeResults, type SizeResult } from './report';
import { canvasSize, dragLatencies, heapAfterGc, openFresh, panAndZoomFrames, typingLatencies, type OpenedPage } from './scenarios';
import { serveFolder } from './staticServer';
import { appTarget, baselineTarget, type BenchTarget } from './targets';
import { verdict } from '../measure';

const here = fileURLToPath(new URL('.', import.meta.url));
const root = join(here, '..', '..');

function option(name: string, fallback: string): string {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 && process.argv[index + 1] ? process.argv[index + 1]! : fallback;
}
const sizes = option('sizes', BENCH_SIZES.join(',')).split(',').map(Number);
const runs = Number(option('runs', '5'));
const keys = Number(option('keys', '12'));
const drags = Number(option('drags', '5'));
const appDist = option('app-dist', join(root, 'dist'));

const executablePath = findBrowser() as string | undefined;
if (!executablePath) {
  console.error('No Chromium found. Run `node scripts/ensure-browser.js` or set STATEWRIGHT_CHROMIUM=/path/to/chromium.');
  process.exit(1);
}

console.log(`UI benchmark, ${new Date().toISOString()}: sizes ${sizes.join(', ')}; ${runs} first-paint runs per page after 1 warm-up; Chromium ${executablePath}\n`);

printBundle();
await build({ configFile: join(here, 'baseline', 'vite.config.ts'), logLevel: 'warn' });
const folder = join(tmpdir(), 'statewright-bench-ui');
mkdirSync(folder, { recursive: true });
// Serve a private copy of the build: another `vite build` in this tree must not change it mid-run.
const appCopy = join(folder, 'app');
rmSync(appCopy, { recursive: true, force: true });
cpSync(appDist, appCopy, { recursive: true });
const app = await serveFolder(appCopy);
const baseline = await serveFolder(join(here, 'dist-baseline'));
const browser = await chromium.launch({
  executablePath,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
const appCanvas = await canvasSize(browser, appTarget, app.url);
const baselineUrl = `${baseline.url}?width=${appCanvas.width}&height=${appCanvas.height}`;
console.log(`Both pages draw in a ${appCanvas.width}×${appCanvas.height} px flow (the app's canvas size).\n`);
const urls = new Map<BenchTarget, string>([[appTarget, app.url], [baselineTarget, baselineUrl]]);

const results: SizeResult[] = [];
try {
  for (const states of sizes) results.push(await measureSize(browser, states));
} finally {
  await browser.close();
  await app.close();
  await baseline.close();
}
console.log('');
printSizeResults(results);
printSamples(results);

async function measureSize(browser: Browser, states: number): Promise<SizeResult> {
  const generated = largeMachine(states);
  const file = join(folder, `large-${states}.fsm.json`);
  writeFileSync(file, generated.text);
  const expected = { nodes: states, edges: generated.transitionCount };
  const failures: string[] = [];
  const result = {
    states,
    transitions: generated.transitionCount,
    firstPaint: { app: [] as number[], baseline: [] as number[] },
    frames: { app: [] as number[], baseline: [] as number[] },
    drag: { app: [] as number[], baseline: [] as number[] },
    typing: [] as number[],
    heap: { app: Number.NaN, baseline: Number.NaN },
    failures,
  };
  const attempt = async <T>(what: string, fn: () => Promise<T>): Promise<T | undefined> => {
    try {
      return await fn();
    } catch (error) {
      failures.push(`${what}: ${(error as Error).message.split('\n')[0]}`);
      return undefined;
    }
  };
  process.stdout.write(`${states} states: `);
  const kept = new Map<BenchTarget, OpenedPage>();
  const openFailures = new Map<BenchTarget, number>();
  // Alternate the two pages run by run, so background noise hits both alike.
  for (let run = 0; run <= runs; run++) {
    for (const target of [appTarget, baselineTarget]) {
      // A page that failed to open twice will not open now: do not spend minutes on it.
      if ((openFailures.get(target) ?? 0) >= 2) continue;
      const opened = await attempt(`${target.name} open`, () => openFresh(browser, target, urls.get(target)!, file, expected));
      if (!opened) {
        openFailures.set(target, (openFailures.get(target) ?? 0) + 1);
        continue;
      }
      if (run > 0) result.firstPaint[target.name].push(opened.firstPaintMs);
      process.stdout.write('.');
      if (run === runs) kept.set(target, opened);
      else await opened.close();
    }
  }
  // The interaction scenarios need one open page per target: retry once if the last open failed.
  for (const target of [appTarget, baselineTarget]) {
    if (kept.has(target) || (openFailures.get(target) ?? 0) >= 2) continue;
    const opened = await attempt(`${target.name} open`, () => openFresh(browser, target, urls.get(target)!, file, expected));
    if (opened) kept.set(target, opened);
  }
  for (const [target, opened] of kept) {
    const name = target.name;
    const heap = await attempt(`${name} heap`, () => heapAfterGc(opened.page));
    if (heap !== undefined) result.heap[name] = heap;
    for (let pass = 0; pass < 2; pass++) {
      const frames = await attempt(`${name} pan/zoom`, () => panAndZoomFrames(opened.page));
      if (frames) result.frames[name].push(...frames);
    }
    if (target === appTarget) {
      const typed = await attempt('app typing', () => typingLatencies(opened.page, keys + 2));
      // The first two key presses warm up the editor's code paths.
      if (typed) result.typing.push(...typed.slice(2));
    }
    const dragged = await attempt(`${name} drag`, () => dragLatencies(opened.page, drags));
    if (dragged) result.drag[name].push(...dragged);
    await opened.close();
  }
  console.log(' done');
  return result;
}

function printBundle(): void {
  try {
    const bundle = initialBundle(appDist);
    console.log('Initial JavaScript of the app (dist/index.html scripts and modulepreloads, gzip -9):');
    for (const chunk of bundle.chunks) console.log(`- ${chunk.file}: ${(chunk.bytes / 1024).toFixed(1)} KB, ${(chunk.gzipBytes / 1024).toFixed(1)} KB gzipped`);
    const lazyOk = bundle.eagerHeavy.length === 0;
    console.log(`Total: ${(bundle.gzipBytes / 1024).toFixed(1)} KB gzipped (target ≤ ${BUNDLE_TARGET_BYTES / 1024} KB): ${verdict(bundle.gzipBytes <= BUNDLE_TARGET_BYTES)}`);
    console.log(`elkjs and the highlighter kept out of the initial chunks: ${verdict(lazyOk)}${lazyOk ? '' : ` (${bundle.eagerHeavy.map((h) => `${h.library} in ${h.file}`).join(', ')})`}\n`);
  } catch (error) {
    console.log(`Initial bundle: not measured (${(error as Error).message}); run \`npx vite build\` first.\n`);
  }
}
