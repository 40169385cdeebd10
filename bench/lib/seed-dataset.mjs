/* global window -- the function passed to page.waitForFunction runs in the page. */
import { withTimeout } from './timing.mjs';

/**
 * Opens the seed page, which generates the dataset and saves it through Pubscope's storage code into the
 * context's IndexedDB, and returns what it reports: the dataset id, paper count and JSON size.
 */
export async function seedDataset({ context, origin, count, seed, timeoutMs }) {
  const page = await context.newPage();

  try {
    await page.goto(`${origin}/bench/seed/?count=${count}&seed=${seed}`, { waitUntil: 'commit', timeout: timeoutMs });
    const outcome = await withTimeout(
      page.waitForFunction(() => window.__benchSeed, undefined, { timeout: timeoutMs, polling: 250 }).then((handle) => handle.jsonValue()),
      timeoutMs,
      `saving ${count} papers`,
    );
    if (outcome.error) throw new Error(`The seed page failed: ${outcome.error}`);
    return outcome;
  } finally {
    await page.close().catch(() => undefined);
  }
}
