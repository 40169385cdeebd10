import {
  columnFilteringFeature,
  constructFilterFn,
  createColumnHelper,
  createFilteredRowModel,
  createSortedRowModel,
  filterFn_equals,
  filterFn_includesString,
  filterFn_inNumberRange,
  globalFilteringFeature,
  rowSortingFeature,
  sortFn_basic,
  sortFn_text,
  tableFeatures,
} from '@tanstack/react-table';

import type { Paper } from '../../src/domain/model';

/** Keeps rows whose value is one of the selected values; an empty selection removes the filter. */
const filterFn_oneOf = constructFilterFn({
  filter: (value: unknown, selected: unknown[]) => selected.includes(value),
  autoRemove: (selected: unknown) => !Array.isArray(selected) || selected.length === 0,
});

// Every function a column names is registered: table-core 9.3 silently skips an unregistered one.
export const baselineFeatures = tableFeatures({
  columnFilteringFeature,
  globalFilteringFeature,
  rowSortingFeature,
  filteredRowModel: createFilteredRowModel(),
  sortedRowModel: createSortedRowModel(),
  filterFns: {
    includesString: filterFn_includesString,
    inNumberRange: filterFn_inNumberRange,
    equals: filterFn_equals,
    oneOf: filterFn_oneOf,
  },
  sortFns: { basic: sortFn_basic, text: sortFn_text },
});

export type BaselineFeatures = typeof baselineFeatures;

export function yearOf(paper: Paper): number | undefined {
  return paper.published ? Number(paper.published.slice(0, 4)) : undefined;
}

const column = createColumnHelper<BaselineFeatures, Paper>();

/** Columns the global filter searches; the built-in one would skip the authors array, so authors are joined. */
export const SEARCHED_COLUMNS = new Set(['title', 'authors', 'abstract']);
/** Columns that exist only to filter and are never drawn. */
export const HIDDEN_COLUMNS = new Set(['abstract', 'year', 'yearBar']);

export const baselineColumns = column.columns([
  column.accessor('title', { id: 'title', header: 'Title', sortFn: 'text' }),
  column.accessor((paper) => paper.authors.join(', '), { id: 'authors', header: 'Authors', enableSorting: false }),
  column.accessor((paper) => paper.abstract ?? '', { id: 'abstract', header: 'Abstract', enableSorting: false }),
  column.accessor((paper) => paper.category ?? '', { id: 'category', header: 'Category', filterFn: 'oneOf', sortFn: 'basic' }),
  column.accessor((paper) => paper.published, { id: 'date', header: 'Date', sortFn: 'basic', sortUndefined: 'last' }),
  column.accessor(yearOf, { id: 'year', header: 'Year', filterFn: 'inNumberRange', enableSorting: false }),
  column.accessor(yearOf, { id: 'yearBar', header: 'Selected year', filterFn: 'equals', enableSorting: false }),
  // Number columns sort descending on the first click; unscored and uncited papers go last either way.
  column.accessor('score', { id: 'score', header: 'Score', sortFn: 'basic', sortUndefined: 'last' }),
  column.accessor('citations', { id: 'citations', header: 'Citations', sortFn: 'basic', sortUndefined: 'last' }),
]);
