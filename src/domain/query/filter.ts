import type { Paper } from '../model';
import { foldText } from '../text';
import { getSortedOrder, type PaperIndex } from './paper-index';
import type { ChartSelection, FilterState, SortState } from './view-state';

/** Splits a search query into folded words; every word must occur in a matching paper. */
export function tokenizeQuery(query: string): string[] {
  return foldText(query).split(' ').filter((word) => word.length > 0);
}

interface FilterOptions {
  /** Leaves the category toggles and the category selection out, for counting papers per category. */
  ignoreCategories?: boolean;
}

/** Builds one predicate over paper positions from the filters and the chart selection. */
export function createPaperPredicate(
  index: PaperIndex,
  filters: FilterState,
  selection: ChartSelection,
  options: FilterOptions = {},
): (position: number) => boolean {
  const words = tokenizeQuery(filters.search);
  const categories = options.ignoreCategories || filters.categories.length === 0 ? null : new Set(filters.categories);
  const selectedCategory = options.ignoreCategories ? undefined : selection.category;
  const { yearFrom, yearTo } = filters;
  const hasYearRange = yearFrom !== undefined || yearTo !== undefined;

  return (position) => {
    const paper = index.papers[position] as Paper;
    const year = index.years[position] ?? 0;

    if (filters.hasCode && !paper.hasCode) return false;
    if (filters.scoredOnly && paper.score === undefined) return false;
    if (categories && !categories.has(paper.category ?? '')) return false;
    if (selectedCategory !== undefined && paper.category !== selectedCategory) return false;
    if (hasYearRange && year === 0) return false;
    if (yearFrom !== undefined && year < yearFrom) return false;
    if (yearTo !== undefined && year > yearTo) return false;
    if (selection.year !== undefined && year !== selection.year) return false;

    const text = index.searchText[position] ?? '';
    return words.every((word) => text.includes(word));
  };
}

/** Returns the papers that pass the filters and the chart selection, in the requested order. */
export function selectVisiblePapers(
  index: PaperIndex,
  filters: FilterState,
  selection: ChartSelection,
  sort: SortState,
): Paper[] {
  const matches = createPaperPredicate(index, filters, selection);
  const visible: Paper[] = [];
  for (const position of getSortedOrder(index, sort)) {
    if (matches(position)) visible.push(index.papers[position] as Paper);
  }
  return visible;
}

/** Counts papers per category among those that pass every filter except the category ones. */
export function countPapersPerCategory(
  index: PaperIndex,
  filters: FilterState,
  selection: ChartSelection,
): Map<string, number> {
  const matches = createPaperPredicate(index, filters, selection, { ignoreCategories: true });
  const counts = new Map<string, number>();
  index.papers.forEach((paper, position) => {
    if (!matches(position)) return;
    const category = paper.category ?? '';
    counts.set(category, (counts.get(category) ?? 0) + 1);
  });
  return counts;
}
