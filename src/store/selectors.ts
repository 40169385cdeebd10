import type { Dataset, Paper } from '../domain/model';
import { countPapersPerCategory, papersAt, selectVisiblePositions } from '../domain/query/filter';
import { buildPaperIndex, getSortedOrder, type PaperIndex } from '../domain/query/paper-index';
import {
  FIRST_SORT_DIRECTION,
  SORT_KEYS,
  type ChartSelection,
  type FilterState,
  type SortState,
} from '../domain/query/view-state';
import type { PubscopeState } from './pubscope-store';
import { usePubscopeStore } from './pubscope-store';

const EMPTY_PAPERS: readonly Paper[] = [];
const paperIndexes = new WeakMap<readonly Paper[], PaperIndex>();

/** Returns the dataset's index, built once per papers array. */
export function getPaperIndex(papers: readonly Paper[]): PaperIndex {
  let index = paperIndexes.get(papers);
  if (!index) {
    index = buildPaperIndex(papers);
    paperIndexes.set(papers, index);
  }
  return index;
}

/** Wraps a function so that it recomputes only when one of its arguments changes by reference. */
function memoizeLast<Args extends unknown[], Value>(compute: (...args: Args) => Value): (...args: Args) => Value {
  let lastArgs: Args | undefined;
  let lastValue: Value | undefined;
  return (...args) => {
    if (lastArgs && args.length === lastArgs.length && args.every((arg, position) => arg === lastArgs?.[position])) {
      return lastValue as Value;
    }
    lastArgs = args;
    lastValue = compute(...args);
    return lastValue;
  };
}

export function selectActiveDataset(state: PubscopeState): Dataset | undefined {
  return state.datasets.find((dataset) => dataset.id === state.activeDatasetId);
}

function selectPapers(state: PubscopeState): readonly Paper[] {
  return selectActiveDataset(state)?.papers ?? EMPTY_PAPERS;
}

const computeVisiblePositions = memoizeLast(
  (papers: readonly Paper[], filters: FilterState, selection: ChartSelection, sort: SortState) =>
    selectVisiblePositions(getPaperIndex(papers), filters, selection, sort),
);

function selectVisiblePositionsOf(state: PubscopeState): Int32Array {
  const { filters, selection, sort } = state.view;
  return computeVisiblePositions(selectPapers(state), filters, selection, sort);
}

const computeVisiblePapers = memoizeLast((papers: readonly Paper[], positions: Int32Array) =>
  papersAt(getPaperIndex(papers), positions),
);

export function selectVisible(state: PubscopeState): Paper[] {
  return computeVisiblePapers(selectPapers(state), selectVisiblePositionsOf(state));
}

const computeCategoryCounts = memoizeLast(
  (papers: readonly Paper[], filters: FilterState, selection: ChartSelection) =>
    countPapersPerCategory(getPaperIndex(papers), filters, selection),
);

export function selectCategoryCounts(state: PubscopeState): Map<string, number> {
  return computeCategoryCounts(selectPapers(state), state.view.filters, state.view.selection);
}

export const useActiveDataset = () => usePubscopeStore(selectActiveDataset);
export const useVisiblePapers = () => usePubscopeStore(selectVisible);
export const useCategoryCounts = () => usePubscopeStore(selectCategoryCounts);

/**
 * The work that makes the first search and the first sort by each key instant, as steps to run one at a time:
 * the search terms, then the sorted orders, each key in the direction a first click gives before the other.
 */
export function listQueryPreparation(papers: readonly Paper[]): (() => void)[] {
  const index = getPaperIndex(papers);
  const sorts = SORT_KEYS.flatMap((key): SortState[] => {
    const first = FIRST_SORT_DIRECTION[key];
    return [
      { key, direction: first },
      { key, direction: first === 'asc' ? 'desc' : 'asc' },
    ];
  });
  return [() => void index.searchTerms, ...sorts.map((sort) => () => void getSortedOrder(index, sort))];
}
