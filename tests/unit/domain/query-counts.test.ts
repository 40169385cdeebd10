import type { Paper } from '../../../src/domain/model';
import { computeCategoryMix, countPapersByYearAndCategory } from '../../../src/domain/query/aggregate';
import { computeMatchingCategoryMix, countMatchingByYearAndCategory } from '../../../src/domain/query/chart-counts';
import { countPapersPerCategory, createPaperPredicate } from '../../../src/domain/query/filter';
import { buildPaperIndex, type PaperIndex } from '../../../src/domain/query/paper-index';
import { createDefaultFilters, type ChartSelection, type FilterState } from '../../../src/domain/query/view-state';
import { makePaper, resetPaperPositions } from '../make-paper';

function buildPapers(): Paper[] {
  resetPaperPositions();
  return [
    makePaper({ title: 'Graph Kernels', category: 'LG', published: '2021-02-01', hasCode: true, score: 70 }),
    makePaper({ title: 'Parsing Trees', category: 'CL', published: '2023-04-01' }),
    makePaper({ title: 'Graph Parsing', category: 'CL', published: '2021-08-01', score: 40 }),
    makePaper({ title: 'Untitled Notes' }),
    makePaper({ title: 'Graph Search', published: '2023-11-01', hasCode: true }),
    makePaper({ title: 'Prototype Pollution', category: '__proto__', published: '2023-01-01', score: 90 }),
    makePaper({ title: 'Robot Graphs', category: 'RO', published: '2024-05-01', hasCode: true, score: 55 }),
    makePaper({ title: 'Graph Learning', category: 'LG', published: '2024-06-01' }),
  ];
}

function filtersWith(change: Partial<FilterState>): FilterState {
  return { ...createDefaultFilters(), ...change };
}

function papersMatching(index: PaperIndex, filters: FilterState, selection: ChartSelection): Paper[] {
  const matches = createPaperPredicate(index, filters, selection);
  return index.papers.filter((_paper, position) => matches(position));
}

const VIEWS: [string, FilterState, ChartSelection][] = [
  ['no filter', createDefaultFilters(), {}],
  ['a search', filtersWith({ search: 'graph' }), {}],
  ['toggled categories', filtersWith({ categories: ['LG', ''] }), {}],
  ['a year range', filtersWith({ yearFrom: 2022 }), {}],
  ['code and scores', filtersWith({ hasCode: true, scoredOnly: true }), {}],
  ['a selected category', filtersWith({ search: 'g' }), { category: 'CL' }],
  ['a selected year', createDefaultFilters(), { year: 2023 }],
  ['nothing matching', filtersWith({ search: 'quantum' }), {}],
];

