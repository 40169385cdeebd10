import { readFileSync } from 'node:fs';

import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

import { expect, test } from './fixtures';

const FIXTURES = 'tests/fixtures/ui';
const DEFAULT_NAME = 'Changyu Chen (default profile)';

function datasetSelect(page: Page) {
  return page.getByRole('combobox', { name: 'Dataset' });
}

function paperCount(page: Page) {
  return page.getByRole('status').filter({ hasText: /of \d+ papers/ });
}

function toast(page: Page) {
  return page.locator('.toast-region');
}

function importDialog(page: Page) {
  return page.getByRole('dialog', { name: 'Import data' });
}

async function importFileWithPicker(page: Page, path: string) {
  await page.getByRole('button', { name: 'Import data' }).click();
  await importDialog(page).getByLabel('Choose a file').setInputFiles(path);
  await importDialog(page).getByRole('button', { name: 'Import', exact: true }).click();
}

/** Drops a file on the page the way a file manager does, with a DataTransfer built inside the page. */
async function dropFile(page: Page, name: string, text: string, { release = true } = {}) {
  const dataTransfer = await page.evaluateHandle(
    ({ fileName, fileText }) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([fileText], fileName, { type: 'text/plain' }));
      return transfer;
    },
    { fileName: name, fileText: text },
  );

  await page.dispatchEvent('main', 'dragenter', { dataTransfer });
  if (release) await page.dispatchEvent('main', 'drop', { dataTransfer });
}

/**
 * Counts the datasets saved in IndexedDB, so that a reload waits for the writes instead of sleeping. Returns -1 until
 * the page has created the database, because opening it first from here would create it without its stores.
 */
function countSavedDatasets(page: Page): Promise<number> {
  return page.evaluate(
    async () =>
      (await indexedDB.databases()).every((database) => database.name !== 'pubscope')
        ? -1
        : new Promise<number>((resolve, reject) => {
        const request = indexedDB.open('pubscope');
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const database = request.result;
          const records = database.transaction('datasets').objectStore('datasets').getAll();
          records.onsuccess = () => {
            database.close();
            resolve((records.result as { dataset?: unknown }[]).filter((record) => record.dataset).length);
          };
        };
      }),
  );
}

async function exportAs(page: Page, label: string) {
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('menuitem', { name: label }).click(),
  ]);
  return download;
}

test.beforeEach(async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto('/');
  await expect(paperCount(page)).toHaveText('19 of 19 papers');
});

test('imports a CSV file with the file picker', async ({ page }) => {
  await page.getByRole('button', { name: 'Import data' }).click();
  const dialog = importDialog(page);
  await expect(dialog.getByLabel('Choose a file')).toBeFocused();
  await dialog.getByLabel('Choose a file').setInputFiles(`${FIXTURES}/refs.csv`);
  await expect(dialog.getByText('Chosen file: refs.csv')).toBeVisible();
  await page.screenshot({ path: 'screenshots/import-dialog.png' });

  await dialog.getByRole('button', { name: 'Import', exact: true }).click();

  await expect(dialog).toBeHidden();
  await expect(toast(page)).toContainText('Imported 3 papers from refs.csv (0 duplicates merged, 0 skipped)');
  await expect(datasetSelect(page)).toHaveValue(/.+/);
  await expect(datasetSelect(page).locator('option:checked')).toHaveText('refs');
  await expect(paperCount(page)).toHaveText('3 of 3 papers');
  await expect(page.getByRole('button', { name: 'Import data' })).toBeFocused();
  await page.screenshot({ path: 'screenshots/import-done.png' });
});

test('imports a dropped BibTeX file', async ({ page }) => {
  await dropFile(page, 'refs.bib', readFileSync(`${FIXTURES}/refs.bib`, 'utf8'), { release: false });
  await expect(page.getByText('Drop the file to import it')).toBeVisible();
  await page.screenshot({ path: 'screenshots/import-drop-overlay.png' });

  await dropFile(page, 'refs.bib', readFileSync(`${FIXTURES}/refs.bib`, 'utf8'));

  await expect(page.getByText('Drop the file to import it')).toBeHidden();
  await expect(toast(page)).toContainText('Imported 2 papers from refs.bib');
  await expect(datasetSelect(page).locator('option:checked')).toHaveText('refs');
  await expect(paperCount(page)).toHaveText('2 of 2 papers');
});

test('keeps imported datasets after a reload', async ({ page }) => {
  await importFileWithPicker(page, `${FIXTURES}/refs.csv`);
  await expect(paperCount(page)).toHaveText('3 of 3 papers');
  await dropFile(page, 'refs.bib', readFileSync(`${FIXTURES}/refs.bib`, 'utf8'));
  await expect(paperCount(page)).toHaveText('2 of 2 papers');
  await expect.poll(() => countSavedDatasets(page)).toBe(2);

  await page.reload();

  await expect(datasetSelect(page).locator('option')).toHaveText([DEFAULT_NAME, 'refs', 'refs (2)']);
  await expect(paperCount(page)).toHaveText('19 of 19 papers');
  await datasetSelect(page).selectOption({ label: 'refs (2)' });
  await expect(paperCount(page)).toHaveText('2 of 2 papers');
  await datasetSelect(page).selectOption({ label: 'refs' });
  await expect(paperCount(page)).toHaveText('3 of 3 papers');
});

