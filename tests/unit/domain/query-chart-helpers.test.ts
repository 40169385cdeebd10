import { sumCitationsByYear } from '../../../src/domain/citation-metrics';
import { UNCATEGORISED, type ScoredPaper, type YearCategoryCounts } from '../../../src/domain/query/aggregate';
import {
  chooseChartCategories,
  groupCategoryShares,
  groupYearCounts,
  OTHER_CATEGORIES,
} from '../../../src/domain/query/category-groups';
import { hasYearlyCitations, sumCitationsByYearAt } from '../../../src/domain/query/citation-counts';
import { papersAt, selectMatchingPositions } from '../../../src/domain/query/filter';
import { buildPaperIndex } from '../../../src/domain/query/paper-index';
import { countScoreBins } from '../../../src/domain/query/score-bins';
import { createDefaultFilters } from '../../../src/domain/query/view-state';
import { makePaper, resetPaperPositions } from '../make-paper';

function yearRow(year: number, byCategory: Record<string, number>): YearCategoryCounts {
  const total = Object.values(byCategory).reduce((sum, count) => sum + count, 0);
  return { year, total, byCategory };
}

function scoredPaper(score: number): ScoredPaper {
  return { id: `paper-${score}`, title: `Paper ${score}`, score, band: 'low' };
}

describe('chooseChartCategories', () => {
  it('should draw every category when they fit', () => {
    const { drawn, grouped } = chooseChartCategories(['cs.CV', 'cs.LG', UNCATEGORISED], 2);

    expect(drawn).toEqual(['cs.CV', 'cs.LG', UNCATEGORISED]);
    expect(grouped.size).toBe(0);
  });

  it('should group the smaller categories and the uncategorised', () => {
    const { drawn, grouped } = chooseChartCategories(['cs.CV', UNCATEGORISED, 'cs.LG', 'cs.AI', 'cs.CL'], 2);

    expect(drawn).toEqual(['cs.CV', 'cs.LG', OTHER_CATEGORIES]);
    expect([...grouped]).toEqual([UNCATEGORISED, 'cs.AI', 'cs.CL']);
  });
});

describe('groupYearCounts', () => {
  it('should add grouped categories into one segment', () => {
    const counts = [yearRow(2020, { 'cs.CV': 3, 'cs.AI': 2, 'cs.CL': 1 }), yearRow(2021, {})];

    const grouped = groupYearCounts(counts, new Set(['cs.AI', 'cs.CL']));

    expect(grouped).toEqual([
      { year: 2020, total: 6, byCategory: { 'cs.CV': 3, [OTHER_CATEGORIES]: 3 } },
      { year: 2021, total: 0, byCategory: {} },
    ]);
  });

  it('should return equal rows when nothing is grouped', () => {
    const counts = [yearRow(2020, { 'cs.CV': 3 })];

    expect(groupYearCounts(counts, new Set())).toEqual(counts);
  });
});

describe('groupCategoryShares', () => {
  const mix = [
    { category: 'cs.CV', count: 6, share: 0.6 },
    { category: 'cs.AI', count: 2, share: 0.2 },
    { category: 'cs.LG', count: 1, share: 0.1 },
    { category: UNCATEGORISED, count: 1, share: 0.1 },
  ];

  it('should add grouped shares into one last share', () => {
    const grouped = groupCategoryShares(mix, new Set(['cs.AI', UNCATEGORISED]));

    expect(grouped.map(({ category, count }) => [category, count])).toEqual([
      ['cs.CV', 6],
      ['cs.LG', 1],
      [OTHER_CATEGORIES, 3],
    ]);
    expect(grouped[2]?.share).toBeCloseTo(0.3);
  });

  it('should keep a single grouped share as it is', () => {
    expect(groupCategoryShares(mix, new Set(['cs.AI']))).toEqual(mix);
  });
});

describe('countScoreBins', () => {
  it('should count scores per two-point range', () => {
    const bins = countScoreBins([0, 1.9, 2, 79.9, 80, 99, 100].map(scoredPaper), 2);

    expect(bins).toHaveLength(50);
    expect(bins[0]).toEqual({ min: 0, max: 2, count: 2, band: 'low' });
    expect(bins[1]).toEqual({ min: 2, max: 4, count: 1, band: 'low' });
    expect(bins[39]).toEqual({ min: 78, max: 80, count: 1, band: 'strong' });
    expect(bins[40]).toEqual({ min: 80, max: 82, count: 1, band: 'exceptional' });
    expect(bins[49]).toEqual({ min: 98, max: 100, count: 2, band: 'exceptional' });
  });

  it('should put scores outside 0–100 in the end bins', () => {
    const bins = countScoreBins([-3, 104].map(scoredPaper), 5);

    expect(bins).toHaveLength(20);
    expect(bins[0]?.count).toBe(1);
    expect(bins[19]?.count).toBe(1);
  });
});

describe('sumCitationsByYearAt', () => {
  function buildIndex() {
    resetPaperPositions();
    return buildPaperIndex([
      makePaper({ title: 'Alpha', published: '2019-01-01', citationsByYear: [{ year: 2020, count: 4 }, { year: 2022, count: 1 }] }),
      makePaper({ title: 'Beta', published: '2021-01-01', citations: 9 }),
      makePaper({ title: 'Gamma', published: '2021-06-01', citationsByYear: [{ year: 2021, count: 2 }, { year: 2022, count: 5 }] }),
    ]);
  }

  it('should add up counts per year with gaps as zero', () => {
    const index = buildIndex();

    expect(sumCitationsByYearAt(index, Int32Array.from([0, 1, 2]))).toEqual([
      { year: 2020, citations: 4 },
      { year: 2021, citations: 2 },
      { year: 2022, citations: 6 },
    ]);
  });

  it('should span only the years of the given papers', () => {
    const index = buildIndex();

    expect(sumCitationsByYearAt(index, Int32Array.from([2]))).toEqual([
      { year: 2021, citations: 2 },
      { year: 2022, citations: 5 },
    ]);
    expect(sumCitationsByYearAt(index, Int32Array.from([1]))).toEqual([]);
  });

  it('should equal the sum over the matching papers', () => {
    const index = buildIndex();
    const filters = { ...createDefaultFilters(), yearFrom: 2021 };
    const matching = selectMatchingPositions(index, filters, {});

    expect(Array.from(matching)).toEqual([1, 2]);
    expect(sumCitationsByYearAt(index, matching)).toEqual(sumCitationsByYear(papersAt(index, matching)));
  });

  it('should tell whether any paper has yearly counts', () => {
    const index = buildIndex();
    resetPaperPositions();
    const withoutYearly = buildPaperIndex([makePaper({ title: 'Delta', citations: 3 })]);

    expect(hasYearlyCitations(index)).toBe(true);
    expect(hasYearlyCitations(withoutYearly)).toBe(false);
  });
});
