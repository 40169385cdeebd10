import { defineConfig } from '@playwright/test';

import { findChromium } from './scripts/find-chromium.mjs';

const executablePath = findChromium();
// Another port lets two checkouts run their browser tests side by side.
const port = Number(process.env.PUBSCOPE_E2E_PORT ?? 4173);

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: false,
  // Two cores: a second worker would slow both down.
  workers: 1,
  retries: 0,
  timeout: 30_000,
  reporter: [['list'], ['json', { outputFile: 'reports/playwright.json' }]],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    trace: 'off',
    launchOptions: {
      executablePath,
      // The machine has no outside network: Chromium's background services would only fail.
      args: ['--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
    },
  },
  webServer: {
    // --bypass-lock: a preview the person started by hand on another port must not stop the tests.
    command: `node node_modules/vite/bin/vite.js preview --host 127.0.0.1 --port ${port} --strictPort --bypass-lock`,
    url: `http://127.0.0.1:${port}`,
    reuseExistingServer: false,
    timeout: 30_000,
  },
});
