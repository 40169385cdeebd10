import type { Paper } from './model';

/** The largest h such that h papers have at least h citations each. */
export function computeHIndex(citationCounts: readonly number[]): number {
  const sorted = [...citationCounts].sort((left, right) => right - left);
  let hIndex = 0;
  while (hIndex < sorted.length && (sorted[hIndex] ?? 0) >= hIndex + 1) hIndex++;
  return hIndex;
}

/** The number of papers with at least 10 citations. */
export function computeI10Index(citationCounts: readonly number[]): number {
  return citationCounts.filter((count) => count >= 10).length;
}

export interface CitationFigures {
  /** Papers whose citation count is known; the other figures count only these. */
  papersWithCitations: number;
  totalCitations: number;
  hIndex: number;
  i10Index: number;
}

/** Computes citation figures from the papers that carry a count, or returns undefined when none does. */
export function computeCitationFigures(papers: readonly Paper[]): CitationFigures | undefined {
  const counts = papers.flatMap((paper) => (paper.citations === undefined ? [] : [paper.citations]));
  if (counts.length === 0) return undefined;

  return {
    papersWithCitations: counts.length,
    totalCitations: counts.reduce((total, count) => total + count, 0),
    hIndex: computeHIndex(counts),
    i10Index: computeI10Index(counts),
  };
}

export interface CitationsInYear {
  year: number;
  citations: number;
}

/**
 * Adds up the citations the papers received in each year, from their per-year counts; every year
 * between the first and the last appears. Returns [] when no paper has per-year counts.
 */
export function sumCitationsByYear(papers: readonly Paper[]): CitationsInYear[] {
  const totals = new Map<number, number>();
  for (const paper of papers) {
    for (const { year, count } of paper.citationsByYear ?? []) totals.set(year, (totals.get(year) ?? 0) + count);
  }
  if (totals.size === 0) return [];

  const years = [...totals.keys()];
  const result: CitationsInYear[] = [];
  for (let year = Math.min(...years); year <= Math.max(...years); year++) {
    result.push({ year, citations: totals.get(year) ?? 0 });
  }
  return result;
}
