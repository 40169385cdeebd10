import {
  createDefaultViewState,
  DEFAULT_SORT,
  normalizePaperIds,
  SORT_KEYS,
  type AuthorshipFilter,
  type SortKey,
  type SortState,
  type ViewState,
} from '../../domain/query/view-state';
import { nameKey } from '../../domain/people/person-names';

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
  setAside: 'aside',
  coauthor: 'with',
  authorship: 'role',
} as const;

const MIN_YEAR = 1000;
const MAX_YEAR = 9999;

/** Category codes as sources write them (`LG`, `cs.CL`, `q-bio.NC`, `Machine Learning`); anything else in a link is dropped. */
const CATEGORY_CODE = /^[\p{L}\p{N}][\p{L}\p{N} ._-]{0,79}$/u;
/** More categories than any dataset has in practice; a longer list in a link is cut, so a hostile link cannot stall the page. */
const MAX_CATEGORIES = 200;
const MAX_SEARCH_LENGTH = 500;
/**
 * Maximum number of set-aside ids read from a link, and a longer list is cut. With ids of about 25 characters, the
 * longest list makes a link of roughly 60 kB (an estimate).
 */
const MAX_SET_ASIDE_IDS = 2000;
/** Maximum id length read from a link, room for arXiv ids, DOIs and title hashes. A longer id is dropped. */
const MAX_PAPER_ID_LENGTH = 300;
const SET_ASIDE_SEPARATOR = ',';

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

/** Longer co-author values in a link, or ones with control characters, are dropped. */
const MAX_PERSON_LENGTH = 200;

/** Reads a co-author as a person id: the folded name key, so that a link written by hand with capitals still matches. */
function parseCoauthor(value: string | null): string | undefined {
  const person = value?.trim();
  if (!person || person.length > MAX_PERSON_LENGTH || /\p{Cc}/u.test(person)) return undefined;
  return nameKey(person) || undefined;
}

function parseAuthorship(value: string | null): AuthorshipFilter | undefined {
  return value === 'first' || value === 'last' ? value : undefined;
}

function parseCategory(value: string | null): string | undefined {
  const category = value?.trim();
  return category && CATEGORY_CODE.test(category) ? category : undefined;
}

/** Escapes `%` and the separator inside an id, so that any id survives the comma-separated list. */
function escapePaperId(id: string): string {
  return id.replaceAll('%', '%25').replaceAll(SET_ASIDE_SEPARATOR, '%2C');
}

function unescapePaperId(escaped: string): string | undefined {
  try {
    return decodeURIComponent(escaped);
  } catch {
    return undefined;
  }
}

function isValidPaperId(id: string | undefined): id is string {
  return id !== undefined && id.length > 0 && id.length <= MAX_PAPER_ID_LENGTH;
}

function parseSetAside(value: string | null): string[] {
  if (!value) return [];
  // The split stops at the cap, so a hostile list of millions of ids is never built.
  const ids = value
    .split(SET_ASIDE_SEPARATOR, MAX_SET_ASIDE_IDS)
    .map(unescapePaperId)
    .filter(isValidPaperId);
  return normalizePaperIds(ids);
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
    coauthor: parseCoauthor(params.get(PARAM.coauthor)),
    authorship: parseAuthorship(params.get(PARAM.authorship)),
  };
  view.sort = parseSort(params.get(PARAM.sort));
  view.selection = {
    year: parseYear(params.get(PARAM.selectedYear)),
    category: parseCategory(params.get(PARAM.selectedCategory)),
  };
  view.setAside = parseSetAside(params.get(PARAM.setAside));
  return view;
}

/** Writes a view as a query string (without `?`), leaving out every value that is at its default. */
export function formatViewQuery(view: ViewState): string {
  const params = new URLSearchParams();
  const { filters, sort, selection, setAside } = view;

  if (filters.search.trim()) params.set(PARAM.search, filters.search);
  if (filters.categories.length > 0) params.set(PARAM.categories, filters.categories.join(','));
  if (filters.yearFrom !== undefined) params.set(PARAM.yearFrom, String(filters.yearFrom));
  if (filters.yearTo !== undefined) params.set(PARAM.yearTo, String(filters.yearTo));
  if (filters.hasCode) params.set(PARAM.hasCode, '1');
  if (filters.scoredOnly) params.set(PARAM.scoredOnly, '1');
  if (filters.coauthor !== undefined) params.set(PARAM.coauthor, filters.coauthor);
  if (filters.authorship !== undefined) params.set(PARAM.authorship, filters.authorship);
  if (sort.key !== DEFAULT_SORT.key || sort.direction !== DEFAULT_SORT.direction) {
    params.set(PARAM.sort, `${sort.key}-${sort.direction}`);
  }
  if (selection.year !== undefined) params.set(PARAM.selectedYear, String(selection.year));
  if (selection.category !== undefined) params.set(PARAM.selectedCategory, selection.category);
  if (setAside.length > 0) params.set(PARAM.setAside, setAside.map(escapePaperId).join(SET_ASIDE_SEPARATOR));

  return params.toString();
}

/**
 * Maximum length of the query Pubscope writes. Servers reject longer request lines: Node's default header limit is
 * 16 KiB, and many static hosts allow about 8 kB (an estimate), so a reload with hundreds of set-aside papers fails.
 */
export const MAX_QUERY_LENGTH = 2000;

/**
 * Splits a view query for the address bar: when it is longer than `maxLength`, the set-aside list moves to the
 * fragment (after `#`), which the browser never sends to the server. Returns the fragment without `#`.
 */
export function splitViewQuery(query: string, maxLength = MAX_QUERY_LENGTH): { query: string; fragment: string } {
  if (query.length <= maxLength) return { query, fragment: '' };

  const params = new URLSearchParams(query);
  const setAside = params.get(PARAM.setAside);
  if (setAside === null) return { query, fragment: '' };

  params.delete(PARAM.setAside);
  return { query: params.toString(), fragment: new URLSearchParams({ [PARAM.setAside]: setAside }).toString() };
}

/** Joins a query and a fragment that `splitViewQuery` wrote; a fragment without a set-aside list is left out. */
export function joinViewQuery(query: string, fragment: string): string {
  const setAside = new URLSearchParams(fragment).get(PARAM.setAside);
  if (setAside === null) return query;

  const params = new URLSearchParams(query);
  params.set(PARAM.setAside, setAside);
  return params.toString();
}
