#!/usr/bin/env node
/**
 * After `vite build`: fails when ELK or Prism code is in the initial bundle (the
 * entry chunk and everything it imports statically), or when that bundle is
 * over its gzipped budget. elkjs (about 1.5 MB) must load only when the first
 * auto-layout runs, through the dynamic import in src/layout/layoutClient.ts
 * and its worker asset; the highlighter only when the Export dialog opens.
 *
 * Usage: node scripts/check-bundle.js [distDir]   (default: dist)
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const dist = process.argv[2] ?? 'dist';
const manifestPath = join(dist, '.vite', 'manifest.json');
/** Strings found only in elkjs: its API's constructor error and its Java package names. */
const ELK_MARKERS = ['Cannot construct an ELK without', 'org.eclipse.elk'];
/** Strings from Prism's core and its language definitions. */
const PRISM_MARKERS = ['Prism.languages', 'languages.typescript', 'manual:!1,disableWorkerMessageHandler'];
/** Initial JavaScript budget, gzipped (issue: at most 250 KB). */
const BUDGET_BYTES = 250 * 1024;

if (!existsSync(manifestPath)) {
  console.error(`check-bundle: ${manifestPath} not found. Run "npx vite build" first (vite.config.ts has build.manifest: true).`);
  process.exit(2);
}
const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
const entries = Object.keys(manifest).filter((key) => manifest[key].isEntry);
if (entries.length === 0) {
  console.error(`check-bundle: ${manifestPath} names no entry chunk.`);
  process.exit(2);
}

/** The entry chunks and every chunk they import statically: what the first page load fetches. */
const initial = new Set();
const visit = (key) => {
  if (initial.has(key) || !manifest[key]) return;
  initial.add(key);
  for (const imported of manifest[key].imports ?? []) visit(imported);
};
entries.forEach(visit);

const contains = (markers) => (file) => {
  const text = readFileSync(join(dist, file), 'utf8');
  return markers.some((marker) => text.includes(marker));
};
const containsElk = contains(ELK_MARKERS);
const initialFiles = [...initial].map((key) => manifest[key].file);
const offenders = initialFiles.filter(containsElk);
const prismOffenders = initialFiles.filter(contains(PRISM_MARKERS));
const gzipped = initialFiles.filter((f) => /\.m?js$/.test(f)).reduce((sum, f) => sum + gzipSync(readFileSync(join(dist, f)), { level: 9 }).length, 0);
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
if (prismOffenders.length > 0) {
  console.error(`check-bundle: FAIL: the code highlighter is in the initial bundle: ${prismOffenders.join(', ')}. Load it with import() when the Export dialog opens.`);
  process.exit(1);
}
if (gzipped > BUDGET_BYTES) {
  console.error(`check-bundle: FAIL: the initial JavaScript is ${kb(gzipped)} gzipped, over the ${kb(BUDGET_BYTES)} budget. Move heavy features behind import().`);
  process.exit(1);
}
console.log(`check-bundle: initial JavaScript ${kb(gzipped)} gzipped (budget ${kb(BUDGET_BYTES)}), no highlighter.`);
const assets = readdirSync(join(dist, 'assets'));
const elkFiles = assets.filter((file) => /\.(m?js)$/.test(file) && containsElk(join('assets', file)));

if (offenders.length > 0) {
  console.error(`check-bundle: FAIL: ELK code is in the initial bundle: ${offenders.join(', ')}.`);
  console.error('Load src/layout/layoutClient.ts (or anything importing elkjs) with import(), never statically from the main entry.');
  process.exit(1);
}
console.log(`check-bundle: ok: the initial bundle (${[...initial].map((key) => manifest[key].file).join(', ')}) has no ELK code.`);
console.log(elkFiles.length > 0 ? `ELK loads on demand from: ${elkFiles.join(', ')}.` : 'No ELK code in this build yet (nothing imports the layout client).');
