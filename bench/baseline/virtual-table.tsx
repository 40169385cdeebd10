import { FlexRender, type ReactTable, type Row } from '@tanstack/react-table';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef } from 'react';

import type { Paper } from '../../src/domain/model';
import { HIDDEN_COLUMNS, type BaselineFeatures } from './table-setup';

interface VirtualTableProps {
  table: ReactTable<BaselineFeatures, Paper>;
  rows: Row<BaselineFeatures, Paper>[];
}

const ROW_HEIGHT = 56;
const SORT_ARROW = { asc: '▲', desc: '▼', none: '↕' } as const;
// Rows above and below the visible ones, so that a fast scroll rarely shows blank space.
const OVERSCAN = 8;

/** Draws only the rows in view, inside a scrolling box; the header buttons sort through table-core. */
export function VirtualTable({ table, rows }: VirtualTableProps) {
  const scrollRef = useRef<HTMLDivElement>(null);
  // eslint-disable-next-line react-hooks/incompatible-library -- React Compiler does not build these pages, so nothing memoises the virtualizer.
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    getItemKey: (index) => rows[index]?.id ?? index,
    overscan: OVERSCAN,
  });
  const headers = table.getHeaderGroups()[0]?.headers.filter((header) => !HIDDEN_COLUMNS.has(header.column.id)) ?? [];

  return (
    <div ref={scrollRef} className="papers-scroll">
      <table className="papers-table">
        <thead>
          <tr>
            {headers.map((header) => (
              <th key={header.id} className={`cell-${header.column.id}`}>
                {header.column.getCanSort() ? (
                  <button type="button" className="sort-button" onClick={header.column.getToggleSortingHandler()}>
                    <FlexRender header={header} /> {SORT_ARROW[header.column.getIsSorted() || 'none']}
                  </button>
                ) : (
                  <FlexRender header={header} />
                )}
              </th>
            ))}
          </tr>
        </thead>
        <tbody style={{ height: virtualizer.getTotalSize() }}>
          {virtualizer.getVirtualItems().map((item) => {
            const row = rows[item.index] as Row<BaselineFeatures, Paper>;
            return (
              <tr key={row.id} style={{ transform: `translateY(${item.start}px)` }}>
                {row.getAllCells()
                  .filter((cell) => !HIDDEN_COLUMNS.has(cell.column.id))
                  .map((cell) => (
                    <td key={cell.id} className={`cell-${cell.column.id}`}>
                      <FlexRender cell={cell} />
                    </td>
                  ))}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
