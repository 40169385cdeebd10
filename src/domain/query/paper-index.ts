import type { Paper } from '../model';
import { cleanTexText, foldText } from '../text';
import type { SortDirection, SortKey, SortState } from './view-state';

/**
 * Per-dataset lookups built once and reused by every filter and sort: folded search text,
 * publication years, and each sorted order, computed on first use.
 */
export interface PaperIndex {
  papers: readonly Paper[];
  /** Folded title, authors and abstract of each paper, with TeX cleaned. */
  searchText: readonly string[];
  /** Folded, TeX-cleaned title of each paper, the key of the title sort. */
  titleKeys: readonly string[];
  /** Publication year of each paper; 0 where the date is unknown. */
  years: Int32Array;
  sortedOrders: Map<string, Int32Array>;
}

function buildSearchText(paper: Paper): string {
  const authors = [...paper.authors, ...(paper.fullAuthors ?? [])].join(' ');
  const parts = [paper.title, authors, paper.abstract ?? ''];
  return foldText(cleanTexText(parts.join(' \u0000 ')));
}

export function yearOf(paper: Paper): number | undefined {
  if (!paper.published) return undefined;
  return Number(paper.published.slice(0, 4));
}

export function buildPaperIndex(papers: readonly Paper[]): PaperIndex {
  const years = new Int32Array(papers.length);
  papers.forEach((paper, position) => {
    years[position] = yearOf(paper) ?? 0;
  });

  return {
    papers,
    searchText: papers.map(buildSearchText),
    titleKeys: papers.map((paper) => foldText(cleanTexText(paper.title))),
    years,
    sortedOrders: new Map(),
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

function createCompare(index: PaperIndex, sort: SortState): Compare {
  const { papers } = index;
  const { direction } = sort;

  switch (sort.key) {
    case 'date':
      return (left, right) => compareOptionalStrings(papers[left]?.published, papers[right]?.published, direction);
    case 'score':
      return (left, right) => compareOptionalNumbers(papers[left]?.score, papers[right]?.score, direction);
    case 'citations':
      return (left, right) => compareOptionalNumbers(papers[left]?.citations, papers[right]?.citations, direction);
    case 'title':
      return (left, right) => compareOptionalStrings(index.titleKeys[left], index.titleKeys[right], direction);
    case 'category':
      return (left, right) => compareOptionalStrings(papers[left]?.category, papers[right]?.category, direction);
    case 'source':
      return (left, right) =>
        compareOptionalNumbers(papers[left]?.sourceIndex, papers[right]?.sourceIndex, direction);
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
  const sourceIndexOf = (position: number) => index.papers[position]?.sourceIndex ?? position;
  const positions = Array.from({ length: index.papers.length }, (_unused, position) => position);
  positions.sort((left, right) => compare(left, right) || sourceIndexOf(left) - sourceIndexOf(right));

  const order = Int32Array.from(positions);
  index.sortedOrders.set(cacheKey, order);
  return order;
}

export type { SortKey };
