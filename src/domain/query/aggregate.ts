import type { Paper } from '../model';
import { yearOf } from './paper-index';

export interface YearCategoryCounts {
  year: number;
  total: number;
  /** Papers of that year per category code. */
  byCategory: Record<string, number>;
}

/** Label for papers without a category in counts and charts. */
export const UNCATEGORISED = 'Other';

/** A counting object without a prototype, so that a category named `__proto__` or `constructor` counts like any other. */
export function createCategoryCounts(): Record<string, number> {
  return Object.create(null) as Record<string, number>;
}

function categoryOf(paper: Paper): string {
  return paper.category ?? UNCATEGORISED;
}

/**
 * Counts papers per publication year and category. Every year from the first to the last
 * appears, with zero counts where no paper was published; papers without a date are left out.
 */
export function countPapersByYearAndCategory(papers: readonly Paper[]): YearCategoryCounts[] {
  const byYear = new Map<number, YearCategoryCounts>();
  for (const paper of papers) {
    const year = yearOf(paper);
    if (year === undefined) continue;

    const entry = byYear.get(year) ?? { year, total: 0, byCategory: createCategoryCounts() };
    const category = categoryOf(paper);
    entry.total += 1;
    entry.byCategory[category] = (entry.byCategory[category] ?? 0) + 1;
    byYear.set(year, entry);
  }

  if (byYear.size === 0) return [];
  const years = [...byYear.keys()];
  const first = Math.min(...years);
  const last = Math.max(...years);
  const counts: YearCategoryCounts[] = [];
  for (let year = first; year <= last; year++) {
    counts.push(byYear.get(year) ?? { year, total: 0, byCategory: createCategoryCounts() });
  }
  return counts;
}

export interface CategoryShare {
  category: string;
  count: number;
  /** Fraction of the papers counted, from 0 to 1. */
  share: number;
}

/** Counts papers per category, largest first, ties by category code. */
export function computeCategoryMix(papers: readonly Paper[]): CategoryShare[] {
  const counts = new Map<string, number>();
  for (const paper of papers) {
    const category = categoryOf(paper);
    counts.set(category, (counts.get(category) ?? 0) + 1);
  }

  return toCategoryShares(counts, papers.length);
}

/** Turns counts per category out of `total` papers into shares, largest first, ties by category code. */
export function toCategoryShares(counts: ReadonlyMap<string, number>, total: number): CategoryShare[] {
  return [...counts.entries()]
    .map(([category, count]) => ({ category, count, share: count / total }))
    .sort((left, right) => right.count - left.count || left.category.localeCompare(right.category));
}

export interface ScoreBand {
  id: 'exceptional' | 'strong' | 'moderate' | 'low';
  label: string;
  /** Lowest score in the band, inclusive. */
  min: number;
  meaning: string;
}

/** Score bands from the top down; a score belongs to the first band whose minimum it reaches. */
export const SCORE_BANDS: readonly ScoreBand[] = [
  { id: 'exceptional', label: '80–100', min: 80, meaning: 'Exceptional' },
  { id: 'strong', label: '60–79', min: 60, meaning: 'Strong' },
  { id: 'moderate', label: '40–59', min: 40, meaning: 'Moderate' },
  { id: 'low', label: '0–39', min: 0, meaning: 'Low' },
];

export function findScoreBand(score: number): ScoreBand {
  return SCORE_BANDS.find((band) => score >= band.min) ?? (SCORE_BANDS[SCORE_BANDS.length - 1] as ScoreBand);
}

export interface ScoredPaper {
  id: string;
  title: string;
  score: number;
  band: ScoreBand['id'];
}

export interface ScoreDistribution {
  /** Scored papers, highest score first. */
  scored: ScoredPaper[];
  /** Papers per band, in the order of SCORE_BANDS. */
  bandCounts: { band: ScoreBand; count: number }[];
  unscoredCount: number;
  /** Mean of the scores, or undefined when no paper is scored. */
  meanScore?: number;
}

/** Builds the score chart's entry for a paper with the given score. */
export function toScoredPaper(paper: Paper, score: number): ScoredPaper {
  return { id: paper.id, title: paper.title, score, band: findScoreBand(score).id };
}

/** Sums up scored papers, sorted highest score first, out of `paperCount` papers. */
export function describeSortedScores(scored: ScoredPaper[], paperCount: number): ScoreDistribution {
  const bandCounts = SCORE_BANDS.map((band) => ({ band, count: 0 }));
  let sum = 0;
  for (const paper of scored) {
    const bandCount = bandCounts.find((entry) => entry.band.id === paper.band);
    if (bandCount) bandCount.count += 1;
    sum += paper.score;
  }

  return {
    scored,
    bandCounts,
    unscoredCount: paperCount - scored.length,
    meanScore: scored.length > 0 ? sum / scored.length : undefined,
  };
}

export function computeScoreDistribution(papers: readonly Paper[]): ScoreDistribution {
  const scored: ScoredPaper[] = [];
  for (const paper of papers) {
    if (paper.score !== undefined) scored.push(toScoredPaper(paper, paper.score));
  }
  scored.sort((left, right) => right.score - left.score);

  return describeSortedScores(scored, papers.length);
}
