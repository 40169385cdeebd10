import type { Paper } from '../model';
import { cleanTexText, foldText } from '../text';
import { compareOwnerPlaces, type OwnerPlace } from '../people/authorship';
import { getPeopleFacts } from './people-facts';
import type { SearchMatch } from './search-match';
import { buildSearchTerms, type SearchTerms } from './search-terms';
import type { SortDirection, SortKey, SortState } from './view-state';

/**
 * Per-dataset lookups built once and reused by every filter and sort: the search terms, the
 * publication years and the other filtered fields as typed arrays, each sorted order and the
 * recent search matches. The search terms, title keys and sorted orders are built on first use,
 * so that a large record shows its first rows before its search is ready.
 */
export interface PaperIndex {
  papers: readonly Paper[];
  /** Name of the record's owner, whose place on each paper the authorship filter and sort read. */
  ownerName: string;
  /** Words of each paper's folded title, authors and abstract, with TeX cleaned; built on first read. */
  readonly searchTerms: SearchTerms;
  /** Folded, TeX-cleaned title of each paper, the key of the title sort; built on first read. */
  readonly titleKeys: readonly string[];
  /** Publication year of each paper; 0 where the date is unknown. */
  years: Int32Array;
  /** 1 where the paper links to its code, else 0. */
  hasCode: Uint8Array;
  /** 1 where the paper has a score, else 0. */
  scored: Uint8Array;
  /** Position of each paper's category in `categories`. */
  categoryIds: Int32Array;
  /** Each category of the dataset once, in order of first appearance; `undefined` stands for no category. */
  categories: readonly (string | undefined)[];
  sortedOrders: Map<string, Int32Array>;
  /** Matches of the most recent search queries, most recently used first. */
  searchMatches: SearchMatch[];
}

/** Joins a paper's title, authors and abstract with TeX cleaned; buildSearchTerms folds its words. */
function buildSearchText(paper: Paper): string {
  const authors = [...paper.authors, ...(paper.fullAuthors ?? [])].join(' ');
  const parts = [paper.title, authors, paper.abstract ?? ''];
  return cleanTexText(parts.join(' \u0000 '));
}

export function yearOf(paper: Paper): number | undefined {
  if (!paper.published) return undefined;
  return Number(paper.published.slice(0, 4));
}

/** Yields the mapped papers one at a time, so that the long search texts are never all held at once. */
function* mapLazily<Value>(papers: readonly Paper[], map: (paper: Paper) => Value): Generator<Value> {
  for (const paper of papers) yield map(paper);
}

function buildCategoryTable(papers: readonly Paper[]): Pick<PaperIndex, 'categoryIds' | 'categories'> {
  const categoryIds = new Int32Array(papers.length);
  const idsByCategory = new Map<string | undefined, number>();
  papers.forEach((paper, position) => {
    let id = idsByCategory.get(paper.category);
    if (id === undefined) {
      id = idsByCategory.size;
      idsByCategory.set(paper.category, id);
    }
    categoryIds[position] = id;
  });
  return { categoryIds, categories: [...idsByCategory.keys()] };
}

export function buildPaperIndex(papers: readonly Paper[], ownerName = ''): PaperIndex {
  const years = new Int32Array(papers.length);
  const hasCode = new Uint8Array(papers.length);
  const scored = new Uint8Array(papers.length);
  papers.forEach((paper, position) => {
    years[position] = yearOf(paper) ?? 0;
    hasCode[position] = paper.hasCode ? 1 : 0;
    scored[position] = paper.score === undefined ? 0 : 1;
  });

  let searchTerms: SearchTerms | undefined;
  let titleKeys: readonly string[] | undefined;

  return {
    papers,
    ownerName,
    get searchTerms() {
      searchTerms ??= buildSearchTerms(mapLazily(papers, buildSearchText), papers.length);
      return searchTerms;
    },
    get titleKeys() {
      titleKeys ??= papers.map((paper) => foldText(cleanTexText(paper.title)));
      return titleKeys;
    },
    years,
    hasCode,
    scored,
    ...buildCategoryTable(papers),
    sortedOrders: new Map(),
    searchMatches: [],
  };
}

type Compare = (left: number, right: number) => number;

function compareOptionalNumbers(left: number | undefined, right: number | undefined, direction: SortDirection): number {
  // A missing value sorts after every present one, whichever the direction.
  if (left === undefined || right === undefined) {
    if (left === right) return 0;
    return left === undefined ? 1 : -1;
  }
  return direction === 'asc' ? left - right : right - left;
}

function compareOptionalStrings(left: string | undefined, right: string | undefined, direction: SortDirection): number {
  if (!left || !right) {
    if (!left && !right) return 0;
    return left ? -1 : 1;
  }
  const order = left < right ? -1 : left > right ? 1 : 0;
  return direction === 'asc' ? order : -order;
}

/** Compares positions by one key per paper, read up front so that the comparisons read no paper object. */
function compareByKey<Key>(
  papers: readonly Paper[],
  keyOf: (paper: Paper) => Key | undefined,
  compareKeys: (left: Key | undefined, right: Key | undefined) => number,
): Compare {
  const keys = papers.map(keyOf);
  return (left, right) => compareKeys(keys[left], keys[right]);
}

function createCompare(index: PaperIndex, sort: SortState): Compare {
  const { papers } = index;
  const { direction } = sort;
  const compareNumbers = (left: number | undefined, right: number | undefined) =>
    compareOptionalNumbers(left, right, direction);
  const compareStrings = (left: string | undefined, right: string | undefined) =>
    compareOptionalStrings(left, right, direction);

  switch (sort.key) {
    case 'date':
      return compareByKey(papers, (paper) => paper.published, compareStrings);
    case 'score':
      return compareByKey(papers, (paper) => paper.score, compareNumbers);
    case 'citations':
      return compareByKey(papers, (paper) => paper.citations, compareNumbers);
    case 'title': {
      const { titleKeys } = index;
      return (left, right) => compareStrings(titleKeys[left], titleKeys[right]);
    }
    case 'category':
      return compareByKey(papers, (paper) => paper.category, compareStrings);
    case 'position': {
      // Places have no missing value, so the direction simply reverses the order.
      const { ownerPlaces } = getPeopleFacts(index, index.ownerName);
      const sign = direction === 'asc' ? 1 : -1;
      return (left, right) => sign * compareOwnerPlaces(ownerPlaces[left] as OwnerPlace, ownerPlaces[right] as OwnerPlace);
    }
    case 'source':
      return compareByKey(papers, (paper) => paper.sourceIndex, compareNumbers);
  }
}

/**
 * Returns every paper position in the given order. Ties keep the source order in both
 * directions, and the result is cached on the index.
 */
export function getSortedOrder(index: PaperIndex, sort: SortState): Int32Array {
  const cacheKey = `${sort.key}:${sort.direction}`;
  const cached = index.sortedOrders.get(cacheKey);
  if (cached) return cached;

  const compare = createCompare(index, sort);
  const sourceIndexes = index.papers.map((paper, position) => paper.sourceIndex ?? position);
  const positions = Array.from({ length: index.papers.length }, (_unused, position) => position);
  positions.sort((left, right) => compare(left, right) || (sourceIndexes[left] ?? 0) - (sourceIndexes[right] ?? 0));

  const order = Int32Array.from(positions);
  index.sortedOrders.set(cacheKey, order);
  return order;
}

export type { SortKey };
