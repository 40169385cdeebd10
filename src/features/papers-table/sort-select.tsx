import type { ChangeEvent } from 'react';

import type { SortDirection, SortKey, SortState } from '../../domain/query/view-state';
import { usePubscopeStore } from '../../store/pubscope-store';

interface SortOption {
  key: SortKey;
  direction: SortDirection;
  label: string;
}

/** Every order the store can hold, so that the select always shows the current one. */
const SORT_OPTIONS: readonly SortOption[] = [
  { key: 'date', direction: 'desc', label: 'Date, newest first' },
  { key: 'date', direction: 'asc', label: 'Date, oldest first' },
  { key: 'score', direction: 'desc', label: 'Score, highest first' },
  { key: 'score', direction: 'asc', label: 'Score, lowest first' },
  { key: 'citations', direction: 'desc', label: 'Citations, most first' },
  { key: 'citations', direction: 'asc', label: 'Citations, fewest first' },
  { key: 'title', direction: 'asc', label: 'Title, A to Z' },
  { key: 'title', direction: 'desc', label: 'Title, Z to A' },
  { key: 'category', direction: 'asc', label: 'Category, A to Z' },
  { key: 'category', direction: 'desc', label: 'Category, Z to A' },
  { key: 'position', direction: 'asc', label: 'Authorship, first author first' },
  { key: 'position', direction: 'desc', label: 'Authorship, reversed' },
  { key: 'source', direction: 'asc', label: 'Source order' },
  { key: 'source', direction: 'desc', label: 'Source order, reversed' },
];

function toOptionValue(sort: SortState): string {
  return `${sort.key}:${sort.direction}`;
}

/** Offers every sort order, including the source's own order, which has no column header. */
export function SortSelect() {
  const sort = usePubscopeStore((state) => state.view.sort);
  const setSort = usePubscopeStore((state) => state.setSort);

  const selectSort = (event: ChangeEvent<HTMLSelectElement>) => {
    const option = SORT_OPTIONS.find((candidate) => toOptionValue(candidate) === event.target.value);
    if (option) setSort({ key: option.key, direction: option.direction });
  };

  return (
    <label className="sort-select">
      Sort by
      <select value={toOptionValue(sort)} onChange={selectSort}>
        {SORT_OPTIONS.map((option) => (
          <option key={toOptionValue(option)} value={toOptionValue(option)}>
            {option.label}
          </option>
        ))}
      </select>
    </label>
  );
}