describe('countMatchingByYearAndCategory', () => {
  it('should count the example record per year and category', () => {
    const index = buildPaperIndex(buildPapers());

    const { paperCount, counts } = countMatchingByYearAndCategory(index, filtersWith({ search: 'graph' }), {});

    expect(paperCount).toBe(5);
    expect(counts).toEqual([
      { year: 2021, total: 2, byCategory: { LG: 1, CL: 1 } },
      { year: 2022, total: 0, byCategory: {} },
      { year: 2023, total: 1, byCategory: { Other: 1 } },
      { year: 2024, total: 2, byCategory: { RO: 1, LG: 1 } },
    ]);
  });

  it.each(VIEWS)('should equal counting the papers for %s', (_name, filters, selection) => {
    const index = buildPaperIndex(buildPapers());
    const papers = papersMatching(index, filters, selection);

    const { paperCount, counts } = countMatchingByYearAndCategory(index, filters, selection);

    expect(paperCount).toBe(papers.length);
    expect(counts).toEqual(countPapersByYearAndCategory(papers));
    expect(counts.map((row) => Object.keys(row.byCategory))).toEqual(
      countPapersByYearAndCategory(papers).map((row) => Object.keys(row.byCategory)),
    );
  });

  it('should list categories of a year in source order', () => {
    resetPaperPositions();
    const index = buildPaperIndex([
      makePaper({ title: 'A', category: 'CV', published: '2020-01-01' }),
      makePaper({ title: 'B', category: 'AI', published: '2021-01-01' }),
      makePaper({ title: 'C', category: 'AI', published: '2020-01-01' }),
    ]);

    const { counts } = countMatchingByYearAndCategory(index, createDefaultFilters(), {});

    expect(Object.keys(counts[0]?.byCategory ?? {})).toEqual(['CV', 'AI']);
  });

  it('should return no rows without dated papers', () => {
    resetPaperPositions();
    const index = buildPaperIndex([makePaper({ title: 'A', category: 'CV' })]);

    expect(countMatchingByYearAndCategory(index, createDefaultFilters(), {})).toEqual({ paperCount: 1, counts: [] });
  });

  it('should count a thousand categories over a thousand years', () => {
    resetPaperPositions();
    const papers = Array.from({ length: 1000 }, (_unused, position) => {
      const published = position % 2 === 0 ? '2025-01-01' : '1025-01-01';
      return makePaper({ title: `Paper ${position}`, category: `C${position}`, published });
    });
    const index = buildPaperIndex(papers);

    const { paperCount, counts } = countMatchingByYearAndCategory(index, createDefaultFilters(), {});

    expect(paperCount).toBe(1000);
    expect(counts).toHaveLength(1001);
    expect(counts).toEqual(countPapersByYearAndCategory(papers));
  });

  it('should count an empty dataset', () => {
    const index = buildPaperIndex([]);

    expect(countMatchingByYearAndCategory(index, createDefaultFilters(), {})).toEqual({ paperCount: 0, counts: [] });
  });
});

describe('computeMatchingCategoryMix', () => {
  it('should compute the mix of the example record', () => {
    const index = buildPaperIndex(buildPapers());

    expect(computeMatchingCategoryMix(index, filtersWith({ yearFrom: 2023 }), {})).toEqual([
      { category: '__proto__', count: 1, share: 0.2 },
      { category: 'CL', count: 1, share: 0.2 },
      { category: 'LG', count: 1, share: 0.2 },
      { category: 'Other', count: 1, share: 0.2 },
      { category: 'RO', count: 1, share: 0.2 },
    ]);
  });

  it.each(VIEWS)('should equal the mix of the papers for %s', (_name, filters, selection) => {
    const index = buildPaperIndex(buildPapers());

    const mix = computeMatchingCategoryMix(index, filters, selection);

    expect(mix).toEqual(computeCategoryMix(papersMatching(index, filters, selection)));
  });

  it('should merge a missing category with one named Other', () => {
    resetPaperPositions();
    const index = buildPaperIndex([makePaper({ title: 'A', category: 'Other' }), makePaper({ title: 'B' })]);

    expect(computeMatchingCategoryMix(index, createDefaultFilters(), {})).toEqual([
      { category: 'Other', count: 2, share: 1 },
    ]);
  });
});

describe('countPapersPerCategory', () => {
  it('should list categories in order of their first matching paper', () => {
    const index = buildPaperIndex(buildPapers());

    const counts = countPapersPerCategory(index, filtersWith({ yearFrom: 2023, categories: ['LG'] }), {});

    expect([...counts]).toEqual([
      ['CL', 1],
      ['', 1],
      ['__proto__', 1],
      ['RO', 1],
      ['LG', 1],
    ]);
  });

  it('should count papers without a category under the empty string', () => {
    const index = buildPaperIndex(buildPapers());

    const counts = countPapersPerCategory(index, createDefaultFilters(), { year: 2023 });

    expect([...counts]).toEqual([
      ['CL', 1],
      ['', 1],
      ['__proto__', 1],
    ]);
  });

  it('should keep uncategorised papers under an empty toggle', () => {
    const index = buildPaperIndex(buildPapers());
    const matches = createPaperPredicate(index, filtersWith({ categories: [''] }), {});

    expect(index.papers.filter((_paper, position) => matches(position)).map((paper) => paper.title)).toEqual([
      'Untitled Notes',
      'Graph Search',
    ]);
  });
});
