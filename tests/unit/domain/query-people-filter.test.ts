import type { Paper } from '../../../src/domain/model';
import { createPaperPredicate, selectVisiblePositions } from '../../../src/domain/query/filter';
import { buildPaperIndex, type PaperIndex } from '../../../src/domain/query/paper-index';
import { rankCoauthors } from '../../../src/domain/people/coauthors';
import { createDefaultFilters, type FilterState, type SortState } from '../../../src/domain/query/view-state';
import { makePaper } from '../make-paper';

const OWNER = 'Inés Varga';
const ODILE = 'odile marsh';
const TOMAS = 'tomas brenner';

function paper(id: string, sourceIndex: number, authors: string[], change: Partial<Paper> = {}): Paper {
  return makePaper({ id, title: id, sourceIndex, authors, published: '2023-01-01', ...change });
}

/** Builds one paper per place of the owner, with that place as its id, in a source order unlike any sorted order. */
function buildPapers(): Paper[] {
  return [
    paper('not-listed', 0, ['Xanthe Wren', 'Tomas Brenner']),
    paper('last', 1, ['Odile Marsh', 'Tomas Brenner', 'I. Varga'], { published: '2021-09-15' }),
    paper('middle-3rd-of-4', 2, ['Xanthe Wren', 'Odile Marsh', 'Ines Varga', 'Lena Okafor']),
    paper('in-cut-part', 3, ['Odile Marsh', 'Xanthe Wren'], { authorsTruncated: true }),
    paper('sole', 4, ['Inés Varga'], { published: '2020-02-01' }),
    paper('middle-2nd-of-3', 5, ['Tomas Brenner', 'Inés Varga', 'Lena Okafor']),
    paper('first', 6, ['Inés Varga', 'Odile Marsh'], { published: '2019-04-01' }),
    // Listed last, but the list was cut, so more authors follow the owner.
    paper('middle-2nd-of-cut', 7, ['Lena Okafor', 'Inés Varga'], { authorsTruncated: true }),
    // The source cut the list after the owner, and another source supplied the full one naming Odile Marsh.
    paper('first-of-full-list', 8, ['Inés Varga', 'Xanthe Wren'], {
      authorsTruncated: true,
      fullAuthors: ['Inés Varga', 'Xanthe Wren', 'O. Marsh'],
    }),
  ];
}

function filtersWith(change: Partial<FilterState>): FilterState {
  return { ...createDefaultFilters(), ...change };
}

function idsAt(index: PaperIndex, positions: Int32Array): string[] {
  return [...positions].map((position) => index.papers[position]?.id ?? `missing position ${position}`);
}

function idsPassing(index: PaperIndex, filters: FilterState): string[] {
  const passes = createPaperPredicate(index, filters, {});
  return index.papers.filter((_paper, position) => passes(position)).map((paper) => paper.id);
}

const BY_SOURCE: SortState = { key: 'source', direction: 'asc' };