for (const { label, extension } of [
  { label: 'CSV', extension: 'csv' },
  { label: 'BibTeX', extension: 'bib' },
]) {
  test(`exports ${label} and imports it back`, async ({ page }) => {
    const download = await exportAs(page, label);

    const today = await page.evaluate(() => {
      const now = new Date();
      return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
    });
    expect(download.suggestedFilename()).toBe(`changyu-chen-${today}.${extension}`);
    const path = await download.path();
    expect(readFileSync(path, 'utf8').length).toBeGreaterThan(100);
    await expect(toast(page)).toContainText(`Exported 19 papers as changyu-chen-${today}.${extension}.`);

    await importFileWithPicker(page, path);

    await expect(toast(page)).toContainText('Imported 19 papers from');
    await expect(paperCount(page)).toHaveText('19 of 19 papers');
    await expect(datasetSelect(page).locator('option')).toHaveCount(2);
  });
}

test('exports only the papers in view', async ({ page }) => {
  await page.getByRole('searchbox', { name: 'Search papers' }).fill('reward');
  await expect(paperCount(page)).toHaveText(/^\d+ of 19 papers$/);
  const visible = Number((await paperCount(page).innerText()).split(' ')[0]);

  await page.getByRole('button', { name: 'Export', exact: true }).click();
  await expect(page.getByRole('menu', { name: 'Export' })).toBeVisible();
  await page.screenshot({ path: 'screenshots/import-export-menu.png' });
  await page.keyboard.press('Escape');
  const download = await exportAs(page, 'CSV');

  const rows = readFileSync(await download.path(), 'utf8').trimEnd().split('\r\n');
  expect(rows).toHaveLength(visible + 1);
});

test('shows why a malformed file failed and keeps the dataset', async ({ page }) => {
  await importFileWithPicker(page, `${FIXTURES}/broken.csv`);

  const alert = importDialog(page).getByRole('alert');
  await expect(alert).toContainText('Nothing was imported from broken.csv.');
  await expect(alert).toContainText('Line 2, column 1: a quoted value starts here but is never closed');
  await page.screenshot({ path: 'screenshots/import-failure.png' });

  await page.keyboard.press('Escape');

  await expect(importDialog(page)).toBeHidden();
  await expect(datasetSelect(page).locator('option')).toHaveText([DEFAULT_NAME]);
  await expect(paperCount(page)).toHaveText('19 of 19 papers');
});

test('offers to skip unreadable rows', async ({ page }) => {
  await importFileWithPicker(page, `${FIXTURES}/refs-with-bad-rows.csv`);

  const dialog = importDialog(page);
  await expect(dialog.getByText('2 papers can be imported; 2 records could not be read:')).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Import the 2 good ones, skip 2' })).toBeFocused();
  await page.screenshot({ path: 'screenshots/import-skipped.png' });

  await dialog.getByRole('button', { name: 'Import the 2 good ones, skip 2' }).click();

  await expect(paperCount(page)).toHaveText('2 of 2 papers');
  await expect(toast(page)).toContainText('(0 duplicates merged, 2 skipped)');
});

test('renames, deletes and restores a dataset', async ({ page }) => {
  await importFileWithPicker(page, `${FIXTURES}/refs.csv`);
  await expect(paperCount(page)).toHaveText('3 of 3 papers');

  await page.getByRole('button', { name: 'Manage datasets' }).click();
  const manager = page.getByRole('region', { name: 'Manage datasets' });
  await manager.getByRole('button', { name: 'Rename refs' }).click();
  await manager.getByRole('textbox', { name: 'New name for refs' }).fill('Lea Novak, selected');
  await page.keyboard.press('Enter');
  await expect(datasetSelect(page).locator('option')).toHaveText([DEFAULT_NAME, 'Lea Novak, selected']);
  await page.screenshot({ path: 'screenshots/import-manage.png' });

  await manager.getByRole('button', { name: 'Delete Lea Novak, selected' }).click();

  await expect(datasetSelect(page).locator('option')).toHaveText([DEFAULT_NAME]);
  await expect(paperCount(page)).toHaveText('19 of 19 papers');
  await expect(toast(page)).toContainText('Deleted “Lea Novak, selected”.');
  await page.screenshot({ path: 'screenshots/import-undo-toast.png' });
  await toast(page).getByRole('button', { name: 'Undo' }).click();

  await expect(datasetSelect(page).locator('option')).toHaveText([DEFAULT_NAME, 'Lea Novak, selected']);
  await expect(paperCount(page)).toHaveText('3 of 3 papers');
});

