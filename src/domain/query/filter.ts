import type { Paper } from '../model';
import { foldText } from '../text';
import { sumTallyByKey, tallyCategories } from './category-tally';
import { getSortedOrder, type PaperIndex } from './paper-index';
import { getSearchMatch } from './search-match';
import { getPeopleFacts } from './people-facts';
import type { ChartSelection, FilterState, SortState } from './view-state';

/** Splits a search query into folded words; every word must occur in a matching paper. */
export function tokenizeQuery(query: string): string[] {
  return foldText(query).split(' ').filter((word) => word.length > 0);
}

interface FilterOptions {
  /** Leaves the category toggles and the category selection out, for counting papers per category. */
  ignoreCategories?: boolean;
}

/**
 * Marks each category of the index that the toggles and the selected category let through, or
 * returns undefined when both let every category through.
 */
function createCategoryMask(
  index: PaperIndex,
  filters: FilterState,
  selection: ChartSelection,
  options: FilterOptions,
): Uint8Array | undefined {
  const toggled = options.ignoreCategories || filters.categories.length === 0 ? undefined : new Set(filters.categories);
  const selected = options.ignoreCategories ? undefined : selection.category;
  if (!toggled && selected === undefined) return undefined;

  return Uint8Array.from(index.categories, (category) => {
    // The toggles name papers without a category by the empty string.
    if (toggled && !toggled.has(category ?? '')) return 0;
    if (selected !== undefined && category !== selected) return 0;
    return 1;
  });
}

/** Returns the masks of the co-author and authorship filters that are set, by position: 1 lets a paper through. */
function listPeopleMasks(index: PaperIndex, filters: FilterState): Uint8Array[] {
  const { coauthor, authorship } = filters;
  if (coauthor === undefined && authorship === undefined) return [];

  const facts = getPeopleFacts(index, index.ownerName);
  const masks: Uint8Array[] = [];
  if (coauthor !== undefined) masks.push(facts.personMask(coauthor));
  if (authorship !== undefined) masks.push(facts.authorshipMask(authorship));
  return masks;
}

/**
 * Builds one predicate over paper positions from the filters and the chart selection. It reads
 * the index's typed arrays and its cached search match, so that several predicates built for
 * one interaction search the text once.
 */
export function createPaperPredicate(
  index: PaperIndex,
  filters: FilterState,
  selection: ChartSelection,
  options: FilterOptions = {},
): (position: number) => boolean {
  const searchMask = getSearchMatch(index, tokenizeQuery(filters.search))?.mask;
  const peopleMasks = listPeopleMasks(index, filters);
  const categoryMask = createCategoryMask(index, filters, selection, options);
  const { years, hasCode, scored, categoryIds } = index;
  const { yearFrom, yearTo, hasCode: requiresCode, scoredOnly: requiresScore } = filters;
  const hasYearRange = yearFrom !== undefined || yearTo !== undefined;
  const selectedYear = selection.year;

  return (position) => {
    if (requiresCode && hasCode[position] === 0) return false;
    if (requiresScore && scored[position] === 0) return false;
    if (categoryMask && categoryMask[categoryIds[position] ?? 0] === 0) return false;

    const year = years[position] ?? 0;
    if (hasYearRange && year === 0) return false;
    if (yearFrom !== undefined && year < yearFrom) return false;
    if (yearTo !== undefined && year > yearTo) return false;
    if (selectedYear !== undefined && year !== selectedYear) return false;

    for (const mask of peopleMasks) {
      if (mask[position] === 0) return false;
    }
    return searchMask === undefined || searchMask[position] === 1;
  };
}

/** Returns the positions of the papers that pass the filters and the chart selection, in the requested order. */
export function selectVisiblePositions(
  index: PaperIndex,
  filters: FilterState,
  selection: ChartSelection,
  sort: SortState,
): Int32Array {
  const matches = createPaperPredicate(index, filters, selection);
  const order = getSortedOrder(index, sort);
  const visible = new Int32Array(order.length);
  let visibleCount = 0;
  for (const position of order) {
    if (matches(position)) visible[visibleCount++] = position;
  }
  return visible.slice(0, visibleCount);
}

/** Returns the positions of the papers that pass the filters and the chart selection, in source order. */
export function selectMatchingPositions(index: PaperIndex, filters: FilterState, selection: ChartSelection): Int32Array {
  const matches = createPaperPredicate(index, filters, selection);
  const matching = new Int32Array(index.papers.length);
  let matchingCount = 0;
  for (let position = 0; position < index.papers.length; position++) {
    if (matches(position)) matching[matchingCount++] = position;
  }
  return matching.slice(0, matchingCount);
}

export function papersAt(index: PaperIndex, positions: Int32Array): Paper[] {
  const papers = new Array<Paper>(positions.length);
  for (let slot = 0; slot < positions.length; slot++) {
    papers[slot] = index.papers[positions[slot] ?? 0] as Paper;
  }
  return papers;
}

/** Returns the papers that pass the filters and the chart selection, in the requested order. */
export function selectVisiblePapers(
  index: PaperIndex,
  filters: FilterState,
  selection: ChartSelection,
  sort: SortState,
): Paper[] {
  return papersAt(index, selectVisiblePositions(index, filters, selection, sort));
}

/**
 * Counts papers per category among those that pass every filter except the category ones.
 * Papers without a category count under the empty string, and categories appear in the order
 * of their first matching paper.
 */
export function countPapersPerCategory(
  index: PaperIndex,
  filters: FilterState,
  selection: ChartSelection,
): Map<string, number> {
  const matches = createPaperPredicate(index, filters, selection, { ignoreCategories: true });
  return sumTallyByKey(index, tallyCategories(index, matches), (category) => category ?? '');
}
