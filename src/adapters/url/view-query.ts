import {
  createDefaultViewState,
  DEFAULT_SORT,
  SORT_KEYS,
  type SortKey,
  type SortState,
  type ViewState,
} from '../../domain/query/view-state';

/** Query parameter names; short because people paste these links. */
const PARAM = {
  search: 'q',
  categories: 'cat',
  yearFrom: 'from',
  yearTo: 'to',
  hasCode: 'code',
  scoredOnly: 'scored',
  sort: 'sort',
  selectedYear: 'year',
  selectedCategory: 'slice',
} as const;

const MIN_YEAR = 1000;
const MAX_YEAR = 9999;

/** Category codes as sources write them (`LG`, `cs.CL`, `q-bio.NC`, `Machine Learning`); anything else in a link is dropped. */
const CATEGORY_CODE = /^[\p{L}\p{N}][\p{L}\p{N} ._-]{0,79}$/u;
/** More categories than any dataset has in practice; a longer list in a link is cut, so a hostile link cannot stall the page. */
const MAX_CATEGORIES = 200;
const MAX_SEARCH_LENGTH = 500;

function parseYear(value: string | null): number | undefined {
  if (value === null || !/^\d{4}$/.test(value)) return undefined;
  const year = Number(value);
  return year >= MIN_YEAR && year <= MAX_YEAR ? year : undefined;
}

function parseSort(value: string | null): SortState {
  const match = value?.match(/^([a-z]+)-(asc|desc)$/);
  if (!match) return { ...DEFAULT_SORT };
  const key = match[1] as SortKey;
  if (!SORT_KEYS.includes(key)) return { ...DEFAULT_SORT };
  return { key, direction: match[2] as SortState['direction'] };
}

function parseCategories(value: string | null): string[] {
  if (!value) return [];
  const categories = value
    .split(',')
    .map((category) => category.trim())
    .filter((category) => CATEGORY_CODE.test(category));
  return [...new Set(categories)].slice(0, MAX_CATEGORIES);
}

function parseCategory(value: string | null): string | undefined {
  const category = value?.trim();
  return category && CATEGORY_CODE.test(category) ? category : undefined;
}

/** Reads a view from a query string. Unknown parameters and malformed values are ignored. */
export function parseViewQuery(query: string): ViewState {
  const params = new URLSearchParams(query);
  const view = createDefaultViewState();
  let yearFrom = parseYear(params.get(PARAM.yearFrom));
  let yearTo = parseYear(params.get(PARAM.yearTo));
  if (yearFrom !== undefined && yearTo !== undefined && yearFrom > yearTo) [yearFrom, yearTo] = [yearTo, yearFrom];

  view.filters = {
    search: (params.get(PARAM.search) ?? '').slice(0, MAX_SEARCH_LENGTH),
    categories: parseCategories(params.get(PARAM.categories)),
    yearFrom,
    yearTo,
    hasCode: params.get(PARAM.hasCode) === '1',
    scoredOnly: params.get(PARAM.scoredOnly) === '1',
  };
  view.sort = parseSort(params.get(PARAM.sort));
  view.selection = {
    year: parseYear(params.get(PARAM.selectedYear)),
    category: parseCategory(params.get(PARAM.selectedCategory)),
  };
  return view;
}

/** Writes a view as a query string (without `?`), leaving out every value that is at its default. */
export function formatViewQuery(view: ViewState): string {
  const params = new URLSearchParams();
  const { filters, sort, selection } = view;

  if (filters.search.trim()) params.set(PARAM.search, filters.search);
  if (filters.categories.length > 0) params.set(PARAM.categories, filters.categories.join(','));
  if (filters.yearFrom !== undefined) params.set(PARAM.yearFrom, String(filters.yearFrom));
  if (filters.yearTo !== undefined) params.set(PARAM.yearTo, String(filters.yearTo));
  if (filters.hasCode) params.set(PARAM.hasCode, '1');
  if (filters.scoredOnly) params.set(PARAM.scoredOnly, '1');
  if (sort.key !== DEFAULT_SORT.key || sort.direction !== DEFAULT_SORT.direction) {
    params.set(PARAM.sort, `${sort.key}-${sort.direction}`);
  }
  if (selection.year !== undefined) params.set(PARAM.selectedYear, String(selection.year));
  if (selection.category !== undefined) params.set(PARAM.selectedCategory, selection.category);

  return params.toString();
}
