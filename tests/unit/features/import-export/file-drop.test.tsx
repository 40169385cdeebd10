import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';

import { usePubscopeStore } from '../../../../src/store/pubscope-store';
import { resetStore } from '../../sample-dataset';
import { createUiFixtureFile, readActiveDataset, renderImportExport } from './render-import-export';

function fileTransfer(files: File[]) {
  return { types: ['Files'], files, dropEffect: 'none' };
}

afterEach(() => {
  cleanup();
  resetStore();
});

describe('dropping files on the page', () => {
  it('should show the overlay while files are dragged over', () => {
    renderImportExport();

    fireEvent.dragEnter(window, { dataTransfer: fileTransfer([]) });
    expect(screen.getByText('Drop the file to import it')).toBeInTheDocument();

    fireEvent.dragLeave(window, { dataTransfer: fileTransfer([]) });
    expect(screen.queryByText('Drop the file to import it')).not.toBeInTheDocument();
  });

  it('should ignore drags without files', () => {
    renderImportExport();
    const textTransfer = { types: ['text/plain'], files: [] };

    fireEvent.dragEnter(window, { dataTransfer: textTransfer });
    const drop = fireEvent.drop(window, { dataTransfer: textTransfer });

    expect(screen.queryByText('Drop the file to import it')).not.toBeInTheDocument();
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(drop).toBe(true);
  });

  it('should import a dropped file at once', async () => {
    renderImportExport();
    const file = createUiFixtureFile('refs.bib');

    fireEvent.dragEnter(window, { dataTransfer: fileTransfer([file]) });
    fireEvent.drop(window, { dataTransfer: fileTransfer([file]) });

    expect(screen.queryByText('Drop the file to import it')).not.toBeInTheDocument();
    await waitFor(() => expect(readActiveDataset()?.name).toBe('refs'));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('Imported 2 papers from refs.bib');
  });

  it('should keep the dialog open for a dropped broken file', async () => {
    renderImportExport();
    const before = usePubscopeStore.getState().datasets;

    fireEvent.drop(window, { dataTransfer: fileTransfer([createUiFixtureFile('broken.csv')]) });

    const dialog = await screen.findByRole('dialog', { name: 'Import data' });
    expect(await within(dialog).findByRole('alert')).toHaveTextContent('Nothing was imported from broken.csv.');
    expect(within(dialog).getByText('broken.csv')).toBeInTheDocument();
    expect(usePubscopeStore.getState().datasets).toBe(before);
  });

  it('should import only the first of several files', async () => {
    renderImportExport();

    fireEvent.drop(window, {
      dataTransfer: fileTransfer([createUiFixtureFile('broken.csv'), createUiFixtureFile('refs.csv')]),
    });

    const dialog = await screen.findByRole('dialog', { name: 'Import data' });
    expect(within(dialog).getByText(/You dropped 2 files; Pubscope imports one file at a time, so only broken\.csv is/)).toBeInTheDocument();
  });
});