test('cancels a large import midway', async ({ page }) => {
  const rows = Array.from({ length: 400_000 }, (_, index) => `Invented paper number ${index},Ana Sousa; Wei Zhang,2024-05-01,LG,${index % 100}`);
  const buffer = Buffer.from(`title,authors,date,category,score\n${rows.join('\n')}\n`);

  await page.getByRole('button', { name: 'Import data' }).click();
  await importDialog(page).getByLabel('Choose a file').setInputFiles({ name: 'large.csv', mimeType: 'text/csv', buffer });
  await importDialog(page).getByRole('button', { name: 'Import', exact: true }).click();

  const progress = importDialog(page).getByRole('progressbar', { name: 'Import progress' });
  await expect(progress).toBeVisible();
  await page.screenshot({ path: 'screenshots/import-progress.png' });
  await importDialog(page).getByRole('button', { name: 'Cancel' }).click();

  await expect(importDialog(page).getByText('Import cancelled. Nothing was imported.')).toBeVisible();
  await expect(progress).toBeHidden();
  await page.keyboard.press('Escape');
  await expect(datasetSelect(page).locator('option')).toHaveText([DEFAULT_NAME]);
});

test('says when saving is unavailable', async ({ page }) => {
  await page.addInitScript(() => Object.defineProperty(window, 'indexedDB', { value: undefined }));
  await page.reload();

  const notices = page.getByRole('region', { name: 'Storage notices' });
  await expect(notices).toContainText(
    'Your data is kept in memory only and will not survive a reload: this browser offers no IndexedDB storage here',
  );
  await expect(paperCount(page)).toHaveText('19 of 19 papers');
  await page.screenshot({ path: 'screenshots/import-storage-memory-only.png' });

  await notices.getByRole('button', { name: 'Dismiss' }).click();
  await expect(notices).toBeHidden();
});

test('offers unreadable saved data for download', async ({ page }) => {
  await expect.poll(() => countSavedDatasets(page)).toBe(0);
  await page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const request = indexedDB.open('pubscope');
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const database = request.result;
          const transaction = database.transaction('datasets', 'readwrite');
          transaction.objectStore('datasets').put({ schemaVersion: 1, datasetId: 'damaged', dataset: 'not a dataset' }, 'damaged');
          transaction.oncomplete = () => {
            database.close();
            resolve();
          };
        };
      }),
  );

  await page.reload();

  const notices = page.getByRole('region', { name: 'Storage notices' });
  await expect(notices).toContainText('1 saved dataset could not be read, so the page started with the default profile.');
  await notices.getByText('What could not be read').click();
  await expect(notices).toContainText('damaged —');
  await expect(paperCount(page)).toHaveText('19 of 19 papers');
  await page.screenshot({ path: 'screenshots/import-storage-set-aside.png' });

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    notices.getByRole('button', { name: 'Export the stored data' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^pubscope-stored-data-\d{4}-\d{2}-\d{2}\.json$/);
  const raw = JSON.parse(readFileSync(await download.path(), 'utf8')) as { format: string; setAside: unknown[] };
  expect(raw.format).toBe('pubscope-raw-storage');
  expect(raw.setAside).toHaveLength(1);
});

test('passes axe with the dialog and panels open', async ({ page }) => {
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });

    await page.getByRole('button', { name: 'Import data' }).click();
    await importDialog(page).getByRole('button', { name: 'Import', exact: true }).click();
    await expect(importDialog(page).getByRole('alert')).toBeVisible();
    expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
    await page.keyboard.press('Escape');

    await page.getByRole('button', { name: 'Manage datasets' }).click();
    await page.getByRole('button', { name: 'Export', exact: true }).click();
    expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Manage datasets' }).click();
  }
});

test('fits a 360 px wide screen in light and dark', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 780 });

  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    await page.screenshot({ path: `screenshots/import-phone-bar-${colorScheme}.png` });

    await page.getByRole('button', { name: 'Import data' }).click();
    await importDialog(page).getByLabel('Choose a file').setInputFiles(`${FIXTURES}/refs-with-bad-rows.csv`);
    await page.screenshot({ path: `screenshots/import-phone-form-${colorScheme}.png` });
    await importDialog(page).getByRole('button', { name: 'Import', exact: true }).click();
    await expect(importDialog(page).getByText('2 papers can be imported')).toBeVisible();
    await page.screenshot({ path: `screenshots/import-phone-dialog-${colorScheme}.png` });
    await page.keyboard.press('Escape');

    await page.getByRole('button', { name: 'Manage datasets' }).click();
    await page.screenshot({ path: `screenshots/import-phone-manage-${colorScheme}.png` });
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Export', exact: true }).click();
    await page.screenshot({ path: `screenshots/import-phone-export-${colorScheme}.png` });
    await page.keyboard.press('Escape');

    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  }
});
