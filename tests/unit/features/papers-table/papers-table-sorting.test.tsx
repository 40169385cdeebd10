import { act, cleanup, screen } from '@testing-library/react';

import { usePubscopeStore } from '../../../../src/store/pubscope-store';
import { createSampleDataset, loadSampleDataset, resetStore } from '../../sample-dataset';
import { getColumnHeader, readTitleOrder, renderPapersTable } from './render-papers-table';

const SPARSE = 'Sparse Routing for Mixture Models';
const DIALOGUE = 'Dialogue Agents That Ask';
const PLANNING = 'Planning Under Uncertainty';
const XSS = '<img src=x onerror=alert(1)>';
const UNDATED = 'Notes on Evaluation';

const SORTABLE_HEADERS = ['Title', 'Category', 'Date', 'Score'];

function readAriaSort(): Record<string, string | null> {
  return Object.fromEntries(SORTABLE_HEADERS.map((name) => [name, getColumnHeader(name).getAttribute('aria-sort')]));
}

beforeEach(() => {
  loadSampleDataset();
});

afterEach(() => {
  // Unmount before the reset, so that the reset does not re-render a table outside act().
  cleanup();
  resetStore();
});

describe('paper table sorting', () => {
  it('should sort newest first by default', () => {
    renderPapersTable();

    expect(readTitleOrder()).toEqual([DIALOGUE, XSS, SPARSE, PLANNING, UNDATED]);
    expect(readAriaSort()).toEqual({ Title: 'none', Category: 'none', Date: 'descending', Score: 'none' });
    expect(screen.getByRole('button', { name: 'Date' })).toHaveTextContent('▼');
  });

  it('should sort oldest first on click', async () => {
    const { user } = renderPapersTable();

    await user.click(screen.getByRole('button', { name: 'Date' }));

    expect(readTitleOrder()).toEqual([PLANNING, SPARSE, XSS, DIALOGUE, UNDATED]);
    expect(getColumnHeader('Date')).toHaveAttribute('aria-sort', 'ascending');
    expect(screen.getByRole('button', { name: 'Date' })).toHaveTextContent('▲');
  });

  it('should sort by title both ways', async () => {
    const { user } = renderPapersTable();

    await user.click(screen.getByRole('button', { name: 'Title' }));

    expect(readTitleOrder()).toEqual([XSS, DIALOGUE, UNDATED, PLANNING, SPARSE]);
    expect(readAriaSort()).toEqual({ Title: 'ascending', Category: 'none', Date: 'none', Score: 'none' });

    await user.click(screen.getByRole('button', { name: 'Title' }));

    expect(readTitleOrder()).toEqual([SPARSE, PLANNING, UNDATED, DIALOGUE, XSS]);
    expect(getColumnHeader('Title')).toHaveAttribute('aria-sort', 'descending');
  });

  it('should sort by category from keyboard', async () => {
    const { user } = renderPapersTable();
    screen.getByRole('button', { name: 'Category' }).focus();

    await user.keyboard('{Enter}');

    expect(readTitleOrder()).toEqual([PLANNING, DIALOGUE, UNDATED, SPARSE, XSS]);
    expect(getColumnHeader('Category')).toHaveAttribute('aria-sort', 'ascending');

    await user.keyboard(' ');

    expect(readTitleOrder()).toEqual([SPARSE, XSS, DIALOGUE, UNDATED, PLANNING]);
    expect(getColumnHeader('Category')).toHaveAttribute('aria-sort', 'descending');
  });

  it('should sort unscored papers last in both directions', async () => {
    const { user } = renderPapersTable();
    screen.getByRole('button', { name: 'Score' }).focus();

    await user.keyboard('{Enter}');

    expect(readTitleOrder()).toEqual([SPARSE, PLANNING, DIALOGUE, XSS, UNDATED]);
    expect(getColumnHeader('Score')).toHaveAttribute('aria-sort', 'descending');

    await user.keyboard('{Enter}');

    expect(readTitleOrder()).toEqual([PLANNING, SPARSE, DIALOGUE, XSS, UNDATED]);
    expect(getColumnHeader('Score')).toHaveAttribute('aria-sort', 'ascending');
  });

  it('should sort in source order from select', async () => {
    const { user } = renderPapersTable();

    await user.selectOptions(screen.getByRole('combobox', { name: 'Sort by' }), 'Source order');

    expect(readTitleOrder()).toEqual([SPARSE, DIALOGUE, PLANNING, XSS, UNDATED]);
    expect(readAriaSort()).toEqual({ Title: 'none', Category: 'none', Date: 'none', Score: 'none' });
    expect(usePubscopeStore.getState().view.sort).toEqual({ key: 'source', direction: 'asc' });

    await user.selectOptions(screen.getByRole('combobox', { name: 'Sort by' }), 'Source order, reversed');

    expect(readTitleOrder()).toEqual([UNDATED, XSS, PLANNING, DIALOGUE, SPARSE]);
  });

  it('should show header sort in select', async () => {
    const { user } = renderPapersTable();

    await user.click(screen.getByRole('button', { name: 'Score' }));

    expect(screen.getByRole('combobox', { name: 'Sort by' })).toHaveDisplayValue('Score, highest first');
  });

  it('should leave Authors and Code unsortable', () => {
    renderPapersTable();

    expect(getColumnHeader('Authors')).not.toHaveAttribute('aria-sort');
    expect(getColumnHeader('Code')).not.toHaveAttribute('aria-sort');
    expect(screen.queryByRole('button', { name: 'Authors' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Code' })).not.toBeInTheDocument();
  });
});

describe('paper table empty state', () => {
  it('should show message when search matches nothing', () => {
    usePubscopeStore.getState().setSearch('no paper has this phrase');
    renderPapersTable();

    expect(screen.queryAllByRole('rowheader')).toHaveLength(0);
    expect(screen.getByRole('cell', { name: 'No paper matches the current filters.' })).toBeInTheDocument();
    expect(screen.getByText('Showing 0 of 5')).toBeInTheDocument();
  });

  it('should show message without a dataset', () => {
    resetStore();
    renderPapersTable();

    expect(screen.getByRole('cell', { name: 'No papers loaded yet.' })).toBeInTheDocument();
  });

  it('should show papers again after clearing search', async () => {
    usePubscopeStore.getState().setSearch('no paper has this phrase');
    renderPapersTable();

    act(() => usePubscopeStore.getState().setSearch(''));

    expect(await screen.findAllByRole('rowheader')).toHaveLength(5);
    expect(screen.queryByText('No paper matches the current filters.')).not.toBeInTheDocument();
  });
});

describe('PapersTable citations column', () => {
  it('should appear and sort when papers carry citations', async () => {
    const dataset = createSampleDataset();
    dataset.papers = dataset.papers.map((paper, position) => ({
      ...paper,
      citations: position === 2 ? undefined : position * 10,
    }));
    resetStore();
    usePubscopeStore.getState().addDataset(dataset);
    const { user } = renderPapersTable();

    await user.click(screen.getByRole('button', { name: /^Citations/ }));

    expect(getColumnHeader('Citations')).toHaveAttribute('aria-sort', 'descending');
    expect(readTitleOrder()).toEqual([UNDATED, XSS, DIALOGUE, SPARSE, PLANNING]);
  });

  it('should stay hidden without citations', () => {
    renderPapersTable();

    expect(screen.queryByRole('columnheader', { name: /Citations/ })).not.toBeInTheDocument();
  });
});
