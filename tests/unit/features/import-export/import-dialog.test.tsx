import { cleanup, screen, waitFor, within } from '@testing-library/react';

import { usePubscopeStore } from '../../../../src/store/pubscope-store';
import { resetStore } from '../../sample-dataset';
import {
  createUiFixtureFile,
  openImportDialog,
  pasteText,
  readActiveDataset,
  readDatasetNames,
  readUiFixture,
  renderImportExport,
} from './render-import-export';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

afterEach(() => {
  cleanup();
  resetStore();
});

describe('ImportDialog', () => {
  it('should open as a labelled dialog with focus on the file input', async () => {
    const { user } = renderImportExport();

    const dialog = await openImportDialog(user);

    expect(dialog).toHaveAttribute('open');
    expect(within(dialog).getByLabelText('Choose a file')).toHaveFocus();
    expect(within(dialog).getByRole('textbox', { name: 'Or paste text' })).toBeInTheDocument();
    expect(within(dialog).getByRole('combobox', { name: 'Format' })).toHaveDisplayValue('Auto-detect');
    expect(within(dialog).getByRole('radio', { name: 'Import as a new dataset' })).toBeChecked();
    expect(within(dialog).getByRole('radio', { name: 'Add to Sample record' })).not.toBeChecked();
    expect(
      within(dialog).getByText('Limits: files up to 200 MB, 1,000,000 papers, 100,000 characters per field.'),
    ).toBeInTheDocument();
  });

  it('should list every format after Auto-detect', async () => {
    const { user } = renderImportExport();

    const dialog = await openImportDialog(user);
    const options = within(within(dialog).getByRole('combobox', { name: 'Format' })).getAllByRole('option');

    expect(options.map((option) => option.textContent)).toEqual([
      'Auto-detect',
      'Profile page text',
      'Pubscope JSON',
      'CSV',
      'BibTeX',
      'OpenAlex works JSON',
      'arXiv API Atom feed',
    ]);
  });

  it('should add pasted CSV as the active dataset', async () => {
    const { user } = renderImportExport();
    await openImportDialog(user);

    await pasteText(user, readUiFixture('refs.csv'));
    await user.click(screen.getByRole('button', { name: 'Import' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    const active = readActiveDataset();
    expect(active?.id).toMatch(UUID);
    expect(active?.name).toBe('Imported papers');
    expect(active?.papers.map((paper) => paper.title)).toEqual([
      'Sparse Routing for Mixture Models',
      'Dialogue Agents That Ask',
      'Planning, Fast and Slow',
    ]);
    expect(readDatasetNames()).toEqual(['Sample record', 'Imported papers']);
    expect(screen.getByRole('status')).toHaveTextContent('Imported 3 papers from pasted text (0 duplicates merged, 0 skipped)');
    expect(screen.getByRole('button', { name: 'Import data' })).toHaveFocus();
  });

  it('should show the failure and keep the store as it was', async () => {
    const { user } = renderImportExport();
    const before = usePubscopeStore.getState().datasets;
    const dialog = await openImportDialog(user);

    await user.selectOptions(within(dialog).getByRole('combobox', { name: 'Format' }), 'CSV');
    await pasteText(user, readUiFixture('broken.csv'));
    await user.click(within(dialog).getByRole('button', { name: 'Import' }));

    const alert = await within(dialog).findByRole('alert');
    expect(alert).toHaveTextContent('Nothing was imported from pasted text.');
    expect(alert).toHaveTextContent('Line 2, column 1: a quoted value starts here but is never closed');
    expect(usePubscopeStore.getState().datasets).toBe(before);
    expect(usePubscopeStore.getState().activeDatasetId).toBe('sample');
    expect(within(dialog).getByRole('button', { name: 'Import' })).toHaveFocus();
  });

  it('should show the message for pasted garbage', async () => {
    const { user } = renderImportExport();
    const before = usePubscopeStore.getState().datasets;
    const dialog = await openImportDialog(user);

    await pasteText(user, '{"this is": not json');
    await user.click(within(dialog).getByRole('button', { name: 'Import' }));

    const alert = await within(dialog).findByRole('alert');
    expect(alert.textContent).toMatch(/Nothing was imported from pasted text\..+/);
    expect(usePubscopeStore.getState().datasets).toBe(before);
  });

  it('should ask for a source before importing', async () => {
    const { user } = renderImportExport();
    const dialog = await openImportDialog(user);

    await user.click(within(dialog).getByRole('button', { name: 'Import' }));

    const alert = within(dialog).getByRole('alert');
    expect(alert).toHaveTextContent(/^Nothing was imported\./);
    expect(alert).toHaveTextContent('Choose a file or paste text to import.');
  });

  it('should import a chosen BibTeX file', async () => {
    const { user } = renderImportExport();
    const dialog = await openImportDialog(user);

    await user.upload(within(dialog).getByLabelText('Choose a file'), createUiFixtureFile('refs.bib'));
    expect(within(dialog).getByText('refs.bib')).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Import' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    const active = readActiveDataset();
    expect(active?.name).toBe('refs');
    expect(active?.source).toEqual({ format: 'bibtex', fileName: 'refs.bib' });
    expect(active?.papers.map((paper) => paper.title)).toEqual([
      'Sparse Routing for Mixture Models',
      'Graph Sketches for Citation Networks',
    ]);
    expect(screen.getByRole('status')).toHaveTextContent('Imported 2 papers from refs.bib (0 duplicates merged, 0 skipped)');
  });

  it('should prefer the chosen file over pasted text', async () => {
    const { user } = renderImportExport();
    const dialog = await openImportDialog(user);

    await pasteText(user, 'not a paper list');
    await user.upload(within(dialog).getByLabelText('Choose a file'), createUiFixtureFile('refs.csv'));

    expect(within(dialog).getByText(/the pasted text is ignored/)).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Import' }));
    await waitFor(() => expect(readActiveDataset()?.name).toBe('refs'));
  });

  it('should offer to skip unreadable records', async () => {
    const { user } = renderImportExport();
    const before = usePubscopeStore.getState().datasets;
    const dialog = await openImportDialog(user);

    await user.upload(within(dialog).getByLabelText('Choose a file'), createUiFixtureFile('refs-with-bad-rows.csv'));
    await user.click(within(dialog).getByRole('button', { name: 'Import' }));

    expect(await within(dialog).findByText('2 papers can be imported; 2 records could not be read:')).toBeInTheDocument();
    const skipped = within(dialog).getByRole('list', { name: 'Records that could not be read' });
    expect(within(skipped).getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      'line 3 — Column "title" is empty; every paper needs a title.',
      'line 5 — Column "date": expected a date written yyyy, yyyy-mm or yyyy-mm-dd, found "2024-13-40".',
    ]);
    expect(usePubscopeStore.getState().datasets).toBe(before);
    const importGood = within(dialog).getByRole('button', { name: 'Import the 2 good ones, skip 2' });
    expect(importGood).toHaveFocus();

    await user.click(importGood);

    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(readActiveDataset()?.papers.map((paper) => paper.title)).toEqual([
      'Sparse Routing for Mixture Models',
      'Planning Under Uncertainty',
    ]);
    expect(screen.getByRole('status')).toHaveTextContent(
      'Imported 2 papers from refs-with-bad-rows.csv (0 duplicates merged, 2 skipped)',
    );
  });

  it('should import nothing when the offer is cancelled', async () => {
    const { user } = renderImportExport();
    const before = usePubscopeStore.getState().datasets;
    const dialog = await openImportDialog(user);

    await user.upload(within(dialog).getByLabelText('Choose a file'), createUiFixtureFile('refs-with-bad-rows.csv'));
    await user.click(within(dialog).getByRole('button', { name: 'Import' }));
    await user.click(await within(dialog).findByRole('button', { name: 'Cancel' }));

    expect(within(dialog).getByText('Nothing was imported.')).toBeInTheDocument();
    expect(within(dialog).getByRole('button', { name: 'Import' })).toHaveFocus();
    expect(within(dialog).getByText('refs-with-bad-rows.csv')).toBeInTheDocument();
    expect(usePubscopeStore.getState().datasets).toBe(before);
  });

  it('should read the text in the chosen format', async () => {
    const { user } = renderImportExport();
    const dialog = await openImportDialog(user);
    // Auto-detect reads this as profile page text, because the first line is Excel's separator line.
    const semicolonCsv = 'sep=;\ntitle;authors\nDialogue Agents That Ask;Wei Zhang\n';

    await pasteText(user, semicolonCsv);
    await user.click(within(dialog).getByRole('button', { name: 'Import' }));
    expect(await within(dialog).findByRole('alert')).toBeInTheDocument();

    await user.selectOptions(within(dialog).getByRole('combobox', { name: 'Format' }), 'CSV');
    expect(within(dialog).queryByRole('alert')).not.toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Import' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(readActiveDataset()?.source.format).toBe('csv');
    expect(readActiveDataset()?.papers.map((paper) => paper.title)).toEqual(['Dialogue Agents That Ask']);
  });

  it('should merge into the dataset on screen', async () => {
    const { user, dataset } = renderImportExport();
    const dialog = await openImportDialog(user);

    await user.click(within(dialog).getByRole('radio', { name: 'Add to Sample record' }));
    await pasteText(user, readUiFixture('refs.csv'));
    await user.click(within(dialog).getByRole('button', { name: 'Import' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(readDatasetNames()).toEqual(['Sample record']);
    expect(readActiveDataset()?.id).toBe('sample');
    // The arXiv id of the first row and the title and year of the second are already in the sample dataset.
    expect(readActiveDataset()?.papers).toHaveLength(dataset.papers.length + 1);
    expect(screen.getByRole('status')).toHaveTextContent('Imported 3 papers from pasted text (2 duplicates merged, 0 skipped)');
  });

  it('should close on Escape and return focus', async () => {
    const { user } = renderImportExport();
    await openImportDialog(user);

    await user.keyboard('{Escape}');

    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Import data' })).toHaveFocus();
  });

  it('should show names from data as text', async () => {
    const { user } = renderImportExport();
    const dialog = await openImportDialog(user);
    const fileName = '<img src=x onerror=alert(1)>.csv';

    await user.upload(within(dialog).getByLabelText('Choose a file'), new File([readUiFixture('refs.csv')], fileName));
    await user.click(within(dialog).getByRole('button', { name: 'Import' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(screen.getByRole('option', { name: '<img src=x onerror=alert(1)>' })).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent(`from ${fileName}`);
    expect(document.querySelector('img')).toBeNull();
  });

  it('should list the warnings in the toast', async () => {
    const { user } = renderImportExport();
    await openImportDialog(user);

    await pasteText(user, 'title,authors,shelf\nDialogue Agents That Ask,Wei Zhang,B4\n');
    await user.click(screen.getByRole('button', { name: 'Import' }));

    const status = await screen.findByRole('status');
    await waitFor(() => expect(status).toHaveTextContent('Imported 1 paper from pasted text'));
    await user.click(within(status).getByText('1 warning'));
    expect(within(status).getByRole('listitem')).toHaveTextContent('Unknown columns ignored: ');
  });
});
