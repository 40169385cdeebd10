import { act, cleanup, screen, waitFor, within } from '@testing-library/react';

import { usePubscopeStore } from '../../../../src/store/pubscope-store';
import { resetStore } from '../../sample-dataset';
import { renderImportExport } from './render-import-export';

interface Download {
  fileName: string;
  blob: Blob;
  url: string;
}

/** Captures downloads: jsdom has no object URLs and cannot follow a download link. */
function captureDownloads() {
  const downloads: Download[] = [];
  const blobs = new Map<string, Blob>();
  let counter = 0;

  vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
    const url = `blob:pubscope-test/${++counter}`;
    blobs.set(url, blob as Blob);
    return url;
  });
  const revoke = vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    downloads.push({ fileName: this.download, blob: blobs.get(this.href)!, url: this.href });
  });

  return { downloads, revoke };
}

async function openExportMenu(user: ReturnType<typeof renderImportExport>['user']) {
  await user.click(screen.getByRole('button', { name: 'Export' }));
  return screen.getByRole('menu', { name: 'Export' });
}

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(2026, 11, 4, 15, 30));
});

afterEach(() => {
  cleanup();
  resetStore();
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('ExportMenu', () => {
  it('should list the four formats', async () => {
    const { user } = renderImportExport();

    const menu = await openExportMenu(user);

    expect(within(menu).getAllByRole('menuitem').map((item) => item.textContent)).toEqual([
      'CSV',
      'BibTeX',
      'Pubscope JSON',
      'Markdown list',
    ]);
    expect(menu).toHaveAccessibleDescription('Exports the 5 papers in the current view as:');
    expect(within(menu).getByRole('menuitem', { name: 'CSV' })).toHaveFocus();
  });

  it('should download the current view as CSV', async () => {
    const { downloads, revoke } = captureDownloads();
    const { user } = renderImportExport();
    act(() => usePubscopeStore.getState().setSearch('dialogue'));

    const menu = await openExportMenu(user);
    await user.click(within(menu).getByRole('menuitem', { name: 'CSV' }));

    // The exporters load on first use, so the download follows the click a moment later.
    await waitFor(() => expect(downloads).toHaveLength(1));
    const [download] = downloads;
    expect(download?.fileName).toBe('ana-sousa-2026-12-04.csv');
    expect(download?.blob.type).toBe('text/csv;charset=utf-8');
    const lines = (await download!.blob.text()).trimEnd().split('\r\n');
    expect(lines).toHaveLength(2);
    expect(lines[1]).toMatch(/^Dialogue Agents That Ask,/);
    expect(screen.getByRole('status')).toHaveTextContent('Exported 1 paper as ana-sousa-2026-12-04.csv.');
    expect(screen.queryByRole('menu')).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Export' })).toHaveFocus();
    await waitFor(() => expect(revoke).toHaveBeenCalledWith(download?.url), { timeout: 3000 });
  });

  it('should keep the sort in the exported order', async () => {
    const { downloads } = captureDownloads();
    const { user } = renderImportExport();
    act(() => usePubscopeStore.getState().setSort({ key: 'title', direction: 'asc' }));

    await user.click(within(await openExportMenu(user)).getByRole('menuitem', { name: 'Pubscope JSON' }));
    await waitFor(() => expect(downloads).toHaveLength(1));

    const [download] = downloads;
    expect(download?.fileName).toBe('ana-sousa-2026-12-04.json');
    expect(download?.blob.type).toBe('application/json');
    const file = JSON.parse(await download!.blob.text()) as { papers: { title: string }[] };
    expect(file.papers.map((paper) => paper.title)).toEqual([
      '<img src=x onerror=alert(1)>',
      'Dialogue Agents That Ask',
      'Notes on Evaluation',
      'Planning Under Uncertainty',
      'Sparse Routing for Mixture Models',
    ]);
  });

  it.each([
    ['BibTeX', 'ana-sousa-2026-12-04.bib', 'application/x-bibtex;charset=utf-8', '% Papers of Ana Sousa, exported from Pubscope'],
    ['Markdown list', 'ana-sousa-2026-12-04.md', 'text/markdown;charset=utf-8', '# Ana Sousa — Publications'],
  ])('should download %s with its name and type', async (label, fileName, type, start) => {
    const { downloads } = captureDownloads();
    const { user } = renderImportExport();

    await user.click(within(await openExportMenu(user)).getByRole('menuitem', { name: label }));
    await waitFor(() => expect(downloads).toHaveLength(1));

    expect(downloads[0]?.fileName).toBe(fileName);
    expect(downloads[0]?.blob.type).toBe(type);
    expect((await downloads[0]!.blob.text()).trimStart().startsWith(start)).toBe(true);
  });

  it('should say when the view is empty', async () => {
    const { downloads } = captureDownloads();
    const { user } = renderImportExport();
    act(() => usePubscopeStore.getState().setSearch('no paper has this title'));

    const menu = await openExportMenu(user);

    expect(menu).toHaveAccessibleDescription('The current view has no papers to export. Clear the filters to export again.');
    for (const item of within(menu).getAllByRole('menuitem')) expect(item).toHaveAttribute('aria-disabled', 'true');
    await user.click(within(menu).getByRole('menuitem', { name: 'CSV' }));
    expect(downloads).toEqual([]);
  });

  it('should move through the items by keyboard', async () => {
    const { user } = renderImportExport();
    screen.getByRole('button', { name: 'Export' }).focus();

    await user.keyboard('{ArrowDown}');
    const menu = screen.getByRole('menu', { name: 'Export' });
    expect(within(menu).getByRole('menuitem', { name: 'CSV' })).toHaveFocus();

    await user.keyboard('{ArrowDown}{ArrowDown}');
    expect(within(menu).getByRole('menuitem', { name: 'Pubscope JSON' })).toHaveFocus();
    await user.keyboard('{End}');
    expect(within(menu).getByRole('menuitem', { name: 'Markdown list' })).toHaveFocus();
    await user.keyboard('{ArrowDown}');
    expect(within(menu).getByRole('menuitem', { name: 'CSV' })).toHaveFocus();
    await user.keyboard('{ArrowUp}');
    expect(within(menu).getByRole('menuitem', { name: 'Markdown list' })).toHaveFocus();

    await user.keyboard('{Escape}');
    expect(screen.queryByRole('menu')).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Export' })).toHaveFocus();
  });

  it('should close when clicking elsewhere', async () => {
    const { user } = renderImportExport();
    await openExportMenu(user);

    await user.click(screen.getByRole('combobox', { name: 'Dataset' }));

    expect(screen.queryByRole('menu')).not.toBeInTheDocument();
  });
});
