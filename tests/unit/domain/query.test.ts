import { countPapersPerCategory, selectVisiblePapers, tokenizeQuery } from '../../../src/domain/query/filter';
import { buildPaperIndex, getSortedOrder } from '../../../src/domain/query/paper-index';
import {
  createDefaultFilters,
  type FilterState,
  type SortState,
} from '../../../src/domain/query/view-state';
import { makePaper, resetPaperPositions } from '../make-paper';

function buildPapers() {
  resetPaperPositions();
  return [
    makePaper({ title: 'Zebra Models', category: 'LG', published: '2023-05-01', score: 40, hasCode: true }),
    makePaper({ title: 'alpha Learning', category: 'CL', published: '2024-01-15', authors: ['Maria José Ferreira'] }),
    makePaper({ title: 'Émile Systems', category: 'LG', published: '2024-01-15', score: 90 }),
    makePaper({ title: 'Beta Planning', category: 'AI', published: '2022-03-01', abstract: 'Reaching 8$\\%$ gains.' }),
    makePaper({ title: 'Undated Notes', category: 'CL' }),
    makePaper({ title: 'Gamma Tuning', category: 'LG', published: '2024-07-01', score: 40, hasCode: true }),
  ];
}

function titlesOf(papers: { title: string }[]): string[] {
  return papers.map((paper) => paper.title);
}

function filtersWith(change: Partial<FilterState>): FilterState {
  return { ...createDefaultFilters(), ...change };
}

const BY_SOURCE: SortState = { key: 'source', direction: 'asc' };

describe('tokenizeQuery', () => {
  it('should fold words and drop empty ones', () => {
    expect(tokenizeQuery('  José   LEARNING ')).toEqual(['jose', 'learning']);
  });
});

describe('selectVisiblePapers filtering', () => {
  const index = buildPaperIndex(buildPapers());

  it('should return every paper with default filters', () => {
    expect(selectVisiblePapers(index, createDefaultFilters(), {}, BY_SOURCE)).toHaveLength(6);
  });

  it('should match authors without accents', () => {
    const visible = selectVisiblePapers(index, filtersWith({ search: 'jose' }), {}, BY_SOURCE);

    expect(titlesOf(visible)).toEqual(['alpha Learning']);
  });

  it('should require every word in any order', () => {
    const visible = selectVisiblePapers(index, filtersWith({ search: 'learning ferreira' }), {}, BY_SOURCE);
    const none = selectVisiblePapers(index, filtersWith({ search: 'learning zebra' }), {}, BY_SOURCE);

    expect(titlesOf(visible)).toEqual(['alpha Learning']);
    expect(none).toEqual([]);
  });

  it('should search the cleaned abstract text', () => {
    const visible = selectVisiblePapers(index, filtersWith({ search: '8% gains' }), {}, BY_SOURCE);

    expect(titlesOf(visible)).toEqual(['Beta Planning']);
  });

  it('should keep only toggled categories', () => {
    const visible = selectVisiblePapers(index, filtersWith({ categories: ['CL', 'AI'] }), {}, BY_SOURCE);

    expect(titlesOf(visible)).toEqual(['alpha Learning', 'Beta Planning', 'Undated Notes']);
  });

  it('should apply an inclusive year range and drop undated papers', () => {
    const visible = selectVisiblePapers(index, filtersWith({ yearFrom: 2023, yearTo: 2024 }), {}, BY_SOURCE);

    expect(titlesOf(visible)).toEqual(['Zebra Models', 'alpha Learning', 'Émile Systems', 'Gamma Tuning']);
  });

  it('should combine has-code and scored-only', () => {
    const codeOnly = selectVisiblePapers(index, filtersWith({ hasCode: true }), {}, BY_SOURCE);
    const scoredOnly = selectVisiblePapers(index, filtersWith({ scoredOnly: true }), {}, BY_SOURCE);
    const both = selectVisiblePapers(index, filtersWith({ hasCode: true, scoredOnly: true, search: 'gamma' }), {}, BY_SOURCE);

    expect(titlesOf(codeOnly)).toEqual(['Zebra Models', 'Gamma Tuning']);
    expect(titlesOf(scoredOnly)).toEqual(['Zebra Models', 'Émile Systems', 'Gamma Tuning']);
    expect(titlesOf(both)).toEqual(['Gamma Tuning']);
  });

  it('should narrow to the chart selection', () => {
    const byYear = selectVisiblePapers(index, createDefaultFilters(), { year: 2024 }, BY_SOURCE);
    const byYearAndCategory = selectVisiblePapers(index, createDefaultFilters(), { year: 2024, category: 'LG' }, BY_SOURCE);

    expect(titlesOf(byYear)).toEqual(['alpha Learning', 'Émile Systems', 'Gamma Tuning']);
    expect(titlesOf(byYearAndCategory)).toEqual(['Émile Systems', 'Gamma Tuning']);
  });
});

