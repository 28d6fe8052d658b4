/**
 * Turns the UI benchmark's raw samples into the printed table: medians and 95th
 * percentiles, app/baseline ratios from the same run, and PASS/FAIL against the
 * targets of issue 6.
 */
import { median, printTable, verdict } from '../measure';

export const FRAME_MS = 1000 / 60;
export const FIRST_PAINT_RATIO_TARGET = 1.5;
export const PAN_RATIO_TARGET = 1.5;
export const TYPING_FRAMES_TARGET = 2;
export const BUNDLE_TARGET_BYTES = 250 * 1024;

export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank]!;
}

export interface SizeResult {
  readonly states: number;
  readonly transitions: number;
  readonly firstPaint: { readonly app: number[]; readonly baseline: number[] };
  readonly frames: { readonly app: number[]; readonly baseline: number[] };
  readonly drag: { readonly app: number[]; readonly baseline: number[] };
  readonly typing: number[];
  readonly heap: { readonly app: number; readonly baseline: number };
  /** Scenarios that could not run, with why: reported, never hidden. */
  readonly failures: string[];
}

const ms = (value: number) => (Number.isFinite(value) ? `${value.toFixed(1)} ms` : 'n/a');
const ratio = (app: number, base: number) => (Number.isFinite(app) && Number.isFinite(base) && base > 0 ? `${(app / base).toFixed(2)}×` : 'n/a');
const mb = (bytes: number) => (Number.isFinite(bytes) ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : 'n/a');
const med = (values: readonly number[]) => (values.length ? median(values) : Number.NaN);
const judged = (ok: boolean, value: number) => (Number.isFinite(value) ? verdict(ok) : 'not measured');

/** One table for all sizes: each metric with app, baseline, ratio, target and verdict. */
export function printSizeResults(results: readonly SizeResult[]): void {
  const rows: string[][] = [];
  for (const r of results) {
    const label = `${r.states} st / ${r.transitions} tr`;
    const paintApp = med(r.firstPaint.app);
    const paintBase = med(r.firstPaint.baseline);
    rows.push([label, 'first complete paint (median)', ms(paintApp), ms(paintBase), ratio(paintApp, paintBase), `≤ ${FIRST_PAINT_RATIO_TARGET}×`, judged(paintApp <= FIRST_PAINT_RATIO_TARGET * paintBase, paintApp / paintBase)]);
    const frameApp = med(r.frames.app);
    const frameBase = med(r.frames.baseline);
    rows.push([label, 'pan/zoom frame, median', ms(frameApp), ms(frameBase), ratio(frameApp, frameBase), `≤ ${PAN_RATIO_TARGET}×`, judged(frameApp <= PAN_RATIO_TARGET * frameBase, frameApp / frameBase)]);
    const p95App = percentile(r.frames.app, 95);
    const p95Base = percentile(r.frames.baseline, 95);
    rows.push([label, 'pan/zoom frame, p95', ms(p95App), ms(p95Base), ratio(p95App, p95Base), `≤ ${PAN_RATIO_TARGET}×`, judged(p95App <= PAN_RATIO_TARGET * p95Base, p95App / p95Base)]);
    const typing = med(r.typing);
    const typingFrames = typing / FRAME_MS;
    rows.push([label, 'key press → repaint (median)', `${ms(typing)} (${Number.isFinite(typingFrames) ? typingFrames.toFixed(1) : 'n/a'} frames)`, '—', '—', `≤ ${TYPING_FRAMES_TARGET} frames at 1,000`, r.states >= 1000 ? judged(typingFrames <= TYPING_FRAMES_TARGET, typing) : 'info']);
    const typingP95 = percentile(r.typing, 95);
    rows.push([label, 'key press → repaint (p95)', ms(typingP95), '—', '—', '', 'info']);
    const dragApp = med(r.drag.app);
    const dragBase = med(r.drag.baseline);
    rows.push([label, 'drag start → state follows (median)', ms(dragApp), ms(dragBase), ratio(dragApp, dragBase), '', 'info']);
    rows.push([label, 'JS heap after open (after GC)', mb(r.heap.app), mb(r.heap.baseline), ratio(r.heap.app, r.heap.baseline), '', 'info']);
  }
  printTable(['machine', 'metric', 'app', 'baseline', 'ratio', 'target', 'verdict'], rows);
  const failures = results.flatMap((r) => r.failures.map((f) => `${r.states} states: ${f}`));
  if (failures.length) {
    console.log('\nNot measured:');
    for (const failure of failures) console.log(`- ${failure}`);
  }
}

export function printSamples(results: readonly SizeResult[]): void {
  console.log('\nSamples (ms):');
  for (const r of results) {
    const list = (values: readonly number[]) => values.map((v) => v.toFixed(0)).join(', ') || '—';
    console.log(`- ${r.states} states: first paint app [${list(r.firstPaint.app)}], baseline [${list(r.firstPaint.baseline)}]; frames app n=${r.frames.app.length}, baseline n=${r.frames.baseline.length}; typing [${list(r.typing)}]; drag app [${list(r.drag.app)}], baseline [${list(r.drag.baseline)}]`);
  }
}
