import { act, cleanup, screen, within } from '@testing-library/react';

import { usePubscopeStore } from '../../../../src/store/pubscope-store';
import { createSampleDataset, loadSampleDataset, resetStore } from '../../sample-dataset';
import { renderPapersTable } from './render-papers-table';

const SPARSE = 'Sparse Routing for Mixture Models';
const PLANNING = 'Planning Under Uncertainty';

function getDetails(title: string): HTMLElement {
  return screen.getByRole('region', { name: `Details of ${title}` });
}

afterEach(() => {
  cleanup();
  resetStore();
});

describe('paper details', () => {
  beforeEach(() => {
    loadSampleDataset();
  });

  it('should start with rows closed', () => {
    renderPapersTable();

    expect(screen.getByRole('button', { name: SPARSE })).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByRole('region', { name: /^Details of/ })).not.toBeInTheDocument();
  });

  it('should open on title click', async () => {
    const { user } = renderPapersTable();
    const titleButton = screen.getByRole('button', { name: SPARSE });

    await user.click(titleButton);

    expect(titleButton).toHaveAttribute('aria-expanded', 'true');
    expect(titleButton).toHaveAttribute('aria-controls', getDetails(SPARSE).closest('tr')?.id);
    expect(within(getDetails(SPARSE)).getByText('We reach 8% gains with “sparse routing”.')).toBeInTheDocument();
  });

  it('should span every column', async () => {
    const { user } = renderPapersTable();

    await user.click(screen.getByRole('button', { name: SPARSE }));

    const columnCount = screen.getAllByRole('columnheader').length;

    expect(columnCount).toBe(7);
    expect(getDetails(SPARSE).closest('td')).toHaveAttribute('colspan', String(columnCount));
  });

  it('should show the full author list', async () => {
    const { user } = renderPapersTable();

    await user.click(screen.getByRole('button', { name: SPARSE }));

    const authors = within(getDetails(SPARSE)).getByText(/Priya Raman/);
    expect(authors).toHaveTextContent(/^Ana Sousa, Wei Zhang, José Ortega, Priya Raman$/);
    expect(within(authors).getByText('Ana Sousa').tagName).toBe('MARK');
  });

  it('should show affiliations and links', async () => {
    const { user } = renderPapersTable();

    await user.click(screen.getByRole('button', { name: SPARSE }));

    const details = within(getDetails(SPARSE));
    const arxivLink = details.getByRole('link', { name: 'arXiv:2401.00001' });
    const codeLink = details.getByRole('link', { name: 'https://github.com/example/sparse-routing' });
    expect(details.getByText('univ-a')).toBeInTheDocument();
    expect(arxivLink).toHaveAttribute('href', 'https://arxiv.org/abs/2401.00001');
    expect(arxivLink).toHaveAttribute('target', '_blank');
    expect(arxivLink).toHaveAttribute('rel', 'noopener noreferrer');
    expect(codeLink).toHaveAttribute('target', '_blank');
    expect(codeLink).toHaveAttribute('rel', 'noopener noreferrer');
  });

  it('should open with Enter and close with Space', async () => {
    const { user } = renderPapersTable();
    const titleButton = screen.getByRole('button', { name: PLANNING });
    titleButton.focus();

    await user.keyboard('{Enter}');

    expect(titleButton).toHaveAttribute('aria-expanded', 'true');
    expect(getDetails(PLANNING)).toBeInTheDocument();

    await user.keyboard(' ');

    expect(titleButton).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByRole('region', { name: `Details of ${PLANNING}` })).not.toBeInTheDocument();
  });

  it('should not link a javascript code URL', async () => {
    const { user } = renderPapersTable();

    await user.click(screen.getByRole('button', { name: PLANNING }));

    const details = within(getDetails(PLANNING));
    expect(details.queryByRole('link')).not.toBeInTheDocument();
    expect(details.getByText(/link is not a web address/)).toBeInTheDocument();
    expect(details.getByText('No abstract in this record.')).toBeInTheDocument();
  });

  it('should keep several rows open at once', async () => {
    const { user } = renderPapersTable();

    await user.click(screen.getByRole('button', { name: SPARSE }));
    await user.click(screen.getByRole('button', { name: PLANNING }));

    expect(getDetails(SPARSE)).toBeInTheDocument();
    expect(getDetails(PLANNING)).toBeInTheDocument();
  });

  it('should stay open after sorting', async () => {
    const { user } = renderPapersTable();

    await user.click(screen.getByRole('button', { name: SPARSE }));
    // The table schedules its reset of open rows in a microtask, which the async act() lets run.
    await act(async () => usePubscopeStore.getState().toggleSort('title'));

    expect(screen.getByRole('button', { name: SPARSE })).toHaveAttribute('aria-expanded', 'true');
    expect(getDetails(SPARSE)).toBeInTheDocument();
  });

  it('should place details below the row', async () => {
    const { user } = renderPapersTable();

    await user.click(screen.getByRole('button', { name: SPARSE }));

    const titleRow = screen.getByRole('rowheader', { name: SPARSE }).closest('tr');
    expect(titleRow?.nextElementSibling).toBe(getDetails(SPARSE).closest('tr'));
  });
});

describe('paper details without a full author list', () => {
  it('should add et al. to listed authors', async () => {
    const dataset = createSampleDataset();
    dataset.papers[0] = { ...dataset.papers[0]!, fullAuthors: undefined };
    resetStore();
    usePubscopeStore.getState().addDataset(dataset);
    const { user } = renderPapersTable();

    await user.click(screen.getByRole('button', { name: SPARSE }));

    expect(within(getDetails(SPARSE)).getByText(/José Ortega/)).toHaveTextContent(
      /^Ana Sousa, Wei Zhang, José Ortega et al\.$/,
    );
  });
});
