import {
  countPapersByYearAndCategory,
  createCategoryCounts,
  toCategoryShares,
  UNCATEGORISED,
  type CategoryShare,
  type YearCategoryCounts,
} from './aggregate';
import { listCountedIds, sumTallyByKey, tallyCategories } from './category-tally';
import { createPaperPredicate } from './filter';
import type { PaperIndex } from './paper-index';
import type { ChartSelection, FilterState } from './view-state';

export interface YearChartCounts {
  /** Papers that pass, dated or not. */
  paperCount: number;
  counts: YearCategoryCounts[];
}

/** Larger grids, such as thousands of categories over centuries, are counted through a list of papers instead. */
const MAX_GRID_CELLS = 1_000_000;

/** Matching papers per year and category id, in cells of `(year - firstYear) * categoryCount + id`. */
interface YearCategoryGrid {
  firstYear: number;
  categoryCount: number;
  counts: Int32Array;
  firstPositions: Int32Array;
  paperCount: number;
  /** Years of the earliest and latest matching dated papers. The first exceeds the last when none matched. */
  firstMatchedYear: number;
  lastMatchedYear: number;
}

function findYearRange(years: Int32Array): { first: number; last: number } {
  let first = Infinity;
  let last = -Infinity;
  for (const year of years) {
    if (year === 0) continue;
    first = Math.min(first, year);
    last = Math.max(last, year);
  }
  return { first, last };
}

function createGrid(index: PaperIndex, firstYear: number, cellCount: number): YearCategoryGrid {
  return {
    firstYear,
    categoryCount: index.categories.length,
    counts: new Int32Array(cellCount),
    firstPositions: new Int32Array(cellCount),
    paperCount: 0,
    firstMatchedYear: Infinity,
    lastMatchedYear: -Infinity,
  };
}

function tallyGrid(index: PaperIndex, grid: YearCategoryGrid, matches: (position: number) => boolean): void {
  const { years, categoryIds } = index;
  for (let position = 0; position < years.length; position++) {
    if (!matches(position)) continue;

    grid.paperCount += 1;
    const year = years[position] ?? 0;
    if (year === 0) continue;

    const cell = (year - grid.firstYear) * grid.categoryCount + (categoryIds[position] ?? 0);
    if (grid.counts[cell] === 0) grid.firstPositions[cell] = position;
    grid.counts[cell] = (grid.counts[cell] ?? 0) + 1;
    grid.firstMatchedYear = Math.min(grid.firstMatchedYear, year);
    grid.lastMatchedYear = Math.max(grid.lastMatchedYear, year);
  }
}

function buildYearRow(index: PaperIndex, grid: YearCategoryGrid, year: number): YearCategoryCounts {
  const start = (year - grid.firstYear) * grid.categoryCount;
  const counts = grid.counts.subarray(start, start + grid.categoryCount);
  const firstPositions = grid.firstPositions.subarray(start, start + grid.categoryCount);
  const row: YearCategoryCounts = { year, total: 0, byCategory: createCategoryCounts() };

  for (const id of listCountedIds(counts, firstPositions)) {
    const key = index.categories[id] ?? UNCATEGORISED;
    const count = counts[id] ?? 0;
    row.byCategory[key] = (row.byCategory[key] ?? 0) + count;
    row.total += count;
  }
  return row;
}

function countThroughPaperList(index: PaperIndex, matches: (position: number) => boolean): YearChartCounts {
  const papers = index.papers.filter((_paper, position) => matches(position));
  return { paperCount: papers.length, counts: countPapersByYearAndCategory(papers) };
}

/**
 * Counts the papers that pass the filters and the selection per year and category, with the
 * same rows, key order and zero years as countPapersByYearAndCategory over those papers, but
 * without building the list of papers. Unlike that function, it counts a paper dated in the
 * year 0000 as undated, as the filters do.
 */
export function countMatchingByYearAndCategory(
  index: PaperIndex,
  filters: FilterState,
  selection: ChartSelection,
): YearChartCounts {
  const matches = createPaperPredicate(index, filters, selection);
  const { first, last } = findYearRange(index.years);
  const cellCount = first <= last ? (last - first + 1) * index.categories.length : 0;
  if (cellCount > MAX_GRID_CELLS) return countThroughPaperList(index, matches);

  const grid = createGrid(index, first, cellCount);
  tallyGrid(index, grid, matches);

  const counts: YearCategoryCounts[] = [];
  for (let year = grid.firstMatchedYear; year <= grid.lastMatchedYear; year++) {
    counts.push(buildYearRow(index, grid, year));
  }
  return { paperCount: grid.paperCount, counts };
}

/** Computes the category mix of the papers that pass the filters and the selection, as computeCategoryMix would. */
export function computeMatchingCategoryMix(
  index: PaperIndex,
  filters: FilterState,
  selection: ChartSelection,
): CategoryShare[] {
  const tally = tallyCategories(index, createPaperPredicate(index, filters, selection));
  const counts = sumTallyByKey(index, tally, (category) => category ?? UNCATEGORISED);
  return toCategoryShares(counts, tally.matchCount);
}
