export type SortKey = 'date' | 'score' | 'citations' | 'title' | 'category' | 'source';
export type SortDirection = 'asc' | 'desc';

export interface SortState {
  key: SortKey;
  direction: SortDirection;
}

/** What narrows the paper list. Empty `categories` means every category. */
export interface FilterState {
  search: string;
  categories: string[];
  yearFrom?: number;
  yearTo?: number;
  hasCode: boolean;
  scoredOnly: boolean;
}

/** A year bar or category slice the person clicked in a chart; it narrows the table like a filter. */
export interface ChartSelection {
  year?: number;
  category?: string;
}

export interface ViewState {
  filters: FilterState;
  sort: SortState;
  selection: ChartSelection;
}

export const SORT_KEYS: readonly SortKey[] = ['date', 'score', 'citations', 'title', 'category', 'source'];

/** The direction a column sorts in on its first click: newest and highest first, names A to Z. */
export const FIRST_SORT_DIRECTION: Record<SortKey, SortDirection> = {
  date: 'desc',
  score: 'desc',
  citations: 'desc',
  title: 'asc',
  category: 'asc',
  source: 'asc',
};

export const DEFAULT_SORT: SortState = { key: 'date', direction: 'desc' };

export function createDefaultFilters(): FilterState {
  return { search: '', categories: [], hasCode: false, scoredOnly: false };
}

export function createDefaultViewState(): ViewState {
  return { filters: createDefaultFilters(), sort: { ...DEFAULT_SORT }, selection: {} };
}

/** True when the view shows everything in the default order, as before anyone filtered, sorted or clicked a chart. */
export function isDefaultViewState(view: ViewState): boolean {
  const defaults = createDefaultViewState();
  const { filters, sort, selection } = view;

  return (
    filters.search === defaults.filters.search &&
    filters.categories.length === 0 &&
    filters.yearFrom === undefined &&
    filters.yearTo === undefined &&
    filters.hasCode === defaults.filters.hasCode &&
    filters.scoredOnly === defaults.filters.scoredOnly &&
    sort.key === defaults.sort.key &&
    sort.direction === defaults.sort.direction &&
    selection.year === undefined &&
    selection.category === undefined
  );
}