describe('getSortedOrder', () => {
  const papers = buildPapers();
  const index = buildPaperIndex(papers);
  const titlesIn = (sort: SortState) => Array.from(getSortedOrder(index, sort), (position) => papers[position]?.title);

  it('should sort dates newest first, ties and undated last', () => {
    expect(titlesIn({ key: 'date', direction: 'desc' })).toEqual([
      'Gamma Tuning',
      'alpha Learning',
      'Émile Systems',
      'Zebra Models',
      'Beta Planning',
      'Undated Notes',
    ]);
  });

  it('should sort dates oldest first with undated last', () => {
    expect(titlesIn({ key: 'date', direction: 'asc' })).toEqual([
      'Beta Planning',
      'Zebra Models',
      'alpha Learning',
      'Émile Systems',
      'Gamma Tuning',
      'Undated Notes',
    ]);
  });

  it('should put unscored papers last in both directions', () => {
    expect(titlesIn({ key: 'score', direction: 'desc' })).toEqual([
      'Émile Systems',
      'Zebra Models',
      'Gamma Tuning',
      'alpha Learning',
      'Beta Planning',
      'Undated Notes',
    ]);
    expect(titlesIn({ key: 'score', direction: 'asc' })).toEqual([
      'Zebra Models',
      'Gamma Tuning',
      'Émile Systems',
      'alpha Learning',
      'Beta Planning',
      'Undated Notes',
    ]);
  });

  it('should sort titles ignoring case and accents', () => {
    expect(titlesIn({ key: 'title', direction: 'asc' })).toEqual([
      'alpha Learning',
      'Beta Planning',
      'Émile Systems',
      'Gamma Tuning',
      'Undated Notes',
      'Zebra Models',
    ]);
  });

  it('should keep source order within a category in both directions', () => {
    expect(titlesIn({ key: 'category', direction: 'asc' })).toEqual([
      'Beta Planning',
      'alpha Learning',
      'Undated Notes',
      'Zebra Models',
      'Émile Systems',
      'Gamma Tuning',
    ]);
    expect(titlesIn({ key: 'category', direction: 'desc' })).toEqual([
      'Zebra Models',
      'Émile Systems',
      'Gamma Tuning',
      'alpha Learning',
      'Undated Notes',
      'Beta Planning',
    ]);
  });

  it('should reverse source order', () => {
    expect(titlesIn({ key: 'source', direction: 'desc' })[0]).toBe('Gamma Tuning');
  });

  it('should keep the filtered result in sorted order', () => {
    const visible = selectVisiblePapers(index, filtersWith({ categories: ['LG'] }), {}, { key: 'score', direction: 'asc' });

    expect(titlesOf(visible)).toEqual(['Zebra Models', 'Gamma Tuning', 'Émile Systems']);
  });
});

describe('countPapersPerCategory', () => {
  const index = buildPaperIndex(buildPapers());

  it('should count within other filters but ignore the category ones', () => {
    const counts = countPapersPerCategory(index, filtersWith({ categories: ['AI'], yearFrom: 2024 }), { category: 'CL' });

    expect(Object.fromEntries(counts)).toEqual({ CL: 1, LG: 2 });
  });
});
