import type { StateCreator } from 'zustand';

import type { Paper } from '../domain/model';
import {
  createDefaultFilters,
  createDefaultViewState,
  FIRST_SORT_DIRECTION,
  haveSamePaperIds,
  normalizePaperIds,
  type AuthorshipFilter,
  type FilterState,
  type SortKey,
  type SortState,
  type ViewState,
} from '../domain/query/view-state';
import type { PubscopeState } from './pubscope-store';

export interface ViewSlice {
  view: ViewState;
  setSearch: (search: string) => void;
  toggleCategory: (category: string) => void;
  setYearRange: (yearFrom: number | undefined, yearTo: number | undefined) => void;
  setHasCode: (hasCode: boolean) => void;
  setScoredOnly: (scoredOnly: boolean) => void;
  /** Shows only the papers shared with a co-author, or all again when that co-author is already chosen. */
  toggleCoauthor: (person: string) => void;
  setAuthorship: (authorship: AuthorshipFilter | undefined) => void;
  /** Clears the filters and the chart selection; the sort stays. */
  clearFilters: () => void;
  setSort: (sort: SortState) => void;
  /** Sorts by a column: its first direction on the first click, the other direction on the next. */
  toggleSort: (key: SortKey) => void;
  /** Selects a year from the chart, or clears the selection when that year is already selected. */
  toggleSelectedYear: (year: number) => void;
  toggleSelectedCategory: (category: string) => void;
  clearSelectedYear: () => void;
  clearSelectedCategory: () => void;
  /** Sets a paper of the active dataset aside, so that it leaves the record. An id the dataset lacks is ignored. */
  setPaperAside: (paperId: string) => void;
  /** Brings a set-aside paper back into the record. */
  restorePaper: (paperId: string) => void;
  restoreAllPapers: () => void;
  /**
   * Replaces the whole view, as when the URL changes. Set-aside ids that match no paper of the active dataset are
   * dropped, but before any dataset is loaded they are all kept.
   */
  replaceView: (view: ViewState) => void;
}

function updateFilters(state: PubscopeState, change: Partial<FilterState>): Pick<PubscopeState, 'view'> {
  return { view: { ...state.view, filters: { ...state.view.filters, ...change } } };
}

function selectActivePapers(state: PubscopeState): readonly Paper[] | undefined {
  return state.datasets.find((dataset) => dataset.id === state.activeDatasetId)?.papers;
}

/** Normalizes set-aside ids and, when the active dataset is known, keeps only the ids of its papers. */
function keepKnownPaperIds(state: PubscopeState, ids: Iterable<string>): string[] {
  const normalized = normalizePaperIds(ids);
  const papers = selectActivePapers(state);
  if (!papers || normalized.length === 0) return normalized;

  const knownIds = new Set(papers.map((paper) => paper.id));
  return normalized.filter((id) => knownIds.has(id));
}

function updateSetAside(state: PubscopeState, ids: Iterable<string>): PubscopeState | Pick<PubscopeState, 'view'> {
  const setAside = keepKnownPaperIds(state, ids);
  if (haveSamePaperIds(setAside, state.view.setAside)) return state;
  return { view: { ...state.view, setAside } };
}

export const createViewSlice: StateCreator<PubscopeState, [], [], ViewSlice> = (set) => ({
  view: createDefaultViewState(),
  setSearch: (search) => set((state) => updateFilters(state, { search })),
  toggleCategory: (category) =>
    set((state) => {
      const current = state.view.filters.categories;
      const categories = current.includes(category)
        ? current.filter((existing) => existing !== category)
        : [...current, category];
      return updateFilters(state, { categories });
    }),
  setYearRange: (yearFrom, yearTo) => set((state) => updateFilters(state, { yearFrom, yearTo })),
  setHasCode: (hasCode) => set((state) => updateFilters(state, { hasCode })),
  setScoredOnly: (scoredOnly) => set((state) => updateFilters(state, { scoredOnly })),
  toggleCoauthor: (person) =>
    set((state) => updateFilters(state, { coauthor: state.view.filters.coauthor === person ? undefined : person })),
  setAuthorship: (authorship) => set((state) => updateFilters(state, { authorship })),
  clearFilters: () => set((state) => ({ view: { ...state.view, filters: createDefaultFilters(), selection: {} } })),
  setSort: (sort) => set((state) => ({ view: { ...state.view, sort } })),
  toggleSort: (key) =>
    set((state) => {
      const { sort } = state.view;
      const direction =
        sort.key === key ? (sort.direction === 'asc' ? 'desc' : 'asc') : FIRST_SORT_DIRECTION[key];
      return { view: { ...state.view, sort: { key, direction } } };
    }),
  toggleSelectedYear: (year) =>
    set((state) => {
      const { selection } = state.view;
      return { view: { ...state.view, selection: { ...selection, year: selection.year === year ? undefined : year } } };
    }),
  toggleSelectedCategory: (category) =>
    set((state) => {
      const { selection } = state.view;
      const next = selection.category === category ? undefined : category;
      return { view: { ...state.view, selection: { ...selection, category: next } } };
    }),
  clearSelectedYear: () => set((state) => ({ view: { ...state.view, selection: { ...state.view.selection, year: undefined } } })),
  clearSelectedCategory: () =>
    set((state) => ({ view: { ...state.view, selection: { ...state.view.selection, category: undefined } } })),
  setPaperAside: (paperId) =>
    set((state) => {
      if (!selectActivePapers(state)?.some((paper) => paper.id === paperId)) return state;
      return updateSetAside(state, [...state.view.setAside, paperId]);
    }),
  restorePaper: (paperId) => set((state) => updateSetAside(state, state.view.setAside.filter((id) => id !== paperId))),
  restoreAllPapers: () => set((state) => updateSetAside(state, [])),
  replaceView: (view) =>
    set((state) => {
      const setAside = keepKnownPaperIds(state, view.setAside);
      return { view: haveSamePaperIds(setAside, view.setAside) ? view : { ...view, setAside } };
    }),
});
