export type SortKey = 'date' | 'score' | 'citations' | 'title' | 'category' | 'position' | 'source';
/** Owner's place that the authorship filter keeps. A sole author counts as both first and last. */
export type AuthorshipFilter = 'first' | 'last';
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
  /** A person id from the record's people: only the papers the owner shares with that person. */
  coauthor?: string;
  authorship?: AuthorshipFilter;
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
  /**
   * Ids of the papers the person set aside as not theirs, sorted and unique. They leave the record, so no figure,
   * chart or table row counts them. Ids missing from the dataset are ignored.
   */
  setAside: string[];
}

export const SORT_KEYS: readonly SortKey[] = ['date', 'score', 'citations', 'title', 'category', 'position', 'source'];

/** The direction a column sorts in on its first click: newest and highest first, names A to Z. */
export const FIRST_SORT_DIRECTION: Record<SortKey, SortDirection> = {
  date: 'desc',
  score: 'desc',
  citations: 'desc',
  title: 'asc',
  category: 'asc',
  position: 'asc',
  source: 'asc',
};

export const DEFAULT_SORT: SortState = { key: 'date', direction: 'desc' };

export function createDefaultFilters(): FilterState {
  return { search: '', categories: [], hasCode: false, scoredOnly: false };
}

export function createDefaultViewState(): ViewState {
  return { filters: createDefaultFilters(), sort: { ...DEFAULT_SORT }, selection: {}, setAside: [] };
}

/** Sorts paper ids and drops repeats, the form `ViewState.setAside` uses so that equal lists compare equal. */
export function normalizePaperIds(ids: Iterable<string>): string[] {
  return [...new Set(ids)].sort();
}

/** True when two normalized id lists contain the same ids. */
export function haveSamePaperIds(first: readonly string[], second: readonly string[]): boolean {
  return first.length === second.length && first.every((id, position) => id === second[position]);
}

/**
 * True when the view shows the whole record in the default order, as before anyone filtered, sorted, clicked a chart
 * or set a paper aside.
 */
export function isDefaultViewState(view: ViewState): boolean {
  const defaults = createDefaultViewState();
  const { filters, sort, selection, setAside } = view;

  return (
    filters.search === defaults.filters.search &&
    filters.categories.length === 0 &&
    filters.yearFrom === undefined &&
    filters.yearTo === undefined &&
    filters.hasCode === defaults.filters.hasCode &&
    filters.scoredOnly === defaults.filters.scoredOnly &&
    filters.coauthor === undefined &&
    filters.authorship === undefined &&
    sort.key === defaults.sort.key &&
    sort.direction === defaults.sort.direction &&
    selection.year === undefined &&
    selection.category === undefined &&
    setAside.length === 0
  );
}
