import type { SortingState } from '@tanstack/react-table';

import { SORT_KEYS, type SortKey, type SortState } from '../../domain/query/view-state';

/** Returns the store's sort key for a column id, which is the same string for every sortable column. */
export function getColumnSortKey(columnId: string): SortKey | undefined {
  return SORT_KEYS.find((key) => key === columnId);
}

/**
 * Mirrors the store's sort as the table's sorting state. Source order has no column,
 * so it leaves every column unsorted.
 */
export function toSortingState(sort: SortState): SortingState {
  if (sort.key === 'source') return [];

  return [{ id: sort.key, desc: sort.direction === 'desc' }];
}
