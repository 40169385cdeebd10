import { readFileSync } from 'node:fs';

import { expect, test } from './fixtures';

interface LinkEntry {
  title: string;
}

const links = JSON.parse(readFileSync('src/data/changyu-chen.links.json', 'utf8')) as LinkEntry[];

test('shows the default profile and all 19 titles', async ({ page }) => {
  await page.goto('/');

  await expect(page.getByRole('heading', { level: 1, name: 'Changyu Chen' })).toBeVisible();
  const table = page.getByRole('table', { name: 'Papers' });
  for (const { title } of links) {
    await expect(table.getByRole('button', { name: title, exact: true })).toBeVisible();
  }
  expect(links).toHaveLength(19);

  await page.screenshot({ path: 'screenshots/default-profile.png', fullPage: true });
});
