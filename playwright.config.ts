import { defineConfig } from '@playwright/test';
// @ts-expect-error plain JavaScript helper shared with scripts/ensure-browser.js
import { findBrowser } from './scripts/find-browser.js';

const executablePath: string | undefined = findBrowser();
// Another port (and STATEWRIGHT_E2E_DIST, another build folder) lets two builds run their end-to-end tests side by side.
const port = Number(process.env.STATEWRIGHT_E2E_PORT ?? 4173);

export default defineConfig({
  testDir: 'e2e',
  outputDir: 'test-results',
  fullyParallel: false,
  workers: 2,
  retries: process.env.CI ? 1 : 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never' }]],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    viewport: { width: 1440, height: 900 },
    acceptDownloads: true,
    launchOptions: {
      ...(executablePath ? { executablePath } : {}),
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    },
  },
  webServer: {
    command: `npx vite preview --host 127.0.0.1 --port ${port} --strictPort --outDir ${process.env.STATEWRIGHT_E2E_DIST ?? 'dist'}`,
    url: `http://127.0.0.1:${port}`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
