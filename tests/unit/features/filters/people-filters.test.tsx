import { act, cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';

import type { Dataset, Paper } from '../../../../src/domain/model';
import { nameKey } from '../../../../src/domain/people/person-names';
import { PeopleFilters } from '../../../../src/features/filters/people-filters';
import { usePubscopeStore } from '../../../../src/store/pubscope-store';
import { selectVisible } from '../../../../src/store/selectors';
import { makePaper } from '../../make-paper';
import { resetStore } from '../../sample-dataset';

const OWNER = 'Inés Varga';

function paper(title: string, authors: string[], change: Partial<Paper> = {}): Paper {
  return makePaper({ id: title, title, authors, published: '2023-01-01', ...change });
}

/** Builds one paper per place of the owner, titled by that place. */
function buildPapers(): Paper[] {
  return [
    paper('First', ['Inés Varga', 'Odile Marsh', 'Tomas Brenner']),
    paper('Sole', ['Inés Varga']),
    paper('Middle', ['O. Marsh', 'Ines Varga', 'Lena Okafor']),
    paper('Last', ['Tomas Brenner', 'I. Varga']),
    // The owner is listed last, but the list was cut, so more authors follow.
    paper('Last Before Cut', ['Odile Marsh', 'Inés Varga'], { authorsTruncated: true }),
    paper('First Of Cut', ['Inés Varga', 'Lena Okafor'], { authorsTruncated: true }),
    paper('Not Listed', ['Odile Marsh', 'Xanthe Wren']),
  ];
}

function loadRecord(papers: Paper[] = buildPapers()): void {
  const dataset: Dataset = {
    id: 'people',
    name: 'People record',
    profile: { name: OWNER, reported: {} },
    papers,
    warnings: [],
    source: { format: 'pubscope-json' },
  };
  resetStore();
  usePubscopeStore.getState().addDataset(dataset);
}

function renderFilters() {
  loadRecord();
  const user = userEvent.setup();
  render(<PeopleFilters />);
  return user;
}

function readFilters() {
  return usePubscopeStore.getState().view.filters;
}

function readVisibleTitles(): string[] {
  return selectVisible(usePubscopeStore.getState())
    .map((visible) => visible.title)
    .sort();
}

function getPlaceSelect(): HTMLElement {
  return screen.getByRole('combobox', { name: "Owner's place" });
}

afterEach(() => {
  // Unmounts first: resetting the store under mounted filters would update them outside act().
  cleanup();
  resetStore();
});

describe('PeopleFilters', () => {
  it('should offer any, first and last place', () => {
    renderFilters();

    const options = within(getPlaceSelect()).getAllByRole('option');

    expect(options.map((option) => option.textContent)).toEqual(['Any place', 'First author', 'Last author']);
    expect(getPlaceSelect()).toHaveDisplayValue('Any place');
    expect(readVisibleTitles()).toHaveLength(7);
  });

  it('should narrow to first-author papers', async () => {
    const user = renderFilters();

    await user.selectOptions(getPlaceSelect(), 'First author');

    expect(readFilters().authorship).toBe('first');
    expect(getPlaceSelect()).toHaveDisplayValue('First author');
    expect(readVisibleTitles()).toEqual(['First', 'First Of Cut', 'Sole']);
  });

  it('should narrow to last-author papers', async () => {
    const user = renderFilters();

    await user.selectOptions(getPlaceSelect(), 'Last author');

    expect(readFilters().authorship).toBe('last');
    expect(readVisibleTitles()).toEqual(['Last', 'Sole']);
  });

  it('should show every paper for any place', async () => {
    const user = renderFilters();

    await user.selectOptions(getPlaceSelect(), 'Last author');
    await user.selectOptions(getPlaceSelect(), 'Any place');

    expect(readFilters().authorship).toBeUndefined();
    expect(readVisibleTitles()).toHaveLength(7);
  });

  it('should show a place set elsewhere', () => {
    renderFilters();

    act(() => usePubscopeStore.getState().setAuthorship('last'));

    expect(getPlaceSelect()).toHaveDisplayValue('Last author');
  });

  it('should show no chip without a co-author', () => {
    renderFilters();

    expect(screen.queryByRole('button')).not.toBeInTheDocument();
  });

  it('should show the chosen co-author as a chip', () => {
    renderFilters();

    act(() => usePubscopeStore.getState().toggleCoauthor('odile marsh'));

    const chip = screen.getByRole('button', { name: 'Remove co-author Odile Marsh filter' });
    expect(chip).toHaveTextContent('With: Odile Marsh');
    expect(readVisibleTitles()).toEqual(['First', 'Last Before Cut', 'Middle', 'Not Listed']);
  });

  it('should remove the co-author filter', async () => {
    const user = renderFilters();
    act(() => usePubscopeStore.getState().toggleCoauthor('odile marsh'));

    await user.click(screen.getByRole('button', { name: 'Remove co-author Odile Marsh filter' }));

    expect(readFilters().coauthor).toBeUndefined();
    expect(screen.queryByRole('button', { name: /^Remove co-author/ })).not.toBeInTheDocument();
    expect(readVisibleTitles()).toHaveLength(7);
  });

  it('should keep the place when removing the co-author', async () => {
    const user = renderFilters();
    act(() => usePubscopeStore.getState().toggleCoauthor('tomas brenner'));

    await user.selectOptions(getPlaceSelect(), 'First author');

    expect(readVisibleTitles()).toEqual(['First']);

    await user.click(screen.getByRole('button', { name: 'Remove co-author Tomas Brenner filter' }));

    expect(readFilters().authorship).toBe('first');
    expect(readVisibleTitles()).toEqual(['First', 'First Of Cut', 'Sole']);
  });

  it('should show an unknown co-author by id', () => {
    renderFilters();

    act(() => usePubscopeStore.getState().toggleCoauthor('quentin ashby'));

    expect(screen.getByRole('button', { name: 'Remove co-author quentin ashby filter' })).toHaveTextContent(
      'With: quentin ashby',
    );
    expect(readVisibleTitles()).toEqual([]);
  });

  it('should render a co-author name as text', () => {
    const name = '<b>Bold</b> Quill';
    loadRecord([paper('Odd Names', ['Inés Varga', name])]);
    render(<PeopleFilters />);

    act(() => usePubscopeStore.getState().toggleCoauthor(nameKey(name)));

    expect(screen.getByRole('button', { name: `Remove co-author ${name} filter` })).toHaveTextContent(`With: ${name}`);
    expect(document.querySelector('b')).toBeNull();
    expect(readVisibleTitles()).toEqual(['Odd Names']);
  });
});
