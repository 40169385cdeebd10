import { FlexRender, type Row } from '@tanstack/react-table';
import { memo } from 'react';

import type { Paper } from '../../domain/model';
import { getPaperDetailsId } from './paper-cells';
import { PaperDetails } from './paper-details';
import type { PaperTableFeatures } from './table-features';

interface PaperRowProps {
  row: Row<PaperTableFeatures, Paper>;
  /** Duplicates `row.getIsExpanded()`, so that the memoised row renders again when it opens or closes. */
  isOpen: boolean;
  columnCount: number;
}

/**
 * Tells whether a row would render the same: same paper, same open state, same columns. The table builds new row
 * objects whenever its window of papers moves, so comparing the rows themselves would draw every row again.
 */
function rendersTheSame(previous: PaperRowProps, next: PaperRowProps): boolean {
  return (
    previous.row.original === next.row.original &&
    previous.isOpen === next.isOpen &&
    previous.columnCount === next.columnCount
  );
}

/** Renders one paper's row and, when it is open, a second row with its details spanning every column. */
export const PaperRow = memo(function PaperRow({ row, isOpen, columnCount }: PaperRowProps) {
  return (
    <>
      <tr className={isOpen ? 'paper-row is-open' : 'paper-row'}>
        {row.getAllCells().map((cell) =>
          cell.column.id === 'title' ? (
            <th key={cell.id} scope="row" className="papers-cell-title">
              <FlexRender cell={cell} />
            </th>
          ) : (
            <td key={cell.id} className={`papers-cell-${cell.column.id}`}>
              <FlexRender cell={cell} />
            </td>
          ),
        )}
      </tr>
      {isOpen && (
        <tr id={getPaperDetailsId(row.id)} className="paper-details-row">
          <td colSpan={columnCount}>
            <PaperDetails paper={row.original} />
          </td>
        </tr>
      )}
    </>
  );
}, rendersTheSame);
