import { computeRecordFigures, explainFigureMismatch } from '../../../src/domain/metrics';
import { makePaper, resetPaperPositions } from '../make-paper';

beforeEach(resetPaperPositions);

describe('computeRecordFigures', () => {
  it('should count code, scores and the year span', () => {
    const papers = [
      makePaper({ title: 'A', published: '2021-03-01', score: 40, hasCode: true }),
      makePaper({ title: 'B', published: '2019-01-01', score: 60 }),
      makePaper({ title: 'C' }),
      makePaper({ title: 'D', published: '2024-12-31', hasCode: true }),
    ];

    expect(computeRecordFigures(papers)).toEqual({
      paperCount: 4,
      withCodeCount: 2,
      scoredCount: 2,
      scoreSum: 100,
      meanScore: 50,
      datedCount: 3,
      firstYear: 2019,
      latestYear: 2024,
    });
  });

  it('should leave mean and years undefined for no papers', () => {
    expect(computeRecordFigures([])).toEqual({ paperCount: 0, withCodeCount: 0, scoredCount: 0, scoreSum: 0, datedCount: 0 });
  });
});

describe('explainFigureMismatch', () => {
  it('should explain the default profile in one sentence', () => {
    const sentence = explainFigureMismatch({ hIndex: 41, citations: 1430, paperCount: 19 }, 19);

    expect(sentence).toBe(
      "The source's figures cover more than the listed papers: an h-index of 41 needs at least 41 papers (only 19 listed) and at least 41² = 1,681 citations (1,430 reported).",
    );
  });

  it('should explain citations alone', () => {
    expect(explainFigureMismatch({ hIndex: 5, citations: 20 }, 10)).toBe(
      "The source's figures cover more than the listed papers: an h-index of 5 needs at least 5² = 25 citations (20 reported).",
    );
  });

  it('should explain a paper count above the listed papers', () => {
    expect(explainFigureMismatch({ paperCount: 25 }, 19)).toBe(
      "The source's figures cover more than the listed papers: the source counts 25 papers but lists 19.",
    );
  });

  it('should accept figures that can all hold', () => {
    expect(explainFigureMismatch({ hIndex: 3, citations: 9, paperCount: 5 }, 5)).toBeUndefined();
    expect(explainFigureMismatch({}, 0)).toBeUndefined();
  });
});
