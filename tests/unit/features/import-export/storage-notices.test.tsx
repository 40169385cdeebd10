import { act, cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';

import { StorageNotices } from '../../../../src/features/import-export/storage-notices';
import { usePubscopeStore } from '../../../../src/store/pubscope-store';
import { loadSampleDataset, resetStore } from '../../sample-dataset';

const QUOTA_REASON = "the browser's storage quota for this site is full. Export the datasets you want to keep.";

afterEach(() => {
  cleanup();
  resetStore();
  vi.restoreAllMocks();
});

describe('StorageNotices', () => {
  it('should render nothing while saving works', () => {
    loadSampleDataset();

    const { container } = render(<StorageNotices />);

    expect(container).toBeEmptyDOMElement();
  });

  it('should say that data is kept in memory only', async () => {
    loadSampleDataset();
    const user = userEvent.setup();
    render(<StorageNotices />);

    act(() => usePubscopeStore.getState().setStorageStatus({ kind: 'memory-only', reason: QUOTA_REASON }));

    const notices = screen.getByRole('region', { name: 'Storage notices' });
    expect(notices).toHaveTextContent(`Your data is kept in memory only and will not survive a reload: ${QUOTA_REASON}`);

    await user.click(within(notices).getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByRole('region', { name: 'Storage notices' })).not.toBeInTheDocument();
  });

  it('should show a dismissed notice again for a new reason', async () => {
    loadSampleDataset();
    const user = userEvent.setup();
    render(<StorageNotices />);
    act(() => usePubscopeStore.getState().setStorageStatus({ kind: 'memory-only', reason: QUOTA_REASON }));
    await user.click(screen.getByRole('button', { name: 'Dismiss' }));

    act(() => usePubscopeStore.getState().setStorageStatus({ kind: 'memory-only', reason: 'saving failed (UnknownError).' }));

    expect(screen.getByRole('region', { name: 'Storage notices' })).toHaveTextContent('saving failed (UnknownError).');
  });

  it('should offer the set-aside data for download', async () => {
    loadSampleDataset();
    const user = userEvent.setup();
    const exportStoredData = vi.fn(async () => '{"format":"pubscope-raw-storage"}\n');
    let savedBlob: Blob | undefined;
    let savedName = '';
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      savedBlob = blob as Blob;
      return 'blob:pubscope-test/raw';
    });
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      savedName = this.download;
    });
    render(<StorageNotices exportStoredData={exportStoredData} />);

    act(() =>
      usePubscopeStore.getState().setSetAsideNotice({ entries: [{ key: 'ds-1', reason: 'Field "papers" is missing.' }] }),
    );
    const notices = screen.getByRole('region', { name: 'Storage notices' });
    expect(notices).toHaveTextContent(
      '1 saved dataset could not be read, so the page started with the default profile.',
    );
    expect(within(notices).getByText('ds-1 — Field "papers" is missing.')).toBeInTheDocument();

    await user.click(within(notices).getByRole('button', { name: 'Export the stored data' }));

    expect(exportStoredData).toHaveBeenCalledTimes(1);
    expect(savedName).toMatch(/^pubscope-stored-data-\d{4}-\d{2}-\d{2}\.json$/);
    expect(await savedBlob?.text()).toBe('{"format":"pubscope-raw-storage"}\n');

    await user.click(within(notices).getByRole('button', { name: 'Dismiss' }));
    expect(usePubscopeStore.getState().setAsideNotice).toBeNull();
  });
});
