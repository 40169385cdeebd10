import {
  citationsForNextH,
  computeCitationFigures,
  computeGIndex,
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

describe('computeGIndex', () => {
  it.each([
    [[], 0],
    [[0], 0],
    [[1], 1],
    [[10, 0, 0], 3],
    [[4, 4, 4, 4], 4],
    [[3, 0, 6, 1, 5], 3],
    [[10, 8, 5, 4, 3], 5],
    [[1, 1, 1, 1], 1],
    [[3, 1], 2],
    [[0, 0, 100], 3],
  ])('should give %j a g-index of %d', (counts, expected) => {
    expect(computeGIndex(counts)).toBe(expected);
  });
});

describe('citationsForNextH', () => {
  it('should sum the shortfalls of the top h + 1', () => {
    // h = 3; for 4, the top four (6, 5, 3, 1) need 0 + 0 + 1 + 3.
    expect(citationsForNextH([3, 0, 6, 1, 5])).toEqual({
      targetHIndex: 4,
      citationsNeeded: 4,
      papersShort: 2,
      needsNewPaper: false,
    });
  });

  it('should count a missing paper as 0', () => {
    // h = 4 from four papers; for 5, each needs 1 more and a fifth paper needs all 5.
    expect(citationsForNextH([4, 4, 4, 4])).toEqual({
      targetHIndex: 5,
      citationsNeeded: 9,
      papersShort: 5,
      needsNewPaper: true,
    });
  });

  it('should need one cited paper without papers', () => {
    expect(citationsForNextH([])).toEqual({ targetHIndex: 1, citationsNeeded: 1, papersShort: 1, needsNewPaper: true });
  });

  it('should need one citation for uncited papers', () => {
    expect(citationsForNextH([0, 0])).toEqual({ targetHIndex: 1, citationsNeeded: 1, papersShort: 1, needsNewPaper: false });
  });

  it('should skip papers already at the target', () => {
    // h = 1; for 2, the top two (9, 0) need 0 + 2.
    expect(citationsForNextH([9, 0, 0])).toEqual({ targetHIndex: 2, citationsNeeded: 2, papersShort: 1, needsNewPaper: false });
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

    expect(computeCitationFigures(papers)).toEqual({
      papersWithCitations: 3,
      totalCitations: 15,
      hIndex: 2,
      i10Index: 1,
      gIndex: 3,
      nextHStep: { targetHIndex: 3, citationsNeeded: 3, papersShort: 1, needsNewPaper: false },
      countsMostCitedFirst: [12, 3, 0],
    });
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
