import { findScoreBand, type ScoreBand, type ScoredPaper } from './aggregate';

export interface ScoreBin {
  /** Lowest score in the bin, inclusive. */
  min: number;
  /** Highest score in the bin: exclusive, except for the last bin, which includes 100. */
  max: number;
  count: number;
  band: ScoreBand['id'];
}

/**
 * Counts scored papers in bins of `width` score points from 0 to 100. Scores below 0 or above 100 count
 * in the first or the last bin. A width that divides 20 keeps every bin inside one band.
 */
export function countScoreBins(scored: readonly ScoredPaper[], width: number): ScoreBin[] {
  const binCount = Math.ceil(100 / width);
  const bins: ScoreBin[] = [];
  for (let bin = 0; bin < binCount; bin++) {
    const min = bin * width;
    bins.push({ min, max: Math.min(100, min + width), count: 0, band: findScoreBand(min).id });
  }

  for (const paper of scored) {
    const bin = Math.min(binCount - 1, Math.max(0, Math.floor(paper.score / width)));
    const entry = bins[bin];
    if (entry) entry.count += 1;
  }
  return bins;
}
