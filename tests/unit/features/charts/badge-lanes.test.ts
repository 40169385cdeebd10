import { placeBadges } from '../../../../src/features/charts/badge-lanes';
import type { ScoredPaper } from '../../../../src/domain/query/aggregate';

function scoredPaper(id: string, score: number): ScoredPaper {
  return { id, title: `Paper ${id}`, score, band: 'moderate' };
}

function lanesById(scored: ScoredPaper[], minGap: number, maxLanes: number): Record<string, number> {
  return Object.fromEntries(placeBadges(scored, minGap, maxLanes).map((badge) => [badge.id, badge.lane]));
}

describe('placeBadges', () => {
  it('should keep distant badges on one lane', () => {
    expect(lanesById([scoredPaper('a', 90), scoredPaper('b', 50), scoredPaper('c', 10)], 12, 8)).toEqual({
      a: 0,
      b: 0,
      c: 0,
    });
  });

  it('should move close badges to the next lane', () => {
    const scored = [scoredPaper('a', 50), scoredPaper('b', 55), scoredPaper('c', 58), scoredPaper('d', 70)];

    expect(lanesById(scored, 12, 8)).toEqual({ a: 0, b: 1, c: 2, d: 0 });
  });

  it('should reuse the lane ending furthest left past the lane limit', () => {
    const lanes = lanesById([scoredPaper('a', 50), scoredPaper('b', 51), scoredPaper('c', 53)], 12, 2);

    expect(lanes).toEqual({ a: 0, b: 1, c: 0 });
  });

  it('should keep the input order', () => {
    const placed = placeBadges([scoredPaper('high', 90), scoredPaper('low', 20)], 12, 8);

    expect(placed.map((badge) => badge.id)).toEqual(['high', 'low']);
  });
});
