import type { StateCreator } from 'zustand';

import {
  createDefaultFilters,
  createDefaultViewState,
  FIRST_SORT_DIRECTION,
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
  /** Replaces the whole view, as when the URL changes. */
  replaceView: (view: ViewState) => void;
}

function updateFilters(state: PubscopeState, change: Partial<FilterState>): Pick<PubscopeState, 'view'> {
  return { view: { ...state.view, filters: { ...state.view.filters, ...change } } };
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
  replaceView: (view) => set({ view }),
});
