import type { Page } from '@playwright/test';

import { expect, test } from './fixtures';

function paperCount(page: Page) {
  return page.getByRole('status').filter({ hasText: /of [\d,]+ papers/ });
}

test('filters to joint papers through the URL', async ({ page }) => {
  await page.goto('/');

  const panel = page.getByRole('region', { name: 'Co-authors' });
  const topRow = panel.getByRole('row', { name: /Zichen Liu/ });
  await expect(topRow.getByRole('cell').first()).toHaveText('6');
  await topRow.getByRole('button', { name: 'Zichen Liu' }).click();

  await expect(paperCount(page)).toHaveText('6 of 19 papers');
  await expect(page).toHaveURL(/with=/);
  await expect(panel.getByRole('img', { name: /Line chart/ })).toBeVisible();
  await expect(page.locator('.year-chart g[data-year]').first()).toBeAttached();
  await page.screenshot({ path: 'screenshots/coauthors.png', fullPage: true });

  await page.reload();
  await expect(paperCount(page)).toHaveText('6 of 19 papers');
  await page.getByRole('button', { name: 'Remove co-author Zichen Liu filter' }).click();
  await expect(paperCount(page)).toHaveText('19 of 19 papers');
});

test('filters first-author papers and sorts by authorship', async ({ page }) => {
  await page.goto('/');

  await page.getByLabel("Owner's place").selectOption({ label: 'First author' });
  await expect(paperCount(page)).toHaveText('7 of 19 papers');
  await expect(page).toHaveURL(/role=first/);

  const table = page.getByRole('table', { name: 'Papers' });
  await expect(table.getByRole('cell', { name: 'First author' })).toHaveCount(7);

  await page.getByLabel("Owner's place").selectOption({ label: 'Any place' });
  await table.getByRole('button', { name: /^Authorship/ }).click();
  await expect(page).toHaveURL(/sort=position-asc/);
  const places = table.locator('td.papers-cell-position');
  await expect(places.nth(0)).toHaveText('First author');
  await expect(places.nth(6)).toHaveText('First author');
  await expect(places.nth(7)).toHaveText(/^2nd of \d+$/);
});

test('sets aside and restores through a link', async ({ page }) => {
  await page.goto('/');
  const title = 'Semi-Offline Reinforcement Learning for Optimized Text Generation';
  const table = page.getByRole('table', { name: 'Papers' });

  await table.getByRole('button', { name: title, exact: true }).click();
  await page.getByRole('button', { name: 'Set aside from the record' }).click();

  await expect(table.getByRole('button', { name: title, exact: true })).toHaveCount(0);
  await expect(paperCount(page)).toHaveText('18 of 18 papers');
  await expect(page.getByRole('region', { name: 'Set aside' }).getByText(title)).toBeVisible();
  await page.screenshot({ path: 'screenshots/set-aside.png', fullPage: true });

  const sharedUrl = page.url();
  expect(sharedUrl).toMatch(/aside=/);
  await page.goto(sharedUrl);
  await expect(paperCount(page)).toHaveText('18 of 18 papers');

  await page.getByRole('region', { name: 'Set aside' }).getByRole('button', { name: /Restore/ }).first().click();
  await expect(paperCount(page)).toHaveText('19 of 19 papers');
  await expect(table.getByRole('button', { name: title, exact: true })).toBeVisible();
});
