#!/usr/bin/env node
// Finds a Chromium for the end-to-end tests and prints where it is, in this order:
// $STATEWRIGHT_CHROMIUM, Playwright's own browser if installed, Debian's /usr/bin/chromium.
// When none is found and apt-get can install Debian's chromium (we are root), it does so
// and says so; otherwise it stops with the exact command to run.
import { execSync } from 'node:child_process';
import { findBrowser } from './find-browser.js';

let browser = findBrowser();
if (!browser) {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const hasApt = (() => { try { execSync('command -v apt-get', { stdio: 'ignore' }); return true; } catch { return false; } })();
  if (isRoot && hasApt) {
    console.log('No Chromium found for the end-to-end tests: installing Debian\'s "chromium" package with apt-get…');
    execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium', { stdio: 'inherit', shell: '/bin/bash' });
    browser = findBrowser();
  }
}
if (!browser) {
  console.error([
    'No Chromium found for the end-to-end tests.',
    'Install one of:',
    '  - Debian/Ubuntu:   sudo apt-get install chromium',
    '  - any system:      set STATEWRIGHT_CHROMIUM=/path/to/chromium-or-chrome',
    '  - Playwright\'s own Chromium, through its browser installer (needs internet access)',
  ].join('\n'));
  process.exit(1);
}
console.log(`End-to-end tests use ${browser}`);
