import { FlexRender, type Header } from '@tanstack/react-table';

import type { Paper } from '../../domain/model';
import { usePubscopeStore } from '../../store/pubscope-store';
import type { PaperTableFeatures } from './table-features';
import { getColumnSortKey } from './table-sorting';

const ARIA_SORT = { asc: 'ascending', desc: 'descending', none: 'none' } as const;
const SORT_ARROW = { asc: '▲', desc: '▼', none: '↕' } as const;

interface ColumnHeaderProps {
  header: Header<PaperTableFeatures, Paper, unknown>;
}

/** Renders a column header. A sortable column's header is a button that calls the store's `toggleSort`. */
export function ColumnHeader({ header }: ColumnHeaderProps) {
  const toggleSort = usePubscopeStore((state) => state.toggleSort);
  const sortKey = getColumnSortKey(header.column.id);
  const className = `papers-cell-${header.column.id}`;

  if (!sortKey || !header.column.getCanSort()) {
    return (
      <th scope="col" className={className}>
        <FlexRender header={header} />
      </th>
    );
  }

  const direction = header.column.getIsSorted() || 'none';

  return (
    <th scope="col" className={className} aria-sort={ARIA_SORT[direction]}>
      <button type="button" className="sort-button" onClick={() => toggleSort(sortKey)}>
        <FlexRender header={header} />
        <span className={direction === 'none' ? 'sort-arrow is-idle' : 'sort-arrow'} aria-hidden="true">
          {SORT_ARROW[direction]}
        </span>
      </button>
    </th>
  );
}
