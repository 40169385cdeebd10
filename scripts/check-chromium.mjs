// Stops the browser tests early, with one line on how to get a browser, when none can be found.
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

import { findChromium } from './find-chromium.mjs';

function hasPlaywrightBrowser() {
  try {
    return existsSync(chromium.executablePath());
  } catch {
    return false;
  }
}

if (!findChromium() && !hasPlaywrightBrowser()) {
  console.error(
    'No Chromium found for the browser tests: run `sudo apt-get install -y chromium`, or set CHROMIUM_PATH to a Chromium binary.',
  );
  process.exit(1);
}
