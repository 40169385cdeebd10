import { act, cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';

import type { Dataset, Paper } from '../../../../src/domain/model';
import { CoauthorsPanel } from '../../../../src/features/coauthors/coauthors-panel';
import { usePubscopeStore } from '../../../../src/store/pubscope-store';
import { selectVisible } from '../../../../src/store/selectors';
import { makePaper } from '../../make-paper';
import { resetStore } from '../../sample-dataset';

const OWNER = 'Inés Varga';

function paper(title: string, authors: string[], change: Partial<Paper> = {}): Paper {
  return makePaper({ id: title, title, authors, ...change });
}

/**
 * Odile Marsh shares three papers (2019 to 2022, once as `O. Marsh`), Tomas Brenner two (2019 and 2020) and
 * Lena Okafor one (2022). One paper has the owner alone and one is undated.
 */
function buildSharedPapers(): Paper[] {
  return [
    paper('Routing Notes', ['Inés Varga', 'Odile Marsh', 'Tomas Brenner'], { published: '2019-03-01' }),
    paper('Planning Alone', ['Inés Varga'], { published: '2020-05-01' }),
    paper('Sparse Codes', ['Tomas Brenner', 'Inés Varga'], { published: '2020-07-01' }),
    paper('Dialogue Study', ['O. Marsh', 'Inés Varga'], { published: '2021-02-01' }),
    paper('Graph Survey', ['Inés Varga', 'Odile Marsh', 'Lena Okafor'], { published: '2022-11-01' }),
  ];
}

function loadRecord(papers: Paper[]): void {
  const dataset: Dataset = {
    id: 'coauthors',
    name: 'Co-author record',
    profile: { name: OWNER, reported: {} },
    papers,
    warnings: [],
    source: { format: 'pubscope-json' },
  };
  resetStore();
  usePubscopeStore.getState().addDataset(dataset);
}

async function renderPanel(papers: Paper[]) {
  loadRecord(papers);
  const user = userEvent.setup();
  render(<CoauthorsPanel />);
  // The chart loads lazily: waiting for it keeps its late render inside act().
  await waitFor(() => expect(screen.queryByText('Loading the chart…')).not.toBeInTheDocument());
  return user;
}

function getCoauthorTable(): HTMLElement {
  return screen.getByRole('table', { name: /^Co-authors by joint/ });
}

/** Returns the text of an element without the parts matching `hiddenSelector`. */
function readTextWithout(element: Element, hiddenSelector: string): string {
  const copy = element.cloneNode(true) as Element;
  copy.querySelectorAll(hiddenSelector).forEach((hidden) => hidden.remove());
  return copy.textContent?.trim() ?? '';
}

/** Returns each body row of a table as the visible text of its cells, without the words only screen readers get. */
function readRows(table: HTMLElement): string[][] {
  return [...table.querySelectorAll('tbody tr')].map((row) =>
    [...row.querySelectorAll('th, td')].map((cell) => readTextWithout(cell, '.visually-hidden')),
  );
}

function readVisibleTitles(): string[] {
  return selectVisible(usePubscopeStore.getState())
    .map((visible) => visible.title)
    .sort();
}

afterEach(() => {
  // Unmounts first: resetting the store under a mounted panel would update it outside act().
  cleanup();
  resetStore();
});

describe('CoauthorsPanel', () => {
  it('should rank co-authors by joint papers', async () => {
    await renderPanel(buildSharedPapers());

    const region = screen.getByRole('region', { name: 'Co-authors' });

    expect(within(region).getByText(/^3 people share papers with Inés Varga\./)).toBeInTheDocument();
    expect(readRows(getCoauthorTable())).toEqual([
      ['Odile Marsh', '3', '2019–2022'],
      ['Tomas Brenner', '2', '2019–2020'],
      ['Lena Okafor', '1', '2022'],
    ]);
    expect(within(getCoauthorTable()).getAllByRole('columnheader').map((header) => header.textContent)).toEqual([
      'Co-author',
      'Joint papers',
      'Years',
    ]);
  });

  it('should show undated joint papers as undated', async () => {
    await renderPanel([paper('Undated Draft', ['Inés Varga', 'Odile Marsh'])]);

    expect(screen.getByText(/^1 person shares papers with Inés Varga\./)).toBeInTheDocument();
    expect(readRows(getCoauthorTable())).toEqual([['Odile Marsh', '1', 'Undated']]);
  });

  it('should filter to joint papers on press', async () => {
    const user = await renderPanel(buildSharedPapers());
    const odile = screen.getByRole('button', { name: 'Odile Marsh' });

    expect(odile).toHaveAttribute('aria-pressed', 'false');

    await user.click(odile);

    expect(odile).toHaveAttribute('aria-pressed', 'true');
    expect(usePubscopeStore.getState().view.filters.coauthor).toBe('odile marsh');
    expect(readVisibleTitles()).toEqual(['Dialogue Study', 'Graph Survey', 'Routing Notes']);
    expect(screen.getByRole('button', { name: 'Tomas Brenner' })).toHaveAttribute('aria-pressed', 'false');
  });

  it('should switch to another co-author', async () => {
    const user = await renderPanel(buildSharedPapers());

    await user.click(screen.getByRole('button', { name: 'Odile Marsh' }));
    await user.click(screen.getByRole('button', { name: 'Tomas Brenner' }));

    expect(screen.getByRole('button', { name: 'Odile Marsh' })).toHaveAttribute('aria-pressed', 'false');
    expect(screen.getByRole('button', { name: 'Tomas Brenner' })).toHaveAttribute('aria-pressed', 'true');
    expect(readVisibleTitles()).toEqual(['Routing Notes', 'Sparse Codes']);
  });

  it('should clear the filter on second press', async () => {
    const user = await renderPanel(buildSharedPapers());
    const lena = screen.getByRole('button', { name: 'Lena Okafor' });

    await user.click(lena);

    expect(readVisibleTitles()).toEqual(['Graph Survey']);

    await user.click(lena);

    expect(lena).toHaveAttribute('aria-pressed', 'false');
    expect(usePubscopeStore.getState().view.filters.coauthor).toBeUndefined();
    expect(readVisibleTitles()).toHaveLength(5);
  });

  it('should reflect a filter set elsewhere', async () => {
    await renderPanel(buildSharedPapers());

    act(() => usePubscopeStore.getState().toggleCoauthor('tomas brenner'));

    expect(screen.getByRole('button', { name: 'Tomas Brenner' })).toHaveAttribute('aria-pressed', 'true');
  });

  it('should list ten co-authors before show all', async () => {
    const others = ['Ada', 'Bo', 'Cy', 'Di', 'Ed', 'Fay', 'Gus', 'Hal', 'Ivo', 'Jo', 'Kit', 'Lu'].map(
      (givenName) => `${givenName} Quill`,
    );
    const user = await renderPanel([paper('Large Team', ['Inés Varga', ...others], { published: '2024-01-01' })]);

    expect(readRows(getCoauthorTable()).map(([name]) => name)).toEqual(others.slice(0, 10));
    expect(screen.queryByRole('button', { name: 'Kit Quill' })).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Show all 12' }));

    expect(readRows(getCoauthorTable()).map(([name]) => name)).toEqual(others);

    await user.click(screen.getByRole('button', { name: 'Show fewer' }));

    expect(readRows(getCoauthorTable())).toHaveLength(10);
    expect(screen.getByRole('button', { name: 'Show all 12' })).toBeInTheDocument();
  });

  it('should offer no show all at ten', async () => {
    const others = ['Ada', 'Bo', 'Cy', 'Di', 'Ed', 'Fay', 'Gus', 'Hal', 'Ivo', 'Jo'].map(
      (givenName) => `${givenName} Quill`,
    );
    await renderPanel([paper('Team Paper', ['Inés Varga', ...others], { published: '2024-01-01' })]);

    expect(readRows(getCoauthorTable())).toHaveLength(10);
    expect(screen.queryByRole('button', { name: /^Show all/ })).not.toBeInTheDocument();
  });

  it('should mark counts a cut list may lower', async () => {
    const papers = [
      ...buildSharedPapers(),
      paper('Big Benchmark', ['Inés Varga', 'Odile Marsh'], { authorsTruncated: true, published: '2023-01-01' }),
    ];
    await renderPanel(papers);

    expect(readRows(getCoauthorTable())).toEqual([
      ['Odile Marsh', '4', '2019–2023'],
      ['Tomas Brenner', '2+', '2019–2020'],
      ['Lena Okafor', '1+', '2022'],
    ]);
    const [tomasCount] = within(screen.getByRole('row', { name: /^Tomas Brenner/ })).getAllByRole('cell');
    expect(readTextWithout(tomasCount as HTMLElement, '[aria-hidden="true"]')).toBe('2 or more');
    expect(
      screen.getByText('+ Some author lists in this record were cut short ("et al."), so these counts may be low.'),
    ).toBeInTheDocument();
  });

  it('should trust a full list that replaced a cut one', async () => {
    const papers = [
      ...buildSharedPapers(),
      paper('Big Benchmark', ['Inés Varga', 'Odile Marsh'], {
        authorsTruncated: true,
        fullAuthors: ['Inés Varga', 'Odile Marsh', 'Tomas Brenner', 'Lena Okafor'],
        published: '2023-01-01',
      }),
    ];
    await renderPanel(papers);

    expect(readRows(getCoauthorTable())).toEqual([
      ['Odile Marsh', '4', '2019–2023'],
      ['Tomas Brenner', '3', '2019–2023'],
      ['Lena Okafor', '2', '2022–2023'],
    ]);
    expect(screen.queryByText(/may be low/)).not.toBeInTheDocument();
  });

  it('should show no mark without cut lists', async () => {
    await renderPanel(buildSharedPapers());

    expect(screen.queryByText(/may be low/)).not.toBeInTheDocument();
    expect(readRows(getCoauthorTable()).every(([, count]) => !count?.includes('+'))).toBe(true);
  });

  it('should say so without co-authors', () => {
    loadRecord([
      paper('Planning Alone', ['Inés Varga'], { published: '2020-05-01' }),
      paper('Short Note', ['I. Varga']),
    ]);

    render(<CoauthorsPanel />);

    const region = screen.getByRole('region', { name: 'Co-authors' });
    expect(within(region).getByText('No paper in this record names another author.')).toBeInTheDocument();
    expect(within(region).queryByRole('table')).not.toBeInTheDocument();
    expect(within(region).queryByRole('button')).not.toBeInTheDocument();
  });

  it('should render nothing without a dataset', () => {
    resetStore();

    const { container } = render(<CoauthorsPanel />);

    expect(container).toBeEmptyDOMElement();
  });

  it('should render names as text', async () => {
    await renderPanel([paper('Odd Names', ['Inés Varga', '<img src=x onerror=alert(1)> Quill'])]);

    expect(screen.getByRole('button', { name: '<img src=x onerror=alert(1)> Quill' })).toBeInTheDocument();
    expect(document.querySelector('img')).toBeNull();
  });

  it('should list joint papers per year on demand', async () => {
    const user = await renderPanel(buildSharedPapers());

    expect(screen.getByRole('figure', { name: 'Joint papers per year with the top 3 co-authors' })).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Show data: joint papers per year' }));

    const table = screen.getByRole('table', { name: /^Joint \w+ per year$/ });
    expect(within(table).getAllByRole('columnheader').map((header) => header.textContent)).toEqual([
      'Year',
      'Odile Marsh',
      'Tomas Brenner',
      'Lena Okafor',
    ]);
    expect(readRows(table)).toEqual([
      ['2019', '1', '1', '0'],
      ['2020', '0', '1', '0'],
      ['2021', '1', '0', '0'],
      ['2022', '1', '0', '1'],
    ]);
  });
});
