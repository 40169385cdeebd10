import type { Page } from '@playwright/test';

import { expect, test } from './fixtures';

const PAPER_COUNT = 3000;

/** Builds a CSV of invented papers; in source order the last row is "Synthetic paper 3000". */
function buildCsv(): string {
  const lines = ['title,authors,date,category,score'];
  for (let index = 0; index < PAPER_COUNT; index++) {
    const year = 2026 - Math.floor(index / 100);
    const day = String(28 - (index % 28)).padStart(2, '0');
    lines.push(`Synthetic paper ${index + 1},Ana Sousa; Wei Zhang,${year}-06-${day},LG,${index % 100}`);
  }
  return lines.join('\n');
}

function paperCount(page: Page) {
  return page.getByRole('status').filter({ hasText: /of [\d,]+ papers/ });
}

/** Opens Pubscope and imports the large CSV through the import dialog. */
async function importLargeRecord(page: Page): Promise<void> {
  await page.goto('/');
  await page.getByRole('button', { name: 'Import data' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import data' });
  await dialog.getByLabel('Choose a file').setInputFiles({ name: 'large.csv', mimeType: 'text/csv', buffer: Buffer.from(buildCsv()) });
  await dialog.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(paperCount(page)).toHaveText('3,000 of 3,000 papers');
}

test('draws only the visible rows of a large record', async ({ page }) => {
  await importLargeRecord(page);

  const table = page.getByRole('table', { name: 'Papers' });
  const drawnRows = await table.locator('tbody tr.paper-row').count();
  expect(drawnRows).toBeGreaterThan(0);
  expect(drawnRows).toBeLessThan(200);

  // Closed rows share one height, so the page's height is known before any row is drawn and stays put while scrolling.
  const rowHeights = await table.locator('tbody tr.paper-row').evaluateAll((rows) =>
    rows.map((row) => row.getBoundingClientRect().height),
  );
  expect(new Set(rowHeights).size).toBe(1);
  await page.getByRole('combobox', { name: 'Sort by' }).selectOption({ label: 'Source order' });
  const pageHeight = await page.evaluate(() => document.documentElement.scrollHeight);
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  await expect(table.getByRole('button', { name: 'Synthetic paper 3000', exact: true })).toBeInViewport();
  expect(await page.evaluate(() => document.documentElement.scrollHeight)).toBe(pageHeight);
  expect(await table.locator('tbody tr.paper-row').count()).toBeLessThan(200);
  await page.screenshot({ path: 'screenshots/large-record-bottom.png' });
});

test('keeps an opened paper open while it scrolls out of view and back', async ({ page }) => {
  await importLargeRecord(page);
  await page.getByRole('combobox', { name: 'Sort by' }).selectOption({ label: 'Source order' });

  const table = page.getByRole('table', { name: 'Papers' });
  const firstPaper = table.getByRole('button', { name: 'Synthetic paper 1', exact: true });
  await firstPaper.click();
  await expect(firstPaper).toHaveAttribute('aria-expanded', 'true');

  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight / 2));
  await expect(firstPaper).toHaveCount(0);
  await page.evaluate(() => window.scrollTo(0, 0));

  await expect(firstPaper).toHaveAttribute('aria-expanded', 'true');
  // The opened row kept its measured height while it was out of view: the second paper sits right below its details.
  const details = table.getByRole('region', { name: 'Details of Synthetic paper 1' });
  const secondPaper = table.getByRole('button', { name: 'Synthetic paper 2', exact: true });
  const detailsBottom = await details.evaluate((element) => element.closest('tr')?.getBoundingClientRect().bottom ?? 0);
  const secondTop = await secondPaper.evaluate((element) => element.closest('tr')?.getBoundingClientRect().top ?? 0);
  expect(Math.abs(secondTop - detailsBottom)).toBeLessThan(2);
});

test('draws the scores of a large record as a histogram', async ({ page }) => {
  await importLargeRecord(page);

  const figure = page.getByRole('figure', { name: 'Score badges' });
  const bins = figure.getByRole('list', { name: 'Scored papers per score range' });
  await expect(bins.getByRole('img')).toHaveCount(50);
  await expect(bins.getByRole('img', { name: 'Scores 80–81.9: 60 papers, Exceptional' })).toBeVisible();
  await figure.scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'screenshots/large-record-charts.png', fullPage: false });
});
