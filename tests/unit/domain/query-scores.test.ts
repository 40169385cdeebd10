import { computeScoreDistribution } from '../../../src/domain/query/aggregate';
import { papersAt, selectVisiblePositions } from '../../../src/domain/query/filter';
import { buildPaperIndex } from '../../../src/domain/query/paper-index';
import { createDefaultFilters, type SortState } from '../../../src/domain/query/view-state';
import { computeVisibleScoreDistribution } from '../../../src/domain/query/visible-scores';
import { makePaper, resetPaperPositions } from '../make-paper';

function buildIndex() {
  resetPaperPositions();
  return buildPaperIndex([
    makePaper({ title: 'Alpha', score: 40, published: '2021-01-01' }),
    makePaper({ title: 'Beta', score: 85.5, published: '2024-01-01' }),
    makePaper({ title: 'Gamma', published: '2022-01-01' }),
    makePaper({ title: 'Delta', score: 40, published: '2023-01-01' }),
    makePaper({ title: 'Epsilon', score: 0, published: '2020-01-01' }),
    makePaper({ title: 'Zeta', score: 62.25, published: '2019-01-01' }),
  ]);
}

const SORTS: SortState[] = [
  { key: 'source', direction: 'asc' },
  { key: 'date', direction: 'desc' },
  { key: 'title', direction: 'asc' },
  { key: 'score', direction: 'asc' },
];

describe('computeVisibleScoreDistribution', () => {
  it('should list equal scores in display order', () => {
    const index = buildIndex();
    const newestFirst = selectVisiblePositions(index, createDefaultFilters(), {}, { key: 'date', direction: 'desc' });

    const { scored } = computeVisibleScoreDistribution(index, newestFirst);

    expect(scored.map((paper) => `${paper.title} ${paper.score}`)).toEqual([
      'Beta 85.5',
      'Zeta 62.25',
      'Delta 40',
      'Alpha 40',
      'Epsilon 0',
    ]);
  });

  it('should count bands and unscored papers', () => {
    const index = buildIndex();
    const everyPaper = Int32Array.from([0, 1, 2, 3, 4, 5]);

    const { bandCounts, unscoredCount, meanScore } = computeVisibleScoreDistribution(index, everyPaper);

    expect(bandCounts.map(({ band, count }) => [band.id, count])).toEqual([
      ['exceptional', 1],
      ['strong', 1],
      ['moderate', 2],
      ['low', 1],
    ]);
    expect(unscoredCount).toBe(1);
    expect(meanScore).toBeCloseTo(45.55);
  });

  it.each(SORTS)('should equal the distribution of the papers sorted by $key', (sort) => {
    const index = buildIndex();
    const positions = selectVisiblePositions(index, createDefaultFilters(), {}, sort);

    expect(computeVisibleScoreDistribution(index, positions)).toEqual(
      computeScoreDistribution(papersAt(index, positions)),
    );
  });

  it('should describe no papers', () => {
    const index = buildIndex();

    expect(computeVisibleScoreDistribution(index, new Int32Array(0))).toEqual(computeScoreDistribution([]));
  });
});
