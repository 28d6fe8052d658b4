// Shared by the Playwright config and ensure-browser.js: where is a usable Chromium?
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';

export function findBrowser() {
  const fromEnv = process.env.STATEWRIGHT_CHROMIUM;
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : undefined;
  try {
    const require = createRequire(import.meta.url);
    const { chromium } = require('playwright-core');
    const own = chromium.executablePath();
    if (own && existsSync(own)) return own;
  } catch {
    // Playwright's browser registry is optional.
  }
  for (const candidate of ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome']) {
    if (existsSync(candidate)) return candidate;
  }
  return undefined;
}
