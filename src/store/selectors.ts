import type { Dataset, Paper } from '../domain/model';
import { countPapersPerCategory, papersAt, selectVisiblePositions } from '../domain/query/filter';
import { buildPaperIndex, getSortedOrder, type PaperIndex } from '../domain/query/paper-index';
import {
  FIRST_SORT_DIRECTION,
  haveSamePaperIds,
  SORT_KEYS,
  type ChartSelection,
  type FilterState,
  type SortState,
} from '../domain/query/view-state';
import type { PubscopeState } from './pubscope-store';
import { usePubscopeStore } from './pubscope-store';

const EMPTY_PAPERS: readonly Paper[] = [];
const paperIndexes = new WeakMap<readonly Paper[], PaperIndex>();
/** The owner of each record array the selectors handed out, which its index needs for the authorship filter. */
const ownersByPapers = new WeakMap<readonly Paper[], string>();

/** Returns the index of a record's papers, built once per papers array. */
export function getPaperIndex(papers: readonly Paper[]): PaperIndex {
  let index = paperIndexes.get(papers);
  if (!index) {
    index = buildPaperIndex(papers, ownersByPapers.get(papers));
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

function selectDatasetPapers(state: PubscopeState): readonly Paper[] {
  return selectActiveDataset(state)?.papers ?? EMPTY_PAPERS;
}

/**
 * Returns the papers without the set-aside ones. Without a set-aside paper among them it returns `papers` itself, so
 * that the dataset's index serves the record too.
 */
export function excludeSetAsidePapers(papers: readonly Paper[], setAside: readonly string[]): readonly Paper[] {
  if (setAside.length === 0) return papers;

  const setAsideIds = new Set(setAside);
  if (!papers.some((paper) => setAsideIds.has(paper.id))) return papers;
  return papers.filter((paper) => !setAsideIds.has(paper.id));
}

/** The last record computed from each papers array, with the set-aside ids it was computed for. */
const records = new WeakMap<readonly Paper[], { setAside: readonly string[]; record: readonly Paper[] }>();

/**
 * Returns the record of `papers` as a stable array, rebuilt only when the set-aside ids change by content. Each new
 * record array gets its index built again, and a view read back from the URL brings an equal list in a new array.
 */
function getRecordPapers(papers: readonly Paper[], setAside: readonly string[]): readonly Paper[] {
  const last = records.get(papers);
  if (last && haveSamePaperIds(last.setAside, setAside)) return last.record;

  const record = excludeSetAsidePapers(papers, setAside);
  records.set(papers, { setAside, record });
  return record;
}

/** Selects the record: the active dataset's papers minus the set-aside ones, which every figure, chart and count uses. */
export function selectRecordPapers(state: PubscopeState): readonly Paper[] {
  const record = getRecordPapers(selectDatasetPapers(state), state.view.setAside);
  const ownerName = selectActiveDataset(state)?.profile.name;
  if (ownerName !== undefined) ownersByPapers.set(record, ownerName);
  return record;
}

const computeSetAsidePapers = memoizeLast((papers: readonly Paper[], setAside: readonly string[]): readonly Paper[] => {
  if (setAside.length === 0) return EMPTY_PAPERS;

  const setAsideIds = new Set(setAside);
  return papers.filter((paper) => setAsideIds.has(paper.id));
});

/** Selects the active dataset's set-aside papers in dataset order. Ids that match no paper are left out. */
export function selectSetAsidePapers(state: PubscopeState): readonly Paper[] {
  return computeSetAsidePapers(selectDatasetPapers(state), state.view.setAside);
}

const computeVisiblePositions = memoizeLast(
  (papers: readonly Paper[], filters: FilterState, selection: ChartSelection, sort: SortState) =>
    selectVisiblePositions(getPaperIndex(papers), filters, selection, sort),
);

function selectVisiblePositionsOf(state: PubscopeState): Int32Array {
  const { filters, selection, sort } = state.view;
  return computeVisiblePositions(selectRecordPapers(state), filters, selection, sort);
}

const computeVisiblePapers = memoizeLast((papers: readonly Paper[], positions: Int32Array) =>
  papersAt(getPaperIndex(papers), positions),
);

export function selectVisible(state: PubscopeState): Paper[] {
  return computeVisiblePapers(selectRecordPapers(state), selectVisiblePositionsOf(state));
}

const computeCategoryCounts = memoizeLast(
  (papers: readonly Paper[], filters: FilterState, selection: ChartSelection) =>
    countPapersPerCategory(getPaperIndex(papers), filters, selection),
);

export function selectCategoryCounts(state: PubscopeState): Map<string, number> {
  return computeCategoryCounts(selectRecordPapers(state), state.view.filters, state.view.selection);
}

export const useActiveDataset = () => usePubscopeStore(selectActiveDataset);
export const useVisiblePapers = () => usePubscopeStore(selectVisible);
export const useCategoryCounts = () => usePubscopeStore(selectCategoryCounts);
/** Returns the record's papers, the same array while the dataset and the set-aside ids stay the same. */
export const useRecordPapers = () => usePubscopeStore(selectRecordPapers);
export const useSetAsidePapers = () => usePubscopeStore(selectSetAsidePapers);

/**
 * Lists the work that makes the first search and the first sort by each key instant, as steps to run one at a time.
 * The search terms come first, then the sorted orders, each key in its first-click direction before the other.
 */
export function listQueryPreparation(papers: readonly Paper[]): (() => void)[] {
  const index = getPaperIndex(papers);
  // The authorship order needs the record's people, which large records learn on their own schedule.
  const keys = SORT_KEYS.filter((key) => key !== 'position');
  const sorts = keys.flatMap((key): SortState[] => {
    const first = FIRST_SORT_DIRECTION[key];
    return [
      { key, direction: first },
      { key, direction: first === 'asc' ? 'desc' : 'asc' },
    ];
  });
  return [() => void index.searchTerms, ...sorts.map((sort) => () => void getSortedOrder(index, sort))];
}
