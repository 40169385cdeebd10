import { useTable } from '@tanstack/react-table';

import type { Paper } from '../../src/domain/model';
import { BaselineFilters } from './baseline-filters';
import { baselineColumns, baselineFeatures, SEARCHED_COLUMNS } from './table-setup';
import { VirtualTable } from './virtual-table';
import { YearBars } from './year-bars';

const getPaperId = (paper: Paper) => paper.id;

interface BaselineAppProps {
  /** Loaded once; the same array for the page's lifetime, as the table needs a stable `data`. */
  papers: Paper[];
}

/** Renders the comparison page: Pubscope's controls over a table that filters and sorts with table-core's own row models. */
export function BaselineApp({ papers }: BaselineAppProps) {
  const table = useTable({
    features: baselineFeatures,
    columns: baselineColumns,
    data: papers,
    getRowId: getPaperId,
    globalFilterFn: 'includesString',
    getColumnCanGlobalFilter: (column) => SEARCHED_COLUMNS.has(column.id),
    enableSortingRemoval: false,
    initialState: { sorting: [{ id: 'date', desc: true }] },
  });

  const rows = table.getRowModel().rows;

  return (
    <div className="baseline">
      <aside className="baseline-sidebar">
        <BaselineFilters table={table} papers={papers} />
      </aside>
      <main className="baseline-main">
        <YearBars filteredRows={table.getFilteredRowModel().rows} papers={papers} table={table} />
        <p className="papers-count">
          Showing {rows.length.toLocaleString('en-US')} of {papers.length.toLocaleString('en-US')}
        </p>
        <VirtualTable table={table} rows={rows} />
      </main>
    </div>
  );
}
