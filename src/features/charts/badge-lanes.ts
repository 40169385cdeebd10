import type { ScoredPaper } from '../../domain/query/aggregate';

export interface PlacedBadge extends ScoredPaper {
  /** Row of the badge on the scale, from 0 at the top. */
  lane: number;
}

/**
 * Places badges on as few rows as possible so that badges on one row are at least `minGap` score
 * points apart. Past `maxLanes` rows a badge goes to the row whose last badge is furthest left, and
 * may overlap it, so that a large record keeps the scale a readable height.
 */
export function placeBadges(scored: readonly ScoredPaper[], minGap: number, maxLanes: number): PlacedBadge[] {
  const ascending = [...scored].sort((left, right) => left.score - right.score);
  const laneEnds: number[] = [];
  const placed = new Map<string, number>();

  for (const paper of ascending) {
    let lane = laneEnds.findIndex((end) => paper.score - end >= minGap);
    if (lane === -1 && laneEnds.length < maxLanes) lane = laneEnds.length;
    if (lane === -1) lane = laneEnds.indexOf(Math.min(...laneEnds));

    laneEnds[lane] = paper.score;
    placed.set(paper.id, lane);
  }

  return scored.map((paper) => ({ ...paper, lane: placed.get(paper.id) ?? 0 }));
}
