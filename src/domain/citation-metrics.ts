import type { Paper } from './model';

function sortMostCitedFirst(citationCounts: readonly number[]): number[] {
  return [...citationCounts].sort((left, right) => right - left);
}

function hIndexOfSorted(mostCitedFirst: readonly number[]): number {
  let hIndex = 0;
  while (hIndex < mostCitedFirst.length && (mostCitedFirst[hIndex] ?? 0) >= hIndex + 1) hIndex++;
  return hIndex;
}

// Stopping at the first g that fails is safe because the top-g sum grows by ever smaller counts while g² grows by
// ever larger steps, so once the sum falls below g² it stays below.
function gIndexOfSorted(mostCitedFirst: readonly number[]): number {
  let gIndex = 0;
  let topCitations = 0;
  for (const count of mostCitedFirst) {
    topCitations += count;
    if (topCitations < (gIndex + 1) ** 2) break;
    gIndex++;
  }
  return gIndex;
}

/** Computes the largest h such that h papers have at least h citations each. */
export function computeHIndex(citationCounts: readonly number[]): number {
  return hIndexOfSorted(sortMostCitedFirst(citationCounts));
}

/**
 * Computes the largest g such that the g most cited papers have at least g² citations together. Only papers that
 * exist count, so g is at most the number of papers, and [10, 0, 0] has a g-index of 3, not 4.
 */
export function computeGIndex(citationCounts: readonly number[]): number {
  return gIndexOfSorted(sortMostCitedFirst(citationCounts));
}

/** The number of papers with at least 10 citations. */
export function computeI10Index(citationCounts: readonly number[]): number {
  return citationCounts.filter((count) => count >= 10).length;
}

/** The citations and papers the h-index needs to rise by one. */
export interface NextHIndexStep {
  /** The current h-index plus one. */
  targetHIndex: number;
  /** Citations the `targetHIndex` most cited papers lack to reach `targetHIndex` each, a missing paper counting as 0. */
  citationsNeeded: number;
  /** How many of those papers lack citations, a missing paper included. */
  papersShort: number;
  /** True when there are only h papers, so the step also needs a paper that is not among them and counts as 0. */
  needsNewPaper: boolean;
}

function nextHStepOfSorted(mostCitedFirst: readonly number[]): NextHIndexStep {
  const targetHIndex = hIndexOfSorted(mostCitedFirst) + 1;
  let citationsNeeded = 0;
  let papersShort = 0;
  for (let rank = 0; rank < targetHIndex; rank++) {
    const shortfall = Math.max(0, targetHIndex - (mostCitedFirst[rank] ?? 0));
    citationsNeeded += shortfall;
    if (shortfall > 0) papersShort++;
  }

  return { targetHIndex, citationsNeeded, papersShort, needsNewPaper: mostCitedFirst.length < targetHIndex };
}

/**
 * Computes how many more citations the papers need for their h-index to rise from h to h + 1. Each of the h + 1
 * most cited papers needs at least h + 1, and the shortfalls add up. With only h papers, the (h + 1)th paper does
 * not exist, so it counts as 0 citations and `needsNewPaper` is true: [4, 4, 4, 4] needs 1 + 1 + 1 + 1 + 5 = 9.
 */
export function citationsForNextH(citationCounts: readonly number[]): NextHIndexStep {
  return nextHStepOfSorted(sortMostCitedFirst(citationCounts));
}

export interface CitationFigures {
  /** Papers whose citation count is known; the other figures count only these. */
  papersWithCitations: number;
  totalCitations: number;
  hIndex: number;
  i10Index: number;
  gIndex: number;
  nextHStep: NextHIndexStep;
  /** The known citation counts from the most cited paper down, the input of every figure above. */
  countsMostCitedFirst: number[];
}

/** Computes citation figures from the papers that carry a count, or returns undefined when none does. */
export function computeCitationFigures(papers: readonly Paper[]): CitationFigures | undefined {
  const counts = papers.flatMap((paper) => (paper.citations === undefined ? [] : [paper.citations]));
  if (counts.length === 0) return undefined;

  const countsMostCitedFirst = sortMostCitedFirst(counts);
  return {
    papersWithCitations: counts.length,
    totalCitations: counts.reduce((total, count) => total + count, 0),
    hIndex: hIndexOfSorted(countsMostCitedFirst),
    i10Index: computeI10Index(counts),
    gIndex: gIndexOfSorted(countsMostCitedFirst),
    nextHStep: nextHStepOfSorted(countsMostCitedFirst),
    countsMostCitedFirst,
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
