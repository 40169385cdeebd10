import {
  computeCitationFigures,
  computeHIndex,
  computeI10Index,
  sumCitationsByYear,
} from '../../../src/domain/citation-metrics';
import { makePaper, resetPaperPositions } from '../make-paper';

beforeEach(resetPaperPositions);

describe('computeHIndex', () => {
  it.each([
    [[], 0],
    [[0, 0], 0],
    [[9, 0, 0], 1],
    [[3, 0, 6, 1, 5], 3],
    [[4, 4, 4, 4], 4],
    [[100], 1],
    [[10, 8, 5, 4, 3], 4],
  ])('should give %j an h-index of %d', (counts, expected) => {
    expect(computeHIndex(counts)).toBe(expected);
  });
});

describe('computeI10Index', () => {
  it('should count papers with ten or more citations', () => {
    expect(computeI10Index([9, 10, 11, 0, 250])).toBe(3);
  });
});

describe('computeCitationFigures', () => {
  it('should count only papers with a known count', () => {
    const papers = [
      makePaper({ title: 'A', citations: 12 }),
      makePaper({ title: 'B', citations: 3 }),
      makePaper({ title: 'C' }),
      makePaper({ title: 'D', citations: 0 }),
    ];

    expect(computeCitationFigures(papers)).toEqual({ papersWithCitations: 3, totalCitations: 15, hIndex: 2, i10Index: 1 });
  });

  it('should return undefined without counts', () => {
    expect(computeCitationFigures([makePaper({ title: 'A' })])).toBeUndefined();
  });
});

describe('sumCitationsByYear', () => {
  it('should add up years and fill gaps with zero', () => {
    const papers = [
      makePaper({ title: 'A', citationsByYear: [{ year: 2020, count: 2 }, { year: 2023, count: 5 }] }),
      makePaper({ title: 'B', citationsByYear: [{ year: 2023, count: 1 }] }),
      makePaper({ title: 'C' }),
    ];

    expect(sumCitationsByYear(papers)).toEqual([
      { year: 2020, citations: 2 },
      { year: 2021, citations: 0 },
      { year: 2022, citations: 0 },
      { year: 2023, citations: 6 },
    ]);
  });
});