describe('createPaperPredicate with people filters', () => {
  const index = buildPaperIndex(buildPapers(), OWNER);

  it('should pass every paper without people filters', () => {
    expect(idsPassing(index, createDefaultFilters())).toHaveLength(9);
  });

  it('should keep first and sole papers for first author', () => {
    expect(idsPassing(index, filtersWith({ authorship: 'first' }))).toEqual(['sole', 'first', 'first-of-full-list']);
  });

  it('should keep last and sole papers for last author', () => {
    expect(idsPassing(index, filtersWith({ authorship: 'last' }))).toEqual(['last', 'sole']);
  });

  it('should keep the papers shared with a co-author', () => {
    expect(idsPassing(index, filtersWith({ coauthor: ODILE }))).toEqual([
      'last',
      'middle-3rd-of-4',
      'in-cut-part',
      'first',
      'first-of-full-list',
    ]);
    expect(idsPassing(index, filtersWith({ coauthor: TOMAS }))).toEqual(['not-listed', 'last', 'middle-2nd-of-3']);
  });

  it('should intersect co-author and authorship', () => {
    expect(idsPassing(index, filtersWith({ coauthor: ODILE, authorship: 'first' }))).toEqual([
      'first',
      'first-of-full-list',
    ]);
    expect(idsPassing(index, filtersWith({ coauthor: ODILE, authorship: 'last' }))).toEqual(['last']);
    expect(idsPassing(index, filtersWith({ coauthor: TOMAS, authorship: 'first' }))).toEqual([]);
  });

  it('should combine people filters with a year range', () => {
    const filters = filtersWith({ authorship: 'first', yearFrom: 2020, yearTo: 2022 });

    expect(idsPassing(index, filters)).toEqual(['sole']);
  });

  it('should pass nothing for an unknown co-author', () => {
    expect(idsPassing(index, filtersWith({ coauthor: 'quentin ashby' }))).toEqual([]);
  });

  it('should match the co-author ranking counts', () => {
    const coauthors = rankCoauthors(index.papers, OWNER);

    for (const coauthor of coauthors) {
      const passing = idsPassing(index, filtersWith({ coauthor: coauthor.person }));
      expect(passing, coauthor.name).toEqual(coauthor.paperIds);
    }
  });

  it('should read authors when the full list is empty', () => {
    const papers = [paper('empty-full-list', 0, ['Inés Varga', 'Odile Marsh'], { fullAuthors: [] })];
    const emptyListIndex = buildPaperIndex(papers, OWNER);

    expect(rankCoauthors(papers, OWNER).map((coauthor) => coauthor.jointPapers)).toEqual([1]);
    expect(idsPassing(emptyListIndex, filtersWith({ coauthor: ODILE }))).toEqual(['empty-full-list']);
  });
});

describe('selectVisiblePositions with people filters', () => {
  const index = buildPaperIndex(buildPapers(), OWNER);

  it('should apply authorship in the requested order', () => {
    const filters = filtersWith({ authorship: 'first' });
    const byDate: SortState = { key: 'date', direction: 'asc' };

    expect(idsAt(index, selectVisiblePositions(index, filters, {}, byDate))).toEqual([
      'first',
      'sole',
      'first-of-full-list',
    ]);
  });

  it('should apply the co-author with a chart selection', () => {
    const positions = selectVisiblePositions(index, filtersWith({ coauthor: ODILE }), { year: 2023 }, BY_SOURCE);

    expect(idsAt(index, positions)).toEqual(['middle-3rd-of-4', 'in-cut-part', 'first-of-full-list']);
  });
});

describe('sort by owner position', () => {
  const index = buildPaperIndex(buildPapers(), OWNER);
  const defaults = createDefaultFilters();

  it('should order places first to not listed', () => {
    const positions = selectVisiblePositions(index, defaults, {}, { key: 'position', direction: 'asc' });

    expect(idsAt(index, positions)).toEqual([
      'first',
      'first-of-full-list',
      'sole',
      'middle-2nd-of-3',
      'middle-2nd-of-cut',
      'middle-3rd-of-4',
      'last',
      'in-cut-part',
      'not-listed',
    ]);
  });

  it('should reverse places and keep ties in source order', () => {
    const positions = selectVisiblePositions(index, defaults, {}, { key: 'position', direction: 'desc' });

    expect(idsAt(index, positions)).toEqual([
      'not-listed',
      'in-cut-part',
      'last',
      'middle-3rd-of-4',
      'middle-2nd-of-3',
      'middle-2nd-of-cut',
      'sole',
      'first',
      'first-of-full-list',
    ]);
  });

  it('should sort filtered papers by position', () => {
    const byPosition: SortState = { key: 'position', direction: 'asc' };
    const positions = selectVisiblePositions(index, filtersWith({ coauthor: ODILE }), {}, byPosition);

    expect(idsAt(index, positions)).toEqual(['first', 'first-of-full-list', 'middle-3rd-of-4', 'last', 'in-cut-part']);
  });
});
