import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

import { expect, test } from './fixtures';

function papersTable(page: Page) {
  return page.getByRole('table', { name: 'Papers' });
}

function paperCount(page: Page) {
  return page.getByRole('status').filter({ hasText: /of \d+ papers/ });
}

async function readColumn(page: Page, column: 'title' | 'score'): Promise<string[]> {
  const selector = column === 'title' ? 'tbody th.papers-cell-title' : 'tbody td.papers-cell-score';
  return papersTable(page).locator(selector).allInnerTexts();
}

test.beforeEach(async ({ page }) => {
  await page.goto('/');
  await expect(papersTable(page)).toBeVisible();
});

test('sorts by score with unscored papers last', async ({ page }) => {
  await papersTable(page).getByRole('button', { name: /^Score/ }).click();

  await expect(papersTable(page).getByRole('columnheader', { name: /Score/ })).toHaveAttribute('aria-sort', 'descending');
  const scores = await readColumn(page, 'score');
  expect(scores.slice(0, 2)).toEqual(['97.5', '48.4']);
  expect(scores.slice(2).every((score) => score.startsWith('—'))).toBe(true);
  expect(scores).toHaveLength(19);
});

test('finds the accented author by a plain search', async ({ page }) => {
  await page.getByRole('searchbox', { name: 'Search papers' }).fill('jose');

  await expect(paperCount(page)).toHaveText('1 of 19 papers');
  expect(await readColumn(page, 'title')).toEqual([
    'Towards Neural Network based Cognitive Models of Dynamic Decision-Making by Humans',
  ]);
});

test('narrows to CL with the category toggle', async ({ page }) => {
  await page.getByRole('button', { name: /^CL Computation and Language/ }).click();

  await expect(paperCount(page)).toHaveText('8 of 19 papers');
  await expect(papersTable(page).locator('tbody td.papers-cell-category')).toHaveText(Array(8).fill('CL'));
});

test('narrows to 2024 by clicking its bar, and back', async ({ page }) => {
  const bar = page.locator('.year-chart g[data-year="2024"]').first();

  await bar.click();

  await expect(paperCount(page)).toHaveText('7 of 19 papers');
  await expect(page.getByRole('button', { name: 'Remove year 2024 filter' })).toBeVisible();
  const dates = await papersTable(page).locator('tbody td.papers-cell-date').allInnerTexts();
  expect(dates.every((date) => date.endsWith('2024'))).toBe(true);

  await bar.click();
  await expect(paperCount(page)).toHaveText('19 of 19 papers');
});

test('restores the same view from its URL and steps back with Back', async ({ page }) => {
  await page.getByRole('button', { name: /^CL Computation and Language/ }).click();
  await papersTable(page).getByRole('button', { name: /^Title/ }).click();
  await page.getByRole('searchbox', { name: 'Search papers' }).fill('reward');
  await expect(paperCount(page)).toHaveText('2 of 19 papers');
  const titles = await readColumn(page, 'title');

  await page.reload();

  await expect(paperCount(page)).toHaveText('2 of 19 papers');
  await expect(page.getByRole('searchbox', { name: 'Search papers' })).toHaveValue('reward');
  expect(await readColumn(page, 'title')).toEqual(titles);

  await page.goBack();
  await expect(paperCount(page)).toHaveText('8 of 19 papers');
  await expect(page.getByRole('searchbox', { name: 'Search papers' })).toHaveValue('');
});

test('ignores malformed values in the URL', async ({ page }) => {
  await page.goto('/?sort=sideways&from=abcd&year=20x4&cat=&q=');

  await expect(paperCount(page)).toHaveText('19 of 19 papers');
});

test('opens a paper to show its abstract and links', async ({ page }) => {
  const title = 'Understanding R1-Zero-Like Training: A Critical Perspective';

  await papersTable(page).getByRole('button', { name: title }).click();

  const details = page.getByRole('region', { name: `Details of ${title}` });
  await expect(details).toContainText('“Aha moment”');
  await expect(details.getByRole('link', { name: 'arXiv:2503.20783' })).toHaveAttribute(
    'href',
    'https://arxiv.org/abs/2503.20783',
  );
  await expect(details.getByRole('link', { name: /github\.com\/sail-sg\/understand-r1-zero|Code/ }).first()).toHaveAttribute(
    'rel',
    'noopener noreferrer',
  );
});

test('has no accessibility violations in light and dark', async ({ page }) => {
  // axe walks the whole page twice; on a busy two-core machine that alone can take half a minute.
  test.setTimeout(120_000);
  const light = await new AxeBuilder({ page }).analyze();
  expect(light.violations).toEqual([]);

  await page.emulateMedia({ colorScheme: 'dark' });
  const dark = await new AxeBuilder({ page }).analyze();
  expect(dark.violations).toEqual([]);
});

test('saves desktop, phone and dark screenshots', async ({ page }) => {
  // Charts skip their entry animation under reduced motion, so the screenshots show them drawn.
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.reload();
  await expect(page.locator('.year-chart g[data-year="2024"]').first()).toBeVisible();
  await page.screenshot({ path: 'screenshots/desktop-light.png', fullPage: true });

  await page.emulateMedia({ colorScheme: 'dark' });
  await page.screenshot({ path: 'screenshots/desktop-dark.png', fullPage: true });

  await page.setViewportSize({ width: 360, height: 800 });
  await page.emulateMedia({ colorScheme: 'light' });
  const pageWidth = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(pageWidth).toBeLessThanOrEqual(360);
  await page.screenshot({ path: 'screenshots/phone-light.png', fullPage: true });

  await page.emulateMedia({ colorScheme: 'dark' });
  await page.screenshot({ path: 'screenshots/phone-dark.png', fullPage: true });
});

test('switches the theme by hand', async ({ page }) => {
  await page.getByRole('combobox', { name: 'Theme' }).selectOption('dark');

  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await page.reload();
  await expect(page.getByRole('combobox', { name: 'Theme' })).toHaveValue('dark');
});
