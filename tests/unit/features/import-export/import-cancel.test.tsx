import { act, cleanup, screen, within } from '@testing-library/react';

import type * as ImportClient from '../../../../src/adapters/workers/import-client';
import type { ImportJobOptions } from '../../../../src/adapters/workers/import-client';
import type { ImportResult } from '../../../../src/domain/importers/import-outcome';
import { usePubscopeStore } from '../../../../src/store/pubscope-store';
import { resetStore } from '../../sample-dataset';
import { openImportDialog, pasteText, renderImportExport } from './render-import-export';

/** A stand-in for the worker job that settles only when the test settles it, so that the dialog can be seen mid-import. */
const fakeJob = vi.hoisted(() => ({
  options: undefined as ImportJobOptions | undefined,
  settle: (_result: ImportResult) => {},
  cancel: vi.fn(),
}));

vi.mock('../../../../src/adapters/workers/import-client', async (importOriginal) => {
  const original = await importOriginal<typeof ImportClient>();
  return {
    ...original,
    startImport: (_source: unknown, _fileName: unknown, options: ImportJobOptions) => {
      fakeJob.options = options;
      const result = new Promise<ImportResult>((resolve) => (fakeJob.settle = resolve));
      fakeJob.cancel.mockImplementation(() => fakeJob.settle({ ok: false, error: original.CANCELLED_MESSAGE }));
      return { result, cancel: fakeJob.cancel };
    },
  };
});

afterEach(() => {
  cleanup();
  resetStore();
  fakeJob.cancel.mockReset();
});

async function startSlowImport() {
  const { user } = renderImportExport();
  const dialog = await openImportDialog(user);
  await pasteText(user, 'title\nA paper\n');
  await user.click(within(dialog).getByRole('button', { name: 'Import' }));
  return { user, dialog };
}

describe('ImportDialog while importing', () => {
  it('should show progress as a percentage', async () => {
    const { dialog } = await startSlowImport();

    const progress = within(dialog).getByRole('progressbar', { name: 'Import progress' });
    expect(progress).toHaveAttribute('value', '0');
    expect(within(dialog).getByRole('button', { name: 'Cancel' })).toHaveFocus();
    expect(within(dialog).getByRole('textbox', { name: 'Or paste text' })).toBeDisabled();

    act(() => fakeJob.options?.onProgress?.(0.425));
    expect(progress).toHaveAttribute('value', '43');
    expect(progress).toHaveTextContent('43%');
  });

  it('should cancel and import nothing', async () => {
    const { user, dialog } = await startSlowImport();
    const before = usePubscopeStore.getState().datasets;

    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));

    expect(fakeJob.cancel).toHaveBeenCalledTimes(1);
    expect(await within(dialog).findByText('Import cancelled. Nothing was imported.')).toBeInTheDocument();
    expect(within(dialog).queryByRole('progressbar')).not.toBeInTheDocument();
    expect(within(dialog).getByRole('button', { name: 'Import' })).toHaveFocus();
    expect(usePubscopeStore.getState().datasets).toBe(before);
  });

  it('should cancel the import when the dialog closes', async () => {
    const { user } = await startSlowImport();

    await user.keyboard('{Escape}');

    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(fakeJob.cancel).toHaveBeenCalled();
    expect(usePubscopeStore.getState().datasets.map((dataset) => dataset.id)).toEqual(['sample']);
  });
});
