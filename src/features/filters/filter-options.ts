import { formatCount } from '../../domain/format';
import { UNCATEGORISED } from '../../domain/query/aggregate';
import type { ChartSelection, FilterState } from '../../domain/query/view-state';
import { describeCategory } from '../../domain/categories';

/** The text a category shows on screen: its code, and its name when the name adds something. */
export interface CategoryLabel {
  code: string;
  name?: string;
}

export interface CategoryOption {
  /** Category code as the papers write it. The empty string is the key of papers without a category. */
  key: string;
  label: CategoryLabel;
  /** Number of papers in this category under every filter except the category ones. */
  count: number;
  pressed: boolean;
}

export interface YearSpan {
  first: number;
  last: number;
}

export interface YearRange {
  yearFrom?: number;
  yearTo?: number;
}

/** Labels a category code. Papers without a category read as UNCATEGORISED, as in the chart aggregates. */
export function labelCategory(key: string): CategoryLabel {
  if (key === '') return { code: UNCATEGORISED };

  const name = describeCategory(key);
  return name === key ? { code: key } : { code: key, name };
}

/**
 * Lists one toggle per category, largest first by its count in the whole dataset, then by code.
 * A pressed category the dataset lacks (one restored from a link) stays listed so that it can be released.
 */
export function listCategoryOptions(
  datasetCounts: ReadonlyMap<string, number>,
  facetCounts: ReadonlyMap<string, number>,
  pressed: readonly string[],
): CategoryOption[] {
  const keys = new Set([...datasetCounts.keys(), ...pressed]);
  const sizeOf = (key: string) => datasetCounts.get(key) ?? 0;
  const ordered = [...keys].sort((left, right) => sizeOf(right) - sizeOf(left) || left.localeCompare(right));

  return ordered.map((key) => ({
    key,
    label: labelCategory(key),
    count: facetCounts.get(key) ?? 0,
    pressed: pressed.includes(key),
  }));
}

/** Finds the first and last publication year. Years of 0 mark unknown dates and are skipped. */
export function findYearSpan(years: ArrayLike<number>): YearSpan | undefined {
  let first = Infinity;
  let last = -Infinity;
  for (let position = 0; position < years.length; position++) {
    const year = years[position] ?? 0;
    if (year === 0) continue;
    first = Math.min(first, year);
    last = Math.max(last, year);
  }

  return first === Infinity ? undefined : { first, last };
}

/**
 * Lists the years a range select offers: every year of the span, plus a chosen year outside it
 * (one restored from a link), so that the select can show what the filter holds.
 */
export function listYearChoices(span: YearSpan | undefined, range: YearRange): number[] {
  const years = new Set<number>();
  if (span) {
    for (let year = span.first; year <= span.last; year++) years.add(year);
  }
  if (range.yearFrom !== undefined) years.add(range.yearFrom);
  if (range.yearTo !== undefined) years.add(range.yearTo);

  return [...years].sort((left, right) => left - right);
}

/** Returns the range with one end changed. When the ends would cross, the other end moves to the same year. */
export function changeYearRange(current: YearRange, end: 'from' | 'to', year: number | undefined): YearRange {
  if (end === 'from') {
    const crosses = year !== undefined && current.yearTo !== undefined && year > current.yearTo;
    return { yearFrom: year, yearTo: crosses ? year : current.yearTo };
  }

  const crosses = year !== undefined && current.yearFrom !== undefined && year < current.yearFrom;
  return { yearFrom: crosses ? year : current.yearFrom, yearTo: year };
}

/** Returns whether any filter or chart selection is set, which is when "Clear filters" has work to do. */
export function hasActiveFilters(filters: FilterState, selection: ChartSelection): boolean {
  return (
    filters.search !== '' ||
    filters.categories.length > 0 ||
    filters.yearFrom !== undefined ||
    filters.yearTo !== undefined ||
    filters.hasCode ||
    filters.scoredOnly ||
    filters.coauthor !== undefined ||
    filters.authorship !== undefined ||
    selection.year !== undefined ||
    selection.category !== undefined
  );
}

/** Formats the live count: "3 of 19 papers". */
export function describePaperCount(visible: number, total: number): string {
  return `${formatCount(visible)} of ${formatCount(total)} ${total === 1 ? 'paper' : 'papers'}`;
}
