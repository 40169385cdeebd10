import {
  computeCategoryMix,
  computeScoreDistribution,
  countPapersByYearAndCategory,
  findScoreBand,
} from '../../../src/domain/query/aggregate';
import { makePaper, resetPaperPositions } from '../make-paper';

beforeEach(resetPaperPositions);

describe('countPapersByYearAndCategory', () => {
  it('should fill empty years between the first and the last with zero', () => {
    const papers = [
      makePaper({ title: 'A', category: 'LG', published: '2020-02-01' }),
      makePaper({ title: 'B', category: 'CL', published: '2023-01-01' }),
      makePaper({ title: 'C', category: 'LG', published: '2023-06-01' }),
      makePaper({ title: 'D', category: 'LG' }),
    ];

    expect(countPapersByYearAndCategory(papers)).toEqual([
      { year: 2020, total: 1, byCategory: { LG: 1 } },
      { year: 2021, total: 0, byCategory: {} },
      { year: 2022, total: 0, byCategory: {} },
      { year: 2023, total: 2, byCategory: { CL: 1, LG: 1 } },
    ]);
  });

  it('should return nothing for no dated paper', () => {
    expect(countPapersByYearAndCategory([makePaper({ title: 'A' })])).toEqual([]);
  });
});

describe('computeCategoryMix', () => {
  it('should list categories largest first with shares', () => {
    const papers = [
      makePaper({ title: 'A', category: 'CL' }),
      makePaper({ title: 'B', category: 'LG' }),
      makePaper({ title: 'C', category: 'LG' }),
      makePaper({ title: 'D', category: 'AI' }),
    ];

    expect(computeCategoryMix(papers)).toEqual([
      { category: 'LG', count: 2, share: 0.5 },
      { category: 'AI', count: 1, share: 0.25 },
      { category: 'CL', count: 1, share: 0.25 },
    ]);
  });

  it('should give one category the whole share', () => {
    expect(computeCategoryMix([makePaper({ title: 'A', category: 'CV' })])).toEqual([
      { category: 'CV', count: 1, share: 1 },
    ]);
  });

  it('should return nothing for no papers', () => {
    expect(computeCategoryMix([])).toEqual([]);
  });
});

describe('findScoreBand', () => {
  it.each([
    [100, 'exceptional'],
    [80, 'exceptional'],
    [79.9, 'strong'],
    [60, 'strong'],
    [48.4, 'moderate'],
    [39.9, 'low'],
    [0, 'low'],
  ])('should put %d in band %s', (score, band) => {
    expect(findScoreBand(score).id).toBe(band);
  });
});

describe('computeScoreDistribution', () => {
  it('should count unscored papers apart and average the scored ones', () => {
    const papers = [
      makePaper({ title: 'A', score: 48.4 }),
      makePaper({ title: 'B' }),
      makePaper({ title: 'C', score: 97.5 }),
    ];

    const distribution = computeScoreDistribution(papers);

    expect(distribution.scored.map((paper) => paper.score)).toEqual([97.5, 48.4]);
    expect(distribution.unscoredCount).toBe(1);
    expect(distribution.meanScore).toBeCloseTo(72.95);
    expect(distribution.bandCounts.map((entry) => entry.count)).toEqual([1, 0, 1, 0]);
  });

  it('should leave the mean undefined without scores', () => {
    expect(computeScoreDistribution([makePaper({ title: 'A' })]).meanScore).toBeUndefined();
  });
});

describe('countPapersByYearAndCategory odd category names', () => {
  it('should count categories named like object members', () => {
    const papers = [
      makePaper({ title: 'A', category: '__proto__', published: '2024-01-01' }),
      makePaper({ title: 'B', category: 'constructor', published: '2024-01-01' }),
      makePaper({ title: 'C', category: 'constructor', published: '2024-01-01' }),
    ];

    const [row] = countPapersByYearAndCategory(papers);

    expect(row?.byCategory['__proto__']).toBe(1);
    expect(row?.byCategory['constructor']).toBe(2);
    expect(Object.keys(row?.byCategory ?? {})).toEqual(['__proto__', 'constructor']);
  });
});
