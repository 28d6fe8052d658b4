#!/usr/bin/env node
/**
 * After `vite build`: fails when ELK code is in the initial bundle, the entry
 * chunk and everything it imports statically. elkjs (about 1.5 MB) must load
 * only when the first auto-layout runs, through the dynamic import in
 * src/layout/layoutClient.ts and its worker asset.
 *
 * Usage: node scripts/check-bundle.js [distDir]   (default: dist)
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const dist = process.argv[2] ?? 'dist';
const manifestPath = join(dist, '.vite', 'manifest.json');
/** Strings found only in elkjs: its API's constructor error and its Java package names. */
const ELK_MARKERS = ['Cannot construct an ELK without', 'org.eclipse.elk'];

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

const containsElk = (file) => {
  const text = readFileSync(join(dist, file), 'utf8');
  return ELK_MARKERS.some((marker) => text.includes(marker));
};
const offenders = [...initial].map((key) => manifest[key].file).filter(containsElk);
const assets = readdirSync(join(dist, 'assets'));
const elkFiles = assets.filter((file) => /\.(m?js)$/.test(file) && containsElk(join('assets', file)));

if (offenders.length > 0) {
  console.error(`check-bundle: FAIL: ELK code is in the initial bundle: ${offenders.join(', ')}.`);
  console.error('Load src/layout/layoutClient.ts (or anything importing elkjs) with import(), never statically from the main entry.');
  process.exit(1);
}
console.log(`check-bundle: ok: the initial bundle (${[...initial].map((key) => manifest[key].file).join(', ')}) has no ELK code.`);
console.log(elkFiles.length > 0 ? `ELK loads on demand from: ${elkFiles.join(', ')}.` : 'No ELK code in this build yet (nothing imports the layout client).');
